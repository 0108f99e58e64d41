package dev.closeout.ui.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.Snapshots;
import dev.closeout.exchange.ExchangeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page never stays busy: whatever its background work throws reaches it, and what nobody caught is logged and shown. */
class FailuresInTheAppTest {

    @TempDir
    Path dataDir;

    private final List<Optional<Path>> shown = new ArrayList<>();
    private final Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();

    @AfterEach
    void uninstall() {
        Crashes.install(null, log -> { });
        Thread.setDefaultUncaughtExceptionHandler(before);
    }

    private List<Path> logs() throws Exception {
        Path folder = dataDir.resolve("logs");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    @Test
    void work_that_dies_with_an_Error_still_ends_the_pages_busy_state_with_something_went_wrong() throws Exception {
        Crashes.install(dataDir, shown::add);
        AtomicReference<Exception> failed = new AtomicReference<>();

        UiExecutors.direct().run(() -> {
            throw new StackOverflowError();
        }, result -> { }, failed::set);

        assertTrue(AccountState.describe(Snapshots.ENGLISH, failed.get()).startsWith("Something went wrong"), failed.get().toString());
        assertEquals(1, logs().size(), "logged");
        assertTrue(Files.readString(logs().get(0)).contains("java.lang.StackOverflowError"));
        assertEquals(List.of(), shown, "the page says it in place; no second notice");
    }

    @Test
    void a_result_the_page_cannot_take_is_handed_back_to_it_as_a_failure() {
        AtomicReference<Exception> failed = new AtomicReference<>();

        UiExecutors.direct().run(() -> "result", result -> {
            throw new IllegalStateException("the table would not take it");
        }, failed::set);

        assertInstanceOf(IllegalStateException.class, failed.get());
    }

    @Test
    void the_exchange_explaining_itself_is_no_fault_and_writes_no_log() throws Exception {
        Crashes.install(dataDir, shown::add);
        AtomicReference<Exception> failed = new AtomicReference<>();

        UiExecutors.direct().run(() -> {
            throw new ExchangeException("demo.error.disk", List.of("/data", "full"), null);
        }, result -> { }, failed::set);

        assertInstanceOf(ExchangeException.class, failed.get());
        assertEquals(List.of(), logs());
    }

    @Test
    void a_failure_nobody_caught_is_logged_in_the_data_folder_and_shown_naming_the_log() throws Exception {
        Crashes.install(dataDir, shown::add);
        Thread thread = new Thread(() -> {
            throw new IllegalStateException("nobody caught this");
        }, "closeout-test-thread");

        thread.start();
        thread.join();

        assertEquals(1, logs().size());
        String details = Files.readString(logs().get(0));
        assertTrue(details.contains("uncaught on thread closeout-test-thread") && details.contains("nobody caught this"), details);
        assertEquals(List.of(Optional.of(logs().get(0))), shown);
    }

    @Test
    void before_start_up_installs_it_nothing_is_logged() {
        Crashes.install(null, shown::add);
        assertNull(Crashes.log("test", new IllegalStateException()).orElse(null));
    }
}
