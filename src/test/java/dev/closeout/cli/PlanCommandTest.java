package dev.closeout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.closeout.Snapshots;
import dev.closeout.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code closeout plan} as a person or a script runs it: the plan it prints, in words or JSON, and its exit code. */
class PlanCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private int run(Messages messages, String... args) {
        PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
        return new CloseoutCommand(out, err, messages, new DemoOnlyExchanges(), folder.resolve("default-data"), name -> null)
                .run(List.of(args));
    }

    private int run(String... args) {
        return run(Snapshots.ENGLISH, args);
    }

    private String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    private static BigDecimal usd(JsonNode totals, String field) {
        return new BigDecimal(totals.get(field).asText());
    }

    private static void assertAddsUp(JsonNode totals) {
        assertEquals(0, usd(totals, "valueNowUsd").compareTo(usd(totals, "feesUsd").add(usd(totals, "arrivingUsd"))
                .add(usd(totals, "leftBehindUsd"))), totals::toString);
    }

    @Test
    void the_demos_plan_as_json_adds_up_beside_the_naive_way_and_brings_more() throws Exception {
        int exit = run("plan", "--demo", "--data-dir=" + folder.resolve("data"), "--format", "json");

        assertEquals(0, exit, err());
        JsonNode plan = new ObjectMapper().readTree(out());
        assertAddsUp(plan);
        assertAddsUp(plan.get("naive"));
        assertEquals("9270.37153625", plan.get("valueNowUsd").asText());
        assertEquals("9267.02492333", plan.get("arrivingUsd").asText());
        assertEquals("9167.23463125", plan.get("naive").get("arrivingUsd").asText());
        assertEquals("99.79029208", plan.get("savingUsd").asText());
        assertTrue(plan.get("pricesAreEstimates").asBoolean());
        for (JsonNode step : plan.get("steps")) {
            for (String field : List.of("action", "asset", "amount", "feeUsd", "arrivingUsd", "notBefore")) {
                assertTrue(step.has(field), () -> field + " in " + step);
            }
        }
        JsonNode eth = plan.get("steps").findParents("action").stream().filter(s -> s.get("action").asText().equals("WITHDRAW")
                && s.get("asset").asText().equals("ETH")).findFirst().orElseThrow();
        assertEquals("ARBITRUM", eth.get("network").asText());
        assertTrue(eth.get("notBefore").asText().endsWith("T00:00:00Z"), "after the locked ETH matures: " + eth);
    }

    @Test
    void the_plan_in_words_says_each_step_when_it_can_run_the_totals_the_saving_and_whose_figures_they_are() {
        int exit = run("plan", "--demo", "--data-dir=" + folder.resolve("data"));

        assertEquals(0, exit, err());
        List<String> lines = out().lines().toList();
        assertEquals("Exit plan for alex.morgan@example.com", lines.get(0));
        assertTrue(lines.get(1).startsWith("Prices as of ") && lines.get(1).endsWith("estimates from the account's last reading."), lines.get(1));
        assertTrue(out().contains(" Now  Sell 40 CAKE for 92.3076 USDT (fee 0.09 USD)"), out());
        assertTrue(out().contains("Convert 120350 SHIB to 0.00181035 BNB, in one conversion with the other small balances"), out());
        assertTrue(out().contains("This plan brings 99.79 USD more (1.09%)."), out());
        assertTrue(out().contains("Withdrawal minimums and fees are the exchange's. Typical, not published:"), out());
    }

    @Test
    void everything_as_usdt_on_tron_leaves_as_one_withdrawal_on_tron() throws Exception {
        int exit = run("plan", "--demo", "--data-dir=" + folder.resolve("data"), "--to", "usdt", "--network=trx", "--format=json");

        assertEquals(0, exit, err());
        JsonNode plan = new ObjectMapper().readTree(out());
        List<JsonNode> withdrawals = plan.get("steps").findParents("action").stream()
                .filter(s -> s.get("action").asText().equals("WITHDRAW")).toList();
        assertEquals(1, withdrawals.size(), withdrawals::toString);
        assertEquals("USDT", withdrawals.get(0).get("asset").asText());
        assertEquals("TRX", withdrawals.get(0).get("network").asText());
        assertEquals("USDT", plan.get("destination").get("routes").get(0).get("asset").asText());
        assertAddsUp(plan);
    }

    @Test
    void an_asset_without_its_network_or_a_network_the_exchange_does_not_withdraw_it_on_is_refused_with_exit_2() {
        assertEquals(2, run("plan", "--demo", "--data-dir=" + folder.resolve("data"), "--to", "USDT"));
        assertTrue(err().contains("both --to ASSET and --network NET"), err());

        stderr.reset();
        assertEquals(2, run("plan", "--demo", "--data-dir=" + folder.resolve("data"), "--to", "USDT", "--network", "SOL"));
        assertEquals("closeout: the exchange withdraws USDT on TRX, ETH, BSC, not on SOL", err().lines().findFirst().orElseThrow());

        stderr.reset();
        assertEquals(2, run("plan", "--demo", "--data-dir=" + folder.resolve("data"), "--to", "DOGE", "--network", "DOGE"));
        assertTrue(err().contains("withdraws DOGE on no network"), err());
        assertEquals("", out());
    }

    @Test
    void plan_needs_one_account_and_takes_no_file() {
        assertEquals(2, run("plan"));
        assertTrue(err().contains("--demo or --binance"), err());
        stderr.reset();
        assertEquals(2, run("plan", "--demo", "account.json"));
        assertTrue(err().contains("plan takes no file; also given \"account.json\""), err());
    }

    @Test
    void the_plan_is_worded_in_chinese_too() {
        int exit = run(Messages.forLocale(Locale.SIMPLIFIED_CHINESE), "plan", "--demo", "--data-dir=" + folder.resolve("data"));

        assertEquals(0, exit, err());
        assertTrue(out().startsWith("退出计划：alex.morgan@example.com"), out());
        assertTrue(out().contains("此计划多拿回 99.79 USD（1.09%）。"), out());
    }

    @Test
    void help_names_the_plan_command() {
        assertEquals(0, run("--help"));
        assertTrue(out().contains("closeout plan --demo [--data-dir=DIR] | --binance [--to ASSET --network NET] [--format text|json]"), out());
    }
}
