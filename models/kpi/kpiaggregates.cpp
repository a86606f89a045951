#include "kpiaggregates.h"

#include "kpidefinition.h"
#include "store/sqlitestatements.h"
#include "store/storeclock.h"
#include "store/summaries.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace busola {

void SupportCell::add(const SupportCell &o)
{
    created += o.created;
    responded += o.responded;
    responseSeconds += o.responseSeconds;
    complaints += o.complaints;
    costMinor += o.costMinor;
    costed += o.costed;
    resolved += o.resolved;
    fcrKnown += o.fcrKnown;
    fcrOne += o.fcrOne;
    ratings += o.ratings;
    ratingsHigh += o.ratingsHigh;
    ratingSum += o.ratingSum;
}

void SalesCell::add(const SalesCell &o)
{
    touched += o.touched;
    leads += o.leads;
    leadsWon += o.leadsWon;
    leadsOpen += o.leadsOpen;
    sales += o.sales;
    salesMinor += o.salesMinor;
    cycles += o.cycles;
    cycleSeconds += o.cycleSeconds;
}

void FeedbackCell::add(const FeedbackCell &o)
{
    ratings += o.ratings;
    ratingsHigh += o.ratingsHigh;
    ratingSum += o.ratingSum;
}

KpiRange KpiRange::of(const KpiPeriod &period, const StoreClock &clock)
{
    return {period.startInstant(clock), period.endInstant(clock), period.firstMonth(),
            period.lastMonth(), period.isMonthAligned()};
}

QString filterClause(const KpiFilters &filters, const QStringList &dataDimensions,
                     const QStringList &filterDimensions, QVariantList *binds,
                     const QString &tableAlias)
{
    QString sql;
    for (const QString &dim : filterDimensions) {
        const auto it = filters.values.constFind(dim);
        if (it == filters.values.cend())
            continue;
        if (!dataDimensions.contains(dim)) {
            if (!it->contains(QString()))
                sql += QLatin1String(" AND 1 = 0");
            continue;
        }
        QStringList marks;
        for (const QString &value : *it) {
            marks << QStringLiteral("?");
            *binds << value;
        }
        // dim is one of the fixed dimension names, which are also the column names. Without
        // the empty value the plain column form lets the indexes serve the filter.
        const QString column =
            it->contains(QString()) ? QStringLiteral("COALESCE(%1%2, '')") : QStringLiteral("%1%2");
        const QString test = marks.size() == 1
                                 ? QStringLiteral(" = ?")
                                 : QStringLiteral(" IN (%1)").arg(marks.join(QLatin1String(", ")));
        sql += QLatin1String(" AND ") + column.arg(tableAlias, dim) + test;
    }
    return sql;
}

namespace {

bool runQuery(QSqlQuery &q, const QString &sql, const QVariantList &binds, QString *error)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return false;
    }
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

qint64 i64(const QSqlQuery &q, int column)
{
    return q.value(column).toLongLong();
}

} // namespace

KpiAggregateLoader::KpiAggregateLoader(QSqlDatabase db, const StoreClock &clock, bool useSummaries)
    : m_db(db)
    , m_clock(clock)
    , m_useSummaries(useSummaries)
{}

KpiAggregateLoader::~KpiAggregateLoader() = default;

SqliteStatements *KpiAggregateLoader::sqlite()
{
    if (!m_sqliteTried) {
        m_sqliteTried = true;
        m_sqlite = SqliteStatements::forDatabase(m_db);
    }
    return m_sqlite.get();
}

QString KpiAggregateLoader::groupColumn(const QStringList &dataDimensions) const
{
    if (m_groupBy.isEmpty())
        return QString();
    // A dataset without the dimension falls into the group without a value.
    return dataDimensions.contains(m_groupBy) ? QStringLiteral(", COALESCE(%1, '')").arg(m_groupBy)
                                              : QStringLiteral(", ''");
}

QString KpiAggregateLoader::groupByColumn(const QStringList &dataDimensions) const
{
    return m_groupBy.isEmpty() || !dataDimensions.contains(m_groupBy)
               ? QString()
               : QStringLiteral(", COALESCE(%1, '')").arg(m_groupBy);
}

KpiAggregates &KpiAggregateLoader::destination(KpiAggregates *out, const QSqlQuery &q,
                                               int keyColumn)
{
    if (m_groupBy.isEmpty())
        return *out;
    return (*m_groups)[q.value(keyColumn).toString()];
}

