package dev.closeout.account;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A staking position; {@code releasesOn} null means it can be released now. */
public record StakingPosition(String id, Product product, String asset, BigDecimal amount, LocalDate releasesOn) {

    public StakingPosition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(amount, "amount");
    }

    public enum Product { ETH_STAKING, SOL_STAKING, LOCKED_STAKING, LIQUIDITY_FARMING, DEFI_STAKING }
}
