#include "kpi/kpiengine.h"
#include "kpifixture.h"
#include "teststore.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace busola;

Q_DECLARE_METATYPE(Kpi)

namespace {

constexpr double Null = std::numeric_limits<double>::quiet_NaN();

KpiFilters parseFilters(const QString &text)
{
    KpiFilters f;
    for (const QString &pair : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int eq = pair.indexOf(QLatin1Char('='));
        f.add(pair.left(eq), pair.mid(eq + 1));
    }
    return f;
}

bool same(std::optional<double> actual, double expected)
{
    if (std::isnan(expected))
        return !actual.has_value();
    return actual && std::abs(*actual - expected) <= 1e-9 * std::max(1.0, std::abs(expected));
}

QByteArray show(std::optional<double> v)
{
    return v ? QByteArray::number(*v, 'g', 17) : QByteArrayLiteral("null");
}

/// Custom ranges that cut months: their whole months and their cut ends (read from the
/// per-day summaries) must add up to what the rows say, day by day.
void addCutRangeRows()
{
    // 20 Feb – 2 Apr 2029: February and April cut, March whole. Created: T5 and the five
    // March tickets; answered T5 6 h, T1 2 h, T2 4 h, T3 2 h, T7 1 h.
    const char *p3 = "2029-02-20..2029-04-02";
    QTest::addRow("cut range: response_time") << Kpi::ResponseTime << p3 << "" << 3.0 << qint64(5);
    QTest::addRow("cut range: response_time channel=phone")
        << Kpi::ResponseTime << p3 << "channel=phone" << 10.0 / 3 << qint64(3);
    // Resolved T5 (1 Mar), T1, T2, T4 (2 Apr 08:00); T6 (11 Feb) before the range.
    QTest::addRow("cut range: resolved_count")
        << Kpi::ResolvedCount << p3 << "" << 4.0 << qint64(4);
    // Known contacts or flag: T5 1, T1 1, T2 2, T4 flag → 3 of 4.
    QTest::addRow("cut range: fcr_rate") << Kpi::FcrRate << p3 << "" << 75.0 << qint64(4);
    // T5 2 (resolved 1 Mar), T1 5, T2 3, T4 4 (resolved 2 Apr), survey F1 4.
    QTest::addRow("cut range: csat") << Kpi::Csat << p3 << "" << 3.6 << qint64(5);
    QTest::addRow("cut range: complaints") << Kpi::Complaints << p3 << "" << 1.0 << qint64(1);
    // February's monthly costs shared by the range's part of its tickets: T5 is one of
    // T5, T6 → 50 lei / 2 + chat's 30 lei × 0; March: 10 + 20 lei per ticket; / 6 tickets.
    QTest::addRow("cut range: cost_per_interaction")
        << Kpi::CostPerInteraction << p3 << "" << 55.0 / 6 << qint64(6);
    // Closed won in the range: D1, D4, D5 (order), D7.
    QTest::addRow("cut range: monthly_sales")
        << Kpi::MonthlySales << p3 << "" << 2034.56 << qint64(4);
    QTest::addRow("cut range: lead_conversion")
        << Kpi::LeadConversion << p3 << "" << 60.0 << qint64(5);
    QTest::addRow("cut range: sales_cycle")
        << Kpi::SalesCycle << p3 << "" << (54 + 5 + 7 - 1.0 / 24) / 3 << qint64(3);
    // S: sales in [20 Feb 2028, 20 Feb 2029): C1 (10 Jun 2028), C5 (15 Mar 2028), C6 (1 Dec
    // 2028). E: [3 Apr 2028, 3 Apr 2029): C1 and C6 again, C5 not.
    QTest::addRow("cut range: retention")
        << Kpi::RetentionRate << p3 << "" << 200.0 / 3 << qint64(3);
    // 16–31 March 2029: only the second half of March.
    const char *p4 = "2029-03-16..2029-03-31";
    QTest::addRow("half month: response_time") << Kpi::ResponseTime << p4 << "" << 2.0 << qint64(1);
    QTest::addRow("half month: resolved_count")
        << Kpi::ResolvedCount << p4 << "" << 0.0 << qint64(0);
    QTest::addRow("half month: csat, F1 on the 15th") << Kpi::Csat << p4 << "" << Null << qint64(0);
    QTest::addRow("half month: cost without costs")
        << Kpi::CostPerInteraction << p4 << "" << Null << qint64(2);
    QTest::addRow("half month: monthly_sales D5, D7")
        << Kpi::MonthlySales << p4 << "" << 300.0 << qint64(2);
    QTest::addRow("half month: monthly_sales region=Nord")
        << Kpi::MonthlySales << p4 << "region=Nord" << 200.0 << qint64(1);
    QTest::addRow("half month: lead_conversion")
        << Kpi::LeadConversion << p4 << "" << 100.0 << qint64(1);
    // The window starts on 16 March 2028: C5's sale of the 15th is a day too early; C3's
    // of 15 March 2029 is in S. S = {C1, C3, C6}, all still active at 1 April 2029.
    QTest::addRow("half month: retention, a day after C5")
        << Kpi::RetentionRate << p4 << "" << 100.0 << qint64(3);
    // From the 15th: C5 (15 March 2028, 09:00) is in S, C3 (15 March 2029, 12:00) is not.
    QTest::addRow("half month: retention, C5's day")
        << Kpi::RetentionRate << "2029-03-15..2029-03-31"
        << "" << 200.0 / 3 << qint64(3);
}

} // namespace

