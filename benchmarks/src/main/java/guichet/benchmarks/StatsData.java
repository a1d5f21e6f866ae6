package guichet.benchmarks;

import guichet.platform.tenancy.TenantId;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills, once, the statistics of a tenant the size of a national operator's: a million customers registered over two
 * years (half of them prospects converted since, 40 % in the hands of 20 sales reps) and ten million ticket events over
 * the same two years (five million tickets opened, four million resolved, each with its SLA outcome, a million
 * rated), folded into {@code sta_rollup} as the statistics module's drain folds facts: per day, measure, dimension
 * member and sales representative, one row for each measure's total, one per member, and the duration histogram.
 * The facts are generated and folded in SQL, a month at a time, so that the benchmark measures the dashboard's reads,
 * not the loading; the members are those the claims and customers modules record (products, agencies, types,
 * priorities, channels, authors, agents, customers, segments, age bands, regions).
 */
final class StatsData {

    static final int CUSTOMERS = 1_000_000;
    static final int OPENED = 5_000_000;
    static final int DAYS = 730;
    static final int SALES_REPS = 20;
    static final int AGENTS = 50;
    private static final int CHUNK_DAYS = 30;

    private static final Logger log = LoggerFactory.getLogger(StatsData.class);

    private final DataSource dataSource;
    private final TenantId tenant;
    private final LocalDate today;

    StatsData(DataSource dataSource, TenantId tenant, LocalDate today) {
        this.dataSource = dataSource;
        this.tenant = tenant;
        this.today = today;
    }

