package dev.closeout.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.closeout.account.AccountSnapshot;
import dev.closeout.account.AccountStatus;
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
import dev.closeout.account.Side;
import dev.closeout.account.SnapshotSource;
import dev.closeout.account.StakingPosition;
import dev.closeout.account.SubAccount;
import dev.closeout.account.UnknownPart;
import dev.closeout.account.Wallet;
import dev.closeout.account.WalletTotal;
import dev.closeout.i18n.Messages;
import dev.closeout.i18n.Reasons;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the account-snapshot format: strict on types, required fields and known values,
 * lenient on properties it does not know. Every error names the JSON path of the bad value.
 */
public final class SnapshotReader {

    private static final Set<Wallet> BALANCE_WALLETS = EnumSet.complementOf(EnumSet.of(Wallet.EARN));
    private static final Set<Wallet> POSITION_WALLETS = EnumSet.of(Wallet.USDM_FUTURES, Wallet.COINM_FUTURES, Wallet.OPTIONS);
    private static final Set<Wallet> ORDER_MARKETS = EnumSet.of(Wallet.SPOT, Wallet.CROSS_MARGIN,
            Wallet.ISOLATED_MARGIN, Wallet.USDM_FUTURES, Wallet.COINM_FUTURES, Wallet.OPTIONS);

    private static final ObjectMapper MAPPER = OutsideJson.mapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final Messages messages;

    public SnapshotReader(Messages messages) {
        this.messages = messages;
    }

    public SnapshotReader() {
        this(Messages.forLocale(Locale.getDefault()));
    }

