#include "store/storeclock.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <vector>

using namespace busola;

namespace {

/// Empty when monthKey() and dayKey() give the month and day of QDateTime's local date;
/// otherwise what they gave.
QString wrongKeys(const StoreClock &clock, qint64 epoch)
{
    const QDate local = clock.toLocal(epoch).date();
    if (clock.monthKey(epoch) == StoreClock::monthKeyOf(local) &&
        clock.dayKey(epoch) == local.year() * 10000 + local.month() * 100 + local.day())
        return QString();
    return QStringLiteral("at %1 (%2): month %3, day %4")
        .arg(epoch)
        .arg(clock.toLocal(epoch).toString(Qt::ISODate))
        .arg(clock.monthKey(epoch))
        .arg(clock.dayKey(epoch));
}

} // namespace

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

    /// monthKey() and dayKey() compute the calendar by arithmetic: they agree with QDateTime's
    /// local date at every hour (and at odd seconds) of years with DST changes, in a zone with
    /// half-hour changes, and before 1970.
    void keysMatchTheLocalDate_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addRow("Bucharest")
            << QByteArray("Europe/Bucharest") << QDate(2025, 1, 1) << QDate(2028, 1, 1);
        QTest::addRow("New York") << QByteArray("America/New_York") << QDate(2026, 1, 1)
                                  << QDate(2027, 1, 1);
        QTest::addRow("Lord Howe")
            << QByteArray("Australia/Lord_Howe") << QDate(2026, 1, 1) << QDate(2027, 1, 1);
        QTest::addRow("UTC, before 1970")
            << QByteArray("UTC") << QDate(1968, 11, 1) << QDate(1970, 3, 1);
        // Changes at local midnight, so that a day starts at 01:00 or twice.
        QTest::addRow("Santiago") << QByteArray("America/Santiago") << QDate(2026, 1, 1)
                                  << QDate(2027, 1, 1);
        QTest::addRow("Beirut") << QByteArray("Asia/Beirut") << QDate(2022, 1, 1)
                                << QDate(2023, 1, 1);
        // The ends of the years whose month starts are kept (1900–2199).
        QTest::addRow("Bucharest, 1900")
            << QByteArray("Europe/Bucharest") << QDate(1899, 11, 1) << QDate(1901, 3, 1);
        QTest::addRow("Bucharest, 2199")
            << QByteArray("Europe/Bucharest") << QDate(2198, 11, 1) << QDate(2200, 3, 1);
    }

    void keysMatchTheLocalDate()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        if (!QTimeZone(zone).isValid())
            QSKIP("the time-zone database lacks this zone");
        StoreClock clock(zone);
        const qint64 end = QDateTime(to, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        int checked = 0;
        for (qint64 t = QDateTime(from, QTime(0, 0), Qt::UTC).toSecsSinceEpoch(); t < end;
             t += 3600) {
            for (qint64 epoch : {t, t + 1799, t + 3599}) {
                if (const QString wrong = wrongKeys(clock, epoch); !wrong.isEmpty())
                    QFAIL(qPrintable(wrong));
                ++checked;
            }
        }
        QVERIFY(checked > 6000);
    }

    /// The days and months found last are kept with the instants they span: asked in random
    /// order, at every local midnight and month start and the seconds around them, and across
    /// the DST changes, the keys still match the local date.
    void keysInAnyOrderMatchTheLocalDate_data() { keysMatchTheLocalDate_data(); }
    void keysInAnyOrderMatchTheLocalDate()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        if (!QTimeZone(zone).isValid())
            QSKIP("the time-zone database lacks this zone");
        StoreClock clock(zone);
        const QTimeZone tz(zone);
        std::vector<qint64> instants;
        for (QDate d = from; d < to; d = d.addDays(1)) {
            const qint64 midnight = clock.toEpoch(d);
            for (qint64 delta : {-3601, -1, 0, 1, 3599, 7201, 43200})
                instants.push_back(midnight + delta);
        }
        for (qint64 t = QDateTime(from, QTime(0, 0), tz).toSecsSinceEpoch();
             t < QDateTime(to, QTime(0, 0), tz).toSecsSinceEpoch();) {
            const QTimeZone::OffsetData change =
                tz.nextTransition(QDateTime::fromSecsSinceEpoch(t));
            if (!change.atUtc.isValid())
                break;
            t = change.atUtc.toSecsSinceEpoch();
            if (change.atUtc.date() >= to)
                break;
            for (qint64 delta : {-1, 0, 1})
                instants.push_back(t + delta);
        }
        QRandomGenerator random(20261129);
        std::shuffle(instants.begin(), instants.end(), random);
        for (std::size_t i = 0; i < instants.size(); ++i) {
            // In pairs, as an import asks: one instant, then another far or near.
            for (qint64 epoch : {instants[i], instants[(i * 7919) % instants.size()]}) {
                if (const QString wrong = wrongKeys(clock, epoch); !wrong.isEmpty())
                    QFAIL(qPrintable(wrong));
            }
        }
        QVERIFY(instants.size() > 2000);
    }

    /// The offsets of the two days converted last are kept before the per-day cache: asked in
    /// random order, in pairs as an import asks (creation, resolution), every local time gives
    /// the instant a clock of its own day alone gives — across DST changes too.
    void toEpochInAnyOrder_data() { keysMatchTheLocalDate_data(); }
    void toEpochInAnyOrder()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        if (!QTimeZone(zone).isValid())
            QSKIP("the time-zone database lacks this zone");
        struct Case
        {
            QDate date;
            QTime time;
            qint64 epoch;
        };
        std::vector<Case> cases;
        for (QDate d = from; d < to; d = d.addDays(1)) {
            const StoreClock own(zone); // has seen no other day
            for (QTime time : {QTime(0, 0), QTime(0, 30), QTime(1, 30), QTime(2, 30), QTime(3, 30),
                               QTime(12, 0), QTime(23, 59, 59)})
                cases.push_back({d, time, own.toEpoch(d, time)});
        }
        QRandomGenerator random(20261129);
        std::shuffle(cases.begin(), cases.end(), random);
        const StoreClock clock(zone);
        for (std::size_t i = 0; i < cases.size(); ++i) {
            for (const Case &c : {cases[i], cases[(i * 7919) % cases.size()], cases[i]}) {
                const qint64 got = clock.toEpoch(c.date, c.time);
                if (got != c.epoch)
                    QFAIL(qPrintable(
                        QStringLiteral("%1 %2: %3 instead of %4")
                            .arg(c.date.toString(Qt::ISODate), c.time.toString(Qt::ISODate))
                            .arg(got)
                            .arg(c.epoch)));
            }
        }
        QVERIFY(cases.size() > 2000);
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
