package guichet.prospection.forum.web;

/** An answer as typed, kept whole when it is refused. */
public class AnswerForm {

    private String body = "";

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body == null ? "" : body;
    }
}
