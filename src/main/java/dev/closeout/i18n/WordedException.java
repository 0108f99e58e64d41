package dev.closeout.i18n;

import java.util.List;

/**
 * A failure said in the user's words: a message key and its arguments, which {@link Messages#say}
 * turns into text in the user's language. The exchange's and the export's failures are both this.
 */
public abstract class WordedException extends Exception {

    private final String messageKey;
    private final List<String> args;

    protected WordedException(String messageKey, List<String> args, Throwable cause) {
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
