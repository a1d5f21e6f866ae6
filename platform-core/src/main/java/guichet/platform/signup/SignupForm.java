package guichet.platform.signup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What a visitor typed on the sign-up form, kept as typed so that a refused form comes back with it. */
public class SignupForm {

    private String organisation = "";
    private String slug = "";
    private @Nullable String firstName;
    private String lastName = "";
    private String email = "";
    private String zone = SignupZones.DEFAULT;
    private List<String> modules = new ArrayList<>();
    private boolean trial;

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(@Nullable String organisation) {
        this.organisation = organisation == null ? "" : organisation;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(@Nullable String slug) {
        this.slug = slug == null ? "" : slug;
    }

    /** The sub-domain as it will be used: trimmed, lower case. */
    public String slugTyped() {
        return slug.strip().toLowerCase(Locale.ROOT);
    }

    public @Nullable String getFirstName() {
        return firstName;
    }

    public void setFirstName(@Nullable String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(@Nullable String lastName) {
        this.lastName = lastName == null ? "" : lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email == null ? "" : email;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(@Nullable String zone) {
        this.zone = zone == null ? SignupZones.DEFAULT : zone;
    }

    public List<String> getModules() {
        return modules;
    }

    public void setModules(@Nullable List<String> modules) {
        this.modules = modules == null ? new ArrayList<>() : new ArrayList<>(modules);
    }

    public boolean isTrial() {
        return trial;
    }

    public void setTrial(boolean trial) {
        this.trial = trial;
    }
}
