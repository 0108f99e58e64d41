package dev.closeout.exchange;

import static dev.closeout.Snapshots.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.closeout.Snapshots;
import dev.closeout.account.AccountSnapshot;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What is written reads back as the same snapshot, amounts with their exact text. */
class SnapshotWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every example snapshot except the one that is meant not to read. */
    static List<Path> examples() throws Exception {
        try (Stream<Path> files = Files.list(Snapshots.EXAMPLES)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().endsWith(".expected.json"))
                    .filter(p -> !p.getFileName().toString().equals("bad-amount.json"))
                    .sorted()
                    .toList();
        }
    }

    private static AccountSnapshot read(Path file) throws Exception {
        return Snapshots.reader().read(Files.readString(file));
    }

    @Test
    void the_spec_has_four_readable_examples_to_round_trip() throws Exception {
        assertEquals(List.of("dust-only.json", "partial-view.json", "ready.json", "typical.json"),
                examples().stream().map(p -> p.getFileName().toString()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void an_example_read_written_and_read_again_is_the_same_snapshot(Path file) throws Exception {
        AccountSnapshot original = read(file);

        String written = new SnapshotWriter().write(original);

        assertEquals(original, Snapshots.reader().read(written));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void writing_a_written_snapshot_again_gives_the_same_text(Path file) throws Exception {
        String once = new SnapshotWriter().write(read(file));

        assertEquals(once, new SnapshotWriter().write(Snapshots.reader().read(once)));
    }

    @Test
    void a_snapshot_with_every_optional_field_filled_in_reads_back_the_same() throws Exception {
        AccountSnapshot full = snapshot("""
                "source": "demo",
                "profile": { "accountId": "51007733", "email": "maria.k@example.com", "phone": "+49 151 0000000",
                             "status": "FROZEN", "kycVerified": true, "vipLevel": 3, "referralCode": "MKX91",
                             "security": { "email": true, "sms": false, "authenticator": true } },
                "prices": { "BTC": "91250.00", "ETH": "3120.55" },
                "balances": [ { "wallet": "ISOLATED_MARGIN", "asset": "BTC", "free": "0.1", "locked": "0.02", "borrowed": "0.05",
                                "interest": "0.00001", "unrealizedPnl": "-1.5", "isolatedSymbol": "BTCUSDT" } ],
                "positions": [ { "wallet": "COINM_FUTURES", "symbol": "BTCUSD_PERP", "quantity": "-3", "entryPrice": "90000.1",
                                 "unrealizedPnl": "0.0004" } ],
                "earn": [ { "id": "l", "product": "LOCKED", "asset": "ETH", "amount": "0.8", "accruedRewards": "0.001",
                            "apr": "0.052", "subscribedOn": "2026-10-14", "maturesOn": "2027-01-12",
                            "earlyRedemption": "NOT_ALLOWED", "earlyRedemptionPenalty": "0.0041" } ],
                "staking": [ { "id": "s", "product": "LOCKED_STAKING", "asset": "DOT", "amount": "12", "releasesOn": "2026-12-24" } ],
                "launchpool": [ { "id": "lp", "project": "P", "asset": "BNB", "amount": "2", "endsOn": "2026-12-03", "redeemable": false } ],
                "launchpad": [ { "id": "ld", "project": "Q", "asset": "BNB", "amount": "3", "status": "DISTRIBUTING" } ],
                "openOrders": [ { "id": "o", "market": "OPTIONS", "symbol": "BTC-C", "type": "TRAILING_STOP_MARKET", "side": "BUY",
                                  "price": "1.5", "quantity": "2", "filled": "0.5", "createdAt": "2026-11-20T08:00:00Z" } ],
                "p2pOrders": [ { "id": "p", "side": "SELL", "asset": "USDT", "fiat": "EUR", "amount": "80", "status": "APPEALING",
                                 "createdAt": "2026-11-23T10:15:30.250Z" } ],
                "subAccounts": [ { "email": "sub@example.com", "status": "FROZEN", "createdAt": "2025-01-01T00:00:00Z" } ],
                "pendingTransfers": [ { "id": "t", "direction": "DEPOSIT", "asset": "USDT", "amount": "50", "network": "TRX",
                                        "status": "CONFIRMING" } ],
                "apiKeys": [ { "label": "tax-tool", "permissions": ["READ", "WITHDRAW"], "createdAt": "2024-05-05T05:05:05Z" } ],
                "recurringPlans": [ { "id": "ai", "kind": "RECURRING_BUY", "asset": "BTC", "amount": "25", "frequency": "DAILY",
                                      "active": false } ],
                "walletTotals": [ { "wallet": "EARN", "btcValue": "0.01", "itemized": true } ],
                "unknown": [ { "part": "pendingTransfers", "reason": "timeout" } ]
                """);

        assertEquals(full, Snapshots.reader().read(new SnapshotWriter().write(full)));
    }

    @Test
    void amounts_keep_their_exact_text_and_scale() throws Exception {
        JsonNode typical = JSON.readTree(new SnapshotWriter().write(read(Snapshots.EXAMPLES.resolve("typical.json"))));
        JsonNode ready = JSON.readTree(new SnapshotWriter().write(read(Snapshots.EXAMPLES.resolve("ready.json"))));

        assertEquals("120350.00", typical.at("/balances/1/free").textValue());
        assertEquals("0.01520000", typical.at("/balances/0/free").textValue());
        assertEquals("-12.40", typical.at("/balances/6/unrealizedPnl").textValue());
        assertEquals("91250.00", typical.at("/prices/BTC").textValue());
        assertEquals("0.0000094", typical.at("/prices/SHIB").textValue());
        assertEquals("1000.00", typical.at("/earn/0/amount").textValue());
        assertEquals("0.00000000", ready.at("/balances/0/free").textValue());
        assertEquals("0.00", ready.at("/balances/2/free").textValue());
        assertEquals("0.000", ready.at("/positions/0/quantity").textValue());
    }

    @Test
    void what_the_source_did_not_report_stays_absent() throws Exception {
        JsonNode typical = JSON.readTree(new SnapshotWriter().write(read(Snapshots.EXAMPLES.resolve("typical.json"))));

        assertTrue(typical.at("/balances/0").has("locked"));
        assertFalse(typical.at("/balances/0").has("borrowed"));
        assertFalse(typical.at("/balances/0").has("unrealizedPnl"));
        assertTrue(typical.at("/staking/0").path("releasesOn").isMissingNode(), "a null release date is left out");
    }

    @Test
    void prices_keep_the_producers_order() throws Exception {
        JsonNode typical = JSON.readTree(new SnapshotWriter().write(read(Snapshots.EXAMPLES.resolve("typical.json"))));

        List<String> order = new ArrayList<>();
        typical.get("prices").fieldNames().forEachRemaining(order::add);
        assertEquals(List.of("BTC", "ETH", "BNB", "USDT", "SHIB", "DOGE", "CAKE"), order);
    }

    @Test
    void amounts_written_with_an_exponent_are_written_back_as_plain_decimals() throws Exception {
        AccountSnapshot s = snapshot("""
                "balances": [ { "wallet": "SPOT", "asset": "BTC", "free": "1e-8", "locked": "0E-8" } ]
                """);

        JsonNode balance = JSON.readTree(new SnapshotWriter().write(s)).at("/balances/0");

        assertEquals("0.00000001", balance.get("free").textValue());
        assertEquals("0.00000000", balance.get("locked").textValue());
    }

    @Test
    void a_takenAt_with_an_offset_is_written_as_the_same_instant_in_UTC() throws Exception {
        AccountSnapshot s = snapshot("\"takenAt\": \"2026-11-24T23:30:00-05:00\"");

        String written = new SnapshotWriter().write(s);

        assertEquals("2026-11-25T04:30:00Z", JSON.readTree(written).get("takenAt").textValue());
        assertEquals(s, Snapshots.reader().read(written));
    }

    @Test
    void writing_to_a_stream_gives_the_same_text_as_writing_to_a_string() throws Exception {
        AccountSnapshot s = read(Snapshots.EXAMPLES.resolve("typical.json"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new SnapshotWriter().write(s, out);

        assertEquals(new SnapshotWriter().write(s), out.toString(StandardCharsets.UTF_8));
    }
}
