package guichet;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** Platform core alone, as the benchmarks boot it: entities and repositories found under {@code guichet}. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class BenchmarkApplication {}
