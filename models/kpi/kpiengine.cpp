#include "kpiengine.h"

#include "store/store.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace busola {

namespace {

std::optional<double> ratio(double numerator, qint64 denominator, double scale = 1.0)
{
    if (denominator <= 0)
        return std::nullopt;
    return numerator / double(denominator) * scale;
}

SupportCell supportTotal(const KpiAggregates &agg, int fromMonth, int toMonth)
{
    SupportCell total;
    for (auto it = agg.support.lowerBound(fromMonth);
         it != agg.support.cend() && it.key() <= toMonth; ++it)
        for (const SupportCell &cell : it.value())
            total.add(cell);
    return total;
}

template <typename Cell> Cell monthTotal(const QMap<int, Cell> &map, int fromMonth, int toMonth)
{
    Cell total;
    for (auto it = map.lowerBound(fromMonth); it != map.cend() && it.key() <= toMonth; ++it)
        total.add(it.value());
    return total;
}

/// R-7 (Excel's PERCENTILE.INC): position (n − 1)·p between order statistics.
std::optional<double> percentile(KpiAggregateLoader &loader, const KpiRange &range,
                                 const KpiFilters &filters, qint64 n, double p)
{
    if (n <= 0)
        return std::nullopt;
    const double h = double(n - 1) * p;
    const qint64 lo = qint64(std::floor(h));
    const QVector<qint64> x = loader.responseTimes(range, filters, lo, 2);
    if (x.isEmpty())
        return std::nullopt;
    const double low = double(x.at(0));
    const double high = x.size() > 1 ? double(x.at(1)) : low;
    return low + (h - double(lo)) * (high - low);
}

/// The same from every value, in any order (reordered here).
double percentileOf(std::vector<qint64> &x, double p)
{
    const double h = double(x.size() - 1) * p;
    const size_t lo = size_t(std::floor(h));
    std::nth_element(x.begin(), x.begin() + qptrdiff(lo), x.end());
    const double low = double(x[lo]);
    const double high =
        lo + 1 < x.size() ? double(*std::min_element(x.begin() + qptrdiff(lo) + 1, x.end())) : low;
    return low + (h - double(lo)) * (high - low);
}

} // namespace

KpiEngine::KpiEngine(Store &store)
    : m_store(store)
    , m_targets(store)
{}

int KpiEngine::retentionWindowMonths() const
{
    bool ok = false;
    const int w = m_store.setting(SettingKeys::RetentionWindowMonths).toInt(&ok);
    return ok && w > 0 ? w : 12;
}

std::optional<double> KpiEngine::changePct(std::optional<double> value, std::optional<double> base)
{
    if (!value || !base || *base == 0)
        return std::nullopt;
    return (*value - *base) / std::abs(*base) * 100.0;
}

KpiValue KpiEngine::evaluate(Kpi kpi, const KpiAggregates &agg, const KpiFilters &filters,
                             int fromMonth, int toMonth) const
{
    KpiValue v;
    if (kpi == Kpi::CostPerInteraction)
        return costPerInteraction(agg, filters, fromMonth, toMonth);
    const SupportCell s = supportTotal(agg, fromMonth, toMonth);
    const SalesCell d = monthTotal(agg.sales, fromMonth, toMonth);
    const FeedbackCell f = monthTotal(agg.feedback, fromMonth, toMonth);
    const bool supportPresent = s.created + s.resolved > 0;
    switch (kpi) {
    case Kpi::ResponseTime:
        v.count = s.responded;
        v.value = ratio(double(s.responseSeconds), s.responded, 1.0 / 3600.0);
        break;
    case Kpi::FcrRate:
        v.count = s.fcrKnown;
        v.value = ratio(double(s.fcrOne), s.fcrKnown, 100.0);
        break;
    case Kpi::ResolvedCount:
        v.count = s.resolved;
        if (supportPresent)
            v.value = double(s.resolved);
        break;
    case Kpi::Csat: {
        const qint64 n = s.ratings + f.ratings;
        v.count = n;
        v.value = ratio(s.ratingSum + f.ratingSum, n);
        if (n > 0) {
            v.extras.shareHigh = ratio(double(s.ratingsHigh + f.ratingsHigh), n, 100.0);
            v.extras.ratings = n;
        }
        break;
    }
    case Kpi::Complaints:
        v.count = s.complaints;
        if (supportPresent)
            v.value = double(s.complaints);
        break;
    case Kpi::MonthlySales:
        v.count = d.sales;
        if (d.touched > 0)
            v.value = double(d.salesMinor) / 100.0;
        break;
    case Kpi::LeadConversion:
        v.count = d.leads;
        v.value = ratio(double(d.leadsWon), d.leads, 100.0);
        if (d.leads > 0)
            v.extras.open = d.leadsOpen;
        break;
    case Kpi::SalesCycle:
        v.count = d.cycles;
        v.value = ratio(double(d.cycleSeconds), d.cycles, 1.0 / 86400.0);
        break;
    case Kpi::RetentionRate:
    case Kpi::CostPerInteraction:
        break;
    }
    return v;
}

