package guichet.customers.wiki.web;

import guichet.customers.wiki.WikiPage;

/** A wiki page as typed: title, Markdown text, and the revision it was written on (0 for a new page). */
public class WikiForm {

    private String title = "";
    private String body = "";
    private int revision;

    static WikiForm of(WikiPage page) {
        WikiForm form = new WikiForm();
        form.title = page.title();
        form.body = page.body();
        form.revision = page.revision();
        return form;
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

    /** The text as typed, with the line breaks a browser sends ({@code \r\n}) made plain. */
    public void setBody(String body) {
        this.body = body == null ? "" : body.replace("\r\n", "\n");
    }

    public int getRevision() {
        return revision;
    }

    public void setRevision(int revision) {
        this.revision = revision;
    }
}
