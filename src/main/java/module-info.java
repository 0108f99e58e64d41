/** Closeout: close a crypto-exchange account safely and completely, or choose a gentler alternative. */
module dev.closeout {
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.eatthepath.otp;
    requires org.bouncycastle.provider;

    exports dev.closeout.account;
    exports dev.closeout.closure;
    exports dev.closeout.exchange;
    exports dev.closeout.exchange.demo;
    exports dev.closeout.i18n;

    // The demo exchange saves its own side with Jackson, field by field.
    opens dev.closeout.exchange.demo to com.fasterxml.jackson.databind;
}
