#pragma once

#include "swot/kpistatussource.h"

#include <QHash>

namespace busola {

/// KPI fixtures for the SWOT tests: each KPI has a snapshot and a series of period values
/// (oldest first, ending with the asked period). Records the periods it was asked about.
class FakeKpiSource final : public KpiStatusSource
{
public:
    struct Fixture
    {
        KpiSnapshot snapshot;
        QList<std::optional<double>> series;
    };

    void add(const QString &id, const QString &name, const QString &unit, bool lowerIsBetter,
             std::optional<double> value, std::optional<double> target, KpiState status,
             const QList<std::optional<double>> &series = {})
    {
        KpiSnapshot s;
        s.kpiId = id;
        s.name = name;
        s.unit = unit;
        s.lowerIsBetter = lowerIsBetter;
        s.value = value;
        s.target = target;
        s.status = status;
        m_order.append(id);
        m_fixtures.insert(id, {s, series});
    }

    QStringList kpiIds() const override { return m_order; }

    std::optional<KpiSnapshot> status(const QString &kpiId, const KpiScope &period) const override
    {
        askedPeriods.append(period);
        if (!m_fixtures.contains(kpiId))
            return std::nullopt;
        return m_fixtures.value(kpiId).snapshot;
    }

    QList<std::optional<double>> lastPeriods(const QString &kpiId, const KpiScope &period,
                                             int count) const override
    {
        askedPeriods.append(period);
        QList<std::optional<double>> series = m_fixtures.value(kpiId).series;
        while (series.size() < count)
            series.prepend(std::nullopt);
        return series.mid(series.size() - count);
    }

    mutable QList<KpiScope> askedPeriods;

private:
    QStringList m_order;
    QHash<QString, Fixture> m_fixtures;
};

} // namespace busola
