package dev.closeout.exchange.binance;

import dev.closeout.exchange.ExchangeException;
import dev.closeout.i18n.Messages;
import java.util.List;

/**
 * An answer that is not shaped as Binance documents it: a list or an amount missing, or
 * something else in its place. The reading it belongs to is then unknown, never taken as
 * empty; {@code kind} and {@code args} word what was wrong ({@code binance.odd.KIND}).
 */
final class OddAnswer extends IllegalArgumentException {

    /** What was odd about the answer. */
    enum Kind {
        NO_LIST, FIELD_NOT_A_LIST, NOT_A_LIST, NO_FIELD, NOT_A_NUMBER, NOT_AN_AMOUNT, NOT_A_TIME, SAYS_FAILED, TOO_MANY,
        ENDLESS, SAME_PAGE
    }

    private final Kind kind;
    private final List<String> args;

    OddAnswer(Kind kind, String... args) {
        super(kind + " " + String.join(", ", args));
        this.kind = kind;
        this.args = List.of(args);
    }

    /**
     * Why a reading's answer to {@code call} could not be used: what was odd about it, or, for any
     * other failure while reading it, that it could not be read at all.
     */
    static ExchangeException unreadable(Call call, RuntimeException failure, Messages messages) {
        if (failure instanceof OddAnswer odd) {
            return new ExchangeException("binance.error.oddAnswer", List.of(call.toString(),
                    messages.get("binance.odd." + odd.kind.name(), odd.args.toArray())), failure);
        }
        return new ExchangeException("binance.error.badAnswer", List.of(call.toString()), failure);
    }

    Kind kind() {
        return kind;
    }

    List<String> args() {
        return args;
    }
}
