package dev.closeout.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every command reads its options the same way, and refuses the same way what it does not take. */
class OptionsTest {

    private static Options read(Options.Syntax syntax, String... args) throws Options.Refused {
        return Options.read(List.of(args), syntax);
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
        assertEquals(Path.of("out"), read(ExportCommand.SYNTAX, "--binance", "--to", "out").to);
        assertEquals(Path.of("out"), read(ExportCommand.SYNTAX, "--binance", "--to=out").to);
    }

    @Test
    void an_option_another_command_takes_is_refused_by_name() {
        Options.Refused refused = assertThrows(Options.Refused.class, () -> read(CloseoutCommand.SNAPSHOT, "--demo", "--format", "json"));
        assertEquals("cli.error.unknownOption", refused.key);
        assertArrayEquals(new Object[] {"--format"}, refused.arguments);
        assertArrayEquals(new Object[] {"--to=x"},
                assertThrows(Options.Refused.class, () -> read(CloseoutCommand.CHECK, "f.json", "--to=x")).arguments);
        assertArrayEquals(new Object[] {"--demo=yes"},
                assertThrows(Options.Refused.class, () -> read(CloseoutCommand.CHECK, "--demo=yes")).arguments);
    }

    @Test
    void check_takes_one_file_and_a_dash_for_it_while_export_takes_none() throws Exception {
        assertEquals(List.of("-"), read(CloseoutCommand.CHECK, "-").files);
        Options.Refused second = assertThrows(Options.Refused.class, () -> read(CloseoutCommand.CHECK, "a.json", "b.json"));
        assertEquals("cli.error.extraFile", second.key);
        assertArrayEquals(new Object[] {"b.json"}, second.arguments);
        assertEquals("cli.export.error.extra", assertThrows(Options.Refused.class,
                () -> read(ExportCommand.SYNTAX, "--demo", "a.json")).key);
        assertEquals("cli.error.unknownOption", assertThrows(Options.Refused.class, () -> read(CloseoutCommand.SNAPSHOT, "-")).key);
    }

    @Test
    void an_option_missing_its_value_at_the_end_says_which_value_is_missing() {
        assertEquals("cli.error.dataDirMissing", assertThrows(Options.Refused.class, () -> read(CloseoutCommand.CHECK, "--demo", "--data-dir")).key);
        assertEquals("cli.error.formatMissing", assertThrows(Options.Refused.class, () -> read(CloseoutCommand.CHECK, "f.json", "--format")).key);
        assertEquals("cli.export.error.toMissing", assertThrows(Options.Refused.class, () -> read(ExportCommand.SYNTAX, "--demo", "--to")).key);
    }

    @Test
    void a_format_other_than_text_or_json_is_refused_once_everything_is_read() {
        Options.Refused refused = assertThrows(Options.Refused.class, () -> read(CloseoutCommand.CHECK, "--format=xml", "f.json"));
        assertEquals("cli.error.format", refused.key);
        assertArrayEquals(new Object[] {"xml"}, refused.arguments);
    }

    @Test
    void help_stops_the_reading_so_what_follows_it_is_not_judged() throws Exception {
        assertTrue(read(CloseoutCommand.SNAPSHOT, "--help", "--bogus").help);
        assertTrue(read(ExportCommand.SYNTAX, "-h").help);
        assertEquals("cli.error.unknownOption", assertThrows(Options.Refused.class, () -> read(CloseoutCommand.CHECK, "--bogus", "--help")).key);
    }
}
