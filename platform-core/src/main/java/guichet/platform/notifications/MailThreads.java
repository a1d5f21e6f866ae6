package guichet.platform.notifications;

import guichet.platform.tenancy.TenantId;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How Guichet's mails are threaded, so that mail clients group them and replies can be traced back to what they answer.
 *
 * <ul>
 *   <li>Every mail of the outbox has a {@code Message-ID} fixed when it is written: {@code <{outboxId}.{threadId}@
 *       {tenantSlug}.guichet>} for a notification with a thread id, {@code <{outboxId}@{tenantSlug}.guichet>}
 *       otherwise.
 *   <li>Mails of one thread carry {@code In-Reply-To} and {@code References} to the thread's root,
 *       {@code <thread.{threadId}@{tenantSlug}.guichet>} ({@link #threadRoot}).
 * </ul>
 *
 * A reply to any of them names one of these ids in its own {@code In-Reply-To} or {@code References}, from which
 * {@link #threadIdOf} gives the thread back.
 */
public final class MailThreads {

    private static final String ROOT_PREFIX = "thread.";
    private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>@\\s]+)@([^<>@\\s]+)>");
    private static final Pattern BARE_ID = Pattern.compile("\\s*([^<>@\\s]+)@([^<>@\\s]+)\\s*");
    private static final Pattern OUTBOX_LOCAL_PART =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\.(.+)");
    private static final Pattern THREAD_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private MailThreads() {}

    /** The domain part of a tenant's message ids: {@code {tenantSlug}.guichet}. */
    public static String domainOf(TenantId tenant) {
        return tenant.slug() + ".guichet";
    }

    /** The synthetic root every mail of a thread refers to: {@code <thread.{threadId}@{tenantSlug}.guichet>}. */
    public static String threadRoot(String threadId, TenantId tenant) {
        return "<" + ROOT_PREFIX + threadId + "@" + domainOf(tenant) + ">";
    }

    /** The Message-ID of an outbox mail. */
    static String messageId(UUID outboxId, @Nullable String threadId, TenantId tenant) {
        return "<" + outboxId + (threadId == null ? "" : "." + threadId) + "@" + domainOf(tenant) + ">";
    }

    /**
     * The thread id a {@code Message-ID}, {@code In-Reply-To} or {@code References} header names, for one tenant: the
     * first id in it that is one of that tenant's outbox mails with a thread, or a thread root. Ids of other tenants,
     * of other senders, or of mails without a thread give nothing.
     *
     * @param header the header's value, one id or several separated by blanks; {@code null} or blank gives nothing
     * @param tenant the tenant whose ids count
     */
    public static Optional<String> threadIdOf(@Nullable String header, TenantId tenant) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String domain = domainOf(tenant);
        Matcher ids = MESSAGE_ID.matcher(header);
        boolean bracketed = false;
        while (ids.find()) {
            bracketed = true;
            Optional<String> thread = threadOf(ids.group(1), ids.group(2), domain);
            if (thread.isPresent()) {
                return thread;
            }
        }
        if (!bracketed) {
            Matcher bare = BARE_ID.matcher(header);
            if (bare.matches()) {
                return threadOf(bare.group(1), bare.group(2), domain);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> threadOf(String localPart, String idDomain, String domain) {
        if (!idDomain.toLowerCase(Locale.ROOT).equals(domain)) {
            return Optional.empty();
        }
        String thread = null;
        if (localPart.startsWith(ROOT_PREFIX)) {
            thread = localPart.substring(ROOT_PREFIX.length());
        } else {
            Matcher outbox = OUTBOX_LOCAL_PART.matcher(localPart);
            if (outbox.matches()) {
                thread = outbox.group(1);
            }
        }
        return thread != null && THREAD_ID.matcher(thread).matches() ? Optional.of(thread) : Optional.empty();
    }
}
