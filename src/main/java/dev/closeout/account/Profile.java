package dev.closeout.account;

import java.util.Objects;

/**
 * The account as its owner knows it. {@code phone}, {@code kycVerified}, {@code vipLevel},
 * {@code referralCode} and {@code security} are null when the source did not report them.
 */
public record Profile(
        String accountId,
        String email,
        String phone,
        AccountStatus status,
        Boolean kycVerified,
        Integer vipLevel,
        String referralCode,
        SecurityMethods security) {

    public Profile {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(status, "status");
    }

    public Profile withStatus(AccountStatus newStatus) {
        return new Profile(accountId, email, phone, newStatus, kycVerified, vipLevel, referralCode, security);
    }

    /** Which second factors the account has switched on; null where not reported. */
    public record SecurityMethods(Boolean email, Boolean sms, Boolean authenticator) {
    }
}
