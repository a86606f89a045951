#include "dialect.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlResult>
#include <QVariant>

namespace busola {

qint64 Dialect::insertedId(QSqlQuery &q)
{
    const QVariant id = q.lastInsertId();
    if (id.isValid() && id.toLongLong() > 0)
        return id.toLongLong();
    const QSqlDriver *driver = q.driver();
    if (!driver || driver->dbmsType() != QSqlDriver::PostgreSQL)
        return 0;
    QSqlQuery last(driver->createResult());
    if (last.exec(QStringLiteral("SELECT lastval()")) && last.next())
        return last.value(0).toLongLong();
    return 0;
}

bool Dialect::lockSummaries(QSqlDatabase db, QString *error)
{
    if (dialectOf(db) != SqlDialect::Postgres)
        return true;
    QSqlQuery q(db);
    // Key (schema, 1): one lock per store, released at commit or rollback.
    if (q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(current_schema()), 1)")))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

QString Dialect::caseInsensitiveLike(const QSqlDatabase &db)
{
    return dialectOf(db) == SqlDialect::Postgres ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
}

void Dialect::configurePostgres(QSqlDatabase &db)
{
    db.setNumericalPrecisionPolicy(QSql::HighPrecision);
}

} // namespace busola
