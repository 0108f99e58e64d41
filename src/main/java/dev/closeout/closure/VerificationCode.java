package dev.closeout.closure;

import java.util.Optional;

/**
 * A verification code as a person types or pastes it: authenticator apps show "123 456", mails
 * sometimes "123-456", a Persian keyboard types "۱۲۳۴۵۶". Read here once, for every page and the
 * exchange alike, as the six ASCII digits the exchange compares.
 */
public final class VerificationCode {

    private static final int DIGITS = 6;

    private VerificationCode() {
    }

    /** The six digits typed, whatever spaces, dashes and script they came in; empty when it is not six digits. */
    public static Optional<String> read(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        StringBuilder digits = new StringBuilder(DIGITS);
        for (int i = 0; i < typed.length(); ) {
            int c = typed.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isDigit(c)) {
                digits.append((char) ('0' + Character.digit(c, 10)));
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '-') {
                return Optional.empty();
            }
        }
        return digits.length() == DIGITS ? Optional.of(digits.toString()) : Optional.empty();
    }

    public static boolean wellFormed(String typed) {
        return read(typed).isPresent();
    }
}
