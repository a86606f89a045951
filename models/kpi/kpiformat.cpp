#include "kpiformat.h"

#include <cmath>
#include <cstring>

namespace busola {

namespace {

int decimalsOf(KpiUnit unit)
{
    switch (unit) {
    case KpiUnit::Score:
    case KpiUnit::Money:
        return 2;
    case KpiUnit::Count:
        return 0;
    default:
        return 1;
    }
}

// The report's own captions in both languages: the command line and the PDF choose their
// language per run, independent of the translator installed for the window.
struct Caption
{
    const char *en;
    const char *ro;
};
const Caption Captions[] = {
    {"KPI", "Indicator"},
    {"Value", "Valoare"},
    {"Target", "Țintă"},
    {"Status", "Stare"},
    {"Previous period", "Perioada anterioară"},
    {"Year ago", "Acum un an"},
    {"Change", "Variație"},
    {"Records", "Înregistrări"},
    {"Period", "Perioada"},
    {"met", "atins"},
    {"near", "aproape"},
    {"missed", "ratat"},
    {"no data", "fără date"},
    {"(no value)", "(fără valoare)"},
};

/// "+" or "−" unless the number shows as zero at that many decimals ("0,0 h", not "−0,0 h").
QString signOf(double value, int decimals)
{
    if (std::round(std::abs(value) * std::pow(10.0, decimals)) == 0)
        return QString();
    return value > 0 ? QStringLiteral("+") : QStringLiteral("−");
}

} // namespace

KpiFormatter::KpiFormatter(Language language, QString currency)
    : m_language(language)
    , m_currency(std::move(currency))
    , m_locale(language == Language::Romanian ? QLocale(QLocale::Romanian, QLocale::Romania)
                                              : QLocale(QLocale::English, QLocale::UnitedStates))
{}

QString KpiFormatter::caption(const char *english) const
{
    for (const Caption &c : Captions)
        if (std::strcmp(c.en, english) == 0)
            return QString::fromUtf8(m_language == Language::Romanian ? c.ro : c.en);
    return QString::fromUtf8(english);
}

QString KpiFormatter::number(double value, int decimals) const
{
    return m_locale.toString(value, 'f', decimals);
}

QString KpiFormatter::unitSuffix(KpiUnit unit) const
{
    const bool ro = m_language == Language::Romanian;
    switch (unit) {
    case KpiUnit::Hours:
        return QStringLiteral(" h");
    case KpiUnit::Percent:
        return QStringLiteral(" %");
    case KpiUnit::Score:
        return QString();
    case KpiUnit::Money:
        return QLatin1Char(' ') +
               (ro && m_currency == QLatin1String("RON") ? QStringLiteral("lei") : m_currency);
    case KpiUnit::Days:
        return ro ? QStringLiteral(" zile") : QStringLiteral(" days");
    case KpiUnit::Count:
        return QString();
    }
    return {};
}

QString KpiFormatter::value(const KpiDefinition &definition, std::optional<double> value) const
{
    if (!value)
        return QStringLiteral("—");
    return number(*value, decimalsOf(definition.unit)) + unitSuffix(definition.unit);
}

QString KpiFormatter::change(const KpiDefinition &definition, std::optional<double> change) const
{
    if (!change)
        return QStringLiteral("—");
    const QString sign = signOf(*change, decimalsOf(definition.unit));
    const QString suffix =
        definition.unit == KpiUnit::Percent ? QStringLiteral(" pp") : unitSuffix(definition.unit);
    return sign + number(std::abs(*change), decimalsOf(definition.unit)) + suffix;
}

QString KpiFormatter::percent(std::optional<double> pct) const
{
    if (!pct)
        return QStringLiteral("—");
    const QString sign = signOf(*pct, 1);
    return sign + number(std::abs(*pct), 1) + QStringLiteral(" %");
}

QString KpiFormatter::count(qint64 count) const
{
    return m_locale.toString(count);
}

QString KpiFormatter::status(KpiStatus status) const
{
    switch (status) {
    case KpiStatus::Met:
        return caption("met");
    case KpiStatus::Near:
        return caption("near");
    case KpiStatus::Missed:
        return caption("missed");
    case KpiStatus::NoData:
        return caption("no data");
    case KpiStatus::None:
        break;
    }
    return QString();
}

QString KpiFormatter::groupLabel(const QString &key, const QString &dimension) const
{
    if (key.isEmpty())
        return caption("(no value)");
    if (dimension == QLatin1String("channel")) {
        const bool ro = m_language == Language::Romanian;
        if (key == QLatin1String("phone"))
            return ro ? QStringLiteral("telefon") : key;
        if (key == QLatin1String("email"))
            return QStringLiteral("e-mail");
        if (key == QLatin1String("other"))
            return ro ? QStringLiteral("altul") : key;
    }
    return key;
}

} // namespace busola