    /** Generates what is missing. */
    void ensure() {
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            connection.setAutoCommit(true);
            sql.execute("set search_path = " + tenant.schemaName() + ", public");
            sql.execute("set statement_timeout = 0");
            sql.execute("create table if not exists bench_stats_filled (filled_on date not null)");
            var filled = sql.executeQuery("select filled_on from bench_stats_filled");
            if (filled.next()) {
                log.info("Statistics of {} filled on {}", tenant.schemaName(), filled.getDate(1));
                return;
            }
            log.info("Generating {} customers and the rollups of ten million ticket events (once; minutes)", CUSTOMERS);
            sql.execute("truncate sta_rollup, sta_pending_fact");
            sql.execute("delete from core_customer");
            sql.execute("delete from core_user where email like '%@statsbench.test'");
            staff(sql);
            customers(sql);
            sql.execute("alter table sta_rollup set unlogged");
            LocalDate first = today.minusDays(DAYS - 1L);
            for (LocalDate from = first; !from.isAfter(today); from = from.plusDays(CHUNK_DAYS)) {
                LocalDate to = from.plusDays(CHUNK_DAYS - 1L).isAfter(today) ? today : from.plusDays(CHUNK_DAYS - 1L);
                fold(sql, from, to, first);
                log.info("Rollups folded up to {}", to);
            }
            sql.execute("alter table sta_rollup set logged");
            sql.execute("vacuum analyze sta_rollup");
            sql.execute("vacuum analyze core_customer");
            sql.execute("insert into bench_stats_filled values (current_date)");
            var rows = sql.executeQuery("select count(*) from sta_rollup");
            rows.next();
            log.info("Statistics ready: {} rollup rows", rows.getLong(1));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not generate the statistics benchmark data", e);
        }
    }

    private static void staff(Statement sql) throws SQLException {
        sql.execute("insert into core_user (id, kind, email, first_name, last_name, active, created_at, updated_at,"
                + " roles) select gen_random_uuid(), 'STAFF', 'rep' || i || '@statsbench.test', 'Rep', 'Commercial ' || i,"
                + " true, now(), now(), 'sales-rep' from generate_series(1, " + SALES_REPS + ") i");
        sql.execute("insert into core_user (id, kind, email, first_name, last_name, active, created_at, updated_at,"
                + " roles) select gen_random_uuid(), 'STAFF', 'agent' || i || '@statsbench.test', 'Agent', 'Technicien '"
                + " || i, true, now(), now(), 'agent' from generate_series(1, " + AGENTS + ") i");
        sql.execute("drop table if exists bench_stats_staff");
        sql.execute("create unlogged table bench_stats_staff as select (row_number() over (partition by roles order by"
                + " email) - 1)::int as n, id, roles from core_user where email like '%@statsbench.test'");
    }

    private void customers(Statement sql) throws SQLException {
        sql.execute("""
                insert into core_customer (id, number, kind, stage, first_name, last_name, created_at, updated_at,
                    version, sales_rep_id, converted_at, search_text)
                select gen_random_uuid(), 'S' || lpad(i::text, 9, '0'), 'NATURAL_PERSON',
                    case when i %% 2 = 0 then 'CUSTOMER' else 'PROSPECT' end, 'Client', 'Numéro ' || i,
                    now() - make_interval(mins => i), now(), 0,
                    case when i %% 5 < 2 then (select s.id from bench_stats_staff s
                        where s.roles = 'sales-rep' and s.n = i %% %d) end,
                    case when i %% 2 = 0 then now() end, ' s' || lpad(i::text, 9, '0') || ' client numero ' || i || ' '
                from generate_series(1, %d) i
                """.formatted(SALES_REPS, CUSTOMERS));
        sql.execute("drop table if exists bench_stats_customer");
        sql.execute("create unlogged table bench_stats_customer as select (row_number() over (order by number))::int"
                + " as n, id, coalesce(sales_rep_id, '00000000-0000-0000-0000-000000000000'::uuid) as rep"
                + " from core_customer");
        sql.execute("alter table bench_stats_customer add primary key (n)");
    }

    /**
     * One chunk of days: its facts generated (each ticket opened on a day of the chunk, by a customer, about a product
     * at an agency; four in five resolved after a business duration, with their SLA outcome; one in five rated by an
     * agent; the customers registered and converted those days) and folded, as the drain folds them.
     */
    private void fold(Statement sql, LocalDate from, LocalDate to, LocalDate first) throws SQLException {
        int days = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
        long offset = from.toEpochDay() - first.toEpochDay();
        long opened = (long) OPENED * days / DAYS;
        long registered = (long) CUSTOMERS * days / DAYS;
        String id = "'00000000-0000-0000-0000-' || lpad((%s)::text, 12, '0')";
        String bucket = "'b' || lpad(least(255, case when %1$s <= 1 then 0 else floor(4 * ln(%1$s) / ln(2)) end)::int"
                + "::text, 3, '0')";
        sql.execute("drop table if exists bench_stats_fact");
        sql.execute("""
                create unlogged table bench_stats_fact as
                with ticket as (
                    select i, date '%1$s' + (i %% %2$d)::int as day, c.id as customer, c.rep,
                        %3$s as product, %4$s as site,
                        (array['technique', 'financiere', 'relationnelle'])[1 + i %% 3] as type,
                        (array['high', 'normal', 'low'])[1 + (i / 3) %% 3] as priority,
                        (array['PORTAL', 'STAFF', 'COUNTER', 'EMAIL', 'API'])[1 + (i / 7) %% 5] as channel,
                        case when i %% 10 < 7 then c.id::text else %5$s end as author,
                        %6$s as agent,
                        (60 + (i * 7919) %% 400000)::bigint as seconds
                    from generate_series(%7$d::bigint, %8$d::bigint) i
                    join bench_stats_customer c on c.n = 1 + (i * 7919) %% %9$d
                )
                select day, 'claims.opened' as measure, customer, rep, 1::bigint as value,
                    array['', product, site, type, priority, channel, author, customer::text] as members,
                    array['', 'product', 'site', 'type', 'priority', 'channel', 'author', 'customer'] as dimensions
                    from ticket
                union all
                select day + (i %% 3)::int, 'claims.resolved', customer, rep, seconds,
                    array['', customer::text, type, product, site, priority, %10$s],
                    array['', 'customer', 'type', 'product', 'site', 'priority', '_duration']
                    from ticket where i %% 5 <> 0
                union all
                select day + (i %% 3)::int, 'claims.sla-met', customer, rep, case when i %% 9 = 0 then 0 else 100 end,
                    array['', type, priority, product, site], array['', 'type', 'priority', 'product', 'site']
                    from ticket where i %% 5 <> 0
                union all
                select day + (i %% 3)::int, 'claims.rated', customer, rep, 1 + (i * 31) %% 5,
                    array['', agent, type, customer::text], array['', 'agent', 'type', 'customer']
                    from ticket where i %% 5 = 0
                """.formatted(
                from,
                days,
                id.formatted("(i * 7) % 200"),
                id.formatted("(i * 11) % 300"),
                "(select s.id::text from bench_stats_staff s where s.roles = 'agent' and s.n = i % " + AGENTS + ")",
                "(select s.id::text from bench_stats_staff s where s.roles = 'agent' and s.n = (i / 5) % " + AGENTS
                        + ")",
                offset * OPENED / DAYS,
                offset * OPENED / DAYS + opened - 1,
                CUSTOMERS,
                bucket.formatted("seconds")));
        sql.execute("""
                insert into bench_stats_fact
                with customer as (
                    select i, date '%1$s' + (i %% %2$d)::int as day, c.id as customer, c.rep,
                        (array['NATURAL_PERSON', 'LEGAL_PERSON'])[1 + (i %% 7 = 0)::int] as kind,
                        (array['Particulier', 'Jeune', 'Entreprise', 'Premium', 'Prépayé'])[1 + i %% 5] as segment,
                        (array['under18', '18', '26', '36', '51', '66'])[1 + (i / 5) %% 6] as age,
                        'Région ' || (i %% 24) as region, (3600 + (i * 104729) %% 5000000)::bigint as seconds
                    from generate_series(%3$d::bigint, %4$d::bigint) i
                    join bench_stats_customer c on c.n = 1 + i %% %5$d
                )
                select day, 'customers.registered', customer, rep, 1,
                    array['', kind, case when i %% 2 = 0 then 'CUSTOMER' else 'PROSPECT' end, segment, age, region],
                    array['', 'kind', 'stage', 'segment', 'age', 'region'] from customer
                union all
                select day, 'customers.converted', customer, rep, seconds, array['', kind, segment, %6$s],
                    array['', 'kind', 'segment', '_duration'] from customer where i %% 2 = 0
                """.formatted(
                        from,
                        days,
                        offset * CUSTOMERS / DAYS,
                        offset * CUSTOMERS / DAYS + registered - 1,
                        CUSTOMERS,
                        bucket.formatted("seconds")));
        sql.execute("""
                insert into sta_rollup (day, measure, dimension, member, rep, count, total)
                select f.day, f.measure, m.dimension, m.member, f.rep, count(*), sum(f.value)
                from bench_stats_fact f, unnest(f.dimensions, f.members) as m(dimension, member)
                where f.day <= date '%s'
                group by 1, 2, 3, 4, 5
                on conflict (measure, dimension, day, member, rep) do update
                    set count = sta_rollup.count + excluded.count, total = sta_rollup.total + excluded.total
                """.formatted(today));
    }
}
