package guichet.claims.mailbox;

import guichet.claims.ClaimsModule;
import guichet.platform.history.InteractionLog;
import guichet.platform.identity.RequiresPermission;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tenant's mailbox settings page (seed 003: tickets created by e-mail), for whoever configures the claims: where
 * the mailbox is, how to sign in, how often to read it, how the last poll went, and a button that tries the connection.
 * The saved password is never sent back to the browser, nor sent to another server or user name than it was saved for;
 * a failed connection is told in one message, whatever answered.
 */
@Controller
@RequiresPermission(ClaimsModule.CONFIGURE)
class MailboxController {

    static final String PAGE = "claims/mailbox";
    private static final String PATH = "/claims/settings/mailbox";

    private final MailboxSettings settings;
    private final InteractionLog history;

    MailboxController(MailboxSettings settings, InteractionLog history) {
        this.settings = settings;
        this.history = history;
    }

    @GetMapping(PATH)
    String page(Model model) {
        return show(model, settings.current().map(MailboxForm::of).orElseGet(MailboxForm::empty));
    }

    @PostMapping(PATH)
    String save(
            @Valid @ModelAttribute("form") MailboxForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (errors.hasErrors()) {
            model.addAttribute("problem", "claims.mailbox.invalid");
            return show(model, form.withoutPassword());
        }
        Optional<String> refused = settings.save(form);
        if (refused.isPresent()) {
            model.addAttribute("problem", refused.get());
            return show(model, form.withoutPassword());
        }
        history.record("CLAIMS_SETTINGS_CHANGED", "claims-settings", null, "mailbox");
        flash.addFlashAttribute("notice", "claims.settings.saved");
        return "redirect:" + PATH;
    }

    /** Tries the settings as typed, without saving them. */
    @PostMapping(PATH + "/test")
    String test(@Valid @ModelAttribute("form") MailboxForm form, BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            model.addAttribute("problem", "claims.mailbox.invalid");
            return show(model, form.withoutPassword());
        }
        Optional<String> failure = settings.test(form);
        if (failure.isPresent()) {
            model.addAttribute("problem", failure.get());
        } else {
            model.addAttribute("notice", "claims.mailbox.test.ok");
        }
        return show(model, form.withoutPassword());
    }

    private String show(Model model, MailboxForm form) {
        model.addAttribute("form", form);
        model.addAttribute("securities", Mailbox.Security.values());
        Optional<Mailbox> saved = settings.current();
        model.addAttribute(
                "state",
                saved.map(m -> new State(
                                m.lastPolledAt().orElse(null),
                                m.lastError().map(ImapConnection::shownKey).orElse(null),
                                settings.failedMails()))
                        .orElse(null));
        model.addAttribute("hasPassword", saved.flatMap(Mailbox::passwordCipher).isPresent());
        model.addAttribute("checksSenders", saved.flatMap(Mailbox::authservId).isPresent());
        return PAGE;
    }

    /** How the saved mailbox's polls went, for the page: the one message of a failure, never the server's words. */
    record State(@Nullable Instant lastPolledAt, @Nullable String lastError, long failedMails) {}
}