// Month by month: the monthly costs when the month has any (a channel's own costs, and the
// costs without a channel shared out by the filtered interactions' share of the month's),
// else the per-interaction costs; summed and divided by the interactions created.
KpiValue KpiEngine::costPerInteraction(const KpiAggregates &agg, const KpiFilters &filters,
                                       int fromMonth, int toMonth) const
{
    const auto channelIt = filters.values.constFind(QStringLiteral("channel"));
    const QStringList *channels = channelIt == filters.values.cend() ? nullptr : &*channelIt;
    QMap<int, QList<const CostRow *>> costsByMonth;
    for (const CostRow &c : agg.costs)
        if (c.month >= fromMonth && c.month <= toMonth)
            costsByMonth[c.month] << &c;
    double costMinor = 0;
    qint64 created = 0;
    bool known = false;
    for (int m = fromMonth; m <= toMonth; m = StoreClock::addMonths(m, 1)) {
        const QHash<QString, SupportCell> cells = agg.support.value(m);
        SupportCell month;
        for (const SupportCell &cell : cells)
            month.add(cell);
        created += month.created;
        const QList<const CostRow *> costs = costsByMonth.value(m);
        if (costs.isEmpty()) {
            costMinor += double(month.costMinor);
            known = known || month.costed > 0;
            continue;
        }
        known = true;
        const QHash<QString, qint64> whole = agg.createdWholeMonth.value(m);
        for (const CostRow *c : costs) {
            if (!c->channel.isEmpty() && channels && !channels->contains(c->channel))
                continue;
            qint64 part = 0, base = 0;
            if (c->channel.isEmpty()) {
                part = month.created;
                for (qint64 n : whole)
                    base += n;
            } else {
                part = cells.value(c->channel).created;
                base = whole.value(c->channel);
            }
            double share = 0;
            if (base > 0)
                share = part == base ? 1.0 : double(part) / double(base);
            else if (!agg.supportFiltered && agg.wholeMonths.contains(m))
                share = 1.0;
            costMinor += double(c->amountMinor) * share;
        }
    }
    KpiValue v;
    v.count = created;
    if (known)
        v.value = ratio(costMinor / 100.0, created);
    return v;
}

KpiValue KpiEngine::retention(const KpiPeriod &period)
{
    KpiAggregateLoader loader(m_store.db(), m_store.clock(), m_useSummaries);
    RetentionCounts counts;
    KpiValue v;
    if (!loader.retention(period, retentionWindowMonths(), &counts)) {
        m_error = loader.lastError();
        return v;
    }
    v.count = counts.start;
    v.value = ratio(double(counts.kept), counts.start, 100.0);
    return v;
}

void KpiEngine::addResponsePercentiles(KpiValue *value, const KpiRange &range,
                                       const KpiFilters &filters, KpiAggregateLoader &loader)
{
    const KpiFilters support = filters.restrictedTo(supportDimensions());
    if (value->count > 0 && loader.readsRowsDirectly()) {
        // The range's response times are read once from the index, straight through the
        // sqlite3 handle, and both percentiles picked in memory.
        std::vector<qint64> x = loader.responseTimes(range, support);
        if (x.empty())
            return;
        value->extras.median = percentileOf(x, 0.5) / 3600.0;
        value->extras.p90 = percentileOf(x, 0.9) / 3600.0;
        return;
    }
    if (const std::optional<double> median = percentile(loader, range, support, value->count, 0.5))
        value->extras.median = *median / 3600.0;
    if (const std::optional<double> p90 = percentile(loader, range, support, value->count, 0.9))
        value->extras.p90 = *p90 / 3600.0;
}

