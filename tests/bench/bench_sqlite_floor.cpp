// Benchmark helper: what SQLite alone costs to store bench_import's rows the way Busola stores
// them — the floor under `busola import` on SQLite. Run by bench_import as a child, like the
// other two, on a store `busola` created (the current schema, its pragmas, WAL):
//
//   bench_sqlite_floor --rows N --db STORE [--summaries]
//
// It writes the generated tickets as typed values (no text to parse, nothing to validate, a
// stand-in content hash) through the statements StoreWriter uses on SQLite: one transaction;
// the imports row; each customer once (INSERT … ON CONFLICT DO NOTHING, then its id); the
// interactions 64 rows per INSERT OR IGNORE (which needs no statement journal), with the table's
// secondary indexes dropped first and built again before the commit (StoreWriter::
// deferIndexes and commit()); the same page cache sizes and sorter threads. Closing the store
// checkpoints the WAL into it, as the end of `busola import` does.
//
// With --summaries it also writes the summary rows such an import adds (summaries.h): by month
// and by day × channel × team × agent, and each customer's active days by month and months by
// chunk — sums gathered in memory, then written in one pass in key order with 64-row INSERT OR
// IGNOREs (which need no statement journal), the cheapest way SQLite can take them (Busola
// writes them in pieces while the rows stream, and computes the days in the store's time zone,
// not in UTC as here). Only
// activity_gaps (a few hundred rows) is left out.

#include "supportcsv.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <sqlite3.h>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

/// Rows per multi-row statement: 64 as sqlitestatements.cpp's, fewer where SQLite allows fewer
/// variables (999 before 3.32), as there.
int rowsPerStatement(sqlite3 *db, int columns)
{
    return std::clamp(sqlite3_limit(db, SQLITE_LIMIT_VARIABLE_NUMBER, -1) / columns, 1, 64);
}
constexpr int Columns = 21; // external_id, content_hash, import_id and 18 more

const char *const InsertHead =
    "INSERT OR IGNORE INTO interactions (external_id, content_hash, import_id, created_at,"
    " created_month,"
    " first_response_at, response_seconds, resolved_at, resolved_month, status, channel, team,"
    " agent, customer_id, contacts, fcr_flag, satisfaction, cost_minor, is_complaint,"
    " complaint_category, subject)";

bool run(sqlite3 *db, const std::string &sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error) == SQLITE_OK)
        return true;
    std::fprintf(stderr, "bench_sqlite_floor: %s: %s\n", sql.c_str(), error ? error : "");
    sqlite3_free(error);
    return false;
}

sqlite3_stmt *prepare(sqlite3 *db, const std::string &sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(db, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) !=
        SQLITE_OK)
        std::fprintf(stderr, "bench_sqlite_floor: %s\n", sqlite3_errmsg(db));
    return statement;
}

/// The UTC date of an instant since 1970 (seconds), as yyyymmdd (H. Hinnant's algorithm); its
/// month is the key / 100.
int dayKeyOf(std::int64_t epoch)
{
    const std::int64_t z = epoch / 86400 + 719468;
    const std::int64_t era = z / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
    const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    return int(y * 10000 + m * 100 + d);
}

/// The customers' ids by their number, each inserted at its first ticket as StoreWriter does.
class Customers
{
public:
    explicit Customers(sqlite3 *db)
        : m_db(db)
        , m_insert(prepare(db, "INSERT INTO customers (customer_key, code, name) VALUES (?, ?, ?)"
                               " ON CONFLICT (customer_key) DO NOTHING"))
        , m_select(prepare(db, "SELECT id FROM customers WHERE customer_key = ?"))
        , m_ids(50000, 0)
    {}
    ~Customers()
    {
        sqlite3_finalize(m_insert);
        sqlite3_finalize(m_select);
    }

