package guichet.prospection.forum.web;

import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.modules.Refusal;
import guichet.prospection.ProspectionModule;
import guichet.prospection.forum.Answer;
import guichet.prospection.forum.Answers;
import guichet.prospection.forum.Forum;
import guichet.prospection.forum.ForumCategories;
import guichet.prospection.forum.ForumRefused;
import guichet.prospection.forum.PostState;
import guichet.prospection.forum.Poster;
import guichet.prospection.forum.Question;
import guichet.prospection.forum.Questions;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The moderators' share: the posts waiting for them, hiding and showing posts, locking, pinning and moving questions,
 * turning a question into a ticket for its author, and the categories.
 */
@Controller
@RequiresPermission(ProspectionModule.FORUM_MODERATE)
class ForumModerationController {

    static final String VIEW = "prospection/forum-moderation";
    private static final int QUEUE = 50;

    private final Forum forum;
    private final Questions questions;
    private final Answers answers;
    private final ForumCategories categories;
    private final QuestionPage questionPage;
    private final CurrentUser currentUser;

    ForumModerationController(
            Forum forum,
            Questions questions,
            Answers answers,
            ForumCategories categories,
            QuestionPage questionPage,
            CurrentUser currentUser) {
        this.forum = forum;
        this.questions = questions;
        this.answers = answers;
        this.categories = categories;
        this.questionPage = questionPage;
        this.currentUser = currentUser;
    }

    @GetMapping(ProspectionModule.FORUM + "/moderation")
    @Transactional(readOnly = true)
    String queue(Model model) {
        Sort oldest = Sort.by("createdAt");
        Page<Question> heldQuestions = questions.findByState(PostState.HELD, PageRequest.of(0, QUEUE, oldest));
        Page<Answer> heldAnswers = answers.findByState(PostState.HELD, PageRequest.of(0, QUEUE, oldest));
        Map<UUID, Question> answered = new HashMap<>();
        if (heldAnswers.hasContent()) {
            questions
                    .findByIdIn(heldAnswers.stream().map(Answer::questionId).toList())
                    .forEach(q -> answered.put(q.id(), q));
        }
        model.addAttribute("heldQuestions", heldQuestions);
        model.addAttribute("heldAnswers", heldAnswers);
        model.addAttribute("answered", answered);
        model.addAttribute("categories", categories.ordered());
        return VIEW;
    }

    @PostMapping(ProspectionModule.FORUM + "/questions/{question}/moderation")
    String moderateQuestion(
            @PathVariable String question,
            @RequestParam String action,
            @RequestParam(required = false) @Nullable String category,
            RedirectAttributes flash) {
        Question moderated = questionPage.readable(question);
        Forum.Action chosen = action(action);
        try {
            forum.moderate(moderated, chosen, category);
            flash.addFlashAttribute(
                    "notice", "prospection.forum.moderated." + chosen.name().toLowerCase(Locale.ROOT));
        } catch (ForumRefused refused) {
            flash.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:" + Forum.path(moderated);
    }

    @PostMapping(ProspectionModule.FORUM + "/questions/{question}/answers/{answer}/moderation")
    String moderateAnswer(
            @PathVariable String question,
            @PathVariable UUID answer,
            @RequestParam String action,
            @RequestParam(defaultValue = "false") boolean fromQueue,
            RedirectAttributes flash) {
        Question answered = questionPage.readable(question);
        Answer moderated = questionPage.answerOf(answered, answer);
        boolean show = "show".equalsIgnoreCase(action);
        forum.moderate(moderated, show);
        flash.addFlashAttribute(
                "notice", show ? "prospection.forum.moderated.show" : "prospection.forum.moderated.hide");
        return fromQueue
                ? "redirect:" + ProspectionModule.FORUM + "/moderation"
                : "redirect:" + Forum.path(answered) + "#answer-" + moderated.id();
    }

    @PostMapping(ProspectionModule.FORUM + "/questions/{question}/ticket")
    String ticket(@PathVariable String question, HttpServletRequest request, RedirectAttributes flash) {
        Question turned = questionPage.readable(question);
        try {
            String number = forum.turnIntoTicket(Poster.of(currentUser.require(), request.getRemoteAddr()), turned);
            flash.addFlashAttribute("ticketOpened", number);
        } catch (ForumRefused refused) {
            flash.addFlashAttribute("problem", refused.messageKey());
        } catch (Refusal refused) {
            flash.addFlashAttribute("problem", "prospection.forum.error.ticket.refused");
        }
        return "redirect:" + Forum.path(turned);
    }

    @PostMapping(ProspectionModule.FORUM + "/categories")
    String addCategory(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) @Nullable String description,
            RedirectAttributes flash) {
        try {
            forum.addCategory(name, description);
            flash.addFlashAttribute("notice", "prospection.forum.category.added");
        } catch (ForumRefused refused) {
            flash.addFlashAttribute("problem", refused.messageKey());
            flash.addFlashAttribute("typedName", name);
            flash.addFlashAttribute("typedDescription", description);
        }
        return "redirect:" + ProspectionModule.FORUM + "/moderation#categories";
    }

    private static Forum.Action action(String name) {
        try {
            return Forum.Action.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new guichet.platform.web.NotFound("Action " + name);
        }
    }
}
