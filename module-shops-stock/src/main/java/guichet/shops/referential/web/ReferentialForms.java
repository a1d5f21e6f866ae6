package guichet.shops.referential.web;

import guichet.platform.sites.Site;
import guichet.shops.referential.Partner;
import guichet.shops.referential.ReferentialView;
import guichet.shops.referential.Structure;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What the page's three forms (partner, structure, service) show: empty to add; an item's values when « Modifier »
 * chose it ({@code ?edit=kind:id}); what was typed when a change was refused, whatever the item.
 *
 * @param action where the form posts
 * @param values each field's value, by name ({@code agency} holds the chosen agencies' ids, comma-separated)
 * @param editing whether it changes an item (else adds one)
 */
public record ReferentialForms(Form partner, Form structure, Form service) {

    public record Form(String action, Map<String, String> values, boolean editing) {

        public String value(String field) {
            return values.getOrDefault(field, "");
        }

        /** Whether an agency is among those chosen. */
        public boolean offers(Site agency) {
            return Set.of(value("agency").split(","))
                    .contains(agency.id().value().toString());
        }
    }

    /**
     * The forms for this request.
     *
     * @param edit {@code partner:<id>}, {@code structure:<id>} or {@code service:<id>}, or empty
     * @param rejected the kind of the form whose change was refused, with {@code typed}, or null
     */
    static ReferentialForms of(
            ReferentialView view, String edit, @Nullable String rejected, @Nullable Map<String, String> typed) {
        String[] parts = edit.split(":", 2);
        UUID id = parts.length == 2 ? parse(parts[1]) : null;
        String kind = id == null ? "" : parts[0];
        Partner partner = "partner".equals(kind) ? view.partner(id).orElse(null) : null;
        ReferentialView.StructureLine structure =
                "structure".equals(kind) ? view.structure(id).orElse(null) : null;
        ReferentialView.ServiceLine service =
                "service".equals(kind) ? view.service(id).orElse(null) : null;

        Map<String, String> partnerValues = new HashMap<>();
        if (partner != null) {
            partnerValues.put("code", partner.code());
            partnerValues.put("name", partner.name());
        }
        Map<String, String> structureValues = new HashMap<>();
        if (structure != null) {
            Structure s = structure.structure();
            structureValues.put("code", s.code());
            structureValues.put("name", s.name());
            structureValues.put("partner", s.partnerId().toString());
            structureValues.put("parent", s.parentId().map(UUID::toString).orElse(""));
        }
        Map<String, String> serviceValues = new HashMap<>();
        if (service != null) {
            serviceValues.put("code", service.product().code());
            serviceValues.put("name", service.product().name());
            serviceValues.put("structure", service.structureId().toString());
            serviceValues.put(
                    "agency",
                    service.agencies().stream()
                            .map(a -> a.id().value().toString())
                            .collect(Collectors.joining(",")));
        }
        if (rejected != null && typed != null) {
            switch (rejected) {
                case "partner" -> partnerValues.putAll(typed);
                case "structure" -> structureValues.putAll(typed);
                default -> serviceValues.putAll(typed);
            }
        }
        String base = "/shops/referential/";
        return new ReferentialForms(
                new Form(
                        partner == null ? base + "partners" : base + "partners/" + partner.id(),
                        partnerValues,
                        partner != null),
                new Form(
                        structure == null
                                ? base + "structures"
                                : base + "structures/" + structure.structure().id(),
                        structureValues,
                        structure != null),
                new Form(
                        service == null
                                ? base + "services"
                                : base + "services/" + service.product().id().value(),
                        serviceValues,
                        service != null));
    }

    private static @Nullable UUID parse(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
