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
            return BoundedInput.amount(value.decimalValue(), field);
        }
        if (value.isTextual()) {
            return BoundedInput.amount(value.asText().strip(), field);
        }
        throw new IllegalArgumentException(field + " is not a number: " + value);
    }

    /** A required amount: its absence makes the whole answer unreadable, never a zero. */
    static BigDecimal requiredDecimal(JsonNode node, String field) {
        BigDecimal value = decimal(node, field);
        if (value == null) {
            throw new IllegalArgumentException("the answer has no " + field);
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
            throw new IllegalArgumentException("the answer has no " + field);
        }
        return text;
    }

    /** A moment sent as epoch milliseconds (a number or a numeric string); 0 and absent are null. */
    static Instant instant(JsonNode node, String field) {
        BigDecimal millis = decimal(node, field);
        return millis == null || millis.signum() == 0 ? null : Instant.ofEpochMilli(millis.longValueExact());
    }

    /** The UTC date of such a moment. */
    static LocalDate date(JsonNode node, String field) {
        Instant instant = instant(node, field);
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The elements of an array field (or of the node itself when {@code field} is null); none when absent. */
    static List<JsonNode> items(JsonNode node, String field) {
        JsonNode array = field == null ? node : node.path(field);
        List<JsonNode> items = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(items::add);
        } else if (!array.isMissingNode() && !array.isNull()) {
            throw new IllegalArgumentException((field == null ? "the answer" : field) + " is not a list");
        }
        return items;
    }

    static boolean isZero(BigDecimal amount) {
        return amount == null || amount.signum() == 0;
    }
}
