package guichet.platform.contact;

import org.jspecify.annotations.Nullable;

/**
 * What a user writes to his administrators, as typed.
 *
 * @param kind a question or a bug report
 * @param subject its subject
 * @param body its text
 * @param page the page of the tenant's host he wrote from, or {@code null}; anything but a local path is dropped
 */
public record NewContactMessage(
        ContactMessage.Kind kind,
        String subject,
        String body,
        @Nullable String page) {}
