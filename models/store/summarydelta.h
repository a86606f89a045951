#pragma once

#include "summaries.h"
#include "sumstable.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <array>
#include <limits>
#include <optional>
#include <vector>

namespace busola {

struct Interaction;
struct Deal;
struct FeedbackResponse;
class SqliteStatements;

/// What the rows a writer inserted add to the summary tables, gathered in memory while they are
/// written and added to the tables — at commit (SummaryDelta::apply), or in parts while rows
/// still come (applyEarly) — instead of aggregating their months again from the base tables,
/// which took two thirds of a million-row import.
///
/// Only brand-new rows go in: adding their measures to the stored ones gives exactly what a
/// rebuild gives (every count and sum of integers, bit for bit). Months that rows were updated
/// or deleted in are re-aggregated from the base tables instead (the ChangeSet given to
/// apply()); their part of the delta is dropped. Sums of ratings are doubles: when ratings are
/// not multiples of a power of two (a 1–10 scale mapped to 1–5), any two summation orders may
/// differ in the last bit — as the month-by-month refresh already differed from a rebuild.
/// Which customers were active on which days: one entry per inserted row, folded (at commit,
/// or per part by applyEarly) into the bits of customer_activity_day (per month) and
/// customer_activity (per chunk of months), in their key order. A hash map of bits per key, updated
/// row by row, cost more than SQLite's own work per row and about 60 MB on a million rows; sorting
/// a flat list once is cheaper and the upserts then go in key order.
class ActivityLog
{
public:
    struct Bits
    {
        int key = 0; ///< yyyymm (days) or chunk (months)
        qint64 customer = 0;
        qint64 bits = 0;
    };

    void add(qint64 customer, int dayKey)
    {
        const int month = ActivityMask::monthIndex(dayKey / 100);
        const int day = dayKey % 100;
        if (quint64(customer) < (quint64(1) << CustomerBits) && quint32(month) < (1u << MonthBits))
            m_packed.push_back((quint64(month) << (CustomerBits + DayBits)) |
                               (quint64(customer) << DayBits) | quint64(day));
        else
            m_wide.push_back({customer, month, day});
    }
    bool isEmpty() const { return m_packed.empty() && m_wide.empty(); }
    void append(const ActivityLog &other)
    {
        // To the exact size: a doubled capacity would hold up to 8 MB more through the commit
        // of a million-row import.
        m_packed.reserve(m_packed.size() + other.m_packed.size());
        m_packed.insert(m_packed.end(), other.m_packed.begin(), other.m_packed.end());
        m_wide.insert(m_wide.end(), other.m_wide.begin(), other.m_wide.end());
    }
    /// The entries in `pieces` logs (some may be empty), each a stretch of (month, customer)
    /// order with every entry of a (month, customer) in one of them.
    std::vector<ActivityLog> split(int pieces) const;
    /// Moves out the entries of the log's latest month, when it has an earlier one too
    /// (otherwise nothing). Ids or months too large to pack stay.
    ActivityLog takeLatestMonth();
    /// Day bits (bit d − 1 for day d) per (yyyymm, customer), sorted by that key.
    std::vector<Bits> dayBits() const;
    /// Month bits (bit i % ChunkMonths for month index i) per (chunk, customer), sorted.
    static std::vector<Bits> monthBits(const std::vector<Bits> &dayBits);
    /// Two sorted bit lists as one, the bits of a key in both ORed.
    static std::vector<Bits> united(const std::vector<Bits> &a, const std::vector<Bits> &b);

private:
    struct Entry
    {
        qint64 customer;
        int monthIndex;
        int day;
    };
    /// One activity in 8 bytes: month index, customer id and day packed in that order, so that
    /// sorting the integers sorts by (month, customer); half the memory of an Entry, which a
    /// million-row import holds to its commit. An id or a month too large for its bits (never
    /// seen: ids count up from 1) or a negative one is kept in m_wide instead.
    static constexpr int DayBits = 5, CustomerBits = 40, MonthBits = 19;
    /// mutable: dayBits() sorts them in place; the order of a log is no part of what it says.
    mutable std::vector<quint64> m_packed;
    mutable std::vector<Entry> m_wide;
};

class SummaryDelta
{
public:
    /// clock buckets the row into the per-day summaries (daysummaries.h) too.
    void addInteraction(const Interaction &row, int createdMonth, int resolvedMonth,
                        std::optional<qint64> responseSeconds, std::optional<qint64> customerId,
                        const StoreClock &clock);
    void addDeal(const Deal &row, int createdMonth, int closedMonth,
                 std::optional<qint64> customerId, const StoreClock &clock);
    void addFeedback(const FeedbackResponse &row, int month, const StoreClock &clock);
    /// addInteraction() for a row as StoreWriter inserted it (its months and response time
    /// derived as the writer derives them).
    void addNewInteraction(const Interaction &row, std::optional<qint64> customerId,
                           const StoreClock &clock);
    /// Adds what other gathered (from other rows) to this delta; other is left empty.
    void merge(SummaryDelta &&other);
    /// This delta as `pieces` deltas that add up to it, each summary row's key and each
    /// customer's activity in one of them only, so that applyEarly() of the pieces one by one
    /// writes what applyEarly() of the whole would, each summary row once. The first piece
    /// keeps the creation months, the count of rows back in time and the month bits; this
    /// delta is left empty.
    std::vector<SummaryDelta> split(int pieces);
    /// The first and last creation month (ActivityMask::monthIndex) of the interactions added
    /// by addInteraction(); first > last when there are none.
    int firstCreatedMonth() const { return m_createdMonths.first; }
    int lastCreatedMonth() const { return m_createdMonths.second; }
    /// How many of them were created in an earlier month than one added before them: how far
    /// the rows are from time order.
    int backInTime() const { return m_backInTime; }
    bool isEmpty() const;
    void clear();
    /// The customers' activity of the latest month of the rows added, when they span more
    /// than one (ActivityLog::takeLatestMonth), moved out of this delta; putBack() adds it
    /// to a delta again.
    struct Activity
    {
        ActivityLog support, sales;
    };
    Activity takeLatestActivity();
    void putBack(Activity &&activity);

