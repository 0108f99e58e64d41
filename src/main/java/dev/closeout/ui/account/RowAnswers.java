package dev.closeout.ui.account;

import dev.closeout.closure.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers shown where they were asked for: each finding's row keeps the exchange's answer to what
 * was done with it, and keeps its place. Rows stay in the order they were first shown (a new one
 * comes after them), so nothing moves under the pointer; a row whose finding is gone after its fix
 * stays where it was, showing its answer, until the person checks again.
 */
public final class RowAnswers {

    private final Map<String, Result> answers = new HashMap<>();
    private final Map<String, Integer> order = new HashMap<>();
    /** The findings last shown in each group of rows (a condition, a list), by key. */
    private final Map<String, Map<String, Finding>> shown = new HashMap<>();

    /** What identifies a finding from one reading to the next: its amounts change, it does not. */
    public static String key(Finding f) {
        return String.join("|", f.kind().name(), Objects.toString(f.wallet(), ""), Objects.toString(f.asset(), ""),
                Objects.toString(f.id(), ""), Objects.toString(f.symbol(), ""));
    }

    public void answer(Finding f, Result result) {
        answers.put(key(f), result);
    }

    /** The last answer to what was done with the finding; empty before anything was. */
    public Optional<Result> of(Finding f) {
        return Optional.ofNullable(answers.get(key(f)));
    }

    /**
     * The rows to show for {@code now} in the group {@code group} (a condition, a list): in the order they were first
     * shown, with each answered finding that is gone since kept where it was.
     */
    public List<Finding> arrange(String group, List<Finding> now) {
        List<Finding> rows = new ArrayList<>(now);
        for (Finding f : now) {
            order.putIfAbsent(key(f), order.size());
        }
        List<String> present = now.stream().map(RowAnswers::key).toList();
        Map<String, Finding> before = shown.computeIfAbsent(group, g -> new LinkedHashMap<>());
        before.forEach((key, f) -> {
            if (answers.containsKey(key) && !present.contains(key)) {
                rows.add(f);
            }
        });
        before.keySet().removeIf(key -> !present.contains(key) && !answers.containsKey(key));
        now.forEach(f -> before.put(key(f), f));
        rows.sort(Comparator.comparing(f -> order.get(key(f))));
        return rows;
    }

    /** The person checks again: answers are put away, and rows whose finding is gone go too. Rows keep their order. */
    public void forget() {
        answers.clear();
        shown.clear();
    }
}
