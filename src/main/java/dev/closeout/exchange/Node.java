package dev.closeout.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import dev.closeout.account.BoundedInput;
import dev.closeout.account.Wallet;
import dev.closeout.i18n.Messages;

/**
 * A JSON value and where it was found, so that every complaint can say where. The path is
 * spelled out only when there is a complaint: a large snapshot has a million values.
 */
final class Node {


    final JsonNode node;
    private final Node parent;
    private final String name;
    private final int index;
    private final Messages messages;

    private Node(JsonNode node, Node parent, String name, int index, Messages messages) {
        this.node = node;
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.messages = messages;
    }

    /** The document itself: {@code $}. */
    static Node root(JsonNode node, Messages messages) {
        return new Node(node, null, null, -1, messages);
    }

    /** The property {@code name} of this object. */
    Node child(JsonNode child, String childName) {
        return new Node(child, this, childName, -1, messages);
    }

    /** The JSON path of this value, such as {@code $.balances[3].free}. */
    String path() {
        if (parent == null) {
            return "$";
        }
        return parent.path() + (name != null ? "." + name : "[" + index + "]");
    }

    /** Converts a node, or explains why it cannot. */
    interface Converter<T> {
        T convert(Node node) throws SnapshotFormatException;
    }

    /** A property that may be absent. */
    static final class Maybe {
        private final Node node;

        Maybe(Node node) {
            this.node = node;
        }

        <T> T map(Converter<T> converter) throws SnapshotFormatException {
            return node == null ? null : converter.convert(node);
        }

        Node orNull() {
            return node;
        }
    }

    /** A complaint about this value, in the user's language. */
    SnapshotFormatException error(String key, Object... args) {
        return new SnapshotFormatException(path(), messages.get("snapshot.error." + key, args));
    }

    void requireObject() throws SnapshotFormatException {
        if (!node.isObject()) {
            throw error("notObject", describe());
        }
    }

    Node required(String name) throws SnapshotFormatException {
        requireObject();
        JsonNode child = node.get(name);
        if (child == null) {
            throw child(null, name).error("missing");
        }
        if (child.isNull()) {
            throw child(child, name).error("null");
        }
        return child(child, name);
    }

    /** A property that may be absent; a JSON null is still checked against the expected type. */
    Maybe optional(String name) throws SnapshotFormatException {
        requireObject();
        JsonNode child = node.get(name);
        return new Maybe(child == null ? null : child(child, name));
    }

    /** A property that may be absent or null, where the format allows null. */
    Maybe nullable(String name) throws SnapshotFormatException {
        requireObject();
        JsonNode child = node.get(name);
        return new Maybe(child == null || child.isNull() ? null : child(child, name));
    }

    /** A list property; absent means empty. */
    <T> List<T> list(String name, Converter<T> item) throws SnapshotFormatException {
        Node list = optional(name).orNull();
        if (list == null) {
            return List.of();
        }
        if (!list.node.isArray()) {
            throw list.error("notList", list.describe());
        }
        List<T> items = new ArrayList<>(list.node.size());
        for (int i = 0; i < list.node.size(); i++) {
            Node element = new Node(list.node.get(i), list, null, i, messages);
            items.add(item.convert(element));
        }
        return items;
    }

    String text() throws SnapshotFormatException {
        return text(0);
    }

    String text(int minLength) throws SnapshotFormatException {
        if (!node.isTextual()) {
            throw error("notString", describe());
        }
        String text = node.textValue();
        if (text.length() < minLength) {
            throw error("tooShort", String.valueOf(minLength), describe());
        }
        return text;
    }

    boolean bool() throws SnapshotFormatException {
        if (!node.isBoolean()) {
            throw error("notBoolean", describe());
        }
        return node.booleanValue();
    }

    /** An amount: a decimal written as a string, so that no digit is lost on the way, within {@link BoundedInput}'s bounds. */
    BigDecimal decimal() throws SnapshotFormatException {
        if (!node.isTextual()) {
            throw error("amountNotString", describe());
        }
        try {
            return BoundedInput.amount(node.textValue(), null);
        } catch (BoundedInput.Refused e) {
            throw switch (e.problem()) {
                case TOO_LONG -> error("amountTooLong", String.valueOf(node.textValue().length()), String.valueOf(BoundedInput.MAX_AMOUNT_LENGTH));
                case OUT_OF_BOUNDS -> error("decimalRange", describe(),
                        String.valueOf(BoundedInput.MAX_WHOLE_DIGITS), String.valueOf(BoundedInput.MAX_DECIMAL_PLACES));
                default -> error("notDecimal", describe());
            };
        }
    }

    /** The format's asset symbol, {@code [A-Z0-9]{1,20}}, checked by hand for the same reason. */
    static boolean isAsset(String text) {
        if (text.isEmpty() || text.length() > 20) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isDigit(c) && (c < 'A' || c > 'Z')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    String asset() throws SnapshotFormatException {
        String asset = text();
        if (!isAsset(asset)) {
            throw error("asset", describe());
        }
        return asset;
    }

    /** A moment in RFC 3339 (a four-digit year): years beyond it break the rules' date arithmetic. */
    Instant instant() throws SnapshotFormatException {
        String text = text();
        try {
            return BoundedInput.moment(text, null);
        } catch (BoundedInput.Refused e) {
            throw error("instant", describe());
        }
    }

    LocalDate date() throws SnapshotFormatException {
        String text = text();
        try {
            return BoundedInput.date(text, null);
        } catch (BoundedInput.Refused e) {
            throw error("date", describe());
        }
    }

    <E extends Enum<E>> E enumValue(Class<E> type) throws SnapshotFormatException {
        return keyed(type, Enum::name);
    }

    /** An enum written as its key in the format. */
    <E extends Enum<E>> E keyed(Class<E> type, Function<E, String> key) throws SnapshotFormatException {
        String text = text();
        for (E value : type.getEnumConstants()) {
            if (key.apply(value).equals(text)) {
                return value;
            }
        }
        String known = Arrays.stream(type.getEnumConstants()).map(key).collect(Collectors.joining(", "));
        throw error("unknownValue", describe(), known);
    }

    Wallet wallet(Set<Wallet> allowed) throws SnapshotFormatException {
        Wallet wallet = enumValue(Wallet.class);
        if (!allowed.contains(wallet)) {
            String known = allowed.stream().map(Wallet::name).collect(Collectors.joining(", "));
            throw error("notAllowedHere", describe(), known);
        }
        return wallet;
    }

    /** The value as a person would recognise it in the file. */
    String describe() {
        if (node.isTextual()) {
            String text = node.textValue();
            return "\"" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + "\"";
        }
        if (node.isNumber()) {
            return messages.get("snapshot.value.number", node.asText());
        }
        if (node.isArray()) {
            return messages.get("snapshot.value.list");
        }
        if (node.isObject()) {
            return messages.get("snapshot.value.object");
        }
        return node.asText();
    }
}
