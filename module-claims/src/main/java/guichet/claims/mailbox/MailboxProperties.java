package guichet.claims.mailbox;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the e-mail door ({@code guichet.claims.mailbox.*}).
 *
 * @param secretKey the key mailbox passwords are encrypted with (32 characters at least outside the dev and test
 *     profiles, where a development key stands in when it is missing)
 * @param tick how often each instance looks for mailboxes due to be polled, tenant by tenant
 * @param firstTick how long after start-up it first looks
 * @param batchSize the most mails one poll of one mailbox reads
 * @param timeout the mail server's connection and read time-out
 * @param maxAttempts how many times a mail that cannot be taken is tried before it is left unread on the server for a
 *     person to look at
 * @param allowedNetworks address blocks inside the platform (loopback, private…) a mailbox may reach all the same;
 *     none by default, {@code 127.0.0.0/8} and {@code ::1/128} (the embedded mail server) in the dev and test profiles
 * @param allowPlain whether a mailbox may be read without TLS; not by default, yes in the dev and test profiles (the
 *     embedded mail server); {@code null} for that default
 */
@ConfigurationProperties("guichet.claims.mailbox")
record MailboxProperties(
        @Nullable String secretKey,
        @DefaultValue("60s") Duration tick,
        @DefaultValue("60s") Duration firstTick,
        @DefaultValue("50") int batchSize,
        @DefaultValue("20s") Duration timeout,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue List<String> allowedNetworks,
        @Nullable Boolean allowPlain) {}
