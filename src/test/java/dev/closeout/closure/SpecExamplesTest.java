package dev.closeout.closure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.closeout.Snapshots;
import java.nio.file.Files;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each example in the spec gives the report it must produce: eligibility, the number of
 * findings under each unmet condition, and the number of findings per fix across the report.
 */
class SpecExamplesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"typical", "ready", "dust-only", "partial-view"})
    void the_rules_give_the_report_the_example_expects(String name) throws Exception {
        JsonNode expected = new ObjectMapper().readTree(Snapshots.EXAMPLES.resolve(name + ".expected.json").toFile());
        ReadinessReport report = Eligibility.evaluate(
                Snapshots.reader().read(Files.readString(Snapshots.EXAMPLES.resolve(name + ".json"))));

        assertEquals(expected.get("eligible").asBoolean(), report.eligible());
        assertEquals(expected.get("exit").asInt(), report.eligible() ? 0 : 1);
        Map<String, Integer> unmet = new TreeMap<>();
        Map<String, Integer> fixes = new TreeMap<>();
        for (ConditionResult result : report.conditions()) {
            if (!result.met()) {
                unmet.put(result.condition().name(), result.findings().size());
            }
            result.findings().forEach(f -> fixes.merge(f.fix().name(), 1, Integer::sum));
        }
        assertEquals(counts(expected.get("unmet")), unmet);
        assertEquals(counts(expected.get("fixes")), fixes);
    }

    private static Map<String, Integer> counts(JsonNode object) {
        Map<String, Integer> counts = new TreeMap<>();
        object.fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asInt()));
        return counts;
    }
}