QVector<KpiValue> KpiEngine::values(const QVector<Kpi> &kpis, const KpiPeriod &period,
                                    const KpiFilters &filters, bool withExtras)
{
    QVector<KpiValue> out(kpis.size());
    const KpiRange range = KpiRange::of(period, m_store.clock());
    KpiAggregateLoader loader(m_store.db(), m_store.clock(), m_useSummaries);
    KpiAggregates agg;
    const unsigned datasets = KpiAggregateLoader::datasetsFor(kpis);
    loader.setDatasets(datasets);
    if (datasets != 0 && !loader.load(range, filters, &agg)) {
        m_error = loader.lastError();
        return out;
    }
    for (int i = 0; i < kpis.size(); ++i) {
        if (kpis.at(i) == Kpi::RetentionRate) {
            out[i] = retention(period);
            continue;
        }
        out[i] = evaluate(kpis.at(i), agg, filters, range.firstMonth, range.lastMonth);
        if (withExtras && kpis.at(i) == Kpi::ResponseTime)
            addResponsePercentiles(&out[i], range, filters, loader);
    }
    return out;
}

KpiValue KpiEngine::value(Kpi kpi, const KpiPeriod &period, const KpiFilters &filters)
{
    return values({kpi}, period, filters).constFirst();
}

KpiComparison KpiEngine::compare(const KpiValue &current, const KpiValue &base,
                                 const KpiPeriod &period) const
{
    KpiComparison c;
    c.period = period;
    c.value = base.value;
    c.changePct = changePct(current.value, base.value);
    if (current.value && base.value)
        c.changeAbs = *current.value - *base.value;
    return c;
}

QVector<KpiRow> KpiEngine::report(const KpiPeriod &period, const KpiFilters &filters,
                                  const QVector<Kpi> &kpis)
{
    const QVector<KpiValue> current = values(kpis, period, filters, true);
    const QVector<KpiValue> previous = values(kpis, period.previous(), filters, false);
    const QVector<KpiValue> yearAgo = values(kpis, period.yearAgo(), filters, false);
    return report(period, filters, kpis, current, previous, yearAgo);
}

QVector<KpiRow> KpiEngine::report(const KpiPeriod &period, const KpiFilters &filters,
                                  const QVector<Kpi> &kpis, const QVector<KpiValue> &current,
                                  const QVector<KpiValue> &previous,
                                  const QVector<KpiValue> &yearAgo) const
{
    const KpiPeriod previousPeriod = period.previous();
    const KpiPeriod yearAgoPeriod = period.yearAgo();
    QVector<KpiRow> rows;
    rows.reserve(kpis.size());
    for (int i = 0; i < kpis.size(); ++i) {
        KpiRow row;
        row.kpi = kpis.at(i);
        row.current = current.at(i);
        row.target = m_targets.targetFor(row.kpi, period.lastMonth(), filters);
        row.status = evaluateStatus(kpiDefinition(row.kpi), row.current.value, row.target);
        row.previous = compare(row.current, previous.at(i), previousPeriod);
        row.yearAgo = compare(row.current, yearAgo.at(i), yearAgoPeriod);
        rows << row;
    }
    return rows;
}

QVector<QVector<MonthValue>> KpiEngine::monthlySeries(const QVector<Kpi> &kpis, int fromMonth,
                                                      int toMonth, const KpiFilters &filters)
{
    QVector<QVector<MonthValue>> out(kpis.size());
    if (fromMonth > toMonth)
        return out;
    const KpiPeriod whole =
        KpiPeriod::custom(StoreClock::firstDayOf(fromMonth), KpiPeriod::month(toMonth).last);
    const KpiRange range = KpiRange::of(whole, m_store.clock());
    KpiAggregateLoader loader(m_store.db(), m_store.clock(), m_useSummaries);
    KpiAggregates agg;
    const unsigned datasets = KpiAggregateLoader::datasetsFor(kpis);
    loader.setDatasets(datasets);
    if (datasets != 0 && !loader.load(range, filters, &agg)) {
        m_error = loader.lastError();
        return out;
    }
    for (int m = fromMonth; m <= toMonth; m = StoreClock::addMonths(m, 1)) {
        for (int i = 0; i < kpis.size(); ++i) {
            const KpiValue v = kpis.at(i) == Kpi::RetentionRate
                                   ? retention(KpiPeriod::month(m))
                                   : evaluate(kpis.at(i), agg, filters, m, m);
            out[i].append({m, v.value});
        }
    }
    return out;
}

