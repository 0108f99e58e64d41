package dev.closeout.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.closeout.account.BoundedInput;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written checks accept exactly what the schema's patterns accept. */
class NodeTest {

    private static final Pattern SCHEMA_DECIMAL = Pattern.compile("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?$");
    private static final Pattern SCHEMA_ASSET = Pattern.compile("^[A-Z0-9]{1,20}$");

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00000000", "-0.0", "0E-8", ".0", "1e-8", "+5", "5.", "-.5", "1E+3", "12.34e5",
            "", "+", "-", ".", "e5", "1e", "1e+", "1.2.3", "--1", "1 ", " 1", "0x10", "NaN", "Infinity", "1,5", "١٢", "1e5.0",
            "+.e1", "5.e-2", "..5"})
    void a_decimal_is_accepted_exactly_when_the_schema_accepts_it(String text) {
        assertEquals(SCHEMA_DECIMAL.matcher(text).matches(), BoundedInput.isDecimal(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"BTC", "1INCH", "A", "ABCDEFGHIJKLMNOPQRST", "ABCDEFGHIJKLMNOPQRSTU", "", "btc", "BT C", "BTC-USD", "ÄBC"})
    void an_asset_symbol_is_accepted_exactly_when_the_schema_accepts_it(String text) {
        assertEquals(SCHEMA_ASSET.matcher(text).matches(), Node.isAsset(text), text);
    }

    @Test
    void every_short_string_of_decimal_characters_is_judged_as_the_schema_judges_it() {
        char[] alphabet = {'0', '5', '.', '-', '+', 'e', 'E'};
        int checked = 0;
        for (int length = 1; length <= 5; length++) {
            int[] index = new int[length];
            while (true) {
                StringBuilder text = new StringBuilder();
                for (int i : index) {
                    text.append(alphabet[i]);
                }
                assertEquals(SCHEMA_DECIMAL.matcher(text).matches(), BoundedInput.isDecimal(text.toString()), text.toString());
                checked++;
                int position = length - 1;
                while (position >= 0 && ++index[position] == alphabet.length) {
                    index[position--] = 0;
                }
                if (position < 0) {
                    break;
                }
            }
        }
        assertEquals(7 + 49 + 343 + 2401 + 16807, checked);
    }
}
