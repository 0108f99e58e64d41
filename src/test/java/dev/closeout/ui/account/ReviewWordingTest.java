package dev.closeout.ui.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.Snapshots;
import dev.closeout.closure.Review;
import dev.closeout.closure.Reviews;
import dev.closeout.exchange.AccountAction;
import dev.closeout.exchange.WithdrawalNetwork;
import dev.closeout.i18n.Messages;
import dev.closeout.ui.account.ReviewWording.Row;
import dev.closeout.ui.account.ReviewWording.Style;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A review in words: amounts in the person's locale, the address in groups of four, what cannot be undone said last. */
class ReviewWordingTest {

    private static final String ADDRESS = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq";
    private static final WithdrawalNetwork BITCOIN = new WithdrawalNetwork("BTC", "BTC", "Bitcoin", new BigDecimal("0.0002"),
            new BigDecimal("0.00003"), Duration.ofMinutes(40));

    private static Review withdrawal(String amount) {
        return new Reviews(Snapshots.typical()).of(new AccountAction.Withdraw("BTC", "BTC", ADDRESS, new BigDecimal(amount)),
                Optional.of(BITCOIN)).orElseThrow();
    }

    private static String value(List<Row> rows, String label) {
        return rows.stream().filter(r -> r.label().equals(label)).findFirst().map(Row::value)
                .orElseThrow(() -> new AssertionError("no " + label + " in " + rows));
    }

    @Test
    void an_address_is_shown_in_groups_of_four_so_it_never_breaks_inside_a_group() {
        assertEquals("bc1q ar0s rrr7 xfkv y5l6 43ly dnw9 re59 gtzz wf5m dq", ReviewWording.grouped(ADDRESS));
        assertEquals("TR7N", ReviewWording.grouped("TR7N"));
    }

    @Test
    void a_withdrawal_reads_amount_value_fee_what_arrives_address_network_and_that_it_cannot_be_undone() {
        ReviewWording wording = new ReviewWording(Messages.forLocale(Locale.ENGLISH));
        List<Row> rows = wording.rows(withdrawal("0.0152"));

        assertEquals("Withdraw 0.0152 BTC on Bitcoin?", wording.question(withdrawal("0.0152")));
        assertEquals("0.0152 BTC", value(rows, "Amount"));
        assertEquals("\u2248 1,387.00 USD", value(rows, "Worth"));
        assertEquals("0.00003 BTC", value(rows, "Fee"));
        assertEquals("0.01517 BTC", value(rows, "Arrives at the address"));
        assertEquals("bc1q ar0s rrr7 xfkv y5l6 43ly dnw9 re59 gtzz wf5m dq", value(rows, "To"));
        assertEquals(Style.ADDRESS, rows.stream().filter(r -> r.label().equals("To")).findFirst().orElseThrow().style());
        assertEquals("Bitcoin", value(rows, "Network"));
        assertTrue(rows.stream().anyMatch(r -> r.style() == Style.WARNING && r.value().startsWith("The receiving wallet must support Bitcoin")),
                rows::toString);
        Row last = rows.get(rows.size() - 1);
        assertEquals(new Row("", "This cannot be undone.", Style.DANGER), last);
        assertEquals("Withdraw", wording.confirmLabel(withdrawal("0.0152")));
    }

    @Test
    void amounts_are_written_in_the_persons_locale_with_every_decimal_they_have() {
        ReviewWording german = new ReviewWording(Messages.forLocale(Locale.GERMANY));
        ReviewWording chinese = new ReviewWording(Messages.forLocale(Locale.SIMPLIFIED_CHINESE));

        assertEquals("1.234,56789 BTC", german.coin(new Review.Amount(new BigDecimal("1234.567890"), "BTC")));
        assertEquals("1,234.56789 BTC", chinese.coin(new Review.Amount(new BigDecimal("1234.567890"), "BTC")));
        assertEquals("\u901a\u8fc7 Bitcoin \u63d0\u73b0 0.0152 BTC\uff1f", chinese.question(withdrawal("0.0152")));
    }
}
