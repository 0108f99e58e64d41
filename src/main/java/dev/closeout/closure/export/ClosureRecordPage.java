package dev.closeout.closure.export;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.AccountStatus;
import dev.closeout.account.Balance;
import dev.closeout.account.EarnPosition;
import dev.closeout.account.Position;
import dev.closeout.account.StakingPosition;
import dev.closeout.account.Wallet;
import dev.closeout.account.WalletTotal;
import dev.closeout.closure.ConditionResult;
import dev.closeout.closure.Finding;
import dev.closeout.closure.ReportWording;
import dev.closeout.exchange.ClosureProgress;
import dev.closeout.exchange.LoggedAction;
import dev.closeout.i18n.Messages;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * A closure record as one HTML page that needs nothing else: its style inline, no script, no
 * image, no font or link to fetch, so that it opens in any browser years from now and prints to
 * PDF as it is. Every word is the user's language's, from the bundle; every value from the
 * account or the exchange is escaped.
 */
final class ClosureRecordPage {

    /** The style, print included: tables that break between rows, not inside them. */
    private static final String STYLE = "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;color:#1f2328;max-width:60rem;"
            + "margin:2rem auto;padding:0 1rem;line-height:1.45}h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;"
            + "border-bottom:1px solid #d0d7de;padding-bottom:.2rem;margin-top:2rem}h3{font-size:1rem;margin-bottom:.3rem}"
            + "table{border-collapse:collapse;width:100%;margin:.3rem 0 1rem}th,td{border:1px solid #d0d7de;padding:.25rem .5rem;"
            + "text-align:left;vertical-align:top}th{background:#f6f8fa}td.n{text-align:right;font-variant-numeric:tabular-nums}"
            + ".muted{color:#59636e}.hash{font-family:ui-monospace,monospace;font-size:.8rem;word-break:break-all}"
            + ".met{color:#1a7f37}.unmet{color:#cf222e}"
            + "@media print{body{margin:0;max-width:none;font-size:10pt}h2{break-after:avoid}tr{break-inside:avoid}}";

    private final Messages messages;
    private final ReportWording wording;
    private final Html page = new Html();

    private ClosureRecordPage(Messages messages) {
        this.messages = messages;
        this.wording = new ReportWording(messages);
    }

    static byte[] html(ClosureRecord record, Messages messages) {
        return new ClosureRecordPage(messages).render(record).getBytes(StandardCharsets.UTF_8);
    }

