package guichet.platform.search;

import guichet.platform.customers.CustomerAccess;

/**
 * What a user may see of the customers, as a condition on a query: everything, a sales representative's own customers,
 * or the customers a customer's accounts act for (none: nothing). The one translation of {@link CustomerAccess} into
 * SQL, for every search that answers within it (customers, their tickets, their wiki pages).
 */
public final class CustomerAccessSql {

    private CustomerAccessSql() {}

    /**
     * Appends the condition on the rows' columns naming their customer's sales representative and their customer
     * ({@code c.sales_rep_id} and {@code c.id} on customers, {@code t.sales_rep_id} and {@code t.customer_id} on
     * tickets).
     */
    public static void restrict(Sql sql, CustomerAccess access, String salesRepColumn, String customerColumn) {
        switch (access) {
            case CustomerAccess.Everyone ignored -> {}
            case CustomerAccess.SalesRep rep ->
                sql.append(" and " + salesRepColumn + " = " + sql.bind(rep.rep().value()));
            case CustomerAccess.Accounts accounts -> {
                if (accounts.customers().isEmpty()) {
                    sql.append(" and false");
                } else {
                    sql.append(" and " + customerColumn + " in (" + sql.bind(accounts.ids()) + ")");
                }
            }
        }
    }
}
