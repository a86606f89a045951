#include "kpienginesource.h"

#include "kpi/kpiengine.h"
#include "store/store.h"

#include <QLocale>

namespace busola {

namespace {

/// The engine's period for a scope: a calendar month, quarter or year when the days are
/// exactly one, else a custom range (which the engine reads from the base tables).
KpiPeriod periodOf(const KpiScope &scope)
{
    const QDate &from = scope.from;
    const QDate &to = scope.to;
    if (from.day() == 1 && to.addDays(1).day() == 1) {
        const int months = (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
        if (months == 1)
            return KpiPeriod::month(from.year() * 100 + from.month());
        if (months == 3 && (from.month() - 1) % 3 == 0)
            return KpiPeriod::quarter(from.year(), (from.month() - 1) / 3 + 1);
        if (months == 12 && from.month() == 1)
            return KpiPeriod::year(from.year());
    }
    return KpiPeriod::custom(from, to);
}

KpiFilters filtersOf(const KpiScope &scope)
{
    KpiFilters filters;
    if (!scope.team.isEmpty())
        filters.add(QStringLiteral("team"), scope.team);
    return filters;
}

KpiState stateOf(KpiStatus status)
{
    switch (status) {
    case KpiStatus::None:
        return KpiState::NoTarget;
    case KpiStatus::Met:
        return KpiState::Met;
    case KpiStatus::Near:
        return KpiState::Near;
    case KpiStatus::Missed:
        return KpiState::Missed;
    case KpiStatus::NoData:
        break;
    }
    return KpiState::NoData;
}

Language uiLanguage()
{
    return QLocale().language() == QLocale::Romanian ? Language::Romanian : Language::English;
}

} // namespace

KpiEngineSource::KpiEngineSource(KpiEngine &engine)
    : m_engine(engine)
{}

QStringList KpiEngineSource::kpiIds() const
{
    QStringList ids;
    for (const KpiDefinition &definition : kpiDefinitions())
        ids << definition.id;
    return ids;
}

std::optional<KpiSnapshot> KpiEngineSource::status(const QString &kpiId,
                                                   const KpiScope &scope) const
{
    const KpiDefinition *definition = findKpi(kpiId);
    if (!definition || !scope.from.isValid() || !scope.to.isValid() || scope.from > scope.to)
        return std::nullopt;
    const QVector<KpiRow> rows =
        m_engine.report(periodOf(scope), filtersOf(scope), {definition->kpi});
    if (rows.isEmpty())
        return std::nullopt;
    const KpiRow &row = rows.constFirst();
    KpiSnapshot snapshot;
    snapshot.kpiId = definition->id;
    snapshot.name = definition->name(uiLanguage());
    snapshot.unit = definition->unitCode(m_engine.store().currency());
    snapshot.lowerIsBetter = definition->direction == KpiDirection::LowerIsBetter;
    snapshot.value = row.current.value;
    snapshot.target = row.target.value;
    snapshot.status = stateOf(row.status);
    return snapshot;
}

QList<std::optional<double>> KpiEngineSource::lastPeriods(const QString &kpiId,
                                                          const KpiScope &scope, int count) const
{
    QList<std::optional<double>> values;
    const KpiDefinition *definition = findKpi(kpiId);
    if (!definition || !scope.from.isValid() || !scope.to.isValid() || scope.from > scope.to)
        return values;
    for (const KpiValue &value :
         m_engine.history(definition->kpi, periodOf(scope), filtersOf(scope), count))
        values.append(value.value);
    return values;
}

} // namespace busola
