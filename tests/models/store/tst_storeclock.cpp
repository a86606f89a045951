#include "store/storeclock.h"

#include <QTest>

using namespace busola;

class TestStoreClock : public QObject
{
    Q_OBJECT

private slots:
    void toEpoch_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<qint64>("epoch");
        // Bucharest is UTC+2 in winter, UTC+3 in summer.
        QTest::addRow("winter") << QDate(2026, 1, 15) << QTime(12, 0) << qint64(1768471200);
        QTest::addRow("summer") << QDate(2026, 7, 15) << QTime(12, 0) << qint64(1784106000);
        QTest::addRow("before spring change")
            << QDate(2029, 3, 25) << QTime(1, 30) << qint64(1869089400);
        QTest::addRow("after spring change")
            << QDate(2029, 3, 25) << QTime(4, 30) << qint64(1869096600);
        QTest::addRow("in the spring gap, moved forward")
            << QDate(2029, 3, 25) << QTime(3, 30) << qint64(1869096600);
        QTest::addRow("autumn, ambiguous hour takes summer time")
            << QDate(2026, 10, 25) << QTime(3, 30) << qint64(1792888200);
    }

    void toEpoch()
    {
        QFETCH(QDate, date);
        QFETCH(QTime, time);
        QFETCH(qint64, epoch);
        StoreClock clock;
        QCOMPARE(clock.toEpoch(date, time), epoch);
        // Second call comes from the per-day cache and must agree.
        QCOMPARE(clock.toEpoch(date, time), epoch);
    }

    void elapsedAcrossSpringChangeIsReal()
    {
        StoreClock clock;
        const qint64 created = clock.toEpoch(QDate(2029, 3, 25), QTime(1, 30));
        const qint64 answered = clock.toEpoch(QDate(2029, 3, 25), QTime(5, 30));
        QCOMPARE(answered - created, qint64(3 * 3600)); // four wall-clock hours, three real
    }

    void monthKeys()
    {
        StoreClock clock;
        const qint64 start = clock.toEpoch(QDate(2026, 11, 1), QTime(0, 0));
        QCOMPARE(clock.monthKey(start), 202611);
        QCOMPARE(clock.monthKey(start - 1), 202610);
        QCOMPARE(clock.monthStart(202611), start);
        QCOMPARE(StoreClock::addMonths(202611, 2), 202701);
        QCOMPARE(StoreClock::addMonths(202601, -1), 202512);
        QCOMPARE(StoreClock::addMonths(202612, -12), 202512);
    }

    void otherZone()
    {
        StoreClock utc(QByteArrayLiteral("UTC"));
        QCOMPARE(utc.toEpoch(QDate(1970, 1, 2), QTime(0, 0)), qint64(86400));
        QCOMPARE(utc.monthKey(0), 197001);
    }
};

QTEST_GUILESS_MAIN(TestStoreClock)
#include "tst_storeclock.moc"
