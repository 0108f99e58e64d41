package dev.closeout.cli;

import dev.closeout.account.AccountSnapshot;
import dev.closeout.cli.Options.Option;
import dev.closeout.closure.ClosureService;
import dev.closeout.closure.plan.Choice;
import dev.closeout.closure.plan.Destination;
import dev.closeout.closure.plan.ExitPlan;
import dev.closeout.closure.plan.PlanJson;
import dev.closeout.closure.plan.PlanWording;
import dev.closeout.closure.plan.Step;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.ExchangeGateway;
import dev.closeout.exchange.WithdrawalNetwork;
import dev.closeout.i18n.Messages;
import java.io.PrintStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code closeout plan --demo [--data-dir=DIR] | --binance [--to ASSET --network NET] [--format text|json]}:
 * the exit plan of the account, each asset to its own address, or everything as one asset on one
 * network. Nothing moves. Exit 0 when the plan is printed; 2 with one line on stderr when the
 * arguments are wrong, the account cannot be read or the exchange withdraws the asset on no such network.
 */
final class PlanCommand {

    /** {@code plan --demo [--data-dir DIR] | --binance, [--to ASSET --network NET], [--format text|json]}. */
    static final Options.Syntax SYNTAX = new Options.Syntax(
            EnumSet.of(Option.DEMO, Option.BINANCE, Option.DATA_DIR, Option.FORMAT, Option.TO, Option.NETWORK), 0);

    private final PrintStream out;
    private final PrintStream err;
    private final Messages messages;
    private final ExportCommand.AccountOpener account;

    PlanCommand(PrintStream out, PrintStream err, Messages messages, ExportCommand.AccountOpener account) {
        this.out = out;
        this.err = err;
        this.messages = messages;
        this.account = account;
    }

    /** Plans what {@code options} (read with {@link #SYNTAX}) chose. */
    int run(Options options) {
        if (options.demo == options.binance) {
            return usageError(messages.get("cli.plan.error.which"));
        }
        if ((options.to == null) != (options.network == null) || options.to != null && (options.to.isBlank() || options.network.isBlank())) {
            return usageError(messages.get("cli.plan.error.toAndNetwork"));
        }
        ExitPlan plan;
        String email;
        try (ExchangeGateway gateway = account.open(options)) {
            if (gateway == null) {
                return CloseoutCommand.BAD_INPUT;
            }
            ClosureService service = new ClosureService(gateway);
            Choice choice = Choice.mostValue();
            if (options.to != null) {
                String asset = options.to.strip().toUpperCase(Locale.ROOT);
                String network = options.network.strip().toUpperCase(Locale.ROOT);
                List<WithdrawalNetwork> networks = service.withdrawalNetworks(asset);
                if (networks.stream().noneMatch(n -> n.network().equals(network))) {
                    err.println(CloseoutCommand.oneLine(messages.get("cli.error", networks.isEmpty()
                            ? messages.get("cli.plan.error.noNetwork", asset)
                            : messages.get("cli.plan.error.network", asset, network,
                                    networks.stream().map(WithdrawalNetwork::network).collect(Collectors.joining(", "))))));
                    return CloseoutCommand.BAD_INPUT;
                }
                choice = new Choice(Destination.to(asset, network), true);
            }
            AccountSnapshot snapshot = gateway.snapshot();
            plan = service.exitPlan(snapshot, choice);
            email = snapshot.profile().email();
        } catch (ExchangeException e) {
            err.println(CloseoutCommand.oneLine(messages.get("cli.error", messages.say(e))));
            return CloseoutCommand.BAD_INPUT;
        }
        out.print(options.format.equals("json") ? new PlanJson().render(plan) + System.lineSeparator() : text(plan, email));
        out.flush();
        return CloseoutCommand.ELIGIBLE;
    }

    /** The plan in words: where the money goes, each step with when it can run and what it costs, the totals beside the naive way's. */
    private String text(ExitPlan plan, String email) {
        PlanWording words = new PlanWording(messages);
        String n = System.lineSeparator();
        StringBuilder text = new StringBuilder();
        text.append(messages.get("plan.title", email)).append(n).append(words.pricesAsOf(plan)).append(n)
                .append(words.destination(plan.choice())).append(n).append(n);
        List<Step> steps = plan.steps();
        int width = String.valueOf(steps.size()).length();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            String money = words.money(s);
            text.append(String.format(Locale.ROOT, "%" + width + "d. ", i + 1)).append(words.when(s)).append("  ")
                    .append(words.step(s)).append(money.isEmpty() ? "" : " (" + money + ")").append(n);
        }
        text.append(n).append(words.totals(plan.totals())).append(n).append(words.naive(plan.naive().totals())).append(n)
                .append(words.saving(plan)).append(n).append(words.rules(plan)).append(n);
        return text.toString();
    }

    private int usageError(String problem) {
        return CloseoutCommand.usageError(err, messages, problem);
    }
}
