package dev.closeout.exchange.binance;

import java.time.Duration;

/** Waiting, as a seam: production sleeps, tests record the wait and move their clock on. */
@FunctionalInterface
interface Pause {

    void sleep(Duration duration) throws InterruptedException;

    static Pause sleeping() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