    /// The customer's id, 0 (and a message) when SQLite fails.
    sqlite3_int64 id(const busola::bench::SupportTicket &t)
    {
        sqlite3_int64 &id = m_ids[size_t(t.customer)];
        if (id || !m_insert || !m_select)
            return id;
        char key[16], code[16], name[64];
        std::snprintf(code, sizeof code, "C%05d", t.customer);
        std::snprintf(key, sizeof key, "c:%s", code);
        std::snprintf(name, sizeof name, "%s%s%s", t.surname, t.quotedName ? ", " : " ", t.name);
        sqlite3_bind_text(m_insert, 1, key, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(m_insert, 2, code, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(m_insert, 3, name, -1, SQLITE_TRANSIENT);
        if (sqlite3_step(m_insert) == SQLITE_DONE && sqlite3_changes(m_db) > 0) {
            id = sqlite3_last_insert_rowid(m_db);
        } else { // already stored (a store used before), as StoreWriter reads it back
            sqlite3_bind_text(m_select, 1, key, -1, SQLITE_TRANSIENT);
            if (sqlite3_step(m_select) == SQLITE_ROW)
                id = sqlite3_column_int64(m_select, 0);
            sqlite3_reset(m_select);
        }
        sqlite3_reset(m_insert);
        if (!id)
            std::fprintf(stderr, "bench_sqlite_floor: customer %s: %s\n", key,
                         sqlite3_errmsg(m_db));
        return id;
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_insert;
    sqlite3_stmt *m_select;
    std::vector<sqlite3_int64> m_ids;
};

/// The channel as the import stores it (its value mapping: Telefon → phone, …).
const char *channelOf(const busola::bench::SupportTicket &t)
{
    static const char *const channels[] = {"phone", "chat", "email", "Social media"};
    const char first = t.channel[0];
    return channels[first == 'T' ? 0 : first == 'C' ? 1 : first == 'E' ? 2 : 3];
}

/// Binds ticket t as the row of a multi-row INSERT whose values start at index first.
void bindRow(sqlite3_stmt *insert, int first, const busola::bench::SupportTicket &t,
             sqlite3_int64 importId, sqlite3_int64 customerId)
{
    const int at = first - 1;
    char id[16];
    std::snprintf(id, sizeof id, "T%07ld", t.number);
    // A stand-in for the content hash (FNV-1a of the row's values in Busola): the same 8 bytes.
    const std::uint64_t hash =
        (std::uint64_t(t.number) ^ std::uint64_t(t.created)) * 0x100000001B3ULL;
    sqlite3_bind_text(insert, at + 1, id, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(insert, at + 2, sqlite3_int64(hash));
    sqlite3_bind_int64(insert, at + 3, importId);
    sqlite3_bind_int64(insert, at + 4, t.created);
    sqlite3_bind_int(insert, at + 5, dayKeyOf(t.created) / 100);
    sqlite3_bind_int64(insert, at + 6, t.firstReply);
    sqlite3_bind_int64(insert, at + 7, t.firstReply - t.created);
    if (t.resolved) {
        sqlite3_bind_int64(insert, at + 8, t.resolved);
        sqlite3_bind_int(insert, at + 9, dayKeyOf(t.resolved) / 100);
    } else {
        sqlite3_bind_null(insert, at + 8);
        sqlite3_bind_null(insert, at + 9);
    }
    sqlite3_bind_null(insert, at + 10); // status: the export has none
    sqlite3_bind_text(insert, at + 11, channelOf(t), -1, SQLITE_STATIC);
    sqlite3_bind_text(insert, at + 12, t.team, -1, SQLITE_STATIC);
    sqlite3_bind_text(insert, at + 13, t.agent, -1, SQLITE_STATIC);
    sqlite3_bind_int64(insert, at + 14, customerId);
    sqlite3_bind_int(insert, at + 15, t.contacts);
    sqlite3_bind_null(insert, at + 16); // fcr_flag: the export has none (contacts tell)
    if (t.rating)
        sqlite3_bind_double(insert, at + 17, double(t.rating));
    else
        sqlite3_bind_null(insert, at + 17);
    sqlite3_bind_int64(insert, at + 18, t.costCents);
    sqlite3_bind_int(insert, at + 19, t.complaint);
    sqlite3_bind_null(insert, at + 20);
    sqlite3_bind_null(insert, at + 21);
}

/// The interactions table's secondary indexes, dropped: their CREATE statements, to run again.
/// False when SQLite fails (the floor would be measured with the indexes live).
bool dropIndexes(sqlite3 *db, std::vector<std::string> *creates)
{
    std::vector<std::string> names;
    sqlite3_stmt *q = prepare(db, "SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                                  " AND tbl_name = 'interactions' AND sql IS NOT NULL");
    if (!q)
        return false;
    while (sqlite3_step(q) == SQLITE_ROW) {
        names.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(q, 0)));
        creates->emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(q, 1)));
    }
    sqlite3_finalize(q);
    bool ok = true;
    for (const std::string &name : names)
        ok = ok && run(db, "DROP INDEX " + name);
    return ok;
}

/// Runs INSERT INTO head VALUES (…), (…) tail, 64 rows at a time (the last statement as
/// short as the rows left). bind(statement, firstIndex, row) binds row number row's values
/// from firstIndex on, in row order, and returns false to stop.
class MultiRowInsert
{
public:
    MultiRowInsert(sqlite3 *db, std::string head, int columns, std::string tail = {})
        : m_db(db)
        , m_head(std::move(head))
        , m_tail(std::move(tail))
        , m_columns(columns)
    {}

