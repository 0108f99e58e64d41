/** Closeout: close a crypto-exchange account safely and completely, or choose a gentler alternative. */
module dev.closeout {
    requires javafx.controls;
    requires atlantafx.base;
    // NotificationPane: the bar that tells what changed in the account by itself.
    requires org.controlsfx.controls;
    requires org.kordamp.ikonli.javafx;
    requires org.kordamp.ikonli.feather;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.eatthepath.otp;
    requires com.esaulpaugh.headlong;
    requires org.apache.commons.csv;
    requires java.net.http;
    // --probe-startup counts from the JVM's start time (RuntimeMXBean).
    requires java.management;
    // java -jar starts again with the installed app's JVM options (Relaunch), by the C library's execv.
    requires com.sun.jna;
    // "Remember this key": java-keyring (Windows Credential Manager, macOS Keychain, Secret Service). It and
    // secret-service are automatic modules, which cannot say what they need, so the Secret Service's D-Bus
    // library and its socket transport (found by ServiceLoader) are required here, or the module path and
    // the installer's runtime would leave them out and Linux would have no keychain.
    requires java.keyring;
    requires org.freedesktop.dbus;
    requires org.freedesktop.dbus.transport.jre;

    // Nothing is exported for other modules to build on: the command line and the app are all there is.
    // JavaFX alone reaches in, to construct the Application it is asked to launch.
    exports dev.closeout.ui.shell to javafx.graphics;

    // The demo exchange saves its own side with Jackson, field by field, and audits the actions it is asked.
    opens dev.closeout.exchange.demo to com.fasterxml.jackson.databind;
    opens dev.closeout.exchange to com.fasterxml.jackson.databind;
    // ... and the history records of what the user did in it, with the account's enums they hold (Wallet, Side).
    opens dev.closeout.account.history to com.fasterxml.jackson.databind;
    opens dev.closeout.account to com.fasterxml.jackson.databind;
}