bool KpiAggregateLoader::loadGrouped(const KpiRange &range, const KpiFilters &filters,
                                     const QString &dimension, QMap<QString, KpiAggregates> *groups)
{
    groups->clear();
    m_groupBy = dimension;
    m_groups = groups;
    KpiAggregates shared;
    const bool ok = load(range, filters, &shared);
    m_groupBy.clear();
    m_groups = nullptr;
    for (KpiAggregates &g : *groups) {
        g.costs = shared.costs;
        g.createdWholeMonth = shared.createdWholeMonth;
        g.wholeMonths = shared.wholeMonths;
        g.supportFiltered = g.supportFiltered || supportDimensions().contains(dimension);
    }
    return ok;
}

QSet<int> KpiAggregateLoader::wholeMonthsOf(const KpiRange &range) const
{
    QSet<int> months;
    for (int m = range.firstMonth; m <= range.lastMonth; m = StoreClock::addMonths(m, 1)) {
        if (m_clock.monthStart(m) >= range.from &&
            m_clock.monthStart(StoreClock::addMonths(m, 1)) <= range.to)
            months.insert(m);
    }
    return months;
}

QVector<KpiRange> KpiAggregateLoader::pieces(const KpiRange &range,
                                             const QSet<int> &wholeMonths) const
{
    if (!m_useSummaries || range.aligned || wholeMonths.isEmpty())
        return {range};
    // Every measure is bucketed by the month of its own timestamp, so the months lying wholly
    // inside the range read the summaries and only the cut months at either end read the base
    // tables, limited to the part of them inside the range.
    const int first = *std::min_element(wholeMonths.cbegin(), wholeMonths.cend());
    const int last = *std::max_element(wholeMonths.cbegin(), wholeMonths.cend());
    const qint64 middleFrom = m_clock.monthStart(first);
    const qint64 middleTo = m_clock.monthStart(StoreClock::addMonths(last, 1));
    QVector<KpiRange> out;
    if (range.from < middleFrom)
        out.append({range.from, middleFrom, range.firstMonth, range.firstMonth, false});
    out.append({middleFrom, middleTo, first, last, true});
    if (middleTo < range.to)
        out.append({middleTo, range.to, range.lastMonth, range.lastMonth, false});
    return out;
}

bool KpiAggregateLoader::load(const KpiRange &range, const KpiFilters &filters, KpiAggregates *out)
{
    *out = KpiAggregates();
    out->supportFiltered = filters.hasAnyOf(supportDimensions());
    out->wholeMonths = wholeMonthsOf(range);
    // Grouped, only the datasets that have the dimension (and the survey, which shares csat).
    const bool supportSide = m_groupBy.isEmpty() || supportDimensions().contains(m_groupBy);
    const bool support = supportSide && (m_datasets & Support);
    const bool feedback = supportSide && (m_datasets & Feedback);
    const bool sales =
        (m_groupBy.isEmpty() || salesDimensions().contains(m_groupBy)) && (m_datasets & Sales);
    for (const KpiRange &piece : pieces(range, out->wholeMonths)) {
        if ((support && !loadSupport(piece, filters, out)) ||
            (sales && !loadSales(piece, filters, out)) ||
            (feedback && !loadFeedback(piece, filters, out)))
            return false;
    }
    return !(m_datasets & Costs) || loadCosts(range, out);
}

unsigned KpiAggregateLoader::datasetsFor(const QVector<Kpi> &kpis)
{
    unsigned datasets = 0;
    for (Kpi kpi : kpis) {
        switch (kpi) {
        case Kpi::ResponseTime:
        case Kpi::FcrRate:
        case Kpi::ResolvedCount:
        case Kpi::Complaints:
            datasets |= Support;
            break;
        case Kpi::Csat:
            datasets |= Support | Feedback;
            break;
        case Kpi::CostPerInteraction:
            datasets |= Support | Costs;
            break;
        case Kpi::MonthlySales:
        case Kpi::LeadConversion:
        case Kpi::SalesCycle:
            datasets |= Sales;
            break;
        case Kpi::RetentionRate: // reads the activity tables on its own
            break;
        }
    }
    return datasets;
}

KpiAggregateLoader::SummarySource KpiAggregateLoader::summarySource(const KpiRange &range,
                                                                    const char *monthTable,
                                                                    QVariantList *binds) const
{
    // Whole months read the monthly table; a cut month (a custom range's ends) the per-day
    // one, whose days of the range add up to the same measures, bucketed by their month.
    if (range.aligned) {
        *binds << range.firstMonth << range.lastMonth;
        return {QLatin1String(monthTable), QStringLiteral("month"), QStringLiteral("month")};
    }
    *binds << m_clock.dayKey(range.from) << m_clock.dayKey(range.to - 1);
    return {QLatin1String(monthTable) + QLatin1String("_day"), QStringLiteral("day"),
            QStringLiteral("day / 100")};
}

