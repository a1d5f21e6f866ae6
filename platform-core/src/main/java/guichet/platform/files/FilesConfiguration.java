package guichet.platform.files;

import java.nio.file.Path;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FilesProperties.class)
class FilesConfiguration {

    /** The file-system store, the default (and for now only) implementation. */
    @Bean
    BlobStore blobStore(FilesProperties properties) {
        Path root = properties.root();
        if (root == null) {
            // Attachments must land where they are backed up with the database, never in a folder picked by chance.
            throw new IllegalStateException("guichet.files.root (GUICHET_FILES_ROOT) is not set: say which directory"
                    + " keeps the attachments. The run command and the tests set it through the developer stack.");
        }
        return new FileSystemBlobStore(root, properties.maxSize().toBytes(), new ContentTypes());
    }
}
