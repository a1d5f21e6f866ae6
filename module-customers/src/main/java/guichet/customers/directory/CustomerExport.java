package guichet.customers.directory;

import guichet.platform.customers.Customer;
import guichet.platform.search.SearchEngine;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer list as CSV (semicolon-separated, as French spreadsheets expect), with the list's filters and within the
 * user's access, up to {@link SearchEngine#COUNT_CAP} rows.
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
        try (CSVPrinter printer = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setHeader(HEADER)
                .get()
                .print(out)) {
            int written = 0;
            Page<Customer> page;
            int number = 0;
            do {
                page = directory.find(filters, PageRequest.of(number++, BATCH, Sort.by("number")));
                for (Customer c : page) {
                    printer.printRecord(
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
