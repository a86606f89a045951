#include "kpi/kpiengine.h"
#include "kpifixture.h"
#include "store/summaries.h"
#include "summaryrows.h"
#include "teststore.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace busola;

/// The summaries must stay exact through every import, update, replace and removal of an
/// import: every KPI read from them equals the same KPI computed from the base tables, and
/// the incrementally maintained tables equal a rebuild from scratch.
class TestKpiSummaries : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    QStringList summaryRows() const { return test::summaryRows(m_store->db()); }

    static QList<KpiFilters> filterSets()
    {
        QList<KpiFilters> sets{KpiFilters()};
        const QList<QPair<const char *, const char *>> single{
            {"channel", "phone"}, {"channel", "chat"}, {"channel", ""},
            {"team", "B"},        {"agent", "Ana"},    {"owner", "Maria"},
            {"owner", ""},        {"region", "Nord"},  {"lead_source", "web"}};
        for (const auto &f : single) {
            KpiFilters k;
            k.add(QLatin1String(f.first), QLatin1String(f.second));
            sets << k;
        }
        KpiFilters both;
        both.add(QStringLiteral("channel"), QStringLiteral("phone"));
        both.add(QStringLiteral("channel"), QStringLiteral("email"));
        both.add(QStringLiteral("team"), QStringLiteral("A"));
        sets << both;
        return sets;
    }

    /// Every KPI, every month of the fixture's span and two quarters, every filter set: the
    /// summaries and the base tables agree. Returns the values, to compare across steps.
    QList<double> compareEverything()
    {
        QList<double> all;
        KpiEngine fast(*m_store);
        KpiEngine slow(*m_store);
        slow.setUseSummaries(false);
        // Custom ranges that cut months read the whole months inside them from the summaries
        // and the cut ends from the base tables; one lies inside a single month.
        QList<KpiPeriod> periods{KpiPeriod::quarter(2029, 1),
                                 KpiPeriod::quarter(2028, 2),
                                 KpiPeriod::custom(QDate(2028, 2, 15), QDate(2029, 1, 10)),
                                 KpiPeriod::custom(QDate(2028, 3, 1), QDate(2028, 6, 17)),
                                 KpiPeriod::custom(QDate(2028, 9, 3), QDate(2029, 2, 28)),
                                 KpiPeriod::custom(QDate(2029, 3, 2), QDate(2029, 3, 20))};
        for (int m = 202802; m <= 202905; m = StoreClock::addMonths(m, 1))
            periods << KpiPeriod::month(m);
        for (const KpiPeriod &p : periods) {
            for (const KpiFilters &f : filterSets()) {
                const QVector<KpiValue> a = fast.values(allKpis(), p, f);
                const QVector<KpiValue> b = slow.values(allKpis(), p, f);
                for (int i = 0; i < KpiCount; ++i) {
                    const QByteArray where = kpiDefinitions().at(i).id.toUtf8() + ' ' +
                                             p.first.toString(Qt::ISODate).toUtf8();
                    if (a[i].count != b[i].count ||
                        a[i].value.has_value() != b[i].value.has_value() ||
                        (a[i].value && std::abs(*a[i].value - *b[i].value) > 1e-9))
                        qWarning("%s differs", where.constData());
                    if (a[i].count != b[i].count ||
                        a[i].value.has_value() != b[i].value.has_value())
                        return {};
                    if (a[i].value && std::abs(*a[i].value - *b[i].value) > 1e-9)
                        return {};
                    all << (a[i].value ? *a[i].value : -1e300) << double(a[i].count);
                    if (a[i].extras.median != b[i].extras.median ||
                        a[i].extras.p90 != b[i].extras.p90)
                        return {};
                }
            }
        }
        // Breakdowns (one grouped read) against the KPI filtered on each group, both ways.
        for (const KpiPeriod &p : {KpiPeriod::month(202903), KpiPeriod::quarter(2029, 1),
                                   KpiPeriod::custom(QDate(2028, 12, 20), QDate(2029, 3, 9))}) {
            for (const KpiDefinition &def : kpiDefinitions()) {
                for (const QString &dim : def.dimensions) {
                    for (KpiEngine *engine : {&fast, &slow}) {
                        for (const KpiBreakdownEntry &e : engine->breakdown(def.kpi, p, {}, dim)) {
                            KpiFilters group;
                            group.add(dim, e.key);
                            const KpiValue v = engine->value(def.kpi, p, group);
                            if (v.count != e.value.count || v.value != e.value.value) {
                                qWarning("breakdown %s by %s, %s differs", qPrintable(def.id),
                                         qPrintable(dim), qPrintable(e.key));
                                return {};
                            }
                            all << (v.value ? *v.value : -1e300);
                        }
                    }
                }
            }
        }
        // Monthly series against the base tables.
        for (const KpiFilters &f : filterSets()) {
            const auto a = fast.monthlySeries(allKpis(), 202802, 202905, f);
            const auto b = slow.monthlySeries(allKpis(), 202802, 202905, f);
            for (int i = 0; i < KpiCount; ++i)
                for (int m = 0; m < a[i].size(); ++m) {
                    const std::optional<double> x = a[i][m].second, y = b[i][m].second;
                    if (x.has_value() != y.has_value() || (x && std::abs(*x - *y) > 1e-9))
                        return {};
                    all << (x ? *x : -1e300);
                }
        }
        return all;
    }

    void verifyIncrementalEqualsRebuild()
    {
        const QStringList incremental = summaryRows();
        QString error;
        QVERIFY2(rebuildAllSummaries(m_store->db(), m_store->clock(), &error), qPrintable(error));
        QCOMPARE(incremental, summaryRows());
    }

