package dev.closeout.exchange.binance;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The records of one kind read so far, each once by its key, so that a record Binance gives on
 * the edge of two pages or windows is counted and exported once. Filled from several threads.
 */
final class KeptRecords<T> {

    private final Function<T, String> key;
    private final Function<T, Instant> at;
    private final Map<String, T> byKey = new LinkedHashMap<>();

    KeptRecords(Function<T, String> key, Function<T, Instant> at) {
        this.key = key;
        this.at = at;
    }

    /** Keeps the records not kept yet; how many they were. */
    synchronized int add(List<T> records) {
        int added = 0;
        for (T record : records) {
            if (byKey.putIfAbsent(key.apply(record), record) == null) {
                added++;
            }
        }
        return added;
    }

    /** Oldest first; records of one moment by key, since readings that run side by side keep them in no set order. */
    synchronized List<T> oldestFirst() {
        return byKey.values().stream().sorted(Comparator.comparing(at).thenComparing(key)).toList();
    }
}