bool KpiAggregateLoader::loadSupportSummaries(const KpiRange &range, const KpiFilters &filters,
                                              KpiAggregates *out)
{
    QVariantList binds;
    const QStringList &dims = supportDimensions();
    QSqlQuery q(m_db);
    const SummarySource source = summarySource(range, "sum_support", &binds);
    const QString where = filterClause(filters, dims, dims, &binds);
    if (!runQuery(
            q,
            QStringLiteral("SELECT %4, channel, SUM(n_created), SUM(n_resp), SUM(sum_resp_s),"
                           " SUM(n_complaint), SUM(sum_cost_minor), SUM(n_cost), SUM(n_resolved),"
                           " SUM(n_fcr_known), SUM(n_fcr_one), SUM(n_csat), SUM(n_csat_hi),"
                           " SUM(sum_csat)%2 FROM %5 WHERE %6 BETWEEN ? AND ?%1"
                           " GROUP BY %4, channel%3")
                .arg(where, groupColumn(dims), groupByColumn(dims), source.month, source.table,
                     source.key),
            binds, &m_error))
        return false;
    while (q.next()) {
        SupportCell &c = destination(out, q, 14).support[q.value(0).toInt()][q.value(1).toString()];
        c = {i64(q, 2), i64(q, 3), i64(q, 4),  i64(q, 5),  i64(q, 6),  i64(q, 7),
             i64(q, 8), i64(q, 9), i64(q, 10), i64(q, 11), i64(q, 12), q.value(13).toDouble()};
    }
    return true;
}

bool KpiAggregateLoader::loadSupport(const KpiRange &range, const KpiFilters &filters,
                                     KpiAggregates *out)
{
    QVariantList binds;
    const QStringList &dims = supportDimensions();
    QSqlQuery q(m_db);
    if (m_useSummaries)
        return loadSupportSummaries(range, filters, out);
    binds << range.from << range.to;
    const QString where = filterClause(filters, dims, dims, &binds);
    if (!runQuery(
            q,
            QStringLiteral("SELECT created_month, COALESCE(channel, ''), COUNT(*),"
                           " COUNT(response_seconds), COALESCE(SUM(response_seconds), 0),"
                           " SUM(is_complaint), COALESCE(SUM(cost_minor), 0), COUNT(cost_minor)%2"
                           " FROM interactions WHERE created_at >= ? AND created_at < ?%1"
                           " GROUP BY 1, 2%3")
                .arg(where, groupColumn(dims), groupByColumn(dims)),
            binds, &m_error))
        return false;
    while (q.next()) {
        SupportCell &c = destination(out, q, 8).support[q.value(0).toInt()][q.value(1).toString()];
        c.created = i64(q, 2);
        c.responded = i64(q, 3);
        c.responseSeconds = i64(q, 4);
        c.complaints = i64(q, 5);
        c.costMinor = i64(q, 6);
        c.costed = i64(q, 7);
    }
    if (!runQuery(
            q,
            QStringLiteral(
                "SELECT resolved_month, COALESCE(channel, ''), COUNT(*),"
                " SUM(CASE WHEN contacts IS NOT NULL OR fcr_flag IS NOT NULL THEN 1 ELSE 0 END),"
                " SUM(CASE WHEN contacts = 1 OR (contacts IS NULL AND fcr_flag = 1)"
                " THEN 1 ELSE 0 END)%2 FROM interactions"
                " WHERE resolved_at >= ? AND resolved_at < ?%1 GROUP BY 1, 2%3")
                .arg(where, groupColumn(dims), groupByColumn(dims)),
            binds, &m_error))
        return false;
    while (q.next()) {
        SupportCell &c = destination(out, q, 5).support[q.value(0).toInt()][q.value(1).toString()];
        c.resolved = i64(q, 2);
        c.fcrKnown = i64(q, 3);
        c.fcrOne = i64(q, 4);
    }
    // Resolved in the range, or unresolved and created in it: two indexed reads, not an OR
    // (which SQLite answers by walking every unresolved ticket). The unary + keeps the
    // planner off ix_interactions_resolved for "IS NULL" (every unresolved ticket again):
    // the created_at range is the narrow one. Plain SQL: PostgreSQL reads it the same.
    QVariantList ratingBinds{range.from, range.to};
    const QString ratingWhere = filterClause(filters, dims, dims, &ratingBinds);
    ratingBinds << range.from << range.to;
    filterClause(filters, dims, dims, &ratingBinds);
    const QString rows =
        QStringLiteral(
            "SELECT COALESCE(resolved_month, created_month) AS m, COALESCE(channel, '') AS ch,"
            " CASE WHEN satisfaction >= 4 THEN 1 ELSE 0 END AS hi, satisfaction AS sat%1 AS g"
            " FROM interactions WHERE satisfaction IS NOT NULL AND ")
            .arg(m_groupBy.isEmpty() ? QStringLiteral(", ''") : groupColumn(dims));
    const QString outerGroup = m_groupBy.isEmpty() ? QString() : QStringLiteral(", g");
    if (!runQuery(q,
                  QStringLiteral("SELECT m, ch, COUNT(*), SUM(hi), SUM(sat)%3 FROM (%1"
                                 "resolved_at >= ? AND resolved_at < ?%2 UNION ALL %1"
                                 "+resolved_at IS NULL AND created_at >= ? AND created_at < ?%2) r"
                                 " GROUP BY m, ch%3")
                      .arg(rows, ratingWhere, outerGroup),
                  ratingBinds, &m_error))
        return false;
    while (q.next()) {
        SupportCell &c = destination(out, q, 5).support[q.value(0).toInt()][q.value(1).toString()];
        c.ratings = i64(q, 2);
        c.ratingsHigh = i64(q, 3);
        c.ratingSum = q.value(4).toDouble();
    }
    return true;
}