private slots:
    void initTestCase() { BUSOLA_REQUIRE_TEST_BACKEND(); }

    void importUpdateReplaceAndRemove()
    {
        QString error;
        m_store = Store::open(test::storeLocation(m_dir.filePath(QStringLiteral("s.db"))), &error);
        QVERIFY2(m_store, qPrintable(error));
        qint64 supportImport = 0;
        QVERIFY(KpiFixture::fill(*m_store, &supportImport));
        const QList<double> original = compareEverything();
        QVERIFY(!original.isEmpty());
        verifyIncrementalEqualsRebuild();

        // A corrected export: T2 moves to phone and is resolved in April, T8 is new, D4 was
        // lost after all, D1 gets another customer; February's tickets are replaced by one.
        qint64 correction = 0;
        QVERIFY(KpiFixture::write(
            *m_store, QStringLiteral("fix.csv"),
            [this](StoreWriter &w) {
                QList<Interaction> tickets = KpiFixture::tickets(*m_store);
                Interaction t2 = tickets[1];
                t2.channel = QStringLiteral("phone");
                t2.resolvedAt = KpiFixture::at(*m_store, 2029, 4, 3, 9);
                w.write(t2);
                Interaction t8 = KpiFixture::ticket(*m_store, "T8", {2029, 4, 1}, {0, 30}, "chat",
                                                    "B", "Bogdan");
                t8.responseSeconds = 7200;
                t8.customer.code = QStringLiteral("C9");
                w.write(t8);
                QCOMPARE(w.deleteRange(Dataset::Support, KpiFixture::at(*m_store, 2029, 2, 1),
                                       KpiFixture::at(*m_store, 2029, 3, 1)),
                         2);
                Interaction t9 =
                    KpiFixture::ticket(*m_store, "T9", {2029, 2, 27}, {23, 30}, "email", "", "");
                t9.responseSeconds = 1800;
                t9.costMinor = 700;
                w.write(t9);
                QList<Deal> deals = KpiFixture::deals(*m_store);
                deals[3].status = DealStatus::Lost;
                deals[0].customer.code = QStringLiteral("C7");
                w.write(deals[3]);
                w.write(deals[0]);
                w.write(SupportCost{202903, QStringLiteral("phone"), 4200});
            },
            &correction));
        const QList<double> corrected = compareEverything();
        QVERIFY(!corrected.isEmpty());
        QVERIFY(corrected != original);
        verifyIncrementalEqualsRebuild();

        QVERIFY2(StoreWriter::removeImport(*m_store, correction, &error), qPrintable(error));
        QCOMPARE(compareEverything(), original);
        verifyIncrementalEqualsRebuild();

        QVERIFY2(StoreWriter::removeImport(*m_store, supportImport, &error), qPrintable(error));
        const QList<double> salesOnly = compareEverything();
        QVERIFY(!salesOnly.isEmpty());
        verifyIncrementalEqualsRebuild();
        KpiEngine engine(*m_store);
        QVERIFY(!engine.value(Kpi::ResponseTime, KpiPeriod::month(202903), {}).value);
        QVERIFY(engine.value(Kpi::MonthlySales, KpiPeriod::month(202903), {}).value);
    }

    void migrationFillsSummariesOfExistingRows()
    {
        // A store whose rows were written before the summaries existed: v2 and the per-day
        // step build them.
        const QString path = test::storeLocation(m_dir.filePath(QStringLiteral("old.db")));
        {
            QString error;
            auto store = Store::open(path, &error);
            QVERIFY(store);
            QVERIFY(KpiFixture::fill(*store));
            QSqlQuery q(store->db());
            for (const char *table :
                 {"sum_support", "sum_sales", "sum_feedback", "customer_activity", "activity_gaps",
                  "sum_support_day", "sum_sales_day", "sum_feedback_day", "customer_activity_day"})
                QVERIFY(q.exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table))));
            // (Step 7 already dropped v2's month indexes of interactions.)
            for (const char *index : {"ix_deals_cmonth", "ix_deals_clmonth", "ix_feedback_month"})
                QVERIFY(q.exec(QStringLiteral("DROP INDEX %1").arg(QLatin1String(index))));
            // Undo the later steps too, so that the store is a v1 one again (v3: SWOT revisions).
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE swot_items DROP COLUMN revision")));
            QVERIFY(q.exec(test::usesPostgres()
                               ? QStringLiteral("UPDATE busola_schema SET version = 1")
                               : QStringLiteral("PRAGMA user_version = 1")));
        }
        QString error;
        m_store = Store::open(path, &error);
        QVERIFY2(m_store, qPrintable(error));
        QVERIFY(!compareEverything().isEmpty());
        KpiEngine engine(*m_store);
        QCOMPARE(engine.value(Kpi::ResponseTime, KpiPeriod::month(202903), {}).count, 4);
        verifyIncrementalEqualsRebuild();
    }
};

QTEST_GUILESS_MAIN(TestKpiSummaries)
#include "tst_kpisummaries.moc"
