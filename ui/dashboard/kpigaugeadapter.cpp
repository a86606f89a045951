#include "kpigaugeadapter.h"

#include "itemmodels/kpisummarymodel.h"
#include "kpi/kpiformat.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace busola {

namespace {
/// Translation context of this file's messages, in a form lupdate reads.
struct KpiGaugeTr
{
    Q_DECLARE_TR_FUNCTIONS(busola::KpiGauge)
};

std::optional<double> optionalDouble(const QVariant &value)
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!value.isValid() || !ok)
        return std::nullopt;
    return number;
}

GaugeStatus gaugeStatus(KpiStatus status)
{
    switch (status) {
    case KpiStatus::Met:
        return GaugeStatus::Met;
    case KpiStatus::Near:
        return GaugeStatus::Near;
    case KpiStatus::Missed:
        return GaugeStatus::Missed;
    case KpiStatus::NoData:
        return GaugeStatus::NoData;
    case KpiStatus::None:
        break;
    }
    return GaugeStatus::NoTarget;
}

QString comparisonWords(PeriodChoice::Kind kind, PeriodChoice::Comparison comparison)
{
    if (comparison == PeriodChoice::Comparison::YearAgo)
        return KpiGaugeTr::tr("vs same period last year");
    switch (kind) {
    case PeriodChoice::Kind::Month:
        return KpiGaugeTr::tr("vs previous month");
    case PeriodChoice::Kind::Quarter:
        return KpiGaugeTr::tr("vs previous quarter");
    case PeriodChoice::Kind::Year:
        return KpiGaugeTr::tr("vs previous year");
    case PeriodChoice::Kind::Custom:
        break;
    }
    return KpiGaugeTr::tr("vs previous period");
}

const char *const formulas[KpiCount] = {
    QT_TRANSLATE_NOOP("busola::KpiGauge",
                      "mean of (first response − created), in hours, over the tickets created in "
                      "the period that have a response"),
    QT_TRANSLATE_NOOP("busola::KpiGauge",
                      "tickets resolved with exactly one contact ÷ tickets resolved whose contact "
                      "count is known × 100"),
    QT_TRANSLATE_NOOP("busola::KpiGauge", "number of tickets resolved in the period"),
    QT_TRANSLATE_NOOP("busola::KpiGauge",
                      "mean score 1–5 of ticket ratings and survey responses in the period"),
    QT_TRANSLATE_NOOP("busola::KpiGauge",
                      "customers active at the start still active at the end ÷ customers active "
                      "at the start × 100"),
    QT_TRANSLATE_NOOP("busola::KpiGauge",
                      "support costs of the period ÷ interactions created in the period"),
    QT_TRANSLATE_NOOP("busola::KpiGauge",
                      "interactions created in the period marked as complaints"),
    QT_TRANSLATE_NOOP("busola::KpiGauge", "sum of the amounts of deals won in the period"),
    QT_TRANSLATE_NOOP(
        "busola::KpiGauge",
        "leads created in the period that are won ÷ leads created in the period × 100"),
    QT_TRANSLATE_NOOP("busola::KpiGauge",
                      "mean of (closed − created), in days, over the deals won in the period"),
};
} // namespace

QString compactMoney(double value, const QString &currency)
{
    // The dial has room for about eight characters: 1.971.639,66 lei reads as 1,97 mil. lei.
    const QLocale locale = uiLanguage() == Language::Romanian
                               ? QLocale(QLocale::Romanian, QLocale::Romania)
                               : QLocale(QLocale::English, QLocale::UnitedStates);
    const QString unit = KpiFormatter(uiLanguage(), currency)
                             .value(kpiDefinition(Kpi::MonthlySales), 0.0)
                             .section(QLatin1Char(' '), -1);
    if (std::abs(value) >= 1e6)
        return KpiGaugeTr::tr("%1 M %2").arg(locale.toString(value / 1e6, 'f', 2), unit);
    return KpiGaugeTr::tr("%1 k %2").arg(locale.toString(value / 1e3, 'f', 1), unit);
}

QString kpiFormulaText(Kpi kpi)
{
    return KpiGaugeTr::tr(formulas[int(kpi)]);
}

Language uiLanguage()
{
    return QLocale().language() == QLocale::Romanian ? Language::Romanian : Language::English;
}

