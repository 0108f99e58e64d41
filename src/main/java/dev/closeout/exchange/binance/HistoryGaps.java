package dev.closeout.exchange.binance;

import dev.closeout.account.history.AccountHistory.NotIncluded;
import dev.closeout.account.history.HistoryPart;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.binance.HistoryReader.Gap;
import dev.closeout.exchange.binance.WebsiteOnlyRecords.Pages;
import dev.closeout.i18n.Messages;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a Binance export does not include, in the user's words, each with the page on binance.com
 * where the official record is: the windows and symbols Binance would not give (grouped by
 * reading and by Binance's answer), what is older than Binance keeps, futures income of kinds
 * the history has no place for, and what the API never gives.
 */
final class HistoryGaps {

    /** The readings whose records Binance keeps for a limited time only. */
    private static final List<HistoryReading> KEPT_FOR_A_TIME = List.of(HistoryReading.TRANSFERS, HistoryReading.P2P,
            HistoryReading.USDM_INCOME, HistoryReading.DUST);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final int SYMBOLS_NAMED = 5;

    private final Messages messages;

    HistoryGaps(Messages messages) {
        this.messages = messages;
    }

    List<NotIncluded> of(HistoryReader reader, Instant from, Instant to) {
        List<NotIncluded> missing = new ArrayList<>(failures(List.copyOf(reader.gaps)));
        for (HistoryReading reading : KEPT_FOR_A_TIME) {
            Instant start = reading.start(from, to);
            if (start.isAfter(from)) {
                missing.add(new NotIncluded(messages.get("binance.history.older", name(reading), DAY.format(start)),
                        messages.get("binance.history.olderThan." + reading.name()), Pages.TRANSACTION_HISTORY));
            }
        }
        if (reader.dustLogFull) {
            missing.add(new NotIncluded(messages.get("binance.history.dustLogFull.what", HistoryReading.DUST_LOG_RECORDS),
                    messages.get("binance.history.dustLogFull.reason"), Pages.TRANSACTION_HISTORY));
        }
        if (!reader.otherIncome.isEmpty()) {
            Map<String, Long> byKind = reader.otherIncome.stream()
                    .collect(Collectors.groupingBy(k -> k.substring(0, k.indexOf(' ')), TreeMap::new, Collectors.counting()));
            String kinds = byKind.entrySet().stream().map(k -> k.getKey() + " (" + k.getValue() + ")").collect(Collectors.joining(", "));
            missing.add(new NotIncluded(messages.get("binance.history.otherIncome.what", kinds),
                    messages.get("binance.history.otherIncome.reason"), Pages.TRANSACTION_HISTORY));
        }
        for (WebsiteOnlyRecords records : WebsiteOnlyRecords.values()) {
            missing.add(new NotIncluded(messages.get("binance.history.websiteOnly.what." + records.name()),
                    messages.get("binance.history.websiteOnly.reason." + records.name()), records.page()));
        }
        return missing;
    }

    /** One entry per reading and per answer of Binance; windows that follow one another make one span. */
    private List<NotIncluded> failures(List<Gap> gaps) {
        Map<String, List<Gap>> byReadingAndAnswer = new LinkedHashMap<>();
        gaps.stream().sorted(Comparator.comparing((Gap g) -> g.reading().ordinal())
                        .thenComparing(g -> g.window() == null ? Instant.MIN : g.window().start()))
                .forEach(g -> byReadingAndAnswer.computeIfAbsent(g.reading() + " " + reason(g.cause()), k -> new ArrayList<>()).add(g));
        List<NotIncluded> missing = new ArrayList<>();
        for (List<Gap> group : byReadingAndAnswer.values()) {
            HistoryReading reading = group.get(0).reading();
            String reason = reason(group.get(0).cause());
            String where = reading.part() == HistoryPart.TRADES ? Pages.SPOT_TRADE_HISTORY : Pages.TRANSACTION_HISTORY;
            List<String> symbols = group.stream().map(Gap::symbol).filter(Objects::nonNull).distinct().toList();
            List<Window> spans = spans(group.stream().map(Gap::window).filter(Objects::nonNull).toList());
            for (Window span : spans) {
                missing.add(new NotIncluded(messages.get("binance.history.gap.period", name(reading), DAY.format(span.start()),
                        DAY.format(span.end())), reason, where));
            }
            if (!symbols.isEmpty()) {
                missing.add(new NotIncluded(messages.get("binance.history.gap.symbols", name(reading), named(symbols)), reason, where));
            }
            if (spans.isEmpty() && symbols.isEmpty()) {
                missing.add(new NotIncluded(name(reading), reason, where));
            }
        }
        return missing;
    }

    /** Windows that follow one another, joined. */
    private static List<Window> spans(List<Window> windows) {
        List<Window> spans = new ArrayList<>();
        for (Window w : windows) {
            Window last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && !w.start().isAfter(last.end().plusMillis(1))) {
                spans.set(spans.size() - 1, new Window(last.start(), w.end().isAfter(last.end()) ? w.end() : last.end()));
            } else {
                spans.add(w);
            }
        }
        return spans;
    }

    private String named(List<String> symbols) {
        String first = String.join(", ", symbols.subList(0, Math.min(SYMBOLS_NAMED, symbols.size())));
        return symbols.size() <= SYMBOLS_NAMED ? first : messages.get("binance.history.gap.more", first, symbols.size() - SYMBOLS_NAMED);
    }

    private String name(HistoryReading reading) {
        return messages.get("binance.history.reading." + reading.name());
    }

    private String reason(ExchangeException cause) {
        return messages.say(cause);
    }
}
