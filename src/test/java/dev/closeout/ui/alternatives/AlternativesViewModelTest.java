package dev.closeout.ui.alternatives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closeout.account.AccountStatus;
import dev.closeout.closure.Alternative;
import dev.closeout.ui.DemoUi;
import dev.closeout.ui.FakeDialogs;
import dev.closeout.ui.alternatives.AlternativesViewModel.Cell;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The alternatives side by side, their comparison and the account's status, without a toolkit. */
class AlternativesViewModelTest {

    @TempDir
    Path dataDir;

    DemoUi ui;
    AtomicInteger closeShown = new AtomicInteger();
    AlternativesViewModel page;

    @BeforeEach
    void openTheSeededAccount() throws Exception {
        ui = new DemoUi(dataDir);
        page = new AlternativesViewModel(ui.account, ui.clock(), FakeDialogs.sayingYes(), closeShown::incrementAndGet);
        ui.account.refresh();
    }

    @Test
    void the_account_status_is_shown_and_every_path_is_open_to_an_active_account() {
        assertEquals(AccountStatus.ACTIVE, page.statusProperty().get());
        assertEquals("Active", page.statusTextProperty().get());
        for (Alternative a : Alternative.values()) {
            assertTrue(page.availableProperty(a).get(), a.name());
        }
        assertEquals("Freeze the account", page.freezeActionProperty().get());
    }

    @Test
    void the_four_paths_have_a_title_a_description_and_a_button() {
        assertEquals(List.of("Withdraw everything, keep the account", "Disable what you do not use", "Freeze through support",
                "Close permanently"), List.of(Alternative.values()).stream().map(page::title).toList());
        assertEquals(List.of("Withdraw and keep", "Disable features", "Freeze the account", "Close the account"),
                List.of(Alternative.values()).stream().map(page::action).toList());
        assertTrue(List.of(Alternative.values()).stream().map(page::description).noneMatch(String::isBlank));
    }

    @Test
    void the_comparison_answers_five_questions_for_each_path() {
        assertEquals(List.of("Can you log in?", "Can you trade?", "Is your identity verification (KYC) kept?",
                "Are your VIP level and history kept?", "Can you come back, and how soon?"),
                page.comparison().stream().map(AlternativesViewModel.Row::question).toList());
        assertTrue(page.comparison().stream().allMatch(r -> r.cells().size() == 4));
        assertEquals(List.of(true, true, false, false), page.comparison().get(0).cells().stream().map(Cell::yes).toList());
        assertEquals(List.of(true, true, true, false), page.comparison().get(2).cells().stream().map(Cell::yes).toList());
        assertEquals("Yes, through support and verification: typically a few days",
                page.comparison().get(4).cells().get(Alternative.FREEZE.ordinal()).text());
        assertEquals(List.of("Withdraw and keep", "Disable features", "Freeze", "Close"),
                List.of(Alternative.values()).stream().map(page::columnName).toList());
    }

    @Test
    void a_path_opens_its_flow_and_back_returns_to_the_overview() {
        assertNull(page.openProperty().get());

        page.open(Alternative.DISABLE);
        assertEquals(Alternative.DISABLE, page.openProperty().get());
        page.back();
        assertNull(page.openProperty().get());
        assertEquals(0, closeShown.get());
    }

    @Test
    void closing_permanently_is_the_close_account_wizard() {
        page.open(Alternative.CLOSE);

        assertEquals(1, closeShown.get());
        assertNull(page.openProperty().get());
    }

    @Test
    void a_frozen_account_can_only_be_unfrozen_or_closed() throws Exception {
        ui.verifyEverything();
        assertTrue(ui.service.requestFreeze("TAKING_A_BREAK").accepted());
        ui.account.refresh();

        assertEquals("Frozen", page.statusTextProperty().get());
        assertFalse(page.availableProperty(Alternative.WITHDRAW).get());
        assertFalse(page.availableProperty(Alternative.DISABLE).get());
        assertTrue(page.availableProperty(Alternative.FREEZE).get());
        assertTrue(page.availableProperty(Alternative.CLOSE).get());
        assertEquals("Unfreeze the account", page.freezeActionProperty().get());
        assertEquals("Not while the account is frozen.", page.unavailableProperty().get());
    }
}
