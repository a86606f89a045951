#include "clirunner.h"
#include "storecontent.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

namespace {

QString operator""_q(const char *text, size_t size)
{
    return QString::fromUtf8(text, qsizetype(size));
}

QString fixture(const char *name)
{
    return QStringLiteral(BUSOLA_TEST_DATA "/import/") + QLatin1String(name);
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

qint64 pageCount(const QString &path)
{
    qint64 pages = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE"_q, "pages"_q);
        db.setDatabaseName(path);
        QSqlQuery q(db);
        if (db.open() && q.exec("PRAGMA page_count"_q) && q.next())
            pages = q.value(0).toLongLong();
        db.close();
    }
    QSqlDatabase::removeDatabase("pages"_q);
    return pages;
}

bool writeTickets(const QString &path, int rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("Ticket ID,Created at,First response at,Channel,Agent,Customer ID,Customer name\n");
    for (int i = 0; i < rows; ++i)
        f.write("F" + QByteArray::number(i) + ",2026-10-01 10:00,2026-10-01 11:00,Chat,Ana,C" +
                QByteArray::number(i) + ",Client cu un nume destul de lung numarul " +
                QByteArray::number(i) + '\n');
    return true;
}

/// True when another connection holds the store's write lock (this one cannot take it at once)
/// inside its transaction: readers still get in. A writer caught inside a checkpoint or a WAL
/// restart holds the readers' locks as well; SQLite's readers give up on it with "locking
/// protocol", which is not the moment this test is about.
bool writeLocked(const QString &path)
{
    bool locked = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE"_q, "probe"_q);
        db.setDatabaseName(path);
        db.setConnectOptions("QSQLITE_BUSY_TIMEOUT=0"_q);
        QSqlQuery q(db);
        if (db.open() && q.exec("SELECT count(*) FROM sqlite_master"_q) && q.next()) {
            q.finish();
            locked = !q.exec("BEGIN IMMEDIATE"_q);
            if (!locked)
                q.exec("ROLLBACK"_q);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase("probe"_q);
    return locked;
}

/// Starts `busola import csv` into db and freezes it (SIGSTOP) at a moment it holds the store's
/// write lock: polled — stopped, probed, continued — until the probe finds the lock taken.
bool freezeInsideItsWrite(QProcess &first, const QString &csv, const QString &db)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM"_q, "offscreen"_q);
    first.setProcessEnvironment(env);
    first.start(QStringLiteral(BUSOLA_EXECUTABLE), {"import"_q, csv, "--db"_q, db});
    if (!first.waitForStarted())
        return false;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 120000 && first.state() == QProcess::Running) {
        ::kill(pid_t(first.processId()), SIGSTOP);
        if (writeLocked(db))
            return true;
        ::kill(pid_t(first.processId()), SIGCONT);
        first.waitForFinished(15);
    }
    return false;
}

} // namespace

