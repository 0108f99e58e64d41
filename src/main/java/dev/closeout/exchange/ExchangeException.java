package dev.closeout.exchange;

import dev.closeout.i18n.WordedException;
import java.util.List;

/**
 * The exchange could not be reached or its data could not be read or written. Carries a
 * message key and arguments so the UI can say it in the user's language.
 */
public class ExchangeException extends WordedException {

    public ExchangeException(String messageKey, List<String> args, Throwable cause) {
        super(messageKey, args, cause);
    }
}
