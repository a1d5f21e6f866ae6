package guichet.prospection.forum.web;

import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.web.ListQuery;
import guichet.platform.web.PageLinks;
import guichet.prospection.ProspectionModule;
import guichet.prospection.forum.Answers;
import guichet.prospection.forum.ForumCategories;
import guichet.prospection.forum.ForumCategory;
import guichet.prospection.forum.ForumQuery;
import guichet.prospection.forum.ForumReading;
import guichet.prospection.forum.PostState;
import guichet.prospection.forum.Question;
import guichet.prospection.forum.Questions;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The help forum as anyone reads it on the tenant's host, without an account: its categories, its questions listed,
 * filtered, sorted and searched, and each question with its answers. Writing asks to sign in.
 */
@Controller
@RequiresPermission(RequiresPermission.PUBLIC)
class ForumController {

    static final String LIST = "prospection/forum";

    private final ForumReading reading;
    private final ForumCategories categories;
    private final Questions questions;
    private final Answers answers;
    private final QuestionPage questionPage;
    private final CurrentUser currentUser;
    private final CurrentTenant tenant;

    ForumController(
            ForumReading reading,
            ForumCategories categories,
            Questions questions,
            Answers answers,
            QuestionPage questionPage,
            CurrentUser currentUser,
            CurrentTenant tenant) {
        this.reading = reading;
        this.categories = categories;
        this.questions = questions;
        this.answers = answers;
        this.questionPage = questionPage;
        this.currentUser = currentUser;
        this.tenant = tenant;
    }

    @GetMapping(ProspectionModule.FORUM)
    @Transactional(readOnly = true)
    String forum(
            ListQuery query,
            @RequestParam(name = "q", required = false) @Nullable String text,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable String show,
            Model model) {
        List<ForumCategory> all = categories.ordered();
        Optional<ForumCategory> chosen =
                all.stream().filter(c -> c.slug().equals(category)).findFirst();
        ForumQuery.Filter filter = ForumQuery.Filter.of(show);
        String words = text == null ? "" : text.strip();
        Page<Question> found = reading.questions(
                new ForumQuery(words, chosen.map(ForumCategory::id).orElse(null), filter),
                query.pageable(ForumReading.SORTABLE, Sort.unsorted()));
        Map<UUID, String> names = new HashMap<>();
        all.forEach(c -> names.put(c.id(), c.name()));
        UriComponentsBuilder base = UriComponentsBuilder.fromPath(ProspectionModule.FORUM);
        if (!words.isEmpty()) {
            base.queryParam("q", words);
        }
        chosen.ifPresent(c -> base.queryParam("category", c.slug()));
        if (filter != ForumQuery.Filter.ALL) {
            base.queryParam("show", filter.name().toLowerCase(Locale.ROOT));
        }
        boolean signedIn = currentUser.get().isPresent();
        boolean moderator = currentUser.can(ProspectionModule.FORUM_MODERATE);
        model.addAttribute("categories", all);
        model.addAttribute("counts", reading.countsByCategory());
        model.addAttribute("names", names);
        model.addAttribute("chosen", chosen.orElse(null));
        model.addAttribute("q", words);
        model.addAttribute("show", filter.name().toLowerCase(Locale.ROOT));
        model.addAttribute("filters", ForumQuery.Filter.values());
        model.addAttribute("questions", found);
        model.addAttribute("links", PageLinks.of(base.encode().build().toUriString(), found));
        model.addAttribute("signedIn", signedIn);
        model.addAttribute("canAsk", currentUser.can(ProspectionModule.FORUM_POST));
        model.addAttribute("canRegister", canRegister(tenant, signedIn));
        model.addAttribute("moderator", moderator);
        model.addAttribute(
                "held", moderator ? questions.countByState(PostState.HELD) + answers.countByState(PostState.HELD) : 0L);
        return LIST;
    }

    @GetMapping(ProspectionModule.FORUM + "/questions/{question}")
    @Transactional(readOnly = true)
    String question(@PathVariable String question, @RequestParam(defaultValue = "0") int page, Model model) {
        Question shown = questionPage.readable(question);
        model.addAttribute("form", new AnswerForm());
        return questionPage.show(shown, page, model);
    }

    /** Whether a visitor may open an account himself on this tenant (a prospect registers to ask). */
    static boolean canRegister(CurrentTenant tenant, boolean signedIn) {
        return !signedIn && tenant.profile().identity().selfRegistration();
    }
}
