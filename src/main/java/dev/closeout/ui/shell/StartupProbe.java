package dev.closeout.ui.shell;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;

/**
 * {@code --probe-startup}: the marks bench/startup.sh reads. Each says how long after the JVM's own
 * start it was reached ({@code -ms}; the process's start instant on Linux is rounded to the boot clock's
 * seconds, hundreds of milliseconds early) and the wall clock then ({@code -epoch-ms}), which the script
 * measures against the clock it read just before the launch. Public, and needing only JavaFX and the
 * JDK, for the script's floor (bench/floor) to take its marks with it too.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    /** The window is on screen: {@code first-frame-ms=N first-frame-epoch-ms=E rss-kb=N}. */
    public static void firstFrame() {
        long epoch = System.currentTimeMillis();
        System.out.println("first-frame-ms=" + sinceStart(epoch) + " first-frame-epoch-ms=" + epoch + " rss-kb=" + rssKb());
    }

    /** The account, as first read, is on screen: {@code account-shown-ms=N account-shown-epoch-ms=E rss-kb=N}. */
    static void accountShown() {
        long epoch = System.currentTimeMillis();
        System.out.println("account-shown-ms=" + sinceStart(epoch) + " account-shown-epoch-ms=" + epoch + " rss-kb=" + rssKb());
    }

    /**
     * Runs {@code then} once what is on the scene now has been rendered: the second pulse is the
     * first after that frame. The start-up marks and the deferred build use it.
     */
    public static void afterNextFrame(Runnable then) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames < 2) {
                    return;
                }
                stop();
                then.run();
            }
        }.start();
    }

    private static long sinceStart(long epoch) {
        return epoch - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private static long rssKb() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(-1L);
        } catch (IOException | RuntimeException e) {
            return (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1024;
        }
    }
}
