package guichet;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * Platform core and the modules the benchmarks search through (claims, and customers it needs; shops and its store
 * locator), found under {@code guichet}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class BenchmarkApplication {}
