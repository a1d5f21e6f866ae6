package guichet.prospection.forum.web;

import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.GuichetUser;
import guichet.platform.ids.UserId;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.tickets.TicketLinks;
import guichet.platform.web.NotFound;
import guichet.platform.web.PageLinks;
import guichet.prospection.ProspectionModule;
import guichet.prospection.forum.Answer;
import guichet.prospection.forum.Answers;
import guichet.prospection.forum.Forum;
import guichet.prospection.forum.ForumCategories;
import guichet.prospection.forum.ForumCategory;
import guichet.prospection.forum.ForumReading;
import guichet.prospection.forum.Question;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A question's page as its reader may see it, for the page itself and for a form of it shown again with what was
 * typed: the question (404 when he may not read it), a page of its answers, its solution, what he may do. Its cost
 * does not grow with the number of answers.
 */
@Component
class QuestionPage {

    static final String VIEW = "prospection/forum-question";
    static final int ANSWERS_PER_PAGE = 30;

    private final ForumReading reading;
    private final Answers answers;
    private final ForumCategories categories;
    private final Forum forum;
    private final CurrentUser currentUser;
    private final CurrentTenant tenant;
    private final List<TicketLinks> ticketLinks;

    QuestionPage(
            ForumReading reading,
            Answers answers,
            ForumCategories categories,
            Forum forum,
            CurrentUser currentUser,
            CurrentTenant tenant,
            List<TicketLinks> ticketLinks) {
        this.reading = reading;
        this.answers = answers;
        this.categories = categories;
        this.forum = forum;
        this.currentUser = currentUser;
        this.tenant = tenant;
        this.ticketLinks = ticketLinks;
    }

    /** The question at this number the current reader may read; 404 otherwise (a hidden one, or no such number). */
    Question readable(String number) {
        Optional<GuichetUser> reader = currentUser.get();
        boolean moderator =
                reader.map(u -> u.can(ProspectionModule.FORUM_MODERATE)).orElse(false);
        UserId readerId = reader.map(GuichetUser::id).orElse(null);
        return parse(number)
                .flatMap(n -> reading.question(n, readerId, moderator))
                .orElseThrow(() -> new NotFound("Question"));
    }

    /** An answer of this question, for a form about it; 404 when it is another question's. */
    Answer answerOf(Question question, UUID id) {
        return answers.findById(id)
                .filter(a -> a.questionId().equals(question.id()))
                .orElseThrow(() -> new NotFound("Answer"));
    }

    /** Fills the model of the question's page; the answer form is the caller's. */
    String show(Question question, int pageNumber, Model model) {
        Optional<GuichetUser> reader = currentUser.get();
        boolean moderator =
                reader.map(u -> u.can(ProspectionModule.FORUM_MODERATE)).orElse(false);
        boolean poster = reader.map(u -> u.can(ProspectionModule.FORUM_POST)).orElse(false);
        UserId readerId = reader.map(GuichetUser::id).orElse(null);
        Page<Answer> shown = reading.answers(
                question, readerId, moderator, PageRequest.of(Math.max(0, pageNumber), ANSWERS_PER_PAGE));
        Answer solution = question.solution()
                .flatMap(id -> shown.getContent().stream()
                        .filter(a -> a.id().equals(id))
                        .findFirst()
                        .or(() -> answers.findById(id)))
                .filter(Answer::published)
                .orElse(null);
        List<ForumCategory> all = categories.ordered();
        model.addAttribute("question", question);
        model.addAttribute(
                "category",
                all.stream()
                        .filter(c -> c.id().equals(question.categoryId()))
                        .findFirst()
                        .orElse(null));
        model.addAttribute("categories", all);
        model.addAttribute("answers", shown);
        model.addAttribute("links", PageLinks.of(Forum.path(question), shown));
        model.addAttribute("solution", solution);
        model.addAttribute("signedIn", reader.isPresent());
        model.addAttribute("canRegister", ForumController.canRegister(tenant, reader.isPresent()));
        model.addAttribute("moderator", moderator);
        model.addAttribute("canAnswer", poster && (moderator || (question.published() && !question.locked())));
        model.addAttribute("canSolve", moderator || question.isBy(readerId));
        model.addAttribute(
                "canTicket",
                moderator && !question.authorStaff() && question.ticketNumber().isEmpty() && forum.ticketsAvailable());
        model.addAttribute("ticketLink", ticketLink(question, moderator, readerId));
        return VIEW;
    }

    private @Nullable String ticketLink(Question question, boolean moderator, @Nullable UserId reader) {
        if (question.ticketNumber().isEmpty() || !(moderator || question.isBy(reader))) {
            return null;
        }
        String number = question.ticketNumber().get();
        return ticketLinks.stream()
                .filter(l -> tenant.profile().hasModule(l.module()))
                .findFirst()
                .map(l -> moderator ? l.staff(number) : l.portal(number))
                .orElse(null);
    }

    static Optional<Long> parse(String number) {
        try {
            long value = Long.parseLong(number);
            return value > 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
