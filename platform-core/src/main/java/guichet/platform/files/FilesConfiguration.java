package guichet.platform.files;

import guichet.platform.devstack.DevStackDirectory;
import java.nio.file.Path;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FilesProperties.class)
class FilesConfiguration {

    /** The file-system store, the default (and for now only) implementation. */
    @Bean
    BlobStore blobStore(FilesProperties properties, Environment environment) {
        Path root = properties.root() != null
                ? properties.root()
                : DevStackDirectory.of(environment).resolve("files");
        return new FileSystemBlobStore(root, properties.maxSize().toBytes(), new ContentTypes());
    }
}
