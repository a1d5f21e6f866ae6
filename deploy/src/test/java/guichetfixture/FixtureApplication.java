package guichetfixture;

import org.springframework.modulith.Modulithic;

/**
 * A deliberately broken layout, to show that the modularity checks can fail: module beta reaches into alpha's internals,
 * and inside a layered platform a kernel module uses a services module, which uses it back (a cycle).
 */
@Modulithic
public class FixtureApplication {}
