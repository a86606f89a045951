#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <map>
#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace busola {

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
    /// False once SQLite has left the open transaction: after SQLITE_FULL, SQLITE_IOERR or
    /// SQLITE_NOMEM it rolls the whole transaction back on its own.
    bool inTransaction() const;
    QString lastError() const { return m_error; }

private:
    explicit SqliteStatements(sqlite3 *db);
    sqlite3_stmt *statement(const QString &key, const QString &sql);
    bool bind(sqlite3_stmt *statement, int index, const QVariant &value);
    bool bind(sqlite3_stmt *statement, int index, const SqlValue &value);
    bool step(sqlite3_stmt *statement, bool bound, int *changes);

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
};

} // namespace busola
