package guichet.prospection.forum;

import guichet.platform.ids.CustomerId;
import guichet.platform.modules.Refusal;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.text.SearchText;
import guichet.platform.tickets.TicketDoor;
import guichet.platform.users.User;
import guichet.platform.users.Users;
import guichet.prospection.forum.ForumRefused.Reason;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forum's rules: who may ask and answer, within which limits, what waits for a moderator, and what moderators do
 * (hide, show, lock, pin, move, turn into a ticket). Every change is one transaction; nothing is ever deleted.
 *
 * <p>Abuse limits (ADR 55): a customer's or prospect's account posts at most {@link ForumLimits#postsPerAccount()}
 * times in {@link ForumLimits#window()}, and all such accounts together at most {@link ForumLimits#postsPerAddress()}
 * times from one address; a post with a link from an account with fewer than {@link ForumLimits#trustedAfter()}
 * published posts waits for a moderator. The counts are the tenant's own rows, so no limit crosses tenants.
 */
@Service
@Transactional
@EnableConfigurationProperties(ForumLimits.class)
public class Forum {

    public static final int MIN_TITLE = 8;
    public static final int MAX_TITLE = 200;
    public static final int MIN_QUESTION = 10;
    public static final int MAX_TEXT = 10_000;

    /** An address a spammer would write: a scheme, {@code www.}, or a bare domain of a common top-level one. */
    static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?|ftp)://\\S+|\\bwww\\.\\S+"
            + "|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|net|org|info|biz|xyz|top|ru|io|co|fr|tn|ma|dz|sn|bj)\\b");

    /** What a moderator may do to a question. */
    public enum Action {
        HIDE,
        SHOW,
        LOCK,
        UNLOCK,
        PIN,
        UNPIN,
        MOVE
    }

    private final Questions questions;
    private final Answers answers;
    private final ForumCategories categories;
    private final ForumIndex index;
    private final ForumNotices notices;
    private final ForumLimits limits;
    private final Users users;
    private final List<TicketDoor> doors;
    private final CurrentTenant tenant;
    private final Clock clock;

    Forum(
            Questions questions,
            Answers answers,
            ForumCategories categories,
            ForumIndex index,
            ForumNotices notices,
            ForumLimits limits,
            Users users,
            List<TicketDoor> doors,
            CurrentTenant tenant,
            Clock clock) {
        this.questions = questions;
        this.answers = answers;
        this.categories = categories;
        this.index = index;
        this.notices = notices;
        this.limits = limits;
        this.users = users;
        this.doors = doors;
        this.tenant = tenant;
        this.clock = clock;
    }

    /** A question's page. */
    public static String path(Question question) {
        return "/prospection/forum/questions/" + question.number();
    }

    /** What is wrong with a new question, field by field; empty when it may be asked. */
    public List<ForumRefused> problems(@Nullable String categorySlug, String title, String body) {
        List<ForumRefused> problems = new ArrayList<>();
        if (categorySlug == null || categories.findBySlug(categorySlug).isEmpty()) {
            problems.add(new ForumRefused(Reason.INVALID, "category", "prospection.forum.error.category"));
        }
        String shortTitle = title.strip();
        if (shortTitle.isEmpty()) {
            problems.add(new ForumRefused(Reason.INVALID, "title", "prospection.forum.error.title.required"));
        } else if (shortTitle.length() < MIN_TITLE || shortTitle.length() > MAX_TITLE) {
            problems.add(new ForumRefused(
                    Reason.INVALID, "title", "prospection.forum.error.title.length", MIN_TITLE, MAX_TITLE));
        }
        textProblem(body, MIN_QUESTION).ifPresent(problems::add);
        return problems;
    }

    /**
     * Asks a question: published at once, or held for a moderator.
     *
     * @throws ForumRefused if a field is wrong ({@link #problems}) or a limit is reached
     */
    public Question ask(Poster poster, String categorySlug, String title, String body) {
        List<ForumRefused> problems = problems(categorySlug, title, body);
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
        withinLimits(poster);
        ForumCategory category = categories.findBySlug(categorySlug).orElseThrow();
        String text = body.strip();
        Question question = questions.save(new Question(
                questions.nextNumber(),
                category.id(),
                title.strip(),
                text,
                poster,
                stateFor(poster, title + " " + text),
                clock.instant()));
        index.add(question.id(), question.title() + " " + question.body());
        if (!question.published()) {
            notices.held(question, poster.name());
        }
        return question;
    }

    /**
     * Answers a question: published at once (its author is told), or held for a moderator.
     *
     * @throws ForumRefused if the text is wrong, the question locked or not published, or a limit is reached
     */
    public Answer answer(Poster poster, Question given, String body) {
        Question question = fresh(given);
        if (!poster.moderator() && (!question.published() || question.locked())) {
            throw new ForumRefused(Reason.CONFLICT, null, "prospection.forum.error.locked");
        }
        Optional<ForumRefused> problem = textProblem(body, 2);
        if (problem.isPresent()) {
            throw problem.get();
        }
        withinLimits(poster);
        String text = body.strip();
        Answer answer = answers.save(new Answer(question.id(), text, poster, stateFor(poster, text), clock.instant()));
        if (answer.published()) {
            published(question, answer);
        } else {
            notices.held(question, poster.name());
        }
        return answer;
    }

    /**
     * Marks a published answer as the solution, or none with {@code null}: the question's author or a moderator.
     *
     * @throws ForumRefused if the poster may not, or the answer is not one of the question's published answers
     */
    public void markSolution(Poster poster, Question given, @Nullable UUID answerId) {
        Question question = fresh(given);
        if (!poster.moderator() && !question.isBy(poster.user())) {
            throw new ForumRefused(Reason.CONFLICT, null, "prospection.forum.error.solution");
        }
        if (answerId == null) {
            question.markSolution(null);
            return;
        }
        Answer answer = answers.findById(answerId)
                .filter(a -> a.questionId().equals(question.id()) && a.published())
                .orElseThrow(() -> new ForumRefused(Reason.CONFLICT, null, "prospection.forum.error.solution"));
        question.markSolution(answer.id());
    }

    /**
     * What a moderator does to a question.
     *
     * @param category the category's slug to move it to, for {@link Action#MOVE}
     * @throws ForumRefused if the category does not exist
     */
    public void moderate(Question given, Action action, @Nullable String category) {
        Question question = fresh(given);
        switch (action) {
            case HIDE -> question.changeState(PostState.HIDDEN);
            case SHOW -> question.changeState(PostState.PUBLISHED);
            case LOCK -> question.lock(true);
            case UNLOCK -> question.lock(false);
            case PIN -> question.pin(true);
            case UNPIN -> question.pin(false);
            case MOVE ->
                question.moveTo(categories
                        .findBySlug(category == null ? "" : category)
                        .orElseThrow(
                                () -> new ForumRefused(Reason.INVALID, "category", "prospection.forum.error.category"))
                        .id());
        }
    }

    /** A moderator shows an answer (a held one is published, its question's author told) or hides it. */
    public void moderate(Answer given, boolean show) {
        Answer answer = answers.findById(given.id()).orElseThrow();
        Question question = questions.findById(answer.questionId()).orElseThrow();
        if (show && !answer.published()) {
            boolean firstTime = answer.state() == PostState.HELD;
            answer.changeState(PostState.PUBLISHED);
            question.answered(clock.instant());
            index.add(question.id(), answer.body());
            if (firstTime) {
                notices.answered(question, answer);
            }
        } else if (!show && answer.state() != PostState.HIDDEN) {
            if (answer.published()) {
                question.answerWithdrawn();
                if (question.solution().filter(answer.id()::equals).isPresent()) {
                    question.markSolution(null);
                }
            }
            answer.changeState(PostState.HIDDEN);
            index.write(question);
        }
    }

    /** Whether the tenant may turn questions into tickets: it has the module that opens them. */
    public boolean ticketsAvailable() {
        return door().isPresent();
    }

    /**
     * Turns a question into a ticket for its author, opened by the moderator: the ticket's number is kept on the
     * question, in the same transaction.
     *
     * @throws ForumRefused if it already is one, its author is no customer, or the tenant has no tickets
     * @throws Refusal if the module that opens tickets refuses
     */
    public String turnIntoTicket(Poster moderator, Question given) {
        Question question = fresh(given);
        if (question.ticketNumber().isPresent()) {
            throw new ForumRefused(Reason.CONFLICT, null, "prospection.forum.error.ticket.exists");
        }
        TicketDoor door = door().orElseThrow(
                        () -> new ForumRefused(Reason.CONFLICT, null, "prospection.forum.error.ticket.unavailable"));
        CustomerId customer = users.find(question.author())
                .flatMap(User::customer)
                .orElseThrow(
                        () -> new ForumRefused(Reason.CONFLICT, null, "prospection.forum.error.ticket.noCustomer"));
        String number = door.open(new TicketDoor.Request(
                customer,
                question.title(),
                question.body() + "\n\n" + path(question),
                moderator.user(),
                moderator.name()));
        question.turnedInto(number);
        return number;
    }

    /**
     * Adds a category, at the end; its address is made from its name.
     *
     * @throws ForumRefused if the name is blank or too long
     */
    public ForumCategory addCategory(String name, @Nullable String description) {
        String shown = name.strip();
        if (shown.isEmpty() || shown.length() > 120) {
            throw new ForumRefused(Reason.INVALID, "name", "prospection.forum.error.categoryName");
        }
        String base =
                SearchText.normalize(shown).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        base = base.isEmpty() ? "categorie" : base.substring(0, Math.min(50, base.length()));
        String slug = base;
        for (int n = 2; categories.findBySlug(slug).isPresent(); n++) {
            slug = base + "-" + n;
        }
        String about = description == null || description.isBlank() ? null : description.strip();
        if (about != null && about.length() > 500) {
            throw new ForumRefused(Reason.INVALID, "description", "prospection.forum.error.categoryDescription");
        }
        return categories.save(new ForumCategory(slug, shown, about, categories.lastPosition() + 1, clock.instant()));
    }

    /** The question as this transaction reads it: callers pass one they read before (the page's check). */
    private Question fresh(Question given) {
        return questions.findById(given.id()).orElseThrow();
    }

    private void published(Question question, Answer answer) {
        question.answered(answer.createdAt());
        index.add(question.id(), answer.body());
        notices.answered(question, answer);
    }

    private Optional<TicketDoor> door() {
        return doors.stream()
                .filter(d -> tenant.profile().hasModule(d.module()))
                .findFirst();
    }

    private static Optional<ForumRefused> textProblem(String body, int min) {
        String text = body.strip();
        if (text.isEmpty()) {
            return Optional.of(new ForumRefused(Reason.INVALID, "body", "prospection.forum.error.body.required"));
        }
        if (text.length() < min || text.length() > MAX_TEXT) {
            return Optional.of(
                    new ForumRefused(Reason.INVALID, "body", "prospection.forum.error.body.length", min, MAX_TEXT));
        }
        return Optional.empty();
    }

    private void withinLimits(Poster poster) {
        if (poster.staff()) {
            return;
        }
        Instant since = clock.instant().minus(limits.window());
        long minutes = Math.max(1, limits.window().toMinutes());
        long byAccount =
                questions.countByAuthorIdAndCreatedAtAfter(poster.user().value(), since)
                        + answers.countByAuthorIdAndCreatedAtAfter(poster.user().value(), since);
        if (byAccount >= limits.postsPerAccount()) {
            throw new ForumRefused(
                    Reason.TOO_MANY,
                    null,
                    "prospection.forum.error.tooMany.account",
                    limits.postsPerAccount(),
                    minutes);
        }
        long byAddress = questions.countByClientAddressAndAuthorStaffFalseAndCreatedAtAfter(
                        poster.clientAddress(), since)
                + answers.countByClientAddressAndAuthorStaffFalseAndCreatedAtAfter(poster.clientAddress(), since);
        if (byAddress >= limits.postsPerAddress()) {
            throw new ForumRefused(Reason.TOO_MANY, null, "prospection.forum.error.tooMany.address", minutes);
        }
    }

    private PostState stateFor(Poster poster, String text) {
        if (poster.staff() || !LINK.matcher(text).find()) {
            return PostState.PUBLISHED;
        }
        long published = questions.countByAuthorIdAndState(poster.user().value(), PostState.PUBLISHED)
                + answers.countByAuthorIdAndState(poster.user().value(), PostState.PUBLISHED);
        return published >= limits.trustedAfter() ? PostState.PUBLISHED : PostState.HELD;
    }
}
