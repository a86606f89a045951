#pragma once

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QTime>
#include <QTimeZone>
#include <QVector>

#include <array>
#include <limits>

namespace busola {

/// Not thread-safe (a per-day cache): give each thread its own clock.
/// Calendar arithmetic in the store's time zone (PRODUCT.md: a timestamp without a zone is local
/// time of the store, not of the machine). Instants are seconds since the Unix epoch.
///
/// Conversions are the hot path of every import and of month bucketing, so UTC offsets are
/// cached per local day; days with a DST transition take the exact QTimeZone path. The local
/// days and months last found are kept with the instants they span, for the runs of rows of
/// one day an import brings.
class StoreClock
{
public:
    explicit StoreClock(const QByteArray &ianaId = QByteArrayLiteral("Europe/Bucharest"));

    QTimeZone timeZone() const { return m_zone; }
    QByteArray zoneId() const { return m_zone.id(); }

    /// Local wall-clock time to an instant. A time skipped by the spring-forward change is
    /// moved forward by the gap; an ambiguous autumn time takes its first (summer) occurrence.
    qint64 toEpoch(QDate date, QTime time = QTime(0, 0)) const;
    QDateTime toLocal(qint64 epoch) const;

    /// yyyymm of the local month that contains the instant.
    int monthKey(qint64 epoch) const;
    /// yyyymmdd of the local day that contains the instant.
    int dayKey(qint64 epoch) const;
    /// Start instant of local month yyyymm (its first day, 00:00 local).
    qint64 monthStart(int monthKey) const;

    static int monthKeyOf(QDate date) { return date.year() * 100 + date.month(); }
    static QDate firstDayOf(int monthKey) { return QDate(monthKey / 100, monthKey % 100, 1); }
    static int addMonths(int monthKey, int months);

private:
    /// A local day or month as the instants it spans, [start, end), and its key.
    struct Span
    {
        qint64 start = 0, end = 0;
        int key = 0;
    };
    /// The two spans found last, the latest first: an import asks in turn for the month of a
    /// row's creation and of its resolution.
    struct RecentSpans
    {
        Span spans[2];
        int find(qint64 epoch) const; ///< the key of the span holding epoch, or 0
        void add(const Span &span);
    };

    qint64 exactToEpoch(QDate date, QTime time) const;
    /// The UTC offset of a plain local day (Julian day number), or NoOffset near a change.
    int dayOffset(qint64 day) const;
    int findMonthKey(qint64 epoch) const;

    QTimeZone m_zone;
    // Month starts from 1900-01 to 2199-12, computed when first asked for.
    mutable QVector<qint64> m_monthStarts;
    mutable QHash<qint64, int> m_dayOffset; // julian day → offset in seconds, only plain days
    /// The two days whose offset was asked for last, before the hash: an import converts a
    /// row's creation and resolution times in turn.
    struct DayOffset
    {
        qint64 day = std::numeric_limits<qint64>::max(); // no day (an invalid QDate is min)
        int offset = 0;
    };
    mutable DayOffset m_recentOffsets[2];
    mutable RecentSpans m_recentMonths;
    /// Local days found, each in the slot of its number (days since 1970-01-01) modulo 64: an
    /// import asks in turn for the day of a row's creation and of its resolution, hours or
    /// days later, and the days of a few weeks all stay (two spans missed a third of the time).
    static constexpr qint64 DaySlots = 64;
    mutable std::array<Span, DaySlots> m_days{};
    /// The slot of a day (days since 1970-01-01) in m_days, where dayKey() looks and keeps it.
    Span &daySlot(qint64 day) const { return m_days[size_t(day & (DaySlots - 1))]; }
};

} // namespace busola
