package guichet.claims.web;

import guichet.claims.settings.ClaimSettings;
import guichet.claims.settings.Vocabulary;
import guichet.platform.files.FilesProperties;
import guichet.platform.tickets.Ticket;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every claims page shows: the tenant's statuses, types and priorities with their labels, and the largest file
 * an upload form takes.
 */
@ControllerAdvice(basePackageClasses = ClaimsWebAdvice.class)
class ClaimsWebAdvice {

    private final ClaimSettings settings;
    private final FilesProperties files;

    ClaimsWebAdvice(ClaimSettings settings, FilesProperties files) {
        this.settings = settings;
        this.files = files;
    }

    @ModelAttribute("maxUploadBytes")
    long maxUploadBytes() {
        return files.maxSize().toBytes();
    }

    @ModelAttribute("channels")
    Ticket.Channel[] channels() {
        return Ticket.Channel.values();
    }

    @ModelAttribute("vocabulary")
    Vocabulary vocabulary() {
        return settings.vocabulary();
    }
}
