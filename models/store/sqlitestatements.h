#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <map>
#include <memory>
#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace busola {

struct MultiRowInsert;

/// One value to bind, without a QVariant: a row's values on StoreWriter's SQLite path cost one
/// QVariant (and its type dispatch) each, and a list allocation per row, otherwise. The type is
/// the QVariant type the value would have had (the content hash tells Int from Int64). Text
/// points at a string that outlives the statement's step.
struct SqlValue
{
    enum Type : quint8 { Null, Int, Int64, Double, Text };
    Type type = Null;
    union {
        qint64 integer = 0;
        double real;
        const QString *text;
    };

    static SqlValue int32(int value) { return make(Int, value); }
    static SqlValue int64(qint64 value) { return make(Int64, value); }
    static SqlValue number(double value)
    {
        SqlValue v;
        v.type = Double;
        v.real = value;
        return v;
    }
    /// Null for an empty string, as StoreWriter stores no empty text.
    static SqlValue string(const QString &value)
    {
        SqlValue v;
        if (!value.isEmpty()) {
            v.type = Text;
            v.text = &value;
        }
        return v;
    }
    QVariant toVariant() const;

private:
    static SqlValue make(Type type, qint64 value)
    {
        SqlValue v;
        v.type = type;
        v.integer = value;
        return v;
    }
};

/// StoreWriter's fast path on SQLite: statements prepared and bound through the sqlite3 handle
/// of Qt's QSQLITE connection (same connection, same transaction), without QSqlQuery's
/// per-value QVariant copies and placeholder bookkeeping, which cost more than SQLite's own
/// work on a million-row import. Other drivers keep the QSqlQuery path.
class SqliteStatements
{
public:
    /// Null unless db is a QSQLITE connection that exposes its handle.
    static std::unique_ptr<SqliteStatements> forDatabase(const QSqlDatabase &db);
    ~SqliteStatements();
    SqliteStatements(const SqliteStatements &) = delete;
    SqliteStatements &operator=(const SqliteStatements &) = delete;

    /// Runs the statement cached under key (prepared from sql on first use) with values bound
    /// in order; *changes gets the rows it changed. False with lastError() on failure.
    bool execute(const QString &key, const QString &sql, const QVariantList &values, int *changes)
    {
        return execute(key, sql, {}, values, changes);
    }
    /// The same, with head bound before values (the key columns before the content).
    bool execute(const QString &key, const QString &sql, std::initializer_list<QVariant> head,
                 const QVariantList &values, int *changes);
    /// The same with every value as a SqlValue: no QVariant per value.
    bool execute(const QString &key, const QString &sql, const SqlValue *values, int count,
                 int *changes);
    /// Runs a one-value query; false on error or when it returns no row.
    bool selectInt64(const QString &key, const QString &sql, std::initializer_list<QVariant> values,
                     qint64 *out);
    /// Runs a read of many rows (prepared for this call only) and appends each row's first
    /// columns values to *out as integers (NULL as 0): no QVariant per value, which costs more
    /// than SQLite's own work when a KPI reads 100,000 response times.
    bool selectInt64Rows(const QString &sql, const QVariantList &binds, int columns,
                         std::vector<qint64> *out);
    qint64 lastInsertId() const;
    /// The most placeholders one statement may have on this connection.
    int maxVariables() const;
    /// False once SQLite has left the open transaction: after SQLITE_FULL, SQLITE_IOERR or
    /// SQLITE_NOMEM it rolls the whole transaction back on its own.
    bool inTransaction() const;
    QString lastError() const { return m_error; }

private:
    explicit SqliteStatements(sqlite3 *db);
    sqlite3_stmt *statement(const QString &key, const QString &sql);
    bool bind(sqlite3_stmt *statement, int index, const QVariant &value);
    bool bind(sqlite3_stmt *statement, int index, const SqlValue &value);
    /// False, with lastError(), unless count values were bound: one per parameter.
    bool allBound(sqlite3_stmt *statement, int count);
    /// Runs a statement whose count values were bound (bound: without an error), then resets it.
    bool step(sqlite3_stmt *statement, bool bound, int count, int *changes);

    sqlite3 *m_db;
    std::map<QString, sqlite3_stmt *> m_statements;
    struct Recent
    {
        QString key; ///< a copy, compared by its storage's address
        sqlite3_stmt *statement = nullptr;
    };
    static constexpr int RecentSlots = 4;
    Recent m_recent[RecentSlots];
    int m_nextRecent = 0;
    QString m_error;
    std::vector<char> m_utf8; ///< the texts of the statement run being bound, as UTF-8
    size_t m_utf8Used = 0;
};

/// "INSERT OR IGNORE INTO t (…) VALUES (…)" of "INSERT INTO t (…) VALUES (…) ON CONFLICT …", for
/// rows known to be new. A multi-row statement that might stop halfway (a NOT NULL constraint
/// or a DO UPDATE may) makes SQLite copy every page it changes that existed before it into a
/// statement journal, to undo itself alone: past 64 KiB a temporary file, some 660 MB for the
/// interactions of a 300,000-row import (ten times the store), 250 MB more for the summaries'
/// upserts. INSERT OR IGNORE cannot stop halfway and needs none. (Should SQLite fail it all
/// the same, a full disk, it ends the whole transaction instead of the statement.)
QString insertOrIgnore(const QString &upsertSql);

/// Rows of one "INSERT … VALUES (?, …) [ON CONFLICT …]" run in multi-row statements of up to
/// capacity() rows, in order, with the effect of running them one by one. SQLite's cost per
/// statement run (resetting, binding, opening its cursors and seeking them from the root) is
/// several times its cost per row: 670,000 narrow upserts took 1.6 s one by one and 0.4 s 64
/// at a time, a million interactions 4.6 s and 1.9 s.
class SqliteRowBatch
{
public:
    /// sql: the single-row statement; isValid() is false when it has no VALUES tuple.
    SqliteRowBatch(SqliteStatements &statements, const QString &sql);
    ~SqliteRowBatch();
    SqliteRowBatch(const SqliteRowBatch &) = delete;
    SqliteRowBatch &operator=(const SqliteRowBatch &) = delete;

    bool isValid() const { return m_width > 0; }
    int width() const { return m_width; }
    int capacity() const { return m_capacity; }
    int size() const { return m_rows; }
    /// Room for the next row's width() values, valid until send(). The texts they point at
    /// must live until send() too.
    SqlValue *append();
    /// Runs the rows held (in one statement, a short batch in a few) and empties the batch;
    /// *changes gets the rows they changed. False with lastError() on failure: SQLite undid
    /// the failing statement, not those before it (or, for a statement with no statement
    /// journal, the whole transaction), so the caller's transaction must fail.
    bool send(int *changes = nullptr);
    /// Row k of those the last send() ran, readable until the next append().
    const SqlValue *sentRow(int k) const { return &m_values[size_t(k) * size_t(m_width)]; }
    QString lastError() const { return m_statements.lastError(); }

private:
    SqliteStatements &m_statements;
    std::unique_ptr<MultiRowInsert> m_sql;
    QString m_full; ///< the statement for capacity() rows, built once (and its cache key)
    std::vector<SqlValue> m_values;
    int m_width = 0;
    int m_capacity = 1;
    int m_rows = 0;
};

} // namespace busola
