package guichet.benchmarks;

import guichet.platform.tenancy.TenantId;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates, once, a tenant the size of a national operator's: a million customers (names in French and Arabic, with
 * accents, e-mail addresses and phone numbers; 40 % in the hands of 20 sales reps) and a million tickets over 250 000
 * of them (a year of activity, 20 % new, 10 % in progress, 10 % waiting, 60 % resolved or closed, French, English and
 * Arabic subjects, about thirty words of conversation each). Rows are written straight in SQL, in the same normalised
 * form {@code SearchText} gives them, so that the benchmarks measure the queries of the search port, not the loading.
 */
final class BenchData {

    static final int CUSTOMERS = 1_000_000;
    static final int TICKETS = 1_000_000;
    static final int CUSTOMERS_WITH_TICKETS = 250_000;
    static final int SALES_REPS = 20;
    static final int AGENTS = 10;
    private static final int BATCH = 100_000;

    private static final Logger log = LoggerFactory.getLogger(BenchData.class);

    private final DataSource dataSource;
    private final TenantId tenant;

    BenchData(DataSource dataSource, TenantId tenant) {
        this.dataSource = dataSource;
        this.tenant = tenant;
    }

    /** Generates what is missing. */
    void ensure() {
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            connection.setAutoCommit(true);
            sql.execute("set search_path = " + tenant.schemaName() + ", public");
            sql.execute("set statement_timeout = 0");
            if (count(sql, "core_ticket") >= TICKETS && count(sql, "core_customer") >= CUSTOMERS) {
                return;
            }
            log.info(
                    "Generating {} customers and {} tickets in {} (once; several minutes)",
                    CUSTOMERS,
                    TICKETS,
                    tenant.schemaName());
            sql.execute("truncate core_ticket, core_sale, core_customer_contact, core_customer_address cascade");
            // The load accounts' records point at generated customers (BenchAccounts ties them again afterwards).
            sql.execute("delete from core_user where email like '%@load.test'");
            sql.execute("delete from core_customer");
            sql.execute("delete from core_user where email like '%@bench.test'");
            staff(sql);
            customers(sql);
            tickets(sql);
            sql.execute("vacuum analyze core_customer");
            sql.execute("vacuum analyze core_ticket");
            log.info("Benchmark data ready");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not generate the benchmark data", e);
        }
    }

    private static long count(Statement sql, String table) throws SQLException {
        var rows = sql.executeQuery("select count(*) from " + table);
        rows.next();
        return rows.getLong(1);
    }

    private static void staff(Statement sql) throws SQLException {
        sql.execute("insert into core_user (id, kind, email, first_name, last_name, active, created_at, updated_at,"
                + " roles) select gen_random_uuid(), 'STAFF', 'rep' || i || '@bench.test', 'Rep', 'Commercial ' || i,"
                + " true, now(), now(), 'sales-rep' from generate_series(1, " + SALES_REPS + ") i");
        sql.execute("insert into core_user (id, kind, email, first_name, last_name, active, created_at, updated_at,"
                + " roles) select gen_random_uuid(), 'STAFF', 'agent' || i || '@bench.test', 'Agent', 'Technicien ' || i,"
                + " true, now(), now(), 'agent' from generate_series(1, " + AGENTS + ") i");
        sql.execute("drop table if exists bench_staff");
        sql.execute(
                "create unlogged table bench_staff as select row_number() over (partition by roles order by email) - 1"
                        + " as n, id, first_name || ' ' || last_name as name, roles from core_user where email like '%@bench.test'");
    }

    private void customers(Statement sql) throws SQLException {
        String first = array(BenchVocabulary.FIRST_NAMES, 0);
        String firstNormal = array(BenchVocabulary.FIRST_NAMES, 1);
        String last = array(BenchVocabulary.LAST_NAMES, 0);
        String lastNormal = array(BenchVocabulary.LAST_NAMES, 1);
        for (int from = 1; from <= CUSTOMERS; from += BATCH) {
            int to = Math.min(CUSTOMERS, from + BATCH - 1);
            sql.execute("""
                    insert into core_customer (id, number, kind, stage, first_name, last_name, email, phone, created_at,
                        updated_at, version, sales_rep_id, converted_at, search_text)
                    select gen_random_uuid(), 'B' || lpad(i::text, 9, '0'), 'NATURAL_PERSON',
                        case when i %% 10 = 0 then 'PROSPECT' else 'CUSTOMER' end,
                        f[1 + (i * 7) %% array_length(f, 1)], l[1 + (i * 13) %% array_length(l, 1)],
                        mail, '+216 ' || (20000000 + i), now() - make_interval(mins => i), now() - make_interval(mins => i),
                        0, (select s.id from bench_staff s where s.roles = 'sales-rep' and s.n = i %% 50),
                        case when i %% 10 = 0 then null else now() end,
                        ' b' || lpad(i::text, 9, '0') || ' ' || fn || ' ' || ln || ' ' || mail || ' ' || fn || ' '
                            || replace(ln, ' ', '') || i || ' exemple tn 216' || (20000000 + i) || ' '
                    from generate_series(%d, %d) i,
                        (select %s as f, %s as fnorm, %s as l, %s as lnorm) names,
                        lateral (select fnorm[1 + (i * 7) %% array_length(fnorm, 1)] as fn,
                                        lnorm[1 + (i * 13) %% array_length(lnorm, 1)] as ln) n,
                        lateral (select fn || '.' || replace(ln, ' ', '') || i || '@exemple.tn' as mail) m
                    """.formatted(from, to, first, firstNormal, last, lastNormal));
            log.info("Customers: {}", to);
        }
        sql.execute("insert into core_customer_contact (customer_id, position, kind, value, normalized)"
                + " select id, 0, 'EMAIL', email, lower(email) from core_customer where number like 'B%'");
        sql.execute("insert into core_customer_contact (customer_id, position, kind, value, normalized)"
                + " select id, 1, 'PHONE', phone, regexp_replace(phone, '\\D', '', 'g') from core_customer"
                + " where number like 'B%'");
        sql.execute("drop table if exists bench_customer");
        sql.execute("create unlogged table bench_customer as select (row_number() over (order by number))::int as n,"
                + " id, first_name || ' ' || last_name as name,"
                + " translate(lower(first_name || ' ' || last_name), 'éèêëàâäîïôöûüùçœ', 'eeeeaaaiioouuuco') as normal"
                + " from core_customer"
                + " where number like 'B%' order by number limit " + CUSTOMERS_WITH_TICKETS);
        sql.execute("alter table bench_customer add primary key (n)");
    }

    private void tickets(Statement sql) throws SQLException {
        String subjects = array(BenchVocabulary.SUBJECTS, 0);
        String subjectsNormal = array(BenchVocabulary.SUBJECTS, 1);
        String words = "array["
                + String.join(
                        ", ",
                        BenchVocabulary.WORDS.stream().map(BenchData::literal).toList()) + "]";
        sql.execute("alter table core_ticket disable trigger core_ticket_customer_name");
        try {
            for (int from = 1; from <= TICKETS; from += BATCH) {
                int to = Math.min(TICKETS, from + BATCH - 1);
                // Each ticket's row, and beside it its vectors (claims migration V6) from the same generated text; with
                // no
                // hidden notes, the customer's vector is the staff's.
                sql.execute("""
                        with generated as materialized (
                            select gen_random_uuid() as id, 'T-' || lpad(i::text, 7, '0') as number,
                                s[1 + (i * 17) %% array_length(s, 1)] as title,
                                (array['open', 'open', 'in_progress', 'waiting', 'resolved', 'resolved', 'resolved',
                                       'closed', 'closed', 'closed'])[1 + i %% 10] as status,
                                (array['high', 'normal', 'low'])[1 + i %% 3] as priority,
                                (array['incident', 'commande', 'assistance', 'resiliation', 'technique'])[1 + i %% 5]
                                    as type,
                                (array['NEW', 'NEW', 'IN_PROGRESS', 'WAITING', 'RESOLVED', 'RESOLVED', 'RESOLVED',
                                       'CLOSED', 'CLOSED', 'CLOSED'])[1 + i %% 10] as category,
                                (array['PORTAL', 'STAFF', 'EMAIL', 'COUNTER'])[1 + i %% 4] as channel,
                                c.id as customer_id, c.name as customer_name, created as created_at,
                                created + make_interval(mins => i %% 1000) as updated_at,
                                case when i %% 10 >= 7 then created + make_interval(mins => i %% 1000) end as closed_at,
                                case when i %% 10 >= 4 then created + make_interval(mins => i %% 1000) end
                                    as resolved_at,
                                case when i %% 10 < 7 then array[a.id] else '{}'::uuid[] end as assignee_ids,
                                case when i %% 10 < 7 then a.name end as assignee_names,
                                case when i %% 2 = 0 then a.name else c.name end as last_activity_by,
                                created + interval '3 days' as resolution_due_at,
                                created + interval '4 hours' as first_response_due_at,
                                sn[1 + (i * 17) %% array_length(sn, 1)] || ' '
                                    || (select string_agg(w[1 + ((i * 131 + j * 7919) %% array_length(w, 1))], ' ')
                                        from generate_series(1, 28) j)
                                    || case when i %% 20 = 0 then ' ref' || (i %% 50000) else '' end
                                    || ' ' || c.normal as text
                            from generate_series(%d, %d) i,
                                (select %s as s, %s as sn, %s as w) vocabulary,
                                lateral (select now() - make_interval(secs => (%d - i) * 30) as created) t,
                                lateral (select * from bench_customer where n = 1 + (i::bigint * 7919) %% %d) c,
                                lateral (select id, name from bench_staff where roles = 'agent' and n = i %% %d) a
                        ), ticket as (
                            insert into core_ticket (id, number, title, status, priority, type, category, channel,
                                customer_id, customer_name, created_at, updated_at, closed_at, resolved_at, version,
                                assignee_ids, assignee_names, last_activity_by, resolution_due_at,
                                first_response_due_at, public_updated_at)
                            select id, number, title, status, priority, type, category, channel, customer_id,
                                customer_name, created_at, updated_at, closed_at, resolved_at, 0, assignee_ids,
                                assignee_names, last_activity_by, resolution_due_at, first_response_due_at, updated_at
                            from generated
                        )
                        insert into clm_ticket_text (ticket_id, search_vector, public_search_vector)
                        select id, v, v from generated, lateral (select to_tsvector('pg_catalog.french', text)
                            || to_tsvector('pg_catalog.english', text) || to_tsvector('pg_catalog.arabic', text) as v) x
                        """.formatted(
                                from, to, subjects, subjectsNormal, words, TICKETS, CUSTOMERS_WITH_TICKETS, AGENTS));
                log.info("Tickets: {}", to);
            }
        } finally {
            sql.execute("alter table core_ticket enable trigger core_ticket_customer_name");
        }
    }

    private static String array(List<String[]> pairs, int index) {
        return "array["
                + String.join(", ", pairs.stream().map(p -> literal(p[index])).toList()) + "]";
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
