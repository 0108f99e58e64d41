package dev.closeout.exchange.binance;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The assets an account shows a trace of: held now, deposited, withdrawn, converted, earned,
 * traded. Binance gives trades only symbol by symbol, so these decide which symbols are asked.
 * The other readings add to it as they go; the trades reading waits for what they find until
 * every one of them is done.
 */
final class TracedAssets {

    private final Set<String> assets = new TreeSet<>();
    private int readingsRunning;

    TracedAssets(Collection<String> heldNow) {
        assets.addAll(heldNow);
    }

    /** One more reading will add assets: {@link #next} waits for it. Said before any reading runs. */
    synchronized void readingStarts() {
        readingsRunning++;
    }

    synchronized void add(Collection<String> found) {
        found.stream().filter(a -> a != null && !a.isBlank()).forEach(assets::add);
        notifyAll();
    }

    /** One reading that adds assets has finished, well or not. */
    synchronized void readingDone() {
        readingsRunning--;
        notifyAll();
    }

    /**
     * The assets not among {@code seen}, as soon as there are any; none once every reading that
     * adds assets is done and nothing new came.
     */
    synchronized Set<String> next(Set<String> seen) throws InterruptedException {
        while (true) {
            Set<String> fresh = new TreeSet<>(assets);
            fresh.removeAll(seen);
            if (!fresh.isEmpty() || readingsRunning <= 0) {
                return fresh;
            }
            wait();
        }
    }
}
