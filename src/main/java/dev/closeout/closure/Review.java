package dev.closeout.closure;

import dev.closeout.exchange.AccountAction;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a person sees before something that moves money or cannot be undone, decided by
 * {@link Reviews} for every action alike. Fields that do not apply are null:
 * <ul>
 * <li>{@code subject}: the order, product or P2P id, the symbol, the sub-account's email, the key's label;</li>
 * <li>{@code amount}: what leaves or is acted on, with its {@code usdValue} where there is a price;</li>
 * <li>{@code fee}: what the exchange takes ({@code feeTypical}: its typical rate, its own answer has the last word);</li>
 * <li>{@code arrives}: what arrives at the address, in Spot, as USDT or BNB;</li>
 * <li>{@code givenUp}: forfeited rewards, the profit or loss that becomes real (signed), what goes to the lender or the buyer;</li>
 * <li>{@code destination}: where money leaves the exchange to.</li>
 * </ul>
 * {@code parts} lists what a conversion or a run of several actions does, each with what it gives and costs.
 */
public record Review(
        Kind kind,
        String subject,
        Amount amount,
        BigDecimal usdValue,
        Amount fee,
        boolean feeTypical,
        Amount arrives,
        Amount givenUp,
        Destination destination,
        List<Part> parts,
        Set<Notice> notices,
        boolean irreversible) {

    public Review {
        Objects.requireNonNull(kind, "kind");
        parts = List.copyOf(parts);
        notices = Set.copyOf(notices);
    }

    /** What is reviewed: each has its own title, question and confirm button. */
    public enum Kind {
        WITHDRAW, SELL, BUY, CONVERT_DUST, REPAY, CLOSE_POSITION, REDEEM_EARLY, CANCEL_P2P, RELEASE_P2P, CLOSE_SUB_ACCOUNT,
        DELETE_API_KEY, DISABLE, FREEZE, CLOSE_ACCOUNT
    }

    /** Something to know before saying yes, beyond the amounts. */
    public enum Notice {
        /** The receiving wallet must support the network: funds sent on another are typically lost. */
        NETWORK_MUST_MATCH,
        /** The other party of a P2P trade is told at once. */
        OTHER_PARTY_TOLD,
        /** Releasing the crypto completes the trade: only once the buyer's payment has arrived. */
        PAYMENT_FIRST,
        /** What the sub-account holds moves to this account's Spot wallet before it is closed. */
        FUNDS_MOVED_FIRST,
        /** Among the keys deleted is the one Closeout reads this account with: it will no longer be able to. */
        OWN_KEY,
        /** Open futures positions are closed at the market price first. */
        POSITIONS_CLOSED,
        /** Support unfreezes the account; until then nobody logs in or trades. */
        SUPPORT_UNFREEZES,
        /** The account's history has not been exported: once closed, the exchange cannot give it again. */
        HISTORY_NOT_EXPORTED,
        /** The account's history was exported (the part's subject says where). */
        HISTORY_EXPORTED
    }

    /** An amount of an asset. */
    public record Amount(BigDecimal amount, String asset) {

        public Amount {
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** Where money leaves the exchange to: the address, the network's name, and how long it typically takes. */
    public record Destination(String address, String network, Duration typicalTime) {

        public Destination {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(network, "network");
        }
    }

    /** One thing a conversion or a run does: its action, what it takes, its value, what it gives and costs (null where none). */
    public record Part(AccountAction action, Amount amount, BigDecimal usdValue, Amount gives, Amount costs) {
    }

    /** True when the review says this. */
    public boolean has(Notice notice) {
        return notices.contains(notice);
    }
}
