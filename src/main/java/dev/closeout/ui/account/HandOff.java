package dev.closeout.ui.account;

import dev.closeout.ui.desktop.Browser;
import java.net.URI;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Hands the person over to the exchange's website for what Closeout cannot do, and reads the
 * account again when they come back: when they say so ("I'm back"), or when the window regains
 * the focus it lost after a page was opened. Once per return: switching between windows while
 * nothing was opened asks the exchange nothing.
 */
public final class HandOff {

    private final AccountState account;
    private final Browser browser;
    private final ReadOnlyObjectWrapper<URI> away = new ReadOnlyObjectWrapper<>();
    private Runnable onReturn;
    private boolean leftWindow;

    HandOff(AccountState account, Browser browser) {
        this.account = account;
        this.browser = browser;
    }

    /** Opens the page in the browser; on return the account is read again. */
    public void open(URI page) {
        open(page, account::refresh);
    }

    /** Opens the page in the browser; on return {@code onReturn} runs instead, and reads the account itself. */
    public void open(URI page, Runnable onReturn) {
        this.onReturn = onReturn;
        leftWindow = false;
        away.set(page);
        browser.open(page);
    }

    /** The window gained or lost the focus: gaining it back after the person left for a page is a return. */
    public void windowFocused(boolean focused) {
        if (away.get() == null) {
            return;
        }
        if (!focused) {
            leftWindow = true;
        } else if (leftWindow) {
            back();
        }
    }

    /** The person is back from the website: the account is read again, once. */
    public void back() {
        Runnable then = away.get() == null ? account::refresh : onReturn;
        away.set(null);
        onReturn = null;
        then.run();
    }

    /** The page the person was sent to and has not come back from; null when they are here. */
    public ReadOnlyObjectProperty<URI> awayProperty() {
        return away.getReadOnlyProperty();
    }
}
