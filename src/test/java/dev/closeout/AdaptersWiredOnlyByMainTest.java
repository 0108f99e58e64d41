package dev.closeout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The house plan's arrows: pages, the closure rules and the command line reach an exchange through its port only. */
class AdaptersWiredOnlyByMainTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/closeout");

    @Test
    void no_page_closure_rule_or_command_imports_the_demo_or_binance_adapter() throws IOException {
        List<String> crossings = new ArrayList<>();
        for (String layer : List.of("ui", "closure", "cli", "account")) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve(layer))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Files.readAllLines(file).stream()
                            .filter(line -> line.startsWith("import dev.closeout.exchange.binance")
                                    || line.startsWith("import dev.closeout.exchange.demo"))
                            .forEach(line -> crossings.add(SOURCES.relativize(file) + ": " + line));
                }
            }
        }
        assertEquals(List.of(), crossings);
    }
}
