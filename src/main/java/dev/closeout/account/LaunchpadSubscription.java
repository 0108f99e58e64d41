package dev.closeout.account;

import java.math.BigDecimal;
import java.util.Objects;

/** Funds committed to a Launchpad subscription, released when the project ends. */
public record LaunchpadSubscription(String id, String project, String asset, BigDecimal amount, Status status) {

    public LaunchpadSubscription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(amount, "amount");
    }

    public enum Status { SUBSCRIBED, CALCULATING, DISTRIBUTING }
}
