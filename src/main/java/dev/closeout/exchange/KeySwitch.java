package dev.closeout.exchange;

/**
 * A switch of the API key, off, that the exchange requires for something Closeout would
 * otherwise read: its name as the exchange's website shows it, and what it would let Closeout see.
 */
public record KeySwitch(String name, String wouldShow) {
}
