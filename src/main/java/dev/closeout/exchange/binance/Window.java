package dev.closeout.exchange.binance;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.List;

/**
 * A span of time one request asks about, both ends included as Binance reads {@code startTime}
 * and {@code endTime}. Windows follow one another without overlap: each ends a millisecond
 * before the next begins, so no record is asked twice and none falls between two.
 */
record Window(Instant start, Instant end) {

    /**
     * {@code from} to {@code to} cut into windows each shorter than {@code length} (a duration, or
     * months counted on the UTC calendar), since some endpoints want less than their maximum;
     * one window when {@code length} is null, none when the span is empty.
     */
    static List<Window> cut(Instant from, Instant to, TemporalAmount length) {
        List<Window> windows = new ArrayList<>();
        if (!from.isBefore(to)) {
            return windows;
        }
        for (Instant start = from; !start.isAfter(to); ) {
            Instant next = length == null ? to.plusMillis(1) : start.atZone(ZoneOffset.UTC).plus(length).toInstant();
            Instant end = next.isAfter(to) ? to : next.minusMillis(1);
            windows.add(new Window(start, end));
            start = end.plusMillis(1);
        }
        return windows;
    }

    /** The later of two moments: where a reading starts when Binance keeps less than the period asked. */
    static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** This window's {@code startTime} and {@code endTime} on a call, in the names most endpoints use. */
    Call on(Call call) {
        return on(call, "startTime", "endTime");
    }

    Call on(Call call, String startName, String endName) {
        return call.with(startName, String.valueOf(start.toEpochMilli())).with(endName, String.valueOf(end.toEpochMilli()));
    }

    /** Halves of this window, for an answer that says it holds more than one request gives. */
    List<Window> halves() {
        Instant middle = start.plusMillis((end.toEpochMilli() - start.toEpochMilli()) / 2);
        return List.of(new Window(start, middle), new Window(middle.plusMillis(1), end));
    }
}
