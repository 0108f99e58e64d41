package dev.closeout.ui.account;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
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

    /**
     * Runs {@code work} in the background and hands its result, or its failure, to the FX side.
     * Whatever fails, {@code onFailure} hears of it, so a page always leaves its busy state: an
     * {@code Error} of the work (wrapped, as the pages take an {@code Exception}) and a failure of
     * {@code onResult} itself too. A failure that is not in the user's words is also logged.
     */
    public <T> void run(Callable<T> work, Consumer<T> onResult, Consumer<Exception> onFailure) {
        background.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Throwable failure) {
                Exception reported = asException(failure);
                fx.execute(() -> onFailure.accept(reported));
                return;
            }
            fx.execute(() -> {
                try {
                    onResult.accept(result);
                } catch (RuntimeException | Error failure) {
                    onFailure.accept(asException(failure));
                }
            });
        });
    }

    private static Exception asException(Throwable failure) {
        Crashes.log("in the background", failure);
        return failure instanceof Exception e ? e : new ExecutionException(failure);
    }
}
