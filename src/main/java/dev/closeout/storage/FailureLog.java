package dev.closeout.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The details of an internal error, in a file of their own that the user can find and send:
 * {@code logs/error-STAMP.log} in the data folder, or the temporary folder when the data folder
 * cannot be written. The short line the user sees names the file.
 * <p>
 * Never a secret: the file holds the failure's types, messages and code locations, nothing from
 * the environment or the settings. A message could quote what it failed on, so every secret the
 * caller knows is cut from the messages, and so is any run of 32 or more key-like characters
 * (Binance's keys and secrets are 64, a private key's PEM lines 64).
 */
public final class FailureLog {

    static final String FOLDER = "logs";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    private static final Pattern KEY_LIKE = Pattern.compile("[A-Za-z0-9+/=_-]{32,}");
    private static final String CUT = "[removed]";
    private static final int MAX_MESSAGE = 2_000;
    private static final int MAX_FRAMES = 200;
    private static final int MAX_CAUSES = 20;

    private FailureLog() {
    }

    /**
     * Writes the file and returns where it is. {@code heading} says what was running (the
     * version, the command or the thread); {@code secrets} are cut wherever they appear.
     */
    public static Path write(Path dataDir, String heading, Throwable failure, Collection<String> secrets) throws IOException {
        byte[] text = text(heading, failure, secrets).getBytes(StandardCharsets.UTF_8);
        Instant now = Instant.now();
        try {
            Path folder = Files.createDirectories(dataDir.resolve(FOLDER));
            for (int n = 1; ; n++) {
                Path file = folder.resolve("error-" + STAMP.format(now) + (n == 1 ? "" : "-" + n) + ".log");
                try {
                    return Files.write(file, text, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                } catch (FileAlreadyExistsException e) {
                    // Two failures in the same millisecond: the next name.
                }
            }
        } catch (IOException | RuntimeException e) {
            // A data folder that is read-only, full or not a folder: the details still go somewhere.
            return Files.write(Files.createTempFile("closeout-error-", ".log"), text);
        }
    }

    static String text(String heading, Throwable failure, Collection<String> secrets) {
        StringBuilder text = new StringBuilder();
        text.append(heading).append('\n');
        text.append("at ").append(Instant.now()).append(", Java ").append(System.getProperty("java.version"))
                .append(" (").append(System.getProperty("java.vendor")).append("), ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch")).append('\n');
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_CAUSES && seen.put(t, true) == null; depth++, t = t.getCause()) {
            text.append(depth == 0 ? "" : "Caused by: ").append(t.getClass().getName());
            if (t.getMessage() != null) {
                text.append(": ").append(scrub(t.getMessage(), secrets));
            }
            text.append('\n');
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < frames.length && i < MAX_FRAMES; i++) {
                text.append("\tat ").append(frames[i]).append('\n');
            }
            if (frames.length > MAX_FRAMES) {
                text.append("\t... ").append(frames.length - MAX_FRAMES).append(" more\n");
            }
        }
        return text.toString();
    }

    private static String scrub(String message, Collection<String> secrets) {
        String text = message;
        for (String secret : secrets) {
            if (secret != null && !secret.isBlank()) {
                text = text.replace(secret.strip(), CUT);
            }
        }
        text = KEY_LIKE.matcher(text).replaceAll(CUT);
        return text.length() > MAX_MESSAGE ? text.substring(0, MAX_MESSAGE) + "..." : text;
    }
}
