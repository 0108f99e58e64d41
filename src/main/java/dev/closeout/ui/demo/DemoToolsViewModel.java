package dev.closeout.ui.demo;

import dev.closeout.exchange.DemoControls;
import dev.closeout.exchange.DemoControls.InboxMessage;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.AccountState;
import dev.closeout.ui.demo.InboxLine.Mark;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The demo exchange's own tools, shown as the demo's: the inbox of delivered codes, the authenticator, the clock, a reset. */
public final class DemoToolsViewModel {

    /** How far "Advance time" can move the demo clock. */
    public static final List<Duration> STEPS = List.of(Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofDays(1),
            Duration.ofDays(7), Duration.ofDays(30), Duration.ofDays(90));

    private final AccountState account;
    private final Optional<DemoControls> demo;
    private final Messages messages;
    private final Runnable onReset;
    private final ObservableList<InboxLine> inbox = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper authenticatorCode = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper demoTime = new ReadOnlyStringWrapper("");

    /** {@code onReset} runs after the demo account was restored: the wizard starts over. */
    public DemoToolsViewModel(AccountState account, Runnable onReset) {
        this.account = account;
        this.demo = account.service().demoControls();
        this.messages = account.messages();
        this.onReset = onReset;
    }

    /** True when the exchange is the demo: the tools show only then. */
    public boolean available() {
        return demo.isPresent();
    }

    /**
     * Reads the inbox and the current authenticator code again. The list changes only when a line
     * does, so a code being selected on screen stays selected while the clock ticks.
     */
    public void refresh() {
        demo.ifPresent(d -> account.executors().run(() -> new Inbox(d.inbox(), d.authenticatorCode(), d.now()), read -> {
            List<InboxLine> newestFirst = new ArrayList<>(read.messages().stream().map(m -> line(m, read.now())).toList());
            Collections.reverse(newestFirst);
            if (!inbox.equals(newestFirst)) {
                inbox.setAll(newestFirst);
            }
            authenticatorCode.set(read.code());
            demoTime.set(messages.get("ui.demo.time", messages.moment(read.now())));
        }, failure -> demoTime.set(account.describe(failure))));
    }

    private record Inbox(List<InboxMessage> messages, String code, Instant now) {
    }

    private InboxLine line(InboxMessage m, Instant now) {
        Mark mark = switch (m.use()) {
            case USED -> Mark.USED;
            case REPLACED -> Mark.REPLACED;
            case UNUSED -> now.isBefore(m.expiresAt()) ? Mark.WAITING : Mark.EXPIRED;
        };
        return new InboxLine(messages.get("ui.demo.inbox.to." + m.channel().name(), m.to()), m.code(),
                messages.get("ui.demo.inbox.when", messages.moment(m.sentAt()), messages.moment(m.expiresAt())), mark,
                messages.get("ui.demo.inbox.mark." + mark.name()));
    }

    public void advance(Duration by) {
        demo.ifPresent(d -> account.executors().run(() -> {
            d.advance(by);
            return by;
        }, done -> {
            refresh();
            account.refresh();
        }, failure -> demoTime.set(account.describe(failure))));
    }

    public void reset() {
        demo.ifPresent(d -> account.executors().run(() -> {
            d.reset();
            return d;
        }, done -> {
            refresh();
            // The person asked for a new account: what it changed is no news.
            account.refreshAfterChange();
            onReset.run();
        }, failure -> demoTime.set(account.describe(failure))));
    }

    public String stepLabel(Duration step) {
        return step.toDays() > 0 ? messages.get("ui.demo.advance.days", step.toDays())
                : step.toHours() > 0 ? messages.get("ui.demo.advance.hours", step.toHours())
                : messages.get("ui.demo.advance.minutes", step.toMinutes());
    }

    /** Delivered email and SMS codes, newest first. */
    public ObservableList<InboxLine> inbox() {
        return inbox;
    }

    public ReadOnlyStringProperty authenticatorCodeProperty() {
        return authenticatorCode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty demoTimeProperty() {
        return demoTime.getReadOnlyProperty();
    }
}
