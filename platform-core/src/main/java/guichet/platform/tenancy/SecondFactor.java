package guichet.platform.tenancy;

/** What a tenant's users give after their password at each new session. */
public enum SecondFactor {
    /** Nothing more. */
    NONE,
    /** A code from an authenticator app (TOTP). */
    TOTP,
    /** A six-digit code e-mailed at each new session (seed 003). */
    EMAIL_CODE
}
