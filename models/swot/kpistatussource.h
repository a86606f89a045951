#pragma once

#include <QColor>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace busola {

// The names differ from the KPI engine's KpiPeriod / KpiStatus on purpose: SWOT sees the
// engine only through KpiStatusSource, and the adapter converts.

/// A KPI's status against its target (PRODUCT.md: met, near within the tolerance, missed; no
/// status when the KPI has no target; no data when there is no value).
enum class KpiState { NoTarget, Met, Near, Missed, NoData };

/// The status colour every view uses (green, amber, red; grey when there is nothing to judge).
inline QColor kpiStateColor(KpiState status)
{
    switch (status) {
    case KpiState::Met:
        return QColor(0x2e, 0x7d, 0x32);
    case KpiState::Near:
        return QColor(0xf0, 0xa2, 0x02);
    case KpiState::Missed:
        return QColor(0xc6, 0x28, 0x28);
    case KpiState::NoTarget:
    case KpiState::NoData:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

/// What a KPI is asked about: a period of whole days (first and last day included) and
/// optionally one team (a board "tied to a team"); an empty team means the whole company.
struct KpiScope
{
    QDate from;
    QDate to;
    QString team;
};

/// What SWOT needs to know about one KPI in one period.
struct KpiSnapshot
{
    QString kpiId;
    QString name; ///< in the UI language
    QString unit; ///< "h", "%", "score", "days", "count" or the store's currency code
    bool lowerIsBetter = false;
    std::optional<double> value;
    std::optional<double> target;
    KpiState status = KpiState::NoData;
};

/// The KPI engine as SWOT sees it. The suggestion rules, the items' live status and the
/// competitor chart depend on this interface only, so they are tested with fixtures and the
/// KPI engine can change behind one adapter.
class KpiStatusSource
{
public:
    virtual ~KpiStatusSource() = default;

    /// Every KPI the source knows, in display order.
    virtual QStringList kpiIds() const = 0;
    /// The KPI's value and status in `period`; nullopt for an unknown KPI.
    virtual std::optional<KpiSnapshot> status(const QString &kpiId,
                                              const KpiScope &period) const = 0;
    /// Values of the `count` consecutive periods of the same length that end with `period`,
    /// oldest first; a period without data is nullopt.
    virtual QList<std::optional<double>> lastPeriods(const QString &kpiId, const KpiScope &period,
                                                     int count) const = 0;
};

} // namespace busola
