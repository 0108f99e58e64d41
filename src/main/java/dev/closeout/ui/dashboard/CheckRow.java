package dev.closeout.ui.dashboard;

import java.net.URI;

/**
 * Something the dashboard cannot show, to be checked on the exchange's website: a wallet known
 * only by its total, or a part of the account that could not be read. {@code page} is the
 * exchange's page for it; null when the exchange has none Closeout knows.
 */
public record CheckRow(String text, URI page) {
}
