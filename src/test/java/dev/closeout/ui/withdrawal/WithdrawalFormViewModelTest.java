package dev.closeout.ui.withdrawal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.closure.Review;
import dev.closeout.exchange.AccountAction;
import dev.closeout.ui.DemoUi;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The withdrawal form on the seeded demo account, without a toolkit: what is typed, what it is worth, and when it can be sent. */
class WithdrawalFormViewModelTest {

    private static final String TRON_ADDRESS = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t";
    private static final String EVM_ADDRESS = "0xdAC17F958D2ee523a2206206994597C13D831ec7";

    @TempDir
    Path dataDir;

    DemoUi ui;

    @BeforeEach
    void openTheSeededAccount() throws Exception {
        ui = new DemoUi(dataDir);
        ui.account.refresh();
    }

    /** A form for 250 free USDT, on the network the person chose. */
    private WithdrawalFormViewModel usdt(String amount) throws Exception {
        WithdrawalFormViewModel form = new WithdrawalFormViewModel(ui.account, "USDT", ui.service.withdrawalNetworks("USDT"),
                new BigDecimal("250"));
        form.amountTextProperty().set(amount);
        form.networkProperty().set(form.networks().stream().filter(n -> n.network().equals("BSC")).findFirst().orElseThrow());
        return form;
    }

    @Test
    void no_network_is_chosen_for_the_person_and_nothing_is_sent_until_one_is() throws Exception {
        WithdrawalFormViewModel form = new WithdrawalFormViewModel(ui.account, "USDT", ui.service.withdrawalNetworks("USDT"),
                new BigDecimal("250"));
        form.addressProperty().set(EVM_ADDRESS);

        assertNull(form.networkProperty().get(), "no network is pre-selected");
        assertEquals("Choose the network your receiving wallet supports: no network is chosen for you.", form.feeProperty().get());
        assertEquals("", form.networkWarningProperty().get());
        assertFalse(form.canSendProperty().get());
        assertEquals(List.of("TRX", "ETH", "BSC"), form.networks().stream().map(n -> n.network()).toList(), "the exchange's order");

        form.networkProperty().set(form.networks().get(2));
        assertEquals("Fee 0.29 USDT \u00b7 minimum 10 USDT \u00b7 249.71 USDT arrives", form.feeProperty().get());
        assertEquals("The receiving wallet must support BNB Smart Chain (BEP20): funds sent on another network are typically lost.",
                form.networkWarningProperty().get());
        assertTrue(form.canSendProperty().get());
    }

    @Test
    void the_amount_is_read_in_the_persons_way_of_writing_numbers_and_never_above_what_is_free() throws Exception {
        WithdrawalFormViewModel form = usdt("250");
        form.addressProperty().set(EVM_ADDRESS);

        form.amountTextProperty().set("1,000.5");
        assertEquals(new BigDecimal("1000.5"), form.amount(), "grouped as English writes it");
        assertEquals("More than the 250 USDT free to withdraw (Spot and Funding together).", form.feeProperty().get());
        assertFalse(form.canSendProperty().get());

        form.max();
        assertEquals("250", form.amountTextProperty().get());
        assertTrue(form.canSendProperty().get());
    }

    @Test
    void an_address_of_another_network_is_refused_as_it_is_typed_and_the_right_one_lets_the_form_send() throws Exception {
        WithdrawalFormViewModel form = usdt("250");

        form.addressProperty().set(TRON_ADDRESS);
        assertEquals("\u2717 This address belongs to another network, not BNB Smart Chain (BEP20).", form.addressCheckProperty().get());
        assertFalse(form.canSendProperty().get());

        form.addressProperty().set(" " + EVM_ADDRESS + " ");
        assertEquals("\u2713 A valid BNB Smart Chain (BEP20) address", form.addressCheckProperty().get());
        assertTrue(form.canSendProperty().get());
        assertEquals(new AccountAction.Withdraw("USDT", "BSC", EVM_ADDRESS, new BigDecimal("250")), form.withdrawal());
    }

    @Test
    void a_typed_amount_that_is_no_amount_or_under_the_minimum_says_so_and_cannot_be_sent() throws Exception {
        WithdrawalFormViewModel form = usdt("250");
        form.addressProperty().set(EVM_ADDRESS);

        form.amountTextProperty().set("1,5");
        assertNull(form.amount());
        assertEquals("Enter an amount above zero.", form.feeProperty().get());
        assertFalse(form.canSendProperty().get());

        form.amountTextProperty().set("9.99");
        assertEquals("Under the 10 USDT minimum on BNB Smart Chain (BEP20): choose another network.", form.feeProperty().get());
        assertFalse(form.canSendProperty().get());

        form.amountTextProperty().set("12.5");
        assertTrue(form.canSendProperty().get());
        Review review = form.review();
        assertEquals(new Review.Amount(new BigDecimal("12.5"), "USDT"), review.amount());
        assertEquals(new Review.Amount(new BigDecimal("0.29"), "USDT"), review.fee());
        assertEquals(new Review.Amount(new BigDecimal("12.21"), "USDT"), review.arrives());
        assertEquals(new Review.Destination(EVM_ADDRESS, "BNB Smart Chain (BEP20)", Duration.ofMinutes(2)), review.destination());
        assertTrue(review.has(Review.Notice.NETWORK_MUST_MATCH), "the receiving wallet must support the network");
        assertTrue(review.irreversible());
    }

    @Test
    void an_asset_no_network_takes_says_so_and_has_nothing_to_send() {
        WithdrawalFormViewModel form = new WithdrawalFormViewModel(ui.account, "SHIB", List.of(), new BigDecimal("120350"));

        assertNull(form.networkProperty().get());
        assertEquals("SHIB cannot be withdrawn here: sell it or convert it instead.", form.feeProperty().get());
        form.addressProperty().set(EVM_ADDRESS);
        assertFalse(form.canSendProperty().get());
    }
}
