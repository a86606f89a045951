#include "clirunner.h"

#include <QTemporaryDir>
#include <QTest>

/// Exit codes and messages of `busola` itself: 0 ok, 1 bad input, 2 usage.
class TestCli : public QObject
{
    Q_OBJECT

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
        QTest::addRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << 2
                                        << QStringLiteral("frobnicate");
        QTest::addRow("unknown command")
            << QStringList{QStringLiteral("frobnicate"), QStringLiteral("now")} << 2
            << QStringLiteral("unknown command");
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
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
