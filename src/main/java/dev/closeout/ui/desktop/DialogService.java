package dev.closeout.ui.desktop;

/** Questions the app asks the user, behind an interface so ViewModels never build a dialog and tests can answer. */
public interface DialogService {

    /** Asks before something that moves money or cannot be undone; true when the user agrees. */
    boolean confirm(String title, String message, String confirmLabel);

    /** Tells the user something that needs no decision. */
    void inform(String title, String message);
}
