package dev.closeout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.Snapshots;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code closeout export} as a person or a script runs it: the folder it writes, what it prints, its exit code. */
class ExportCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private int run(String... args) {
        PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
        return new CloseoutCommand(out, err, Snapshots.ENGLISH, new DemoOnlyExchanges(), folder.resolve("default-data"), name -> null)
                .run(List.of(args));
    }

    private String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    @Test
    void exporting_the_demo_writes_a_new_folder_with_every_file_says_where_and_exits_0() throws Exception {
        Path to = folder.resolve("exports");

        int exit = run("export", "--demo", "--data-dir=" + folder.resolve("data"), "--to", to.toString());

        assertEquals(0, exit, err());
        assertEquals("", err());
        Path written;
        try (Stream<Path> inside = Files.list(to)) {
            written = inside.findFirst().orElseThrow();
        }
        assertTrue(written.getFileName().toString().startsWith("closeout-export-demo-"), written.toString());
        try (Stream<Path> files = Files.list(written)) {
            assertEquals(17, files.count());
        }
        List<String> lines = out().lines().toList();
        assertEquals(3, lines.size(), out());
        assertTrue(lines.get(0).matches("Exported [\\d,]+ records from \\d{4}-.* UTC to .* UTC into " + java.util.regex.Pattern.quote(written.toString())),
                lines.get(0));
        assertTrue(lines.get(1).startsWith("17 files; manifest.json gives each one's SHA-256"), lines.get(1));
        assertEquals("The closure record, to keep and print: " + written.resolve("closure-record.html"), lines.get(2));
    }

    @Test
    void formats_named_are_the_only_ones_written_beside_the_closure_record_and_the_manifest() throws Exception {
        Path to = folder.resolve("exports");

        int exit = run("export", "--demo", "--data-dir=" + folder.resolve("data"), "--to", to.toString(), "--formats", "koinly, statement");

        assertEquals(0, exit, err());
        List<String> names;
        try (Stream<Path> inside = Files.list(to); Stream<Path> files = Files.list(inside.findFirst().orElseThrow())) {
            names = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("SHA256SUMS", "binance-statement.csv", "closure-record.html", "koinly-universal.csv", "manifest.json"), names);
    }

    @Test
    void a_format_no_export_has_exits_2_naming_it_and_the_formats_there_are_and_writes_nothing() throws Exception {
        Path to = folder.resolve("exports");

        assertEquals(2, run("export", "--demo", "--data-dir=" + folder.resolve("data"), "--to", to.toString(), "--formats=koinly,turbotax"));

        assertEquals("", out());
        assertEquals("closeout: --formats names \"turbotax\", which is no format; the formats are statement, koinly, cointracking, closeout",
                err().lines().findFirst().orElseThrow());
        assertTrue(!Files.exists(to), "nothing written");
        assertEquals(2, run("export", "--demo", "--to", to.toString(), "--formats", "koinly,"));
        assertTrue(err().contains("--formats has an empty name in its list; the formats are statement, koinly"), err());
        assertEquals(2, run("export", "--demo", "--to", to.toString(), "--formats"));
        assertTrue(err().contains("--formats needs a list of formats, from: statement, koinly, cointracking, closeout"), err());
    }

    @Test
    void the_to_folder_may_be_given_with_an_equals_sign_and_is_created_when_only_it_is_missing() {
        assertEquals(0, run("export", "--demo", "--data-dir", folder.resolve("data").toString(), "--to=" + folder.resolve("a")), err());
        assertTrue(Files.isDirectory(folder.resolve("a")));
    }

    @Test
    void a_folder_whose_parent_does_not_exist_is_refused_as_a_likely_typing_slip_and_nothing_is_created() {
        Path typo = folder.resolve("exprots/2026");

        assertEquals(2, run("export", "--demo", "--data-dir", folder.resolve("data").toString(), "--to", typo.toString()));

        assertEquals("", out());
        assertTrue(err().startsWith("closeout: --to " + typo + ": the folder " + folder.resolve("exprots") + " that would hold it does not exist."),
                err());
        assertFalse(Files.exists(folder.resolve("exprots")));
    }

    @Test
    void a_file_given_as_the_folder_exits_2_with_one_line_and_nothing_on_stdout() throws Exception {
        Path file = Files.writeString(folder.resolve("notes.txt"), "mine");

        assertEquals(2, run("export", "--demo", "--data-dir=" + folder.resolve("data"), "--to", file.toString()));

        assertEquals("", out());
        assertEquals(List.of("closeout: " + file + " is a file, not a folder. Choose a folder for the export."), err().lines().toList());
    }

    @Test
    void a_folder_that_cannot_be_written_exits_2_and_names_the_reason() throws Exception {
        Path inside = Files.writeString(folder.resolve("notes.txt"), "mine").resolve("exports");

        assertEquals(2, run("export", "--demo", "--data-dir=" + folder.resolve("data"), "--to", inside.toString()));

        assertEquals("", out());
        assertEquals(List.of("closeout: Closeout cannot write in " + inside + " (Not a directory). Choose another folder."),
                err().lines().toList());
    }

    @Test
    void without_a_folder_to_write_into_it_exits_2() {
        assertEquals(2, run("export", "--demo"));
        assertEquals("", out());
        assertTrue(err().startsWith("closeout: export needs a folder to write into: --to DIR"), err());
        assertEquals(2, run("export", "--demo", "--to"));
    }

    @Test
    void without_saying_which_account_it_exits_2() {
        assertEquals(2, run("export", "--to", folder.toString()));
        assertTrue(err().startsWith("closeout: export needs the account to export: --demo"), err());
    }

    @Test
    void an_unknown_option_or_a_stray_argument_exits_2() {
        assertEquals(2, run("export", "--demo", "--to", folder.toString(), "--format", "zip"));
        assertTrue(err().contains("unknown option \"--format\""), err());
        assertEquals(2, run("export", "--demo", "--to", folder.toString(), "extra"));
        assertTrue(err().contains("export takes no file; also given \"extra\""), err());
        assertEquals("", out());
    }

    @Test
    void help_lists_the_export_command() {
        assertEquals(0, run("--help"));
        assertTrue(out().contains("closeout export --demo [--data-dir=DIR] --to DIR [--formats statement,koinly,cointracking,closeout]"),
                out());
        assertEquals(0, run("export", "--help"));
    }
}