    public AccountSnapshot read(InputStream in) throws IOException, SnapshotFormatException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw notJson(e);
        } catch (NumberFormatException e) {
            throw numberOutOfRange(e);
        }
        return snapshot(root);
    }

    public AccountSnapshot read(String json) throws SnapshotFormatException {
        try {
            return snapshot(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw notJson(e);
        } catch (NumberFormatException e) {
            throw numberOutOfRange(e);
        }
    }

    /** Reads a snapshot embedded in a larger JSON document. */
    public AccountSnapshot read(JsonNode json) throws SnapshotFormatException {
        return snapshot(json);
    }

    private SnapshotFormatException notJson(JsonProcessingException e) {
        var where = e.getLocation();
        String line = where == null ? "?" : String.valueOf(where.getLineNr());
        String column = where == null ? "?" : String.valueOf(where.getColumnNr());
        return new SnapshotFormatException(null,
                messages.get("snapshot.error.notJson", e.getOriginalMessage(), line, column));
    }

    /** A JSON number no BigDecimal holds (an exponent beyond 2^31): Jackson says so with this, not with a parse error. */
    private SnapshotFormatException numberOutOfRange(NumberFormatException e) {
        return new SnapshotFormatException(null, messages.get("snapshot.error.numberOutOfRange", Reasons.of(e)));
    }

    private AccountSnapshot snapshot(JsonNode root) throws SnapshotFormatException {
        if (root == null || root.isMissingNode()) {
            throw new SnapshotFormatException(null, messages.get("snapshot.error.empty"));
        }
        return snapshot(Node.root(root, messages));
    }

    private AccountSnapshot snapshot(Node root) throws SnapshotFormatException {
        root.requireObject();
        Node version = root.required("schemaVersion");
        if (!version.node.isIntegralNumber()) {
            throw version.error("schemaVersionType", String.valueOf(AccountSnapshot.SCHEMA_VERSION), version.describe());
        }
        if (!version.node.canConvertToInt() || version.node.asInt() < AccountSnapshot.SCHEMA_VERSION) {
            throw version.error("schemaVersionUnknown", version.node.asText(), String.valueOf(AccountSnapshot.SCHEMA_VERSION));
        }
        int schemaVersion = version.node.asInt();
        if (schemaVersion != AccountSnapshot.SCHEMA_VERSION) {
            throw version.error("schemaVersion", version.node.asText(), String.valueOf(AccountSnapshot.SCHEMA_VERSION));
        }
        return new AccountSnapshot(
                schemaVersion,
                root.optional("source").map(n -> n.keyed(SnapshotSource.class, SnapshotSource::key)),
                root.required("takenAt").instant(),
                profile(root.required("profile")),
                prices(root.optional("prices")),
                root.list("balances", this::balance),
                root.list("positions", this::position),
                root.list("earn", this::earn),
                root.list("staking", this::staking),
                root.list("launchpool", this::launchpool),
                root.list("launchpad", this::launchpad),
                root.list("openOrders", this::order),
                root.list("p2pOrders", this::p2pOrder),
                root.list("subAccounts", this::subAccount),
                root.list("pendingTransfers", this::transfer),
                root.list("apiKeys", this::apiKey),
                root.list("recurringPlans", this::recurringPlan),
                root.list("walletTotals", this::walletTotal),
                root.list("unknown", this::unknownPart));
    }

    private Profile profile(Node n) throws SnapshotFormatException {
        n.requireObject();
        Node security = n.optional("security").orNull();
        Profile.SecurityMethods methods = null;
        if (security != null) {
            security.requireObject();
            methods = new Profile.SecurityMethods(
                    security.optional("email").map(Node::bool),
                    security.optional("sms").map(Node::bool),
                    security.optional("authenticator").map(Node::bool));
        }
        Node vip = n.optional("vipLevel").orNull();
        Integer vipLevel = null;
        if (vip != null) {
            if (!vip.node.canConvertToInt() || !vip.node.isIntegralNumber() || vip.node.asInt() < 0) {
                throw vip.error("vipLevel", vip.describe());
            }
            vipLevel = vip.node.asInt();
        }
        return new Profile(
                n.required("accountId").text(1),
                n.required("email").text(3),
                n.nullable("phone").map(Node::text),
                n.required("status").enumValue(AccountStatus.class),
                n.optional("kycVerified").map(Node::bool),
                vipLevel,
                n.nullable("referralCode").map(Node::text),
                methods);
    }

    private Map<String, BigDecimal> prices(Node.Maybe prices) throws SnapshotFormatException {
        Node n = prices.orNull();
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        if (n == null) {
            return result;
        }
        n.requireObject();
        var fields = n.node.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            Node price = n.child(field.getValue(), field.getKey());
            result.put(n.child(TextNode.valueOf(field.getKey()), field.getKey()).asset(), price.decimal());
        }
        return result;
    }

    private Balance balance(Node n) throws SnapshotFormatException {
        return new Balance(
                n.required("wallet").wallet(BALANCE_WALLETS),
                n.required("asset").asset(),
                n.required("free").decimal(),
                n.optional("locked").map(Node::decimal),
                n.optional("borrowed").map(Node::decimal),
                n.optional("interest").map(Node::decimal),
                n.optional("unrealizedPnl").map(Node::decimal),
                n.optional("isolatedSymbol").map(Node::text));
    }

    private Position position(Node n) throws SnapshotFormatException {
        return new Position(
                n.required("wallet").wallet(POSITION_WALLETS),
                n.required("symbol").text(),
                n.required("quantity").decimal(),
                n.optional("entryPrice").map(Node::decimal),
                n.optional("unrealizedPnl").map(Node::decimal));
    }

    private EarnPosition earn(Node n) throws SnapshotFormatException {
        return new EarnPosition(
                n.required("id").text(),
                n.required("product").enumValue(EarnPosition.Product.class),
                n.required("asset").asset(),
                n.required("amount").decimal(),
                n.optional("accruedRewards").map(Node::decimal),
                n.optional("apr").map(Node::decimal),
                n.optional("subscribedOn").map(Node::date),
                n.nullable("maturesOn").map(Node::date),
                n.optional("earlyRedemption").map(v -> v.enumValue(EarnPosition.EarlyRedemption.class)),
                n.optional("earlyRedemptionPenalty").map(Node::decimal));
    }

    private StakingPosition staking(Node n) throws SnapshotFormatException {
        return new StakingPosition(
                n.required("id").text(),
                n.required("product").enumValue(StakingPosition.Product.class),
                n.required("asset").asset(),
                n.required("amount").decimal(),
                n.nullable("releasesOn").map(Node::date));
    }

    private LaunchpoolStake launchpool(Node n) throws SnapshotFormatException {
        return new LaunchpoolStake(
                n.required("id").text(),
                n.required("project").text(),
                n.required("asset").asset(),
                n.required("amount").decimal(),
                n.nullable("endsOn").map(Node::date),
                n.optional("redeemable").map(Node::bool));
    }

    private LaunchpadSubscription launchpad(Node n) throws SnapshotFormatException {
        return new LaunchpadSubscription(
                n.required("id").text(),
                n.required("project").text(),
                n.required("asset").asset(),
                n.required("amount").decimal(),
                n.optional("status").map(v -> v.enumValue(LaunchpadSubscription.Status.class)));
    }

    private OpenOrder order(Node n) throws SnapshotFormatException {
        return new OpenOrder(
                n.required("id").text(),
                n.required("market").wallet(ORDER_MARKETS),
                n.required("symbol").text(),
                n.required("type").enumValue(OpenOrder.Type.class),
                n.optional("side").map(v -> v.enumValue(Side.class)),
                n.optional("price").map(Node::decimal),
                n.optional("quantity").map(Node::decimal),
                n.optional("filled").map(Node::decimal),
                n.optional("createdAt").map(Node::instant));
    }

    private P2pOrder p2pOrder(Node n) throws SnapshotFormatException {
        return new P2pOrder(
                n.required("id").text(),
                n.optional("side").map(v -> v.enumValue(Side.class)),
                n.optional("asset").map(Node::asset),
                n.optional("fiat").map(Node::text),
                n.optional("amount").map(Node::decimal),
                n.required("status").enumValue(P2pOrder.Status.class),
                n.optional("createdAt").map(Node::instant));
    }

    private SubAccount subAccount(Node n) throws SnapshotFormatException {
        return new SubAccount(
                n.required("email").text(),
                n.required("status").enumValue(SubAccount.Status.class),
                n.optional("createdAt").map(Node::instant));
    }

    private PendingTransfer transfer(Node n) throws SnapshotFormatException {
        return new PendingTransfer(
                n.required("id").text(),
                n.required("direction").enumValue(PendingTransfer.Direction.class),
                n.required("asset").asset(),
                n.required("amount").decimal(),
                n.optional("network").map(Node::text),
                n.optional("status").map(Node::text));
    }

    private ApiKey apiKey(Node n) throws SnapshotFormatException {
        return new ApiKey(
                n.required("label").text(),
                n.list("permissions", p -> p.enumValue(ApiKey.Permission.class)),
                n.optional("createdAt").map(Node::instant));
    }

    private RecurringPlan recurringPlan(Node n) throws SnapshotFormatException {
        return new RecurringPlan(
                n.required("id").text(),
                n.required("kind").enumValue(RecurringPlan.Kind.class),
                n.optional("asset").map(Node::asset),
                n.optional("amount").map(Node::decimal),
                n.optional("frequency").map(Node::text),
                n.optional("active").map(Node::bool));
    }

    private WalletTotal walletTotal(Node n) throws SnapshotFormatException {
        return new WalletTotal(
                n.required("wallet").wallet(EnumSet.allOf(Wallet.class)),
                n.required("btcValue").decimal(),
                n.required("itemized").bool());
    }

    private UnknownPart unknownPart(Node n) throws SnapshotFormatException {
        return new UnknownPart(
                n.required("part").keyed(UnknownPart.Part.class, UnknownPart.Part::key),
                n.optional("reason").map(Node::text));
    }
}