    /// Re-aggregates the months in dirty from the base tables and adds the delta of every other
    /// month to the stored summaries, then refreshes the activity gaps. Inside the writer's
    /// transaction; portable SQL (upserts), so any store's driver runs it.
    bool apply(QSqlDatabase db, const StoreClock &clock, const ChangeSet &dirty,
               QString *error) const;
    /// Adds this delta's sums and customers' day activity to the stored summaries now, for the
    /// rows an import has written so far (inside its transaction), so that its commit has less
    /// left to do. Months already in dirty are left out: the commit's apply() re-aggregates
    /// them from the base tables, as it does a month found dirty later, replacing what was
    /// added here. The month activity bits (a row per customer and chunk, which every part
    /// would write again) move into *later, whose apply() writes them with its own.
    /// On SQLite, statements (the writer's, when not null) runs the upserts and keeps them
    /// prepared for the next call: an import's summaries come in 100 or more pieces (split()),
    /// and preparing the multi-row upserts anew for each took 0.25 s of a million-row import.
    bool applyEarly(QSqlDatabase db, const ChangeSet &dirty, SummaryDelta *later, QString *error,
                    SqliteStatements *statements = nullptr) const;

    /// A row's dimension values (channel, team, agent / owner, region, lead source /
    /// channel), kept once per distinct combination.
    struct Dims
    {
        QString a, b, c;
        bool operator==(const Dims &o) const { return a == o.a && b == o.b && c == o.c; }
    };

private:
    struct SupportSums
    {
        std::array<qint64, 11> n{}; ///< sum_support's integer measures, in column order
        double sumCsat = 0;         ///< the sum_csat column (between n[9] and n[10])
    };
    using SalesSums = std::array<qint64, 8>;
    struct FeedbackSums
    {
        qint64 n = 0;
        double sum = 0;
        qint64 high = 0;
    };
    /// A summary row's key: its month (monthly tables) or day (yyyymmdd, *_day) in the high
    /// half, the index of its Dims in m_dims in the low one. One hash of three strings per row
    /// (dimsOf) instead of one per summary row it adds to, and no copy of a row's strings per
    /// key.
    using Key = qint64;
    static Key keyOf(int period, int dims) { return (Key(period) << 32) | Key(quint32(dims)); }
    static int periodOf(Key key) { return int(key >> 32); }
    static int dimsIndexOf(Key key) { return int(key & 0xffffffff); }
    /// The same measures keyed by month or by day.
    struct Tables
    {
        SumsTable<SupportSums> support;
        SumsTable<SalesSums> sales;
        SumsTable<FeedbackSums> feedback;
    };
    int dimsOf(const QString &a, const QString &b, const QString &c);
    static void addSupport(Tables &t, const Interaction &r, int dims, int createdKey,
                           int resolvedKey, std::optional<qint64> responseSeconds);
    static void addSales(Tables &t, const Deal &r, int dims, int createdKey, int closedKey);
    /// Adds from's sums to to's, their dimensions renumbered by dims (from's index → ours).
    static void mergeTables(Tables &to, const Tables &from, const std::vector<int> &dims);
    /// Deals from's keys out to the pieces' tables, a stretch of key order to each.
    static void splitTables(const Tables &from, std::vector<SummaryDelta> &pieces,
                            Tables SummaryDelta::*tables);

