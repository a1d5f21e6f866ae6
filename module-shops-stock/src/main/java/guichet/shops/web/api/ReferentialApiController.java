package guichet.shops.web.api;

import guichet.platform.catalog.Product;
import guichet.platform.identity.RequiresPermission;
import guichet.platform.ids.SiteId;
import guichet.platform.modules.Refusal;
import guichet.platform.sites.Site;
import guichet.platform.sites.Sites;
import guichet.shops.ShopsModule;
import guichet.shops.referential.KioskCatalogue;
import guichet.shops.referential.Referential;
import guichet.shops.referential.ReferentialRejected;
import guichet.shops.referential.ReferentialView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service referential as JSON (partners, their structures in tree order, the kiosk services with their structure
 * and agencies), and adding a kiosk service, for the systems that provision the kiosks.
 */
@RestController
@RequiresPermission(ShopsModule.VIEW)
class ReferentialApiController {

    /** A partner and its structures, a parent before its children. */
    record PartnerResponse(UUID id, String code, String name, List<StructureResponse> structures) {}

    /** An issuing structure; {@code parentId} null at the top of its partner's tree, {@code depth} 0 there. */
    record StructureResponse(
            UUID id, String code, String name, @Nullable UUID parentId, int depth, String path) {}

    /** A kiosk service; {@code withdrawn} when no new demand may be recorded for it. */
    record ServiceResponse(
            UUID id,
            String code,
            String name,
            boolean withdrawn,
            UUID structureId,
            String structurePath,
            List<String> agencies) {}

    record ReferentialResponse(List<PartnerResponse> partners, List<ServiceResponse> services) {}

    /** A new kiosk service: the structure by its code, the agencies by theirs. */
    record ServiceRequest(
            @NotBlank String code,
            @NotBlank String name,
            @NotBlank String structure,
            @NotNull List<String> agencies) {}

    private final Referential referential;
    private final KioskCatalogue catalogue;
    private final Sites sites;

    ReferentialApiController(Referential referential, KioskCatalogue catalogue, Sites sites) {
        this.referential = referential;
        this.catalogue = catalogue;
        this.sites = sites;
    }

    @GetMapping("/api/shops/referential")
    ReferentialResponse referential() {
        ReferentialView view = referential.view();
        return new ReferentialResponse(
                view.partners().stream()
                        .map(b -> new PartnerResponse(
                                b.partner().id(),
                                b.partner().code(),
                                b.partner().name(),
                                b.structures().stream()
                                        .map(s -> new StructureResponse(
                                                s.structure().id(),
                                                s.structure().code(),
                                                s.structure().name(),
                                                s.structure().parentId().orElse(null),
                                                s.depth(),
                                                s.path()))
                                        .toList()))
                        .toList(),
                view.services().stream().map(ReferentialApiController::service).toList());
    }

    /** Adds a kiosk service: 201 with it; 409 with the reason when the code is taken or a structure or agency unknown. */
    @PostMapping("/api/shops/referential/services")
    @RequiresPermission(ShopsModule.REFERENTIAL_EDIT)
    @ResponseStatus(HttpStatus.CREATED)
    ServiceResponse add(@Valid @RequestBody ServiceRequest request) {
        ReferentialView view = referential.view();
        UUID structure = view.structures().stream()
                .filter(s -> s.structure().code().equals(request.structure()))
                .map(s -> s.structure().id())
                .findFirst()
                .orElseThrow(() -> new Refusal("shops.referential.error.structure.required"));
        Set<SiteId> agencies = new HashSet<>();
        for (String code : request.agencies()) {
            agencies.add(sites.findByCode(code)
                    .map(Site::id)
                    .orElseThrow(() -> new Refusal("shops.referential.error.agency")));
        }
        try {
            Product product =
                    catalogue.add(request.code().strip().toUpperCase(Locale.ROOT), request.name(), structure, agencies);
            return referential
                    .view()
                    .service(product.id().value())
                    .map(ReferentialApiController::service)
                    .orElseThrow();
        } catch (ReferentialRejected rejected) {
            Map.Entry<String, String> first =
                    rejected.problems().entrySet().iterator().next();
            throw new Refusal(first.getValue());
        }
    }

    private static ServiceResponse service(ReferentialView.ServiceLine line) {
        return new ServiceResponse(
                line.product().id().value(),
                line.product().code(),
                line.product().name(),
                !line.product().onSale(),
                line.structureId(),
                line.path(),
                line.agencies().stream().map(Site::code).toList());
    }
}
