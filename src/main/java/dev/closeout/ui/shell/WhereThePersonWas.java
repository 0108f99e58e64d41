package dev.closeout.ui.shell;

import dev.closeout.ui.account.Remembered;
import dev.closeout.ui.shell.MainWindow.Page;
import dev.closeout.ui.wizard.WizardStep;
import dev.closeout.ui.wizard.WizardViewModel;
import dev.closeout.ui.wizard.notice.NoticeViewModel;
import dev.closeout.ui.wizard.notice.NoticeViewModel.Consequence;
import dev.closeout.ui.wizard.notice.NoticeViewModel.Reason;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * Where the person was, kept as they go and given back when the window is built again (another
 * language, a restart): the page, the wizard's step, the reason and ticks on Notice, the inbox
 * open. The wizard is walked back to its step only as far as each step still holds, so a step
 * kept is never a way round one that no longer does.
 */
final class WhereThePersonWas {

    static final String PAGE = "resume.page";
    static final String STEP = "resume.step";
    static final String TICKS = "resume.notice.ticks";
    static final String REASON = "resume.notice.reason";
    static final String INBOX = "resume.inbox";

    private WhereThePersonWas() {
    }

    /** Gives back what {@code store} kept, then keeps every change. */
    static void keep(Remembered store, ReadOnlyObjectProperty<Page> page, java.util.function.Consumer<Page> show,
            WizardViewModel wizard, Optional<BooleanProperty> inboxOpen) {
        NoticeViewModel notice = (NoticeViewModel) wizard.step(WizardStep.NOTICE);
        Set<String> ticked = store.get(TICKS).map(t -> Set.of(t.split(","))).orElse(Set.of());
        for (Consequence c : Consequence.values()) {
            notice.tick(c).set(ticked.contains(c.name()));
            notice.tick(c).addListener((obs, was, now) -> store.put(TICKS, ticks(notice)));
        }
        store.get(REASON).flatMap(r -> Arrays.stream(Reason.values()).filter(v -> v.name().equals(r)).findFirst())
                .ifPresent(notice.reasonProperty()::set);
        notice.reasonProperty().addListener((obs, was, now) -> store.put(REASON, now == null ? "" : now.name()));

        store.get(STEP).flatMap(s -> Arrays.stream(WizardStep.values()).filter(v -> v.name().equals(s)).findFirst())
                .filter(step -> step != WizardStep.STATUS).ifPresent(wizard::resume);
        wizard.currentProperty().addListener((obs, was, now) -> store.put(STEP, now.name()));

        inboxOpen.ifPresent(open -> {
            open.set(store.get(INBOX).map(Boolean::parseBoolean).orElse(false));
            open.addListener((obs, was, now) -> store.put(INBOX, String.valueOf(now)));
        });

        store.get(PAGE).flatMap(p -> Arrays.stream(Page.values()).filter(v -> v.name().equals(p)).findFirst()).ifPresent(show);
        page.addListener((obs, was, now) -> store.put(PAGE, now.name()));
    }

    private static String ticks(NoticeViewModel notice) {
        return Arrays.stream(Consequence.values()).filter(c -> notice.tick(c).get()).map(Enum::name).collect(Collectors.joining(","));
    }
}
