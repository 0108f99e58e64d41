package dev.closeout.exchange;

/**
 * A snapshot that cannot be read: not JSON, or JSON that breaks the snapshot format.
 * {@code path} is the JSON path of the offending value ({@code $.balances[3].free}), or null
 * when the text is not JSON at all.
 */
public class SnapshotFormatException extends Exception {

    private final String path;
    private final String problem;

    public SnapshotFormatException(String path, String problem) {
        super(path == null ? problem : path + ": " + problem);
        this.path = path;
        this.problem = problem;
    }

    public String path() {
        return path;
    }

    public String problem() {
        return problem;
    }
}
