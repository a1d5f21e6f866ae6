package guichet.customers.sync;

import guichet.customers.tables.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A customer field a synchronised row may carry, with the header names that map to it by themselves. */
public enum SyncField {
    EXTERNAL_REF(
            "externalRef",
            "reference externe",
            "ref externe",
            "external ref",
            "external_ref",
            "id externe",
            "code client"),
    KIND("kind", "type", "type de client", "nature"),
    STAGE("stage", "statut", "etape"),
    FIRST_NAME("firstName", "prenom", "first name", "first_name"),
    LAST_NAME("lastName", "nom", "last name", "last_name", "nom de famille"),
    COMPANY_NAME("companyName", "societe", "raison sociale", "entreprise", "company", "company_name"),
    EMAIL("email", "courriel", "e-mail", "mail", "adresse electronique"),
    EMAIL_2("email2", "courriel 2", "e-mail 2", "email 2"),
    PHONE("phone", "telephone", "tel", "mobile", "portable"),
    PHONE_2("phone2", "telephone 2", "tel 2", "phone 2", "fixe"),
    BIRTH_DATE("birthDate", "date de naissance", "naissance", "birth date", "birth_date"),
    REGISTRATION_NUMBER("registrationNumber", "immatriculation", "siret", "siren", "rc", "registre du commerce"),
    SEGMENT("segment", "categorie", "category"),
    SALES_REP("salesRep", "commercial", "sales rep", "commercial en charge"),
    /** The reseller he depends on: the reseller's customer number, or his external reference (in the base or the file). */
    RESELLER("reseller", "revendeur", "reseller ref", "distributeur", "code revendeur", "numero revendeur"),
    ADDRESS("address", "adresse", "rue", "address line 1"),
    POSTAL_CODE("postalCode", "code postal", "cp", "postal code", "zip"),
    CITY("city", "ville", "localite"),
    COUNTRY("country", "pays"),
    CONSENT_EMAIL("consentEmail", "accepte courriels", "optin email", "consent email"),
    CONSENT_SMS("consentSms", "accepte sms", "optin sms", "consent sms"),
    CONSENT_PHONE("consentPhone", "accepte appels", "optin telephone", "consent phone"),
    /** The month of the usage figures that follow (« 2026-11 » or « 11/2026 »). */
    MONTH("month", "mois", "periode", "period", "mois de consommation"),
    VOICE("voiceMinutes", "minutes", "voix", "minutes voix", "voice", "voice minutes", "minutes d appel"),
    SMS("sms", "nombre de sms", "sms envoyes", "sms count"),
    DATA("dataMb", "data", "donnees", "data mo", "data mb", "volume data", "internet mo"),
    BILLED("billed", "montant facture", "montant", "facture", "amount billed", "billed amount", "ca");

    private final String id;
    private final List<String> aliases;

    SyncField(String id, String... aliases) {
        this.id = id;
        this.aliases = Arrays.stream(aliases).map(Table::key).toList();
    }

    /** The field's name in mappings, the API and messages ({@code customers.sync.field.<id>}). */
    public String id() {
        return id;
    }

    /** The field a column header names by itself, if any. */
    public static Optional<SyncField> guess(String header) {
        String key = Table.key(header);
        return Arrays.stream(values())
                .filter(f -> Table.key(f.id).equals(key) || f.aliases.contains(key))
                .findFirst();
    }

    public static Optional<SyncField> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }
}
