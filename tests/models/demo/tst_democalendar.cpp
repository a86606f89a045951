#include "demo/democalendar.h"

#include <QTest>

using namespace busola::demo;

/// The demo's calendar: Romanian holidays and working-time arithmetic, checked against dates
/// worked out by hand.
class TestDemoCalendar : public QObject
{
    Q_OBJECT

private slots:
    void orthodoxEaster_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("easter");
        // From the Romanian Orthodox calendar.
        QTest::addRow("2023") << 2023 << QDate(2023, 4, 16);
        QTest::addRow("2024") << 2024 << QDate(2024, 5, 5);
        QTest::addRow("2025") << 2025 << QDate(2025, 4, 20);
        QTest::addRow("2026") << 2026 << QDate(2026, 4, 12);
        QTest::addRow("2027") << 2027 << QDate(2027, 5, 2);
    }

    void orthodoxEaster()
    {
        QFETCH(int, year);
        QFETCH(QDate, easter);
        QCOMPARE(DemoCalendar::orthodoxEaster(year), easter);
    }

    void workingMinutes_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("minute");
        QTest::addColumn<int>("add");
        QTest::addColumn<QDate>("expectedDate");
        QTest::addColumn<int>("expectedMinute");
        const int h = 60;
        QTest::addRow("same day") << QDate(2026, 10, 14) << 9 * h << 90 << QDate(2026, 10, 14)
                                  << 10 * h + 30;
        QTest::addRow("Friday evening to Monday")
            << QDate(2026, 10, 16) << 17 * h + 30 << 60 << QDate(2026, 10, 19) << 8 * h + 30;
        QTest::addRow("before opening")
            << QDate(2026, 10, 14) << 6 * h << 15 << QDate(2026, 10, 14) << 8 * h + 15;
        QTest::addRow("Saturday e-mail")
            << QDate(2026, 10, 17) << 11 * h << 0 << QDate(2026, 10, 19) << 8 * h;
        // 24 Dec 2025 is a Wednesday; 25–26 December and the weekend are off.
        QTest::addRow("over Christmas")
            << QDate(2025, 12, 24) << 17 * h << 120 << QDate(2025, 12, 29) << 9 * h;
        // Orthodox Good Friday 2026 is 10 April, Easter Monday 13 April.
        QTest::addRow("over Easter")
            << QDate(2026, 4, 9) << 16 * h << 3 * h << QDate(2026, 4, 14) << 9 * h;
        QTest::addRow("a full working day")
            << QDate(2026, 10, 14) << 8 * h << 10 * h << QDate(2026, 10, 15) << 8 * h;
    }

    void workingMinutes()
    {
        QFETCH(QDate, date);
        QFETCH(int, minute);
        QFETCH(int, add);
        QFETCH(QDate, expectedDate);
        QFETCH(int, expectedMinute);
        const DemoCalendar calendar;
        const LocalTime t = calendar.addWorkingMinutes({date, minute}, add);
        QCOMPARE(t.date, expectedDate);
        QCOMPARE(t.minute, expectedMinute);
    }
};

QTEST_GUILESS_MAIN(TestDemoCalendar)
#include "tst_democalendar.moc"
