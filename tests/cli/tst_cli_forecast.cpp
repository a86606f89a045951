#include "clirunner.h"
#include "store/store.h"
#include "store/storewriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace busola;

/// `busola forecast`, run as a user would, on a store written through StoreWriter.
///
/// The store holds 30 months of won sales, January 2024 to June 2026: in month k (0-based) Ana
/// sells 600 + 30k lei and Bogdan 400 + 20k lei, so monthly_sales is 1000 + 50k. A line is
/// recovered exactly by every method (tst_forecast), so by hand the forecasts are the line:
/// 1000 + 50 × 30 = 2500 lei for July 2026, then 2550, 2600; Ana alone 1500, 1530, 1560.
class TestCliForecast : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("sales.db"));
        QString error;
        std::unique_ptr<Store> store = Store::open(m_db, &error);
        QVERIFY2(store, qPrintable(error));
        StoreWriter writer(*store);
        QVERIFY(writer.begin({QStringLiteral("sales.csv"),
                              {},
                              QStringLiteral("sales"),
                              {},
                              QStringLiteral("update")}));
        for (int k = 0; k < 30; ++k) {
            const int month = StoreClock::addMonths(202401, k);
            const qint64 at =
                store->clock().toEpoch(StoreClock::firstDayOf(month).addDays(14), QTime(12, 0));
            QCOMPARE(writer.write(sale(QStringLiteral("A%1").arg(k), QStringLiteral("Ana"), at,
                                       600 + 30 * k)),
                     WriteOutcome::Inserted);
            QCOMPARE(writer.write(sale(QStringLiteral("B%1").arg(k), QStringLiteral("Bogdan"), at,
                                       400 + 20 * k)),
                     WriteOutcome::Inserted);
        }
        QVERIFY2(writer.commit(), qPrintable(writer.lastError()));
        m_empty = m_dir.filePath(QStringLiteral("empty.db"));
        QVERIFY(Store::open(m_empty, &error));
    }

    void json_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("historyMonths");
        QTest::addColumn<QString>("firstForecastMonth");
        QTest::addColumn<QVector<double>>("forecast");
        QTest::addRow("all sales")
            << QStringList{} << QStringLiteral("holt_winters") << 30 << QStringLiteral("2026-07")
            << QVector<double>{2500, 2550, 2600};
        QTest::addRow("one owner")
            << QStringList{QStringLiteral("--filter"), QStringLiteral("owner=Ana")}
            << QStringLiteral("holt_winters") << 30 << QStringLiteral("2026-07")
            << QVector<double>{1500, 1530, 1560};
        // 18 months to June 2025: Holt's trend; July 2025 is k = 18: 1000 + 900.
        QTest::addRow("history to June 2025")
            << QStringList{QStringLiteral("--to"), QStringLiteral("2025-06"),
                           QStringLiteral("--horizon"), QStringLiteral("1")}
            << QStringLiteral("holt") << 18 << QStringLiteral("2025-07") << QVector<double>{1900};
        QVector<double> year;
        for (int k = 30; k < 42; ++k)
            year << 1000 + 50 * k;
        QTest::addRow("a year ahead")
            << QStringList{QStringLiteral("--horizon"), QStringLiteral("12")}
            << QStringLiteral("holt_winters") << 30 << QStringLiteral("2026-07") << year;
    }

    void json()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, method);
        QFETCH(int, historyMonths);
        QFETCH(QString, firstForecastMonth);
        QFETCH(QVector<double>, forecast);
        const CliRun run =
            runBusola(QStringList{QStringLiteral("forecast"), QStringLiteral("--kpi"),
                                  QStringLiteral("monthly_sales"), QStringLiteral("--format"),
                                  QStringLiteral("json"), QStringLiteral("--db"), m_db} +
                      options);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("kpi")).toString(), QStringLiteral("monthly_sales"));
        QCOMPARE(root.value(QStringLiteral("unit")).toString(), QStringLiteral("RON"));
        QCOMPARE(root.value(QStringLiteral("method")).toString(), method);
        const QJsonArray history = root.value(QStringLiteral("history")).toArray();
        QCOMPARE(history.size(), historyMonths);
        QCOMPARE(history.first().toObject().value(QStringLiteral("month")).toString(),
                 QStringLiteral("2024-01"));
        const QJsonArray points = root.value(QStringLiteral("forecast")).toArray();
        QCOMPARE(points.size(), forecast.size());
        QCOMPARE(points.first().toObject().value(QStringLiteral("month")).toString(),
                 firstForecastMonth);
        for (int i = 0; i < points.size(); ++i) {
            const QJsonObject p = points.at(i).toObject();
            for (const char *key : {"value", "lower", "upper"}) {
                const double v = p.value(QLatin1String(key)).toDouble(-1);
                QVERIFY2(
                    std::abs(v - forecast[i]) < 1e-6,
                    qPrintable(QStringLiteral("%1 %2: %3").arg(i).arg(QLatin1String(key)).arg(v)));
            }
        }
        const QJsonObject backtest = root.value(QStringLiteral("backtest")).toObject();
        QCOMPARE(backtest.value(QStringLiteral("error")).toString(), QStringLiteral("mape"));
        QCOMPARE(backtest.value(QStringLiteral("held_out_months")).toInt(), 6);
        QVERIFY(backtest.value(QStringLiteral("mape")).toDouble(-1) < 1e-6);
        QVERIFY(backtest.value(QStringLiteral("mape")).toDouble(-1) >= 0);
    }

    void table_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("Romanian (default)")
            << QStringList{}
            << QStringList{QStringLiteral("Vânzări lunare totale"), QStringLiteral("2.500,00"),
                           QStringLiteral("2.600,00"), QStringLiteral("1.000,00")};
        QTest::addRow("English") << QStringList{QStringLiteral("--lang"), QStringLiteral("en")}
                                 << QStringList{QStringLiteral("Total sales"),
                                                QStringLiteral("2,500.00"),
                                                QStringLiteral("2,600.00")};
    }

    void table()
    {
        QFETCH(QStringList, options);
        QFETCH(QStringList, expected);
        const CliRun run =
            runBusola(QStringList{QStringLiteral("forecast"), QStringLiteral("--kpi"),
                                  QStringLiteral("monthly_sales"), QStringLiteral("--db"), m_db} +
                      options);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList always{
            QStringLiteral("Holt-Winters"), QStringLiteral("30 months of history"),
            QStringLiteral("MAPE"),         QStringLiteral("2024-01"),
            QStringLiteral("2026-07"),      QStringLiteral("2026-09")};
        for (const QString &text : expected + always)
            QVERIFY2(run.out.contains(text), qPrintable(text + QLatin1Char('\n') + run.out));
    }

    void horizonFromTheStoreSetting()
    {
        const QString copy = m_dir.filePath(QStringLiteral("five.db"));
        QVERIFY(QFile::copy(m_db, copy));
        {
            QString error;
            std::unique_ptr<Store> store = Store::open(copy, &error);
            QVERIFY2(store, qPrintable(error));
            QVERIFY(store->setSetting(QStringLiteral("forecast_horizon"), QStringLiteral("5")));
        }
        const CliRun run = runBusola({QStringLiteral("forecast"), QStringLiteral("--kpi"),
                                      QStringLiteral("monthly_sales"), QStringLiteral("--format"),
                                      QStringLiteral("json"), QStringLiteral("--db"), copy});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray points = QJsonDocument::fromJson(run.out.toUtf8())
                                      .object()
                                      .value(QStringLiteral("forecast"))
                                      .toArray();
        QCOMPARE(points.size(), 5);
        QCOMPARE(points.last().toObject().value(QStringLiteral("month")).toString(),
                 QStringLiteral("2026-11"));
    }

    void wrongUse_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("printed");
        const QString kpi = QStringLiteral("--kpi");
        const QString sales = QStringLiteral("monthly_sales");
        QTest::addRow("no KPI") << QStringList{} << 2 << QStringLiteral("--kpi");
        QTest::addRow("unknown KPI")
            << QStringList{kpi, QStringLiteral("weather")} << 2 << QStringLiteral("weather");
        QTest::addRow("horizon 0")
            << QStringList{kpi, sales, QStringLiteral("--horizon"), QStringLiteral("0")} << 2
            << QStringLiteral("--horizon");
        QTest::addRow("horizon 13")
            << QStringList{kpi, sales, QStringLiteral("--horizon"), QStringLiteral("13")} << 2
            << QStringLiteral("--horizon");
        QTest::addRow("support filter on sales")
            << QStringList{kpi, sales, QStringLiteral("--filter"), QStringLiteral("channel=phone")}
            << 2 << QStringLiteral("owner, region, lead_source");
        QTest::addRow("filter without =")
            << QStringList{kpi, sales, QStringLiteral("--filter"), QStringLiteral("owner")} << 2
            << QStringLiteral("DIMENSION=VALUE");
        QTest::addRow("format csv")
            << QStringList{kpi, sales, QStringLiteral("--format"), QStringLiteral("csv")} << 2
            << QStringLiteral("--format");
        QTest::addRow("bad language")
            << QStringList{kpi, sales, QStringLiteral("--lang"), QStringLiteral("de")} << 2
            << QStringLiteral("--lang");
        QTest::addRow("bad month")
            << QStringList{kpi, sales, QStringLiteral("--to"), QStringLiteral("June")} << 2
            << QStringLiteral("--to");
    }

    void wrongUse()
    {
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QString, printed);
        const CliRun run = runBusola(
            QStringList{QStringLiteral("forecast"), QStringLiteral("--db"), m_db} + options);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(printed), qPrintable(run.err));
    }

    void storeWithoutDataIsBadInput()
    {
        const CliRun run =
            runBusola({QStringLiteral("forecast"), QStringLiteral("--kpi"),
                       QStringLiteral("monthly_sales"), QStringLiteral("--db"), m_empty});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("monthly_sales")), qPrintable(run.err));
    }

private:
    static Deal sale(const QString &id, const QString &owner, qint64 at, qint64 lei)
    {
        Deal d;
        d.externalId = id;
        d.createdAt = at;
        d.closedAt = at;
        d.status = DealStatus::Won;
        d.amountMinor = lei * 100;
        d.owner = owner;
        return d;
    }

    QTemporaryDir m_dir;
    QString m_db;
    QString m_empty;
};

QTEST_GUILESS_MAIN(TestCliForecast)
#include "tst_cli_forecast.moc"
