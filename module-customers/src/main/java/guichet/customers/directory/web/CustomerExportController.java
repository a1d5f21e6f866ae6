package guichet.customers.directory.web;

import guichet.customers.CustomersModule;
import guichet.customers.directory.CustomerBands;
import guichet.customers.directory.CustomerExport;
import guichet.customers.directory.CustomerFilters;
import guichet.platform.identity.RequiresPermission;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The customer list as CSV, with the list's filters and within the user's access (a sales rep exports his own). */
@Controller
@RequiresPermission(CustomersModule.EXPORT)
class CustomerExportController {

    private final CustomerExport export;

    CustomerExportController(CustomerExport export) {
        this.export = export;
    }

    @GetMapping("/customers/export.csv")
    ResponseEntity<byte[]> csv(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String stage,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String segment,
            @RequestParam(required = false) @Nullable String rep,
            HttpServletRequest request) {
        String text = export.csv(
                CustomerFilters.of(q, stage, kind, segment, rep).within(CustomerBands.of(request::getParameter)));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("customers.csv")
                                .build()
                                .toString())
                .body(text.getBytes(StandardCharsets.UTF_8));
    }
}
