package guichet.platform.signup;

import org.jspecify.annotations.Nullable;

/** A new tenant's first administrator, who chooses his password from the e-mail he receives. */
public record Administrator(@Nullable String firstName, String lastName, String email) {}
