// ReportBuilder's gathering beyond the KPI rows: forecasts, breakdowns, SWOT, competitors.
#include "reportgather.h"

#include "competitors/competitorstore.h"
#include "forecast/forecaster.h"
#include "kpi/kpiengine.h"
#include "reportbuilder.h"
#include "reporttext.h"
#include "swot/swotstore.h"

#include <QMap>

#include <cmath>

namespace busola {

namespace {

ValueRange rangeOf(ReportUnit unit)
{
    switch (unit) {
    case ReportUnit::Percent:
        return ValueRange::percent();
    case ReportUnit::Score:
        return ValueRange::score();
    default:
        return ValueRange::nonNegative();
    }
}

QString methodText(ForecastMethod method, const ReportText &text)
{
    switch (method) {
    case ForecastMethod::Mean:
        return text.translate("busola::Report", "mean of the history");
    case ForecastMethod::HoltLinear:
        return text.translate("busola::Report", "Holt's linear trend");
    case ForecastMethod::HoltWintersAdditive:
        return text.translate("busola::Report", "Holt-Winters with yearly seasonality");
    }
    return QString();
}

std::optional<double> finite(double v)
{
    return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

} // namespace

ReportForecast reportForecast(const QVector<ReportPoint> &series, ReportUnit unit,
                              const ReportText &text)
{
    ReportForecast out;
    if (series.isEmpty() || !series.last().value)
        return out;
    MonthlySeries input;
    input.firstMonth = series.first().month;
    for (const ReportPoint &p : series)
        input.values << (p.value ? *p.value : std::nan(""));
    ForecastOptions options;
    options.horizon = ReportBuilder::ForecastHorizon;
    options.range = rangeOf(unit);
    const Forecast f = forecastSeries(input, options);
    if (!f.valid)
        return out;
    out.valid = true;
    out.method = methodText(f.method, text);
    if (f.backtest.valid) {
        out.heldOutMonths = f.backtest.heldOut;
        if (f.backtest.usesMape())
            out.mape = finite(f.backtest.mape);
        else
            out.mae = finite(f.backtest.mae);
    }
    for (const ForecastPoint &p : f.points)
        out.points << ReportForecastPoint{p.month, p.value, finite(p.lower), finite(p.upper)};
    return out;
}

void ReportBuilder::gatherBreakdowns(ReportData &data, KpiEngine &engine, const KpiPeriod &period,
                                     const KpiFilters &filters, const ReportText &text)
{
    struct Plan
    {
        QVector<ReportBreakdown> *target;
        QStringList dimensions;
        QVector<Kpi> kpis;
    };
    const QVector<Plan> plans{
        {&data.supportBreakdowns,
         {QStringLiteral("channel"), QStringLiteral("team")},
         {Kpi::ResponseTime, Kpi::FcrRate, Kpi::Csat, Kpi::ResolvedCount, Kpi::Complaints}},
        {&data.salesBreakdowns,
         {QStringLiteral("owner"), QStringLiteral("region")},
         {Kpi::MonthlySales, Kpi::LeadConversion, Kpi::SalesCycle}},
    };
    for (const Plan &plan : plans) {
        for (const QString &dimension : plan.dimensions) {
            // A report for one team has no breakdown by team: it would be one row.
            if (filters.single(dimension))
                continue;
            ReportBreakdown table;
            table.dimension = dimension;
            QMap<QString, ReportBreakdownRow> rows; // sorted by key; "" (no value) first
            for (int c = 0; c < plan.kpis.size(); ++c) {
                table.kpiIds << kpiDefinition(plan.kpis.at(c)).id;
                const auto entries = engine.breakdown(plan.kpis.at(c), period, filters, dimension);
                for (const KpiBreakdownEntry &e : entries) {
                    ReportBreakdownRow &row = rows[e.key];
                    row.values.resize(plan.kpis.size());
                    row.statuses.resize(plan.kpis.size());
                    row.values[c] = e.value.value;
                    row.statuses[c] = reportStatusOf(e.status);
                }
            }
            for (auto it = rows.begin(); it != rows.end(); ++it) {
                it->label = it.key().isEmpty() ? text.translate("busola::Report", "(no value)")
                            : dimension == QLatin1String("channel") ? text.channel(it.key())
                                                                    : it.key();
                it->values.resize(plan.kpis.size());
                it->statuses.resize(plan.kpis.size());
            }
            table.rows = rows.values().toVector();
            // Records without a value read best last.
            if (!table.rows.isEmpty() && rows.contains(QString()))
                table.rows.append(table.rows.takeFirst());
            if (!table.rows.isEmpty())
                plan.target->append(table);
        }
    }
}

void ReportBuilder::gatherSwot(ReportData &data, const ReportText &text)
{
    Q_UNUSED(text);
    SwotStore store(m_store);
    const QString team = data.request.filters.value(QStringLiteral("team")).value(0);
    std::optional<SwotBoard> best;
    int bestScore = -1;
    // The board whose period covers the report's last day, for the report's team if there is
    // one; among equals the newest (boards() lists newest first).
    for (const SwotBoard &b : store.boards()) {
        const bool overlaps = (!b.periodFrom.isValid() || b.periodFrom <= data.periodLast) &&
                              (!b.periodTo.isValid() || b.periodTo >= data.periodFirst);
        if (!overlaps)
            continue;
        int score = 1;
        if (b.periodFrom.isValid() && b.periodTo.isValid() && b.periodFrom <= data.periodLast &&
            b.periodTo >= data.periodLast)
            score += 2;
        if (b.team == team)
            score += 4;
        if (score > bestScore) {
            bestScore = score;
            best = b;
        }
    }
    if (!best)
        return;
    data.swot.found = true;
    data.swot.name = best->name;
    data.swot.from = best->periodFrom;
    data.swot.to = best->periodTo;
    data.swot.team = best->team;
    const auto quadrants = store.items(best->id);
    for (int q = 0; q < QuadrantCount; ++q) {
        for (const SwotItem &item : quadrants[q]) {
            ReportSwotItem out{item.text,    item.importance, item.owner,        item.action,
                               item.dueDate, item.kpiId,      ReportStatus::None};
            if (const ReportKpi *k = data.kpi(item.kpiId))
                out.kpiStatus = k->status;
            data.swot.quadrants[q] << out;
        }
    }
}

void ReportBuilder::gatherCompetitors(ReportData &data)
{
    CompetitorStore store(m_store);
    for (const Competitor &c : store.competitors()) {
        ReportCompetitor out;
        out.name = c.name;
        out.pricePosition = ReportPricePosition(int(c.pricePosition));
        out.discountPct = c.discountPct;
        out.channels = c.channels;
        out.responseTimeHours = c.responseTimeHours;
        out.satisfaction = c.satisfaction;
        out.notes = c.notes;
        data.competitors << out;
    }
}

} // namespace busola
