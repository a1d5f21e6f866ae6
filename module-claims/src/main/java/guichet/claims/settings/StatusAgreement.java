package guichet.claims.settings;

import guichet.platform.i18n.Noun;
import guichet.platform.i18n.NounChanged;
import guichet.platform.i18n.Nouns;
import guichet.platform.tenancy.TenantCatalog;
import guichet.platform.tenancy.TenantContext;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The default statuses' labels agree with the ticket's noun as the tenant words it (issue 24, bug 8): « Ouverte,
 * Traitée, Fermée, Annulée » for a feminine noun (« réclamation », « demande client »), « Ouvert, Traité, Fermé,
 * Annulé » for a masculine one (« ticket »), and likewise in Arabic; English has no gender. Only a status whose labels
 * the tenant never edited follows ({@link Status#labelsAgree()}): its own words are never touched. Done when the tenant
 * changes its noun ({@link NounChanged}) and when a demo tenant, created with its own noun, is seeded.
 */
@Component
public class StatusAgreement {

    private static final Logger log = LoggerFactory.getLogger(StatusAgreement.class);

    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    /** A default status's label in French and Arabic, for a feminine and for a masculine noun. */
    private record Forms(String frFeminine, String frMasculine, String arFeminine, String arMasculine) {

        Labels agreeing(Labels current, Noun.Gender french, Noun.Gender arabic) {
            return new Labels(
                    french == Noun.Gender.MASCULINE ? frMasculine : frFeminine,
                    current.en(),
                    arabic == Noun.Gender.MASCULINE ? arMasculine : arFeminine);
        }
    }

    /** The statuses every tenant starts with whose labels have a gender (V1__claims.sql). */
    private static final Map<String, Forms> DEFAULTS = Map.of(
            "open", new Forms("Ouverte", "Ouvert", "مفتوحة", "مفتوح"),
            "resolved", new Forms("Traitée", "Traité", "تمت معالجتها", "تمت معالجته"),
            "closed", new Forms("Fermée", "Fermé", "مغلقة", "مغلق"),
            "cancelled", new Forms("Annulée", "Annulé", "ملغاة", "ملغى"));

    private final Statuses statuses;
    private final Vocabularies vocabularies;
    private final Nouns nouns;
    private final TenantCatalog catalog;
    private final TransactionTemplate transactions;

    StatusAgreement(
            Statuses statuses,
            Vocabularies vocabularies,
            Nouns nouns,
            TenantCatalog catalog,
            PlatformTransactionManager transactions) {
        this.statuses = statuses;
        this.vocabularies = vocabularies;
        this.nouns = nouns;
        this.catalog = catalog;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** Makes the current tenant's untouched default labels agree with its ticket noun, in French and Arabic. */
    public void agree() {
        Noun.Gender french = nouns.current("ticket", Locale.FRENCH).gender();
        Noun.Gender arabic = nouns.current("ticket", ARABIC).gender();
        transactions.executeWithoutResult(status -> {
            boolean changed = false;
            for (Status each : statuses.findAllByOrderByPositionAscCodeAsc()) {
                Forms forms = DEFAULTS.get(each.code());
                if (forms == null || !each.labelsAgree()) {
                    continue;
                }
                Labels agreeing = forms.agreeing(each.labels(), french, arabic);
                if (!agreeing.equals(each.labels())) {
                    each.agree(agreeing);
                    statuses.save(each);
                    changed = true;
                }
            }
            if (changed) {
                vocabularies.changed();
            }
        });
    }

    @EventListener
    void on(NounChanged event) {
        if (!"ticket".equals(event.noun()) || !Noun.hasGender(event.language())) {
            return;
        }
        if (catalog.find(event.tenant()).filter(t -> t.hasModule("claims")).isEmpty()) {
            return;
        }
        try {
            TenantContext.run(event.tenant(), this::agree);
        } catch (RuntimeException e) {
            // The noun is saved; the labels keep their former words until the next change.
            log.warn("Statuses of {} not agreed with its new noun: {}", event.tenant(), e.toString());
        }
    }
}