    template <class Bind> bool write(size_t count, Bind bind)
    {
        const int perStatement = rowsPerStatement(m_db, m_columns);
        sqlite3_stmt *full = prepare(m_db, sql(perStatement));
        bool ok = full != nullptr;
        for (size_t at = 0; ok && at < count; at += size_t(perStatement)) {
            const int n = int(std::min<size_t>(size_t(perStatement), count - at));
            sqlite3_stmt *insert = n == perStatement ? full : prepare(m_db, sql(n));
            for (int r = 0; ok && insert && r < n; ++r)
                ok = bind(insert, r * m_columns + 1, at + size_t(r));
            ok = ok && insert && sqlite3_step(insert) == SQLITE_DONE;
            if (!ok)
                std::fprintf(stderr, "bench_sqlite_floor: %s\n", sqlite3_errmsg(m_db));
            sqlite3_reset(insert);
            if (insert != full)
                sqlite3_finalize(insert);
        }
        sqlite3_finalize(full);
        return ok;
    }

private:
    std::string sql(int rows) const
    {
        std::string sql = m_head + " VALUES ";
        for (int r = 0; r < rows; ++r) {
            sql += r ? ",(" : "(";
            for (int c = 0; c < m_columns; ++c)
                sql += c ? ",?" : "?";
            sql += ')';
        }
        return sql + m_tail;
    }

    sqlite3 *m_db;
    std::string m_head, m_tail;
    int m_columns;
};

/// The summary rows an import of the tickets adds, gathered in memory, then written. Gathered
/// in flat tables (a few dimension values, customer ids from 1), so that the floor's time is
/// SQLite's and not a map's.
class Summaries
{
public:
    void add(const busola::bench::SupportTicket &t, const char *channel, sqlite3_int64 customer)
    {
        const int createdDay = dayKeyOf(t.created);
        const int resolvedDay = t.resolved ? dayKeyOf(t.resolved) : 0;
        const std::uint64_t dims = std::uint64_t(index(m_channels, channel)) << 16 |
                                   std::uint64_t(index(m_teams, t.team)) << 8 |
                                   std::uint64_t(index(m_agents, t.agent));
        addSums(m_months, createdDay / 100, resolvedDay / 100, dims, t);
        addSums(m_days, createdDay, resolvedDay, dims, t);
        const int month = createdDay / 100;
        bit(m_activeDays[month], customer) |= std::uint32_t(1) << (createdDay % 100 - 1);
        const int monthIndex = (month / 100) * 12 + month % 100 - 1; // ActivityMask::monthIndex
        bit(m_activeMonths[monthIndex / 60], customer) |= std::uint64_t(1) << (monthIndex % 60);
    }

