package guichet.prospection.forum.web;

/** A question as typed, kept whole when it is refused. */
public class QuestionForm {

    private String category = "";
    private String title = "";
    private String body = "";

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category == null ? "" : category;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body == null ? "" : body;
    }
}
