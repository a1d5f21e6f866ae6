package guichet.customers.wiki.web;

import guichet.customers.CustomersModule;
import guichet.customers.directory.CustomerDirectory;
import guichet.customers.directory.CustomerFile;
import guichet.customers.wiki.Wiki;
import guichet.customers.wiki.WikiPage;
import guichet.customers.wiki.WikiRejected;
import guichet.customers.wiki.WikiRevision;
import guichet.customers.wiki.WikiSearch;
import guichet.customers.wiki.WikiText;
import guichet.platform.customers.Customer;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.ids.CustomerId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
 * A customer's wiki for staff (seed 003): his pages, each rendered from its Markdown, its revisions and what each
 * changed; writing, changing and sharing a page with the customer. A refused change comes back with what was typed.
 */
@Controller
@RequiresPermission(CustomersModule.VIEW)
class WikiController {

    static final String LIST = "customers/wiki/list";
    static final String PAGE = "customers/wiki/page";
    static final String FORM = "customers/wiki/form";
    static final String REVISION = "customers/wiki/revision";
    static final String SEARCH = "customers/wiki/search";

    private final Wiki wiki;
    private final CustomerDirectory directory;
    private final CustomerFile file;
    private final WikiText text;
    private final WikiSearch search;

    WikiController(Wiki wiki, CustomerDirectory directory, CustomerFile file, WikiText text, WikiSearch search) {
        this.wiki = wiki;
        this.directory = directory;
        this.file = file;
        this.text = text;
        this.search = search;
    }

    /** Every wiki the user may see, searched by the words of the pages' titles and texts (50 latest matches). */
    @GetMapping("/customers/wiki")
    String search(@RequestParam(defaultValue = "") String q, Model model) {
        List<WikiPage> found = search.find(q, directory.access(), 50);
        Map<CustomerId, String> names = new HashMap<>();
        found.forEach(p -> names.computeIfAbsent(
                p.customer(),
                id -> directory.optional(id).map(Customer::displayName).orElse("")));
        model.addAttribute("q", q);
        model.addAttribute("found", found);
        model.addAttribute("names", names);
        return SEARCH;
    }

    @GetMapping("/customers/{id}/wiki")
    String list(@PathVariable UUID id, Model model) {
        CustomerId customer = new CustomerId(id);
        model.addAttribute("customer", directory.visible(customer));
        model.addAttribute("pages", wiki.pages(customer));
        return LIST;
    }

    @GetMapping("/customers/{id}/wiki/new")
    @RequiresPermission(CustomersModule.EDIT)
    String newPage(@PathVariable UUID id, Model model) {
        return form(directory.visible(new CustomerId(id)), null, new WikiForm(), model);
    }

    @PostMapping("/customers/{id}/wiki")
    @RequiresPermission(CustomersModule.EDIT)
    String create(
            @PathVariable UUID id,
            @ModelAttribute("form") WikiForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        CustomerId customer = new CustomerId(id);
        try {
            WikiPage page = wiki.create(customer, form.getTitle(), form.getBody());
            flash.addFlashAttribute("notice", "customers.wiki.created");
            return "redirect:/customers/" + id + "/wiki/" + page.id();
        } catch (WikiRejected rejected) {
            rejected.problems().forEach(errors::rejectValue);
            return form(directory.visible(customer), null, form, model);
        }
    }

    @GetMapping("/customers/{id}/wiki/{page}")
    String page(@PathVariable UUID id, @PathVariable UUID page, Model model) {
        CustomerId customer = new CustomerId(id);
        WikiPage shown = wiki.page(customer, page);
        Customer his = directory.visible(customer);
        model.addAttribute("customer", his);
        model.addAttribute("page", shown);
        model.addAttribute("html", text.forStaff(customer, shown.body()));
        model.addAttribute("revisions", wiki.revisions(customer, page));
        model.addAttribute("files", wiki.attachments(customer, page));
        model.addAttribute("panels", file.panels(his, directory.me()));
        return PAGE;
    }

    @GetMapping("/customers/{id}/wiki/{page}/edit")
    @RequiresPermission(CustomersModule.EDIT)
    String edit(@PathVariable UUID id, @PathVariable UUID page, Model model) {
        CustomerId customer = new CustomerId(id);
        WikiPage shown = wiki.page(customer, page);
        return form(directory.visible(customer), shown, WikiForm.of(shown), model);
    }

    @PostMapping("/customers/{id}/wiki/{page}")
    @RequiresPermission(CustomersModule.EDIT)
    String save(
            @PathVariable UUID id,
            @PathVariable UUID page,
            @ModelAttribute("form") WikiForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        CustomerId customer = new CustomerId(id);
        try {
            wiki.edit(customer, page, form.getRevision(), form.getTitle(), form.getBody());
            flash.addFlashAttribute("notice", "customers.wiki.saved");
            return "redirect:/customers/" + id + "/wiki/" + page;
        } catch (WikiRejected rejected) {
            rejected.problems().forEach(errors::rejectValue);
            return form(directory.visible(customer), wiki.page(customer, page), form, model);
        }
    }

    @PostMapping("/customers/{id}/wiki/{page}/share")
    @RequiresPermission(CustomersModule.EDIT)
    String share(
            @PathVariable UUID id,
            @PathVariable UUID page,
            @RequestParam(defaultValue = "false") boolean shared,
            RedirectAttributes flash) {
        wiki.share(new CustomerId(id), page, shared);
        flash.addFlashAttribute("notice", shared ? "customers.wiki.shared" : "customers.wiki.unshared");
        return "redirect:/customers/" + id + "/wiki/" + page;
    }

    /** A revision as it was, and what it changed from the one before (the first: from nothing). */
    @GetMapping("/customers/{id}/wiki/{page}/revisions/{version}")
    String revision(@PathVariable UUID id, @PathVariable UUID page, @PathVariable String version, Model model) {
        CustomerId customer = new CustomerId(id);
        WikiRevision shown = wiki.revision(customer, page, version);
        model.addAttribute("customer", directory.visible(customer));
        model.addAttribute("page", wiki.page(customer, page));
        model.addAttribute("revision", shown);
        model.addAttribute("html", text.forStaff(customer, shown.body()));
        model.addAttribute("changes", wiki.changes(customer, page, shown));
        return REVISION;
    }

    private static String form(Customer customer, @Nullable WikiPage page, WikiForm form, Model model) {
        model.addAttribute("customer", customer);
        model.addAttribute("page", page);
        model.addAttribute("form", form);
        return FORM;
    }
}
