package guichet.platform.console;

import guichet.platform.archives.ArchiveJob;
import guichet.platform.archives.ArchiveRejected;
import guichet.platform.archives.TenantArchives;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.web.ConsoleEndpoint;
import guichet.platform.web.NotFound;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's archive pages: a tenant's exports (start one, download it) and its deletion once exported, and the
 * restore of an archive into a fresh tenant. Exports and restores run in the background; while one runs, the page
 * reloads itself every few seconds (an HTTP {@code Refresh} header, no script needed) until it shows the result.
 */
@Controller
@ConsoleEndpoint
class TenantArchivesController {

    static final String ARCHIVES = "console/tenant-archives";
    static final String RESTORE = "console/tenant-restore";
    private static final String REFRESH_SECONDS = "3";

    private final TenantCatalog catalog;
    private final TenantArchives archives;

    TenantArchivesController(TenantCatalog catalog, TenantArchives archives) {
        this.catalog = catalog;
        this.archives = archives;
    }

    @GetMapping("/tenants/{slug}/archives")
    String archives(@PathVariable String slug, Model model, HttpServletResponse response) {
        return archivesPage(find(slug), model, response);
    }

    @PostMapping("/tenants/{slug}/exports")
    String export(@PathVariable String slug, RedirectAttributes flash) {
        archives.startExport(find(slug));
        flash.addFlashAttribute("notice", "console.archive.export.started");
        return "redirect:/tenants/" + slug + "/archives";
    }

    @GetMapping("/tenants/{slug}/exports/{id}")
    ResponseEntity<Resource> download(@PathVariable String slug, @PathVariable UUID id) {
        ArchiveJob job = archives.job(id)
                .filter(j -> j.tenantSlug().equals(slug))
                .orElseThrow(() -> new NotFound("Archive " + id));
        Path file = archives.archive(job).orElseThrow(() -> new NotFound("Archive " + id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(job.fileName())
                                .build()
                                .toString())
                .body(new FileSystemResource(file));
    }

    @PostMapping("/tenants/{slug}/delete")
    String delete(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String confirm,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        TenantProfile tenant = find(slug);
        try {
            archives.delete(tenant, confirm);
        } catch (ArchiveRejected rejected) {
            model.addAttribute("error", rejected.messageKey());
            model.addAttribute("confirm", confirm);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return archivesPage(tenant, model, response);
        }
        flash.addFlashAttribute("notice", "console.archive.deleted");
        return "redirect:/";
    }

    @GetMapping("/restore")
    String restorePage(Model model, HttpServletResponse response) {
        return restoreForm("", model, response);
    }

    @PostMapping("/restore")
    String restore(
            @RequestParam(defaultValue = "") String slug,
            @RequestParam(required = false) MultipartFile archive,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash)
            throws IOException {
        String typed = slug.strip();
        if (archive == null || archive.isEmpty()) {
            return refused("console.archive.error.file", typed, model, response);
        }
        Path received = archives.newUpload();
        archive.transferTo(received);
        try {
            archives.startRestore(received, typed);
        } catch (ArchiveRejected rejected) {
            java.nio.file.Files.deleteIfExists(received);
            return refused(rejected.messageKey(), typed, model, response);
        }
        flash.addFlashAttribute("notice", "console.archive.restore.started");
        return "redirect:/restore";
    }

    private String refused(String messageKey, String slug, Model model, HttpServletResponse response) {
        model.addAttribute("error", messageKey);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return restoreForm(slug, model, response);
    }

    private String archivesPage(TenantProfile tenant, Model model, HttpServletResponse response) {
        List<ArchiveJob> jobs = archives.jobs(tenant.slug());
        refreshWhileRunning(jobs, response);
        model.addAttribute("tenant", tenant);
        model.addAttribute("jobs", jobs);
        model.addAttribute("exported", archives.exported(tenant));
        return ARCHIVES;
    }

    private String restoreForm(String slug, Model model, HttpServletResponse response) {
        List<ArchiveJob> restores = archives.restores();
        refreshWhileRunning(restores, response);
        model.addAttribute("slug", slug);
        model.addAttribute("restores", restores);
        return RESTORE;
    }

    private static void refreshWhileRunning(List<ArchiveJob> jobs, HttpServletResponse response) {
        if (jobs.stream().anyMatch(ArchiveJob::isRunning)) {
            response.setHeader("Refresh", REFRESH_SECONDS);
        }
    }

    private TenantProfile find(String slug) {
        if (!TenantId.isValid(slug)) {
            throw new NotFound("Tenant " + slug);
        }
        return catalog.find(new TenantId(slug)).orElseThrow(() -> new NotFound("Tenant " + slug));
    }
}
