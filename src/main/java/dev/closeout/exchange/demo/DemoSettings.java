package dev.closeout.exchange.demo;

import java.time.Duration;
import java.time.Period;

/**
 * How long the demo exchange takes for what takes time on a real one. The defaults are
 * short enough to watch in a demo; a realistic setting is hours to days.
 */
public record DemoSettings(
        Duration closureProcessing,
        Period dataRetention,
        Duration depositArrival,
        Duration unstakeDelay,
        Duration appealSettlement,
        Duration codeValidity,
        Duration resendAfter,
        Duration verificationFreshFor,
        int maxWrongCodes,
        Duration lockout,
        Duration dustConversionInterval,
        int maxCodesPerHour) {

    public static DemoSettings defaults() {
        return new DemoSettings(Duration.ofMinutes(5), Period.ofYears(5), Duration.ofMinutes(4), Duration.ofDays(1),
                Duration.ofHours(2), Duration.ofMinutes(10), Duration.ofSeconds(60), Duration.ofMinutes(15), 5,
                Duration.ofMinutes(30), Duration.ofHours(6), 5);
    }

    public DemoSettings withClosureProcessing(Duration processing) {
        return new DemoSettings(processing, dataRetention, depositArrival, unstakeDelay, appealSettlement, codeValidity,
                resendAfter, verificationFreshFor, maxWrongCodes, lockout, dustConversionInterval, maxCodesPerHour);
    }

    public DemoSettings withDataRetention(Period retention) {
        return new DemoSettings(closureProcessing, retention, depositArrival, unstakeDelay, appealSettlement, codeValidity,
                resendAfter, verificationFreshFor, maxWrongCodes, lockout, dustConversionInterval, maxCodesPerHour);
    }
}
