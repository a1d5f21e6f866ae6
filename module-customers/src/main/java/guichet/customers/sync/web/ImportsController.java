package guichet.customers.sync.web;

import guichet.customers.CustomersModule;
import guichet.customers.sync.CustomerSync;
import guichet.customers.sync.ImportJob;
import guichet.customers.sync.SyncField;
import guichet.customers.sync.SyncImports;
import guichet.customers.tables.UnreadableTable;
import guichet.platform.files.FilesProperties;
import guichet.platform.identity.RequiresPermission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Importing the customer base from a file (seed 003): upload, map the columns, check every row (all bad rows are
 * listed and nothing is imported), then import with a progress bar that htmx refreshes every second and that a
 * browser without JavaScript refreshes through the {@code Refresh} header.
 */
@Controller
@RequiresPermission(CustomersModule.IMPORT)
class ImportsController {

    static final String LIST = "customers/imports";
    static final String JOB = "customers/import";

    private final SyncImports imports;
    private final FilesProperties files;

    ImportsController(SyncImports imports, FilesProperties files) {
        this.imports = imports;
        this.files = files;
    }

    @GetMapping("/customers/imports")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("jobs", imports.recent(page));
        return LIST;
    }

    @PostMapping("/customers/imports")
    String upload(@RequestParam(required = false) @Nullable MultipartFile file, Model model) {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "customers.import.error.file");
            return list(0, model);
        }
        if (file.getSize() > files.maxSize().toBytes()) {
            model.addAttribute("fileError", "files.error.too-large");
            return list(0, model);
        }
        try {
            String name = file.getOriginalFilename() == null ? "clients.csv" : file.getOriginalFilename();
            ImportJob job = imports.upload(name, file.getBytes());
            return "redirect:/customers/imports/" + job.id();
        } catch (UnreadableTable e) {
            model.addAttribute("fileError", e.messageKey());
            model.addAttribute("fileErrorArguments", e.arguments());
            return list(0, model);
        } catch (IOException e) {
            model.addAttribute("fileError", "customers.import.error.unreadable");
            return list(0, model);
        }
    }

    @GetMapping("/customers/imports/{id}")
    String show(@PathVariable UUID id, HttpServletRequest request, HttpServletResponse response, Model model) {
        ImportJob job = imports.job(id);
        if (job.status() == ImportJob.Status.RUNNING) {
            response.setHeader("Refresh", "2");
        }
        model.addAttribute("job", job);
        if (job.status() == ImportJob.Status.UPLOADED) {
            model.addAttribute("preview", imports.preview(id));
        }
        model.addAttribute("fields", SyncField.values());
        return "true".equals(request.getHeader("HX-Request")) ? JOB + " :: progress" : JOB;
    }

    @PostMapping("/customers/imports/{id}/check")
    String check(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model) {
        CustomerSync.Outcome outcome = imports.check(id, mapping(params));
        model.addAttribute("job", imports.job(id));
        model.addAttribute("preview", imports.preview(id));
        model.addAttribute("fields", SyncField.values());
        model.addAttribute("outcome", outcome);
        return JOB;
    }

    @PostMapping("/customers/imports/{id}/run")
    String run(@PathVariable UUID id) {
        imports.run(id);
        return "redirect:/customers/imports/" + id;
    }

    /** The mapping the form posted: {@code column.<n>} is the field column n fills, or blank to leave it out. */
    private static Map<Integer, SyncField> mapping(Map<String, String> params) {
        Map<Integer, SyncField> mapping = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith("column.") && name.substring(7).matches("\\d{1,4}")) {
                SyncField.byId(value).ifPresent(f -> mapping.put(Integer.parseInt(name.substring(7)), f));
            }
        });
        return mapping;
    }
}
