package guichet.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A record asked for by its id or number does not exist in the current tenant: 404, whatever the reason (never there,
 * deleted, or another tenant's), so an answer reveals nothing about other tenants.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super(what + " not found");
    }
}