/// Issue 13's faults: each ends in a clear message and leaves the store as it was.
class TestCliFaults : public QObject
{
    Q_OBJECT

private slots:
    void storeFolderIsAFile()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath("not-a-folder"_q);
        {
            QFile f(blocker);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("keep me");
        }
        const QString db = blocker + "/s.db"_q;
        const CliRun run = runBusola({"import"_q, fixture("zendesk-tickets.csv"), "--db"_q, db});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(blocker), qPrintable(run.err));
        QCOMPARE(bytesOf(blocker), QByteArray("keep me"));
    }

    void storeOnAReadOnlyFolder()
    {
        if (geteuid() == 0)
            QSKIP("running as root, which ignores file permissions (CI runs tests as root);"
                  " storeFolderIsAFile covers an unwritable store path there");
        QTemporaryDir dir;
        const QString folder = dir.filePath("ro"_q);
        QVERIFY(QDir().mkpath(folder));
        const QString db = folder + "/s.db"_q;
        QCOMPARE(runBusola({"import"_q, fixture("zendesk-tickets.csv"), "--db"_q, db}).exitCode, 0);
        const Content before = contentOf(db);
        QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadUser));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        const CliRun run = runBusola({"import"_q, fixture("freshdesk-tickets.csv"), "--db"_q, db});
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(db) || run.err.contains("read-only"_q), qPrintable(run.err));
        QCOMPARE(contentOf(db).checksum, before.checksum);
    }

    void diskFullDuringAnImport()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath("s.db"_q);
        QCOMPARE(runBusola({"import"_q, fixture("zendesk-tickets.csv"), "--db"_q, db}).exitCode, 0);
        const Content before = contentOf(db);
        const QString csv = dir.filePath("many.csv"_q);
        QVERIFY(writeTickets(csv, 20000));
        // Room for a few more pages only: the import runs out of space part-way.
        qputenv("BUSOLA_TEST_MAX_PAGE_COUNT", QByteArray::number(pageCount(db) + 40));
        const CliRun run = runBusola({"import"_q, csv, "--db"_q, db});
        qunsetenv("BUSOLA_TEST_MAX_PAGE_COUNT");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("disk is full"_q), qPrintable(run.err));
        QVERIFY2(run.err.contains("many.csv"_q), qPrintable(run.err));
        const Content after = contentOf(db);
        QCOMPARE(after.integrity, "ok"_q);
        QCOMPARE(after.checksum, before.checksum);
        // With room again, the same file imports.
        QCOMPARE(runBusola({"import"_q, csv, "--db"_q, db}).exitCode, 0);
    }

    /// A second Busola that finds the store in the middle of another's import (the first one
    /// is a real `busola import`, frozen while it holds the write lock) says so, writes nothing,
    /// can still read, and the first import then completes as if alone.
    void storeLockedByAnotherBusola()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath("s.db"_q);
        QCOMPARE(runBusola({"import"_q, fixture("zendesk-tickets.csv"), "--db"_q, db}).exitCode, 0);
        const Content before = contentOf(db);
        const QString csv = dir.filePath("many.csv"_q);
        QVERIFY(writeTickets(csv, 20000));
        QProcess first;
        if (!freezeInsideItsWrite(first, csv, db)) {
            first.kill();
            first.waitForFinished();
            QFAIL("the first import ended before it could be caught holding the write lock");
        }
        const CliRun second =
            runBusola({"import"_q, fixture("freshdesk-tickets.csv"), "--db"_q, db});
        const CliRun reader = runBusola({"kpi"_q, "--period"_q, "2026-10"_q, "--db"_q, db});
        const Content during = contentOf(db);
        ::kill(pid_t(first.processId()), SIGCONT);
        QVERIFY(first.waitForFinished(300000));
        QCOMPARE(first.exitCode(), 0);

        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(db), qPrintable(second.err));
        QVERIFY2(second.err.contains("in use by another Busola"_q), qPrintable(second.err));
        QVERIFY2(second.err.contains("Nothing was written"_q), qPrintable(second.err));
        QCOMPARE(reader.exitCode, 0); // reading does not wait for the writer
        QCOMPARE(during.checksum, before.checksum);
        QCOMPARE(during.integrity, "ok"_q);
        // The first import completed; the second left no trace, and now goes through.
        const Content after = contentOf(db);
        QCOMPARE(after.integrity, "ok"_q);
        QVERIFY(after.checksum != before.checksum);
        const CliRun again =
            runBusola({"import"_q, fixture("freshdesk-tickets.csv"), "--db"_q, db});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    }

    void corruptStoreIsRefused_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<bool>("withBackup");
        QTest::addRow("import, with a backup") << "import"_q << true;
        QTest::addRow("kpi, with a backup") << "kpi"_q << true;
        QTest::addRow("import, no backup") << "import"_q << false;
    }

    void corruptStoreIsRefused()
    {
        QFETCH(QString, command);
        QFETCH(bool, withBackup);
        QTemporaryDir dir;
        const QString db = dir.filePath("s.db"_q);
        // The first import into a new store already backs up the (empty) store.
        QCOMPARE(runBusola({"import"_q, fixture("zendesk-tickets.csv"), "--db"_q, db}).exitCode, 0);
        if (!withBackup)
            QVERIFY(QDir(db + ".backups"_q).removeRecursively());
        QFile::remove(db + "-wal"_q);
        QFile::remove(db + "-shm"_q);
        QByteArray garbage(64 * 1024, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 7919) & 0xff);
        {
            QFile f(db);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(garbage);
        }
        QStringList args{command};
        if (command == "import"_q)
            args << fixture("freshdesk-tickets.csv");
        else
            args << "--period"_q
                 << "2026-10"_q;
        args << "--db"_q << db;
        const CliRun run = runBusola(args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(db), qPrintable(run.err));
        QVERIFY2(run.err.contains("damaged"_q), qPrintable(run.err));
        QCOMPARE(run.err.contains("busola backup list"_q), withBackup);
        QCOMPARE(run.err.contains("busola backup restore 1"_q), withBackup);
        QCOMPARE(bytesOf(db), garbage); // refused, not touched
    }
};

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_cli_faults.moc"
