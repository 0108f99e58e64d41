package dev.closeout.ui.shell;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Where work runs: {@code background} for every call to the exchange, {@code fx} to publish
 * its result. Production uses a daemon thread and the FX thread; tests run both in place.
 */
public record UiExecutors(Executor background, Executor fx) {

    public static UiExecutors production() {
        return production("closeout-exchange");
    }

    /** One daemon thread of its own, named {@code threadName}: the keychain has one, so a prompt it waits on holds up nothing else. */
    public static UiExecutors production(String threadName) {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, threadName);
            thread.setDaemon(true);
            return thread;
        });
        return new UiExecutors(worker, Platform::runLater);
    }

    /** Everything at once, on the calling thread: for tests of ViewModels without a toolkit. */
    public static UiExecutors direct() {
        return new UiExecutors(Runnable::run, Runnable::run);
    }

    /** Runs {@code work} in the background and hands its result, or its failure, to the FX side. */
    public <T> void run(Callable<T> work, Consumer<T> onResult, Consumer<Exception> onFailure) {
        background.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                fx.execute(() -> onFailure.accept(e));
                return;
            }
            fx.execute(() -> onResult.accept(result));
        });
    }
}
