#pragma once

#include <QDate>
#include <QHash>
#include <QSet>

namespace busola::demo {

/// A local wall-clock moment of the demo: a date and minutes after local midnight. The demo
/// reasons in local time (working hours, holidays) and converts to instants at the end, through
/// the store's clock, so durations across a DST change stay real elapsed time.
struct LocalTime
{
    QDate date;
    int minute = 0;
    bool operator<(const LocalTime &other) const
    {
        return date != other.date ? date < other.date : minute < other.minute;
    }
};

/// Romanian working days: Monday to Friday, less the public holidays (Orthodox Easter and
/// Whitsun included), with support open 08:00–18:00.
class DemoCalendar
{
public:
    static constexpr int OpenMinute = 8 * 60;
    static constexpr int CloseMinute = 18 * 60;

    bool isHoliday(QDate date) const;
    bool isWorkingDay(QDate date) const { return date.dayOfWeek() <= 5 && !isHoliday(date); }
    /// The moment minutes of working time after start; a start outside working hours first
    /// waits for the next opening.
    LocalTime addWorkingMinutes(LocalTime start, qint64 minutes) const;

    /// Orthodox Easter Sunday (Julian computus, shifted to the Gregorian calendar; 1900–2099).
    static QDate orthodoxEaster(int year);

private:
    const QSet<qint64> &holidaysOf(int year) const;
    mutable QHash<int, QSet<qint64>> m_holidays; // year → julian days
};

} // namespace busola::demo
