// Benchmark helper: what SQLite alone costs to store bench_import's rows the way Busola stores
// them — the floor under `busola import` on SQLite. Run by bench_import as a child, like the
// other two, on a store `busola` created (the current schema, its pragmas, WAL):
//
//   bench_sqlite_floor --rows N --db STORE
//
// It writes the generated tickets as typed values (no text to parse, nothing to validate, no
// summaries, a stand-in content hash) through the statements StoreWriter uses on SQLite: one
// transaction; the imports row; each customer once (INSERT … ON CONFLICT DO NOTHING, then
// its id); the interactions 64 rows per INSERT … ON CONFLICT (external_id) DO NOTHING, with
// the table's secondary indexes dropped first and built again before the commit
// (StoreWriter::deferIndexes and commit()); the same page cache sizes and sorter threads.
// Closing the store checkpoints the WAL into it, as the end of `busola import` does.

#include "supportcsv.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace {

constexpr int RowsPerStatement = 64; // sqlitestatements.cpp's
constexpr int Columns = 21;          // external_id, content_hash, import_id and 18 more

const char *const InsertHead =
    "INSERT INTO interactions (external_id, content_hash, import_id, created_at, created_month,"
    " first_response_at, response_seconds, resolved_at, resolved_month, status, channel, team,"
    " agent, customer_id, contacts, fcr_flag, satisfaction, cost_minor, is_complaint,"
    " complaint_category, subject) VALUES ";

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

std::string insertSql(int rows)
{
    std::string sql = InsertHead;
    for (int r = 0; r < rows; ++r) {
        sql += r ? ",(" : "(";
        for (int c = 0; c < Columns; ++c)
            sql += c ? ",?" : "?";
        sql += ')';
    }
    return sql + " ON CONFLICT (external_id) DO NOTHING";
}

int monthOf(std::int64_t epoch)
{
    const std::time_t t = std::time_t(epoch);
    std::tm parts{};
    gmtime_r(&t, &parts);
    return (parts.tm_year + 1900) * 100 + parts.tm_mon + 1;
}

/// The customers' ids by their number, each inserted at its first ticket as StoreWriter does.
class Customers
{
public:
    explicit Customers(sqlite3 *db)
        : m_db(db)
        , m_insert(prepare(db, "INSERT INTO customers (customer_key, code, name) VALUES (?, ?, ?)"
                               " ON CONFLICT (customer_key) DO NOTHING"))
        , m_ids(50000, 0)
    {}
    ~Customers() { sqlite3_finalize(m_insert); }

