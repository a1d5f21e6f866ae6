package guichet;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.testing.TenantHttp;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A customer attaching files in a real browser: a file past the 25 MB limit is refused in the form itself, with the
 * translated message, and nothing he typed is lost; a photo of more than 4 MB is then accepted and shown in his
 * ticket's timeline.
 */
@PlatformTest
@TestPropertySource(properties = "guichet.demo.enabled=true")
class ClaimAttachmentsBrowserTest {

    @Autowired
    TenantHttp http;

    @Test
    void aFileTooLargeIsRefusedInTheFormWithWhatWasTypedKeptThenAPhotoIsAccepted() throws IOException {
        Path video = Files.createTempFile("panne-", ".mp4");
        Path photo = Files.createTempFile("box-", ".png");
        try (RandomAccessFile file = new RandomAccessFile(video.toFile(), "rw")) {
            file.setLength(25L * 1024 * 1024 + 1);
        }
        writePhoto(photo, 4 * 1024 * 1024 + 100_000);
        try (Browser client = Browser.signedIn(http.port(), "atlas", "customer@atlas.demo", "demo")) {
            client.open(portal("/claims/my/new"));
            client.type("#title", "Écran fissuré à la livraison");
            client.type("#description", "La vidéo montre la fissure sur toute la largeur.");
            client.find("#files").sendKeys(video.toString());
            client.click("form.g-form button[type=submit]");

            client.awaitText("#files-error", "Ce fichier dépasse 25 Mo");
            assertThat(client.url()).endsWith("/claims/my/new");
            assertThat(client.find("#title").getDomProperty("value")).isEqualTo("Écran fissuré à la livraison");
            assertThat(client.find("#description").getDomProperty("value"))
                    .isEqualTo("La vidéo montre la fissure sur toute la largeur.");

            client.find("#files").clear();
            client.find("#files").sendKeys(photo.toString());
            client.click("form.g-form button[type=submit]");
            client.awaitUrl("/claims/my/T-");
            assertThat(client.text(".g-messages")).contains("La vidéo montre la fissure");
            assertThat(client.find(".g-messages .g-attachments img").getDomAttribute("alt"))
                    .isEqualTo(photo.getFileName().toString());
        } finally {
            Files.deleteIfExists(video);
            Files.deleteIfExists(photo);
        }
    }

    private static void writePhoto(Path target, int minBytes) throws IOException {
        int side = (int) Math.ceil(Math.sqrt(minBytes / 3.0)) + 16;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(3);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ImageIO.write(image, "png", target.toFile());
        assertThat(Files.size(target)).isGreaterThan(minBytes);
    }

    private String portal(String path) {
        return Browser.portal(http.port(), "atlas", path);
    }
}
