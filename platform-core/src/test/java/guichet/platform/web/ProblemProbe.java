package guichet.platform.web;

import guichet.platform.identity.RequiresPermission;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** An API endpoint with a validated body, as modules write them. */
@RestController
@RequiresPermission(RequiresPermission.SIGNED_IN)
class ProblemProbe {

    record OrderRequest(
            @NotBlank @Size(max = 20) String reference,
            @NotNull @Min(1) Integer quantity,
            List<Line> lines) {}

    record Line(String product, int count) {}

    @PostMapping("/api/probe/orders")
    OrderRequest order(@Valid @RequestBody OrderRequest order) {
        return order;
    }
}
