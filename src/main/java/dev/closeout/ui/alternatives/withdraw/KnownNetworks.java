package dev.closeout.ui.alternatives.withdraw;

import dev.closeout.exchange.WithdrawalNetwork;
import dev.closeout.ui.account.AccountState;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The networks each asset can be withdrawn on, asked of the exchange once: they change far more slowly than balances. */
final class KnownNetworks {

    private final AccountState account;
    private final Map<String, List<WithdrawalNetwork>> networks = new HashMap<>();
    private boolean loading;

    KnownNetworks(AccountState account) {
        this.account = account;
    }

    /** The networks of an asset; empty while unknown, or when the exchange withdraws it on none. */
    List<WithdrawalNetwork> of(String asset) {
        return networks.getOrDefault(asset, List.of());
    }

    /**
     * True when every asset's networks are known; otherwise asks the exchange for the missing
     * ones in the background and runs {@code then} once they are in (or {@code failed}).
     */
    boolean known(Collection<String> assets, Runnable then, Consumer<Exception> failed) {
        List<String> unknown = assets.stream().filter(a -> !networks.containsKey(a)).toList();
        if (unknown.isEmpty()) {
            return true;
        }
        if (!loading) {
            loading = true;
            account.executors().run(() -> {
                Map<String, List<WithdrawalNetwork>> found = new HashMap<>();
                for (String asset : unknown) {
                    found.put(asset, account.service().withdrawalNetworks(asset));
                }
                return found;
            }, found -> {
                loading = false;
                networks.putAll(found);
                then.run();
            }, failure -> {
                loading = false;
                failed.accept(failure);
            });
        }
        return false;
    }
}
