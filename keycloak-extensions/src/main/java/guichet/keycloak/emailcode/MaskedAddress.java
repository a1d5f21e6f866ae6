package guichet.keycloak.emailcode;

/**
 * An e-mail address as the code form shows it: enough for the user to recognise the mailbox, too little to reveal the
 * address to someone who only knows the password.
 */
final class MaskedAddress {

    private MaskedAddress() {}

    /** {@code jeanne.dupont@example.com} becomes {@code j•••@example.com}. */
    static String of(String email) {
        int at = email.lastIndexOf('@');
        if (at <= 0) {
            return "•••";
        }
        return email.substring(0, email.offsetByCodePoints(0, 1)) + "•••" + email.substring(at);
    }
}
