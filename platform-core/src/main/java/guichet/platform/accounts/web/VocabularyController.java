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
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tenant's own words for its customers' requests (seed 004's « demande d'assistance », seed 000's « demande
 * client ») and for its sites (« agence », « boutique »), in French, English and Arabic, with plural and gender so
 * that every message agrees with them; or the default words back. One noun at a time, {@code ?noun=site}.
 */
@Controller
@RequiresPermission(CorePermissions.SETTINGS_MANAGE)
class VocabularyController {

    static final String VIEW = "platform/vocabulary";

    /** The messages the page shows in each language for each noun, as the tenant's pages will say them. */
    private static final Map<String, List<String>> PREVIEW = Map.of(
            "ticket", List.of("term.tickets", "term.ticket.new", "term.ticket.none"),
            "site", List.of("term.sites", "term.site.new", "term.site.none"));

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
    String show(@RequestParam(required = false) @Nullable String noun, Model model) {
        return page(VocabularyForm.of(tenant.profile(), nouns, VocabularyForm.known(noun)), model);
    }

    @PostMapping("/admin/vocabulary")
    String change(
            @ModelAttribute("form") VocabularyForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        form.problems().forEach((field, key) -> errors.rejectValue(field, key));
        if (errors.hasErrors()) {
            return page(form, model);
        }
        TenantProfile profile = tenant.profile();
        StringBuilder summary = new StringBuilder(form.getNounName()).append(" — ");
        for (Locale language : Languages.SUPPORTED) {
            var noun = form.noun(language);
            nouns.change(profile.id(), form.getNounName(), language, noun);
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
        return "redirect:/admin/vocabulary?noun=" + form.getNounName();
    }

    private String page(VocabularyForm form, Model model) {
        Map<String, List<String>> preview = new LinkedHashMap<>();
        for (Locale language : Languages.SUPPORTED) {
            preview.put(
                    language.getLanguage(),
                    PREVIEW.get(form.getNounName()).stream()
                            .map(key -> messages.getMessage(key, null, language))
                            .toList());
        }
        model.addAttribute("form", form);
        model.addAttribute("languages", Languages.SUPPORTED);
        model.addAttribute("preview", preview);
        model.addAttribute("nounNames", Nouns.NAMES);
        return VIEW;
    }
}
