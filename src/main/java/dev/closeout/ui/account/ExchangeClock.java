package dev.closeout.ui.account;

import dev.closeout.exchange.DemoControls;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/** The exchange's time: the demo's own clock when it is the demo, the machine's otherwise. Countdowns use it. */
public final class ExchangeClock extends Clock {

    private final Optional<DemoControls> demo;

    public ExchangeClock(Optional<DemoControls> demo) {
        this.demo = demo;
    }

    @Override
    public Instant instant() {
        return demo.map(DemoControls::now).orElseGet(Instant::now);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
