#pragma once

#include "migrations.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

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

    /// Serialises the refresh of the KPI summary tables between writers of one store, until
    /// the caller's transaction ends. SQLite already allows a single writer; on PostgreSQL two
    /// concurrent imports would each compute a month's summary without the other's rows.
    static bool lockSummaries(QSqlDatabase db, QString *error);

    /// The operator of a LIKE that ignores letter case, as SQLite's LIKE does (for ASCII):
    /// PostgreSQL's LIKE minds case, its ILIKE does not.
    static QString caseInsensitiveLike(const QSqlDatabase &db);

    /// Sets up a new PostgreSQL connection: sums of BIGINT (NUMERIC on PostgreSQL) come back
    /// exact (as text, which toLongLong() reads exactly) instead of as double.
    static void configurePostgres(QSqlDatabase &db);
};

} // namespace busola
