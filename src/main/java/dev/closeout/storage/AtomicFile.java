package dev.closeout.storage;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Replaces a file so that a crash leaves the old file or the new one, never a torn one. */
public final class AtomicFile {

    /** Writes a file's content; it may throw to give up, and then nothing of it is left. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final String TEMP_SUFFIX = ".tmp";

    private AtomicFile() {
    }

    /**
     * Removes the temp files a killed writer of {@code target} left behind. Only for the folder's
     * one writer, under its {@link FolderLock}: another's temp file may still be being written.
     */
    public static void removeLeftovers(Path target) throws IOException {
        String prefix = target.getFileName() + ".";
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(target.toAbsolutePath().getParent(),
                file -> file.getFileName().toString().startsWith(prefix) && file.getFileName().toString().endsWith(TEMP_SUFFIX))) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /**
     * A uniquely named temp file in the same folder (two writers never share one), fsync, atomic
     * rename, fsync of the folder. If {@code content} fails (or is cancelled) the temp file is
     * removed and {@code target} is left as it was. {@code attributes} are given to the temp file
     * as it is created (its permissions, say), so the file never exists without them.
     */
    public static void write(Path target, Content content, FileAttribute<?>... attributes) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp;
        FileChannel created;
        while (true) {
            // Not Files.createTempFile: it gives the file permissions of its own, not the caller's.
            temp = folder.resolve(target.getFileName() + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + TEMP_SUFFIX);
            try {
                created = FileChannel.open(temp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes);
                break;
            } catch (FileAlreadyExistsException e) {
                // Another writer's temp file by that name: draw another.
            }
        }
        boolean renamed = false;
        try {
            try (FileChannel channel = created) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(new KeptOpen(out));
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            renamed = true;
        } finally {
            if (!renamed) {
                Files.deleteIfExists(temp);
            }
        }
        try (FileChannel dir = FileChannel.open(target.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // Some systems (Windows) cannot open a folder to sync it; the rename is still atomic there.
        }
    }

    /** Content writers close what they write to (a CSV printer does); the file must stay open until it is synced. */
    private static final class KeptOpen extends FilterOutputStream {

        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
