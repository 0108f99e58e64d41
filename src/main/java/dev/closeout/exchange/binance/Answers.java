package dev.closeout.exchange.binance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.closeout.exchange.ExchangeException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one snapshot's readings answered: each reading's pages, in the order asked, or why it
 * failed. Filled from several threads at once.
 */
final class Answers {

    private final Map<Reading, TreeMap<Integer, JsonNode>> pages = new EnumMap<>(Reading.class);
    private final Map<Reading, ExchangeException> failures = new EnumMap<>(Reading.class);

    /** One page of a reading's answer; {@code index} orders the pages whichever arrives first. */
    synchronized void add(Reading reading, int index, JsonNode page) {
        pages.computeIfAbsent(reading, r -> new TreeMap<>()).put(index, page);
    }

    /** The first failure of a reading stands: its other pages cannot make it whole. */
    synchronized void fail(Reading reading, ExchangeException error) {
        failures.putIfAbsent(reading, error);
    }

    /**
     * The reading answered "nothing there": it was not needed, or its failure means none (a
     * product the account never opened, sub-accounts on an account that is not a master).
     */
    synchronized void empty(Reading reading) {
        failures.remove(reading);
        pages.put(reading, new TreeMap<>());
    }

    /** A clearer account of why a reading failed. */
    synchronized void replaceFailure(Reading reading, ExchangeException error) {
        failures.put(reading, error);
    }

    synchronized boolean ok(Reading reading) {
        return !failures.containsKey(reading) && pages.containsKey(reading);
    }

    synchronized boolean failed(Reading reading) {
        return failures.containsKey(reading);
    }

    synchronized Optional<ExchangeException> failure(Reading reading) {
        return Optional.ofNullable(failures.get(reading));
    }

    /** The pages of a reading that did not fail; none otherwise. */
    synchronized List<JsonNode> pages(Reading reading) {
        return ok(reading) ? List.copyOf(pages.get(reading).values()) : List.of();
    }

    /** The pages of a reading from index {@code from} up to (not including) {@code to}; none when it failed. */
    synchronized List<JsonNode> pages(Reading reading, int from, int to) {
        return ok(reading) ? List.copyOf(pages.get(reading).subMap(from, to).values()) : List.of();
    }

    /** The page at {@code index}, unless the reading failed. */
    synchronized Optional<JsonNode> page(Reading reading, int index) {
        return ok(reading) ? Optional.ofNullable(pages.get(reading).get(index)) : Optional.empty();
    }

    synchronized Optional<JsonNode> first(Reading reading) {
        List<JsonNode> list = pages(reading);
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    synchronized Map<Reading, ExchangeException> failures() {
        Map<Reading, ExchangeException> copy = new EnumMap<>(Reading.class);
        copy.putAll(failures);
        return copy;
    }
}
