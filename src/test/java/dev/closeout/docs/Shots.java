package dev.closeout.docs;

import dev.closeout.ui.shell.MainWindow;
import dev.closeout.ui.wizard.WizardStep;
import dev.closeout.ui.wizard.notice.NoticeViewModel;
import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javax.imageio.ImageIO;

/** What the tours share: a picture of the scene as a PNG, and work on the FX thread from the tour's own. */
final class Shots {

    private final Path out;
    private final String prefix;

    /** Pictures go into {@code out}, named {@code prefix + name + ".png"}. */
    Shots(Path out, String prefix) {
        this.out = out;
        this.prefix = prefix;
    }

    void shoot(Scene scene, String name) throws InterruptedException {
        File file = out.resolve(prefix + name + ".png").toFile();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file);
            } catch (Exception e) {
                e.printStackTrace();
            }
            done.countDown();
        });
        done.await();
        System.out.println("saved " + file);
    }

    /** Ticks every consequence on the Notice step and goes on to Eligibility. */
    static void pastNotice(MainWindow window) throws InterruptedException {
        fx(() -> {
            NoticeViewModel notice = (NoticeViewModel) window.wizard().step(WizardStep.NOTICE);
            for (NoticeViewModel.Consequence c : NoticeViewModel.Consequence.values()) {
                notice.tick(c).set(true);
            }
            window.wizard().next();
        });
    }

    static void fx(Runnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    static void pause(long millis) throws InterruptedException {
        Thread.sleep(millis);
    }
}
