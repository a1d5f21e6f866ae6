package guichet.customers.directory;

import guichet.platform.customers.Customer;
import guichet.platform.search.SearchEngine;
import guichet.platform.web.SpreadsheetCsv;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer list as CSV, written by the platform's {@link SpreadsheetCsv} (byte order mark, semicolons, no formula
 * run from a name a customer typed), with the list's filters and within the user's access, up to
 * {@link SearchEngine#COUNT_CAP} rows.
 */
@Service
public class CustomerExport {

    static final String[] HEADER = {
        "number",
        "kind",
        "stage",
        "first_name",
        "last_name",
        "company_name",
        "email",
        "phone",
        "segment",
        "birth_date",
        "registration_number",
        "external_ref",
        "created_at"
    };

    private static final int BATCH = 500;

    private final CustomerDirectory directory;

    CustomerExport(CustomerDirectory directory) {
        this.directory = directory;
    }

    @Transactional(readOnly = true)
    public String csv(CustomerFilters filters) {
        StringWriter out = new StringWriter();
        try (SpreadsheetCsv csv = SpreadsheetCsv.open(out)) {
            csv.row((Object[]) HEADER);
            int written = 0;
            Page<Customer> page;
            int number = 0;
            do {
                page = directory.find(filters, PageRequest.of(number++, BATCH, Sort.by("number")));
                for (Customer c : page) {
                    csv.row(
                            c.number().value(),
                            c.kind(),
                            c.stage(),
                            c.firstName(),
                            c.lastName(),
                            c.companyName(),
                            c.email(),
                            c.phone(),
                            c.segment(),
                            c.birthDate(),
                            c.registrationNumber(),
                            c.externalRef().orElse(null),
                            c.createdAt());
                    written++;
                }
            } while (page.hasNext() && written < SearchEngine.COUNT_CAP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
