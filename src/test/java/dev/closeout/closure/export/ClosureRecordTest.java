package dev.closeout.closure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.closeout.Snapshots;
import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.Balance;
import dev.closeout.account.Wallet;
import dev.closeout.closure.ClosureService;
import dev.closeout.closure.Condition;
import dev.closeout.closure.ReportWording;
import dev.closeout.exchange.AccountAction;
import dev.closeout.exchange.ExchangeGateway;
import dev.closeout.exchange.LoggedAction;
import dev.closeout.exchange.VerificationMethod;
import dev.closeout.exchange.WebPage;
import dev.closeout.exchange.binance.BinanceCredentials;
import dev.closeout.exchange.binance.BinanceGateway;
import dev.closeout.exchange.binance.FakeBinance;
import dev.closeout.exchange.demo.DemoExchange;
import dev.closeout.exchange.demo.DemoSettings;
import dev.closeout.i18n.Messages;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The closure record written with every export: what it shows of the account, of what Closeout did and of the export, and how. */
class ClosureRecordTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:30:00Z");
    private static final Messages ENGLISH = Snapshots.ENGLISH;

    @TempDir
    Path temp;

    private DemoExchange demo;
    private ClosureService service;

    @BeforeEach
    void openTheDemo() throws Exception {
        demo = DemoExchange.open(temp.resolve("demo"), Clock.fixed(NOW, ZoneOffset.UTC), new SecureRandom(), DemoSettings.defaults());
        service = new ClosureService(demo);
    }

    private ExportResult export(ClosureService through, Messages language) throws Exception {
        return through.export(ExportRequest.everything(temp.resolve("exports"), language), p -> { }, () -> false);
    }

    private static String record(ExportResult result) throws Exception {
        return Files.readString(result.folder().resolve(HistoryExport.RECORD), StandardCharsets.UTF_8);
    }

    @Test
    void the_record_shows_every_wallet_and_every_condition_of_the_readiness_report_as_last_seen() throws Exception {
        String record = record(export(service, ENGLISH));
        ReportWording wording = new ReportWording(ENGLISH);

        for (Wallet wallet : Wallet.values()) {
            assertTrue(record.contains("<h3>" + Html.escape(wording.wallet(wallet)) + "</h3>"), wallet.name());
        }
        for (Condition condition : Condition.values()) {
            assertTrue(record.contains(Html.escape(wording.condition(condition))), condition.name());
        }
        AccountSnapshot seen = demo.snapshot();
        assertTrue(record.contains("<h1>" + Html.escape(ENGLISH.get("record.title", seen.profile().email(), "Demo exchange")) + "</h1>"));
        assertTrue(record.contains("Account " + seen.profile().accountId() + " (" + seen.profile().email() + "), as read on 2026-11-24 09:30:00 UTC."));
        assertTrue(record.contains("<p>Active, as read on 2026-11-24 09:30:00 UTC.</p>"), "the status when the record was written");
    }

    @Test
    void every_action_the_demos_audit_log_holds_is_listed_with_its_time_and_result() throws Exception {
        service.sendCode(VerificationMethod.EMAIL);
        service.run(service.checklist(f -> true, false).ticked(), attempt -> { });
        List<LoggedAction> logged = demo.actionLog().orElseThrow();
        String record = record(export(service, ENGLISH));

        assertTrue(logged.size() > 3, logged.toString());
        assertTrue(record.contains("From Demo exchange&#39;s own log of every action Closeout asked of the account."));
        for (LoggedAction action : logged) {
            String row = "<td>" + ENGLISH.moment(action.at()) + "</td><td>" + Html.escape(ENGLISH.get("record.action." + action.action()))
                    + "</td><td>" + Html.escape(action.inputs()) + "</td><td>" + Html.escape(new ReportWording(ENGLISH).outcome(action.result()))
                    + "</td>";
            assertTrue(record.contains(row), row);
        }
        assertTrue(record.contains("<td>Send a verification code</td><td>method: EMAIL</td>"), "what the action was given");
    }

    @Test
    void the_exports_files_are_listed_with_the_hashes_the_manifest_gives_them() throws Exception {
        ExportResult result = export(service, ENGLISH);
        String record = record(result);
        JsonNode manifest = JsonMapper.builder().build().readTree(result.folder().resolve(Manifest.FILE).toFile());

        int listed = 0;
        for (JsonNode file : manifest.required("files")) {
            String name = file.required("name").asText();
            if (!name.equals(HistoryExport.RECORD)) {
                assertTrue(record.contains("<td>" + name + "</td>"), name);
                assertTrue(record.contains("<td class=\"hash\">" + file.required("sha256").asText() + "</td>"), name);
                listed++;
            }
        }
        assertEquals(HistoryExport.files(ExportRequest.everything(temp, ENGLISH).formats()) - 3, listed,
                "every file written before the record; the manifest and the checksums list the record itself");
    }

    @Test
    void the_page_needs_nothing_from_anywhere_else_and_prints_as_it_is() throws Exception {
        String record = record(export(service, ENGLISH));

        assertTrue(record.startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"), record.substring(0, 80));
        assertTrue(record.contains("<style>") && record.contains("@media print{"), "its style inline, print included");
        for (String fetches : List.of("<script", "<link", "<img", "<iframe", "src=", "href=", "url(", "@import")) {
            assertFalse(record.contains(fetches), fetches);
        }
    }

    @Test
    void whatever_the_account_holds_is_escaped_so_no_value_becomes_markup() throws Exception {
        AccountSnapshot read = Snapshots.snapshot("""
                "profile": { "accountId": "<b>1</b>", "email": "a<script>alert(1)</script>@example.com", "status": "ACTIVE" }
                """);
        // The snapshot reader takes only plain symbols: an adapter's own snapshot need not have gone through it.
        AccountSnapshot hostile = new AccountSnapshot(read.schemaVersion(), read.source(), read.takenAt(), read.profile(), read.prices(),
                List.of(Balance.of(Wallet.SPOT, "<img onerror=x>", new BigDecimal("1.5"))), read.positions(), read.earn(),
                read.staking(), read.launchpool(), read.launchpad(), read.openOrders(), read.p2pOrders(), read.subAccounts(),
                read.pendingTransfers(), read.apiKeys(), read.recurringPlans(), read.walletTotals(), read.unknown());
        ExchangeGateway gateway = new ExchangeGateway() {
            @Override
            public String id() {
                return "demo";
            }

            @Override
            public AccountSnapshot snapshot() {
                return hostile;
            }
        };

        String record = record(export(new ClosureService(gateway), ENGLISH));

        assertTrue(record.contains("a&lt;script&gt;alert(1)&lt;/script&gt;@example.com"));
        assertTrue(record.contains("<td>&lt;img onerror=x&gt;</td><td class=\"n\">1.5</td>"));
        assertFalse(record.contains("<script>") || record.contains("<img ") || record.contains("<b>1"), "no value from the account as markup");
    }

    @Test
    void in_chinese_every_word_of_the_record_is_the_chinese_bundles() throws Exception {
        Messages chinese = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
        String record = record(export(service, chinese));

        assertTrue(record.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"), record.substring(0, 60));
        assertTrue(record.contains("<h2>" + chinese.get("record.actions") + "</h2>"));
        assertTrue(record.contains(chinese.get("record.action.seed")));
        for (String key : List.of("record.actions", "record.account", "record.files", "record.readiness", "record.status",
                "record.action.seed", "record.column.file", "record.wallet.empty")) {
            assertFalse(record.contains(ENGLISH.get(key)), "English left in the Chinese record: " + ENGLISH.get(key));
        }
        for (Wallet wallet : Wallet.values()) {
            assertTrue(record.contains(new ReportWording(chinese).wallet(wallet)), wallet.name());
        }
    }

    @Test
    void on_binance_the_record_lists_what_closeout_asked_this_run_and_what_it_leaves_to_binances_website() throws Exception {
        try (FakeBinance binance = FakeBinance.withSamples()) {
            binance.skewClock(Duration.between(Instant.now(), BinanceHistoryExportTest.BINANCE_NOW));
            binance.keyMayTrade();
            binance.route("DELETE", "/api/v3/order", (request, call) -> FakeBinance.Answer.ok("{\"status\": \"CANCELED\"}"));
            ClosureService onBinance = new ClosureService(BinanceGateway.open(BinanceCredentials.hmac(FakeBinance.API_KEY,
                    FakeBinance.SECRET), binance.hosts(), ENGLISH, binance.accountPace()));
            assertTrue(onBinance.perform(new AccountAction.CancelOrder("1")).accepted());

            String record = record(export(onBinance, ENGLISH));

            assertTrue(record.contains("What Closeout asked of Binance while it ran this time. Binance keeps its own record of the "
                    + "account on its website."));
            assertTrue(record.contains("<td>Cancel an order</td><td>orderId: 1</td><td>\u2713 "), "the action, what it was given, its answer");
            assertTrue(record.contains("<h2>Left to Binance&#39;s website</h2>"));
            assertTrue(record.contains("Closing the account itself<br><span class=\"hash\">"
                    + onBinance.pageFor(WebPage.Account.CLOSE).orElseThrow() + "</span>"));
            assertTrue(record.contains("https://www.binance.com/"), "a page for each blocker Closeout leaves to the website");
        }
    }
}
