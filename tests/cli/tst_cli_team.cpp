// Team mode against a real PostgreSQL server (tests/pg/with-postgres.sh starts a private one):
// concurrent imports, a killed import, the roles the server enforces, and copying a store to
// PostgreSQL and back. Skipped without BUSOLA_TEST_PG.
#include "../models/kpi/kpifixture.h"
#include "clirunner.h"
#include "store/dialect.h"
#include "store/migrations.h"
#include "store/summaries.h"
#include "store/teamlocation.h"
#include "store/transaction.h"
#include "teststore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <csignal>

using namespace busola;

class TestCliTeam : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    /// A fresh, empty schema on the test server (its URL).
    QString newTeamStore()
    {
        return test::postgresStoreLocation(
            m_dir.filePath(QStringLiteral("team%1").arg(++m_counter)));
    }

    /// Tickets id prefix1..n, created in October and November 2026.
    QString ticketsCsv(const QString &name, const QString &prefix, int count)
    {
        QByteArray csv("Ticket ID,Created at,Channel\n");
        for (int i = 0; i < count; ++i)
            csv += prefix.toUtf8() + QByteArray::number(i) + ",2026-" + (i % 2 ? "10" : "11") +
                   "-0" + QByteArray::number(1 + i % 9) + " 10:00," + (i % 3 ? "Chat" : "Phone") +
                   "\n";
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QStringList importArgs(const QString &db, const QString &file)
    {
        return {QStringLiteral("import"), QStringLiteral("--db"), db, file};
    }

    static qint64 scalar(const QString &location, const QString &sql)
    {
        QString error;
        auto store = Store::open(location, &error);
        if (!store)
            qFatal("%s", qPrintable(error));
        QSqlQuery q(store->db());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    /// Rows per month counted from the rows themselves and read from the summary table: the
    /// two must agree.
    static QString monthsByRows(const QString &location, bool fromSummary)
    {
        QString error;
        auto store = Store::open(location, &error);
        QSqlQuery q(store->db());
        q.exec(fromSummary ? QStringLiteral("SELECT month, SUM(n_created) FROM sum_support"
                                            " GROUP BY month ORDER BY month")
                           : QStringLiteral("SELECT created_month, COUNT(*) FROM interactions"
                                            " GROUP BY created_month ORDER BY created_month"));
        QString out;
        while (q.next())
            out +=
                q.value(0).toString() + QLatin1Char('=') + q.value(1).toString() + QLatin1Char(' ');
        return out;
    }

    static QJsonValue kpis(const QString &db)
    {
        const CliRun run = runBusola({QStringLiteral("kpi"), QStringLiteral("--db"), db,
                                      QStringLiteral("--period"), QStringLiteral("2029-03"),
                                      QStringLiteral("--format"), QStringLiteral("json")});
        if (run.exitCode != 0)
            qWarning("busola kpi: %s", qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("kpis"));
    }

    static QString withUser(const QString &location, const QString &user)
    {
        QUrl url(location);
        url.setUserName(user);
        return url.toString();
    }

    /// Shared ticket i as a file writes it: its month moves to December in the "changed"
    /// file for every fourth i (an update that moves the row between summary months).
    static QByteArray sharedTicket(int i, bool changed)
    {
        const QByteArray month = changed && i % 4 == 0 ? "12" : (i % 2 ? "10" : "11");
        return "S-" + QByteArray::number(i) + ",2026-" + month + "-0" +
               QByteArray::number(1 + i % 9) + " 10:00," + (i % 3 ? "Chat" : "Phone") + "\n";
    }

    /// shared tickets S-0..S-(shared-1), ascending or (descending) reversed, then own tickets
    /// prefix0..: two such files overlap in the shared ids, which they insert in opposite
    /// orders.
    QString overlappingCsv(const QString &name, int shared, bool reversed, bool changed,
                           const QString &prefix, int own)
    {
        QByteArray csv("Ticket ID,Created at,Channel\n");
        for (int k = 0; k < shared; ++k)
            csv += sharedTicket(reversed ? shared - 1 - k : k, changed);
        for (int i = 0; i < own; ++i)
            csv += prefix.toUtf8() + QByteArray::number(i) + ",2026-10-05 10:00,Chat\n";
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    /// Every summary table's rows, sorted, as text: as stored, or (rebuilt) as
    /// rebuildAllSummaries() computes them from the rows (rolled back afterwards).
    static QStringList summaries(const QString &location, bool rebuilt)
    {
        QString error;
        auto store = Store::open(location, &error);
        if (!store)
            qFatal("%s", qPrintable(error));
        QSqlDatabase db = store->db();
        if (rebuilt && (!db.transaction() || !rebuildAllSummaries(db, store->clock(), &error)))
            qFatal("cannot rebuild the summaries: %s", qPrintable(error));
        QStringList out;
        for (const QString &table : Dialect::tables(db)) {
            if (!table.startsWith(QLatin1String("sum_")) && !table.contains(QLatin1String("activ")))
                continue;
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
                qFatal("%s", qPrintable(q.lastError().text()));
            QStringList rows;
            while (q.next()) {
                QStringList fields;
                for (int i = 0; i < q.record().count(); ++i)
                    fields << (q.isNull(i) ? QStringLiteral("null") : q.value(i).toString());
                rows << table + QLatin1Char(' ') + fields.join(QLatin1Char(','));
            }
            rows.sort();
            out << rows;
        }
        if (rebuilt)
            db.rollback();
        return out;
    }

    /// A plain connection to the team store at location, as the test server's superuser:
    /// reads it without Store::open() (which would migrate it).
    static QSqlDatabase rawConnection(const QString &location, const QString &name)
    {
        TeamLocation team;
        QString error;
        if (!TeamLocation::parse(location, &team, &error))
            qFatal("%s", qPrintable(error));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        team.configure(db);
        if (!db.open())
            qFatal("%s", qPrintable(db.lastError().text()));
        return db;
    }

    /// The schema version (first line), then every column and index of the store, read raw.
    static QString schemaOf(const QString &location)
    {
        const QString name = QStringLiteral("busola-test-schema");
        QString out;
        {
            QSqlDatabase db = rawConnection(location, name);
            QSqlQuery q(db);
            q.exec(QStringLiteral(
                "SELECT 0, 'version ' || version FROM busola_schema UNION ALL"
                " SELECT 1, table_name || '.' || column_name || ' ' || data_type FROM"
                " information_schema.columns WHERE table_schema = current_schema() UNION ALL"
                " SELECT 2, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
                " ORDER BY 1, 2"));
            while (q.next())
                out += q.value(1).toString() + QLatin1Char('\n');
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return out;
    }

private slots:
    void initTestCase()
    {
        if (test::postgresServer().isEmpty())
            QSKIP("no PostgreSQL server: set BUSOLA_TEST_PG (tests/pg/with-postgres.sh does)");
        QVERIFY(m_dir.isValid());
    }

    void copyToTeamStoreAndBackKeepsEveryKpi()
    {
        const QString local = m_dir.filePath(QStringLiteral("local.db"));
        {
            QString error;
            auto store = Store::open(local, &error);
            QVERIFY2(store, qPrintable(error));
            QVERIFY(KpiFixture::fill(*store));
        }
        const QString team = newTeamStore();
        const QString back = m_dir.filePath(QStringLiteral("back.db"));
        CliRun run = runBusola({QStringLiteral("team"), QStringLiteral("copy"), local, team});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = runBusola({QStringLiteral("team"), QStringLiteral("copy"), team, back});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        const QJsonValue original = kpis(local);
        QVERIFY(original.isArray() && !original.toArray().isEmpty());
        QCOMPARE(kpis(team), original);
        QCOMPARE(kpis(back), original);
        // A copy lands only in an empty store.
        run = runBusola({QStringLiteral("team"), QStringLiteral("copy"), local, team});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("already holds data")), qPrintable(run.err));
    }

    void copyOfMoreRowsThanOneStatementKeepsEveryRow()
    {
        // The copy inserts 500 rows per statement (fewer for wide tables): 1001 tickets are
        // two full statements and one of a single row, each way.
        const QString local = m_dir.filePath(QStringLiteral("many.db"));
        CliRun run = runBusola(
            importArgs(local, ticketsCsv(QStringLiteral("many.csv"), QStringLiteral("M"), 1001)));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString team = newTeamStore();
        const QString back = m_dir.filePath(QStringLiteral("many-back.db"));
        run = runBusola({QStringLiteral("team"), QStringLiteral("copy"), local, team});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = runBusola({QStringLiteral("team"), QStringLiteral("copy"), team, back});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // Odd i in October (500 tickets), even i in November (501).
        for (const QString &store : {local, team, back}) {
            QCOMPARE(monthsByRows(store, false), QStringLiteral("202610=500 202611=501 "));
            QCOMPARE(monthsByRows(store, true), QStringLiteral("202610=500 202611=501 "));
        }
        const auto rows = [](const QString &location) {
            QString error;
            auto store = Store::open(location, &error);
            QSqlQuery q(store->db());
            q.exec(QStringLiteral("SELECT id, external_id, created_at, channel, import_id"
                                  " FROM interactions ORDER BY id"));
            QStringList out;
            while (q.next())
                out << QStringLiteral("%1 %2 %3 %4 %5")
                           .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toString());
            return out;
        };
        const QStringList original = rows(local);
        QCOMPARE(original.size(), 1001);
        QCOMPARE(rows(team), original);
        QCOMPARE(rows(back), original);
    }

    void concurrentImportsAddUp()
    {
        const QString team = newTeamStore();
        QVERIFY(Store::open(team, nullptr)); // created (migrated) before the race
        const QString a = ticketsCsv(QStringLiteral("a.csv"), QStringLiteral("A-"), 4000);
        const QString b = ticketsCsv(QStringLiteral("b.csv"), QStringLiteral("B-"), 4000);
        QProcess first;
        QProcess second;
        first.start(QStringLiteral(BUSOLA_EXECUTABLE), importArgs(team, a));
        second.start(QStringLiteral(BUSOLA_EXECUTABLE), importArgs(team, b));
        QVERIFY(first.waitForFinished(300000) && second.waitForFinished(300000));
        QVERIFY2(first.exitCode() == 0, first.readAllStandardError().constData());
        QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());
        QCOMPARE(scalar(team, QStringLiteral("SELECT COUNT(*) FROM interactions")), 8000);
        QCOMPARE(scalar(team, QStringLiteral("SELECT COUNT(*) FROM imports")), 2);
        QCOMPARE(scalar(team, QStringLiteral("SELECT SUM(n_created) FROM sum_support")), 8000);
        QCOMPARE(monthsByRows(team, true), monthsByRows(team, false));
        QCOMPARE(monthsByRows(team, false), QStringLiteral("202610=4000 202611=4000 "));
    }

    // A second writer waits for the first, but not for ever: after its wait it gives up with
    // a message naming who writes, and the next try after the first ended gets through.
    void aSecondWriterGivesUpAfterItsWait()
    {
        const QString team = newTeamStore();
        QString error;
        auto first = Store::open(team, &error);
        QVERIFY2(first, qPrintable(error));
        auto second = Store::open(team, &error);
        QVERIFY2(second, qPrintable(error));
        Transaction writing(first->db(), Transaction::Writes::Rows);
        QVERIFY2(writing.isActive(), qPrintable(writing.errorString()));
        QElapsedTimer waited;
        waited.start();
        {
            Transaction waiting(second->db(), Transaction::Writes::Rows, 1);
            QVERIFY(!waiting.isActive());
            QVERIFY2(waited.elapsed() >= 900, qPrintable(QString::number(waited.elapsed())));
            QSqlQuery q(first->db());
            QVERIFY(q.exec(QStringLiteral("SELECT current_user")) && q.next());
            const QString user = q.value(0).toString();
            QVERIFY2(waiting.errorString().contains(QStringLiteral("by %1, since").arg(user)),
                     qPrintable(waiting.errorString()));
            QVERIFY(waiting.errorString().contains(QStringLiteral("1 s")));
        }
        // The waiting connection is usable again, and other transactions never waited.
        Transaction other(second->db());
        QVERIFY(other.isActive());
        other.rollback();
        QVERIFY(writing.commit());
        Transaction after(second->db(), Transaction::Writes::Rows, 1);
        QVERIFY2(after.isActive(), qPrintable(after.errorString()));
    }

    void concurrentImportsOfTheSameIdsBothFinish()
    {
        // 3,000 shared ids, inserted in opposite orders, 750 of them changed by the second file:
        // without the writers' lock each import soon waited for a row the other had inserted
        // and the server aborted one of them (deadlock detected).
        const QString team = newTeamStore();
        QVERIFY(Store::open(team, nullptr)); // created (migrated) before the race
        const QString up = overlappingCsv(QStringLiteral("up.csv"), 3000, false, false,
                                          QStringLiteral("U-"), 1000);
        const QString down = overlappingCsv(QStringLiteral("down.csv"), 3000, true, true,
                                            QStringLiteral("D-"), 1000);
        QProcess first;
        QProcess second;
        first.start(QStringLiteral(BUSOLA_EXECUTABLE), importArgs(team, up));
        second.start(QStringLiteral(BUSOLA_EXECUTABLE), importArgs(team, down));
        QVERIFY(first.waitForFinished(300000) && second.waitForFinished(300000));
        const QByteArray firstErr = first.readAllStandardError();
        const QByteArray secondErr = second.readAllStandardError();
        QVERIFY2(first.exitCode() == 0, firstErr.constData());
        QVERIFY2(second.exitCode() == 0, secondErr.constData());
        QVERIFY2(firstErr.isEmpty() && secondErr.isEmpty(),
                 QByteArray(firstErr + secondErr).constData());

        // The union, each id once: 3,000 shared + 1,000 + 1,000 own.
        QCOMPARE(scalar(team, QStringLiteral("SELECT COUNT(*) FROM interactions")), 5000);
        QCOMPARE(scalar(team, QStringLiteral("SELECT COUNT(DISTINCT external_id) FROM"
                                             " interactions")),
                 5000);
        // Whichever ran first inserted its 4,000; the other then found the 3,000 shared ids
        // stored: 750 changed (each kept in the history), 2,250 as they were.
        QString error;
        auto store = Store::open(team, &error);
        QVERIFY2(store, qPrintable(error));
        QSqlQuery q(store->db());
        QVERIFY(q.exec(QStringLiteral("SELECT file_name, inserted, updated, unchanged, status"
                                      " FROM imports ORDER BY id")));
        QStringList imports;
        QString last;
        while (q.next()) {
            imports << QStringLiteral("%1 %2 %3 %4")
                           .arg(q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                q.value(4).toString());
            last = q.value(0).toString();
        }
        QCOMPARE(imports, QStringList({QStringLiteral("4000 0 0 done"),
                                       QStringLiteral("1000 750 2250 done")}));
        QCOMPARE(scalar(team, QStringLiteral("SELECT COUNT(*) FROM row_history")), 750);
        // Every shared id holds the values of the import that committed last.
        const bool downLast = last.endsWith(QLatin1String("down.csv"));
        QVERIFY2(downLast || last.endsWith(QLatin1String("up.csv")), qPrintable(last));
        QVERIFY(q.exec(QStringLiteral("SELECT external_id, created_month FROM interactions"
                                      " WHERE external_id LIKE 'S-%'")));
        int shared = 0;
        int wrong = 0;
        while (q.next()) {
            const int i = q.value(0).toString().mid(2).toInt();
            const int month = downLast && i % 4 == 0 ? 202612 : (i % 2 ? 202610 : 202611);
            ++shared;
            if (q.value(1).toInt() != month)
                ++wrong;
        }
        QCOMPARE(shared, 3000);
        QCOMPARE(wrong, 0);
        store.reset();
        const QStringList stored = summaries(team, false);
        QVERIFY(!stored.isEmpty());
        QCOMPARE(stored, summaries(team, true));
        QCOMPARE(monthsByRows(team, true), monthsByRows(team, false));
    }

    void killedImportLeavesTheStoreAsBefore()
    {
        const QString team = newTeamStore();
        CliRun run = runBusola(
            importArgs(team, ticketsCsv(QStringLiteral("small.csv"), QStringLiteral("S-"), 10)));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString big = ticketsCsv(QStringLiteral("big.csv"), QStringLiteral("K-"), 300000);
        QProcess import;
        import.start(QStringLiteral(BUSOLA_EXECUTABLE), importArgs(team, big));
        QVERIFY(import.waitForStarted());
        // Mid-way: the import's transaction has written rows on the server (it holds a
        // transaction id), and the process is still at work.
        bool writing = false;
        for (int i = 0; i < 1200 && !writing && import.state() == QProcess::Running; ++i) {
            writing = scalar(team, QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE"
                                                  " application_name = 'busola' AND backend_xid"
                                                  " IS NOT NULL")) > 0;
            if (!writing)
                QThread::msleep(50);
        }
        QVERIFY2(writing, "the import never started writing");
        QCOMPARE(import.state(), QProcess::Running);
        ::kill(pid_t(import.processId()), SIGKILL);
        QVERIFY(import.waitForFinished());
        // The server rolls back the dead client's transaction when its connection drops.
        for (int i = 0; i < 200; ++i) {
            if (scalar(team, QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE"
                                            " application_name = 'busola' AND backend_xid IS NOT"
                                            " NULL")) == 0)
                break;
            QThread::msleep(50);
        }
        QCOMPARE(scalar(team, QStringLiteral("SELECT COUNT(*) FROM interactions")), 10);
        QCOMPARE(scalar(team, QStringLiteral("SELECT COUNT(*) FROM imports")), 1);
        QCOMPARE(scalar(team, QStringLiteral("SELECT SUM(n_created) FROM sum_support")), 10);
    }

    void viewersReadEditorsWrite()
    {
        const QString team = newTeamStore();
        const QString suffix = QString::number(QCoreApplication::applicationPid());
        const QString viewer = QStringLiteral("viewer_") + suffix;
        const QString editor = QStringLiteral("editor_") + suffix;
        const QString editors = QStringLiteral("eds_") + suffix;
        const QString viewers = QStringLiteral("vws_") + suffix;
        const QStringList roles{QStringLiteral("--editors"), editors, QStringLiteral("--viewers"),
                                viewers};
        CliRun run = runBusola(QStringList{QStringLiteral("team"), QStringLiteral("init"),
                                           QStringLiteral("--db"), team} +
                               roles);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        for (const QString &user : {viewer, editor})
            test::postgresAdmin(
                QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'secret-%1'").arg(user));
        run = runBusola(QStringList{QStringLiteral("team"), QStringLiteral("grant"), viewer,
                                    QStringLiteral("viewer"), QStringLiteral("--db"), team} +
                        roles);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = runBusola(QStringList{QStringLiteral("team"), QStringLiteral("grant"), editor,
                                    QStringLiteral("editor"), QStringLiteral("--db"), team} +
                        roles);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        const QString csv = ticketsCsv(QStringLiteral("roles.csv"), QStringLiteral("R-"), 20);
        // libpq's own PGPASSWORD: Busola never sees or keeps the password.
        qputenv("PGPASSWORD", QStringLiteral("secret-%1").arg(viewer).toUtf8());
        run = runBusola(importArgs(withUser(team, viewer), csv));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("Not allowed")), qPrintable(run.err));
        run = runBusola({QStringLiteral("kpi"), QStringLiteral("--db"), withUser(team, viewer),
                         QStringLiteral("--period"), QStringLiteral("2026-10")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // Not only Busola's check: the server itself refuses the viewer's writes.
        {
            QString error;
            auto store = Store::open(withUser(team, viewer), &error);
            QVERIFY2(store, qPrintable(error));
            QSqlQuery q(store->db());
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM settings")));
            QVERIFY(!q.exec(QStringLiteral("INSERT INTO swot_boards (name) VALUES ('x')")));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM interactions")));
        }
        qputenv("PGPASSWORD", QStringLiteral("secret-%1").arg(editor).toUtf8());
        run = runBusola(importArgs(withUser(team, editor), csv));
        qunsetenv("PGPASSWORD");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(scalar(team, QStringLiteral("SELECT COUNT(*) FROM interactions")), 20);
        QCOMPARE(scalar(team, QStringLiteral("SELECT SUM(n_created) FROM sum_support")), 20);
    }

    void editorOfAnOlderStoreIsToldToAskTheOwner()
    {
        // A store one schema step behind this Busola, owned by the server's superuser (the
        // test's own account), and an editor with the rights `team init` gives (the store is
        // too old for this Busola's `team init`, which would upgrade it first).
        const QString team = newTeamStore();
        const int older = latestSchemaVersion(SqlDialect::Postgres) - 1;
        {
            QSqlDatabase db = rawConnection(team, QStringLiteral("busola-test-older"));
            const MigrationResult built = migrate(db, older);
            QVERIFY2(built.ok, qPrintable(built.error));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("busola-test-older"));
        const QString schema = QUrlQuery(QUrl(team)).queryItemValue(QStringLiteral("schema"));
        const QString suffix = QString::number(QCoreApplication::applicationPid());
        const QString editors = QStringLiteral("old_eds_") + suffix;
        const QString viewers = QStringLiteral("old_vws_") + suffix;
        const QString editor = QStringLiteral("old_editor_") + suffix;
        for (const QString &sql :
             {QStringLiteral("CREATE ROLE {E} NOLOGIN"),
              QStringLiteral("GRANT USAGE ON SCHEMA {S} TO {E}"),
              QStringLiteral(
                  "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {S} TO {E}"),
              QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {S} TO {E}"),
              QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA {S} GRANT SELECT, INSERT, UPDATE,"
                             " DELETE ON TABLES TO {E}"),
              QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA {S} GRANT USAGE, SELECT ON"
                             " SEQUENCES TO {E}"),
              QStringLiteral("CREATE ROLE {U} LOGIN PASSWORD 'secret-{U}'"),
              QStringLiteral("GRANT {E} TO {U}")})
            test::postgresAdmin(QString(sql)
                                    .replace(QLatin1String("{E}"), editors)
                                    .replace(QLatin1String("{S}"), schema)
                                    .replace(QLatin1String("{U}"), editor));
        const QString before = schemaOf(team);
        QVERIFY2(before.startsWith(QStringLiteral("version %1\n").arg(older)), qPrintable(before));

        const QString owner = QUrl(test::postgresServer()).userName();
        const QString expected =
            QStringLiteral("is at schema version %1 and this Busola needs version %2; only its"
                           " owner (%3) can upgrade it: ask them to run `busola team init --db"
                           " postgresql://%3@")
                .arg(older)
                .arg(latestSchemaVersion(SqlDialect::Postgres))
                .arg(owner);
        qputenv("PGPASSWORD", QStringLiteral("secret-%1").arg(editor).toUtf8());
        const QString asEditor = withUser(team, editor);
        CliRun run = runBusola({QStringLiteral("kpi"), QStringLiteral("--db"), asEditor,
                                QStringLiteral("--period"), QStringLiteral("2026-10")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("The team store postgresql://%1@").arg(editor)),
                 qPrintable(run.err));
        run = runBusola(
            importArgs(asEditor, ticketsCsv(QStringLiteral("old.csv"), QStringLiteral("O-"), 5)));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        qunsetenv("PGPASSWORD");
        QCOMPARE(schemaOf(team), before); // nothing half-migrated

        // The owner follows the advice; then the editor's Busola opens the store.
        run =
            runBusola({QStringLiteral("team"), QStringLiteral("init"), QStringLiteral("--db"), team,
                       QStringLiteral("--editors"), editors, QStringLiteral("--viewers"), viewers});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(schemaOf(team).startsWith(
            QStringLiteral("version %1\n").arg(latestSchemaVersion(SqlDialect::Postgres))));
        qputenv("PGPASSWORD", QStringLiteral("secret-%1").arg(editor).toUtf8());
        run = runBusola(
            importArgs(asEditor, ticketsCsv(QStringLiteral("old.csv"), QStringLiteral("O-"), 5)));
        qunsetenv("PGPASSWORD");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(scalar(team, QStringLiteral("SELECT COUNT(*) FROM interactions")), 5);
    }
};

QTEST_GUILESS_MAIN(TestCliTeam)
#include "tst_cli_team.moc"
