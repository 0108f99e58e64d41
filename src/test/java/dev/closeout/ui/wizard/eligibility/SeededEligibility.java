package dev.closeout.ui.wizard.eligibility;

import dev.closeout.ui.DemoUi;
import dev.closeout.ui.FakeDialogs;
import dev.closeout.ui.GatewayDouble;
import dev.closeout.ui.account.UiExecutors;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The Eligibility step's tests start here: the seeded demo account, every call to it counted, run in place. */
abstract class SeededEligibility {

    @TempDir
    Path dataDir;

    DemoUi ui;
    GatewayDouble gateway;

    @BeforeEach
    void openTheSeededAccount() throws Exception {
        ui = new DemoUi(dataDir, g -> gateway = new GatewayDouble(g), UiExecutors.direct());
    }

    EligibilityViewModel page(FakeDialogs dialogs) {
        EligibilityViewModel page = new EligibilityViewModel(ui.account, dialogs);
        page.entered();
        return page;
    }
}
