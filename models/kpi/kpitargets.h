#pragma once

#include "kpidefinition.h"
#include "kpiperiod.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <optional>

namespace busola {

class Store;

/// The target a period is judged by. value is null when the KPI has no target.
struct KpiTarget
{
    std::optional<double> value;
    double tolerancePct = 10.0;
    QString scopeDimension; ///< empty: the company-wide target
    QString scopeValue;
    int validFrom = 0; ///< yyyymm; 0 for the article's default
};

/// Met / near / missed as PRODUCT.md says; NoData when the value is null; None without target.
enum class KpiStatus { None, Met, Near, Missed, NoData };

/// "met", "near", "missed", "no_data"; empty for None (the JSON's null).
QString statusCode(KpiStatus status);
KpiStatus evaluateStatus(const KpiDefinition &definition, std::optional<double> value,
                         const KpiTarget &target);

/// A stored target row.
struct KpiTargetEntry
{
    QString kpiId;
    QString scopeDimension;
    QString scopeValue;
    int validFrom = 0;
    std::optional<double> target;
    std::optional<double> tolerancePct;
};

/// Targets in kpi_targets: per KPI, optionally per team or channel, each valid from a month
/// on, so a past period keeps the target it had. A stored null target removes the target from
/// that month on.
class KpiTargets
{
    Q_DECLARE_TR_FUNCTIONS(busola::KpiTargets)

public:
    explicit KpiTargets(Store &store);

    /// The target for a period ending in month lastMonth under filters: a single-team filter
    /// picks the team's target, else a single-channel filter the channel's, else the
    /// company-wide one; the newest row valid by lastMonth wins; no row: the default.
    KpiTarget targetFor(Kpi kpi, int lastMonth, const KpiFilters &filters) const;

    bool setTarget(const KpiTargetEntry &entry, QString *error = nullptr);
    bool removeTarget(const KpiTargetEntry &entry, QString *error = nullptr);
    QVector<KpiTargetEntry> entries(Kpi kpi) const;

private:
    std::optional<KpiTarget> lookup(Kpi kpi, const QString &dim, const QString &value,
                                    int month) const;
    double defaultTolerance() const;

    Store &m_store;
};

} // namespace busola
