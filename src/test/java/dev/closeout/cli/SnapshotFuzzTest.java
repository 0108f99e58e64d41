package dev.closeout.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.closeout.Snapshots;
import dev.closeout.account.AccountSnapshot;
import dev.closeout.closure.Eligibility;
import dev.closeout.closure.ReadinessReport;
import dev.closeout.closure.ReportJson;
import dev.closeout.exchange.SnapshotFormatException;
import dev.closeout.exchange.SnapshotReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Fuzzing the snapshot reader and the report: snapshots generated from the spec's examples,
 * mutated in their values (amounts and dates no money or calendar has, wrong types, strings
 * with terminal escapes, nesting no snapshot has) and in their bytes (cut short, a character
 * slipped in). Every one is either read, and then judged and printed in text and JSON within a
 * small multiple of its size, or refused with the reader's own error; nothing else, and none
 * takes a second.
 * <p>
 * {@code mvn verify} runs the tries set in {@code junit-platform.properties}; the long run is
 * {@code mvn -B -o test -Dtest=SnapshotFuzzTest -Djqwik.tries.default=100000} (README, Reliability),
 * and both print the count, the rejects and the slowest input.
 */
class SnapshotFuzzTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final List<JsonNode> EXAMPLES = examples();
    /** Output beyond this many characters per byte read (plus the report's fixed text) is "far more than it read". */
    private static final int OUTPUT_PER_INPUT_BYTE = 20;
    private static final int REPORT_FIXED_TEXT = 4_000;
    private static final long SECOND_NANOS = 1_000_000_000L;

    private static final AtomicLong tries = new AtomicLong();
    private static final AtomicLong refused = new AtomicLong();
    private static long slowestNanos;
    private static String slowest = "";

    static {
        // The first reading loads the bundles and classes; that is start-up, not the input's doing.
        try {
            new ReportText(Snapshots.ENGLISH).render(Snapshots.snapshot(""), Snapshots.report(""));
        } catch (RuntimeException e) {
            throw new IllegalStateException("the warm-up snapshot does not read", e);
        }
    }

    @Property(shrinking = net.jqwik.api.ShrinkingMode.BOUNDED)
    void every_snapshot_is_read_and_reported_or_refused_with_the_readers_own_error(@ForAll("snapshots") String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        int printed;
        try {
            AccountSnapshot snapshot = new SnapshotReader(Snapshots.ENGLISH).read(new ByteArrayInputStream(bytes));
            ReadinessReport report = Eligibility.evaluate(snapshot);
            printed = new ReportText(Snapshots.ENGLISH).render(snapshot, report).length() + new ReportJson().render(report).length();
        } catch (SnapshotFormatException e) {
            refused.incrementAndGet();
            printed = e.getMessage().length();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long took = System.nanoTime() - start;
        tries.incrementAndGet();
        record(took, text);
        assertTrue(took < SECOND_NANOS, () -> "took " + took / 1_000_000 + " ms: " + excerpt(text));
        int output = printed;
        assertTrue(output <= (long) OUTPUT_PER_INPUT_BYTE * bytes.length + REPORT_FIXED_TEXT,
                () -> "printed " + output + " characters for " + bytes.length + " bytes: " + excerpt(text));
    }

    @AfterContainer
    static void figures() throws IOException {
        System.out.printf("fuzz: %,d snapshots, %,d refused with the reader's error, %,d read and reported; slowest %.1f ms (%,d bytes): %s%n",
                tries.get(), refused.get(), tries.get() - refused.get(), slowestNanos / 1e6, slowest.length(), excerpt(slowest));
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve("fuzz-slowest.json"), slowest);
        }
    }

    private static synchronized void record(long took, String text) {
        if (took > slowestNanos) {
            slowestNanos = took;
            slowest = text;
        }
    }

    private static String excerpt(String text) {
        String flat = CloseoutCommand.oneLine(text.replaceAll("\\s+", " "));
        return flat.length() > 160 ? flat.substring(0, 157) + "..." : flat;
    }

    @Provide
    Arbitrary<String> snapshots() {
        Arbitrary<JsonNode> trees = Arbitraries.oneOf(
                Arbitraries.of(EXAMPLES).map(JsonNode::deepCopy),
                generatedSnapshots());
        Arbitrary<String> mutated = Combinators.combine(trees, valueMutations().list().ofMaxSize(6))
                .as((tree, mutations) -> {
                    mutations.forEach(m -> m.applyTo(tree));
                    return tree.toPrettyString();
                });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, mutated),
                net.jqwik.api.Tuple.of(3, Combinators.combine(mutated, byteMutations().list().ofMinSize(1).ofMaxSize(4))
                        .as((text, edits) -> {
                            String edited = text;
                            for (ByteMutation edit : edits) {
                                edited = edit.applyTo(edited);
                            }
                            return edited;
                        })),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(200)));
    }

    /** Snapshots built from parts: many balances and orders with amounts anywhere within or beyond the bounds. */
    private static Arbitrary<JsonNode> generatedSnapshots() {
        Arbitrary<ObjectNode> balance = Combinators.combine(
                Arbitraries.of("SPOT", "FUNDING", "CROSS_MARGIN", "ISOLATED_MARGIN", "USDM_FUTURES", "COINM_FUTURES", "OPTIONS"),
                Arbitraries.of("BTC", "ETH", "BNB", "USDT", "PEPE", "XRP", "1INCH"),
                amounts(), amounts().injectNull(0.5), amounts().injectNull(0.8))
                .as((wallet, asset, free, locked, borrowed) -> {
                    ObjectNode line = JsonNodeFactory.instance.objectNode().put("wallet", wallet).put("asset", asset).put("free", free);
                    if (locked != null) {
                        line.put("locked", locked);
                    }
                    if (borrowed != null) {
                        line.put("borrowed", borrowed);
                    }
                    return line;
                });
        Arbitrary<ObjectNode> order = Combinators.combine(Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12),
                        Arbitraries.of("LIMIT", "STOP_LIMIT", "OCO", "GRID_BOT"), amounts())
                .as((id, type, quantity) -> JsonNodeFactory.instance.objectNode().put("id", id).put("market", "SPOT")
                        .put("symbol", "BTCUSDT").put("type", type).put("quantity", quantity));
        return Combinators.combine(balance.list().ofMaxSize(60), order.list().ofMaxSize(20), amounts())
                .as((balances, orders, btcPrice) -> {
                    ObjectNode root = EXAMPLES.get(0).deepCopy();
                    root.putArray("balances").addAll(new ArrayList<>(balances));
                    root.putArray("openOrders").addAll(new ArrayList<>(orders));
                    root.putObject("prices").put("BTC", btcPrice).put("USDT", "1");
                    return root;
                });
    }

    /** Decimal texts: ordinary amounts, zeros in every spelling, and exponents from sane to absurd. */
    private static Arbitrary<String> amounts() {
        Arbitrary<String> plain = Combinators.combine(Arbitraries.longs().between(0, Long.MAX_VALUE), Arbitraries.integers().between(0, 20))
                .as((digits, scale) -> new BigDecimal(java.math.BigInteger.valueOf(digits), scale).toPlainString());
        Arbitrary<String> exponent = Combinators.combine(Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(70),
                        Arbitraries.oneOf(Arbitraries.integers().between(-60, 60), Arbitraries.integers()))
                .as((digits, exp) -> digits + "e" + exp);
        return Arbitraries.oneOf(plain, exponent,
                Arbitraries.of("0", "0.00000000", "-0.0", "0E-8", "1e999999999", "5e-40000000", "1e-2147483648", ".5", "5.", "-1"));
    }

    /** One change to one value of the tree: which value ({@code target}, counted in document order), and what it becomes. */
    private record ValueMutation(int target, JsonNode replacement, boolean remove) {

        /** The replacement is copied: one generated node set in two places, or into itself, would make a cycle. */
        void applyTo(JsonNode root) {
            List<JsonNode> containers = new ArrayList<>();
            collectContainers(root, containers);
            JsonNode container = containers.get(Math.floorMod(target, containers.size()));
            if (container instanceof ObjectNode object && object.size() > 0) {
                List<String> names = new ArrayList<>();
                object.fieldNames().forEachRemaining(names::add);
                String name = names.get(Math.floorMod(target / 7, names.size()));
                if (remove) {
                    object.remove(name);
                } else {
                    object.set(name, replacement.deepCopy());
                }
            } else if (container instanceof ArrayNode array) {
                if (remove && array.size() > 0) {
                    array.remove(Math.floorMod(target / 7, array.size()));
                } else if (array.size() > 0) {
                    array.set(Math.floorMod(target / 7, array.size()), replacement.deepCopy());
                } else {
                    array.add(replacement.deepCopy());
                }
            }
        }

        private static void collectContainers(JsonNode node, List<JsonNode> into) {
            if (node.isContainerNode()) {
                into.add(node);
                node.elements().forEachRemaining(child -> collectContainers(child, into));
            }
        }
    }

    private static Arbitrary<ValueMutation> valueMutations() {
        return Combinators.combine(Arbitraries.integers().between(0, 10_000), hostileValues(), Arbitraries.of(false, false, false, true))
                .as(ValueMutation::new);
    }

    /** What a value can become: amounts, dates and strings no snapshot should hold, and every wrong type. */
    private static Arbitrary<JsonNode> hostileValues() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        Arbitrary<JsonNode> texts = Arbitraries.oneOf(amounts(),
                Arbitraries.of("+10000-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "-999999999-01-01", "2026-02-30", "2026-11-24T09:30Z",
                        "9999-12-31T23:59:59.999999999Z", "0000-01-01T00:00:00Z", "9999-12-31", "0001-01-01", "SPOT", "EARN", "LOCKED",
                        "ACTIVE", "FROZEN", "CLOSING", "\u001b[2J\u001b[31m", "line\nbreak", "\u0000", "\u202eevil", ""),
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withChars('9').ofMinLength(60).ofMaxLength(5_000))
                .map(f::textNode);
        Arbitrary<JsonNode> numbers = Arbitraries.oneOf(
                Arbitraries.integers().map(f::numberNode),
                Arbitraries.longs().map(f::numberNode),
                amounts().map(a -> f.numberNode(asNumber(a))));
        Arbitrary<JsonNode> deep = Arbitraries.integers().between(1, 120).map(depth -> {
            ArrayNode top = f.arrayNode();
            ArrayNode at = top;
            for (int i = 0; i < depth; i++) {
                at = at.addArray();
            }
            return top;
        });
        return Arbitraries.oneOf(texts, numbers, deep,
                Arbitraries.of(f.nullNode(), f.booleanNode(true), f.objectNode(), f.arrayNode()));
    }

    /** A decimal text as a JSON number; one whose exponent BigDecimal cannot hold becomes the largest it can. */
    private static BigDecimal asNumber(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return new BigDecimal("1e2147483647");
        }
    }

    /** One change to the text itself: cut it short, or slip a character in. */
    private record ByteMutation(int at, boolean cut, char inserted) {

        String applyTo(String text) {
            int position = Math.floorMod(at, text.length() + 1);
            return cut ? text.substring(0, position) : text.substring(0, position) + inserted + text.substring(position);
        }
    }

    private static Arbitrary<ByteMutation> byteMutations() {
        return Combinators.combine(Arbitraries.integers().greaterOrEqual(0), Arbitraries.of(true, false),
                Arbitraries.oneOf(Arbitraries.of('{', '}', '[', ']', '"', ',', ':', '\\', 'e', '-', '0', '\u0000', '\uFEFF'),
                        Arbitraries.chars()))
                .as(ByteMutation::new);
    }

    private static List<JsonNode> examples() {
        List<JsonNode> examples = new ArrayList<>();
        for (String name : List.of("ready.json", "typical.json", "dust-only.json", "partial-view.json")) {
            try {
                examples.add(JSON.readTree(Snapshots.EXAMPLES.resolve(name).toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return examples;
    }
}
