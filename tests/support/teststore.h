#pragma once

// Where a test's store lives: a SQLite file, or — in the *_pg variant of a suite (ctest sets
// BUSOLA_TEST_BACKEND=postgres) — a private schema on the PostgreSQL server named by
// BUSOLA_TEST_PG (tests/pg/with-postgres.sh starts one). The same test code, the same
// expectations, on both engines.

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

namespace busola::test {

inline bool usesPostgres()
{
    return qgetenv("BUSOLA_TEST_BACKEND") == "postgres";
}

inline QString postgresServer()
{
    return QString::fromLocal8Bit(qgetenv("BUSOLA_TEST_PG"));
}

/// Runs sql as the server's superuser (BUSOLA_TEST_PG); qFatal on failure, a broken fixture.
inline void postgresAdmin(const QString &sql)
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("busola-test-admin-%1").arg(counter.fetchAndAddRelaxed(1));
    {
        const QUrl url(postgresServer());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open())
            qFatal("cannot reach the test server: %s", qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        if (!q.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/// The store location of a test: sqlitePath itself, or on PostgreSQL the URL of a schema named
/// after that path (the same path gives the same schema: a test can close and reopen a store).
/// A schema on the test server named after path (whatever the suite's engine).
inline QString postgresStoreLocation(const QString &path)
{
    const QByteArray hash =
        QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex().left(20);
    const QString schema = QStringLiteral("t_") + QString::fromLatin1(hash);
    postgresAdmin(QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(schema));
    QUrl url(postgresServer());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("schema"), schema);
    url.setQuery(query);
    return url.toString();
}

inline QString storeLocation(const QString &sqlitePath)
{
    return usesPostgres() ? postgresStoreLocation(sqlitePath) : sqlitePath;
}

} // namespace busola::test

/// First line of initTestCase: the PostgreSQL variant of a suite is skipped when no server was
/// given (run it through tests/pg/with-postgres.sh).
#define BUSOLA_REQUIRE_TEST_BACKEND()                                                              \
    do {                                                                                           \
        if (busola::test::usesPostgres() && busola::test::postgresServer().isEmpty())              \
            QSKIP("no PostgreSQL server: set BUSOLA_TEST_PG (tests/pg/with-postgres.sh does)");    \
    } while (false)