bool KpiAggregateLoader::loadSalesSummaries(const KpiRange &range, const KpiFilters &filters,
                                            KpiAggregates *out)
{
    QVariantList binds;
    const QStringList &dims = salesDimensions();
    QSqlQuery q(m_db);
    const SummarySource source = summarySource(range, "sum_sales", &binds);
    const QString where = filterClause(filters, dims, dims, &binds);
    if (!runQuery(q,
                  QStringLiteral("SELECT %4, SUM(n_touch), SUM(n_leads), SUM(n_leads_won),"
                                 " SUM(n_leads_open), SUM(n_sales), SUM(sum_sales_minor),"
                                 " SUM(n_cycle), SUM(sum_cycle_s)%2 FROM %5"
                                 " WHERE %6 BETWEEN ? AND ?%1 GROUP BY %4%3")
                      .arg(where, groupColumn(dims), groupByColumn(dims), source.month,
                           source.table, source.key),
                  binds, &m_error))
        return false;
    while (q.next())
        destination(out, q, 9).sales[q.value(0).toInt()] = {
            i64(q, 1), i64(q, 2), i64(q, 3), i64(q, 4), i64(q, 5), i64(q, 6), i64(q, 7), i64(q, 8)};
    return true;
}

bool KpiAggregateLoader::loadSales(const KpiRange &range, const KpiFilters &filters,
                                   KpiAggregates *out)
{
    QVariantList binds;
    const QStringList &dims = salesDimensions();
    QSqlQuery q(m_db);
    if (m_useSummaries)
        return loadSalesSummaries(range, filters, out);
    binds << range.from << range.to;
    const QString where = filterClause(filters, dims, dims, &binds);
    if (!runQuery(
            q,
            QStringLiteral(
                "SELECT created_month, COUNT(*), SUM(CASE WHEN is_order = 0 THEN 1 ELSE 0 END),"
                " SUM(CASE WHEN is_order = 0 AND status = 'won' THEN 1 ELSE 0 END),"
                " SUM(CASE WHEN is_order = 0 AND status = 'open' THEN 1 ELSE 0 END)%2"
                " FROM deals WHERE created_at >= ? AND created_at < ?%1 GROUP BY 1%3")
                .arg(where, groupColumn(dims), groupByColumn(dims)),
            binds, &m_error))
        return false;
    while (q.next()) {
        SalesCell &c = destination(out, q, 5).sales[q.value(0).toInt()];
        c.touched += i64(q, 1);
        c.leads = i64(q, 2);
        c.leadsWon = i64(q, 3);
        c.leadsOpen = i64(q, 4);
    }
    if (!runQuery(
            q,
            QStringLiteral(
                "SELECT closed_month, COUNT(*),"
                " SUM(CASE WHEN status = 'won' AND amount_minor IS NOT NULL THEN 1 ELSE 0 END),"
                " COALESCE(SUM(CASE WHEN status = 'won' THEN amount_minor END), 0),"
                " SUM(CASE WHEN status = 'won' AND is_order = 0 AND created_at IS NOT NULL"
                " THEN 1 ELSE 0 END),"
                " COALESCE(SUM(CASE WHEN status = 'won' AND is_order = 0"
                " AND created_at IS NOT NULL THEN closed_at - created_at END), 0)%2"
                " FROM deals WHERE closed_at >= ? AND closed_at < ?%1 GROUP BY 1%3")
                .arg(where, groupColumn(dims), groupByColumn(dims)),
            binds, &m_error))
        return false;
    while (q.next()) {
        SalesCell &c = destination(out, q, 6).sales[q.value(0).toInt()];
        c.touched += i64(q, 1);
        c.sales = i64(q, 2);
        c.salesMinor = i64(q, 3);
        c.cycles = i64(q, 4);
        c.cycleSeconds = i64(q, 5);
    }
    return true;
}

