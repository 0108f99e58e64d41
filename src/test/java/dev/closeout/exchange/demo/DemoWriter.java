package dev.closeout.exchange.demo;

import dev.closeout.account.Wallet;
import dev.closeout.exchange.AccountAction;
import dev.closeout.exchange.ExchangeException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A second Closeout for {@link OneWriterTest}, in a JVM of its own: opens the demo exchange in
 * {@code args[0]}, waiting up to {@code args[1]} seconds for its lock, says "ready", makes
 * {@code args[2]} transfers of 0.01 USDT and ends; with no count it keeps the folder open until
 * it is killed. Refused, it prints the message key and ends with 2.
 */
public final class DemoWriter {

    private DemoWriter() {
    }

    public static void main(String[] args) throws Exception {
        DemoExchange exchange;
        try {
            exchange = DemoExchange.open(Path.of(args[0]), Duration.ofSeconds(Long.parseLong(args[1])));
        } catch (ExchangeException e) {
            System.out.println("refused " + e.messageKey());
            System.exit(2);
            return;
        }
        System.out.println("ready");
        System.out.flush();
        if (args.length < 3) {
            Thread.sleep(Long.MAX_VALUE);
        }
        AccountAction transfer = new AccountAction.Transfer("USDT", Wallet.FUNDING, Wallet.SPOT, new BigDecimal("0.01"));
        for (int i = 0; i < Integer.parseInt(args[2]); i++) {
            exchange.perform(transfer);
        }
        exchange.close();
        System.out.println("done");
    }
}
