#include "../models/kpi/kpifixture.h"
#include "clirunner.h"
#include "teststore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace busola;

/// `busola kpi` on the hand-made fixture store (see tests/models/kpi/kpifixture.h for the
/// rows and how each expected number follows from them).
class TestCliKpi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    QJsonObject runJson(const QStringList &extra)
    {
        const CliRun run =
            runBusola(QStringList{QStringLiteral("kpi"), QStringLiteral("--db"), m_db,
                                  QStringLiteral("--format"), QStringLiteral("json")} +
                      extra);
        if (run.exitCode != 0)
            qWarning("busola failed (%d): %s", run.exitCode, qPrintable(run.err));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON: %s", qPrintable(run.out));
        return doc.object();
    }

    static QJsonObject kpi(const QJsonObject &report, const QString &id)
    {
        for (const QJsonValue &v : report.value(QStringLiteral("kpis")).toArray())
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return v.toObject();
        return {};
    }

private slots:
    void initTestCase()
    {
        BUSOLA_REQUIRE_TEST_BACKEND();
        m_db = test::storeLocation(m_dir.filePath(QStringLiteral("fixture.db")));
        QString error;
        auto store = Store::open(m_db, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(KpiFixture::fill(*store));
    }

    void jsonShape()
    {
        const QJsonObject r =
            runJson({QStringLiteral("--period"), QStringLiteral("2029-03"),
                     QStringLiteral("--filter"), QStringLiteral("channel=phone")});
        QCOMPARE(
            r.value(QStringLiteral("period")).toObject().value(QStringLiteral("from")).toString(),
            QStringLiteral("2029-03-01"));
        QCOMPARE(
            r.value(QStringLiteral("period")).toObject().value(QStringLiteral("to")).toString(),
            QStringLiteral("2029-03-31"));
        QCOMPARE(r.value(QStringLiteral("compare")).toString(), QStringLiteral("previous"));
        QCOMPARE(r.value(QStringLiteral("filters"))
                     .toObject()
                     .value(QStringLiteral("channel"))
                     .toString(),
                 QStringLiteral("phone"));
        QCOMPARE(r.value(QStringLiteral("kpis")).toArray().size(), 10);
        const QJsonObject response = kpi(r, QStringLiteral("response_time"));
        QCOMPARE(response.value(QStringLiteral("name")).toString(),
                 QString::fromUtf8("Timpul mediu de răspuns"));
        // Phone in March: T1 2 h and T3 2 h; February phone: T5 6 h.
        QCOMPARE(response.value(QStringLiteral("value")).toDouble(), 2.0);
        QCOMPARE(response.value(QStringLiteral("unit")).toString(), QStringLiteral("h"));
        QCOMPARE(response.value(QStringLiteral("direction")).toString(), QStringLiteral("lower"));
        QCOMPARE(response.value(QStringLiteral("target")).toDouble(), 24.0);
        QCOMPARE(response.value(QStringLiteral("status")).toString(), QStringLiteral("met"));
        QCOMPARE(response.value(QStringLiteral("count")).toInt(), 2);
        QCOMPARE(response.value(QStringLiteral("previous")).toDouble(), 6.0);
        QCOMPARE(response.value(QStringLiteral("change_pct")).toDouble(), (2.0 - 6.0) / 6.0 * 100);
        QCOMPARE(response.value(QStringLiteral("change_abs")).toDouble(), -4.0);
        QCOMPARE(response.value(QStringLiteral("extra"))
                     .toObject()
                     .value(QStringLiteral("median"))
                     .toDouble(),
                 2.0);
        const QJsonObject sales = kpi(r, QStringLiteral("monthly_sales"));
        QCOMPARE(sales.value(QStringLiteral("unit")).toString(), QStringLiteral("RON"));
        QCOMPARE(sales.value(QStringLiteral("value")).toDouble(), 2034.56);
        QVERIFY(sales.value(QStringLiteral("previous")).isNull());
        QVERIFY(sales.value(QStringLiteral("change_pct")).isNull());
        QVERIFY(sales.contains(QStringLiteral("target")));
        QVERIFY(sales.value(QStringLiteral("target")).isNull());
        QVERIFY(sales.value(QStringLiteral("status")).isNull());
        const QJsonObject csat = kpi(r, QStringLiteral("csat"));
        QCOMPARE(
            csat.value(QStringLiteral("extra")).toObject().value(QStringLiteral("ratings")).toInt(),
            3);
        QCOMPARE(kpi(r, QStringLiteral("lead_conversion"))
                     .value(QStringLiteral("extra"))
                     .toObject()
                     .value(QStringLiteral("open"))
                     .toInt(),
                 1);
    }

    void compareYearAndBreakdown()
    {
        const QJsonObject r =
            runJson({QStringLiteral("--period"), QStringLiteral("2029-03"),
                     QStringLiteral("--compare"), QStringLiteral("year"), QStringLiteral("--by"),
                     QStringLiteral("owner"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.value(QStringLiteral("compare")).toString(), QStringLiteral("year"));
        const QJsonObject sales = kpi(r, QStringLiteral("monthly_sales"));
        QCOMPARE(sales.value(QStringLiteral("name")).toString(), QStringLiteral("Total sales"));
        QCOMPARE(sales.value(QStringLiteral("previous")).toDouble(), 300.0);
        const QJsonArray groups = sales.value(QStringLiteral("breakdown")).toArray();
        QCOMPARE(groups.size(), 3);
        QVERIFY(groups[0].toObject().value(QStringLiteral("key")).isNull()); // D5, no owner
        QCOMPARE(groups[0].toObject().value(QStringLiteral("value")).toDouble(), 100.0);
        QCOMPARE(groups[2].toObject().value(QStringLiteral("key")).toString(),
                 QStringLiteral("Maria"));
        QCOMPARE(groups[2].toObject().value(QStringLiteral("count")).toInt(), 2);
        QVERIFY(kpi(r, QStringLiteral("response_time"))
                    .value(QStringLiteral("breakdown"))
                    .toArray()
                    .isEmpty());
        QVERIFY(kpi(r, QStringLiteral("response_time")).value(QStringLiteral("previous")).isNull());
    }

    void tableIsLocalised_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("sales");
        QTest::addColumn<QString>("response");
        QTest::addRow("ro") << "ro" << QString::fromUtf8("2.034,56 lei") << QStringLiteral("2,3 h");
        QTest::addRow("en") << "en" << QStringLiteral("2,034.56 RON") << QStringLiteral("2.3 h");
    }

    void tableIsLocalised()
    {
        QFETCH(QString, lang);
        QFETCH(QString, sales);
        QFETCH(QString, response);
        const CliRun run = runBusola({QStringLiteral("kpi"), QStringLiteral("--db"), m_db,
                                      QStringLiteral("--period"), QStringLiteral("2029-03"),
                                      QStringLiteral("--lang"), lang});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(sales), qPrintable(run.out));
        QVERIFY2(run.out.contains(response), qPrintable(run.out));
    }

    void csv()
    {
        const CliRun run = runBusola({QStringLiteral("kpi"), QStringLiteral("--db"), m_db,
                                      QStringLiteral("--period"), QStringLiteral("2029-03"),
                                      QStringLiteral("--format"), QStringLiteral("csv"),
                                      QStringLiteral("--by"), QStringLiteral("channel")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.first().startsWith(QStringLiteral("id,name,from,to,dimension,key,value")));
        QVERIFY2(lines.contains(QString::fromUtf8(
                     "response_time,Timpul mediu de "
                     "răspuns,2029-03-01,2029-03-31,,,2.25,h,24,met,4,8,-71.875,-5.75,2,3.4,,,")),
                 qPrintable(run.out));
        QVERIFY2(lines.contains(
                     QString::fromUtf8("response_time,Timpul mediu de "
                                       "răspuns,2029-03-01,2029-03-31,channel,chat,4,h,24,met,1")),
                 qPrintable(run.out));
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addRow("no period") << QStringList{};
        QTest::addRow("bad period")
            << QStringList{QStringLiteral("--period"), QStringLiteral("2026-13")};
        QTest::addRow("date without --to")
            << QStringList{QStringLiteral("--period"), QStringLiteral("2026-10-05")};
        QTest::addRow("bad compare")
            << QStringList{QStringLiteral("--period"), QStringLiteral("2026-10"),
                           QStringLiteral("--compare"), QStringLiteral("week")};
        QTest::addRow("bad filter")
            << QStringList{QStringLiteral("--period"), QStringLiteral("2026-10"),
                           QStringLiteral("--filter"), QStringLiteral("colour=red")};
        QTest::addRow("bad format")
            << QStringList{QStringLiteral("--period"), QStringLiteral("2026-10"),
                           QStringLiteral("--format"), QStringLiteral("xml")};
    }

    void badUsage()
    {
        QFETCH(QStringList, args);
        const CliRun run =
            runBusola(QStringList{QStringLiteral("kpi"), QStringLiteral("--db"), m_db} + args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

    void emptyStoreGivesNullsNotZeros()
    {
        const QString empty = test::storeLocation(m_dir.filePath(QStringLiteral("empty.db")));
        const CliRun run = runBusola({QStringLiteral("kpi"), QStringLiteral("--db"), empty,
                                      QStringLiteral("--period"), QStringLiteral("2026-Q4"),
                                      QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject r = QJsonDocument::fromJson(run.out.toUtf8()).object();
        for (const QJsonValue &v : r.value(QStringLiteral("kpis")).toArray()) {
            QVERIFY(v.toObject().value(QStringLiteral("value")).isNull());
            QCOMPARE(v.toObject().value(QStringLiteral("count")).toInt(), 0);
        }
        QCOMPARE(kpi(r, QStringLiteral("csat")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("no_data"));
    }
};

QTEST_GUILESS_MAIN(TestCliKpi)
#include "tst_cli_kpi.moc"
