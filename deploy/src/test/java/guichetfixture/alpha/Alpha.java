package guichetfixture.alpha;

/** Module alpha's public API. */
public class Alpha {}
