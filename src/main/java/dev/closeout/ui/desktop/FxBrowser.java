package dev.closeout.ui.desktop;

import java.net.URI;
import javafx.application.HostServices;

/** Opens a page as the desktop opens a link: in the person's own browser, where they are logged in. */
public final class FxBrowser implements Browser {

    private final HostServices host;

    public FxBrowser(HostServices host) {
        this.host = host;
    }

    @Override
    public void open(URI page) {
        host.showDocument(page.toString());
    }
}
