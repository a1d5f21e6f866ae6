package guichet.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What one demo tenant is made of.
 *
 * @param vocabulary per language, the tenant's own words
 */
record DemoTenant(
        String slug,
        String name,
        String theme,
        String zone,
        String currency,
        List<String> modules,
        boolean selfRegistration,
        Map<String, Map<String, String>> vocabulary,
        List<SiteSeed> sites,
        List<ProductSeed> products,
        List<CustomerSeed> customers) {

    record SiteSeed(String code, String name, String kind, String city, BigDecimal latitude, BigDecimal longitude) {}

    record ProductSeed(String code, String name, boolean service, String provider, boolean onSale) {}

    /** A natural person when {@code company} is null. */
    record CustomerSeed(
            String firstName, String lastName, String company, String email, String phone, boolean prospect) {}
}
