package dev.closeout.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.ApiKey;
import dev.closeout.account.Balance;
import dev.closeout.account.EarnPosition;
import dev.closeout.account.LaunchpadSubscription;
import dev.closeout.account.LaunchpoolStake;
import dev.closeout.account.OpenOrder;
import dev.closeout.account.P2pOrder;
import dev.closeout.account.PendingTransfer;
import dev.closeout.account.Position;
import dev.closeout.account.Profile;
import dev.closeout.account.RecurringPlan;
import dev.closeout.account.StakingPosition;
import dev.closeout.account.SubAccount;
import dev.closeout.account.UnknownPart;
import dev.closeout.account.WalletTotal;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Writes the account-snapshot format. Amounts are written as plain decimal strings with
 * their scale ("0.00000000" stays "0.00000000"); absent optional values stay absent.
 */
public final class SnapshotWriter {

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public void write(AccountSnapshot snapshot, OutputStream out) throws IOException {
        MAPPER.writeValue(out, toJson(snapshot));
    }

    public String write(AccountSnapshot snapshot) {
        try {
            return MAPPER.writeValueAsString(toJson(snapshot));
        } catch (IOException e) {
            throw new IllegalStateException("a snapshot tree always serialises", e);
        }
    }

    /** The snapshot as a JSON tree, for embedding in a larger document. */
    public ObjectNode toJson(AccountSnapshot s) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", s.schemaVersion());
        if (s.source() != null) {
            root.put("source", s.source().key());
        }
        root.put("takenAt", s.takenAt().toString());
        root.set("profile", profile(s.profile()));
        ObjectNode prices = root.putObject("prices");
        s.prices().forEach((asset, price) -> prices.put(asset, price.toPlainString()));
        list(root, "balances", s.balances(), this::balance);
        list(root, "positions", s.positions(), this::position);
        list(root, "earn", s.earn(), this::earn);
        list(root, "staking", s.staking(), this::staking);
        list(root, "launchpool", s.launchpool(), this::launchpool);
        list(root, "launchpad", s.launchpad(), this::launchpad);
        list(root, "openOrders", s.openOrders(), this::order);
        list(root, "p2pOrders", s.p2pOrders(), this::p2pOrder);
        list(root, "subAccounts", s.subAccounts(), this::subAccount);
        list(root, "pendingTransfers", s.pendingTransfers(), this::transfer);
        list(root, "apiKeys", s.apiKeys(), this::apiKey);
        list(root, "recurringPlans", s.recurringPlans(), this::recurringPlan);
        list(root, "walletTotals", s.walletTotals(), this::walletTotal);
        list(root, "unknown", s.unknown(), this::unknownPart);
        return root;
    }

    private ObjectNode profile(Profile p) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("accountId", p.accountId());
        o.put("email", p.email());
        put(o, "phone", p.phone());
        o.put("status", p.status().name());
        if (p.kycVerified() != null) {
            o.put("kycVerified", p.kycVerified());
        }
        if (p.vipLevel() != null) {
            o.put("vipLevel", p.vipLevel());
        }
        put(o, "referralCode", p.referralCode());
        if (p.security() != null) {
            ObjectNode security = o.putObject("security");
            put(security, "email", p.security().email());
            put(security, "sms", p.security().sms());
            put(security, "authenticator", p.security().authenticator());
        }
        return o;
    }

    private void balance(Balance b, ObjectNode o) {
        o.put("wallet", b.wallet().name());
        o.put("asset", b.asset());
        put(o, "free", b.free());
        put(o, "locked", b.locked());
        put(o, "borrowed", b.borrowed());
        put(o, "interest", b.interest());
        put(o, "unrealizedPnl", b.unrealizedPnl());
        put(o, "isolatedSymbol", b.isolatedSymbol());
    }

    private void position(Position p, ObjectNode o) {
        o.put("wallet", p.wallet().name());
        o.put("symbol", p.symbol());
        put(o, "quantity", p.quantity());
        put(o, "entryPrice", p.entryPrice());
        put(o, "unrealizedPnl", p.unrealizedPnl());
    }

    private void earn(EarnPosition e, ObjectNode o) {
        o.put("id", e.id());
        o.put("product", e.product().name());
        o.put("asset", e.asset());
        put(o, "amount", e.amount());
        put(o, "accruedRewards", e.accruedRewards());
        put(o, "apr", e.apr());
        put(o, "subscribedOn", e.subscribedOn());
        put(o, "maturesOn", e.maturesOn());
        put(o, "earlyRedemption", e.earlyRedemption());
        put(o, "earlyRedemptionPenalty", e.earlyRedemptionPenalty());
    }

    private void staking(StakingPosition s, ObjectNode o) {
        o.put("id", s.id());
        o.put("product", s.product().name());
        o.put("asset", s.asset());
        put(o, "amount", s.amount());
        put(o, "releasesOn", s.releasesOn());
    }

    private void launchpool(LaunchpoolStake l, ObjectNode o) {
        o.put("id", l.id());
        o.put("project", l.project());
        o.put("asset", l.asset());
        put(o, "amount", l.amount());
        put(o, "endsOn", l.endsOn());
        put(o, "redeemable", l.redeemable());
    }

    private void launchpad(LaunchpadSubscription l, ObjectNode o) {
        o.put("id", l.id());
        o.put("project", l.project());
        o.put("asset", l.asset());
        put(o, "amount", l.amount());
        put(o, "status", l.status());
    }

    private void order(OpenOrder r, ObjectNode o) {
        o.put("id", r.id());
        o.put("market", r.market().name());
        o.put("symbol", r.symbol());
        o.put("type", r.type().name());
        put(o, "side", r.side());
        put(o, "price", r.price());
        put(o, "quantity", r.quantity());
        put(o, "filled", r.filled());
        put(o, "createdAt", r.createdAt());
    }

    private void p2pOrder(P2pOrder p, ObjectNode o) {
        o.put("id", p.id());
        put(o, "side", p.side());
        put(o, "asset", p.asset());
        put(o, "fiat", p.fiat());
        put(o, "amount", p.amount());
        o.put("status", p.status().name());
        put(o, "createdAt", p.createdAt());
    }

    private void subAccount(SubAccount s, ObjectNode o) {
        o.put("email", s.email());
        o.put("status", s.status().name());
        put(o, "createdAt", s.createdAt());
    }

    private void transfer(PendingTransfer t, ObjectNode o) {
        o.put("id", t.id());
        o.put("direction", t.direction().name());
        o.put("asset", t.asset());
        put(o, "amount", t.amount());
        put(o, "network", t.network());
        put(o, "status", t.status());
    }

    private void apiKey(ApiKey k, ObjectNode o) {
        o.put("label", k.label());
        ArrayNode permissions = o.putArray("permissions");
        k.permissions().forEach(p -> permissions.add(p.name()));
        put(o, "createdAt", k.createdAt());
    }

    private void recurringPlan(RecurringPlan p, ObjectNode o) {
        o.put("id", p.id());
        o.put("kind", p.kind().name());
        put(o, "asset", p.asset());
        put(o, "amount", p.amount());
        put(o, "frequency", p.frequency());
        put(o, "active", p.active());
    }

    private void walletTotal(WalletTotal w, ObjectNode o) {
        o.put("wallet", w.wallet().name());
        put(o, "btcValue", w.btcValue());
        o.put("itemized", w.itemized());
    }

    private void unknownPart(UnknownPart u, ObjectNode o) {
        o.put("part", u.part().key());
        put(o, "reason", u.reason());
    }

    private static <T> void list(ObjectNode root, String name, List<T> items, BiConsumer<T, ObjectNode> writer) {
        ArrayNode array = root.putArray(name);
        for (T item : items) {
            writer.accept(item, array.addObject());
        }
    }

    /** Absent stays absent; amounts as plain decimal text; everything else as its text. */
    private static void put(ObjectNode o, String name, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof BigDecimal amount) {
            o.put(name, amount.toPlainString());
        } else if (value instanceof Boolean flag) {
            o.put(name, flag);
        } else if (value instanceof Enum<?> constant) {
            o.put(name, constant.name());
        } else {
            o.put(name, value.toString());
        }
    }
}
