#include "democalendar.h"

namespace busola::demo {

QDate DemoCalendar::orthodoxEaster(int year)
{
    // Meeus' Julian algorithm; the Julian calendar runs 13 days behind from 1900 to 2099.
    const int a = year % 4;
    const int b = year % 7;
    const int c = year % 19;
    const int d = (19 * c + 15) % 30;
    const int e = (2 * a + 4 * b - d + 34) % 7;
    const int month = (d + e + 114) / 31;
    const int day = (d + e + 114) % 31 + 1;
    return QDate(year, month, day).addDays(13);
}

const QSet<qint64> &DemoCalendar::holidaysOf(int year) const
{
    auto it = m_holidays.constFind(year);
    if (it != m_holidays.constEnd())
        return it.value();
    QSet<qint64> days;
    // Legal holidays (Codul muncii, art. 139), Epiphany and St John since 2024.
    const int fixed[][2] = {{1, 1},  {1, 2},   {1, 24}, {5, 1},   {6, 1},
                            {8, 15}, {11, 30}, {12, 1}, {12, 25}, {12, 26}};
    for (const auto &md : fixed)
        days.insert(QDate(year, md[0], md[1]).toJulianDay());
    if (year >= 2024) {
        days.insert(QDate(year, 1, 6).toJulianDay());
        days.insert(QDate(year, 1, 7).toJulianDay());
    }
    const QDate easter = orthodoxEaster(year);
    for (int offset : {-2, 0, 1, 49, 50}) // Good Friday, Easter, Whitsun
        days.insert(easter.addDays(offset).toJulianDay());
    return m_holidays.insert(year, days).value();
}

bool DemoCalendar::isHoliday(QDate date) const
{
    return holidaysOf(date.year()).contains(date.toJulianDay());
}

LocalTime DemoCalendar::addWorkingMinutes(LocalTime start, qint64 minutes) const
{
    LocalTime t = start;
    auto nextOpening = [this, &t] {
        do {
            t.date = t.date.addDays(1);
        } while (!isWorkingDay(t.date));
        t.minute = OpenMinute;
    };
    if (!isWorkingDay(t.date) || t.minute >= CloseMinute)
        nextOpening();
    else if (t.minute < OpenMinute)
        t.minute = OpenMinute;
    while (minutes > 0) {
        const int left = CloseMinute - t.minute;
        if (minutes < left) {
            t.minute += int(minutes);
            break;
        }
        minutes -= left;
        nextOpening();
    }
    return t;
}

} // namespace busola::demo
