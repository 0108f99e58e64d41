package dev.closeout.account;

public enum Side {
    BUY, SELL
}