/// Every KPI on the hand-made fixture of kpifixture.h; expected values computed by hand.
class TestKpiEngine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    int m_counter = 0;

    std::unique_ptr<Store> newStore()
    {
        QString error;
        auto store = Store::open(
            test::storeLocation(m_dir.filePath(QStringLiteral("k%1.db").arg(++m_counter))), &error);
        if (!store)
            qFatal("cannot open store: %s", qPrintable(error));
        return store;
    }

private slots:
    void initTestCase()
    {
        BUSOLA_REQUIRE_TEST_BACKEND();
        m_store = newStore();
        QVERIFY(KpiFixture::fill(*m_store));
    }

    void values_data()
    {
        QTest::addColumn<Kpi>("kpi");
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("filters");
        QTest::addColumn<double>("value");
        QTest::addColumn<qint64>("count");
        // (2 + 4 + 2 + 1) h / 4: T3's 01:30 → 04:30 across the change is 2 h, T4 unanswered.
        QTest::addRow("response_time March, DST ticket, ticket without response")
            << Kpi::ResponseTime << "2029-03"
            << "" << 2.25 << qint64(4);
        QTest::addRow("response_time February") << Kpi::ResponseTime << "2029-02"
                                                << "" << 8.0 << qint64(2);
        QTest::addRow("response_time no data in the period") << Kpi::ResponseTime << "2028-03"
                                                             << "" << Null << qint64(0);
        QTest::addRow("response_time channel=phone") << Kpi::ResponseTime << "2029-03"
                                                     << "channel=phone" << 2.0 << qint64(2);
        QTest::addRow("response_time channel phone or chat")
            << Kpi::ResponseTime << "2029-03"
            << "channel=phone,channel=chat" << 8.0 / 3 << qint64(3);
        QTest::addRow("response_time channel=phone and team=B")
            << Kpi::ResponseTime << "2029-03"
            << "channel=phone,team=B" << Null << qint64(0);
        QTest::addRow("response_time team=A") << Kpi::ResponseTime << "2029-03"
                                              << "team=A" << 5.0 / 3 << qint64(3);
        QTest::addRow("response_time without channel") << Kpi::ResponseTime << "2029-03"
                                                       << "channel=" << 1.0 << qint64(1);
        QTest::addRow("response_time ignores owner") << Kpi::ResponseTime << "2029-03"
                                                     << "owner=Maria" << 2.25 << qint64(4);
        QTest::addRow("response_time quarter") << Kpi::ResponseTime << "2029-Q1"
                                               << "" << 25.0 / 6 << qint64(6);
        QTest::addRow("response_time custom days 20-31 March")
            << Kpi::ResponseTime << "2029-03-20..2029-03-31"
            << "" << 2.0 << qint64(1);
        // Resolved in March with a known contact count: T1 (1), T2 (2), T5 (1).
        QTest::addRow("fcr_rate March") << Kpi::FcrRate << "2029-03"
                                        << "" << 200.0 / 3 << qint64(3);
        QTest::addRow("fcr_rate April, FCR flag") << Kpi::FcrRate << "2029-04"
                                                  << "" << 100.0 << qint64(1);
        QTest::addRow("fcr_rate February, base of zero") << Kpi::FcrRate << "2029-02"
                                                         << "" << 0.0 << qint64(1);
        QTest::addRow("resolved_count March") << Kpi::ResolvedCount << "2029-03"
                                              << "" << 3.0 << qint64(3);
        QTest::addRow("resolved_count no data") << Kpi::ResolvedCount << "2028-03"
                                                << "" << Null << qint64(0);
        // T1 5, T2 3, T5 2 (resolved in March), survey F1 4; T3 and T7 unrated, T4 in April.
        QTest::addRow("csat March, unrated tickets") << Kpi::Csat << "2029-03"
                                                     << "" << 3.5 << qint64(4);
        QTest::addRow("csat April") << Kpi::Csat << "2029-04"
                                    << "" << 4.0 << qint64(1);
        QTest::addRow("csat February, no ratings") << Kpi::Csat << "2029-02"
                                                   << "" << Null << qint64(0);
        QTest::addRow("csat team=A drops the survey") << Kpi::Csat << "2029-03"
                                                      << "team=A" << 3.5 << qint64(2);
        QTest::addRow("csat channel=phone keeps the survey")
            << Kpi::Csat << "2029-03"
            << "channel=phone" << 11.0 / 3 << qint64(3);
        // (10 + 20) lei of per-ticket costs over 5 tickets created.
        QTest::addRow("cost_per_interaction March") << Kpi::CostPerInteraction << "2029-03"
                                                    << "" << 6.0 << qint64(5);
        // February has monthly costs: 50 lei without channel + 30 lei chat over T5, T6.
        QTest::addRow("cost_per_interaction February monthly costs")
            << Kpi::CostPerInteraction << "2029-02"
            << "" << 40.0 << qint64(2);
        QTest::addRow("cost_per_interaction February phone share")
            << Kpi::CostPerInteraction << "2029-02"
            << "channel=phone" << 25.0 << qint64(1);
        QTest::addRow("cost_per_interaction February chat") << Kpi::CostPerInteraction << "2029-02"
                                                            << "channel=chat" << 55.0 << qint64(1);
        QTest::addRow("cost_per_interaction February team=A")
            << Kpi::CostPerInteraction << "2029-02"
            << "team=A" << 25.0 << qint64(1);
        QTest::addRow("complaints March") << Kpi::Complaints << "2029-03"
                                          << "" << 1.0 << qint64(1);
        QTest::addRow("complaints February zero") << Kpi::Complaints << "2029-02"
                                                  << "" << 0.0 << qint64(0);
        QTest::addRow("complaints no data") << Kpi::Complaints << "2027-01"
                                            << "" << Null << qint64(0);
        // D1 1234.56 + D4 500 + D5 (order) 100 + D7 200; D6 won without a close date is out.
        QTest::addRow("monthly_sales March, deal without close date")
            << Kpi::MonthlySales << "2029-03"
            << "" << 2034.56 << qint64(4);
        QTest::addRow("monthly_sales owner=Maria") << Kpi::MonthlySales << "2029-03"
                                                   << "owner=Maria" << 1434.56 << qint64(2);
        QTest::addRow("monthly_sales ignores channel") << Kpi::MonthlySales << "2029-03"
                                                       << "channel=phone" << 2034.56 << qint64(4);
        QTest::addRow("monthly_sales year ago") << Kpi::MonthlySales << "2028-03"
                                                << "" << 300.0 << qint64(1);
        QTest::addRow("monthly_sales no data") << Kpi::MonthlySales << "2029-02"
                                               << "" << Null << qint64(0);
        QTest::addRow("monthly_sales without owner: the order") << Kpi::MonthlySales << "2029-03"
                                                                << "owner=" << 100.0 << qint64(1);
        // Created in March, orders excluded: D2 open, D3 lost, D4, D6, D7 won.
        QTest::addRow("lead_conversion March") << Kpi::LeadConversion << "2029-03"
                                               << "" << 60.0 << qint64(5);
        QTest::addRow("lead_conversion region=Sud") << Kpi::LeadConversion << "2029-03"
                                                    << "region=Sud" << 200.0 / 3 << qint64(3);
        // D1 54 days, D4 5 days, D7 7 days − 1 hour (summer time began on the way).
        QTest::addRow("sales_cycle March") << Kpi::SalesCycle << "2029-03"
                                           << "" << (54 + 5 + 7 - 1.0 / 24) / 3 << qint64(3);
        QTest::addRow("sales_cycle year ago") << Kpi::SalesCycle << "2028-03"
                                              << "" << 7.0 << qint64(1);
        // S = {C1, C5, C6}; C5's only sale (15 March 2028) leaves the window; C3 is new.
        QTest::addRow("retention March, lapsing and new customers")
            << Kpi::RetentionRate << "2029-03"
            << "" << 200.0 / 3 << qint64(3);
        QTest::addRow("retention February") << Kpi::RetentionRate << "2029-02"
                                            << "" << 100.0 << qint64(3);
        QTest::addRow("retention no data") << Kpi::RetentionRate << "2027-01"
                                           << "" << Null << qint64(0);
        QTest::addRow("retention custom days") << Kpi::RetentionRate << "2029-03-01..2029-03-31"
                                               << "" << 200.0 / 3 << qint64(3);
        addCutRangeRows();
    }

    void values()
    {
        QFETCH(Kpi, kpi);
        QFETCH(QString, period);
        QFETCH(QString, filters);
        QFETCH(double, value);
        QFETCH(qint64, count);
        const QStringList parts = period.split(QStringLiteral(".."));
        QString error;
        const std::optional<KpiPeriod> p =
            KpiPeriod::parse(parts.first(), parts.size() > 1 ? parts.last() : QString(), &error);
        QVERIFY2(p, qPrintable(error));
        for (bool summaries : {true, false}) {
            KpiEngine engine(*m_store);
            engine.setUseSummaries(summaries);
            const KpiValue v = engine.value(kpi, *p, parseFilters(filters));
            QVERIFY2(
                same(v.value, value),
                QByteArray(show(v.value) + (summaries ? " (summaries)" : " (base)")).constData());
            QCOMPARE(v.count, count);
        }
    }

    void extras()
    {
        KpiEngine engine(*m_store);
        const QVector<KpiValue> v = engine.values(
            {Kpi::ResponseTime, Kpi::Csat, Kpi::LeadConversion}, KpiPeriod::month(202903), {});
        // Sorted 1, 2, 2, 4 h: median at 1.5 → 2; p90 at 2.7 → 2 + 0.7 × 2 = 3.4.
        QVERIFY(same(v[0].extras.median, 2.0));
        QVERIFY2(same(v[0].extras.p90, 3.4), show(v[0].extras.p90).constData());
        // Ratings 5, 3, 2, 4: two of four are 4–5.
        QVERIFY(same(v[1].extras.shareHigh, 50.0));
        QCOMPARE(v[1].extras.ratings.value_or(-1), 4);
        QCOMPARE(v[2].extras.open.value_or(-1), 1); // D2
        const KpiValue phone = engine.value(Kpi::ResponseTime, KpiPeriod::month(202903),
                                            parseFilters(QStringLiteral("channel=phone")));
        QVERIFY(same(phone.extras.median, 2.0));
        QVERIFY(same(phone.extras.p90, 2.0));
        const KpiValue none = engine.value(Kpi::ResponseTime, KpiPeriod::month(202803), {});
        QVERIFY(!none.extras.median && !none.extras.p90);
        // A range that cuts February and April: sorted 1, 2, 2, 4, 6 h; median 2; p90 at 3.6
        // → 4 + 0.6 × 2 = 5.2.
        for (bool summaries : {true, false}) {
            KpiEngine cut(*m_store);
            cut.setUseSummaries(summaries);
            const KpiValue r =
                cut.value(Kpi::ResponseTime, KpiPeriod::custom({2029, 2, 20}, {2029, 4, 2}), {});
            QVERIFY(same(r.extras.median, 2.0));
            QVERIFY2(same(r.extras.p90, 5.2), show(r.extras.p90).constData());
        }
    }

    void comparisons()
    {
        KpiEngine engine(*m_store);
        const QVector<KpiRow> rows = engine.report(KpiPeriod::month(202903), {});
        QCOMPARE(rows.size(), KpiCount);
        const KpiRow &response = rows[int(Kpi::ResponseTime)];
        QVERIFY(same(response.previous.value, 8.0));
        QVERIFY(same(response.previous.changePct, (2.25 - 8) / 8 * 100)); // −71.875 %
        QVERIFY(same(response.previous.changeAbs, -5.75));
        QVERIFY(!response.yearAgo.value && !response.yearAgo.changePct);
        const KpiRow &fcr = rows[int(Kpi::FcrRate)];
        QVERIFY(same(fcr.previous.value, 0.0));
        QVERIFY2(!fcr.previous.changePct, "a base of zero has no % change");
        QVERIFY(same(fcr.previous.changeAbs, 200.0 / 3));
        const KpiRow &sales = rows[int(Kpi::MonthlySales)];
        QVERIFY(!sales.previous.value && !sales.previous.changePct);
        QVERIFY(same(sales.yearAgo.changePct, (2034.56 - 300) / 300 * 100));
        const KpiRow &retention = rows[int(Kpi::RetentionRate)];
        QVERIFY(same(retention.previous.changeAbs, 200.0 / 3 - 100));
        QCOMPARE(rows[int(Kpi::Complaints)].previous.changePct.has_value(), false);
        QCOMPARE(response.previous.period, KpiPeriod::month(202902));
        QCOMPARE(response.yearAgo.period, KpiPeriod::month(202803));
    }

    void periods_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<QDate>("previousFirst");
        QTest::addColumn<QDate>("yearAgoLast");
        QTest::addRow("month") << "2026-10"
                               << "" << QDate(2026, 10, 1) << QDate(2026, 10, 31)
                               << QDate(2026, 9, 1) << QDate(2025, 10, 31);
        QTest::addRow("quarter") << "2026-Q1"
                                 << "" << QDate(2026, 1, 1) << QDate(2026, 3, 31)
                                 << QDate(2025, 10, 1) << QDate(2025, 3, 31);
        QTest::addRow("year") << "2026"
                              << "" << QDate(2026, 1, 1) << QDate(2026, 12, 31) << QDate(2025, 1, 1)
                              << QDate(2025, 12, 31);
        QTest::addRow("months to months") << "2026-10"
                                          << "2026-12" << QDate(2026, 10, 1) << QDate(2026, 12, 31)
                                          << QDate(2026, 7, 1) << QDate(2025, 12, 31);
        QTest::addRow("days") << "2026-10-05"
                              << "2026-10-14" << QDate(2026, 10, 5) << QDate(2026, 10, 14)
                              << QDate(2026, 9, 25) << QDate(2025, 10, 14);
        QTest::addRow("leap February year ago") << "2028-02"
                                                << "" << QDate(2028, 2, 1) << QDate(2028, 2, 29)
                                                << QDate(2028, 1, 1) << QDate(2027, 2, 28);
    }

    void periods()
    {
        QFETCH(QString, period);
        QFETCH(QString, to);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(QDate, previousFirst);
        QFETCH(QDate, yearAgoLast);
        QString error;
        const std::optional<KpiPeriod> p = KpiPeriod::parse(period, to, &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->first, first);
        QCOMPARE(p->last, last);
        QCOMPARE(p->previous().first, previousFirst);
        QCOMPARE(p->previous().last, first.addDays(-1));
        QCOMPARE(p->yearAgo().last, yearAgoLast);
    }

    void badPeriods()
    {
        QString error;
        QVERIFY(!KpiPeriod::parse(QStringLiteral("2026-13"), {}, &error));
        QVERIFY(!KpiPeriod::parse(QStringLiteral("2026-10-05"), {}, &error));
        QVERIFY(!KpiPeriod::parse(QStringLiteral("2026-10"), QStringLiteral("2026-09"), &error));
        QVERIFY(!KpiPeriod::parse(QStringLiteral("octombrie"), {}, &error));
    }

    void targetsAndStatus_data()
    {
        QTest::addColumn<Kpi>("kpi");
        QTest::addColumn<QString>("filters");
        QTest::addColumn<double>("target");
        QTest::addColumn<QString>("status");
        // response_time March is 2.25 h, lower is better, tolerance 10 % of the target.
        QTest::addRow("article default 24 h met") << Kpi::ResponseTime << "" << 24.0 << "met";
        QTest::addRow("lower is better: target exactly met")
            << Kpi::ResponseTime << "" << 2.25 << "met";
        QTest::addRow("lower is better inside tolerance")
            << Kpi::ResponseTime << "" << 2.1 << "near";
        QTest::addRow("lower is better outside tolerance")
            << Kpi::ResponseTime << "" << 2.0 << "missed";
        QTest::addRow("higher is better: csat target exactly met")
            << Kpi::Csat << "" << 3.5 << "met";
        QTest::addRow("higher is better inside tolerance") << Kpi::Csat << "" << 3.8 << "near";
        QTest::addRow("higher is better outside tolerance") << Kpi::Csat << "" << 4.0 << "missed";
        QTest::addRow("no data") << Kpi::Csat << "team=Z" << 4.0 << "no_data";
        QTest::addRow("no target") << Kpi::Complaints << "" << Null << "";
    }

    void targetsAndStatus()
    {
        QFETCH(Kpi, kpi);
        QFETCH(QString, filters);
        QFETCH(double, target);
        QFETCH(QString, status);
        auto store = newStore();
        QVERIFY(KpiFixture::fill(*store));
        KpiEngine engine(*store);
        const KpiDefinition &def = kpiDefinition(kpi);
        if (!std::isnan(target) && def.defaultTarget != target) {
            QVERIFY(engine.targets().setTarget({def.id, {}, {}, 202901, target, {}}));
            // A later change must not judge March.
            QVERIFY(engine.targets().setTarget({def.id, {}, {}, 202904, target * 10, {}}));
        }
        const QVector<KpiRow> rows =
            engine.report(KpiPeriod::month(202903), parseFilters(filters), {kpi});
        QVERIFY(same(rows[0].target.value, target));
        QCOMPARE(statusCode(rows[0].status), status);
    }

    void scopedTargetsAndValidFrom()
    {
        auto store = newStore();
        KpiEngine engine(*store);
        KpiTargets &targets = engine.targets();
        const QString id = QStringLiteral("response_time");
        QVERIFY(targets.setTarget({id, {}, {}, 202801, 12.0, 5.0}));
        QVERIFY(targets.setTarget({id, {}, {}, 202903, 8.0, {}}));
        QVERIFY(
            targets.setTarget({id, QStringLiteral("team"), QStringLiteral("A"), 202902, 4.0, {}}));
        QVERIFY(targets.setTarget({QStringLiteral("fcr_rate"), {}, {}, 202902, std::nullopt, {}}));
        KpiFilters teamA = parseFilters(QStringLiteral("team=A"));
        QVERIFY(same(targets.targetFor(Kpi::ResponseTime, 202812, {}).value, 12.0));
        QCOMPARE(targets.targetFor(Kpi::ResponseTime, 202812, {}).tolerancePct, 5.0);
        QVERIFY(same(targets.targetFor(Kpi::ResponseTime, 202903, {}).value, 8.0));
        QCOMPARE(targets.targetFor(Kpi::ResponseTime, 202903, {}).tolerancePct, 10.0);
        QVERIFY(same(targets.targetFor(Kpi::ResponseTime, 202903, teamA).value, 4.0));
        QVERIFY(same(targets.targetFor(Kpi::ResponseTime, 202901, teamA).value, 12.0));
        QVERIFY(same(targets.targetFor(Kpi::FcrRate, 202901, {}).value, 70.0));
        QVERIFY(!targets.targetFor(Kpi::FcrRate, 202903, {}).value);
        QVERIFY(same(targets.targetFor(Kpi::RetentionRate, 202903, {}).value, 85.0));
        QVERIFY(same(targets.targetFor(Kpi::Csat, 202903, {}).value, 4.0));
        QCOMPARE(targets.entries(Kpi::ResponseTime).size(), 3);
        QVERIFY(targets.removeTarget({id, {}, {}, 202903, {}, {}}));
        QVERIFY(same(targets.targetFor(Kpi::ResponseTime, 202903, {}).value, 12.0));
    }

    void series()
    {
        KpiEngine engine(*m_store);
        const QVector<MonthValue> response =
            engine.monthlySeries(Kpi::ResponseTime, 202902, 202904, {});
        QCOMPARE(response.size(), 3);
        QCOMPARE(response[0].first, 202902);
        QVERIFY(same(response[0].second, 8.0));
        QVERIFY(same(response[1].second, 2.25));
        QVERIFY(!response[2].second); // April: T4 created in March, nothing answered
        const QVector<MonthValue> sales =
            engine.monthlySeries(Kpi::MonthlySales, 202802, 202803, {});
        QVERIFY(!sales[0].second);
        QVERIFY(same(sales[1].second, 300.0));
        const QVector<MonthValue> retention =
            engine.monthlySeries(Kpi::RetentionRate, 202902, 202903, {});
        QVERIFY(same(retention[0].second, 100.0));
        QVERIFY(same(retention[1].second, 200.0 / 3));
        const QVector<MonthValue> phone = engine.monthlySeries(
            Kpi::CostPerInteraction, 202902, 202903, parseFilters(QStringLiteral("channel=phone")));
        QVERIFY(same(phone[0].second, 25.0));
        QVERIFY(same(phone[1].second, 5.0)); // T1 10 lei; T3 no cost
        QCOMPARE(phone[1].first, 202903);
    }

    void breakdown()
    {
        KpiEngine engine(*m_store);
        const QVector<KpiBreakdownEntry> byChannel = engine.breakdown(
            Kpi::ResponseTime, KpiPeriod::month(202903), {}, QStringLiteral("channel"));
        // "" (T7) 1 h; chat 4 h; email has no answered ticket and no value; phone 2 h.
        QCOMPARE(byChannel.size(), 3);
        QCOMPARE(byChannel[0].key, QString());
        QVERIFY(same(byChannel[0].value.value, 1.0));
        QCOMPARE(byChannel[1].key, QStringLiteral("chat"));
        QVERIFY(same(byChannel[1].value.value, 4.0));
        QCOMPARE(byChannel[2].key, QStringLiteral("phone"));
        QCOMPARE(byChannel[2].value.count, 2);
        const QVector<KpiBreakdownEntry> byOwner = engine.breakdown(
            Kpi::MonthlySales, KpiPeriod::month(202903), {}, QStringLiteral("owner"));
        QCOMPARE(byOwner.size(), 3); // "", Ion, Maria
        QVERIFY(same(byOwner[0].value.value, 100.0));
        QVERIFY(same(byOwner[1].value.value, 500.0));
        QVERIFY(same(byOwner[2].value.value, 1434.56));
        QVERIFY(engine
                    .breakdown(Kpi::MonthlySales, KpiPeriod::month(202903), {},
                               QStringLiteral("channel"))
                    .isEmpty());
        const QVector<KpiBreakdownEntry> filtered = engine.breakdown(
            Kpi::Csat, KpiPeriod::month(202903), parseFilters(QStringLiteral("channel=phone")),
            QStringLiteral("channel"));
        QCOMPARE(filtered.size(), 1);
        QVERIFY(same(filtered[0].value.value, 11.0 / 3));
    }

    void retentionWindow()
    {
        auto store = newStore();
        QVERIFY(KpiFixture::fill(*store));
        QVERIFY(store->setSetting(SettingKeys::RetentionWindowMonths, QStringLiteral("3")));
        for (bool summaries : {true, false}) {
            KpiEngine engine(*store);
            engine.setUseSummaries(summaries);
            // W = 3: S = {C6} (1 Dec 2028); by 1 April only C1, C2, C3 are active.
            const KpiValue v = engine.value(Kpi::RetentionRate, KpiPeriod::month(202903), {});
            QCOMPARE(v.count, 1);
            QVERIFY(same(v.value, 0.0));
        }
    }

    void retentionFromSupportWhenNoDeals()
    {
        auto store = newStore();
        QVERIFY(KpiFixture::write(*store, QStringLiteral("t.csv"), [&store](StoreWriter &w) {
            const struct
            {
                const char *id;
                QDate day;
                const char *customer;
            } rows[] = {{"X1", {2028, 6, 1}, "C1"},
                        {"X2", {2028, 12, 10}, "C2"},
                        {"X3", {2029, 3, 3}, "C1"}};
            for (const auto &r : rows) {
                Interaction t =
                    KpiFixture::ticket(*store, r.id, r.day, {9, 0}, "phone", "A", "Ana");
                t.customer.code = QString::fromLatin1(r.customer);
                w.write(t);
            }
        }));
        for (bool summaries : {true, false}) {
            KpiEngine engine(*store);
            engine.setUseSummaries(summaries);
            const KpiValue v = engine.value(Kpi::RetentionRate, KpiPeriod::month(202903), {});
            QCOMPARE(v.count, 2);
            QVERIFY(same(v.value, 100.0));
        }
    }
};

QTEST_GUILESS_MAIN(TestKpiEngine)
#include "tst_kpiengine.moc"
