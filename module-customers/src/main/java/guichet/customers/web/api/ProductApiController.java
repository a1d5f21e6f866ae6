package guichet.customers.web.api;

import guichet.customers.CustomersModule;
import guichet.customers.catalog.ProductCatalog;
import guichet.customers.catalog.ProductDetails;
import guichet.customers.catalog.ProductTableImport;
import guichet.customers.tables.RowProblem;
import guichet.customers.tables.Table;
import guichet.customers.tables.UnreadableTable;
import guichet.platform.catalog.Product;
import guichet.platform.i18n.Languages;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.web.ListQuery;
import guichet.platform.web.NotFound;
import guichet.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The product catalogue through the API: list and search, add, change, import the product table as CSV. */
@Tag(name = "Products", description = "The product catalogue")
@RestController
@RequiresPermission(CustomersModule.CATALOG)
@RequestMapping("/api/customers/products")
class ProductApiController {

    private static final Set<String> SORTABLE = Set.of("code", "name", "updatedAt");

    /** A product as the API shows and takes it. */
    record ProductBody(
            @Nullable UUID id,
            @Nullable String code,
            @Nullable String name,
            @Nullable String kind,
            @Nullable String provider,
            @Nullable Boolean onSale) {

        static ProductBody of(Product p) {
            return new ProductBody(p.id().value(), p.code(), p.name(), p.kind().name(), p.provider(), p.onSale());
        }

        ProductDetails details() {
            return new ProductDetails(
                    code,
                    name,
                    "SERVICE".equals(kind) ? Product.Kind.SERVICE : Product.Kind.PRODUCT,
                    provider,
                    !Boolean.FALSE.equals(onSale));
        }
    }

    /** What an import did, or every bad row when it did nothing. */
    record ImportResponse(int rows, int created, int updated, int unchanged, List<RowProblem> problems) {}

    private final ProductCatalog catalog;
    private final ProductTableImport tableImport;
    private final guichet.platform.catalog.Products products;
    private final MessageSource messages;

    ProductApiController(
            ProductCatalog catalog,
            ProductTableImport tableImport,
            guichet.platform.catalog.Products products,
            MessageSource messages) {
        this.messages = messages;
        this.catalog = catalog;
        this.tableImport = tableImport;
        this.products = products;
    }

    @Operation(summary = "List or search products")
    @GetMapping
    PageResponse<ProductBody> list(@RequestParam(required = false) @Nullable String q, ListQuery query) {
        return PageResponse.of(catalog.find(q, query.pageable(SORTABLE, Sort.by("code"))), ProductBody::of);
    }

    @Operation(summary = "Add a product")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ProductBody add(@RequestBody ProductBody body) {
        return ProductBody.of(catalog.add(body.details()));
    }

    @Operation(summary = "Change a product")
    @PutMapping("/{code}")
    ProductBody change(@PathVariable String code, @RequestBody ProductBody body) {
        Product product = products.findByCode(code).orElseThrow(() -> new NotFound("Product " + code));
        return ProductBody.of(catalog.change(product.id(), body.details()));
    }

    /**
     * Imports the product table sent as CSV text; 400 with every bad row, and nothing imported, if any is wrong. The
     * body is read up to the table size limit and no further: past it, or past the column and cell limits, the answer
     * is a problem detail saying which limit, in the client's language (413 for the size, 400 otherwise).
     */
    @Operation(summary = "Import the product table (CSV), all or nothing, idempotent")
    @PostMapping(
            value = "/import",
            consumes = {"text/csv", "text/plain"})
    ResponseEntity<ImportResponse> importCsv(HttpServletRequest request) throws IOException {
        ProductTableImport.Report report =
                tableImport.importTable(Table.read("products.csv", request.getInputStream()));
        ImportResponse body = new ImportResponse(
                report.rows(), report.created(), report.updated(), report.unchanged(), report.problems());
        return ResponseEntity.status(report.applied() ? HttpStatus.OK : HttpStatus.BAD_REQUEST)
                .body(body);
    }

    @ExceptionHandler(UnreadableTable.class)
    ResponseEntity<ProblemDetail> unreadable(UnreadableTable refused, HttpServletRequest request) {
        Locale language = Languages.accepted(request.getHeader("Accept-Language"));
        HttpStatus status = refused.reason() == UnreadableTable.Reason.TOO_LARGE
                ? HttpStatus.CONTENT_TOO_LARGE
                : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status, messages.getMessage(refused.messageKey(), refused.arguments(), language));
        problem.setProperty("code", refused.messageKey());
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("Content-Language", language.toLanguageTag())
                .body(problem);
    }
}
