package guichet.customers.wiki.web;

import guichet.customers.wiki.Wiki;
import guichet.customers.wiki.WikiPage;
import guichet.customers.wiki.WikiText;
import guichet.platform.identity.CorePermissions;
import guichet.platform.identity.RequiresPermission;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The customer's portal: the wiki pages his supplier shared with him, read only; an unshared page does not exist. */
@Controller
@RequiresPermission(CorePermissions.PORTAL_ACCESS)
class MyWikiController {

    static final String VIEW = "customers/wiki/mine";

    private final Wiki wiki;
    private final WikiText text;

    MyWikiController(Wiki wiki, WikiText text) {
        this.wiki = wiki;
        this.text = text;
    }

    @GetMapping("/customers/mine/wiki")
    String list(Model model) {
        model.addAttribute("pages", wiki.sharedWithMe());
        return VIEW;
    }

    @GetMapping("/customers/mine/wiki/{page}")
    String page(@PathVariable UUID page, Model model) {
        WikiPage shown = wiki.sharedWithMe(page);
        model.addAttribute("pages", wiki.sharedWithMe());
        model.addAttribute("page", shown);
        model.addAttribute("html", text.forCustomer(shown.customer(), shown.body()));
        model.addAttribute("files", wiki.sharedAttachments(page));
        return VIEW;
    }
}
