package dev.closeout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.closeout.Main;
import dev.closeout.Snapshots;
import dev.closeout.exchange.binance.FakeBinance;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code closeout check --binance} and {@code closeout snapshot --binance} against a local Binance
 * serving the documented samples, wired as {@code Main} wires them, the key read from the environment.
 */
class BinanceCommandTest {

    @TempDir
    Path folder;

    private FakeBinance binance;
    private final Map<String, String> environment = new HashMap<>();
    private ByteArrayOutputStream stdout;
    private ByteArrayOutputStream stderr;

    @BeforeEach
    void startBinance() {
        binance = FakeBinance.withSamples();
        environment.put("BINANCE_API_KEY", FakeBinance.API_KEY);
        environment.put("BINANCE_API_SECRET", FakeBinance.SECRET);
        environment.put("CLOSEOUT_BINANCE_BASE_URL", binance.baseUrl());
    }

    @AfterEach
    void stop() {
        binance.close();
    }

    private int run(String... args) {
        stdout = new ByteArrayOutputStream();
        stderr = new ByteArrayOutputStream();
        return new CloseoutCommand(new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8),
                Snapshots.ENGLISH, Main.exchanges(Snapshots.ENGLISH), folder, environment::get).run(List.of(args));
    }

    private String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    private List<String> marks() {
        return out().lines().filter(l -> l.startsWith("✓ ") || l.startsWith("✗ ")).toList();
    }

    private static final List<String> SAMPLE_ACCOUNT = List.of(
            "✗ Every wallet at zero, dust included (19 items)",
            "✗ No open orders or running bots (9 items)",
            "✗ No active Earn or staking (6 items)",
            "✓ No open P2P orders",
            "✗ No open sub-accounts (2 items)",
            "✗ No deposits or withdrawals in flight (1 item)",
            "✓ Account active, not frozen or closing");

    @Test
    void checking_the_account_built_from_the_samples_reports_each_condition_and_exits_1() {
        int exit = run("check", "--binance");

        assertEquals(1, exit, err());
        assertEquals("", err());
        assertTrue(out().startsWith("Closure readiness of UID 354937868, as of "), out());
        assertEquals(SAMPLE_ACCOUNT, marks());
        assertTrue(out().lines().toList().contains("    LIMIT order for 1 in Spot — Cancel order 1 LTCBTC"), out());
        assertTrue(out().lines().toList().contains("    10.52 BNB in Spot (≈ 6,522.40 USD) — Withdraw or sell"), out());
        List<String> lines = out().lines().toList();
        for (String line : List.of("    BTC-200730-9000-C position of -0.1 in Options — Close the position",
                "    LIMIT order for 1 in Options — Cancel order options-4611875134427365377 BTC-200730-9000-C",
                "    LIMIT order for 10 in Spot — Cancel order convert-1150901289839 BNBUSDT",
                "    Locked Earn dual-investment-10160533: 0.50 USDT, matures 2024-02-20 (≈ 0.50 USD) — Redeem")) {
            assertTrue(lines.contains(line), line + " in\n" + out());
        }
        assertTrue(out().contains("On-chain Yields holds about 0.01067982 BTC (77.13289230 USDT)"), out());
    }

    @Test
    void an_account_with_nothing_left_is_ready_and_exits_0() {
        binance.emptyAccount();

        assertEquals(0, run("check", "--binance"), out() + err());
    }

    @Test
    void never_ready_while_an_appeal_is_older_than_30_days_a_list_is_missing_or_a_wallet_total_is_not_covered() {
        binance.emptyAccount();
        long opened = System.currentTimeMillis() - java.time.Duration.ofDays(45).toMillis();
        binance.route("GET", FakeBinance.P2P, (request, call) -> FakeBinance.Answer.ok(
                Long.parseLong(request.param("startTimestamp")) <= opened && opened <= Long.parseLong(request.param("endTimestamp"))
                        ? "{\"code\": \"000000\", \"data\": [{\"orderNumber\": \"7\", \"tradeType\": \"SELL\", \"asset\": \"USDT\","
                        + " \"amount\": \"25\", \"orderStatus\": \"IN_APPEAL\", \"createTime\": " + opened + "}], \"total\": 1, \"success\": true}"
                        : FakeBinance.NO_P2P_ORDERS));
        assertEquals(1, run("check", "--binance"), out());
        assertTrue(marks().contains("✗ No open P2P orders (1 item)"), out());

        binance.emptyAccount();
        binance.route("GET", "/sapi/v1/simple-earn/flexible/position", (request, call) -> FakeBinance.Answer.ok("{\"total\": 3}"));
        assertEquals(1, run("check", "--binance"), out());
        assertTrue(out().contains("there is no \"rows\" list"), out());

        binance.emptyAccount();
        binance.walletHolds("Funding", "0.02");
        assertEquals(1, run("check", "--binance"), out());
        assertTrue(marks().contains("✗ Every wallet at zero, dust included (1 item)"), out());
    }

    @Test
    void a_read_only_key_is_told_in_the_json_report_which_switch_would_let_Closeout_see_the_rest() throws Exception {
        binance.emptyAccount();
        binance.keySwitches(false);

        assertEquals(1, run("check", "--binance", "--format=json"), err());

        JsonNode report = JsonMapper.builder().build().readTree(out());
        String reasons = report.findValues("reason").toString();
        assertTrue(reasons.contains("\\\"Permits Universal Transfer\\\" switch off"), reasons);
        assertTrue(reasons.contains("\\\"Enable Futures\\\" switch off"), reasons);
    }

    @Test
    void the_printed_snapshot_passes_check_with_the_same_conditions() throws Exception {
        assertEquals(0, run("snapshot", "--binance"), err());
        Path file = Files.writeString(folder.resolve("binance.json"), out());
        JsonNode snapshot = JsonMapper.builder().build().readTree(file.toFile());
        assertEquals("binance", snapshot.get("source").textValue());

        assertEquals(1, run("check", file.toString()));

        assertEquals("", err());
        assertEquals(SAMPLE_ACCOUNT, marks());
    }

    @Test
    void json_output_of_a_Binance_check_is_the_specs_report() throws Exception {
        assertEquals(1, run("check", "--binance", "--format=json"));

        JsonNode report = JsonMapper.builder().build().readTree(out());
        assertFalse(report.get("eligible").booleanValue());
        assertEquals(9, report.at("/conditions/1/findings").size());
    }

    @Test
    void an_Ed25519_key_file_works_as_well_as_an_HMAC_secret() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Path pem = Files.writeString(folder.resolve("key.pem"), "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n");
        binance.checkSignaturesWith((payload, signature) -> {
            try {
                Signature verifier = Signature.getInstance("Ed25519");
                verifier.initVerify(pair.getPublic());
                verifier.update(payload.getBytes(StandardCharsets.UTF_8));
                return verifier.verify(Base64.getDecoder().decode(signature));
            } catch (Exception e) {
                return false;
            }
        });
        environment.remove("BINANCE_API_SECRET");
        environment.put("BINANCE_PRIVATE_KEY_FILE", pem.toString());

        assertEquals(1, run("check", "--binance"), err());
        assertEquals(SAMPLE_ACCOUNT, marks());
    }

    @Test
    void without_a_key_in_the_environment_it_exits_2_saying_which_variables_to_set() {
        environment.remove("BINANCE_API_SECRET");

        assertEquals(2, run("check", "--binance"));

        assertEquals("", out());
        assertEquals("closeout: --binance reads the API key from the environment: set BINANCE_API_KEY, and BINANCE_API_SECRET"
                + " (an HMAC key) or BINANCE_PRIVATE_KEY_FILE (an Ed25519 key)", err().strip());
        assertEquals(2, run("snapshot", "--binance"));
    }

    @Test
    void a_secret_and_a_key_file_together_are_ambiguous_and_exit_2() {
        environment.put("BINANCE_PRIVATE_KEY_FILE", "key.pem");

        assertEquals(2, run("check", "--binance"));
        assertTrue(err().contains("not both"), err());
    }

    @Test
    void a_key_Binance_refuses_exits_2_naming_the_key_its_whitelist_or_its_permissions() {
        environment.put("BINANCE_API_KEY", "someone-elses-key");

        assertEquals(2, run("check", "--binance"));

        assertEquals("", out());
        assertTrue(err().contains("the key is wrong, this computer's IP address is not on the key's whitelist"), err());
    }

    @Test
    void a_base_URL_that_is_no_web_address_exits_2() {
        environment.put("CLOSEOUT_BINANCE_BASE_URL", "localhost:8080");

        assertEquals(2, run("snapshot", "--binance"));
        assertTrue(err().contains("CLOSEOUT_BINANCE_BASE_URL is not a web address"), err());
    }

    @Test
    void one_account_at_a_time() {
        assertEquals(2, run("check", "--binance", "--demo"));
        assertEquals(2, run("check", "--binance", "account.json"));
        assertEquals(2, run("snapshot"));
        assertEquals(2, run("snapshot", "--demo", "--binance"));
    }

    @Test
    void the_demo_account_prints_as_a_snapshot_too() {
        assertEquals(0, run("snapshot", "--demo", "--data-dir", folder.resolve("data").toString()), err());
        assertTrue(out().contains("\"source\" : \"demo\""), out());
    }
}
