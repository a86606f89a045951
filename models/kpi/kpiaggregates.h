#pragma once

#include "kpidefinition.h"
#include "kpiperiod.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVector>

#include <memory>
#include <vector>

namespace busola {

class SqliteStatements;

class StoreClock;

/// Additive measures of interactions; each is bucketed by its own timestamp's month
/// (created; resolved; resolved-else-created for ratings).
struct SupportCell
{
    qint64 created = 0, responded = 0, responseSeconds = 0, complaints = 0, costMinor = 0,
           costed = 0, resolved = 0, fcrKnown = 0, fcrOne = 0, ratings = 0, ratingsHigh = 0;
    double ratingSum = 0;
    void add(const SupportCell &o);
};

/// Additive measures of deals (touched: created or closed in the month, any status).
struct SalesCell
{
    qint64 touched = 0, leads = 0, leadsWon = 0, leadsOpen = 0, sales = 0, salesMinor = 0,
           cycles = 0, cycleSeconds = 0;
    void add(const SalesCell &o);
};

struct FeedbackCell
{
    qint64 ratings = 0, ratingsHigh = 0;
    double ratingSum = 0;
    void add(const FeedbackCell &o);
};

struct CostRow
{
    int month = 0;
    QString channel; ///< empty: a cost of the whole support
    qint64 amountMinor = 0;
};

/// [from, to) as instants and the local months it touches. Aligned: whole months only.
struct KpiRange
{
    qint64 from = 0;
    qint64 to = 0;
    int firstMonth = 0;
    int lastMonth = 0;
    bool aligned = true;
    static KpiRange of(const KpiPeriod &period, const StoreClock &clock);
};

/// What the KPI formulas need for one range and one set of filters, month by month.
struct KpiAggregates
{
    QMap<int, QHash<QString, SupportCell>> support; ///< month → channel → measures (filtered)
    QMap<int, SalesCell> sales;
    QMap<int, FeedbackCell> feedback;
    QList<CostRow> costs; ///< monthly costs of the months touched
    /// Interactions created per month and channel, unfiltered and over the whole month: the
    /// base that monthly costs are shared out on (only for months with monthly costs).
    QMap<int, QHash<QString, qint64>> createdWholeMonth;
    QSet<int> wholeMonths; ///< months lying entirely inside the range
    bool supportFiltered = false;
};

struct RetentionCounts
{
    qint64 start = 0; ///< |S|
    qint64 kept = 0;  ///< |S ∩ E|
};

/// Reads the aggregates, from the per-month summaries (aligned ranges) or straight from the
/// base tables (any range; also the independent check of the summaries).
class KpiAggregateLoader
{
public:
    KpiAggregateLoader(QSqlDatabase db, const StoreClock &clock, bool useSummaries);
    ~KpiAggregateLoader();
    KpiAggregateLoader(const KpiAggregateLoader &) = delete;
    KpiAggregateLoader &operator=(const KpiAggregateLoader &) = delete;

    /// Which datasets load() reads (KPIs need only some of them); all by default.
    enum Dataset : unsigned { Support = 1, Sales = 2, Feedback = 4, Costs = 8, All = 15 };
    void setDatasets(unsigned datasets) { m_datasets = datasets; }
    /// The datasets the formulas of kpis read.
    static unsigned datasetsFor(const QVector<Kpi> &kpis);

    bool load(const KpiRange &range, const KpiFilters &filters, KpiAggregates *out);
    /// The same, one KpiAggregates per value of dimension ("" for records without one).
    bool loadGrouped(const KpiRange &range, const KpiFilters &filters, const QString &dimension,
                     QMap<QString, KpiAggregates> *groups);
    /// Response times (seconds) of the interactions created in range, ascending, from offset.
    QVector<qint64> responseTimes(const KpiRange &range, const KpiFilters &filters, qint64 offset,
                                  int limit);
    /// All of them, in no particular order.
    std::vector<qint64> responseTimes(const KpiRange &range, const KpiFilters &filters);
    /// True when many rows are read without a QVariant per value (SQLite): reading every
    /// response time of a range then costs less than two ordered reads from an offset.
    bool readsRowsDirectly() { return sqlite() != nullptr; }
    /// Retention over period with a trailing window of windowMonths (PRODUCT.md).
    bool retention(const KpiPeriod &period, int windowMonths, RetentionCounts *out);
    /// True when activity means won deals (the store holds deals), false for interactions.
    bool activityIsSales();

    QString lastError() const { return m_error; }
    bool usesSummaries(const KpiRange &range) const { return m_useSummaries && range.aligned; }

private:
    /// Where a summary read finds range: the monthly table for whole months, else the per-day
    /// one (range's days); binds gets the key range.
    struct SummarySource
    {
        QString table, key, month; ///< month: the expression giving a row's month
    };
    SummarySource summarySource(const KpiRange &range, const char *monthTable,
                                QVariantList *binds) const;
    QSet<int> wholeMonthsOf(const KpiRange &range) const;
    /// The SELECT of the response times in range (unordered), its binds appended.
    QString responseTimeRows(const KpiRange &range, const KpiFilters &filters,
                             QVariantList *binds) const;
    /// The range split into the parts read from the summaries and from the base tables.
    QVector<KpiRange> pieces(const KpiRange &range, const QSet<int> &wholeMonths) const;
    bool loadSupport(const KpiRange &range, const KpiFilters &filters, KpiAggregates *out);
    bool loadSupportSummaries(const KpiRange &range, const KpiFilters &filters, KpiAggregates *out);
    bool loadSales(const KpiRange &range, const KpiFilters &filters, KpiAggregates *out);
    bool loadSalesSummaries(const KpiRange &range, const KpiFilters &filters, KpiAggregates *out);
    bool loadFeedback(const KpiRange &range, const KpiFilters &filters, KpiAggregates *out);
    bool loadCosts(const KpiRange &range, KpiAggregates *out);
    bool retentionFromGaps(const KpiPeriod &period, int windowMonths, RetentionCounts *out);
    bool retentionFromMasks(const KpiPeriod &period, int windowMonths, RetentionCounts *out);
    bool retentionFromDays(const KpiPeriod &period, int windowMonths, RetentionCounts *out);
    bool retentionFromRows(const KpiPeriod &period, int windowMonths, RetentionCounts *out);

    QString groupColumn(const QStringList &dataDimensions) const;
    QString groupByColumn(const QStringList &dataDimensions) const;
    KpiAggregates &destination(KpiAggregates *out, const QSqlQuery &q, int keyColumn);
    /// The SQLite handle, for reads of many rows without a QVariant per value; null on
    /// PostgreSQL.
    SqliteStatements *sqlite();

    QSqlDatabase m_db;
    const StoreClock &m_clock;
    QString m_groupBy; ///< while loadGrouped() runs
    QMap<QString, KpiAggregates> *m_groups = nullptr;
    bool m_useSummaries;
    unsigned m_datasets = All;
    int m_activityIsSales = -1;
    std::unique_ptr<SqliteStatements> m_sqlite;
    bool m_sqliteTried = false;
    QString m_error;
};

/// " AND COALESCE(col, '') IN (?, ...)" for each filtered dimension the data has; a filter
/// on a dimension the data lacks keeps only what a record without a value would match.
QString filterClause(const KpiFilters &filters, const QStringList &dataDimensions,
                     const QStringList &filterDimensions, QVariantList *binds,
                     const QString &tableAlias = QString());

} // namespace busola
