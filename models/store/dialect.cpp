#include "dialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
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

namespace {

/// Transaction-scoped advisory locks (schema, key): one per store, released at commit or
/// rollback. (Store::initialise's session lock of the migration takes a single bigint key,
/// which the server keeps apart from these pairs.)
enum LockKey { SummariesKey = 1, WritersKey = 2 };

/// The lock's two keys as SQL arguments.
QString lockKeys(LockKey key)
{
    return QStringLiteral("hashtext(current_schema()), %1").arg(int(key));
}

bool lockStore(QSqlDatabase db, LockKey key, QString *error)
{
    if (dialectOf(db) != SqlDialect::Postgres)
        return true;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(lockKeys(key))))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace

bool Dialect::lockWriters(QSqlDatabase db, QString *error, int waitSeconds)
{
    if (dialectOf(db) != SqlDialect::Postgres)
        return true;
    const QString key = lockKeys(WritersKey);
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT pg_try_advisory_xact_lock(%1)").arg(key)) && q.next() &&
        q.value(0).toBool())
        return true;
    // Who holds it, asked before waiting: a lock wait that times out aborts the transaction,
    // which then answers no query. (pg_locks shows the two keys as classid and objid, and
    // objsubid 2 for a lock taken with two keys.)
    QString holder;
    QDateTime since;
    if (q.exec(QStringLiteral("SELECT a.usename, a.xact_start FROM pg_locks l"
                              " JOIN pg_stat_activity a ON a.pid = l.pid"
                              " WHERE l.locktype = 'advisory' AND l.granted"
                              " AND l.database = (SELECT oid FROM pg_database"
                              " WHERE datname = current_database())"
                              " AND l.classid = hashtext(current_schema())::oid"
                              " AND l.objid = %1 AND l.objsubid = 2")
                   .arg(int(WritersKey))) &&
        q.next()) {
        holder = q.value(0).toString();
        since = q.value(1).toDateTime();
    }
    // lock_timeout for this wait only: the import's own statements keep the server's setting.
    // (0 would wait for ever.)
    if (q.exec(QStringLiteral("SET LOCAL lock_timeout = %1")
                   .arg(qMax<qint64>(1, waitSeconds) * 1000)) &&
        q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(key)) &&
        q.exec(QStringLiteral("SET LOCAL lock_timeout = DEFAULT")))
        return true;
    if (!error)
        return false;
    if (q.lastError().nativeErrorCode() != QLatin1String("55P03")) { // lock_not_available
        *error = q.lastError().text();
        return false;
    }
    *error =
        QCoreApplication::translate(
            "busola::Dialect",
            "Another import is being written to this team store (by %1, since %2): "
            "after waiting %3 s for it, this one gives up. Try again when it is done.")
            .arg(holder.isEmpty() ? QStringLiteral("?") : holder,
                 since.isValid() ? QLocale().toString(since.toLocalTime(), QLocale::ShortFormat)
                                 : QStringLiteral("?"))
            .arg(waitSeconds);
    return false;
}

bool Dialect::lockSummaries(QSqlDatabase db, QString *error)
{
    // Inside a writer's transaction (lockWriters) this lock is always free; it still guards
    // the summaries against a Busola from before lockWriters writing to the same store.
    return lockStore(db, SummariesKey, error);
}

QString Dialect::caseInsensitiveLike(const QSqlDatabase &db)
{
    return dialectOf(db) == SqlDialect::Postgres ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
}

QStringList Dialect::tables(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(dialectOf(db) == SqlDialect::Postgres
               ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE"
                                " table_schema = current_schema() AND table_type = 'BASE TABLE'")
               : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                " AND name NOT LIKE 'sqlite%'"));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    names.sort();
    return names;
}

bool Dialect::resetIdSequence(QSqlDatabase db, const QString &table, QString *error)
{
    if (dialectOf(db) != SqlDialect::Postgres)
        return true;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), MAX(id))"
                              " FROM %1 HAVING MAX(id) IS NOT NULL")
                   .arg(table)))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool Dialect::isPermissionDenied(const QSqlError &error)
{
    // SQLSTATE 42501, insufficient_privilege.
    return error.nativeErrorCode() == QLatin1String("42501");
}

Dialect::ForeignKeysOff::ForeignKeysOff(QSqlDatabase db)
    : m_db(std::move(db))
{
    if (dialectOf(m_db) != SqlDialect::Sqlite)
        return;
    QSqlQuery q(m_db);
    m_off = q.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
}

Dialect::ForeignKeysOff::~ForeignKeysOff()
{
    if (!m_off)
        return;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

void Dialect::configurePostgres(QSqlDatabase &db)
{
    db.setNumericalPrecisionPolicy(QSql::HighPrecision);
}

} // namespace busola
