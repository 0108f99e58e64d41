package dev.closeout.closure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.closeout.account.AccountStatus;
import dev.closeout.closure.Alternative.Aspect;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The four paths' comparison by the exchanges' typical rules, and which can be taken in each account status. */
class AlternativeTest {

    private static List<Boolean> answers(Aspect aspect) {
        return Arrays.stream(Alternative.values()).map(a -> a.yes(aspect)).toList();
    }

    private static List<Alternative> openTo(AccountStatus status) {
        return Arrays.stream(Alternative.values()).filter(a -> a.openTo(status)).toList();
    }

    @Test
    void withdrawing_and_disabling_keep_everything_freezing_keeps_the_records_closing_keeps_nothing() {
        assertEquals(List.of(true, true, false, false), answers(Aspect.LOG_IN));
        assertEquals(List.of(true, true, false, false), answers(Aspect.TRADE));
        assertEquals(List.of(true, true, true, false), answers(Aspect.KYC_KEPT));
        assertEquals(List.of(true, true, true, false), answers(Aspect.VIP_AND_HISTORY_KEPT));
        assertEquals(List.of(true, true, true, false), answers(Aspect.REVERSIBLE));
    }

    @Test
    void an_active_account_can_take_every_path_a_frozen_one_only_unfreezing_or_closing() {
        assertEquals(List.of(Alternative.values()), openTo(AccountStatus.ACTIVE));
        assertEquals(List.of(Alternative.FREEZE, Alternative.CLOSE), openTo(AccountStatus.FROZEN));
        assertEquals(List.of(), openTo(AccountStatus.CLOSING));
        assertEquals(List.of(), openTo(AccountStatus.CLOSED));
    }
}
