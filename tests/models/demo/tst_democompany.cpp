#include "demo/democompany.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace busola;

/// The demo company: deterministic, all or nothing, and telling the story a manager expects.
/// Every figure is recomputed here by plain SQL over the rows, not asked of the generator.
class TestDemoCompany : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Store> m_store; // seed 2026, ending 2026-10: window 2023-11 … 2026-10
    DemoSummary m_summary;

    static constexpr int FirstMonth = 202311;
    static constexpr int LastMonth = 202610;

    std::unique_ptr<Store> newStore()
    {
        QString error;
        auto store =
            Store::open(m_dir.filePath(QStringLiteral("demo%1.db").arg(++m_counter)), &error);
        if (!store)
            qFatal("cannot open a store: %s", qPrintable(error));
        return store;
    }

    std::unique_ptr<Store> buildDemo(quint32 seed, QDate end, int months = 36,
                                     DemoSummary *summary = nullptr)
    {
        std::unique_ptr<Store> store = newStore();
        DemoOptions options;
        options.seed = seed;
        options.endMonth = end;
        options.months = months;
        QString error;
        const DemoSummary result = buildDemoCompany(*store, options, &error);
        if (!result.ok)
            qFatal("demo failed: %s", qPrintable(error));
        if (summary)
            *summary = result;
        return store;
    }

    static double number(const Store &store, const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(store.db());
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            qFatal("query failed: %s", qPrintable(sql));
        return q.value(0).toDouble();
    }
    double number(const QString &sql, const QVariantList &binds = {}) const
    {
        return number(*m_store, sql, binds);
    }

    /// SHA-256 over every row of table in id order. SQLite's quote() renders each value with
    /// its type (text quoted, NULL as NULL), so the SQL itself serialises the rows.
    static QByteArray checksum(const Store &store, const QString &table)
    {
        QSqlQuery columns(store.db());
        if (!columns.exec(
                QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table)))
            qFatal("cannot list the columns of %s", qPrintable(table));
        QStringList quoted;
        while (columns.next())
            quoted << QStringLiteral("quote(%1)").arg(columns.value(0).toString());
        QSqlQuery q(store.db());
        q.setForwardOnly(true);
        if (quoted.isEmpty() || !q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY id")
                                            .arg(quoted.join(QLatin1String(" || '|' || ")), table)))
            qFatal("cannot read %s", qPrintable(table));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        int rows = 0;
        while (q.next()) {
            hash.addData(q.value(0).toString().toUtf8());
            hash.addData(QByteArrayLiteral("\n"));
            ++rows;
        }
        if (rows == 0)
            qFatal("%s is empty", qPrintable(table));
        return hash.result().toHex();
    }

    /// yyyymm of month index i (0 = first month of the window).
    static int monthAt(int index)
    {
        const QDate d = QDate(2023, 11, 1).addMonths(index);
        return d.year() * 100 + d.month();
    }

    double meanResponseHours(int month) const
    {
        return number(QStringLiteral("SELECT AVG(response_seconds) / 3600.0 FROM interactions"
                                     " WHERE created_month = ?"),
                      {month});
    }

    /// The fcr_rate of PRODUCT.md over resolved months [from, to].
    double fcr(int from, int to) const
    {
        return number(QStringLiteral("SELECT 100.0 * SUM(contacts = 1) / COUNT(contacts)"
                                     " FROM interactions WHERE resolved_month BETWEEN ? AND ?"),
                      {from, to});
    }

    /// Deals created per month over the 12 months of block b (b = 0, 1, 2).
    std::map<int, double> dealsCreatedPerMonth(int block) const
    {
        std::map<int, double> counts;
        for (int i = block * 12; i < block * 12 + 12; ++i)
            counts[monthAt(i)] = number(
                QStringLiteral("SELECT COUNT(*) FROM deals WHERE created_month = ?"), {monthAt(i)});
        return counts;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = buildDemo(2026, QDate(2026, 10, 1), 36, &m_summary);
    }

    void summaryMatchesTheStore_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<int>("reported");
        QTest::addColumn<int>("low");
        QTest::addColumn<int>("high");
        QTest::addRow("customers")
            << QStringLiteral("customers") << m_summary.customers << 1900 << 2000;
        QTest::addRow("interactions")
            << QStringLiteral("interactions") << m_summary.interactions << 38000 << 42000;
        QTest::addRow("deals") << QStringLiteral("deals") << m_summary.deals << 7000 << 9000;
        QTest::addRow("survey responses")
            << QStringLiteral("feedback") << m_summary.feedback << 3000 << 6000;
        // 12 months of one total, then 24 months of phone, chat, e-mail and overhead.
        QTest::addRow("monthly costs")
            << QStringLiteral("support_costs") << m_summary.costs << 108 << 108;
        QTest::addRow("SWOT items")
            << QStringLiteral("swot_items") << m_summary.swotItems << 8 << 16;
        QTest::addRow("SWOT boards") << QStringLiteral("swot_boards") << 1 << 1 << 1;
        QTest::addRow("competitors")
            << QStringLiteral("competitors") << m_summary.competitors << 4 << 4;
    }

    void summaryMatchesTheStore()
    {
        QFETCH(QString, table);
        QFETCH(int, reported);
        QFETCH(int, low);
        QFETCH(int, high);
        const int rows = int(number(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)));
        QCOMPARE(rows, reported);
        QVERIFY2(rows >= low && rows <= high, qPrintable(QString::number(rows)));
    }

    void windowEndsAtTheGivenMonth()
    {
        QCOMPARE(m_summary.firstMonth, QDate(2023, 11, 1));
        QCOMPARE(m_summary.lastMonth, QDate(2026, 10, 1));
        QCOMPARE(number(QStringLiteral("SELECT MIN(created_month) FROM interactions")), FirstMonth);
        QCOMPARE(number(QStringLiteral("SELECT MAX(created_month) FROM interactions")), LastMonth);
        QCOMPARE(number(QStringLiteral("SELECT MIN(created_month) FROM deals")), FirstMonth);
        QCOMPARE(number(QStringLiteral("SELECT MAX(closed_month) FROM deals")), LastMonth);
        QCOMPARE(number(QStringLiteral("SELECT MIN(month) FROM support_costs")), FirstMonth);
        QCOMPARE(number(QStringLiteral("SELECT MAX(responded_month) FROM feedback")), LastMonth);
        // Nothing happens after the end: answers and resolutions beyond it are still pending.
        const qint64 end = m_store->clock().monthStart(202611);
        QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE resolved_at >= ?"
                                       " OR first_response_at >= ?"),
                        {end, end}),
                 0);
        QVERIFY(number(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE status <> 'resolved'"
                                      " AND resolved_at IS NULL")) > 0);
    }

    void swotBoardHasEveryQuadrant()
    {
        for (int quadrant = 0; quadrant < 4; ++quadrant)
            QVERIFY(number(QStringLiteral("SELECT COUNT(*) FROM swot_items WHERE quadrant = ?"
                                          " AND board_id = (SELECT id FROM swot_boards)"),
                           {quadrant}) >= 2);
        // Positions run 0, 1, 2… within each quadrant.
        QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM swot_items a WHERE position <>"
                                       " (SELECT COUNT(*) FROM swot_items b WHERE b.quadrant ="
                                       " a.quadrant AND b.id < a.id)")),
                 0);
        QSqlQuery q(m_store->db());
        QVERIFY(q.exec(QStringLiteral("SELECT period_from, period_to FROM swot_boards")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2025-11"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("2026-10"));
    }

    void defaultEndIsLastMonth_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("end");
        QTest::addRow("late November") << QDate(2026, 11, 27) << QDate(2026, 10, 1);
        QTest::addRow("first of a month") << QDate(2026, 3, 1) << QDate(2026, 2, 1);
        QTest::addRow("January") << QDate(2027, 1, 15) << QDate(2026, 12, 1);
    }

    void defaultEndIsLastMonth()
    {
        QFETCH(QDate, today);
        QFETCH(QDate, end);
        QCOMPARE(defaultDemoEndMonth(today), end);
    }

    void oneImportInTheHistory()
    {
        QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM imports")), 1);
        QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM imports WHERE dataset = 'demo'"
                                       " AND file_name = 'demo'")),
                 1);
        const int rows =
            m_summary.interactions + m_summary.deals + m_summary.feedback + m_summary.costs;
        QCOMPARE(number(QStringLiteral("SELECT inserted FROM imports")), rows);
        for (const char *table : {"interactions", "deals", "feedback", "support_costs"})
            QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE import_id IS NULL"
                                           " OR import_id <> (SELECT id FROM imports)")
                                .arg(QLatin1String(table))),
                     0);
    }

    void sameSeedSameContent()
    {
        std::unique_ptr<Store> twin = buildDemo(2026, QDate(2026, 10, 1));
        for (const char *name : {"customers", "interactions", "deals", "feedback", "support_costs",
                                 "swot_boards", "swot_items", "competitors"}) {
            const QString table = QLatin1String(name);
            QCOMPARE(checksum(*twin, table), checksum(*m_store, table));
        }
    }

    void otherSeedOtherContent()
    {
        // Twelve months keep this quick; the end month and length are the same for both.
        std::unique_ptr<Store> a = buildDemo(7, QDate(2025, 6, 1), 12);
        std::unique_ptr<Store> b = buildDemo(8, QDate(2025, 6, 1), 12);
        for (const char *name :
             {"customers", "interactions", "deals", "feedback", "support_costs"}) {
            const QString table = QLatin1String(name);
            QVERIFY2(checksum(*a, table) != checksum(*b, table), name);
        }
        QCOMPARE(checksum(*a, QStringLiteral("competitors")),
                 checksum(*b, QStringLiteral("competitors")));
    }

    void refusesAStoreWithData()
    {
        const double before = number(QStringLiteral("SELECT COUNT(*) FROM interactions"));
        QString error;
        const DemoSummary again = buildDemoCompany(*m_store, DemoOptions{}, &error);
        QVERIFY(!again.ok);
        QVERIFY2(error.contains(QLatin1String("already holds data")), qPrintable(error));
        QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM interactions")), before);
        QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM imports")), 1);
        QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM competitors")), 4);
    }

    void failureLeavesTheStoreEmpty()
    {
        // The competitors are written last, after every data row: a failure there must take
        // all of them back.
        std::unique_ptr<Store> store = newStore();
        QSqlQuery q(store->db());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER no_competitors BEFORE INSERT ON competitors"
                                      " BEGIN SELECT RAISE(ABORT, 'refused by test'); END")));
        DemoOptions options;
        options.endMonth = QDate(2026, 10, 1);
        options.months = 3;
        QString error;
        QVERIFY(!buildDemoCompany(*store, options, &error).ok);
        QVERIFY2(error.contains(QLatin1String("refused by test")), qPrintable(error));
        for (const char *table :
             {"interactions", "deals", "feedback", "support_costs", "customers", "imports",
              "swot_boards", "swot_items", "competitors", "settings"})
            QCOMPARE(
                number(*store, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))),
                0);
        QVERIFY(store->isEmpty());
    }

    void decemberResponseAboveTarget()
    {
        for (int month : {202312, 202412, 202512}) {
            const double hours = meanResponseHours(month);
            QVERIFY2(hours > 24, qPrintable(QStringLiteral("%1: %2 h").arg(month).arg(hours)));
        }
    }

    void decemberAboveTargetAlsoAsTheLastMonth()
    {
        // Ending in December, tickets still unanswered at the end drop out of the mean; the
        // peak must show all the same (a manager opening the demo in January sees it).
        for (quint32 seed : {2026u, 11u}) {
            std::unique_ptr<Store> store = buildDemo(seed, QDate(2025, 12, 1), 3);
            const double hours =
                number(*store, QStringLiteral("SELECT AVG(response_seconds) / 3600.0"
                                              " FROM interactions WHERE"
                                              " created_month = 202512"));
            QVERIFY2(hours > 24, qPrintable(QString::number(hours)));
        }
    }

    void ordinaryMonthsBetween12And20Hours_data()
    {
        QTest::addColumn<int>("month");
        for (int i = 0; i < 36; ++i) {
            const int m = monthAt(i);
            if (m % 100 >= 2 && m % 100 <= 10)
                QTest::addRow("%d", m) << m;
        }
    }

    void ordinaryMonthsBetween12And20Hours()
    {
        QFETCH(int, month);
        const double hours = meanResponseHours(month);
        // "~12–20 h", with a little slack for a month's noise; always under the 24 h target.
        QVERIFY2(hours >= 10 && hours <= 20, qPrintable(QString::number(hours)));
    }

    void weakTeamIsSlowerAndLessLiked()
    {
        auto teamValue = [this](const char *expression, const QString &team) {
            return number(QStringLiteral("SELECT %1 FROM interactions WHERE team = ?")
                              .arg(QLatin1String(expression)),
                          {team});
        };
        const QString weak = QString::fromUtf8("Iași");
        const double weakResponse = teamValue("AVG(response_seconds)", weak);
        const double weakRating = teamValue("AVG(satisfaction)", weak);
        const QStringList others{QString::fromUtf8("București"), QStringLiteral("Cluj"),
                                 QString::fromUtf8("Timișoara")};
        for (const QString &team : others) {
            QVERIFY2(weakResponse > 1.3 * teamValue("AVG(response_seconds)", team),
                     qPrintable(team));
            QVERIFY2(weakRating < teamValue("AVG(satisfaction)", team) - 0.3, qPrintable(team));
        }
        QCOMPARE(number(QStringLiteral("SELECT COUNT(DISTINCT team) FROM interactions")), 4);
        QCOMPARE(number(QStringLiteral("SELECT COUNT(DISTINCT agent) FROM interactions")), 15);
    }

    void fcrImprovesOverTheLastYear()
    {
        // Months 13–18 back: 2025-05 … 2025-10; the last six: 2026-05 … 2026-10.
        const double before = fcr(202505, 202510);
        const double recent = fcr(202605, 202610);
        QVERIFY2(before >= 55 && before <= 65, qPrintable(QString::number(before)));
        QVERIFY2(recent > before + 8, qPrintable(QString::number(recent)));
        const double last = fcr(LastMonth, LastMonth);
        QVERIFY2(last >= 70 && last <= 80, qPrintable(QString::number(last)));
    }

    void augustDipAndDecemberPeak_data()
    {
        QTest::addColumn<int>("block");
        QTest::addRow("2023-11 to 2024-10") << 0;
        QTest::addRow("2024-11 to 2025-10") << 1;
        QTest::addRow("2025-11 to 2026-10") << 2;
    }

    void augustDipAndDecemberPeak()
    {
        QFETCH(int, block);
        const std::map<int, double> deals = dealsCreatedPerMonth(block);
        double mean = 0;
        int august = 0;
        for (const auto &[month, count] : deals) {
            mean += count / 12.0;
            if (month % 100 == 8)
                august = month;
        }
        QVERIFY2(deals.at(august) < 0.95 * mean, qPrintable(QString::number(deals.at(august))));

        const int first = monthAt(block * 12);
        const int last = monthAt(block * 12 + 11);
        const int december = (first / 100) * 100 + 12;
        const double meanTickets = number(QStringLiteral("SELECT COUNT(*) / 12.0 FROM interactions"
                                                         " WHERE created_month BETWEEN ? AND ?"),
                                          {first, last});
        auto tickets = [this](int month) {
            return number(
                QStringLiteral("SELECT COUNT(*) FROM interactions WHERE created_month = ?"),
                {month});
        };
        QVERIFY(tickets(december) > 1.2 * meanTickets);
        QVERIFY(tickets(august) < 0.9 * meanTickets);
        const double meanSales =
            number(QStringLiteral("SELECT SUM(amount_minor) / 12.0 FROM deals WHERE status = 'won'"
                                  " AND closed_month BETWEEN ? AND ?"),
                   {first, last});
        const double decemberSales =
            number(QStringLiteral("SELECT SUM(amount_minor) FROM deals WHERE status = 'won'"
                                  " AND closed_month = ?"),
                   {december});
        QVERIFY(decemberSales > 1.2 * meanSales);
    }

    void salesGrowYearOverYear()
    {
        double previous = 0;
        for (int block = 0; block < 3; ++block) {
            const double sales =
                number(QStringLiteral("SELECT SUM(amount_minor) FROM deals WHERE status = 'won'"
                                      " AND closed_month BETWEEN ? AND ?"),
                       {monthAt(block * 12), monthAt(block * 12 + 11)});
            QVERIFY2(sales > 1.05 * previous, qPrintable(QString::number(sales)));
            previous = sales;
        }
    }

    void yearlyRetentionAround85_data()
    {
        QTest::addColumn<int>("block");
        QTest::addRow("second year") << 1;
        QTest::addRow("third year") << 2;
    }

    void yearlyRetentionAround85()
    {
        // Customers with a won deal in the year before who won one again this year.
        QFETCH(int, block);
        const QVariantList months{monthAt(block * 12 - 12), monthAt(block * 12 - 1),
                                  monthAt(block * 12), monthAt(block * 12 + 11)};
        const double start = number(
            QStringLiteral("SELECT COUNT(DISTINCT customer_id) FROM deals WHERE status = 'won'"
                           " AND closed_month BETWEEN ? AND ?"),
            {months[0], months[1]});
        const double kept =
            number(QStringLiteral(
                       "SELECT COUNT(DISTINCT customer_id) FROM deals WHERE status = 'won'"
                       " AND closed_month BETWEEN ? AND ? AND customer_id IN (SELECT customer_id"
                       " FROM deals WHERE status = 'won' AND closed_month BETWEEN ? AND ?)"),
                   {months[0], months[1], months[2], months[3]});
        const double retention = 100.0 * kept / start;
        QVERIFY2(retention >= 78 && retention <= 92, qPrintable(QString::number(retention)));
    }

    void costsByChannelInTheLastTwoYears()
    {
        QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM support_costs WHERE month < 202411"
                                       " AND channel IS NULL")),
                 12);
        QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM support_costs WHERE month >= 202411"
                                       " AND channel IN ('phone', 'chat', 'email')")),
                 72);
        QCOMPARE(
            number(QStringLiteral("SELECT COUNT(*) FROM support_costs WHERE amount_minor <= 0")),
            0);
        QCOMPARE(number(QStringLiteral("SELECT COUNT(DISTINCT channel) FROM interactions")), 3);
        QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE channel NOT IN"
                                       " ('phone', 'chat', 'email')")),
                 0);
    }

    void ratingsAndComplaintsOnAShare()
    {
        const double total = number(QStringLiteral("SELECT COUNT(*) FROM interactions"));
        const double rated = number(QStringLiteral("SELECT COUNT(satisfaction) FROM interactions"));
        QVERIFY(rated > 0.2 * total && rated < 0.5 * total);
        QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE satisfaction"
                                       " NOT IN (1, 2, 3, 4, 5)")),
                 0);
        const double complaints =
            number(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE is_complaint = 1"
                                  " AND complaint_category IS NOT NULL"));
        QVERIFY(complaints > 0.02 * total && complaints < 0.1 * total);
        const double csat = number(QStringLiteral("SELECT AVG(satisfaction) FROM interactions"));
        QVERIFY2(csat > 3.7 && csat < 4.3, qPrintable(QString::number(csat)));
    }

    void phoneTicketsInWorkingHours()
    {
        // Each local day of the window, its opening and closing instant from the store's clock;
        // every phone ticket must fall inside those of a working day (Monday to Friday).
        struct Day
        {
            qint64 start, open, close;
            bool weekday;
        };
        const StoreClock &clock = m_store->clock();
        std::vector<Day> days;
        for (QDate d(2023, 11, 1); d <= QDate(2026, 11, 1); d = d.addDays(1))
            days.push_back({clock.toEpoch(d), clock.toEpoch(d, QTime(8, 0)),
                            clock.toEpoch(d, QTime(18, 0)), d.dayOfWeek() <= 5});
        QSqlQuery q(m_store->db());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT created_at FROM interactions WHERE channel = 'phone' ORDER BY created_at")));
        size_t day = 0;
        int checked = 0;
        while (q.next()) {
            const qint64 t = q.value(0).toLongLong();
            while (day + 1 < days.size() && t >= days[day + 1].start)
                ++day;
            // QVERIFY2 would format its message for every ticket.
            if (!days[day].weekday || t < days[day].open || t >= days[day].close)
                QFAIL(qPrintable(clock.toLocal(t).toString()));
            ++checked;
        }
        QVERIFY(checked > 10000);
        // No phone calls on Christmas or 1 December, the national day.
        QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE channel = 'phone'"
                                       " AND created_at >= ? AND created_at < ?"),
                        {clock.toEpoch(QDate(2025, 12, 25)), clock.toEpoch(QDate(2025, 12, 27))}),
                 0);
        QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE channel = 'phone'"
                                       " AND created_at >= ? AND created_at < ?"),
                        {clock.toEpoch(QDate(2024, 12, 1)), clock.toEpoch(QDate(2024, 12, 2))}),
                 0);
    }

    void romanianTextUsesCommaBelow_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addRow("customers") << QStringLiteral("SELECT name FROM customers");
        QTest::addRow("agents") << QStringLiteral("SELECT DISTINCT agent FROM interactions");
        QTest::addRow("teams") << QStringLiteral("SELECT DISTINCT team FROM interactions");
        QTest::addRow("subjects") << QStringLiteral("SELECT DISTINCT subject FROM interactions");
        QTest::addRow("owners") << QStringLiteral("SELECT DISTINCT owner FROM deals");
        QTest::addRow("regions") << QStringLiteral("SELECT DISTINCT region FROM deals");
        QTest::addRow("lead sources") << QStringLiteral("SELECT DISTINCT lead_source FROM deals");
        QTest::addRow("comments") << QStringLiteral("SELECT DISTINCT comment FROM feedback");
        QTest::addRow("SWOT") << QStringLiteral(
            "SELECT text || ' ' || COALESCE(action, '') FROM swot_items");
        QTest::addRow("competitors")
            << QStringLiteral("SELECT name || ' ' || notes FROM competitors");
    }

    void romanianTextUsesCommaBelow()
    {
        QFETCH(QString, sql);
        QSqlQuery q(m_store->db());
        QVERIFY(q.exec(sql));
        const QString cedillas = QString::fromUtf8("ŞşŢţ");
        const QString romanian = QString::fromUtf8("ăâîșțĂÂÎȘȚ");
        int texts = 0;
        int withDiacritics = 0;
        while (q.next()) {
            const QString text = q.value(0).toString();
            ++texts;
            for (const QChar c : text) {
                if (cedillas.contains(c))
                    QFAIL(qPrintable(QStringLiteral("cedilla in: ") + text));
            }
            bool hasDiacritic = false;
            for (const QChar c : text)
                hasDiacritic = hasDiacritic || romanian.contains(c);
            withDiacritics += hasDiacritic ? 1 : 0;
        }
        QVERIFY(texts > 0);
        QVERIFY2(withDiacritics > 0, "no Romanian diacritics at all");
    }

    void customerNamesUseEveryRomanianLetter()
    {
        for (const char *letter : {"ă", "â", "î", "ș", "ț", "Ș", "Ț"})
            QVERIFY2(
                number(QStringLiteral("SELECT COUNT(*) FROM customers WHERE instr(name, ?) > 0"),
                       {QString::fromUtf8(letter)}) > 5,
                letter);
        // Names are distinct, as a CRM's customer list would be.
        QCOMPARE(number(QStringLiteral("SELECT COUNT(DISTINCT name) FROM customers")),
                 number(QStringLiteral("SELECT COUNT(*) FROM customers")));
    }
};

QTEST_GUILESS_MAIN(TestDemoCompany)
#include "tst_democompany.moc"
