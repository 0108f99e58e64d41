package dev.closeout.exchange.demo;

import dev.closeout.account.Wallet;
import dev.closeout.exchange.AccountAction;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The child JVM of {@link KillSoak}: opens the demo exchange in {@code args[0]} on a fixed clock
 * (so nothing ever becomes due), says "ready", then moves 0.01 USDT from Funding to Spot over and
 * over until it is killed, saying "done" each time the exchange reports a transfer done.
 */
public final class CrashLoop {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T09:30:00Z"), ZoneOffset.UTC);
    static final BigDecimal STEP = new BigDecimal("0.01");

    private CrashLoop() {
    }

    public static void main(String[] args) throws Exception {
        DemoExchange exchange = DemoExchange.open(Path.of(args[0]), CLOCK, new SecureRandom(), DemoSettings.defaults());
        System.out.println("ready");
        System.out.flush();
        AccountAction transfer = new AccountAction.Transfer("USDT", Wallet.FUNDING, Wallet.SPOT, STEP);
        while (true) {
            if (exchange.perform(transfer).accepted()) {
                System.out.println("done");
            }
        }
    }
}
