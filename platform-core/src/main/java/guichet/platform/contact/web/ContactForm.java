package guichet.platform.contact.web;

import guichet.platform.contact.ContactDesk;
import guichet.platform.contact.ContactMessage;
import guichet.platform.contact.NewContactMessage;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** The contact form as typed, kept whole when it is refused. */
public class ContactForm {

    private String kind = ContactMessage.Kind.QUESTION.name();
    private @Nullable String subject;
    private @Nullable String body;
    private @Nullable String from;

    static ContactForm from(@Nullable String page) {
        ContactForm form = new ContactForm();
        form.from = page;
        return form;
    }

    /** Checks what was typed; each problem is a message key on its field. */
    void validate(Errors errors) {
        if (subject == null || subject.isBlank()) {
            errors.rejectValue("subject", "form.error.required");
        } else if (subject.strip().length() > ContactDesk.MAX_SUBJECT) {
            errors.rejectValue("subject", "form.error.too-long");
        }
        if (body == null || body.isBlank()) {
            errors.rejectValue("body", "form.error.required");
        } else if (body.strip().length() > ContactDesk.MAX_BODY) {
            errors.rejectValue("body", "form.error.too-long");
        }
    }

    NewContactMessage toMessage() {
        return new NewContactMessage(
                ContactMessage.Kind.valueOf(kind), subject == null ? "" : subject, body == null ? "" : body, from);
    }

    /** The kinds offered, in order. */
    public ContactMessage.Kind[] getKinds() {
        return ContactMessage.Kind.values();
    }

    public String getKind() {
        return kind;
    }

    /** An unknown kind is read as a question. */
    public void setKind(@Nullable String kind) {
        this.kind = Arrays.stream(ContactMessage.Kind.values())
                        .anyMatch(k -> k.name().equals(kind))
                ? kind
                : ContactMessage.Kind.QUESTION.name();
    }

    public @Nullable String getSubject() {
        return subject;
    }

    public void setSubject(@Nullable String subject) {
        this.subject = subject;
    }

    public @Nullable String getBody() {
        return body;
    }

    public void setBody(@Nullable String body) {
        this.body = body;
    }

    /** The page the user came from: a path of this host, carried through the form. */
    public @Nullable String getFrom() {
        return from;
    }

    public void setFrom(@Nullable String from) {
        this.from = from;
    }
}