    private String render(ClosureRecord record) {
        AccountSnapshot snapshot = record.snapshot();
        String exchange = messages.get("exchange." + record.exchangeId());
        String title = messages.get("record.title", snapshot.profile().email(), exchange);
        page.tag("<!DOCTYPE html>\n<html lang=\"").text(messages.locale().toLanguageTag()).tag("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .element("title", title).tag("\n<style>" + STYLE + "</style>\n</head>\n<body>\n")
                .element("h1", title)
                .element("p class=\"muted\"", messages.get("record.written", messages.moment(record.writtenAt())));
        status(record);
        account(snapshot);
        readiness(record);
        actions(record, exchange);
        website(record, exchange);
        files(record);
        return page.tag("</body>\n</html>\n").toString();
    }

    private void status(ClosureRecord record) {
        page.element("h2", messages.get("record.status"));
        AccountStatus now = record.snapshot().profile().status();
        ClosureProgress progress = record.progress().orElse(null);
        if (progress != null && progress.status() == AccountStatus.CLOSED) {
            page.element("p", messages.get("record.status.closed", messages.moment(progress.completesAt()),
                    String.valueOf(progress.dataPurgedOn())));
        } else if (progress != null) {
            page.element("p", messages.get("record.status.closing", messages.moment(progress.requestedAt()),
                    messages.moment(progress.completesAt())));
        } else {
            page.element("p", messages.get("record.status.now", messages.get("ui.status." + now.name()),
                    messages.moment(record.snapshot().takenAt())));
        }
    }

    private void account(AccountSnapshot snapshot) {
        page.element("h2", messages.get("record.account"))
                .element("p", messages.get("record.account.seen", snapshot.profile().accountId(), snapshot.profile().email(),
                        messages.moment(snapshot.takenAt())));
        for (Wallet wallet : Wallet.values()) {
            page.element("h3", wording.wallet(wallet));
            snapshot.walletTotals().stream().filter(t -> t.wallet() == wallet).findFirst().map(WalletTotal::btcValue)
                    .ifPresent(btc -> page.element("p class=\"muted\"", messages.get("record.wallet.total", btc.toPlainString())));
            List<Balance> balances = snapshot.balances().stream().filter(b -> b.wallet() == wallet).toList();
            List<Position> positions = snapshot.positions().stream().filter(p -> p.wallet() == wallet).toList();
            boolean earn = wallet == Wallet.EARN && (!snapshot.earn().isEmpty() || !snapshot.staking().isEmpty());
            if (balances.isEmpty() && positions.isEmpty() && !earn) {
                page.element("p", messages.get("record.wallet.empty"));
                continue;
            }
            if (!balances.isEmpty()) {
                header(messages.get("record.column.asset"), messages.get("record.column.free"), messages.get("record.column.locked"),
                        messages.get("record.column.owed"));
                balances.forEach(b -> row(b.asset(), b.free(), b.locked(), b.owed().signum() == 0 ? null : b.owed()));
                page.tag("</table>\n");
            }
            if (!positions.isEmpty()) {
                header(messages.get("record.column.position"), messages.get("record.column.quantity"));
                positions.forEach(p -> row(p.symbol(), p.quantity()));
                page.tag("</table>\n");
            }
            if (earn) {
                earnAndStaking(snapshot);
            }
        }
    }

    private void earnAndStaking(AccountSnapshot snapshot) {
        header(messages.get("record.column.product"), messages.get("record.column.asset"), messages.get("record.column.amount"));
        for (EarnPosition e : snapshot.earn()) {
            page.tag("<tr>").element("td", messages.get("ui.dashboard.product." + e.product().name())).element("td", e.asset())
                    .element("td class=\"n\"", e.amount().toPlainString()).tag("</tr>\n");
        }
        for (StakingPosition s : snapshot.staking()) {
            page.tag("<tr>").element("td", messages.get("ui.dashboard.product." + s.product().name())).element("td", s.asset())
                    .element("td class=\"n\"", s.amount().toPlainString()).tag("</tr>\n");
        }
        page.tag("</table>\n");
    }

    private void readiness(ClosureRecord record) {
        LocalDate today = ReportWording.dayOf(record.report());
        page.element("h2", messages.get("record.readiness")).element("p class=\"muted\"", messages.get("check.typical"));
        for (ConditionResult result : record.report().conditions()) {
            String name = wording.condition(result.condition());
            page.element(result.met() ? "p class=\"met\"" : "p class=\"unmet\"", result.met()
                    ? messages.get("check.condition.met", name) : messages.get("check.condition.unmet", name, result.findings().size()));
            if (!result.findings().isEmpty()) {
                page.tag("<ul>\n");
                for (Finding f : result.findings()) {
                    page.element("li", wording.item(f) + " \u2014 " + wording.fix(f, today)).tag("\n");
                }
                page.tag("</ul>\n");
            }
        }
        page.element("p", record.report().eligible() ? messages.get("check.eligible")
                : messages.get("check.blockers", record.report().blockers().size(), wording.usd(record.report().usdValueHeld())));
    }

    private void actions(ClosureRecord record, String exchange) {
        page.element("h2", messages.get("record.actions")).element("p class=\"muted\"",
                messages.get(record.actions().exchangeLog() ? "record.actions.exchangeLog" : "record.actions.thisRun", exchange));
        if (record.actions().taken().isEmpty()) {
            page.element("p", messages.get("record.actions.none"));
            return;
        }
        header(messages.get("record.column.time"), messages.get("record.column.action"), messages.get("record.column.given"),
                messages.get("record.column.result"));
        for (LoggedAction action : record.actions().taken()) {
            String key = "record.action." + action.action();
            String name = messages.has(key) ? messages.get("record.action." + action.action()) : action.action();
            String result = messages.has(action.result().messageKey()) ? wording.outcome(action.result())
                    : action.result().outcome().name() + " " + action.result().messageKey();
            page.tag("<tr>").element("td", messages.moment(action.at())).element("td", name).element("td", action.inputs())
                    .element("td", result).tag("</tr>\n");
        }
        page.tag("</table>\n");
    }

    private void website(ClosureRecord record, String exchange) {
        if (record.website().isEmpty() && record.closurePage().isEmpty()) {
            return;
        }
        page.element("h2", messages.get("record.website", exchange))
                .element("p class=\"muted\"", messages.get("record.website.text", exchange));
        page.tag("<ul>\n");
        LocalDate today = ReportWording.dayOf(record.report());
        for (ClosureRecord.Handover handover : record.website()) {
            page.tag("<li>").text(wording.item(handover.finding()) + " \u2014 " + wording.fix(handover.finding(), today))
                    .tag("<br><span class=\"hash\">").text(handover.page().toString()).tag("</span></li>\n");
        }
        record.closurePage().ifPresent(closing -> page.tag("<li>").text(messages.get("record.website.close", exchange))
                .tag("<br><span class=\"hash\">").text(closing.toString()).tag("</span></li>\n"));
        page.tag("</ul>\n");
    }

    private void files(ClosureRecord record) {
        page.element("h2", messages.get("record.files"));
        record.exportFolder().ifPresent(folder -> page.element("p", messages.get("record.files.folder", folder.toString())));
        header(messages.get("record.column.file"), messages.get("record.column.records"), messages.get("record.column.bytes"),
                messages.get("record.column.sha256"));
        for (ExportedFile file : record.files()) {
            page.tag("<tr>").element("td", file.name())
                    .element("td class=\"n\"", file.records() == null ? "" : messages.get("record.count", file.records()))
                    .element("td class=\"n\"", messages.get("record.count", file.bytes()))
                    .element("td class=\"hash\"", file.sha256()).tag("</tr>\n");
        }
        page.tag("</table>\n").element("p class=\"muted\"", messages.get("record.files.verify"));
    }

    private void header(String... columns) {
        page.tag("<table>\n<tr>");
        for (String column : columns) {
            page.element("th", column);
        }
        page.tag("</tr>\n");
    }

    /** A row: the first cell text, the others amounts (empty where absent). */
    private void row(String first, BigDecimal... amounts) {
        page.tag("<tr>").element("td", first);
        for (BigDecimal amount : amounts) {
            page.element("td class=\"n\"", amount == null ? "" : amount.toPlainString());
        }
        page.tag("</tr>\n");
    }
}