    bool write(sqlite3 *db) const
    {
        return writeSums(db, "sum_support", "month", m_months) &&
               writeSums(db, "sum_support_day", "day", m_days) &&
               writeActivity(db, "customer_activity_day (source, month, customer_id, days)",
                             m_activeDays) &&
               writeActivity(db, "customer_activity (source, chunk, customer_id, months)",
                             m_activeMonths);
    }

private:
    struct Sums
    {
        std::array<std::int64_t, 11> n{}; // sum_support's integer measures, in column order
        double csat = 0;
    };
    /// Period (yyyymm or yyyymmdd) in the high half, the dimension indexes in the low one.
    using Table = std::unordered_map<std::uint64_t, Sums>;
    /// Bits by period (month or chunk), then by customer id.
    template <class Bits> using Activity = std::map<int, std::vector<Bits>>;

    static int index(std::vector<const char *> &values, const char *value)
    {
        const auto it = std::find(values.begin(), values.end(), value);
        if (it != values.end())
            return int(it - values.begin());
        values.push_back(value);
        return int(values.size()) - 1;
    }
    template <class Bits> static Bits &bit(std::vector<Bits> &bits, sqlite3_int64 customer)
    {
        if (bits.size() <= size_t(customer))
            bits.resize(size_t(customer) + 1 + bits.size() / 2);
        return bits[size_t(customer)];
    }

    static void addSums(Table &table, int created, int resolved, std::uint64_t dims,
                        const busola::bench::SupportTicket &t)
    {
        Sums &c = table[std::uint64_t(created) << 32 | dims];
        c.n[0] += 1;
        c.n[1] += 1;
        c.n[2] += t.firstReply - t.created;
        c.n[3] += t.complaint;
        c.n[4] += t.costCents;
        c.n[5] += 1;
        // c stays valid: an unordered_map's insertions move no element.
        Sums &r = t.resolved ? table[std::uint64_t(resolved) << 32 | dims] : c;
        if (t.resolved) {
            r.n[6] += 1;
            r.n[7] += 1;
            r.n[8] += t.contacts == 1;
        }
        if (t.rating) {
            r.n[9] += 1;
            r.csat += t.rating;
            r.n[10] += t.rating >= 4;
        }
    }

    bool writeSums(sqlite3 *db, const char *table, const char *period, const Table &sums) const
    {
        std::vector<std::uint64_t> keys;
        keys.reserve(sums.size());
        for (const auto &entry : sums)
            keys.push_back(entry.first);
        std::sort(keys.begin(), keys.end());
        const std::string head =
            std::string("INSERT OR IGNORE INTO ") + table + " (" + period +
            ", channel, team, agent, n_created, n_resp, sum_resp_s, n_complaint,"
            " sum_cost_minor, n_cost, n_resolved, n_fcr_known, n_fcr_one, n_csat, sum_csat,"
            " n_csat_hi)";
        return MultiRowInsert(db, head, 16)
            .write(keys.size(), [&](sqlite3_stmt *insert, int at, size_t k) {
                const std::uint64_t key = keys[k];
                sqlite3_bind_int(insert, at, int(key >> 32));
                sqlite3_bind_text(insert, at + 1, m_channels[(key >> 16) & 0xff], -1,
                                  SQLITE_STATIC);
                sqlite3_bind_text(insert, at + 2, m_teams[(key >> 8) & 0xff], -1, SQLITE_STATIC);
                sqlite3_bind_text(insert, at + 3, m_agents[key & 0xff], -1, SQLITE_STATIC);
                const Sums &s = sums.at(key);
                for (int i = 0; i < 10; ++i)
                    sqlite3_bind_int64(insert, at + 4 + i, s.n[size_t(i)]);
                sqlite3_bind_double(insert, at + 14, s.csat);
                return sqlite3_bind_int64(insert, at + 15, s.n[10]) == SQLITE_OK;
            });
    }

