package dev.closeout.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * An exclusive lock on a data folder, held from open to close: one writer per folder, across
 * processes and within one. The operating system lets go of it when the process ends, however
 * it ends, so a crash never leaves a folder locked.
 */
public final class FolderLock implements AutoCloseable {

    /** The lock file; it stays in the folder (removing it would let two processes lock two different files). */
    public static final String FILE = "closeout.lock";
    private static final long RETRY_MS = 100;

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the folder's lock, trying for up to {@code wait} (zero: once).
     *
     * @throws FolderInUseException when another holder keeps it all that time
     */
    public static FolderLock acquire(Path folder, Duration wait) throws IOException {
        Files.createDirectories(folder);
        FileChannel channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return new FolderLock(channel, lock);
                }
                if (System.nanoTime() - deadline >= 0) {
                    throw new FolderInUseException(folder);
                }
                Thread.sleep(RETRY_MS);
            }
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        } catch (InterruptedException e) {
            channel.close();
            Thread.currentThread().interrupt();
            throw new FolderInUseException(folder);
        }
    }

    /** Null when another holds it: another process, or another opening in this one (which Java reports by exception). */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    /** The folder is locked by another Closeout. */
    public static final class FolderInUseException extends IOException {

        FolderInUseException(Path folder) {
            super("locked by another Closeout: " + folder);
        }
    }
}
