package guichet.prospection.forum;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the forum counts as a link a new account may not publish without a moderator. */
class LinkDetectionTest {

    @Test
    void addressesWithASchemeWwwOrACommonDomainAreLinks() {
        assertThat(Forum.LINK.matcher("Voir https://promo.example.com/offre").find())
                .isTrue();
        assertThat(Forum.LINK.matcher("sur www.recharges-gratuites.tn vite").find())
                .isTrue();
        assertThat(Forum.LINK.matcher("Écrivez à promo-gratuite.com demain").find())
                .isTrue();
        assertThat(Forum.LINK.matcher("HTTP://EXEMPLE.ORG").find()).isTrue();
    }

    @Test
    void ordinaryTextIsNoLink() {
        assertThat(Forum.LINK
                        .matcher("Ma clé 4G ne marche plus. Merci d'avance !")
                        .find())
                .isFalse();
        assertThat(Forum.LINK.matcher("Le forfait 4.5 Go coûte 12.500 TND.").find())
                .isFalse();
        assertThat(Forum.LINK
                        .matcher("Paramètres > Réseaux mobiles > Mode réseau")
                        .find())
                .isFalse();
    }
}
