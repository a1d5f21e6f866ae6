package guichet.prospection.forum;

import guichet.platform.tenancy.TenantContext;
import guichet.platform.tenancy.TenantProfile;
import guichet.platform.users.User;
import java.util.function.Supplier;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.support.TransactionTemplate;

/** Forum content for tests, written through {@link Forum} in a tenant, as its users would write it. */
@TestComponent
public class ForumMother {

    private final Forum forum;
    private final Questions questions;
    private final TransactionTemplate transactions;

    ForumMother(Forum forum, Questions questions, TransactionTemplate transactions) {
        this.forum = forum;
        this.questions = questions;
        this.transactions = transactions;
    }

    /** A poster as the demo writes: a staff member may moderate, a customer not. */
    public static Poster poster(User user, boolean staff) {
        return new Poster(user.id(), user.displayName(), staff, staff, Poster.hashed("test-" + user.id()));
    }

    public ForumCategory category(TenantProfile tenant, String name) {
        return in(tenant, () -> forum.addCategory(name, "À propos de " + name));
    }

    public Question question(TenantProfile tenant, Poster poster, ForumCategory category, String title, String body) {
        return in(tenant, () -> forum.ask(poster, category.slug(), title, body));
    }

    public Answer answer(TenantProfile tenant, Poster poster, Question question, String body) {
        return in(tenant, () -> forum.answer(poster, question, body));
    }

    /** The question as the database has it now. */
    public Question reread(TenantProfile tenant, Question question) {
        return in(tenant, () -> questions.findById(question.id()).orElseThrow());
    }

    /** The question at this number in the tenant. */
    public Question byNumber(TenantProfile tenant, long number) {
        return in(tenant, () -> questions.findByNumber(number).orElseThrow());
    }

    public <T> T in(TenantProfile tenant, Supplier<T> work) {
        return TenantContext.call(tenant.id(), () -> transactions.execute(status -> work.get()));
    }
}
