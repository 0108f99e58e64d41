package dev.closeout.exchange.binance;

/**
 * Signs the exact query string Binance will receive. The answer is ready to append as
 * {@code &signature=…}: already percent-encoded where the encoding needs it.
 */
interface RequestSigner {

    String sign(String payload);
}
