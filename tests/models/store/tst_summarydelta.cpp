#include "store/store.h"
#include "store/storewriter.h"
#include "store/summaries.h"
#include "summaryrows.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace busola;

/// The summaries an import leaves (inserted rows added from memory, months with updated or
/// deleted rows re-aggregated) equal a rebuild from the base tables bit for bit, through
/// inserts, updates, ids repeated in one import, replaced periods and removals (ratings whose
/// sums round: to 12 digits).
class TestSummaryDelta : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    int m_counter = 0;
    quint64 m_random = 1;

    int pick(int n)
    {
        m_random = m_random * 6364136223846793005ULL + 1442695040888963407ULL;
        return int((m_random >> 33) % quint64(n));
    }

    qint64 at(int month, int day, int hour) const
    {
        return m_store->clock().toEpoch(QDate(2027, month, day), QTime(hour, 0));
    }

    /// Ratings that round (1–10 mapped to 1–5) are summed in another order by a rebuild: their
    /// sums are compared to 12 significant digits, everything else exactly.
    bool m_roundDoubles = false;

    /// How import() writes its interactions: one write() each, or writeAll() in batches with
    /// their summaries gathered by the caller (as the import engine does),
    /// handed over before or after the other datasets are written.
    /// SummariesInParts: as SummariesFirst, every other batch's summaries written at once
    /// (addSummariesNow), the rest handed over at the end.
    /// SummariesInPieces: as SummariesInParts, each part split in three pieces (as the import
    /// engine hands them over), one written after each batch; those left at the end are merged
    /// into what is handed over then.
    enum class Interactions {
        OneByOne,
        SummariesFirst,
        SummariesLast,
        SummariesInParts,
        SummariesInPieces
    };
    Interactions m_interactions = Interactions::OneByOne;

    QStringList summaryRows() const { return test::summaryRows(m_store->db(), m_roundDoubles); }

    /// The rows a rebuild from scratch makes, rolled back so the incremental state stays.
    QStringList rebuiltRows() const
    {
        return test::rebuiltSummaryRows(m_store->db(), m_store->clock(), m_roundDoubles);
    }

    Interaction ticket(int n, bool roundingRatings)
    {
        static const char *channels[] = {"phone", "chat", "", "email"};
        Interaction t;
        t.externalId = QStringLiteral("T%1").arg(n);
        t.createdAt = at(1 + pick(3), 1 + pick(28), pick(24));
        t.channel = QLatin1String(channels[pick(4)]);
        t.team = pick(3) ? QStringLiteral("A") : QStringLiteral("B");
        t.agent = pick(4) ? QStringLiteral("Ana") : QString();
        if (pick(4))
            t.responseSeconds = 60 * (1 + pick(500));
        if (pick(3))
            t.resolvedAt = t.createdAt + 3600 * pick(24 * 40);
        if (pick(2))
            t.contacts = 1 + pick(3);
        if (pick(2))
            t.fcrFlag = pick(2) == 1;
        if (pick(3)) {
            const int v = 1 + pick(10);
            t.satisfaction = roundingRatings ? 1 + (v - 1) * 4.0 / 9.0 : 1 + (v % 9) * 0.5;
        }
        if (pick(2))
            t.costMinor = 100 * pick(50);
        t.complaint = pick(5) == 0;
        if (pick(4))
            t.customer.code = QStringLiteral("C%1").arg(pick(15));
        return t;
    }

    Deal deal(int n)
    {
        static const DealStatus statuses[] = {DealStatus::Open, DealStatus::Won, DealStatus::Lost};
        Deal d;
        d.externalId = QStringLiteral("D%1").arg(n);
        d.isOrder = pick(3) == 0;
        d.status = d.isOrder ? DealStatus::Won : statuses[pick(3)];
        if (!d.isOrder || pick(2))
            d.createdAt = at(1 + pick(3), 1 + pick(28), 10);
        if (d.status != DealStatus::Open)
            d.closedAt = (d.createdAt ? *d.createdAt : at(2, 1, 8)) + 86400 * pick(40);
        if (pick(4))
            d.amountMinor = 1000 * (1 + pick(90));
        d.owner = pick(2) ? QStringLiteral("Maria") : QString();
        d.region = pick(2) ? QStringLiteral("Nord") : QStringLiteral("Sud");
        d.leadSource = pick(3) ? QStringLiteral("web") : QString();
        if (pick(5))
            d.customer.code = QStringLiteral("C%1").arg(pick(15));
        return d;
    }

    FeedbackResponse feedback(int n, bool roundingRatings)
    {
        FeedbackResponse f;
        f.externalId = QStringLiteral("F%1").arg(n);
        f.respondedAt = at(1 + pick(3), 1 + pick(28), 12);
        f.score = roundingRatings ? 1 + pick(100) * 0.04 : 1 + pick(5);
        f.channel = pick(2) ? QStringLiteral("phone") : QString();
        return f;
    }

    /// One import: `fresh` new rows of each dataset numbered from first, plus `again` rows
    /// picked among the earlier ones (changed or not), some of them twice.
    qint64 import(int first, int fresh, int again, bool roundingRatings,
                  const std::function<void(StoreWriter &)> &before = {})
    {
        StoreWriter w(*m_store);
        if (!w.begin({QStringLiteral("mix.csv"),
                      {},
                      QStringLiteral("support"),
                      {},
                      QStringLiteral("update")}))
            qFatal("begin: %s", qPrintable(w.lastError()));
        if (before)
            before(w);
        std::vector<Interaction> tickets;
        std::vector<Deal> deals;
        std::vector<FeedbackResponse> responses;
        for (int i = 0; i < fresh + again; ++i) {
            const int n = i < fresh ? first + i : pick(first + fresh);
            tickets.push_back(ticket(n, roundingRatings));
            deals.push_back(deal(n));
            responses.push_back(feedback(n, roundingRatings));
        }
        if (m_interactions == Interactions::SummariesFirst ||
            m_interactions == Interactions::SummariesInParts ||
            m_interactions == Interactions::SummariesInPieces)
            writeInBatches(w, tickets);
        for (size_t i = 0; i < tickets.size(); ++i)
            if ((m_interactions == Interactions::OneByOne &&
                 w.write(tickets[i]) == WriteOutcome::Failed) ||
                w.write(deals[i]) == WriteOutcome::Failed ||
                w.write(responses[i]) == WriteOutcome::Failed)
                qFatal("write: %s", qPrintable(w.lastError()));
        if (m_interactions == Interactions::SummariesLast)
            writeInBatches(w, tickets);
        if (!w.commit())
            qFatal("commit: %s", qPrintable(w.lastError()));
        return w.importId();
    }

    /// Writes the interactions by writeAll(), 50 at a time, their summaries gathered here.
    void writeInBatches(StoreWriter &w, const std::vector<Interaction> &tickets)
    {
        w.setSummariesByCaller(true);
        SummaryDelta gathered;
        std::vector<SummaryDelta> pieces; // handed over, not yet written
        for (size_t from = 0; from < tickets.size(); from += 50) {
            const std::vector<Interaction> batch(
                tickets.begin() + qsizetype(from),
                tickets.begin() + qsizetype(std::min(from + 50, tickets.size())));
            if (w.writeAll(batch) != -1)
                qFatal("writeAll: %s", qPrintable(w.lastError()));
            for (const StoreWriter::InsertedRow &row : w.takeInserted())
                gathered.addNewInteraction(batch[size_t(row.index)],
                                           row.customer ? std::optional<qint64>(row.customer)
                                                        : std::nullopt,
                                           m_store->clock());
            if (m_interactions == Interactions::SummariesInParts && from % 100 == 0) {
                if (!w.addSummariesNow(gathered))
                    qFatal("addSummariesNow: %s", qPrintable(w.lastError()));
                gathered.clear();
            }
            if (m_interactions != Interactions::SummariesInPieces)
                continue;
            if (!pieces.empty()) {
                if (!w.addSummariesNow(pieces.front()))
                    qFatal("addSummariesNow: %s", qPrintable(w.lastError()));
                pieces.erase(pieces.begin());
            }
            if (from % 100 == 0)
                for (SummaryDelta &piece : gathered.split(3))
                    pieces.push_back(std::move(piece));
        }
        for (SummaryDelta &piece : pieces)
            gathered.merge(std::move(piece));
        w.addSummaries(std::move(gathered));
    }

    qint64 scalar(const QString &sql) const
    {
        QSqlQuery q(m_store->db());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private slots:
    void init()
    {
        QString error;
        m_roundDoubles = false;
        m_interactions = Interactions::OneByOne;
        m_store = Store::open(m_dir.filePath(QStringLiteral("d%1.db").arg(++m_counter)), &error);
        QVERIFY2(m_store, qPrintable(error));
    }

    void handComputedMonth()
    {
        // Two tickets created in January by Ana on the phone, one resolved in February.
        Interaction a;
        a.externalId = QStringLiteral("A");
        a.createdAt = at(1, 10, 9);
        a.channel = QStringLiteral("phone");
        a.agent = QStringLiteral("Ana");
        a.responseSeconds = 600;
        a.resolvedAt = at(2, 2, 9);
        a.contacts = 1;
        a.satisfaction = 4.5;
        a.costMinor = 250;
        Interaction b = a;
        b.externalId = QStringLiteral("B");
        b.responseSeconds = 1200;
        b.resolvedAt.reset();
        b.satisfaction = 2;
        b.costMinor.reset();
        b.complaint = true;
        StoreWriter w(*m_store);
        QVERIFY(w.begin({QStringLiteral("h.csv"),
                         {},
                         QStringLiteral("support"),
                         {},
                         QStringLiteral("update")}));
        QCOMPARE(w.write(a), WriteOutcome::Inserted);
        QCOMPARE(w.write(b), WriteOutcome::Inserted);
        QVERIFY2(w.commit(), qPrintable(w.lastError()));
        // January: created 2, responded 2 (1800 s), 1 complaint, cost 250 in 1; b's rating
        // (2, unresolved: by creation month). February: a resolved with one contact, rated 4.5.
        QSqlQuery q(m_store->db());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT month, n_created, n_resp, sum_resp_s, n_complaint, sum_cost_minor, n_cost,"
            " n_resolved, n_fcr_known, n_fcr_one, n_csat, sum_csat, n_csat_hi FROM sum_support"
            " WHERE channel = 'phone' AND team = '' AND agent = 'Ana' ORDER BY month")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 202701);
        const QList<qint64> january{2, 2, 1800, 1, 250, 1, 0, 0, 0, 1};
        for (int i = 0; i < january.size(); ++i)
            QCOMPARE(q.value(1 + i).toLongLong(), january.at(i));
        QCOMPARE(q.value(11).toDouble(), 2.0);
        QCOMPARE(q.value(12).toLongLong(), 0);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 202702);
        const QList<qint64> february{0, 0, 0, 0, 0, 0, 1, 1, 1, 1};
        for (int i = 0; i < february.size(); ++i)
            QCOMPARE(q.value(1 + i).toLongLong(), february.at(i));
        QCOMPARE(q.value(11).toDouble(), 4.5);
        QCOMPARE(q.value(12).toLongLong(), 1);
        QVERIFY(!q.next());
        QCOMPARE(summaryRows(), rebuiltRows());
    }

    void activityLogFoldsDays()
    {
        // Days per (month, customer) in key order, whether an id fits the log's packed form
        // or not (2^41 does not).
        const qint64 huge = qint64(1) << 41;
        ActivityLog log;
        log.add(5, 20260117);
        log.add(huge, 20260105);
        log.add(5, 20260201);
        log.add(3, 20260103);
        log.add(huge, 20260103);
        log.add(5, 20260103);
        log.add(5, 20260117);
        ActivityLog other;
        other.add(7, 20251231);
        log.append(other);
        QStringList seen;
        for (const ActivityLog::Bits &b : log.dayBits())
            seen << QStringLiteral("%1/%2/%3").arg(b.key).arg(b.customer).arg(b.bits, 0, 2);
        QCOMPARE(seen, (QStringList{QStringLiteral("202512/7/1000000000000000000000000000000"),
                                    QStringLiteral("202601/3/100"),
                                    QStringLiteral("202601/5/10000000000000100"),
                                    QStringLiteral("202601/2199023255552/10100"),
                                    QStringLiteral("202602/5/1")}));
    }

    // The latest month of a log spanning several is moved out whole (to be written with the
    // next part's rows of that month); a log of one month keeps everything.
    void latestMonthTakenFromALogOfSeveral()
    {
        const auto text = [](const ActivityLog &log) {
            QStringList out;
            for (const ActivityLog::Bits &b : log.dayBits())
                out << QStringLiteral("%1/%2/%3").arg(b.key).arg(b.customer).arg(b.bits, 0, 2);
            return out.join(QLatin1Char(' '));
        };
        ActivityLog log;
        log.add(9, 20270203);
        log.add(4, 20270130);
        log.add(9, 20270105);
        log.add(4, 20270201);
        log.add(2, 20261231);
        const ActivityLog latest = log.takeLatestMonth();
        QCOMPARE(text(latest), QStringLiteral("202702/4/1 202702/9/100"));
        QCOMPARE(text(log),
                 QStringLiteral("202612/2/1000000000000000000000000000000 "
                                "202701/4/100000000000000000000000000000 202701/9/10000"));
        ActivityLog january;
        january.add(4, 20270130);
        january.add(9, 20270105);
        QVERIFY(january.takeLatestMonth().isEmpty());
        QCOMPARE(text(january), QStringLiteral("202701/4/100000000000000000000000000000 "
                                               "202701/9/10000"));
    }

    void equalsRebuild_data()
    {
        QTest::addColumn<bool>("roundingRatings");
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<Interactions>("interactions");
        const auto addRows = [](const char *how, Interactions interactions) {
            QTest::addRow("ratings on halves, seed 1, %s", how)
                << false << quint64(1) << interactions;
            QTest::addRow("ratings on halves, seed 7, %s", how)
                << false << quint64(7) << interactions;
            QTest::addRow("ratings that round, seed 3, %s", how)
                << true << quint64(3) << interactions;
        };
        addRows("one by one", Interactions::OneByOne);
        addRows("batches, summaries handed over first", Interactions::SummariesFirst);
        addRows("batches, summaries handed over last", Interactions::SummariesLast);
        addRows("batches, summaries written in parts", Interactions::SummariesInParts);
        addRows("batches, summaries written in pieces", Interactions::SummariesInPieces);
    }

    void equalsRebuild()
    {
        QFETCH(bool, roundingRatings);
        QFETCH(quint64, seed);
        QFETCH(Interactions, interactions);
        m_random = seed;
        m_interactions = interactions;
        m_roundDoubles = roundingRatings;
        import(0, 120, 0, roundingRatings);
        QCOMPARE(summaryRows(), rebuiltRows());
        QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM sum_support")) > 10);

        // Updates, unchanged rows, ids repeated in the import, and new rows.
        const qint64 second = import(120, 40, 80, roundingRatings);
        QCOMPARE(summaryRows(), rebuiltRows());

        // A replaced February, then new rows into it and elsewhere.
        const qint64 third = import(160, 30, 0, roundingRatings, [this](StoreWriter &w) {
            QVERIFY(w.deleteRange(Dataset::Support, at(2, 1, 0), at(3, 1, 0)) > 0);
            QVERIFY(w.deleteRange(Dataset::Sales, at(2, 1, 0), at(3, 1, 0)) > 0);
        });
        QCOMPARE(summaryRows(), rebuiltRows());

        // New rows with ratings on halves on top of whatever is stored.
        import(190, 30, 0, false);
        QCOMPARE(summaryRows(), rebuiltRows());

        QString error;
        QVERIFY2(StoreWriter::removeImport(*m_store, third, &error), qPrintable(error));
        QCOMPARE(summaryRows(), rebuiltRows());
        QVERIFY2(StoreWriter::removeImport(*m_store, second, &error), qPrintable(error));
        QCOMPARE(summaryRows(), rebuiltRows());
    }

    // Each row's texts in buffers of their own, freed once the row is written: an address the
    // allocator hands out again, now holding another agent of the same length, is not taken
    // for the dimensions first seen there (SummaryDelta finds dimensions by their buffers).
    void dimensionsOfTextsFreedAndAllocatedAgain()
    {
        StoreWriter w(*m_store);
        QVERIFY2(w.begin({QStringLiteral("agents.csv"),
                          {},
                          QStringLiteral("support"),
                          {},
                          QStringLiteral("update")}),
                 qPrintable(w.lastError()));
        static const char *agents[] = {"Ana", "Ion", "Eva"};
        for (int n = 0; n < 300; ++n) {
            Interaction t;
            t.externalId = QStringLiteral("T%1").arg(n);
            t.createdAt = at(1, 1 + n % 28, 9);
            t.channel = QString::fromLatin1("chat");
            t.team = QString::fromLatin1("Nord");
            t.agent = QString::fromLatin1(agents[(n * 7) % 3]);
            QVERIFY2(w.write(t) != WriteOutcome::Failed, qPrintable(w.lastError()));
        }
        QVERIFY2(w.commit(), qPrintable(w.lastError()));
        QCOMPARE(summaryRows(), rebuiltRows());
        QCOMPARE(
            scalar(QStringLiteral("SELECT SUM(n_created) FROM sum_support WHERE agent = 'Ion'")),
            100);
    }

    // Pieces of a delta merged back add up to it. Rows of one month with no customer: most
    // pieces hold some day's sums and no month's and no activity, and merging into such a
    // piece must keep them.
    void piecesMergedBackAddUpToTheWhole()
    {
        StoreWriter w(*m_store);
        QVERIFY(w.begin({QStringLiteral("pieces.csv"), QString(), QStringLiteral("support"),
                         QString(), QStringLiteral("update"), false}));
        w.setSummariesByCaller(true);
        std::vector<Interaction> tickets;
        for (int n = 0; n < 20; ++n) {
            Interaction t;
            t.externalId = QStringLiteral("P%1").arg(n);
            t.createdAt = at(3, 1 + n, 9);
            t.channel = QStringLiteral("phone");
            tickets.push_back(t);
        }
        QCOMPARE(w.writeAll(tickets), qsizetype(-1));
        SummaryDelta gathered;
        for (const StoreWriter::InsertedRow &row : w.takeInserted())
            gathered.addNewInteraction(tickets[size_t(row.index)], std::nullopt, m_store->clock());
        std::vector<SummaryDelta> pieces = gathered.split(4);
        QCOMPARE(pieces.size(), size_t(4));
        QVERIFY(gathered.isEmpty());
        SummaryDelta whole = std::move(pieces.back());
        QVERIFY(!whole.isEmpty()); // five of the twenty days, no month
        for (size_t i = 0; i + 1 < pieces.size(); ++i)
            whole.merge(std::move(pieces[i]));
        w.addSummaries(std::move(whole));
        QVERIFY2(w.commit(), qPrintable(w.lastError()));
        QCOMPARE(scalar(QStringLiteral("SELECT SUM(n_created) FROM sum_support_day")), 20);
        QCOMPARE(summaryRows(), rebuiltRows());
    }

    void summariesNeedABegunWriter()
    {
        StoreWriter w(*m_store);
        SummaryDelta delta;
        QVERIFY(!w.addSummariesNow(delta));
        QVERIFY(w.lastError().contains(QStringLiteral("begin()")));
    }

    void rolledBackWriterLeavesSummaries_data()
    {
        QTest::addColumn<Interactions>("interactions");
        QTest::addColumn<bool>("explicitRollback");
        QTest::addRow("one by one, writer dropped") << Interactions::OneByOne << false;
        QTest::addRow("one by one, rolled back") << Interactions::OneByOne << true;
        // Parts of the summaries were written into the transaction (addSummariesNow).
        QTest::addRow("summaries in parts, writer dropped")
            << Interactions::SummariesInParts << false;
        QTest::addRow("summaries in parts, rolled back") << Interactions::SummariesInParts << true;
        QTest::addRow("summaries in pieces, rolled back")
            << Interactions::SummariesInPieces << true;
    }

    void rolledBackWriterLeavesSummaries()
    {
        QFETCH(Interactions, interactions);
        QFETCH(bool, explicitRollback);
        m_random = 5;
        import(0, 50, 0, false);
        const QStringList before = summaryRows();
        const qint64 activity =
            scalar(QStringLiteral("SELECT COUNT(*) FROM customer_activity_day"));
        QVERIFY(activity > 0);
        {
            StoreWriter w(*m_store);
            QVERIFY(w.begin({QStringLiteral("x.csv"),
                             {},
                             QStringLiteral("support"),
                             {},
                             QStringLiteral("update")}));
            std::vector<Interaction> tickets;
            for (int n = 50; n < 280; ++n)
                tickets.push_back(ticket(n, false));
            m_interactions = interactions;
            if (interactions == Interactions::OneByOne) {
                for (const Interaction &t : tickets)
                    QCOMPARE(w.write(t), WriteOutcome::Inserted);
            } else {
                writeInBatches(w, tickets);
                QVERIFY(summaryRows() != before); // the parts are in the transaction
            }
            if (explicitRollback)
                w.rollback();
        }
        QCOMPARE(summaryRows(), before);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM customer_activity_day")), activity);
        QCOMPARE(summaryRows(), rebuiltRows());
    }
};

QTEST_GUILESS_MAIN(TestSummaryDelta)
#include "tst_summarydelta.moc"
