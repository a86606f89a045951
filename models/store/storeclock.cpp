#include "storeclock.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

namespace busola {

namespace {
constexpr int FirstYear = 1900;
constexpr int LastYear = 2199;
constexpr int NoOffset = std::numeric_limits<int>::min();
constexpr qint64 NotComputed = std::numeric_limits<qint64>::min();

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - (a % b < 0 ? 1 : 0);
}

struct Civil
{
    int year, month, day;
};

/// The Gregorian date of a day counted from 1970-01-01, by arithmetic (H. Hinnant's
/// days_from_civil inverse): QDate's year(), month() and day() each convert the Julian day
/// anew, three times per bucketed row of an import. Years before 1 count a year 0, unlike
/// QDate: callers use it for 1900–2199 only.
Civil civilFromDays(qint64 days)
{
    days += 719468; // from 0000-03-01, so that leap days end a year
    const qint64 era = floorDiv(days, 146097);
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 m = (5 * dayOfYear + 2) / 153; // 0 for March
    const int month = int(m < 10 ? m + 3 : m - 9);
    return {int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0)), month,
            int(dayOfYear - (153 * m + 2) / 5 + 1)};
}
} // namespace

StoreClock::StoreClock(const QByteArray &ianaId)
    : m_zone(ianaId)
{
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
    // Filled on first use: computing all 3,600 month starts up front cost ~120 ms of every
    // process start (each an exact time-zone lookup).
    m_monthStarts.fill(NotComputed, (LastYear - FirstYear + 1) * 12);
}

qint64 StoreClock::exactToEpoch(QDate date, QTime time) const
{
    // Decided here rather than left to QDateTime, whose choice for ambiguous and skipped
    // times changed between Qt versions.
    const qint64 localSecs =
        (date.toJulianDay() - 2440588) * 86400 + time.msecsSinceStartOfDay() / 1000;
    auto offsetAt = [this](qint64 epoch) {
        return m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC));
    };
    const qint64 dayStart = (date.toJulianDay() - 2440588) * 86400;
    const int offsetBefore = offsetAt(dayStart - 86400);
    const int offsetAfter = offsetAt(dayStart + 2 * 86400);
    qint64 best = std::numeric_limits<qint64>::max();
    for (int offset : {offsetBefore, offsetAfter}) {
        const qint64 candidate = localSecs - offset;
        if (offsetAt(candidate) == offset)
            best = std::min(best, candidate); // the first occurrence of an ambiguous time
    }
    if (best != std::numeric_limits<qint64>::max())
        return best;
    // Inside a spring-forward gap: shifted forward by the gap, as a clock on the wall would.
    return localSecs - offsetBefore;
}

qint64 StoreClock::toEpoch(QDate date, QTime time) const
{
    const qint64 day = date.toJulianDay();
    const int offset = dayOffset(day);
    if (offset == NoOffset)
        return exactToEpoch(date, time);
    const qint64 localSecs = (day - 2440588) * 86400 + time.msecsSinceStartOfDay() / 1000;
    return localSecs - offset;
}

int StoreClock::dayOffset(qint64 day) const
{
    if (m_recentOffsets[0].day == day)
        return m_recentOffsets[0].offset;
    if (m_recentOffsets[1].day == day)
        return m_recentOffsets[1].offset;
    auto it = m_dayOffset.constFind(day);
    int offset = NoOffset;
    if (it != m_dayOffset.constEnd()) {
        offset = it.value();
    } else {
        // Days near a change of offset (DST transitions) are never cached: they go exact. The
        // change is looked for in UTC over the day widened by the largest offsets (14 h): every
        // local time of the day is an instant in that window. (Comparing the offsets of the
        // day's and the next day's midnights missed a change at midnight, as in Chile or
        // Lebanon: QDateTime resolves a skipped midnight to after the change.)
        const qint64 localMidnight = (day - 2440588) * 86400;
        constexpr qint64 Widest = 14 * 3600;
        const QTimeZone::OffsetData change = m_zone.nextTransition(
            QDateTime::fromSecsSinceEpoch(localMidnight - Widest, QTimeZone::utc()));
        const bool changes = change.atUtc.isValid() &&
                             change.atUtc.toSecsSinceEpoch() <= localMidnight + 86400 + Widest;
        offset = changes ? NoOffset
                         : m_zone.offsetFromUtc(
                               QDateTime::fromSecsSinceEpoch(localMidnight, QTimeZone::utc()));
        m_dayOffset.insert(day, offset);
    }
    m_recentOffsets[1] = m_recentOffsets[0];
    m_recentOffsets[0] = {day, offset};
    return offset;
}

