package dev.closeout.ui.account;

import dev.closeout.closure.ReportWording;
import dev.closeout.closure.Review;
import dev.closeout.closure.Review.Amount;
import dev.closeout.closure.Review.Kind;
import dev.closeout.closure.Review.Notice;
import dev.closeout.closure.Review.Part;
import dev.closeout.exchange.AccountAction;
import dev.closeout.i18n.Messages;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Review} in a person's words, wherever it is shown: its title, its one question, its
 * lines (amounts in the person's locale, the address in groups of four), and the confirm button.
 */
public final class ReviewWording {

    /** One line of a review: what it is and its value; how it is shown. */
    public record Row(String label, String value, Style style) {
    }

    /** An address is shown in a fixed-width font; a warning and "cannot be undone" stand out. */
    public enum Style { PLAIN, ADDRESS, WARNING, DANGER }

    private final Messages messages;
    private final ReportWording wording;
    private final ActionWording actions;

    public ReviewWording(Messages messages) {
        this.messages = messages;
        this.wording = new ReportWording(messages);
        this.actions = new ActionWording(messages);
    }

    /** What follows "review.KIND" in each kind's own keys. */
    private static final String TITLE = ".title";
    private static final String QUESTION = ".question";
    private static final String CONFIRM = ".confirm";

    public String title(Review r) {
        return messages.get("review." + r.kind().name() + TITLE, subject(r));
    }

    public String confirmLabel(Review r) {
        return messages.get("review." + r.kind().name() + CONFIRM);
    }

    /** The question the review asks, in one sentence. */
    public String question(Review r) {
        String amount = r.amount() == null ? "" : wording.amount(r.amount().amount().abs());
        String asset = r.amount() == null ? "" : r.amount().asset();
        String given = r.givenUp() == null ? "" : wording.amount(r.givenUp().amount());
        return messages.get("review." + r.kind().name() + QUESTION, amount, asset, subject(r),
                r.destination() == null ? "" : r.destination().network(), r.usdValue() == null ? "?" : wording.usd(r.usdValue()), given,
                r.parts().size());
    }

    private String subject(Review r) {
        if (r.kind() == Kind.REPAY) {
            return wording.wallet(dev.closeout.account.Wallet.valueOf(r.subject()));
        }
        if (r.kind() == Kind.CLOSE_POSITION && r.amount() == null) {
            return wording.wallet(dev.closeout.account.Wallet.valueOf(r.subject()));
        }
        return r.subject() == null ? (r.amount() == null ? "" : r.amount().asset()) : r.subject();
    }

    /** Every line of the review, in the order it is read. */
    public List<Row> rows(Review r) {
        List<Row> rows = new ArrayList<>();
        if (r.amount() != null) {
            rows.add(plain(messages.get(r.kind() == Kind.CLOSE_POSITION ? "review.label.position" : "review.label.amount"), coin(r.amount())));
        }
        if (r.usdValue() != null) {
            rows.add(plain(messages.get(r.kind() == Kind.CLOSE_ACCOUNT ? "review.label.held" : "review.label.value"),
                    messages.get("review.usd", wording.usd(r.usdValue()))));
        }
        if (r.fee() != null) {
            rows.add(plain(messages.get("review.label.fee"), r.feeTypical() ? messages.get("review.feeTypical", about(r.fee())) : coin(r.fee())));
        }
        if (r.arrives() != null) {
            rows.add(plain(arrivesLabel(r.kind()), r.feeTypical() ? messages.get("review.about", about(r.arrives())) : coin(r.arrives())));
        }
        if (r.givenUp() != null) {
            // Only a profit or loss has a sign: rewards forfeited or what goes to the lender are amounts.
            String given = r.kind() == Kind.CLOSE_POSITION ? signed(r.givenUp()) : coin(r.givenUp());
            rows.add(new Row(givenUpLabel(r.kind()), given, r.givenUp().amount().signum() < 0 ? Style.WARNING : Style.PLAIN));
        }
        if (r.destination() != null) {
            rows.add(new Row(messages.get("review.label.to"), grouped(r.destination().address()), Style.ADDRESS));
            rows.add(plain(messages.get("review.label.network"), r.destination().network()));
            if (r.destination().typicalTime() != null) {
                rows.add(plain(messages.get("review.label.time"), messages.get("review.minutes", r.destination().typicalTime().toMinutes())));
            }
        }
        for (Part part : r.parts()) {
            // The last summary's parts are the withdrawals: the first one says so; a list elsewhere is bulleted.
            String label = r.kind() == Kind.CLOSE_ACCOUNT ? (part == r.parts().get(0) ? messages.get("review.label.sent") : "") : "\u2022";
            rows.add(new Row(label, part(r.kind(), part), Style.PLAIN));
        }
        if (r.kind() == Kind.CLOSE_ACCOUNT) {
            if (r.parts().isEmpty()) {
                rows.add(plain(messages.get("review.label.sent"), messages.get("review.CLOSE_ACCOUNT.noneSent")));
            }
            rows.add(plain(messages.get("review.label.lost"), messages.get("review.CLOSE_ACCOUNT.lost")));
        }
        for (Notice notice : Notice.values()) {
            if (r.has(notice)) {
                rows.add(new Row("", messages.get("review.notice." + notice.name(),
                        r.destination() == null ? r.subject() : r.destination().network()), Style.WARNING));
            }
        }
        if (r.irreversible()) {
            rows.add(new Row("", messages.get("review.cannotUndo"), Style.DANGER));
        }
        return rows;
    }

    /**
     * The review in one line, for a list of what will run: a conversion of one asset as what it gives and costs; anything
     * else as its amounts and warnings, label by label.
     */
    public String summary(Review r) {
        if (r.kind() == Kind.CONVERT_DUST && r.parts().size() == 1) {
            return part(r.kind(), r.parts().get(0));
        }
        return String.join(" \u00b7 ", rows(r).stream().filter(row -> row.style() == Style.PLAIN || row.style() == Style.WARNING)
                .filter(row -> !row.label().equals("\u2022"))
                .map(row -> row.label().isEmpty() ? row.value() : row.label() + " " + row.value()).toList());
    }

    private String part(Kind kind, Part part) {
        if (kind == Kind.CONVERT_DUST && part.amount() != null) {
            String held = messages.get("review.part.held", coin(part.amount()), wording.usd(part.usdValue()));
            return part.gives() == null ? held : messages.get("review.part.dust", held, about(part.gives()), about(part.costs()));
        }
        if (part.action() instanceof AccountAction.ClosePosition && part.gives() != null) {
            return messages.get("review.part.realised", actions.line(part.action()), signed(part.gives()));
        }
        if (part.action() instanceof AccountAction.Withdraw w) {
            return messages.get("review.part.sent", coin(part.amount()), grouped(w.address()), w.network());
        }
        return actions.line(part.action());
    }

    private String arrivesLabel(Kind kind) {
        return switch (kind) {
            case WITHDRAW -> messages.get("review.label.arrives");
            case REDEEM_EARLY -> messages.get("review.label.backInSpot");
            case CANCEL_P2P -> messages.get("review.label.backInFunding");
            default -> messages.get("review.label.receive");
        };
    }

    private String givenUpLabel(Kind kind) {
        return switch (kind) {
            case REDEEM_EARLY -> messages.get("review.label.forfeited");
            case CLOSE_POSITION -> messages.get("review.label.realised");
            case RELEASE_P2P -> messages.get("review.label.toBuyer");
            default -> messages.get("review.label.toLender");
        };
    }

    private static Row plain(String label, String value) {
        return new Row(label, value, Style.PLAIN);
    }

    /** "20 USDT", grouped in the person's locale. */
    public String coin(Amount a) {
        return wording.amount(a.amount()) + (a.asset() == null ? "" : " " + a.asset());
    }

    /** An estimate, to four significant digits: a typical fee is no exact amount ("about 0.39 USDT", not 0.39006875). */
    private String about(Amount a) {
        return coin(new Amount(a.amount().round(new MathContext(4, RoundingMode.HALF_UP)), a.asset()));
    }

    /** A profit or loss with its sign: "+3.2 USDT", "-12.4 USDT". */
    private String signed(Amount a) {
        return (a.amount().signum() > 0 ? "+" : "") + coin(a);
    }

    /** An address in groups of four characters, so that it can be compared group by group; it never wraps inside a group. */
    public static String grouped(String address) {
        StringBuilder out = new StringBuilder(address.length() + address.length() / 4);
        for (int i = 0; i < address.length(); i += 4) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(address, i, Math.min(address.length(), i + 4));
        }
        return out.toString();
    }
}
