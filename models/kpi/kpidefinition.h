#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace busola {

/// The ten KPIs of PRODUCT.md, in the order the dashboard and reports show them.
enum class Kpi {
    ResponseTime,
    FcrRate,
    ResolvedCount,
    Csat,
    RetentionRate,
    CostPerInteraction,
    Complaints,
    MonthlySales,
    LeadConversion,
    SalesCycle,
};
constexpr int KpiCount = 10;

/// Values are in these base units: hours, percent 0–100, score 1–5, money in the store's
/// currency (major units), days, plain counts.
enum class KpiUnit { Hours, Percent, Score, Money, Days, Count };
enum class KpiDirection { HigherIsBetter, LowerIsBetter };
/// Which data a KPI ranges over; it decides which filters and breakdowns apply.
enum class KpiData { Support, Sales, Customers };

enum class Language { Romanian, English };

struct KpiDefinition
{
    Kpi kpi;
    QString id;
    QString nameRo;
    QString nameEn;
    QString definitionRo;
    QString definitionEn;
    KpiUnit unit;
    KpiDirection direction;
    std::optional<double> defaultTarget;
    /// The timestamp that puts a record into a period ("created", "resolved", "closed", ...).
    QString bucket;
    KpiData data;
    /// Dimensions it can be filtered and broken down by (empty for retention).
    QStringList dimensions;

    QString name(Language language) const
    {
        return language == Language::English ? nameEn : nameRo;
    }
    QString definition(Language language) const
    {
        return language == Language::English ? definitionEn : definitionRo;
    }
    /// "h", "%", "score", the currency code, "days" or "count" (the JSON's unit).
    QString unitCode(const QString &currency) const;
};

/// Support dimensions (interactions), then sales dimensions (deals).
const QStringList &supportDimensions();
const QStringList &salesDimensions();
bool isKnownDimension(const QString &dimension);

const QVector<KpiDefinition> &kpiDefinitions();
const KpiDefinition &kpiDefinition(Kpi kpi);
/// Null for an unknown id.
const KpiDefinition *findKpi(const QString &id);
QVector<Kpi> allKpis();

} // namespace busola
