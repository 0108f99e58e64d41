package dev.closeout.exchange.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** An amount in Binance's answer, as a string or a JSON number, keeps to the bounds of every amount read. */
class BoundedAnswersTest {

    private static JsonNode answer(String json) throws Exception {
        return BinanceClient.JSON.readTree(json);
    }

    @Test
    void an_ordinary_amount_reads_exactly_as_a_string_or_a_number() throws Exception {
        assertEquals(new BigDecimal("0.00499500"), Json.decimal(answer("{\"free\": \"0.00499500\"}"), "free"));
        assertEquals(new BigDecimal("0.004995"), Json.decimal(answer("{\"free\": 0.004995}"), "free"));
    }

    @Test
    void an_absurd_amount_makes_the_answer_unreadable_naming_the_field() throws Exception {
        for (String json : new String[] {"{\"free\": \"1e999999999\"}", "{\"free\": 5e-40000000}", "{\"free\": \"" + "9".repeat(80) + "\"}"}) {
            OddAnswer e = assertThrows(OddAnswer.class, () -> Json.decimal(answer(json), "free"));
            assertEquals(OddAnswer.Kind.NOT_AN_AMOUNT, e.kind(), json);
            assertEquals(java.util.List.of("free"), e.args());
        }
    }
}
