package dev.closeout.exchange;

public enum VerificationMethod {
    EMAIL, SMS, AUTHENTICATOR
}
