package guichet.prospection.forum.web.api;

import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.ids.UserId;
import guichet.platform.web.ListQuery;
import guichet.platform.web.NotFound;
import guichet.platform.web.PageResponse;
import guichet.prospection.ProspectionModule;
import guichet.prospection.forum.Answer;
import guichet.prospection.forum.Forum;
import guichet.prospection.forum.ForumCategories;
import guichet.prospection.forum.ForumCategory;
import guichet.prospection.forum.ForumQuery;
import guichet.prospection.forum.ForumReading;
import guichet.prospection.forum.ForumRefused;
import guichet.prospection.forum.Poster;
import guichet.prospection.forum.Question;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The help forum as JSON: categories, questions listed and searched, a question with its answers for anyone; asking
 * and answering for signed-in accounts; moderating and turning a question into a ticket for moderators. A refused
 * post answers 400 (a field), 409 (a locked question) or 429 (a limit), its reason in the client's language.
 */
@RestController
@RequiresPermission(RequiresPermission.PUBLIC)
class ForumApiController {

    private static final String BASE = "/api/forum";
    private static final int ANSWERS_PER_PAGE = 100;

    private final Forum forum;
    private final ForumReading reading;
    private final ForumCategories categories;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    ForumApiController(
            Forum forum,
            ForumReading reading,
            ForumCategories categories,
            CurrentUser currentUser,
            MessageSource messages) {
        this.forum = forum;
        this.reading = reading;
        this.categories = categories;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping(BASE + "/categories")
    @Transactional(readOnly = true)
    List<CategoryResponse> categories() {
        Map<UUID, Long> counts = reading.countsByCategory();
        return categories.ordered().stream()
                .map(c -> new CategoryResponse(c.slug(), c.name(), c.description(), counts.getOrDefault(c.id(), 0L)))
                .toList();
    }

    /**
     * Published questions, pinned first then the most recently active, or the best matches of {@code q}; {@code
     * category} (a slug) and {@code show} ({@code unanswered}, {@code solved}, {@code unsolved}) narrow them.
     */
    @GetMapping(BASE + "/questions")
    @Transactional(readOnly = true)
    PageResponse<QuestionSummary> questions(
            ListQuery query,
            @RequestParam(name = "q", required = false) @Nullable String text,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable String show) {
        List<ForumCategory> all = categories.ordered();
        UUID chosen = all.stream()
                .filter(c -> c.slug().equals(category))
                .findFirst()
                .map(ForumCategory::id)
                .orElse(null);
        Map<UUID, String> slugs = new HashMap<>();
        all.forEach(c -> slugs.put(c.id(), c.slug()));
        Page<Question> found = reading.questions(
                new ForumQuery(text, chosen, ForumQuery.Filter.of(show)),
                query.pageable(ForumReading.SORTABLE, Sort.unsorted()));
        return PageResponse.of(found, q -> QuestionSummary.of(q, slugs.getOrDefault(q.categoryId(), "")));
    }

    /** A question with its first hundred answers the caller may read ({@code page} for the next ones). */
    @GetMapping(BASE + "/questions/{question}")
    @Transactional(readOnly = true)
    QuestionResponse question(@PathVariable String question, @RequestParam(defaultValue = "0") int page) {
        Question found = readable(question);
        Optional<GuichetUser> reader = currentUser.get();
        boolean moderator = moderator();
        Page<Answer> answers = reading.answers(
                found,
                reader.map(GuichetUser::id).orElse(null),
                moderator,
                PageRequest.of(Math.max(0, page), ANSWERS_PER_PAGE));
        String slug =
                categories.findById(found.categoryId()).map(ForumCategory::slug).orElse("");
        return new QuestionResponse(
                QuestionSummary.of(found, slug),
                found.body(),
                found.solution().orElse(null),
                PageResponse.of(answers, AnswerResponse::of));
    }

    @PostMapping(BASE + "/categories/{category}/questions")
    @RequiresPermission(ProspectionModule.FORUM_POST)
    ResponseEntity<QuestionSummary> ask(
            @PathVariable String category, @RequestBody AskRequest request, HttpServletRequest http) {
        Question asked = forum.ask(poster(http), category, nonNull(request.title()), nonNull(request.body()));
        return ResponseEntity.status(HttpStatus.CREATED).body(QuestionSummary.of(asked, category));
    }

    @PostMapping(BASE + "/questions/{question}/answers")
    @RequiresPermission(ProspectionModule.FORUM_POST)
    ResponseEntity<AnswerResponse> answer(
            @PathVariable String question, @RequestBody AnswerRequest request, HttpServletRequest http) {
        Answer answer = forum.answer(poster(http), readable(question), nonNull(request.body()));
        return ResponseEntity.status(HttpStatus.CREATED).body(AnswerResponse.of(answer));
    }

    /** {@code action}: hide, show, lock, unlock, pin, unpin, or move with {@code category} (a slug). */
    @PostMapping(BASE + "/questions/{question}/moderation")
    @RequiresPermission(ProspectionModule.FORUM_MODERATE)
    ResponseEntity<Void> moderate(@PathVariable String question, @RequestBody ModerationRequest request) {
        Forum.Action action;
        try {
            action = Forum.Action.valueOf(nonNull(request.action()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ForumRefused(ForumRefused.Reason.INVALID, "action", "prospection.forum.error.action");
        }
        forum.moderate(readable(question), action, request.category());
        return ResponseEntity.noContent().build();
    }

    /** Turns the question into a ticket for its author; 409 when it already is one or cannot be. */
    @PostMapping(BASE + "/questions/{question}/ticket")
    @RequiresPermission(ProspectionModule.FORUM_MODERATE)
    ResponseEntity<TicketResponse> ticket(@PathVariable String question, HttpServletRequest http) {
        String number = forum.turnIntoTicket(poster(http), readable(question));
        return ResponseEntity.status(HttpStatus.CREATED).body(new TicketResponse(number));
    }

    @ExceptionHandler(ForumRefused.class)
    ResponseEntity<ProblemDetail> refused(ForumRefused refused) {
        Locale language = LocaleContextHolder.getLocale();
        HttpStatus status = switch (refused.reason()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case TOO_MANY -> HttpStatus.TOO_MANY_REQUESTS;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        String detail = messages.getMessage(refused.messageKey(), refused.arguments(), refused.messageKey(), language);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", refused.messageKey());
        if (refused.field() != null) {
            problem.setProperty("errors", List.of(Map.of("field", refused.field(), "message", detail)));
        }
        return ResponseEntity.status(status).body(problem);
    }

    private Question readable(String number) {
        long parsed;
        try {
            parsed = Long.parseLong(number);
        } catch (NumberFormatException e) {
            throw new NotFound("Question");
        }
        UserId reader = currentUser.get().map(GuichetUser::id).orElse(null);
        return reading.question(parsed, reader, moderator()).orElseThrow(() -> new NotFound("Question"));
    }

    private boolean moderator() {
        return currentUser.can(ProspectionModule.FORUM_MODERATE);
    }

    private Poster poster(HttpServletRequest http) {
        return Poster.of(currentUser.require(), http.getRemoteAddr());
    }

    private static String nonNull(@Nullable String text) {
        return text == null ? "" : text;
    }

    /** A category with how many published questions it holds. */
    record CategoryResponse(
            String slug, String name, @Nullable String description, long questions) {}

    /** A question as lists show it. */
    record QuestionSummary(
            long number,
            String category,
            String title,
            String author,
            boolean staff,
            String state,
            boolean locked,
            boolean pinned,
            boolean solved,
            int answers,
            @Nullable String ticket,
            Instant createdAt,
            Instant lastActivityAt) {

        static QuestionSummary of(Question q, String category) {
            return new QuestionSummary(
                    q.number(),
                    category,
                    q.title(),
                    q.authorName(),
                    q.authorStaff(),
                    q.state().name(),
                    q.locked(),
                    q.pinned(),
                    q.solved(),
                    q.answerCount(),
                    q.ticketNumber().orElse(null),
                    q.createdAt(),
                    q.lastActivityAt());
        }
    }

    /** A question with its text, its solution's id and a page of its answers. */
    record QuestionResponse(
            QuestionSummary question, String body, @Nullable UUID solution, PageResponse<AnswerResponse> answers) {}

    record AnswerResponse(UUID id, String body, String author, boolean staff, String state, Instant createdAt) {

        static AnswerResponse of(Answer a) {
            return new AnswerResponse(
                    a.id(), a.body(), a.authorName(), a.authorStaff(), a.state().name(), a.createdAt());
        }
    }

    record AskRequest(@Nullable String title, @Nullable String body) {}

    record AnswerRequest(@Nullable String body) {}

    record ModerationRequest(
            @Nullable String action, @Nullable String category) {}

    record TicketResponse(String ticket) {}
}
