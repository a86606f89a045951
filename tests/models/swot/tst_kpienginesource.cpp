#include "kpi/kpiengine.h"
#include "store/store.h"
#include "store/storewriter.h"
#include "swot/kpienginesource.h"
#include "swot/swotsuggestions.h"

#include <QTemporaryDir>
#include <QTest>

using namespace busola;

/// SWOT's adapter over the real KPI engine, on a hand-made store: response times (hours)
/// per month, team Iași: July 40, August 36, September 34, October 30 and 34 (mean 32);
/// team București: October 2. So in October the company's mean is (30 + 34 + 2) / 3 = 22 h
/// (met, ≤ 24), Iași's 32 h (missed: more than 24 + 10 %); July–September the company's mean
/// is (40 + 36 + 34) / 3 = 36.67 h. Both the company and Iași improved three months running.
class TestKpiEngineSource : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    Interaction ticket(const char *id, QDate day, const char *team, int hours) const
    {
        Interaction t;
        t.externalId = QString::fromLatin1(id);
        t.createdAt = m_store->clock().toEpoch(day, QTime(9, 0));
        t.firstResponseAt = t.createdAt + qint64(hours) * 3600;
        t.channel = QStringLiteral("email");
        t.team = QString::fromUtf8(team);
        return t;
    }

    static QStringList responseTimeSuggestions(const KpiStatusSource &source, const KpiScope &scope)
    {
        QStringList texts;
        for (const SwotSuggestion &s : swotSuggestions(source, scope)) {
            if (s.kpiId == QLatin1String("response_time"))
                texts << s.key + QLatin1Char('|') + s.text;
        }
        return texts;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_store = Store::open(m_dir.filePath(QStringLiteral("kpi.db")), &error);
        QVERIFY2(m_store, qPrintable(error));
        StoreWriter writer(*m_store);
        QVERIFY(writer.begin({QStringLiteral("tickets.csv"),
                              {},
                              QStringLiteral("support"),
                              {},
                              QStringLiteral("update")}));
        const QList<Interaction> tickets = {
            ticket("J1", {2026, 7, 10}, "Iași", 40),  ticket("A1", {2026, 8, 10}, "Iași", 36),
            ticket("S1", {2026, 9, 10}, "Iași", 34),  ticket("O1", {2026, 10, 5}, "Iași", 30),
            ticket("O2", {2026, 10, 20}, "Iași", 34), ticket("O3", {2026, 10, 21}, "București", 2),
        };
        for (const Interaction &t : tickets)
            writer.write(t);
        QVERIFY2(writer.commit(), qPrintable(writer.lastError()));
    }

    void statusAndSuggestions_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("team");
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("state");
        QTest::addColumn<QStringList>("suggestions");

        const QString strength = QStringLiteral(
            "strength:response_time|Average response time: improved 3 periods running, 40 h → ");
        QTest::addRow("company, October: met and improving")
            << QDate(2026, 10, 1) << QDate(2026, 10, 31) << QString() << 22.0 << int(KpiState::Met)
            << QStringList{strength + QStringLiteral("22 h")};
        QTest::addRow("team Iași, October: missed and improving")
            << QDate(2026, 10, 1) << QDate(2026, 10, 31) << QStringLiteral("Iași") << 32.0
            << int(KpiState::Missed)
            << QStringList{QStringLiteral("weakness:response_time|Average response time: 32 h, "
                                          "target < 24 h"),
                           strength + QStringLiteral("32 h")};
        QTest::addRow("company, third quarter: missed, no history before")
            << QDate(2026, 7, 1) << QDate(2026, 9, 30) << QString() << 110.0 / 3
            << int(KpiState::Missed)
            << QStringList{QStringLiteral("weakness:response_time|Average response time: 36.7 h, "
                                          "target < 24 h")};
    }

    void statusAndSuggestions()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, team);
        QFETCH(double, value);
        QFETCH(int, state);
        QFETCH(QStringList, suggestions);

        KpiEngine engine(*m_store);
        KpiEngineSource source(engine);
        const KpiScope scope{from, to, team};
        const std::optional<KpiSnapshot> kpi =
            source.status(QStringLiteral("response_time"), scope);
        QVERIFY(kpi);
        QVERIFY(kpi->value);
        QVERIFY(qAbs(*kpi->value - value) < 1e-9);
        QCOMPARE(int(kpi->status), state);
        QCOMPARE(*kpi->target, 24.0);
        QCOMPARE(kpi->unit, QStringLiteral("h"));
        QVERIFY(kpi->lowerIsBetter);
        QCOMPARE(responseTimeSuggestions(source, scope), suggestions);
    }

    void knowsEveryKpiAndNothingElse()
    {
        KpiEngine engine(*m_store);
        KpiEngineSource source(engine);
        QCOMPARE(source.kpiIds().size(), 10);
        QCOMPARE(source.kpiIds().constFirst(), QStringLiteral("response_time"));
        const KpiScope october{QDate(2026, 10, 1), QDate(2026, 10, 31), QString()};
        QVERIFY(!source.status(QStringLiteral("no_such_kpi"), october));
        // No ratings at all: no data, never 0.
        const auto csat = source.status(QStringLiteral("csat"), october);
        QVERIFY(csat);
        QVERIFY(!csat->value);
        QCOMPARE(int(csat->status), int(KpiState::NoData));
        const QList<std::optional<double>> months =
            source.lastPeriods(QStringLiteral("response_time"), october, 5);
        QCOMPARE(months.size(), 5);
        QVERIFY(!months.at(0)); // June: nothing
        QCOMPARE(*months.at(1), 40.0);
        QCOMPARE(*months.at(4), 22.0);
    }
};

QTEST_GUILESS_MAIN(TestKpiEngineSource)
#include "tst_kpienginesource.moc"
