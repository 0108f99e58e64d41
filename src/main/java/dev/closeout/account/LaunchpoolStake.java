package dev.closeout.account;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** Funds staked in a Launchpool project; {@code redeemable} true means they can leave before the end. */
public record LaunchpoolStake(String id, String project, String asset, BigDecimal amount, LocalDate endsOn, Boolean redeemable) {

    public LaunchpoolStake {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(amount, "amount");
    }
}
