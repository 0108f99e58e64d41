package dev.closeout.closure.export;

import dev.closeout.i18n.WordedException;
import java.util.List;

/**
 * The export could not be written where the user asked. Carries a message key and arguments
 * so the UI and the command line can say it in the user's language.
 */
public class ExportException extends WordedException {

    public ExportException(String messageKey, List<String> args, Throwable cause) {
        super(messageKey, args, cause);
    }
}
