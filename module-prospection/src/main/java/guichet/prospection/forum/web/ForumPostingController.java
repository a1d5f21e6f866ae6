package guichet.prospection.forum.web;

import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.RequiresPermission;
import guichet.prospection.ProspectionModule;
import guichet.prospection.forum.Answer;
import guichet.prospection.forum.Forum;
import guichet.prospection.forum.ForumCategories;
import guichet.prospection.forum.ForumRefused;
import guichet.prospection.forum.Poster;
import guichet.prospection.forum.Question;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Asking and answering, for signed-in accounts (customers and prospects included), and marking the solution (the
 * question's author). A refused post comes back with what was typed and why, in the page's language.
 */
@Controller
@RequiresPermission(ProspectionModule.FORUM_POST)
class ForumPostingController {

    static final String ASK = "prospection/forum-ask";

    private final Forum forum;
    private final ForumCategories categories;
    private final QuestionPage questionPage;
    private final CurrentUser currentUser;

    ForumPostingController(
            Forum forum, ForumCategories categories, QuestionPage questionPage, CurrentUser currentUser) {
        this.forum = forum;
        this.categories = categories;
        this.questionPage = questionPage;
        this.currentUser = currentUser;
    }

    @GetMapping(ProspectionModule.FORUM + "/ask")
    String askForm(@RequestParam(required = false) @Nullable String category, Model model) {
        QuestionForm form = new QuestionForm();
        form.setCategory(category);
        model.addAttribute("form", form);
        model.addAttribute("categories", categories.ordered());
        return ASK;
    }

    @PostMapping(ProspectionModule.FORUM + "/ask")
    String ask(
            @ModelAttribute("form") QuestionForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes flash) {
        List<ForumRefused> problems = forum.problems(form.getCategory(), form.getTitle(), form.getBody());
        problems.forEach(problem -> reject(errors, problem));
        if (!errors.hasErrors()) {
            try {
                Question asked = forum.ask(poster(request), form.getCategory(), form.getTitle(), form.getBody());
                flash.addFlashAttribute(
                        "notice", asked.published() ? "prospection.forum.asked" : "prospection.forum.held");
                return "redirect:" + Forum.path(asked);
            } catch (ForumRefused refused) {
                reject(errors, refused);
            }
        }
        response.setStatus(status(errors));
        model.addAttribute("categories", categories.ordered());
        return ASK;
    }

    @PostMapping(ProspectionModule.FORUM + "/questions/{question}/answers")
    String answer(
            @PathVariable String question,
            @ModelAttribute("form") AnswerForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes flash) {
        Question answered = questionPage.readable(question);
        try {
            Answer answer = forum.answer(poster(request), answered, form.getBody());
            flash.addFlashAttribute(
                    "notice", answer.published() ? "prospection.forum.answered" : "prospection.forum.held");
            return "redirect:" + Forum.path(answered) + "#answer-" + answer.id();
        } catch (ForumRefused refused) {
            reject(errors, refused);
        }
        response.setStatus(status(errors));
        return questionPage.show(answered, answered.answerCount() / QuestionPage.ANSWERS_PER_PAGE, model);
    }

    @PostMapping(ProspectionModule.FORUM + "/questions/{question}/solution")
    String solution(
            @PathVariable String question,
            @RequestParam(required = false) @Nullable UUID answer,
            HttpServletRequest request,
            RedirectAttributes flash) {
        Question solved = questionPage.readable(question);
        try {
            forum.markSolution(poster(request), solved, answer);
            flash.addFlashAttribute(
                    "notice",
                    answer == null ? "prospection.forum.solution.removed" : "prospection.forum.solution.marked");
        } catch (ForumRefused refused) {
            flash.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:" + Forum.path(solved);
    }

    private Poster poster(HttpServletRequest request) {
        return Poster.of(currentUser.require(), request.getRemoteAddr());
    }

    private static void reject(BindingResult errors, ForumRefused refused) {
        if (refused.field() == null) {
            errors.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
        } else if (!errors.hasFieldErrors(refused.field())) {
            errors.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), refused.messageKey());
        }
    }

    private static int status(BindingResult errors) {
        boolean tooMany = errors.getGlobalErrors().stream()
                .anyMatch(e -> e.getCode() != null && e.getCode().startsWith("prospection.forum.error.tooMany"));
        return tooMany ? HttpStatus.TOO_MANY_REQUESTS.value() : HttpStatus.UNPROCESSABLE_CONTENT.value();
    }
}
