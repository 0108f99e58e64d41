package dev.closeout.account;

public enum AccountStatus {
    ACTIVE, FROZEN, CLOSING, CLOSED
}
