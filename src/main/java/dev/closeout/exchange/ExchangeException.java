package dev.closeout.exchange;

import java.util.List;

/**
 * The exchange could not be reached or its data could not be read or written. Carries a
 * message key and arguments so the UI can say it in the user's language.
 */
public class ExchangeException extends Exception {

    private final String messageKey;
    private final List<String> args;

    public ExchangeException(String messageKey, List<String> args, Throwable cause) {
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
