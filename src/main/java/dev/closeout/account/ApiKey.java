package dev.closeout.account;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

public record ApiKey(String label, List<Permission> permissions, Instant createdAt) {

    public ApiKey {
        Objects.requireNonNull(label, "label");
        permissions = permissions == null ? List.of() : List.copyOf(permissions);
    }

    public enum Permission { READ, SPOT_TRADE, MARGIN, FUTURES, WITHDRAW, UNIVERSAL_TRANSFER, OTHER }
}
