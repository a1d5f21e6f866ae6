package guichet.customers.catalog.web;

import guichet.customers.CustomersModule;
import guichet.customers.catalog.ProductCatalog;
import guichet.customers.catalog.ProductDetails;
import guichet.customers.catalog.ProductRejected;
import guichet.customers.catalog.ProductTableImport;
import guichet.customers.tables.Table;
import guichet.customers.tables.UnreadableTable;
import guichet.platform.catalog.Product;
import guichet.platform.files.FilesProperties;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.ids.ProductId;
import guichet.platform.money.AmountRejected;
import guichet.platform.money.Money;
import guichet.platform.money.Prices;
import guichet.platform.web.ListQuery;
import guichet.platform.web.PageLinks;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The product catalogue: list and search, add and change a product (its unit price typed in the tenant's currency, as
 * the page's language writes it), import the distributor's table.
 */
@Controller
@RequiresPermission(CustomersModule.CATALOG)
class ProductsController {

    static final String LIST = "customers/products";
    static final String FORM = "customers/product";
    static final String IMPORT = "customers/product-import";
    private static final Set<String> SORTABLE = Set.of("code", "name", "updatedAt");

    private final ProductCatalog catalog;
    private final ProductTableImport tableImport;
    private final FilesProperties files;
    private final Prices prices;

    ProductsController(ProductCatalog catalog, ProductTableImport tableImport, FilesProperties files, Prices prices) {
        this.catalog = catalog;
        this.tableImport = tableImport;
        this.files = files;
        this.prices = prices;
    }

    @GetMapping("/customers/products")
    String list(@RequestParam(required = false) @Nullable String q, ListQuery query, Model model) {
        String typed = q == null ? "" : q.strip();
        Page<Product> shown = catalog.find(typed, query.pageable(SORTABLE, Sort.by("code")));
        String base = UriComponentsBuilder.fromPath("/customers/products")
                .queryParamIfPresent("q", Optional.of(typed).filter(t -> !t.isEmpty()))
                .encode()
                .build()
                .toUriString();
        model.addAttribute("products", shown);
        model.addAttribute("links", PageLinks.of(base, shown));
        model.addAttribute("q", typed);
        return LIST;
    }

    @GetMapping("/customers/products/new")
    String newProduct(Model model) {
        return form(new ProductForm(), null, model);
    }

    @PostMapping("/customers/products")
    String add(@ModelAttribute("form") ProductForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        return save(null, form, errors, model, flash);
    }

    @GetMapping("/customers/products/{id}")
    String edit(@PathVariable UUID id, Model model) {
        Product product = catalog.get(new ProductId(id));
        return form(ProductForm.of(product, prices), product, model);
    }

    @PostMapping("/customers/products/{id}")
    String change(
            @PathVariable UUID id,
            @ModelAttribute("form") ProductForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        return save(catalog.get(new ProductId(id)), form, errors, model, flash);
    }

    /** Adds the product ({@code null}) or changes it; every problem, the price's included, is shown at once. */
    private String save(
            @Nullable Product product, ProductForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        ProductDetails details = form.toDetails();
        @Nullable Money price;
        try {
            price = form.price(prices);
        } catch (AmountRejected unreadable) {
            errors.rejectValue("unitPrice", unreadable.messageKey(), unreadable.arguments(), null);
            catalog.problems(details, product == null ? null : product.id()).forEach(errors::rejectValue);
            return form(form, product, model);
        }
        try {
            if (product == null) {
                catalog.add(details, price);
            } else {
                catalog.change(product.id(), details, price);
            }
            flash.addFlashAttribute("notice", "customers.product.saved");
            return "redirect:/customers/products";
        } catch (ProductRejected rejected) {
            rejected.problems().forEach(errors::rejectValue);
            return form(form, product, model);
        }
    }

    @GetMapping("/customers/products/import")
    String importForm() {
        return IMPORT;
    }

    @PostMapping("/customers/products/import")
    String importTable(@RequestParam(required = false) @Nullable MultipartFile file, Model model) {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "customers.import.error.file");
            return IMPORT;
        }
        if (file.getSize() > files.maxSize().toBytes()) {
            model.addAttribute("fileError", "files.error.too-large");
            return IMPORT;
        }
        try {
            Table table = Table.read(
                    file.getOriginalFilename() == null ? "products.csv" : file.getOriginalFilename(), file.getBytes());
            model.addAttribute("report", tableImport.importTable(table));
        } catch (UnreadableTable e) {
            model.addAttribute("fileError", e.messageKey());
            model.addAttribute("fileErrorArguments", e.arguments());
            return IMPORT;
        } catch (IOException e) {
            model.addAttribute("fileError", "customers.import.error.unreadable");
        }
        return IMPORT;
    }

    private String form(ProductForm form, @Nullable Product product, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("product", product);
        return FORM;
    }
}
