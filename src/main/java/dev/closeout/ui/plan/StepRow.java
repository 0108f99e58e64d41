package dev.closeout.ui.plan;

/**
 * One line of the plan's timeline: when it can run, what it does, what it costs and brings. {@code next}
 * marks the step "Run the next step" runs; {@code stays} a balance that cannot leave; {@code asked} a step
 * already asked of the exchange that it refused or has under way, which is not asked again.
 */
public record StepRow(String when, String what, String money, boolean next, boolean stays, boolean asked) {
}
