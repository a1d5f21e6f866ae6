package guichet.platform.testing;

import guichet.platform.provisioning.TenantProvisioning;
import guichet.platform.tenancy.TenantCatalog.NewTenant;
import guichet.platform.tenancy.TenantId;
import guichet.platform.tenancy.TenantProfile;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;

/** Creates tenants for tests through the real provisioning, each with a slug no other test uses. */
@TestComponent
public class TestTenants {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final TenantProvisioning provisioning;

    TestTenants(TenantProvisioning provisioning) {
        this.provisioning = provisioning;
    }

    /** A fresh tenant with the given modules, French, in Tunis time. */
    public TenantProfile create(String prefix, String... modules) {
        return create(prefix, "base", Map.of(), modules);
    }

    /** A fresh tenant with a theme, a vocabulary and modules. */
    public TenantProfile create(
            String prefix, String theme, Map<String, Map<String, String>> vocabulary, String... modules) {
        TenantId id = new TenantId(uniqueSlug(prefix));
        return provisioning.create(new NewTenant(
                id,
                "Tenant " + id.slug(),
                Locale.FRENCH,
                ZoneId.of("Africa/Tunis"),
                Currency.getInstance("TND"),
                theme,
                List.of(modules),
                vocabulary));
    }

    /** A slug never handed out before in this JVM, nor (with its random part) in another. */
    public static String uniqueSlug(String prefix) {
        String random = Integer.toString((int) (Math.random() * 46656), 36);
        return prefix + SEQUENCE.incrementAndGet() + random;
    }
}
