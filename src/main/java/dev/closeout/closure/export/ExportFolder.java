package dev.closeout.closure.export;

import dev.closeout.i18n.Reasons;
import dev.closeout.storage.AtomicFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The new folder an export writes into, inside the one the user chose. Until the export is
 * complete it is named {@code NAME.partial}; {@link #complete()} renames it to {@code NAME}, so a
 * folder under the export's own name always holds a whole export. Each file is written under a
 * temp name and renamed when complete, with its size and SHA-256 taken as it is written.
 * {@link #discard()} removes everything it wrote, so a cancelled or failed export leaves the
 * user's folder as it was, or at worst a folder that says it is partial.
 *
 * <p>Where the file system keeps POSIX permissions, the folder is {@code rwx------} and each file
 * {@code rw-------} from the moment it exists: an account's whole history is for its owner alone.
 */
final class ExportFolder {

    private static final String PARTIAL = ".partial";
    private static final String FOLDER_PERMISSIONS = "rwx------";
    private static final String FILE_PERMISSIONS = "rw-------";

    private final Path chosen;
    private final String name;
    private final Path folder;
    private final boolean posix;
    private final List<Path> written = new ArrayList<>();

    private ExportFolder(Path chosen, String name, Path folder, boolean posix) {
        this.chosen = chosen;
        this.name = name;
        this.folder = folder;
        this.posix = posix;
    }

    /**
     * Creates {@code NAME.partial} in {@code chosen} (NAME with {@code -2}, {@code -3}… if taken,
     * complete or not), creating {@code chosen} if needed.
     */
    static ExportFolder create(Path chosen, String name) throws ExportException {
        if (Files.exists(chosen) && !Files.isDirectory(chosen)) {
            throw new ExportException("export.error.notAFolder", List.of(chosen.toString()), null);
        }
        boolean posix = chosen.getFileSystem().supportedFileAttributeViews().contains("posix");
        try {
            Files.createDirectories(chosen);
            for (int n = 1; ; n++) {
                String candidate = n == 1 ? name : name + "-" + n;
                if (Files.exists(chosen.resolve(candidate))) {
                    continue;
                }
                try {
                    Path partial = posix ? Files.createDirectory(chosen.resolve(candidate + PARTIAL), permissions(FOLDER_PERMISSIONS))
                            : Files.createDirectory(chosen.resolve(candidate + PARTIAL));
                    return new ExportFolder(chosen, candidate, partial, posix);
                } catch (FileAlreadyExistsException taken) {
                    // Another export of the same moment is under way there.
                }
            }
        } catch (AccessDeniedException e) {
            throw new ExportException("export.error.denied", List.of(chosen.toString()), e);
        } catch (IOException e) {
            throw new ExportException("export.error.cannotWrite", List.of(chosen.toString(), reason(e)), e);
        }
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
            }, fileAttributes(posix));
        } catch (IOException e) {
            throw new ExportException("export.error.write", List.of(name, folder.toString(), reason(e)), e);
        }
        written.add(target);
        return new ExportedFile(name, contents, records, bytes[0], HexFormat.of().formatHex(sha256.digest()));
    }

    /**
     * Renames the partial folder to the export's name, at once, once every file is in it; the
     * next free name if another export took it meanwhile. Where the export now is.
     */
    Path complete() throws ExportException {
        try {
            for (int n = 1; ; n++) {
                Path done = chosen.resolve(n == 1 ? name : name + "-" + n);
                if (!Files.exists(done)) {
                    Files.move(folder, done, StandardCopyOption.ATOMIC_MOVE);
                    syncFolder(chosen);
                    return done;
                }
            }
        } catch (IOException e) {
            throw new ExportException("export.error.write", List.of(name, chosen.toString(), reason(e)), e);
        }
    }

    /** Removes every file written so far, and the folder. */
    void discard() {
        try {
            for (Path file : written) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // What could not be removed is complete, never torn, and its folder's name says the export is partial.
        }
    }

    /**
     * Writes one file on its own, whole or not at all, readable by its owner alone where the file
     * system keeps POSIX permissions: a closure record written beside an export.
     */
    static void writeAlone(Path target, AtomicFile.Content content) throws IOException {
        AtomicFile.write(target, content, fileAttributes(target.getFileSystem().supportedFileAttributeViews().contains("posix")));
    }

    private static FileAttribute<?>[] fileAttributes(boolean posix) {
        return posix ? new FileAttribute<?>[] {permissions(FILE_PERMISSIONS)} : new FileAttribute<?>[0];
    }

    private static FileAttribute<Set<PosixFilePermission>> permissions(String text) {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(text));
    }

    private static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // Some systems (Windows) cannot open a folder to sync it; the rename is still atomic there.
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
        return e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : Reasons.of(e);
    }
}