bool KpiAggregateLoader::loadFeedback(const KpiRange &range, const KpiFilters &filters,
                                      KpiAggregates *out)
{
    QVariantList binds;
    const QStringList dataDims{QStringLiteral("channel")};
    QSqlQuery q(m_db);
    QString sql;
    if (m_useSummaries) {
        const SummarySource source = summarySource(range, "sum_feedback", &binds);
        // %1–%3 stay for the filter and group columns below.
        sql = QStringLiteral("SELECT ") + source.month +
              QStringLiteral(", SUM(n_csat), SUM(n_csat_hi), SUM(sum_csat)%2 FROM ") +
              source.table + QStringLiteral(" WHERE ") + source.key +
              QStringLiteral(" BETWEEN ? AND ?%1 GROUP BY ") + source.month + QStringLiteral("%3");
    } else {
        binds << range.from << range.to;
        sql = QStringLiteral("SELECT responded_month, COUNT(*),"
                             " SUM(CASE WHEN score >= 4 THEN 1 ELSE 0 END), SUM(score)%2"
                             " FROM feedback WHERE responded_at >= ? AND responded_at < ?%1"
                             " GROUP BY 1%3");
    }
    const QString where = filterClause(filters, dataDims, supportDimensions(), &binds);
    if (!runQuery(q, sql.arg(where, groupColumn(dataDims), groupByColumn(dataDims)), binds,
                  &m_error))
        return false;
    while (q.next())
        destination(out, q, 4).feedback[q.value(0).toInt()] = {i64(q, 1), i64(q, 2),
                                                               q.value(3).toDouble()};
    return true;
}

bool KpiAggregateLoader::loadCosts(const KpiRange &range, KpiAggregates *out)
{
    QSqlQuery q(m_db);
    if (!runQuery(q,
                  QStringLiteral("SELECT month, COALESCE(channel, ''), amount_minor"
                                 " FROM support_costs WHERE month BETWEEN ? AND ?"),
                  {range.firstMonth, range.lastMonth}, &m_error))
        return false;
    while (q.next())
        out->costs.append({q.value(0).toInt(), q.value(1).toString(), i64(q, 2)});
    if (out->costs.isEmpty())
        return true;
    // Whole months whatever the range: the summaries hold exactly these counts.
    const QString sql =
        m_useSummaries ? QStringLiteral("SELECT month, channel, SUM(n_created) FROM sum_support"
                                        " WHERE month BETWEEN ? AND ? GROUP BY month, channel")
                       : QStringLiteral("SELECT created_month, COALESCE(channel, ''), COUNT(*)"
                                        " FROM interactions WHERE created_month BETWEEN ? AND ?"
                                        " GROUP BY 1, 2");
    if (!runQuery(q, sql, {range.firstMonth, range.lastMonth}, &m_error))
        return false;
    while (q.next())
        out->createdWholeMonth[q.value(0).toInt()][q.value(1).toString()] = i64(q, 2);
    return true;
}

std::vector<qint64> KpiAggregateLoader::responseTimes(const KpiRange &range,
                                                      const KpiFilters &filters)
{
    QVariantList binds;
    const QString rows = responseTimeRows(range, filters, &binds);
    std::vector<qint64> values;
    // The median and p90 of a custom range read every response time in it (100,000 over four
    // months): straight from SQLite, at a tenth of the cost of a QVariant per value.
    if (SqliteStatements *direct = sqlite()) {
        if (!direct->selectInt64Rows(rows, binds, 1, &values)) {
            m_error = direct->lastError();
            values.clear();
        }
        return values;
    }
    QSqlQuery q(m_db);
    if (!runQuery(q, rows, binds, &m_error))
        return values;
    while (q.next())
        values.push_back(i64(q, 0));
    return values;
}

QVector<qint64> KpiAggregateLoader::responseTimes(const KpiRange &range, const KpiFilters &filters,
                                                  qint64 offset, int limit)
{
    QVariantList binds;
    const QString rows = responseTimeRows(range, filters, &binds);
    binds << limit << offset;
    QSqlQuery q(m_db);
    QVector<qint64> values;
    if (!runQuery(q, rows + QLatin1String(" ORDER BY response_seconds LIMIT ? OFFSET ?"), binds,
                  &m_error))
        return values;
    while (q.next())
        values << i64(q, 0);
    return values;
}

