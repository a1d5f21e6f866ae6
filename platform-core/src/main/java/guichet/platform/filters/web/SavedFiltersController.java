package guichet.platform.filters.web;

import guichet.platform.filters.FilterLibrary;
import guichet.platform.filters.FilterableList;
import guichet.platform.filters.LocalAddress;
import guichet.platform.filters.SavedFilter;
import guichet.platform.filters.SavedFilterId;
import guichet.platform.identity.RequiresPermission;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Saving and deleting filters from the panel of a list page. Staff only; every answer sends the visitor back to a page
 * of this host: after saving, the list with the saved criteria; otherwise the page the form was on.
 */
@Controller
@RequiresPermission(RequiresPermission.SIGNED_IN)
class SavedFiltersController {

    private final FilterLibrary library;

    SavedFiltersController(FilterLibrary library) {
        this.library = library;
    }

    @PostMapping("/filters")
    RedirectView save(@ModelAttribute SavedFilterForm form, RedirectAttributes flash) {
        String returnTo = local(form.getReturnTo());
        if (!library.canSave()) {
            throw new AccessDeniedException("Only staff save filters");
        }
        if (!library.isRegistered(form.listKey())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown list");
        }
        FilterableList list = library.available(form.listKey())
                .orElseThrow(() -> new AccessDeniedException("List not available to this user"));
        Map<String, String> errors = form.errors();
        if (!errors.isEmpty()) {
            flash.addFlashAttribute(RejectedFilter.ATTRIBUTE, form.rejected(errors));
            return redirect(returnTo);
        }
        SavedFilter saved = library.save(list.key(), form.name(), form.query(), form.isShared());
        flash.addFlashAttribute("notice", "filters.saved");
        return redirect(list.linkTo(saved.query()));
    }

    @PostMapping("/filters/{id}/delete")
    RedirectView delete(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String returnTo,
            RedirectAttributes flash) {
        String back = returnTo == null ? "/" : local(returnTo);
        library.delete(new SavedFilterId(id));
        flash.addFlashAttribute("notice", "filters.deleted");
        return redirect(back);
    }

    /** The address to go back to; anything but a path of this host is refused (no open redirect). */
    private static String local(@Nullable String returnTo) {
        if (!LocalAddress.isLocal(returnTo)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "returnTo must be a path of this host");
        }
        return returnTo;
    }

    private static RedirectView redirect(String path) {
        RedirectView view = new RedirectView(path, true);
        view.setExpandUriTemplateVariables(false);
        view.setPropagateQueryParams(false);
        return view;
    }
}
