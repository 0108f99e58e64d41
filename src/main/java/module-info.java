/** Closeout: close a crypto-exchange account safely and completely, or choose a gentler alternative. */
module dev.closeout {
    requires com.fasterxml.jackson.databind;

    exports dev.closeout.account;
    exports dev.closeout.closure;
    exports dev.closeout.exchange;
    exports dev.closeout.i18n;
}
