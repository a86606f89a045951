#include "clirunner.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

/// Exit codes and messages of `busola` itself: 0 ok, 1 bad input, 2 usage.
class TestCli : public QObject
{
    Q_OBJECT

private:
    /// One value of a query on the SQLite file at path, read without Busola's store code.
    static QString sqlValue(const QString &path, const QString &sql)
    {
        QString value;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cli-check"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    value = q.value(0).toString();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("cli-check"));
        return value;
    }

private slots:
    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("printed");
        QTest::addRow("version") << QStringList{QStringLiteral("--version")} << 0
                                 << QStringLiteral("busola 0.");
        QTest::addRow("help") << QStringList{QStringLiteral("--help")} << 0
                              << QStringLiteral("--demo");
        QTest::addRow("unknown option")
            << QStringList{QStringLiteral("--frobnicate")} << 2 << QStringLiteral("frobnicate");
        QTest::addRow("unknown command")
            << QStringList{QStringLiteral("frobnicate"), QStringLiteral("now")} << 2
            << QStringLiteral("unknown command");
        QTest::addRow("demo-end without demo")
            << QStringList{QStringLiteral("--demo-end"), QStringLiteral("2026-10")} << 2
            << QStringLiteral("--demo-end goes with --demo");
        QTest::addRow("demo-end without value")
            << QStringList{QStringLiteral("--demo"), QStringLiteral("--demo-end")} << 2
            << QStringLiteral("demo-end");
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, printed);
        const CliRun run = runBusola(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(QString(run.out + run.err).contains(printed), qPrintable(run.out + run.err));
    }

    void storeThatIsNotAStoreIsBadInput()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'z'));
        f.close();
        const CliRun run = runBusola({QStringLiteral("--demo"), QStringLiteral("--db"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(path), qPrintable(run.err));
    }

    void demoWritesTheStoreAndSaysWhat()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.db"));
        const CliRun run = runBusola({QStringLiteral("--demo"), QStringLiteral("--db"), path,
                                      QStringLiteral("--demo-end"), QStringLiteral("2026-10")});
        QCOMPARE(run.exitCode, 0);
        for (const char *expected :
             {"2023-11", "2026-10", "(36)", "Customers:", "Support interactions:", "Deals:",
              "Survey responses:", "Competitors: 4"})
            QVERIFY2(run.out.contains(QLatin1String(expected)), qPrintable(run.out));
        QCOMPARE(sqlValue(path, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        QCOMPARE(sqlValue(path, QStringLiteral("SELECT MIN(created_month) FROM interactions")),
                 QStringLiteral("202311"));
        QCOMPARE(sqlValue(path, QStringLiteral("SELECT MAX(created_month) FROM interactions")),
                 QStringLiteral("202610"));
        const QString interactions =
            sqlValue(path, QStringLiteral("SELECT COUNT(*) FROM interactions"));
        QVERIFY(interactions.toInt() > 30000);
        // The printed count is the stored one, whatever the locale's digit grouping.
        const int at = run.out.indexOf(QLatin1String("Support interactions:"));
        QVERIFY(at >= 0);
        QString printed = run.out.mid(at).section(QLatin1Char('\n'), 0, 0);
        printed.remove(QRegularExpression(QStringLiteral("\\D")));
        QCOMPARE(printed, interactions);

        // A second run refuses: the store already holds data, and it stays as it was.
        const CliRun again = runBusola({QStringLiteral("--demo"), QStringLiteral("--db"), path});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("already holds data")), qPrintable(again.err));
        QCOMPARE(sqlValue(path, QStringLiteral("SELECT COUNT(*) FROM interactions")), interactions);
        QCOMPARE(sqlValue(path, QStringLiteral("SELECT COUNT(*) FROM imports")),
                 QStringLiteral("1"));
    }

    void badDemoEndIsUsage_data()
    {
        QTest::addColumn<QString>("month");
        QTest::addRow("month 13") << QStringLiteral("2026-13");
        QTest::addRow("slash") << QStringLiteral("2026/10");
        QTest::addRow("a word") << QStringLiteral("october");
        QTest::addRow("a full date") << QStringLiteral("2026-10-01");
        QTest::addRow("one-digit month") << QStringLiteral("2026-1");
        QTest::addRow("before the calendar") << QStringLiteral("1850-01");
    }

    void badDemoEndIsUsage()
    {
        QFETCH(QString, month);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.db"));
        const CliRun run = runBusola({QStringLiteral("--demo"), QStringLiteral("--db"), path,
                                      QStringLiteral("--demo-end"), month});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("--demo-end")), qPrintable(run.err));
        QVERIFY(!QFile::exists(path)); // nothing is created before the arguments are right
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
