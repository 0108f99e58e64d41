package dev.closeout.exchange.binance;

import dev.closeout.exchange.ExchangeException;
import dev.closeout.i18n.Messages;
import java.util.List;

/**
 * An answer that is not shaped as Binance documents it: a list or an amount missing, or
 * something else in its place. The reading it belongs to is then unknown, never taken as
 * empty; {@code key} and {@code args} word what was wrong ({@code binance.odd.*}).
 */
final class OddAnswer extends IllegalArgumentException {

    private final String key;
    private final List<String> args;

    OddAnswer(String key, String... args) {
        super(key + " " + String.join(", ", args));
        this.key = "binance.odd." + key;
        this.args = List.of(args);
    }

    /**
     * Why a reading's answer to {@code call} could not be used: what was odd about it, or, for any
     * other failure while reading it, that it could not be read at all.
     */
    static ExchangeException unreadable(Call call, RuntimeException failure, Messages messages) {
        if (failure instanceof OddAnswer odd) {
            return new ExchangeException("binance.error.oddAnswer", List.of(call.toString(), messages.get(odd.key(), odd.args().toArray())),
                    failure);
        }
        return new ExchangeException("binance.error.badAnswer", List.of(call.toString()), failure);
    }

    String key() {
        return key;
    }

    List<String> args() {
        return args;
    }
}
