package guichet.prospection.forum;

import guichet.customers.CustomerAnonymised;
import guichet.platform.users.Users;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Erases what an anonymised customer wrote in the forum (the texts of his questions and answers, his name, his
 * address's hash), keeping each post in its thread so that the others' answers still read; his questions' search text
 * is written again without his words. Titles stay, as tickets' do.
 */
@Component
class ForumErasure {

    static final String ERASED = "—";

    private final Users users;
    private final Questions questions;
    private final Answers answers;
    private final ForumIndex index;

    ForumErasure(Users users, Questions questions, Answers answers, ForumIndex index) {
        this.users = users;
        this.questions = questions;
        this.answers = answers;
        this.index = index;
    }

    @ApplicationModuleListener
    void on(CustomerAnonymised event) {
        List<UUID> accounts = users.findByCustomerId(event.customer().value()).stream()
                .map(user -> user.id().value())
                .toList();
        if (accounts.isEmpty()) {
            return;
        }
        Set<UUID> touched = new HashSet<>();
        for (Question question : questions.findByAuthorIdIn(accounts)) {
            question.erase(ERASED);
            questions.save(question);
            touched.add(question.id());
        }
        for (Answer answer : answers.findByAuthorIdIn(accounts)) {
            answer.erase(ERASED);
            answers.save(answer);
            touched.add(answer.questionId());
        }
        questions.findByIdIn(touched).forEach(index::write);
    }
}
