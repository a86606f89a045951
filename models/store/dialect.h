#pragma once

#include "migrations.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace busola {

/// The few places where SQLite and PostgreSQL (team mode) differ at run time, kept in the store
/// layer so the import engine, the KPI engine, forecasts, SWOT and the report run unchanged.
/// (Schema text differences are dialectSql()'s, in migrations.h.)
class Dialect
{
public:
    /// The id of the row the INSERT q just ran created. SQLite reports it with the statement;
    /// Qt's PostgreSQL driver does not, so the session's lastval() of the id sequence is read
    /// (per connection: another Busola's concurrent insert cannot be mistaken for it).
    static qint64 insertedId(QSqlQuery &q);

    /// Serialises the transactions that write rows to one store (Transaction::Writes::Rows),
    /// until the caller's transaction ends: PostgreSQL's counterpart of SQLite's BEGIN
    /// IMMEDIATE, except that the second writer waits up to waitSeconds for the first to end
    /// (SQLite's busy timeout is seconds, an import on a team store may be minutes), then
    /// fails with *error naming who writes and since when. Without it, two imports inserting
    /// the same external ids in different orders each waited for a row the other had
    /// inserted, and the server aborted one (deadlock).
    /// Taken first, at the start of the transaction, before any row or summary lock: a writer
    /// holding it never waits for one that does not, so the two advisory locks cannot
    /// deadlock with each other. Nothing on SQLite.
    static bool lockWriters(QSqlDatabase db, QString *error, int waitSeconds);

    /// Serialises the refresh of the KPI summary tables between writers of one store, until
    /// the caller's transaction ends. SQLite already allows a single writer; on PostgreSQL two
    /// concurrent imports would each compute a month's summary without the other's rows.
    static bool lockSummaries(QSqlDatabase db, QString *error);

    /// The operator of a LIKE that ignores letter case, as SQLite's LIKE does (for ASCII):
    /// PostgreSQL's LIKE minds case, its ILIKE does not.
    static QString caseInsensitiveLike(const QSqlDatabase &db);

    /// The store's own tables (not the engine's catalogue), by name.
    static QStringList tables(const QSqlDatabase &db);
    /// After rows were inserted with explicit ids: the next id PostgreSQL hands out follows
    /// the largest one (SQLite's INTEGER PRIMARY KEY always does).
    static bool resetIdSequence(QSqlDatabase db, const QString &table, QString *error);
    /// True when the server refused a statement for lack of rights (a viewer's account).
    static bool isPermissionDenied(const QSqlError &error);

    /// SQLite checks foreign keys row by row unless told otherwise, and only outside a
    /// transaction may it be told: off for the life of this guard. Nothing on PostgreSQL.
    class ForeignKeysOff
    {
    public:
        explicit ForeignKeysOff(QSqlDatabase db);
        ~ForeignKeysOff();
        ForeignKeysOff(const ForeignKeysOff &) = delete;
        ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

    private:
        QSqlDatabase m_db;
        bool m_off = false;
    };

    /// Sets up a new PostgreSQL connection: sums of BIGINT (NUMERIC on PostgreSQL) come back
    /// exact (as text, which toLongLong() reads exactly) instead of as double.
    static void configurePostgres(QSqlDatabase &db);
};

} // namespace busola
