#include "forecast/kpiforecast.h"
#include "store/store.h"
#include "store/storewriter.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace busola;

Q_DECLARE_METATYPE(busola::KpiUnit)

/// The glue between the KPI engine and the forecaster: ranges, series, data months, setting.
class TestKpiForecast : public QObject
{
    Q_OBJECT

private slots:
    void rangeOfEachUnit_data()
    {
        QTest::addColumn<KpiUnit>("unit");
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        const double inf = std::numeric_limits<double>::infinity();
        QTest::addRow("percent") << KpiUnit::Percent << 0.0 << 100.0;
        QTest::addRow("score") << KpiUnit::Score << 1.0 << 5.0;
        QTest::addRow("money") << KpiUnit::Money << 0.0 << inf;
        QTest::addRow("count") << KpiUnit::Count << 0.0 << inf;
        QTest::addRow("hours") << KpiUnit::Hours << 0.0 << inf;
        QTest::addRow("days") << KpiUnit::Days << 0.0 << inf;
    }

    void rangeOfEachUnit()
    {
        QFETCH(KpiUnit, unit);
        QFETCH(double, min);
        QFETCH(double, max);
        QCOMPARE(valueRangeFor(unit).min, min);
        QCOMPARE(valueRangeFor(unit).max, max);
    }

    void nullMonthsBecomeMissing()
    {
        const MonthlySeries s =
            toMonthlySeries({{202511, 4.0}, {202512, std::nullopt}, {202601, 0.0}});
        QCOMPARE(s.firstMonth, 202511);
        QCOMPARE(s.values.size(), 3);
        QCOMPARE(s.values[0], 4.0);
        QVERIFY(std::isnan(s.values[1]));
        QCOMPARE(s.values[2], 0.0); // 0 is a value, not "no data"
        QCOMPARE(s.observedCount(), 2);
        QCOMPARE(toMonthlySeries({}).values.size(), 0);
    }

    void dataMonthsAndHorizonSetting()
    {
        QTemporaryDir dir;
        QString error;
        std::unique_ptr<Store> store = Store::open(dir.filePath(QStringLiteral("s.db")), &error);
        QVERIFY2(store, qPrintable(error));
        error.clear();
        QVERIFY(!kpiDataMonths(*store, Kpi::MonthlySales, &error));
        QVERIFY(error.isEmpty());
        QCOMPARE(forecastHorizon(*store), 3);

        // A deal created in March 2025 and won in July 2025: sales data spans both months;
        // support data there is none.
        StoreWriter writer(*store);
        QVERIFY(writer.begin(
            {QStringLiteral("d.csv"), {}, QStringLiteral("sales"), {}, QStringLiteral("update")}));
        Deal d;
        d.externalId = QStringLiteral("D1");
        d.createdAt = store->clock().toEpoch(QDate(2025, 3, 10));
        d.closedAt = store->clock().toEpoch(QDate(2025, 7, 2));
        d.status = DealStatus::Won;
        d.amountMinor = 1000;
        QCOMPARE(writer.write(d), WriteOutcome::Inserted);
        QVERIFY(writer.commit());
        const auto sales = kpiDataMonths(*store, Kpi::MonthlySales, &error);
        QVERIFY(sales);
        QCOMPARE(sales->first, 202503);
        QCOMPARE(sales->second, 202507);
        QVERIFY(!kpiDataMonths(*store, Kpi::ResponseTime, &error));
        QCOMPARE(kpiDataMonths(*store, Kpi::RetentionRate, &error)->second, 202507);

        for (const auto &[text, months] : {std::pair{"7", 7}, {"20", 12}, {"0", 1}, {"x", 3}}) {
            QVERIFY(store->setSetting(ForecastHorizonSetting, QLatin1String(text)));
            QCOMPARE(forecastHorizon(*store), months);
        }
    }
};

QTEST_GUILESS_MAIN(TestKpiForecast)
#include "tst_kpiforecast.moc"
