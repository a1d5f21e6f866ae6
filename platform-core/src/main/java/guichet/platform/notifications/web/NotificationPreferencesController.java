package guichet.platform.notifications.web;

import guichet.platform.identity.CurrentUser;
import guichet.platform.identity.GuichetUser;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.notifications.NotificationPreferences;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Which notifications the signed-in user receives, kind by kind, by e-mail and on the platform. */
@Controller
@RequiresPermission(RequiresPermission.SIGNED_IN)
class NotificationPreferencesController {

    static final String VIEW = "platform/notification-preferences";

    private final NotificationPreferences preferences;
    private final CurrentUser currentUser;

    NotificationPreferencesController(NotificationPreferences preferences, CurrentUser currentUser) {
        this.preferences = preferences;
        this.currentUser = currentUser;
    }

    @GetMapping("/notifications/preferences")
    String show(Model model) {
        model.addAttribute("choices", preferences.of(currentUser.require()));
        return VIEW;
    }

    @PostMapping("/notifications/preferences")
    String change(
            @RequestParam(name = "email", required = false) @Nullable List<String> email,
            @RequestParam(name = "inApp", required = false) @Nullable List<String> inApp,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        GuichetUser me = currentUser.require();
        try {
            preferences.change(
                    me, email == null ? Set.of() : Set.copyOf(email), inApp == null ? Set.of() : Set.copyOf(inApp));
        } catch (IllegalArgumentException notOffered) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", "notifications.preferences.error.kind");
            return show(model);
        }
        flash.addFlashAttribute("notice", "notifications.preferences.saved");
        return "redirect:/notifications/preferences";
    }
}
