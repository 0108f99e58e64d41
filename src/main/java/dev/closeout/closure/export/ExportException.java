package dev.closeout.closure.export;

import java.util.List;

/**
 * The export could not be written where the user asked. Carries a message key and arguments
 * so the UI and the command line can say it in the user's language.
 */
public class ExportException extends Exception {

    private final String messageKey;
    private final List<String> args;

    public ExportException(String messageKey, List<String> args, Throwable cause) {
        super(messageKey + " " + args, cause);
        this.messageKey = messageKey;
        this.args = List.copyOf(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> args() {
        return args;
    }
}
