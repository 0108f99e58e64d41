package dev.closeout.account;

/** Who produced a snapshot. */
public enum SnapshotSource {
    DEMO("demo"), BINANCE("binance"), FILE("file");

    private final String key;

    SnapshotSource(String key) {
        this.key = key;
    }

    /** The name the snapshot format uses. */
    public String key() {
        return key;
    }
}
