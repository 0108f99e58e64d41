package dev.closeout.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.closeout.account.BoundedInput;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Every mapper that reads JSON Closeout did not write itself (snapshot files, the exchange's
 * answers, the demo's state file, the keychain's entry) starts here, so that no document can
 * make the reader hold more than these limits. Past one, reading stops with Jackson's own
 * {@code StreamConstraintsException}, which each reader reports as bad input.
 * <p>
 * A snapshot of 100,000 balances and 20,000 orders is about 20 MB; 256 MB is room for ten of
 * the largest accounts. No value in these formats comes near the other limits: amounts are
 * strings of at most 64 characters ({@code account.BoundedInput}), JSON numbers are counts,
 * versions and Binance's millisecond timestamps, names are field names and asset symbols, and a
 * snapshot nests five levels deep.
 */
public final class OutsideJson {

    public static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxDocumentLength(256L * 1024 * 1024)
            .maxNumberLength(100)
            .maxStringLength(1_000_000)
            .maxNameLength(1_000)
            .maxNestingDepth(64)
            .build();

    private OutsideJson() {
    }

    /**
     * Every {@code BigDecimal} a mapper binds (a record's or a map's amount), held to
     * {@link BoundedInput}'s bounds like a snapshot's amounts; a value past them fails the
     * reading as a {@code JsonMappingException} that names the field.
     */
    public static Module boundedAmounts() {
        return new SimpleModule("bounded-amounts").addDeserializer(BigDecimal.class, new NumberDeserializers.BigDecimalDeserializer() {
            @Override
            public BigDecimal deserialize(JsonParser p, DeserializationContext context) throws IOException {
                BigDecimal value = super.deserialize(p, context);
                return value == null ? null : BoundedInput.amount(value, p.currentName());
            }
        });
    }

    /** A mapper builder whose parser keeps to {@link #LIMITS}; add the features each reader needs. */
    public static JsonMapper.Builder mapper() {
        return JsonMapper.builder(JsonFactory.builder().streamReadConstraints(LIMITS).build());
    }
}
