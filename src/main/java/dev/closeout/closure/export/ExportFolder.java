package dev.closeout.closure.export;

import dev.closeout.storage.AtomicFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The new folder an export writes into, inside the one the user chose. Each file is written
 * under a temp name and renamed when complete, with its size and SHA-256 taken as it is
 * written. {@link #discard()} removes everything it wrote, so a cancelled or failed export
 * leaves the user's folder as it was.
 */
final class ExportFolder {

    private final Path folder;
    private final List<Path> written = new ArrayList<>();

    private ExportFolder(Path folder) {
        this.folder = folder;
    }

    /** Creates {@code name} in {@code chosen} (with {@code -2}, {@code -3}… if taken), creating {@code chosen} if needed. */
    static ExportFolder create(Path chosen, String name) throws ExportException {
        if (Files.exists(chosen) && !Files.isDirectory(chosen)) {
            throw new ExportException("export.error.notAFolder", List.of(chosen.toString()), null);
        }
        try {
            Files.createDirectories(chosen);
            Path folder = chosen.resolve(name);
            for (int n = 2; ; n++) {
                try {
                    return new ExportFolder(Files.createDirectory(folder));
                } catch (FileAlreadyExistsException taken) {
                    folder = chosen.resolve(name + "-" + n);
                }
            }
        } catch (AccessDeniedException e) {
            throw new ExportException("export.error.denied", List.of(chosen.toString()), e);
        } catch (IOException e) {
            throw new ExportException("export.error.cannotWrite", List.of(chosen.toString(), reason(e)), e);
        }
    }

    Path path() {
        return folder;
    }

    /** Writes one file completely, or not at all. */
    ExportedFile write(String name, String contents, Integer records, AtomicFile.Content content) throws ExportException {
        Path target = folder.resolve(name);
        MessageDigest sha256 = sha256();
        long[] bytes = new long[1];
        try {
            AtomicFile.write(target, out -> {
                OutputStream counted = new DigestOutputStream(out, sha256) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        super.write(b, off, len);
                        bytes[0] += len;
                    }

                    @Override
                    public void write(int b) throws IOException {
                        super.write(b);
                        bytes[0]++;
                    }
                };
                content.writeTo(counted);
                counted.flush();
            });
        } catch (IOException e) {
            throw new ExportException("export.error.write", List.of(name, folder.toString(), reason(e)), e);
        }
        written.add(target);
        return new ExportedFile(name, contents, records, bytes[0], HexFormat.of().formatHex(sha256.digest()));
    }

    /** Removes every file written so far, and the folder. */
    void discard() {
        try {
            for (Path file : written) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // What could not be removed is complete, never torn: each file was renamed into place only once whole.
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String reason(IOException e) {
        return e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(e.getMessage());
    }
}
