package guichet.keycloak.emailcode;

/**
 * The keys of the login theme messages the authenticator shows; the guichet login theme translates each of them
 * (MessageKeysTest checks every constant here).
 */
final class MessageKeys {

    static final String MISSING = "emailCodeMissing";
    static final String INVALID = "emailCodeInvalid";
    static final String EXPIRED = "emailCodeExpired";
    static final String TOO_MANY_FAILURES = "emailCodeTooManyFailures";
    static final String RESENT = "emailCodeResent";
    static final String RESEND_TOO_SOON = "emailCodeResendTooSoon";
    static final String NO_EMAIL = "emailCodeNoEmail";
    static final String SEND_FAILED = "emailCodeSendFailed";
    static final String LOCKED = "emailCodeLocked";

    /** Shown by Keycloak's "try another way" page, which looks the keys up from the provider id. */
    static final String DISPLAY_NAME = EmailCodeAuthenticatorFactory.PROVIDER_ID + "-display-name";

    static final String HELP_TEXT = EmailCodeAuthenticatorFactory.PROVIDER_ID + "-help-text";

    private MessageKeys() {}
}