    sqlite3_int64 id(const busola::bench::SupportTicket &t)
    {
        sqlite3_int64 &id = m_ids[size_t(t.customer)];
        if (id)
            return id;
        char key[16], code[16], name[64];
        std::snprintf(code, sizeof code, "C%05d", t.customer);
        std::snprintf(key, sizeof key, "c:%s", code);
        std::snprintf(name, sizeof name, "%s%s%s", t.surname, t.quotedName ? ", " : " ", t.name);
        sqlite3_bind_text(m_insert, 1, key, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(m_insert, 2, code, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(m_insert, 3, name, -1, SQLITE_TRANSIENT);
        if (sqlite3_step(m_insert) == SQLITE_DONE)
            id = sqlite3_last_insert_rowid(m_db);
        sqlite3_reset(m_insert);
        return id;
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_insert;
    std::vector<sqlite3_int64> m_ids;
};

/// Binds ticket t as row r of a multi-row INSERT.
void bindRow(sqlite3_stmt *insert, int r, const busola::bench::SupportTicket &t,
             sqlite3_int64 importId, sqlite3_int64 customerId)
{
    static const char *const channels[] = {"phone", "chat", "email", "Social media"};
    const int at = r * Columns;
    char id[16];
    std::snprintf(id, sizeof id, "T%07ld", t.number);
    // A stand-in for the content hash (FNV-1a of the row's values in Busola): the same 8 bytes.
    const std::uint64_t hash =
        (std::uint64_t(t.number) ^ std::uint64_t(t.created)) * 0x100000001B3ULL;
    sqlite3_bind_text(insert, at + 1, id, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(insert, at + 2, sqlite3_int64(hash));
    sqlite3_bind_int64(insert, at + 3, importId);
    sqlite3_bind_int64(insert, at + 4, t.created);
    sqlite3_bind_int(insert, at + 5, monthOf(t.created));
    sqlite3_bind_int64(insert, at + 6, t.firstReply);
    sqlite3_bind_int64(insert, at + 7, t.firstReply - t.created);
    if (t.resolved) {
        sqlite3_bind_int64(insert, at + 8, t.resolved);
        sqlite3_bind_int(insert, at + 9, monthOf(t.resolved));
    } else {
        sqlite3_bind_null(insert, at + 8);
        sqlite3_bind_null(insert, at + 9);
    }
    sqlite3_bind_null(insert, at + 10); // status: the export has none
    const char *channel = channels[t.channel[0] == 'T'   ? 0
                                   : t.channel[0] == 'C' ? 1
                                   : t.channel[0] == 'E' ? 2
                                                         : 3];
    sqlite3_bind_text(insert, at + 11, channel, -1, SQLITE_STATIC);
    sqlite3_bind_text(insert, at + 12, t.team, -1, SQLITE_STATIC);
    sqlite3_bind_text(insert, at + 13, t.agent, -1, SQLITE_STATIC);
    sqlite3_bind_int64(insert, at + 14, customerId);
    sqlite3_bind_int(insert, at + 15, t.contacts);
    sqlite3_bind_int(insert, at + 16, t.contacts == 1);
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
std::vector<std::string> dropIndexes(sqlite3 *db)
{
    std::vector<std::string> names, creates;
    sqlite3_stmt *q = prepare(db, "SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                                  " AND tbl_name = 'interactions' AND sql IS NOT NULL");
    while (q && sqlite3_step(q) == SQLITE_ROW) {
        names.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(q, 0)));
        creates.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(q, 1)));
    }
    sqlite3_finalize(q);
    for (const std::string &name : names)
        run(db, "DROP INDEX " + name);
    return creates;
}

bool writeTickets(sqlite3 *db, long rows)
{
    if (!run(db, "INSERT INTO imports (file_name, dataset, imported_at)"
                 " VALUES ('bench-support.csv', 'support', 0)"))
        return false;
    const sqlite3_int64 importId = sqlite3_last_insert_rowid(db);
    Customers customers(db);
    busola::bench::SupportTickets tickets;
    sqlite3_stmt *full = prepare(db, insertSql(RowsPerStatement));
    bool ok = full != nullptr;
    for (long at = 0; ok && at < rows; at += RowsPerStatement) {
        const int n = int(std::min<long>(RowsPerStatement, rows - at));
        // The last, short batch goes as one statement of its size (Busola splits it further).
        sqlite3_stmt *insert = n == RowsPerStatement ? full : prepare(db, insertSql(n));
        for (int r = 0; r < n; ++r) {
            const busola::bench::SupportTicket t = tickets.next();
            bindRow(insert, r, t, importId, customers.id(t));
        }
        ok = insert && sqlite3_step(insert) == SQLITE_DONE;
        if (!ok)
            std::fprintf(stderr, "bench_sqlite_floor: %s\n", sqlite3_errmsg(db));
        sqlite3_reset(insert);
        if (insert != full)
            sqlite3_finalize(insert);
    }
    sqlite3_finalize(full);
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    long rows = 1000000;
    std::string path;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--rows"))
            rows = std::atol(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--db"))
            path = argv[i + 1];
    }
    sqlite3 *db = nullptr;
    if (path.empty() || sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr)) {
        std::fprintf(stderr, "usage: bench_sqlite_floor --rows N --db STORE (made by busola)\n");
        return 2;
    }
    sqlite3_busy_timeout(db, 5000);
    // Store::open's and StoreWriter::begin()'s settings (page size and WAL are the file's).
    bool ok = run(db, "PRAGMA synchronous = NORMAL") && run(db, "PRAGMA cache_size = -49152") &&
              run(db, "PRAGMA foreign_keys = OFF") && run(db, "BEGIN IMMEDIATE");
    const std::vector<std::string> indexes = ok ? dropIndexes(db) : std::vector<std::string>();
    ok = ok && writeTickets(db, rows) && run(db, "PRAGMA cache_size = -16384") &&
         run(db, "PRAGMA threads = 2");
    for (const std::string &create : indexes)
        ok = ok && run(db, create);
    ok = ok && run(db, "COMMIT");
    return sqlite3_close(db) == SQLITE_OK && ok ? 0 : 1;
}