QString KpiAggregateLoader::responseTimeRows(const KpiRange &range, const KpiFilters &filters,
                                             QVariantList *bindsOut) const
{
    // One range of creation instants, whole months or not: ix_interactions_created holds the
    // instant, the channel and the response time, so an unfiltered or channel-filtered read
    // never touches the table.
    QVariantList &binds = *bindsOut;
    binds << range.from << range.to;
    const QString where = QStringLiteral("created_at >= ? AND created_at < ?") +
                          filterClause(filters, supportDimensions(), supportDimensions(), &binds);
    return QStringLiteral("SELECT response_seconds FROM interactions WHERE %1"
                          " AND response_seconds IS NOT NULL")
        .arg(where);
}

bool KpiAggregateLoader::activityIsSales()
{
    if (m_activityIsSales < 0) {
        QSqlQuery q(m_db);
        m_activityIsSales = q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM deals)")) &&
                                    q.next() && q.value(0).toBool()
                                ? 1
                                : 0;
    }
    return m_activityIsSales == 1;
}

bool KpiAggregateLoader::retention(const KpiPeriod &period, int windowMonths, RetentionCounts *out)
{
    *out = RetentionCounts();
    if (m_useSummaries && period.isMonthAligned()) {
        if (period.monthCount() <= windowMonths)
            return retentionFromGaps(period, windowMonths, out);
        return retentionFromMasks(period, windowMonths, out);
    }
    if (m_useSummaries)
        return retentionFromDays(period, windowMonths, out);
    return retentionFromRows(period, windowMonths, out);
}

namespace {

/// The activity bits that make a customer active in the window [from, to) of local days: a
/// month bit (customer_activity) per whole month, day bits (customer_activity_day) for the rest.
struct WindowBits
{
    QMap<int, qint64> chunks; ///< chunk → month bits
    QMap<int, qint64> months; ///< yyyymm → day bits
    WindowBits(QDate from, QDate to)
    {
        for (QDate first(from.year(), from.month(), 1); first < to; first = first.addMonths(1)) {
            const QDate next = first.addMonths(1);
            const int key = StoreClock::monthKeyOf(first);
            if (first >= from && next <= to) {
                const int index = ActivityMask::monthIndex(key);
                chunks[index / ActivityMask::ChunkMonths] |= qint64(1)
                                                             << (index % ActivityMask::ChunkMonths);
                continue;
            }
            for (QDate d = std::max(first, from); d < std::min(next, to); d = d.addDays(1))
                months[key] |= qint64(1) << (d.day() - 1);
        }
    }
};

/// "CASE column WHEN ? THEN ? ... ELSE 0 END" of a window's bits, and which keys to read.
QString bitsCase(const QString &column, const QMap<int, qint64> &bits, QVariantList *binds)
{
    if (bits.isEmpty())
        return QStringLiteral("0");
    QString sql = QStringLiteral("CASE ") + column;
    for (auto it = bits.cbegin(); it != bits.cend(); ++it) {
        // Typed: PostgreSQL would take the bits for the ELSE branch's INTEGER.
        sql += QLatin1String(" WHEN ? THEN CAST(? AS BIGINT)");
        *binds << it.key() << it.value();
    }
    return sql + QLatin1String(" ELSE CAST(0 AS BIGINT) END");
}

/// "?, …, ?" for the keys either window reads (empty when none), the keys appended to binds.
QString keyMarks(const QMap<int, qint64> &sBits, const QMap<int, qint64> &eBits,
                 QVariantList *binds)
{
    QMap<int, qint64> keys = sBits;
    keys.insert(eBits);
    QStringList marks;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        marks << QStringLiteral("?");
        *binds << it.key();
    }
    return marks.join(QLatin1String(", "));
}

