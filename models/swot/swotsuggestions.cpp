#include "swotsuggestions.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace busola {

namespace {

/// The translation context of this file's texts (lupdate reads it from the macro).
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(busola::SwotSuggestions)
};

std::optional<SwotSuggestion> weakness(const KpiSnapshot &kpi)
{
    if (kpi.status != KpiState::Missed || !kpi.value || !kpi.target)
        return std::nullopt;
    SwotSuggestion suggestion;
    suggestion.key = QStringLiteral("weakness:") + kpi.kpiId;
    suggestion.quadrant = Quadrant::Weaknesses;
    suggestion.kpiId = kpi.kpiId;
    suggestion.importance = 3;
    const QString target = formatKpiValue(*kpi.target, kpi.unit);
    suggestion.text =
        (kpi.lowerIsBetter ? Texts::tr("%1: %2, target < %3") : Texts::tr("%1: %2, target ≥ %3"))
            .arg(kpi.name, formatKpiValue(*kpi.value, kpi.unit), target);
    return suggestion;
}

std::optional<SwotSuggestion> strength(const KpiSnapshot &kpi,
                                       const QList<std::optional<double>> &values)
{
    if (values.size() != ImprovingPeriodsForStrength + 1)
        return std::nullopt;
    for (int i = 1; i < values.size(); ++i) {
        if (!values.at(i - 1) || !values.at(i))
            return std::nullopt;
        const double before = *values.at(i - 1);
        const double after = *values.at(i);
        if (kpi.lowerIsBetter ? !(after < before) : !(after > before))
            return std::nullopt;
    }
    SwotSuggestion suggestion;
    suggestion.key = QStringLiteral("strength:") + kpi.kpiId;
    suggestion.quadrant = Quadrant::Strengths;
    suggestion.kpiId = kpi.kpiId;
    suggestion.text = Texts::tr("%1: improved %2 periods running, %3 → %4")
                          .arg(kpi.name)
                          .arg(ImprovingPeriodsForStrength)
                          .arg(formatKpiValue(*values.constFirst(), kpi.unit),
                               formatKpiValue(*values.constLast(), kpi.unit));
    return suggestion;
}

} // namespace

QList<SwotSuggestion> swotSuggestions(const KpiStatusSource &source, const KpiScope &period)
{
    QList<SwotSuggestion> result;
    const QStringList ids = source.kpiIds();
    for (const QString &id : ids) {
        const std::optional<KpiSnapshot> kpi = source.status(id, period);
        if (!kpi)
            continue;
        if (auto item = weakness(*kpi))
            result.append(*item);
        if (auto item =
                strength(*kpi, source.lastPeriods(id, period, ImprovingPeriodsForStrength + 1)))
            result.append(*item);
    }
    return result;
}

QString formatKpiValue(double value, const QString &unit)
{
    const QLocale locale;
    // One decimal unless it rounds to a whole number (31.04 h shows as "31 h").
    const bool whole = std::fmod(std::round(value * 10.0), 10.0) == 0.0;
    const QString number = locale.toString(value, 'f', whole ? 0 : 1);
    if (unit == QLatin1String("h"))
        return Texts::tr("%1 h").arg(number);
    if (unit == QLatin1String("%"))
        return Texts::tr("%1 %").arg(number);
    if (unit == QLatin1String("score"))
        return Texts::tr("%1 / 5").arg(locale.toString(value, 'f', 1));
    if (unit == QLatin1String("days"))
        return Texts::tr("%1 days").arg(number);
    if (unit == QLatin1String("count") || unit.isEmpty())
        return number;
    return number + QLatin1Char(' ') + unit;
}

} // namespace busola
