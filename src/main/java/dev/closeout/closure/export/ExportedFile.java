package dev.closeout.closure.export;

/**
 * One file of an export: what it holds, how many records (absent for a file that is not a
 * list of records), its size and its SHA-256 in hex.
 */
public record ExportedFile(String name, String contents, Integer records, long bytes, String sha256) {
}