/// retentionFromDays on SQLite: the activity rows of the windows' keys are read as they are and
/// met with the windows' bits here, a per-customer OR, instead of a CASE per row and a GROUP BY
/// over ~100,000 rows inside SQLite (50–120 ms for each of a range's three windows pairs).
bool retentionFromDayRows(SqliteStatements &sqlite, const QString &source, const WindowBits &s,
                          const WindowBits &e, RetentionCounts *out, QString *error)
{
    QHash<qint64, quint8> seen; // customer → 1: active in S, 2: active in E
    auto read = [&](const char *table, const char *key, const char *bitsColumn,
                    const QMap<int, qint64> &sBits, const QMap<int, qint64> &eBits) {
        QVariantList binds{source};
        const QString marks = keyMarks(sBits, eBits, &binds);
        if (marks.isEmpty())
            return true;
        std::vector<qint64> rows;
        const QString sql =
            QStringLiteral("SELECT customer_id, %2, %3 FROM %1"
                           " WHERE source = ? AND %2 IN (%4)")
                .arg(QLatin1String(table), QLatin1String(key), QLatin1String(bitsColumn), marks);
        if (!sqlite.selectInt64Rows(sql, binds, 3, &rows)) {
            *error = sqlite.lastError();
            return false;
        }
        for (size_t i = 0; i + 2 < rows.size(); i += 3) {
            const int k = int(rows[i + 1]);
            const qint64 bits = rows[i + 2];
            const quint8 flags =
                ((bits & sBits.value(k)) != 0 ? 1 : 0) | ((bits & eBits.value(k)) != 0 ? 2 : 0);
            if (flags)
                seen[rows[i]] |= flags;
        }
        return true;
    };
    if (!read("customer_activity", "chunk", "months", s.chunks, e.chunks) ||
        !read("customer_activity_day", "month", "days", s.months, e.months))
        return false;
    for (const quint8 flags : std::as_const(seen)) {
        if (flags & 1) {
            ++out->start;
            if (flags & 2)
                ++out->kept;
        }
    }
    return true;
}

} // namespace

// Day-exact windows (a custom range): each window is its whole months' bits plus the days of
// the months it cuts; a customer is in S (in E) when any of its rows meets S's (E's) bits.
bool KpiAggregateLoader::retentionFromDays(const KpiPeriod &period, int windowMonths,
                                           RetentionCounts *out)
{
    const QDate end = period.last.addDays(1);
    const WindowBits s(period.first.addMonths(-windowMonths), period.first);
    const WindowBits e(end.addMonths(-windowMonths), end);
    const QString source = activityIsSales() ? QStringLiteral("sale") : QStringLiteral("support");
    if (SqliteStatements *direct = sqlite())
        return retentionFromDayRows(*direct, source, s, e, out, &m_error);
    QVariantList binds;
    QStringList parts;
    auto part = [&](const char *table, const char *key, const char *bitsColumn,
                    const QMap<int, qint64> &sBits, const QMap<int, qint64> &eBits) {
        if (sBits.isEmpty() && eBits.isEmpty())
            return;
        const QString column = QLatin1String(key), bitsOf = QLatin1String(bitsColumn);
        const QString inS = bitsCase(column, sBits, &binds); // binds in the text's order
        const QString inE = bitsCase(column, eBits, &binds);
        QString sql = QStringLiteral("SELECT customer_id, CASE WHEN (%1 & (%2)) <> 0 THEN 1 ELSE 0"
                                     " END AS in_s, CASE WHEN (%1 & (%3)) <> 0 THEN 1 ELSE 0 END"
                                     " AS in_e FROM %4 WHERE source = ? AND %5 IN (")
                          .arg(bitsOf, inS, inE, QLatin1String(table), column);
        binds << source;
        parts << sql + keyMarks(sBits, eBits, &binds) + QLatin1Char(')');
    };
    part("customer_activity", "chunk", "months", s.chunks, e.chunks);
    part("customer_activity_day", "month", "days", s.months, e.months);
    QSqlQuery q(m_db);
    if (parts.isEmpty())
        return true;
    if (!runQuery(q,
                  QStringLiteral("SELECT COUNT(*), COALESCE(SUM(in_e), 0) FROM (SELECT customer_id,"
                                 " MAX(in_s) AS in_s, MAX(in_e) AS in_e FROM (%1) a"
                                 " GROUP BY customer_id) t WHERE in_s = 1")
                      .arg(parts.join(QLatin1String(" UNION ALL "))),
                  binds, &m_error) ||
        !q.next())
        return false;
    out->start = i64(q, 0);
    out->kept = i64(q, 1);
    return true;
}

