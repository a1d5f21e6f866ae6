package guichet.prospection.forum;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The forum's abuse limits ({@code guichet.prospection.forum.*}), counted in each tenant's own tables and so never
 * across tenants. Staff are never limited nor held.
 *
 * @param window how far back posts are counted
 * @param postsPerAccount the most questions and answers one customer's account may post in the window
 * @param postsPerAddress the most posts the customers' accounts may post from one client address in the window
 * @param trustedAfter how many published posts an account needs before a link it writes is published at once; until
 *     then a post with a link waits for a moderator
 */
@ConfigurationProperties("guichet.prospection.forum")
public record ForumLimits(
        @DefaultValue("10m") Duration window,
        @DefaultValue("5") int postsPerAccount,
        @DefaultValue("15") int postsPerAddress,
        @DefaultValue("2") int trustedAfter) {}
