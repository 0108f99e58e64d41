package dev.closeout.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files replaced whole, temp files of their own, and a folder one Closeout holds at a time. */
class AtomicFileTest {

    @TempDir
    Path folder;

    @Test
    void two_writers_of_one_file_never_share_a_temp_file_and_the_file_is_always_one_of_theirs_whole() throws Exception {
        Path target = folder.resolve("state.json");
        String a = "a".repeat(200_000);
        String b = "b".repeat(200_000);
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Void>> done = List.of(writers.submit(() -> write(target, a)), writers.submit(() -> write(target, b)));
            for (int i = 0; i < 200; i++) {
                if (Files.exists(target)) {
                    String now = Files.readString(target);
                    assertTrue(now.equals(a) || now.equals(b), "a mix of two writes, " + now.length() + " characters");
                }
            }
            for (Future<Void> f : done) {
                f.get();
            }
        } finally {
            writers.shutdown();
        }
        try (var files = Files.list(folder)) {
            assertEquals(List.of(target), files.toList(), "no temp file left behind");
        }
    }

    private static Void write(Path target, String content) throws IOException {
        for (int i = 0; i < 100; i++) {
            AtomicFile.write(target, content.getBytes(StandardCharsets.UTF_8));
        }
        return null;
    }

    @Test
    void a_killed_writers_temp_files_are_removed_and_nothing_else() throws Exception {
        Path target = folder.resolve("exchange.json");
        Files.writeString(target, "{}");
        Files.writeString(folder.resolve("exchange.json.4k2j9x.tmp"), "{\"half");
        Files.writeString(folder.resolve("exchange.json.unreadable-20261124-093000"), "kept");
        Files.writeString(folder.resolve("settings.json.77.tmp"), "another file's");

        AtomicFile.removeLeftovers(target);

        try (var files = Files.list(folder)) {
            assertEquals(Set.of("exchange.json", "exchange.json.unreadable-20261124-093000", "settings.json.77.tmp"),
                    Set.copyOf(files.map(f -> f.getFileName().toString()).toList()));
        }
    }

    @Test
    void a_locked_folder_is_refused_after_the_wait_and_free_again_once_let_go() throws Exception {
        FolderLock first = FolderLock.acquire(folder, Duration.ZERO);
        long started = System.nanoTime();

        assertThrows(FolderLock.FolderInUseException.class, () -> FolderLock.acquire(folder, Duration.ofMillis(300)));

        assertTrue(System.nanoTime() - started >= Duration.ofMillis(300).toNanos(), "it waited before refusing");
        first.close();
        FolderLock.acquire(folder, Duration.ZERO).close();
    }
}