    template <class Bits>
    static bool writeActivity(sqlite3 *db, const char *table, const Activity<Bits> &activity)
    {
        struct Row
        {
            int period;
            sqlite3_int64 customer;
            std::uint64_t bits;
        };
        std::vector<Row> rows; // in key order: (source,) period, customer
        for (const auto &[period, bits] : activity)
            for (size_t customer = 0; customer < bits.size(); ++customer)
                if (bits[customer])
                    rows.push_back({period, sqlite3_int64(customer), bits[customer]});
        return MultiRowInsert(db, std::string("INSERT OR IGNORE INTO ") + table, 4)
            .write(rows.size(), [&rows](sqlite3_stmt *insert, int at, size_t r) {
                const Row &row = rows[r];
                sqlite3_bind_text(insert, at, "support", -1, SQLITE_STATIC);
                sqlite3_bind_int(insert, at + 1, row.period);
                sqlite3_bind_int64(insert, at + 2, row.customer);
                return sqlite3_bind_int64(insert, at + 3, sqlite3_int64(row.bits)) == SQLITE_OK;
            });
    }

    std::vector<const char *> m_channels, m_teams, m_agents;
    Table m_months, m_days;
    Activity<std::uint32_t> m_activeDays;
    Activity<std::uint64_t> m_activeMonths;
};

bool writeTickets(sqlite3 *db, long rows, Summaries *summaries)
{
    if (!run(db, "INSERT INTO imports (file_name, dataset, imported_at)"
                 " VALUES ('bench-support.csv', 'support', 0)"))
        return false;
    const sqlite3_int64 importId = sqlite3_last_insert_rowid(db);
    Customers customers(db);
    busola::bench::SupportTickets tickets;
    // The last, short statement goes as one of its size (Busola splits it further).
    const bool ok = MultiRowInsert(db, InsertHead, Columns, "")
                        .write(size_t(rows), [&](sqlite3_stmt *insert, int first, size_t) {
                            const busola::bench::SupportTicket t = tickets.next();
                            const sqlite3_int64 customer = customers.id(t);
                            bindRow(insert, first, t, importId, customer);
                            if (summaries)
                                summaries->add(t, channelOf(t), customer);
                            return customer != 0;
                        });
    return ok && (!summaries || summaries->write(db));
}

} // namespace

int main(int argc, char *argv[])
{
    long rows = 1000000;
    std::string path;
    bool withSummaries = false;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--summaries"))
            withSummaries = true;
        else if (!std::strcmp(argv[i], "--rows") && i + 1 < argc)
            rows = std::atol(argv[++i]);
        else if (!std::strcmp(argv[i], "--db") && i + 1 < argc)
            path = argv[++i];
    }
    sqlite3 *db = nullptr;
    if (path.empty() || sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr)) {
        std::fprintf(stderr, "usage: bench_sqlite_floor --rows N --db STORE [--summaries]\n");
        return 2;
    }
    sqlite3_busy_timeout(db, 5000);
    // Store::open's and StoreWriter::begin()'s settings (page size and WAL are the file's).
    bool ok = run(db, "PRAGMA synchronous = NORMAL") && run(db, "PRAGMA cache_size = -49152") &&
              run(db, "PRAGMA foreign_keys = OFF") && run(db, "BEGIN IMMEDIATE");
    std::vector<std::string> indexes;
    ok = ok && dropIndexes(db, &indexes);
    Summaries summaries;
    ok = ok && writeTickets(db, rows, withSummaries ? &summaries : nullptr) &&
         run(db, "PRAGMA cache_size = -16384") && run(db, "PRAGMA threads = 2");
    for (const std::string &create : indexes)
        ok = ok && run(db, create);
    ok = ok && run(db, "COMMIT");
    return sqlite3_close(db) == SQLITE_OK && ok ? 0 : 1;
}