    QHash<Dims, int> m_dimsIndex;
    QList<Dims> m_dims;
    /// The string buffers of each Dims in m_dims, for finding the rows' dimensions without
    /// hashing their texts: the rows of an import share one string per distinct team, agent
    /// or channel (RowConverter). m_dims keeps those buffers alive, so that no other text can
    /// have their addresses. A cache: the pieces of a split delta start without it.
    struct Buffers
    {
        const QChar *a, *b, *c;
        bool operator==(const Buffers &o) const { return a == o.a && b == o.b && c == o.c; }
    };
    friend size_t qHash(const Buffers &key, size_t seed) noexcept
    {
        return qHashMulti(seed, key.a, key.b, key.c);
    }
    QHash<Buffers, int> m_dimsByBuffer;
    Tables m_months;
    Tables m_days;
    ActivityLog m_supportActivity;
    ActivityLog m_saleActivity;
    std::pair<int, int> m_createdMonths{std::numeric_limits<int>::max(), -1};
    int m_backInTime = 0;
    /// Month bits (ActivityLog::monthBits) of activity whose day bits applyEarly() wrote,
    /// sorted by (chunk, customer).
    std::vector<ActivityLog::Bits> m_supportMonthBits;
    std::vector<ActivityLog::Bits> m_saleMonthBits;

    /// Where summary rows go: the store's connection and, on SQLite, statements kept prepared
    /// by the caller (null: prepared for the one call).
    struct Target
    {
        QSqlDatabase &db;
        SqliteStatements *statements = nullptr;
    };
    /// The widest summary row (sum_support: the period, three dimensions, twelve measures).
    static constexpr int MaxSumColumns = 16;
    /// Upserts one row per key of sums whose period is not dirty: row[0] is the period, fill
    /// writes the dimensions and measures after it and returns the row's width.
    template <typename Sums, typename Fill>
    bool upsertSums(const Target &to, const char *table, const char *key, const QString &sql,
                    const SumsTable<Sums> &sums, int keyDivisor, const QSet<int> &dirty, Fill fill,
                    QString *error) const;
    /// keyDivisor 1 for months, 100 for days (a day's month is day / 100).
    bool applySupport(const Target &to, const SumsTable<SupportSums> &sums, const char *table,
                      const char *key, int keyDivisor, const QSet<int> &dirty,
                      QString *error) const;
    bool applySales(const Target &to, const SumsTable<SalesSums> &sums, const char *table,
                    const char *key, int keyDivisor, const QSet<int> &dirty, QString *error) const;
    bool applyFeedback(const Target &to, const SumsTable<FeedbackSums> &sums, const char *table,
                       const char *key, int keyDivisor, const QSet<int> &dirty,
                       QString *error) const;
    /// ORs bits into table's bitsColumn per (source, key, customer): customer_activity (month
    /// bits per chunk) or customer_activity_day (day bits per month). bits must be in the
    /// table's order, (key, customer), as dayBits(), monthBits() and united() give them.
    static bool applyActivity(const Target &to, const char *table, const char *key,
                              const char *bitsColumn, const char *source,
                              const std::vector<ActivityLog::Bits> &bits, QString *error);
    /// The log's day bits, and its month bits with monthBits (see m_supportMonthBits).
    static bool applyActivityLog(const Target &to, const char *source, const ActivityLog &log,
                                 const std::vector<ActivityLog::Bits> &monthBits, QString *error);
    /// Sums in the monthly and daily tables of every period (dirty: those to leave out).
    bool applySums(const Target &to, const ChangeSet &dirty, QString *error) const;
    bool hasActivity() const;
};

size_t qHash(const SummaryDelta::Dims &dims, size_t seed = 0) noexcept;

} // namespace busola
