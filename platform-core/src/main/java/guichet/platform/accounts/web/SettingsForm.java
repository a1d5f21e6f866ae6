package guichet.platform.accounts.web;

import guichet.platform.tenancy.IdentitySettings;
import guichet.platform.tenancy.SecondFactor;
import java.util.Arrays;

/** The tenant's sign-in settings, as typed. */
public class SettingsForm {

    private String secondFactor = SecondFactor.NONE.name();
    private boolean selfRegistration;

    static SettingsForm of(IdentitySettings settings) {
        SettingsForm form = new SettingsForm();
        form.secondFactor = settings.secondFactor().name();
        form.selfRegistration = settings.selfRegistration();
        return form;
    }

    IdentitySettings applyTo(IdentitySettings current) {
        SecondFactor factor = Arrays.stream(SecondFactor.values())
                .filter(f -> f.name().equals(secondFactor))
                .findFirst()
                .orElse(current.secondFactor());
        return new IdentitySettings(current.issuer(), factor, selfRegistration, current.passwordPolicy());
    }

    public String getSecondFactor() {
        return secondFactor;
    }

    public void setSecondFactor(String secondFactor) {
        this.secondFactor = secondFactor;
    }

    public boolean isSelfRegistration() {
        return selfRegistration;
    }

    public void setSelfRegistration(boolean selfRegistration) {
        this.selfRegistration = selfRegistration;
    }
}
