package dev.closeout.closure.plan;

import java.util.Objects;

/** What the person chose for leaving: where the money goes, and whether it may be traded (sold, bought, converted to BNB) on the way. */
public record Choice(Destination destination, boolean trading) {

    public Choice {
        Objects.requireNonNull(destination, "destination");
    }

    /** Each asset to its own address on its cheapest network, trades allowed where they bring more. */
    public static Choice mostValue() {
        return new Choice(Destination.anywhere(), true);
    }
}
