package dev.closeout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.cli.Options.Problem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every command reads its options the same way, and refuses the same way what it does not take. */
class OptionsTest {

    private static Options read(Options.Syntax syntax, String... args) throws Options.Refused {
        return Options.read(List.of(args), syntax);
    }

    /** The problem and the argument it names, as "PROBLEM argument". */
    private static String refused(Options.Syntax syntax, String... args) {
        Options.Refused refused = assertThrows(Options.Refused.class, () -> read(syntax, args));
        return refused.problem + " " + refused.argument;
    }

    @Test
    void a_folder_or_format_may_follow_its_option_or_its_equals_sign_alike() throws Exception {
        Options spaced = read(CloseoutCommand.CHECK, "--demo", "--data-dir", "/tmp/a b", "--format", "json");
        Options joined = read(CloseoutCommand.CHECK, "--demo", "--data-dir=/tmp/a b", "--format=json");
        for (Options options : List.of(spaced, joined)) {
            assertTrue(options.demo);
            assertEquals(Path.of("/tmp/a b"), options.dataDir);
            assertEquals("json", options.format);
        }
        assertEquals("out", read(ExportCommand.SYNTAX, "--binance", "--to", "out").to);
        assertEquals("out", read(ExportCommand.SYNTAX, "--binance", "--to=out").to);
    }

    @Test
    void an_option_another_command_takes_is_refused_by_name() {
        assertEquals("UNKNOWN_OPTION --format", refused(CloseoutCommand.SNAPSHOT, "--demo", "--format", "json"));
        assertEquals("UNKNOWN_OPTION --to=x", refused(CloseoutCommand.CHECK, "f.json", "--to=x"));
        assertEquals("UNKNOWN_OPTION --demo=yes", refused(CloseoutCommand.CHECK, "--demo=yes"));
    }

    @Test
    void check_takes_one_file_and_a_dash_for_it_while_snapshot_and_export_take_none() throws Exception {
        assertEquals(List.of("-"), read(CloseoutCommand.CHECK, "-").files);
        assertEquals("EXTRA_ARGUMENT b.json", refused(CloseoutCommand.CHECK, "a.json", "b.json"));
        assertEquals("EXTRA_ARGUMENT a.json", refused(ExportCommand.SYNTAX, "--demo", "a.json"));
        assertEquals("UNKNOWN_OPTION -", refused(CloseoutCommand.SNAPSHOT, "-"));
    }

    @Test
    void an_option_missing_its_value_at_the_end_is_named() {
        assertEquals("VALUE_MISSING --data-dir", refused(CloseoutCommand.CHECK, "--demo", "--data-dir"));
        assertEquals("VALUE_MISSING --format", refused(CloseoutCommand.CHECK, "f.json", "--format"));
        assertEquals("VALUE_MISSING --to", refused(ExportCommand.SYNTAX, "--demo", "--to"));
    }

    @Test
    void a_format_other_than_text_or_json_is_refused_once_everything_is_read() {
        assertEquals("UNKNOWN_FORMAT xml", refused(CloseoutCommand.CHECK, "--format=xml", "f.json"));
        assertEquals(Problem.UNKNOWN_OPTION, assertThrows(Options.Refused.class,
                () -> read(CloseoutCommand.CHECK, "--format=xml", "--bogus")).problem);
    }

    @Test
    void help_stops_the_reading_so_what_follows_it_is_not_judged() throws Exception {
        assertTrue(read(CloseoutCommand.SNAPSHOT, "--help", "--bogus").help);
        assertTrue(read(ExportCommand.SYNTAX, "-h").help);
        assertEquals("UNKNOWN_OPTION --bogus", refused(CloseoutCommand.CHECK, "--bogus", "--help"));
    }
}
