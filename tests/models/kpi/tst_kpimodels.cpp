#include "itemmodels/kpibreakdownmodel.h"
#include "itemmodels/kpirecordsmodel.h"
#include "itemmodels/kpiseriesmodel.h"
#include "itemmodels/kpisummarymodel.h"
#include "kpifixture.h"
#include "teststore.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace busola;

Q_DECLARE_METATYPE(Kpi)

/// The item models the dashboard, the report and SWOT read, on the fixture of kpifixture.h.
class TestKpiModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

private slots:
    void initTestCase()
    {
        BUSOLA_REQUIRE_TEST_BACKEND();
        QString error;
        m_store = Store::open(test::storeLocation(m_dir.filePath(QStringLiteral("m.db"))), &error);
        QVERIFY2(m_store, qPrintable(error));
        QVERIFY(KpiFixture::fill(*m_store));
    }

    void formatting_data()
    {
        QTest::addColumn<bool>("english");
        QTest::addColumn<Kpi>("kpi");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("isChange");
        QTest::addColumn<QString>("expected");
        QTest::addRow("ro hours") << false << Kpi::ResponseTime << 12.5 << false << "12,5 h";
        QTest::addRow("ro money") << false << Kpi::MonthlySales << 1234.56 << false
                                  << "1.234,56 lei";
        QTest::addRow("en money") << true << Kpi::MonthlySales << 1234.56 << false
                                  << "1,234.56 RON";
        QTest::addRow("ro days") << false << Kpi::SalesCycle << 3.26 << false << "3,3 zile";
        QTest::addRow("en days") << true << Kpi::SalesCycle << 3.26 << false << "3.3 days";
        QTest::addRow("ro percent") << false << Kpi::FcrRate << 72.34 << false << "72,3 %";
        QTest::addRow("ro count") << false << Kpi::Complaints << 1234.0 << false << "1.234";
        QTest::addRow("ro score") << false << Kpi::Csat << 4.125 << false << "4,13";
        QTest::addRow("change rounds to zero")
            << false << Kpi::ResponseTime << -0.04 << true << "0,0 h";
        QTest::addRow("change down") << false << Kpi::ResponseTime << -5.76 << true << "−5,8 h";
        QTest::addRow("change in points") << false << Kpi::FcrRate << 66.67 << true << "+66,7 pp";
    }

    void formatting()
    {
        QFETCH(bool, english);
        QFETCH(Kpi, kpi);
        QFETCH(double, value);
        QFETCH(bool, isChange);
        QFETCH(QString, expected);
        const KpiFormatter f(english ? Language::English : Language::Romanian,
                             QStringLiteral("RON"));
        const KpiDefinition &def = kpiDefinition(kpi);
        QCOMPARE(isChange ? f.change(def, value) : f.value(def, value), expected);
        QCOMPARE(f.value(def, std::nullopt), QStringLiteral("—"));
    }

    void summary()
    {
        KpiSummaryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        KpiEngine engine(*m_store);
        model.load(engine, KpiPeriod::month(202903), {});
        QCOMPARE(model.rowCount(), KpiCount);
        const QModelIndex response = model.index(int(Kpi::ResponseTime), KpiSummaryModel::Value);
        QCOMPARE(response.data().toString(), QStringLiteral("2,3 h"));
        QCOMPARE(response.data(KpiSummaryModel::ValueRole).toDouble(), 2.25);
        QCOMPARE(response.data(KpiSummaryModel::StatusCodeRole).toString(), QStringLiteral("met"));
        QCOMPARE(response.data(KpiSummaryModel::PreviousValueRole).toDouble(), 8.0);
        QCOMPARE(response.data(KpiSummaryModel::MedianRole).toDouble(), 2.0);
        const QModelIndex sales = model.index(int(Kpi::MonthlySales), KpiSummaryModel::Value);
        QCOMPARE(sales.data().toString(), QString::fromUtf8("2.034,56 lei"));
        QVERIFY(!sales.data(KpiSummaryModel::TargetRole).isValid());
        QCOMPARE(
            model.index(int(Kpi::MonthlySales), KpiSummaryModel::PreviousChange).data().toString(),
            QStringLiteral("—"));
        QCOMPARE(model.index(int(Kpi::Csat), KpiSummaryModel::Name).data().toString(),
                 QString::fromUtf8("Feedback-ul clienților"));
        model.setLanguage(Language::English, QStringLiteral("RON"));
        QCOMPARE(sales.data().toString(), QStringLiteral("2,034.56 RON"));
        QCOMPARE(model.index(int(Kpi::Csat), KpiSummaryModel::Name).data().toString(),
                 QStringLiteral("Customer satisfaction"));
        model.load(engine, KpiPeriod::month(202701), {});
        QCOMPARE(model.index(int(Kpi::Csat), KpiSummaryModel::Status)
                     .data(KpiSummaryModel::StatusCodeRole)
                     .toString(),
                 QStringLiteral("no_data"));
    }

    void series()
    {
        KpiSeriesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        KpiEngine engine(*m_store);
        QVERIFY(engine.targets().setTarget(
            {QStringLiteral("response_time"), {}, {}, 202903, 12.0, {}}));
        model.load(engine, {Kpi::ResponseTime, Kpi::MonthlySales}, 202902, 202904, {});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.index(0, 1).data().toDouble(), 8.0);
        QCOMPARE(model.index(1, 1).data().toDouble(), 2.25);
        QVERIFY(!model.index(2, 1).data().isValid());
        QVERIFY(!model.index(0, 2).data().isValid());
        QCOMPARE(model.index(1, 2).data().toDouble(), 2034.56);
        QCOMPARE(model.index(0, 1).data(KpiSeriesModel::TargetRole).toDouble(), 24.0);
        QCOMPARE(model.index(1, 1).data(KpiSeriesModel::TargetRole).toDouble(), 12.0);
        QCOMPARE(model.index(1, 0).data(KpiSeriesModel::MonthRole).toInt(), 202903);
        QCOMPARE(model.headerData(2, Qt::Horizontal, KpiSeriesModel::KpiIdRole).toString(),
                 QStringLiteral("monthly_sales"));
        QVERIFY(engine.targets().removeTarget(
            {QStringLiteral("response_time"), {}, {}, 202903, {}, {}}));
    }

    void breakdown()
    {
        KpiBreakdownModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        KpiEngine engine(*m_store);
        model.load(engine, Kpi::Csat, KpiPeriod::month(202903), {}, QStringLiteral("team"));
        // Team A: T1 5, T5 2; team B: T2 3; no team: the survey response, 4.
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, KpiBreakdownModel::Group).data().toString(),
                 QString::fromUtf8("(fără valoare)"));
        QCOMPARE(model.index(0, KpiBreakdownModel::Value).data().toDouble(), 4.0);
        QCOMPARE(model.index(1, KpiBreakdownModel::Value).data().toDouble(), 3.5);
        QCOMPARE(model.index(1, KpiBreakdownModel::Count).data().toInt(), 2);
        QCOMPARE(model.index(2, KpiBreakdownModel::Value)
                     .data(KpiBreakdownModel::FormattedRole)
                     .toString(),
                 QStringLiteral("3,00"));
        QCOMPARE(model.index(2, KpiBreakdownModel::Status)
                     .data(KpiBreakdownModel::StatusCodeRole)
                     .toString(),
                 QStringLiteral("missed"));
    }

    /// Channels and deal statuses are stored as keys and shown by their names in the
    /// language, in breakdowns and in the records; the keys stay the data.
    void channelAndStatusNames()
    {
        KpiBreakdownModel breakdown;
        QAbstractItemModelTester breakdownTester(
            &breakdown, QAbstractItemModelTester::FailureReportingMode::QtTest);
        KpiEngine engine(*m_store);
        breakdown.load(engine, Kpi::ResponseTime, KpiPeriod::month(202903), {},
                       QStringLiteral("channel"));
        // T7 without a channel, T2 chat, T1 and T3 phone (groups in key order).
        QCOMPARE(breakdown.rowCount(), 3);
        QStringList groups, keys;
        for (int row = 0; row < breakdown.rowCount(); ++row) {
            const QModelIndex group = breakdown.index(row, KpiBreakdownModel::Group);
            groups << group.data().toString();
            keys << group.data(KpiBreakdownModel::KeyRole).toString();
        }
        QCOMPARE(groups, (QStringList{QString::fromUtf8("(fără valoare)"), QStringLiteral("Chat"),
                                      QStringLiteral("Telefon")}));
        QCOMPARE(keys, (QStringList{QString(), QStringLiteral("chat"), QStringLiteral("phone")}));
        breakdown.setLanguage(Language::English, QStringLiteral("RON"));
        QCOMPARE(breakdown.index(2, KpiBreakdownModel::Group).data().toString(),
                 QStringLiteral("Phone"));
        // Other dimensions keep their values as they are.
        breakdown.load(engine, Kpi::ResponseTime, KpiPeriod::month(202903), {},
                       QStringLiteral("agent"));
        // (T4, the only ticket without an agent, has no response: no group for it.)
        QCOMPARE(breakdown.index(0, KpiBreakdownModel::Group).data().toString(),
                 QStringLiteral("Ana"));

        KpiRecordsModel records(*m_store);
        QAbstractItemModelTester recordsTester(
            &records, QAbstractItemModelTester::FailureReportingMode::QtTest);
        records.setQuery(Kpi::ResponseTime, KpiPeriod::month(202903), {});
        const int channel = 4; // Id, Created, Response, Resolved, Channel
        QCOMPARE(records.headerData(channel, Qt::Horizontal).toString(), QStringLiteral("Channel"));
        QCOMPARE(records.index(0, 0).data().toString(), QStringLiteral("T1"));
        QCOMPARE(records.index(0, channel).data().toString(), QStringLiteral("Telefon"));
        QCOMPARE(records.index(0, channel).data(KpiRecordsModel::RawRole).toString(),
                 QStringLiteral("phone"));
        // The text filter finds what is shown ("telef") as well as the key ("phone").
        records.setTextFilter(QStringLiteral("TELEF"));
        QCOMPARE(records.rowCount(), 2);
        records.setTextFilter(QStringLiteral("phone"));
        QCOMPARE(records.rowCount(), 2);
        records.setTextFilter(QStringLiteral("chat"));
        QCOMPARE(records.rowCount(), 1);

        records.setQuery(Kpi::LeadConversion, KpiPeriod::month(202903), {});
        const int status = 3; // Id, Created, Closed, Status
        QStringList statuses;
        for (int row = 0; row < records.rowCount(); ++row)
            statuses << records.index(row, status).data().toString();
        QVERIFY2(statuses.contains(QString::fromUtf8("Câștigat")) &&
                     statuses.contains(QStringLiteral("Deschis")),
                 qPrintable(statuses.join(QLatin1Char(','))));
        QVERIFY(!statuses.contains(QStringLiteral("won")));
        records.setTextFilter(QString::fromUtf8("câștig"));
        for (int row = 0; row < records.rowCount(); ++row)
            QCOMPARE(records.index(row, status).data(KpiRecordsModel::RawRole).toString(),
                     QStringLiteral("won"));
        QVERIFY(records.rowCount() > 0);
    }

    void recordsMatchTheCount_data()
    {
        QTest::addColumn<Kpi>("kpi");
        QTest::addColumn<int>("count");
        // The counts of tst_kpiengine's March rows.
        QTest::addRow("response_time") << Kpi::ResponseTime << 4;
        QTest::addRow("fcr_rate") << Kpi::FcrRate << 3;
        QTest::addRow("resolved_count") << Kpi::ResolvedCount << 3;
        QTest::addRow("csat") << Kpi::Csat << 4;
        QTest::addRow("retention_rate") << Kpi::RetentionRate << 3;
        QTest::addRow("cost_per_interaction") << Kpi::CostPerInteraction << 5;
        QTest::addRow("complaints") << Kpi::Complaints << 1;
        QTest::addRow("monthly_sales") << Kpi::MonthlySales << 4;
        QTest::addRow("lead_conversion") << Kpi::LeadConversion << 5;
        QTest::addRow("sales_cycle") << Kpi::SalesCycle << 3;
    }

    void recordsMatchTheCount()
    {
        QFETCH(Kpi, kpi);
        QFETCH(int, count);
        KpiRecordsModel model(*m_store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(2);
        model.setQuery(kpi, KpiPeriod::month(202903), {});
        QCOMPARE(model.totalCount(), count);
        QCOMPARE(model.rowCount(), std::min(2, count));
        while (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), count);
        QVERIFY(model.columnCount() > 3);
    }

    void recordsSortFilterExport()
    {
        KpiRecordsModel model(*m_store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(Kpi::ResponseTime, KpiPeriod::month(202903), {});
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("T1")); // by created
        model.sort(1, Qt::DescendingOrder);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("T3")); // 25 March
        QCOMPARE(model.index(0, 2).data(KpiRecordsModel::RawRole).toDouble(), 2.0);
        model.sort(2, Qt::DescendingOrder);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("T2")); // 4 h
        model.setTextFilter(QStringLiteral("bogdan"));
        QCOMPARE(model.rowCount(), 1);
        model.setTextFilter(QStringLiteral("phone"));
        QCOMPARE(model.rowCount(), 2);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(model.exportCsv(&buffer));
        const QStringList lines =
            QString::fromUtf8(buffer.data()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("Id,Created,Response")));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("T1,")) ||
                lines.at(1).startsWith(QStringLiteral("T3,")));
        KpiFilters teamB;
        teamB.add(QStringLiteral("team"), QStringLiteral("B"));
        model.setQuery(Kpi::Csat, KpiPeriod::month(202903), teamB);
        QCOMPARE(model.totalCount(), 1); // T2; the survey response has no team
    }
};

QTEST_GUILESS_MAIN(TestKpiModels)
#include "tst_kpimodels.moc"
