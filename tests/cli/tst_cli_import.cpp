#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

QString operator""_q(const char *text, size_t size)
{
    return QString::fromUtf8(text, qsizetype(size));
}

QString fixture(const char *name)
{
    return QStringLiteral(BUSOLA_TEST_DATA "/import/") + QLatin1String(name);
}

/// Opens a store file read-only with plain Qt SQL, independently of the code under test.
class Peek
{
public:
    explicit Peek(const QString &path)
        : m_name(QStringLiteral("peek-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~Peek() { QSqlDatabase::removeDatabase(m_name); }
    QString text(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql) || !q.next())
            return QStringLiteral("<none>");
        return q.value(0).toString();
    }
    void close() { QSqlDatabase::database(m_name).close(); }

private:
    static inline int s_counter = 0;
    QString m_name;
};

} // namespace

/// `busola import`: exit codes, summary, options, and interruption leaving the store as before.
class TestCliImport : public QObject
{
    Q_OBJECT

private slots:
    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("printed");
        QTest::addRow("imports with rejected rows: 0")
            << QStringList{fixture("implausible-tickets.csv")} << 0 << "rejected 4"_q;
        QTest::addRow("no file: usage") << QStringList{} << 2 << "one file"_q;
        QTest::addRow("unknown dataset: usage")
            << QStringList{fixture("zendesk-tickets.csv"), "--dataset"_q, "leads"_q} << 2
            << "--dataset"_q;
        QTest::addRow("replace without dates: usage")
            << QStringList{fixture("zendesk-tickets.csv"), "--mode"_q, "replace"_q} << 2
            << "--from"_q;
        QTest::addRow("bad --lines: usage")
            << QStringList{fixture("comenzi-ro-1250.csv"), "--lines"_q, "all"_q} << 2
            << "--lines"_q;
        QTest::addRow("missing file: 1")
            << QStringList{"/no/such/file.csv"_q} << 1 << "/no/such/file.csv"_q;
        QTest::addRow("empty file: 1") << QStringList{fixture("empty.csv")} << 1 << "empty"_q;
        QTest::addRow("garbage: 1") << QStringList{fixture("garbage.csv")} << 1 << "binary"_q;
        QTest::addRow("order lines without a choice: 1")
            << QStringList{fixture("comenzi-ro-1250.csv")} << 1 << "--lines sum"_q;
        QTest::addRow("order lines summed: 0")
            << QStringList{fixture("comenzi-ro-1250.csv"), "--lines"_q, "sum"_q} << 0
            << "inserted 3"_q;
        QTest::addRow("another currency without rate: 1")
            << QStringList{fixture("salesforce-opportunities.csv")} << 1 << "--rate"_q;
        QTest::addRow("another currency with rate: 0")
            << QStringList{fixture("salesforce-opportunities.csv"), "--rate"_q, "4.97"_q} << 0
            << "inserted 2"_q;
        QTest::addRow("dataset detected: sales")
            << QStringList{fixture("hubspot-deals.csv")} << 0 << "into sales"_q;
        QTest::addRow("encoding chosen wrong: 1")
            << QStringList{fixture("tichete-ro-1250.csv"), "--encoding"_q, "UTF-8"_q} << 1
            << "encoding"_q;
        QTest::addRow("dry run") << QStringList{fixture("zendesk-tickets.csv"), "--dry-run"_q} << 0
                                 << "nothing written"_q;
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, printed);
        QTemporaryDir dir;
        const CliRun run = runBusola(QStringList{"import"_q} + arguments +
                                     QStringList{"--db"_q, dir.filePath("s.db"_q)});
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(QString(run.out + run.err).contains(printed), qPrintable(run.out + run.err));
    }

    void summaryAndRejectsFile()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath("s.db"_q);
        const QString rejects = dir.filePath("rejects.csv"_q);
        const CliRun run = runBusola(
            {"import"_q, fixture("implausible-tickets.csv"), "--db"_q, db, "--rejects"_q, rejects});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("inserted 2"_q), qPrintable(run.out));
        QVERIFY2(run.out.contains("row 2, column First response at"_q), qPrintable(run.out));
        QFile f(rejects);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count('\n'), 5); // header + 4 rejected rows
        const CliRun again =
            runBusola({"import"_q, fixture("implausible-tickets.csv"), "--db"_q, db});
        QVERIFY2(again.out.contains("inserted 0, updated 0, unchanged 2"_q), qPrintable(again.out));
    }

    void replaceModeFromTheCommandLine()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath("s.db"_q);
        QCOMPARE(runBusola({"import"_q, fixture("tichete-ro-1250.csv"), "--db"_q, db}).exitCode, 0);
        const CliRun run =
            runBusola({"import"_q, fixture("title-rows.csv"), "--db"_q, db, "--mode"_q, "replace"_q,
                       "--from"_q, "2026-11-01"_q, "--to"_q, "2026-11-30"_q});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("replaced 3"_q), qPrintable(run.out));
        Peek peek(db);
        QCOMPARE(
            peek.text("SELECT group_concat(external_id) FROM (SELECT external_id FROM interactions"
                      " ORDER BY external_id)"_q),
            "X1,X2"_q);
    }

    void interruptedImportLeavesTheStoreAsBefore_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addRow("Ctrl+C") << int(SIGINT);
        QTest::addRow("SIGTERM") << int(SIGTERM);
        QTest::addRow("SIGKILL") << int(SIGKILL);
    }

    void interruptedImportLeavesTheStoreAsBefore()
    {
        QFETCH(int, signal);
        QTemporaryDir dir;
        const QString db = dir.filePath("s.db"_q);
        QCOMPARE(runBusola({"import"_q, fixture("zendesk-tickets.csv"), "--db"_q, db}).exitCode, 0);
        const QString big = dir.filePath("big.csv"_q);
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Ticket ID,Created at,First response at,Channel,Agent,Customer ID\n");
            for (int i = 0; i < 150000; ++i)
                f.write(QByteArray("K") + QByteArray::number(i) +
                        ",2026-10-01 10:00,2026-10-01 11:00,Chat,Ana,C" +
                        QByteArray::number(i % 5000) + '\n');
        }
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_QPA_PLATFORM"_q, "offscreen"_q);
        process.setProcessEnvironment(env);
        process.setReadChannel(QProcess::StandardError);
        process.start(QStringLiteral(BUSOLA_EXECUTABLE),
                      {"import"_q, big, "--db"_q, db, "--progress"_q});
        QVERIFY(process.waitForStarted());
        // Mid-way: rows are being written (progress is reported), nothing is committed yet.
        QByteArray err;
        while (!err.contains("progress:") && process.state() == QProcess::Running &&
               process.waitForReadyRead(60000))
            err += process.readAllStandardError();
        QCOMPARE(process.state(), QProcess::Running);
        ::kill(pid_t(process.processId()), signal);
        QVERIFY(process.waitForFinished(60000));
        if (signal != SIGKILL)
            QCOMPARE(process.exitCode(), 1); // cancelled cleanly: nothing imported
        Peek peek(db);
        QCOMPARE(peek.text("PRAGMA integrity_check"_q), "ok"_q);
        QCOMPARE(peek.text("SELECT COUNT(*) FROM interactions"_q), "3"_q);
        QCOMPARE(peek.text("SELECT COUNT(*) FROM imports"_q), "1"_q);
        QCOMPARE(peek.text("SELECT COUNT(*) FROM customers"_q), "2"_q);
        peek.close();
        // And the store still takes an import.
        QCOMPARE(runBusola({"import"_q, fixture("freshdesk-tickets.csv"), "--db"_q, db}).exitCode,
                 0);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
