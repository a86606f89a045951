#pragma once

#include "kpistatussource.h"

namespace busola {

class KpiEngine;

/// SWOT's view of the KPI engine. Names come in the UI language (the default QLocale's, which
/// the LanguageManager sets), money in the store's currency, and a board's team becomes a team
/// filter (the KPIs without a team dimension ignore it, as the engine does). Month, quarter and
/// year periods are asked as such, so they read the engine's monthly summaries.
class KpiEngineSource final : public KpiStatusSource
{
public:
    explicit KpiEngineSource(KpiEngine &engine);

    QStringList kpiIds() const override;
    std::optional<KpiSnapshot> status(const QString &kpiId, const KpiScope &scope) const override;
    QList<std::optional<double>> lastPeriods(const QString &kpiId, const KpiScope &scope,
                                             int count) const override;

private:
    KpiEngine &m_engine;
};

} // namespace busola
