package guichetfixture;

import org.springframework.modulith.Modulithic;

/** A deliberately broken two-module layout, to show that the modularity check catches a boundary violation. */
@Modulithic
public class FixtureApplication {}