void applyKpiRange(Kpi kpi, GaugeInput *input)
{
    switch (kpiDefinition(kpi).unit) {
    case KpiUnit::Percent:
        input->rangeMin = 0.0;
        input->rangeMax = 100.0;
        break;
    case KpiUnit::Score:
        input->rangeMin = 1.0;
        input->rangeMax = 5.0;
        break;
    default:
        break;
    }
}

GaugeData gaugeDataFromSummary(const QAbstractItemModel &summary, int row, PeriodChoice::Kind kind,
                               PeriodChoice::Comparison comparison)
{
    using M = KpiSummaryModel;
    auto at = [&summary, row](int column, int role = Qt::DisplayRole) {
        return summary.data(summary.index(row, column), role);
    };
    GaugeData data;
    data.kpiId = at(M::Name, M::KpiIdRole).toString();
    const KpiDefinition *definition = findKpi(data.kpiId);
    if (!definition)
        return data;
    data.title = at(M::Name).toString();
    data.scale.value = optionalDouble(at(M::Value, M::ValueRole));
    data.scale.target = optionalDouble(at(M::Value, M::TargetRole));
    data.scale.direction = at(M::Value, M::LowerIsBetterRole).toBool()
                               ? GaugeDirection::LowerIsBetter
                               : GaugeDirection::HigherIsBetter;
    if (const std::optional<double> tolerance = optionalDouble(at(M::Value, M::TolerancePctRole)))
        data.scale.tolerance = *tolerance / 100.0;
    applyKpiRange(definition->kpi, &data.scale);
    data.status = gaugeStatus(KpiStatus(at(M::Value, M::StatusRole).toInt()));
    data.valueText = data.scale.value ? at(M::Value).toString() : QString();
    const QString exactValue = data.valueText;
    if (definition->unit == KpiUnit::Money && data.scale.value &&
        std::abs(*data.scale.value) >= 1e5)
        data.valueText = compactMoney(*data.scale.value, at(M::Value, M::UnitRole).toString());

    const bool yearAgo = comparison == PeriodChoice::Comparison::YearAgo;
    data.scale.comparison =
        optionalDouble(at(M::Value, yearAgo ? M::YearAgoValueRole : M::PreviousValueRole));
    const std::optional<double> pct =
        optionalDouble(at(M::Value, yearAgo ? M::YearAgoChangePctRole : M::PreviousChangePctRole));
    const std::optional<double> abs =
        optionalDouble(at(M::Value, yearAgo ? M::YearAgoChangeAbsRole : M::PreviousChangeAbsRole));
    data.change = pct ? pct : abs;
    const QString words = comparisonWords(kind, comparison);
    const KpiFormatter format(uiLanguage(), definition->unit == KpiUnit::Money
                                                ? at(M::Value, M::UnitRole).toString()
                                                : QString());
    if (pct)
        data.changeText = at(yearAgo ? M::YearAgoChange : M::PreviousChange).toString();
    else if (abs) // a base of 0 has no % change: the absolute change says it
        data.changeText = format.change(*definition, abs);
    if (data.changeText.isEmpty()) {
        data.changeDetail = KpiGaugeTr::tr("Nothing to compare with (%1)").arg(words);
    } else {
        data.changeDetail =
            KpiGaugeTr::tr("%1 %2 (%3)")
                .arg(data.changeText, words, format.value(*definition, data.scale.comparison));
    }
    const QString target = at(M::Target).toString();
    if (data.scale.target)
        data.targetText =
            (data.scale.direction == GaugeDirection::LowerIsBetter ? KpiGaugeTr::tr("Target ≤ %1")
                                                                   : KpiGaugeTr::tr("Target ≥ %1"))
                .arg(target);
    data.definition = definition->definition(uiLanguage());
    data.formula = kpiFormulaText(definition->kpi);
    data.count = at(M::Value, M::CountRole).toLongLong();
    data.countText = KpiGaugeTr::tr("Records behind the value: %1").arg(at(M::Count).toString());
    if (exactValue != data.valueText)
        data.changeDetail =
            KpiGaugeTr::tr("Exact value: %1").arg(exactValue) + QLatin1Char('\n') + data.changeDetail;
    return data;
}

} // namespace busola