QDateTime StoreClock::toLocal(qint64 epoch) const
{
    return QDateTime::fromSecsSinceEpoch(epoch, m_zone);
}

int StoreClock::RecentSpans::find(qint64 epoch) const
{
    for (const Span &span : spans)
        if (epoch >= span.start && epoch < span.end)
            return span.key;
    return 0;
}

void StoreClock::RecentSpans::add(const Span &span)
{
    spans[1] = spans[0];
    spans[0] = span;
}

int StoreClock::monthKey(qint64 epoch) const
{
    if (const int key = m_recentMonths.find(epoch))
        return key;
    const int key = findMonthKey(epoch);
    const int year = key / 100;
    if (year > FirstYear && year < LastYear)
        m_recentMonths.add({monthStart(key), monthStart(addMonths(key, 1)), key});
    return key;
}

int StoreClock::findMonthKey(qint64 epoch) const
{
    // The local month is the UTC month or a neighbour (offsets are under a day); the exact
    // month starts decide which.
    const Civil utc = civilFromDays(floorDiv(epoch, 86400));
    if (utc.year <= FirstYear || utc.year >= LastYear)
        return monthKeyOf(toLocal(epoch).date());
    const int utcKey = utc.year * 100 + utc.month;
    const int next = addMonths(utcKey, 1);
    if (monthStart(next) <= epoch)
        return next;
    if (monthStart(utcKey) > epoch)
        return addMonths(utcKey, -1);
    return utcKey;
}

int StoreClock::dayKey(qint64 epoch) const
{
    // The local day is the UTC day or a neighbour (offsets are under a day).
    const qint64 utcDay = floorDiv(epoch, 86400);
    for (const qint64 near : {utcDay, utcDay + 1, utcDay - 1}) {
        const Span &span = daySlot(near);
        if (epoch >= span.start && epoch < span.end)
            return span.key;
    }
    // The (cached) local day starts decide which.
    QDate day = QDate::fromJulianDay(utcDay + 2440588);
    qint64 start = 0;
    qint64 end = toEpoch(day.addDays(1));
    if (end <= epoch) {
        day = day.addDays(1);
        start = end;
        end = toEpoch(day.addDays(1));
    } else if ((start = toEpoch(day)) > epoch) {
        day = day.addDays(-1);
        end = start;
        start = toEpoch(day);
    }
    const qint64 localDay = day.toJulianDay() - 2440588;
    const Civil local = civilFromDays(localDay);
    if (local.year <= FirstYear || local.year >= LastYear)
        return day.year() * 10000 + day.month() * 100 + day.day();
    const int key = local.year * 10000 + local.month * 100 + local.day;
    if (start <= epoch && epoch < end) // not so around a skipped calendar day
        daySlot(localDay) = {start, end, key};
    return key;
}

qint64 StoreClock::monthStart(int key) const
{
    const int year = key / 100;
    const int month = key % 100;
    if (year >= FirstYear && year <= LastYear && month >= 1 && month <= 12) {
        qint64 &start = m_monthStarts[(year - FirstYear) * 12 + month - 1];
        if (start == NotComputed)
            start = exactToEpoch(QDate(year, month, 1), QTime(0, 0));
        return start;
    }
    return exactToEpoch(QDate(year, month, 1), QTime(0, 0));
}

int StoreClock::addMonths(int key, int months)
{
    int index = (key / 100) * 12 + (key % 100 - 1) + months;
    return (index / 12) * 100 + index % 12 + 1;
}

} // namespace busola
