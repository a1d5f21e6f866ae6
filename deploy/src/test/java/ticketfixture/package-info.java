/**
 * Classes that break the rules on who writes a ticket, for {@code ArchitectureTest} to show that those rules fail
 * where they should. Outside {@code guichet}: no application scans them.
 */
package ticketfixture;
