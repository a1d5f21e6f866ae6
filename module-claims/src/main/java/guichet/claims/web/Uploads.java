package guichet.claims.web;

import guichet.claims.attachments.Attachment;
import guichet.claims.attachments.Attachments;
import guichet.claims.desk.Claim;
import guichet.platform.ids.UserId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files a form (or an API call) sent with a message. The message and its files are written in one transaction: a refused file
 * leaves no message (and no notification) behind, so the form comes back with everything typed.
 */
@Component
public class Uploads {

    private final Attachments attachments;
    private final TransactionTemplate transactions;

    Uploads(Attachments attachments, TransactionTemplate transactions) {
        this.attachments = attachments;
        this.transactions = transactions;
    }

    /**
     * Runs the writing of a message and the attaching of its files together, in a transaction tried again if it lost
     * a race with another write on the ticket ({@link Conflicts}).
     */
    public <T> T together(Supplier<T> work) {
        return Conflicts.retried(() -> transactions.execute(status -> work.get()));
    }

    /** Attaches the files chosen (an empty file input sends one nameless, empty part: it is skipped). */
    public List<Attachment> attach(
            Claim ticket,
            @Nullable UUID message,
            @Nullable List<MultipartFile> files,
            boolean hidden,
            @Nullable UserId by) {
        List<Attachment> attached = new ArrayList<>();
        for (MultipartFile file : chosen(files)) {
            try (InputStream content = file.getInputStream()) {
                attached.add(attachments.attach(
                        ticket,
                        message,
                        String.valueOf(file.getOriginalFilename()),
                        content,
                        hidden,
                        by == null ? null : by.value()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return attached;
    }

    static List<MultipartFile> chosen(@Nullable List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream()
                .filter(f -> !f.isEmpty()
                        || (f.getOriginalFilename() != null
                                && !f.getOriginalFilename().isBlank()))
                .toList();
    }
}