QVector<MonthValue> KpiEngine::monthlySeries(Kpi kpi, int fromMonth, int toMonth,
                                             const KpiFilters &filters)
{
    return monthlySeries(QVector<Kpi>{kpi}, fromMonth, toMonth, filters).constFirst();
}

QStringList KpiEngine::dimensionValues(const QString &dimension, const KpiPeriod &period)
{
    QStringList values;
    if (!isKnownDimension(dimension))
        return values;
    const bool support = supportDimensions().contains(dimension);
    // dimension is one of the fixed names: safe as a column name.
    QString sql = support ? QStringLiteral("SELECT DISTINCT COALESCE(%1, '') FROM interactions"
                                           " WHERE created_month BETWEEN ? AND ?"
                                           " OR resolved_month BETWEEN ? AND ?")
                          : QStringLiteral("SELECT DISTINCT COALESCE(%1, '') FROM deals"
                                           " WHERE created_month BETWEEN ? AND ?"
                                           " OR closed_month BETWEEN ? AND ?");
    if (m_useSummaries)
        sql =
            support
                ? QStringLiteral("SELECT DISTINCT %1 FROM sum_support WHERE month BETWEEN ? AND ?")
                : QStringLiteral("SELECT DISTINCT %1 FROM sum_sales WHERE month BETWEEN ? AND ?");
    // Survey responses count in csat: they have a channel, and no team or agent.
    if (dimension == QLatin1String("channel"))
        sql += QStringLiteral(" UNION SELECT DISTINCT COALESCE(channel, '') FROM feedback"
                              " WHERE responded_month BETWEEN ? AND ?");
    else if (support)
        sql += QStringLiteral(" UNION SELECT DISTINCT '' FROM feedback"
                              " WHERE responded_month BETWEEN ? AND ?");
    QSqlQuery q(m_store.db());
    q.prepare(sql.arg(dimension));
    const int binds = sql.count(QLatin1Char('?'));
    for (int i = 0; i < binds; ++i)
        q.bindValue(i, i % 2 == 0 ? period.firstMonth() : period.lastMonth());
    if (!q.exec())
        return values;
    while (q.next())
        values << q.value(0).toString();
    std::sort(values.begin(), values.end());
    values.removeDuplicates();
    return values;
}

QVector<KpiBreakdownEntry> KpiEngine::breakdown(Kpi kpi, const KpiPeriod &period,
                                                const KpiFilters &filters, const QString &dimension)
{
    QVector<KpiBreakdownEntry> entries;
    const KpiDefinition &def = kpiDefinition(kpi);
    if (!def.dimensions.contains(dimension))
        return entries;
    const KpiRange range = KpiRange::of(period, m_store.clock());
    KpiAggregateLoader loader(m_store.db(), m_store.clock(), m_useSummaries);
    loader.setDatasets(KpiAggregateLoader::datasetsFor({kpi}));
    QMap<QString, KpiAggregates> groups;
    if (!loader.loadGrouped(range, filters, dimension, &groups)) {
        m_error = loader.lastError();
        return entries;
    }
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        KpiFilters group = filters;
        group.values[dimension] = QStringList{it.key()};
        KpiBreakdownEntry entry;
        entry.key = it.key();
        entry.value = evaluate(kpi, it.value(), group, range.firstMonth, range.lastMonth);
        if (!entry.value.value && entry.value.count == 0)
            continue;
        entry.target = m_targets.targetFor(kpi, period.lastMonth(), group);
        entry.status = evaluateStatus(def, entry.value.value, entry.target);
        entries << entry;
    }
    return entries;
}

QVector<KpiValue> KpiEngine::history(Kpi kpi, const KpiPeriod &period, const KpiFilters &filters,
                                     int count)
{
    QVector<KpiValue> out;
    KpiPeriod p = period;
    for (int i = 0; i < count; ++i) {
        out.prepend(values({kpi}, p, filters, false).constFirst());
        p = p.previous();
    }
    return out;
}

} // namespace busola