bool KpiAggregateLoader::retentionFromMasks(const KpiPeriod &period, int windowMonths,
                                            RetentionCounts *out)
{
    const int s = ActivityMask::monthIndex(period.firstMonth());
    const int e = ActivityMask::monthIndex(period.lastMonth()) + 1;
    const int chunkSize = ActivityMask::ChunkMonths;
    const int firstChunk = (s - windowMonths) / chunkSize;
    const int lastChunk = (e - 1) / chunkSize;
    // Bits of the window [from, to) that fall in chunk.
    auto maskOf = [chunkSize](int chunk, int from, int to) {
        qint64 mask = 0;
        for (int i = std::max(from, chunk * chunkSize); i < std::min(to, (chunk + 1) * chunkSize);
             ++i)
            mask |= qint64(1) << (i - chunk * chunkSize);
        return mask;
    };
    QString startCase, endCase;
    QVariantList startBinds, endBinds;
    for (int c = firstChunk; c <= lastChunk; ++c) {
        startCase += QLatin1String(" WHEN ? THEN ?");
        endCase += QLatin1String(" WHEN ? THEN ?");
        startBinds << c << maskOf(c, s - windowMonths, s);
        endBinds << c << maskOf(c, e - windowMonths, e);
    }
    const QVariantList binds =
        startBinds + endBinds +
        QVariantList{activityIsSales() ? QStringLiteral("sale") : QStringLiteral("support"),
                     firstChunk, lastChunk};
    QSqlQuery q(m_db);
    if (!runQuery(q,
                  QStringLiteral(
                      "SELECT COUNT(*), COALESCE(SUM(in_e), 0) FROM (SELECT customer_id,"
                      " MAX(CASE WHEN (months & (CASE chunk%1 ELSE 0 END)) <> 0 THEN 1 ELSE 0 END)"
                      " AS in_s,"
                      " MAX(CASE WHEN (months & (CASE chunk%2 ELSE 0 END)) <> 0 THEN 1 ELSE 0 END)"
                      " AS in_e FROM customer_activity WHERE source = ? AND chunk BETWEEN ? AND ?"
                      " GROUP BY customer_id) t WHERE in_s = 1")
                      .arg(startCase, endCase),
                  binds, &m_error) ||
        !q.next())
        return false;
    out->start = i64(q, 0);
    out->kept = i64(q, 1);
    return true;
}

bool KpiAggregateLoader::retentionFromRows(const KpiPeriod &period, int windowMonths,
                                           RetentionCounts *out)
{
    const QDate endDay = period.last.addDays(1);
    const qint64 start = m_clock.toEpoch(period.first);
    const qint64 startWindow = m_clock.toEpoch(period.first.addMonths(-windowMonths));
    const qint64 end = m_clock.toEpoch(endDay);
    const qint64 endWindow = m_clock.toEpoch(endDay.addMonths(-windowMonths));
    const bool sales = activityIsSales();
    const QString at = sales ? QStringLiteral("closed_at") : QStringLiteral("created_at");
    const QString from = sales ? QStringLiteral("deals WHERE status = 'won' AND")
                               : QStringLiteral("interactions WHERE");
    QSqlQuery q(m_db);
    if (!runQuery(q,
                  QStringLiteral("SELECT COUNT(*), COALESCE(SUM(in_e), 0) FROM (SELECT customer_id,"
                                 " MAX(CASE WHEN %1 >= ? AND %1 < ? THEN 1 ELSE 0 END) AS in_s,"
                                 " MAX(CASE WHEN %1 >= ? AND %1 < ? THEN 1 ELSE 0 END) AS in_e"
                                 " FROM %2 customer_id IS NOT NULL AND %1 >= ? AND %1 < ?"
                                 " GROUP BY customer_id) t WHERE in_s = 1")
                      .arg(at, from),
                  {startWindow, start, endWindow, end, std::min(startWindow, endWindow),
                   std::max(start, end)},
                  &m_error) ||
        !q.next())
        return false;
    out->start = i64(q, 0);
    out->kept = i64(q, 1);
    return true;
}

// The customer active at s = start counts once, through its last activity a before s (a in
// [s − W, s), next one at s or later). It is still active at the end e when a itself lies in
// [e − W, e), or its next activity comes before e (that holds for periods no longer than W).
bool KpiAggregateLoader::retentionFromGaps(const KpiPeriod &period, int windowMonths,
                                           RetentionCounts *out)
{
    const int s = ActivityMask::monthIndex(period.firstMonth());
    const int e = ActivityMask::monthIndex(period.lastMonth()) + 1;
    QSqlQuery q(m_db);
    if (!runQuery(
            q,
            QStringLiteral("SELECT COALESCE(SUM(customers), 0), COALESCE(SUM(CASE WHEN month >= ?"
                           " OR (gap > 0 AND month + gap < ?) THEN customers ELSE 0 END), 0)"
                           " FROM activity_gaps WHERE source = ? AND month >= ? AND month < ?"
                           " AND (gap = 0 OR month + gap >= ?)"),
            {e - windowMonths, e,
             activityIsSales() ? QStringLiteral("sale") : QStringLiteral("support"),
             s - windowMonths, s, s},
            &m_error) ||
        !q.next())
        return false;
    out->start = i64(q, 0);
    out->kept = i64(q, 1);
    return true;
}

} // namespace busola
