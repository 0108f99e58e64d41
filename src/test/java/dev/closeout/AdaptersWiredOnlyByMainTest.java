package dev.closeout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house plan's arrows: pages, the closure rules and the command line reach an exchange through its port only;
 * a page's view model holds its state without knowing how it is drawn; the account is the JDK and itself alone.
 */
class AdaptersWiredOnlyByMainTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/closeout");

    @Test
    void no_page_closure_rule_or_command_imports_the_demo_or_binance_adapter() throws IOException {
        List<String> crossings = new ArrayList<>();
        for (String layer : List.of("ui", "closure", "cli", "account")) {
            crossings.addAll(imports(SOURCES.resolve(layer), file -> true,
                    imported -> imported.startsWith("dev.closeout.exchange.binance") || imported.startsWith("dev.closeout.exchange.demo")));
        }
        assertEquals(List.of(), crossings);
    }

    @Test
    void no_view_model_imports_a_scene_or_a_stage_so_each_can_be_tested_without_a_window() throws IOException {
        assertEquals(List.of(), imports(SOURCES.resolve("ui"), file -> file.getFileName().toString().endsWith("ViewModel.java"),
                imported -> imported.startsWith("javafx.scene.") || imported.startsWith("javafx.stage.")));
    }

    @Test
    void the_account_and_its_history_import_only_the_jdk_and_themselves() throws IOException {
        assertEquals(List.of(), imports(SOURCES.resolve("account"), file -> true,
                imported -> !imported.startsWith("java.") && !imported.startsWith("dev.closeout.account.")));
    }

    @Test
    void what_every_page_shares_and_the_desktop_ports_know_no_page_and_not_the_window() throws IOException {
        List<String> crossings = new ArrayList<>();
        for (String shared : List.of("ui/account", "ui/desktop")) {
            crossings.addAll(imports(SOURCES.resolve(shared), file -> true, imported -> imported.startsWith("dev.closeout.ui.")
                    && !imported.startsWith("dev.closeout.ui.account.") && !imported.startsWith("dev.closeout.ui.desktop.")));
        }
        assertEquals(List.of(), crossings);
    }

    @Test
    void only_the_app_itself_reaches_into_the_shell_that_builds_the_pages() throws IOException {
        assertEquals(List.of(), imports(SOURCES.resolve("ui"), file -> !file.startsWith(SOURCES.resolve("ui/shell")),
                imported -> imported.startsWith("dev.closeout.ui.shell.")));
    }

    @Test
    void the_keychain_and_storage_know_nothing_of_the_pages() throws IOException {
        List<String> crossings = new ArrayList<>();
        for (String layer : List.of("keychain", "storage")) {
            crossings.addAll(imports(SOURCES.resolve(layer), file -> true, imported -> imported.startsWith("dev.closeout.ui.")
                    || imported.startsWith("javafx.")));
        }
        assertEquals(List.of(), crossings);
    }

    /** Each import (static ones too) of the chosen files under {@code folder} that is forbidden, as "file: import". */
    private static List<String> imports(Path folder, Predicate<Path> chosen, Predicate<String> forbidden) throws IOException {
        List<String> crossings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).filter(chosen).toList()) {
                for (String line : Files.readAllLines(file)) {
                    String imported = line.strip();
                    if (imported.startsWith("import ")) {
                        imported = imported.substring("import ".length()).strip();
                        imported = imported.startsWith("static ") ? imported.substring("static ".length()).strip() : imported;
                        if (forbidden.test(imported)) {
                            crossings.add(SOURCES.relativize(file) + ": " + line.strip());
                        }
                    }
                }
            }
        }
        return crossings;
    }
}
