package dev.closeout.ui.desktop;

import java.net.URI;

/** Opens a web page in the system's browser, behind an interface so tests see what would have opened. */
@FunctionalInterface
public interface Browser {

    void open(URI page);
}
