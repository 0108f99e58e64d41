package dev.closeout.account;

import java.time.Instant;
import java.util.Objects;

public record SubAccount(String email, Status status, Instant createdAt) {

    public SubAccount {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(status, "status");
    }

    public enum Status { ACTIVE, FROZEN, CLOSED }
}
