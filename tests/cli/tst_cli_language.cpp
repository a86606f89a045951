#include "clirunner.h"

#include <QTemporaryDir>
#include <QTest>

/// The command line speaks the system's language: Romanian help and messages (Qt's own
/// "Usage:" and "Options:" included) under a Romanian system, English otherwise.
class TestCliLanguage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void help_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("absent");
        QTest::addRow("top level, ro")
            << QStringList{QStringLiteral("--help")} << "ro"
            << QStringList{QStringLiteral("Utilizare:"), QString::fromUtf8("Opțiuni:"),
                           QStringLiteral("Comenzi:"),
                           QString::fromUtf8("Afișează KPI-urile unei perioade.")}
            << "Options:";
        QTest::addRow("top level, en")
            << QStringList{QStringLiteral("--help")} << ""
            << QStringList{QStringLiteral("Usage:"), QStringLiteral("Options:"),
                           QStringLiteral("Commands:"),
                           QStringLiteral("Print the KPIs of a period.")}
            << "Comenzi:";
        QTest::addRow("kpi, ro") << QStringList{QStringLiteral("kpi"), QStringLiteral("--help")}
                                 << "ro_RO"
                                 << QStringList{QStringLiteral("Cele zece KPI-uri ale unei perioade"),
                                                QStringLiteral("--period <PERIOADA>"),
                                                QStringLiteral("table (implicit), csv sau json.")}
                                 << "--period <PERIOD>";
        QTest::addRow("import, ro")
            << QStringList{QStringLiteral("import"), QStringLiteral("--help")} << "ro"
            << QStringList{QString::fromUtf8("--dataset <NUME>"),
                           QString::fromUtf8("Verifică și numără, fără să scrie nimic.")}
            << "Check and count";
        QTest::addRow("forecast, ro")
            << QStringList{QStringLiteral("forecast"), QStringLiteral("--help")} << "ro"
            << QStringList{QString::fromUtf8("Prognozează seria lunară a unui KPI.")}
            << "Forecast a KPI";
        QTest::addRow("backup, ro")
            << QStringList{QStringLiteral("backup"), QStringLiteral("--help")} << "ro"
            << QStringList{QString::fromUtf8("Listează copiile de siguranță")} << "List the";
    }

    void help()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        QFETCH(QString, absent);
        const CliRun run = runBusola(arguments, 60000, language);
        QCOMPARE(run.exitCode, 0);
        for (const QString &text : expected)
            QVERIFY2(run.out.contains(text), qPrintable(run.out));
        QVERIFY2(!run.out.contains(absent), qPrintable(run.out));
    }

    void errorsInRomanian()
    {
        const QString db = m_dir.filePath(QStringLiteral("s.db"));
        CliRun run = runBusola({QStringLiteral("kpi"), QStringLiteral("--db"), db}, 60000,
                               QStringLiteral("ro"));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(
                     QString::fromUtf8("--period este obligatoriu, de ex. --period 2026-10.")),
                 qPrintable(run.err));
        run = runBusola({QStringLiteral("--nonsense")}, 60000, QStringLiteral("ro"));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QString::fromUtf8("Opțiune necunoscută „nonsense”.")),
                 qPrintable(run.err));
        run = runBusola({QStringLiteral("import"), QStringLiteral("--db"), db,
                         m_dir.filePath(QStringLiteral("missing.csv"))},
                        60000, QStringLiteral("ro"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QString::fromUtf8("nu poate fi deschis")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_cli_language.moc"
