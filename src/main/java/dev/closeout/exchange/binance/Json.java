package dev.closeout.exchange.binance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.closeout.account.BoundedInput;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading Binance's answers field by field. Amounts stay exact: Binance sends them as strings
 * ("0.00499500"), sometimes as JSON numbers, which the client reads as BigDecimal too. A field
 * that is there but is no number is a bad answer, never a zero.
 */
final class Json {

    private Json() {
    }

    /** The amount, or null when the field is absent, null or empty. */
    static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            return null;
        }
        if (value.isNumber()) {
            return bounded(value.decimalValue(), field);
        }
        if (value.isTextual()) {
            return bounded(value.asText().strip(), field);
        }
        throw new OddAnswer(OddAnswer.Kind.NOT_A_NUMBER, field);
    }

    /** An amount within the bounds of money: Binance's answer is outside data like any other. */
    private static BigDecimal bounded(String text, String field) {
        try {
            return BoundedInput.amount(text, field);
        } catch (BoundedInput.Refused e) {
            throw odd(e, field);
        }
    }

    private static BigDecimal bounded(BigDecimal value, String field) {
        try {
            return BoundedInput.amount(value, field);
        } catch (BoundedInput.Refused e) {
            throw odd(e, field);
        }
    }

    private static OddAnswer odd(BoundedInput.Refused refused, String field) {
        return new OddAnswer(refused.problem() == BoundedInput.Problem.NOT_DECIMAL ? OddAnswer.Kind.NOT_A_NUMBER : OddAnswer.Kind.NOT_AN_AMOUNT, field);
    }

    /** A required amount: its absence makes the whole answer unreadable, never a zero. */
    static BigDecimal requiredDecimal(JsonNode node, String field) {
        BigDecimal value = decimal(node, field);
        if (value == null) {
            throw new OddAnswer(OddAnswer.Kind.NO_FIELD, field);
        }
        return value;
    }

    /** The amount, or zero when absent. */
    static BigDecimal decimalOrZero(JsonNode node, String field) {
        BigDecimal value = decimal(node, field);
        return value == null ? BigDecimal.ZERO : value;
    }

    /** The text (numbers as written), or null when absent, null or empty. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        String text = value.isNumber() ? value.decimalValue().toPlainString() : value.asText();
        return text.isBlank() ? null : text;
    }

    /** Required text: its absence makes the whole answer unreadable. */
    static String required(JsonNode node, String field) {
        String text = text(node, field);
        if (text == null) {
            throw new OddAnswer(OddAnswer.Kind.NO_FIELD, field);
        }
        return text;
    }

    /** A moment sent as epoch milliseconds (a number or a numeric string); 0 and absent are null. */
    static Instant instant(JsonNode node, String field) {
        BigDecimal millis = decimal(node, field);
        if (millis == null || millis.signum() == 0) {
            return null;
        }
        try {
            return Instant.ofEpochMilli(millis.longValueExact());
        } catch (ArithmeticException | java.time.DateTimeException e) {
            throw new OddAnswer(OddAnswer.Kind.NOT_A_TIME, field);
        }
    }

    /** The UTC date of such a moment. */
    static LocalDate date(JsonNode node, String field) {
        Instant instant = instant(node, field);
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    /**
     * The elements of an array field (or of the node itself when {@code field} is null). Only a
     * list that is there and empty means "none": an absent or null list, or something else where
     * the list should be (Binance changed the answer's shape), makes the answer unreadable.
     */
    static List<JsonNode> items(JsonNode node, String field) {
        JsonNode array = field == null ? node : node.path(field);
        if (!array.isArray()) {
            if (field == null) {
                throw new OddAnswer(OddAnswer.Kind.NOT_A_LIST);
            }
            throw new OddAnswer(array.isMissingNode() || array.isNull() ? OddAnswer.Kind.NO_LIST : OddAnswer.Kind.FIELD_NOT_A_LIST, field);
        }
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    /**
     * The rows of a page that says its {@code total}: Binance leaves the list out of some answers
     * whose total is 0, which is "none" said in so many words. Any other absent list is unreadable.
     */
    static List<JsonNode> rows(JsonNode page, String field) {
        if (page.path(field).isMissingNode() && page.path("total").canConvertToLong() && page.path("total").asLong() == 0) {
            return List.of();
        }
        return items(page, field);
    }

    static boolean isZero(BigDecimal amount) {
        return amount == null || amount.signum() == 0;
    }
}
