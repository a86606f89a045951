#include "store/sumstable.h"

#include <QRandomGenerator>
#include <QTest>

#include <array>
#include <map>

using namespace busola;

/// SumsTable holds the summary rows an import adds up in memory before they go to the store:
/// every addition must land on its key's one entry, however many keys come and in any order,
/// or the dashboard's totals would be split or lost.
class TestSumsTable : public QObject
{
    Q_OBJECT

    using Sums = std::array<qint64, 3>;

private slots:
    void sameKeySameEntry()
    {
        SumsTable<Sums> table;
        QVERIFY(table.isEmpty());
        table[42][0] += 1;
        table[7][1] += 5;
        table[42][0] += 2;
        QCOMPARE(table.size(), qsizetype(2));
        // In the order the keys came.
        QCOMPARE(table.entries().at(0).key, qint64(42));
        QCOMPARE(table.entries().at(0).sums, (Sums{3, 0, 0}));
        QCOMPARE(table.entries().at(1).key, qint64(7));
        QCOMPARE(table.entries().at(1).sums, (Sums{0, 5, 0}));
    }

    void matchesAnOrderedMapOverManyKeys()
    {
        // Keys as SummaryDelta makes them (day in the high half, dimensions in the low one),
        // added to in random order, far past the table's first sizes; negative keys too.
        QRandomGenerator random(20261129);
        SumsTable<Sums> table;
        std::map<qint64, Sums> expected;
        for (int i = 0; i < 300000; ++i) {
            const qint64 day = 20260101 + qint64(random.bounded(400));
            const qint64 dims = random.bounded(300);
            const qint64 key = (i % 97 == 0 ? -1 : 1) * ((day << 32) | dims);
            const qint64 value = random.bounded(1000);
            table[key][size_t(i % 3)] += value;
            expected[key][size_t(i % 3)] += value;
        }
        QCOMPARE(table.size(), qsizetype(expected.size()));
        for (const auto &e : table.entries()) {
            const auto it = expected.find(e.key);
            QVERIFY(it != expected.end());
            QCOMPARE(e.sums, it->second);
        }
    }

    void appendedKeysAreFound()
    {
        // split() hands each piece keys it does not hold yet, in key order.
        SumsTable<Sums> piece;
        for (qint64 k = 0; k < 1000; ++k)
            piece.append(k << 32, Sums{k, 0, 0});
        for (qint64 k = 0; k < 1000; ++k)
            QCOMPARE(piece[k << 32][0], k);
        QCOMPARE(piece.size(), qsizetype(1000));
    }
};

QTEST_APPLESS_MAIN(TestSumsTable)
#include "tst_sumstable.moc"
