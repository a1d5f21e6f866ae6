package guichet.platform.accounts.web;

import guichet.platform.history.InteractionLog;
import guichet.platform.i18n.Languages;
import guichet.platform.i18n.Nouns;
import guichet.platform.identity.CorePermissions;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.tenancy.CurrentTenant;
import guichet.platform.tenancy.TenantProfile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tenant's own word for its customers' requests (seed 004's « demande d'assistance », seed 000's « demande
 * client »), in French, English and Arabic, with its plural and gender so that every message agrees with it; or the
 * default words back.
 */
@Controller
@RequiresPermission(CorePermissions.SETTINGS_MANAGE)
class VocabularyController {

    static final String VIEW = "platform/vocabulary";

    /** The messages the page shows in each language, as the tenant's pages will say them. */
    private static final List<String> PREVIEW = List.of("term.tickets", "term.ticket.new", "term.ticket.none");

    private final CurrentTenant tenant;
    private final Nouns nouns;
    private final MessageSource messages;
    private final InteractionLog history;

    VocabularyController(CurrentTenant tenant, Nouns nouns, MessageSource messages, InteractionLog history) {
        this.tenant = tenant;
        this.nouns = nouns;
        this.messages = messages;
        this.history = history;
    }

    @GetMapping("/admin/vocabulary")
    String show(Model model) {
        return page(VocabularyForm.of(tenant.profile(), nouns), model);
    }

    @PostMapping("/admin/vocabulary")
    String change(
            @ModelAttribute("form") VocabularyForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        form.problems().forEach((field, key) -> errors.rejectValue(field, key));
        if (errors.hasErrors()) {
            return page(form, model);
        }
        TenantProfile profile = tenant.profile();
        StringBuilder summary = new StringBuilder();
        for (Locale language : Languages.SUPPORTED) {
            var noun = form.noun(language);
            nouns.change(profile.id(), VocabularyForm.NOUN, language, noun);
            summary.append(language.getLanguage())
                    .append(": ")
                    .append(noun == null ? "—" : noun.singular() + " / " + noun.plural())
                    .append(' ');
        }
        history.record(
                "VOCABULARY_CHANGED",
                "tenant",
                profile.slug(),
                summary.toString().strip());
        flash.addFlashAttribute("notice", "vocabulary.saved");
        return "redirect:/admin/vocabulary";
    }

    private String page(VocabularyForm form, Model model) {
        Map<String, List<String>> preview = new LinkedHashMap<>();
        for (Locale language : Languages.SUPPORTED) {
            preview.put(
                    language.getLanguage(),
                    PREVIEW.stream()
                            .map(key -> messages.getMessage(key, null, language))
                            .toList());
        }
        model.addAttribute("form", form);
        model.addAttribute("languages", Languages.SUPPORTED);
        model.addAttribute("preview", preview);
        return VIEW;
    }
}
