package dev.closeout.exchange.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.closeout.closure.ClosureService;
import dev.closeout.exchange.ActionResult;
import dev.closeout.exchange.DemoControls;
import dev.closeout.exchange.ExchangeException;
import dev.closeout.exchange.VerificationMethod;
import dev.closeout.exchange.VerificationStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** The demo tests' shared steps, for the UI's tests in other packages: everything through the service, as a user would. */
public final class DemoSteps {

    private DemoSteps() {
    }

    /** Every blocker of the seeded account cleared (see {@link DemoFixtures#clearEverything}); about 65 demo days pass. */
    public static void clearEverything(ClosureService service, DemoControls demo) throws ExchangeException {
        DemoFixtures.clearEverything(service, demo);
    }

    /** A code sent and entered for every required method, the authenticator's from the demo's app. */
    public static void verifyEverything(ClosureService service, DemoControls demo) throws ExchangeException {
        for (VerificationMethod method : service.requiredVerification()) {
            String code;
            if (method == VerificationMethod.AUTHENTICATOR) {
                code = demo.authenticatorCode();
            } else {
                ActionResult sent = service.sendCode(method);
                assertTrue(sent.accepted(), () -> method + " code not sent: " + sent);
                code = lastCode(demo, method);
            }
            VerificationStatus status = service.verify(method, code);
            assertTrue(status.lastProblem().isEmpty(), () -> method + " code refused: " + status);
        }
        assertTrue(service.verificationStatus().complete());
    }

    /** The newest code the demo's inbox received by email or SMS. */
    public static String lastCode(DemoControls demo, VerificationMethod channel) throws ExchangeException {
        return DemoFixtures.lastCode(demo, channel);
    }

    /** A six-digit code that is certainly not {@code code}. */
    public static String wrong(String code) {
        return DemoFixtures.wrong(code);
    }

    /** Switches a security method off in the saved account; takes effect when the demo in {@code folder} is opened next. */
    public static void switchOff(Path folder, VerificationMethod method) throws IOException {
        ObjectNode state = DemoFixtures.readState(folder);
        ((ObjectNode) state.at("/account/profile/security")).put(method.name().toLowerCase(Locale.ROOT), false);
        DemoFixtures.writeState(folder, state);
    }
}
