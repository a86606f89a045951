#include "reporttext.h"

#include <QTranslator>

#include <cmath>

namespace busola {

ReportText::ReportText(const QString &language)
    : m_language(language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("ro"))
    , m_locale(isRomanian() ? QLocale(QLocale::Romanian, QLocale::Romania)
                            : QLocale(QLocale::English, QLocale::UnitedStates))
{
    // English is the source language: no catalogue, every string is its own source.
    if (isRomanian()) {
        m_translator = std::make_unique<QTranslator>();
        if (!m_translator->load(QStringLiteral(":/i18n/busola_ro.qm")))
            m_translator.reset();
    }
}

ReportText::~ReportText() = default;

QString ReportText::translate(const char *context, const char *source, const char *disambiguation,
                              int n) const
{
    QString text;
    if (m_translator)
        text = m_translator->translate(context, source, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QLatin1String("%n"), m_locale.toString(n));
    return text;
}

int ReportText::decimals(ReportUnit unit)
{
    switch (unit) {
    case ReportUnit::Score:
    case ReportUnit::Money:
        return 2;
    case ReportUnit::Count:
        return 0;
    default:
        return 1;
    }
}

QString ReportText::number(double value, int decimals) const
{
    // −0,0 would read as a loss of nothing.
    const double scale = std::pow(10.0, decimals);
    if (std::round(value * scale) == 0)
        value = 0;
    QString text = m_locale.toString(value, 'f', decimals);
    text.replace(QLatin1Char('-'), QChar(0x2212));
    return text;
}

QString ReportText::unitSuffix(ReportUnit unit, const QString &currency) const
{
    switch (unit) {
    case ReportUnit::Hours:
        return QStringLiteral(" h");
    case ReportUnit::Percent:
        return QStringLiteral(" %");
    case ReportUnit::Money:
        return QLatin1Char(' ') + (isRomanian() && currency == QLatin1String("RON")
                                       ? QStringLiteral("lei")
                                       : currency);
    case ReportUnit::Days:
        return QLatin1Char(' ') + translate("busola::Report", "days");
    case ReportUnit::Score:
    case ReportUnit::Count:
        break;
    }
    return QString();
}

QString ReportText::bareValue(ReportUnit unit, double value) const
{
    return number(value, decimals(unit));
}

QString ReportText::value(ReportUnit unit, std::optional<double> value,
                          const QString &currency) const
{
    if (!value || !std::isfinite(*value))
        return QStringLiteral("—");
    return bareValue(unit, *value) + unitSuffix(unit, currency);
}

QString ReportText::changePct(std::optional<double> pct) const
{
    if (!pct || !std::isfinite(*pct))
        return QStringLiteral("—");
    const QString body = number(std::abs(*pct), 1);
    if (body == number(0, 1))
        return body + QStringLiteral(" %");
    return (*pct > 0 ? QStringLiteral("+") : QString(QChar(0x2212))) + body + QStringLiteral(" %");
}

QString ReportText::date(QDate date) const
{
    return isRomanian() ? date.toString(QStringLiteral("dd.MM.yyyy"))
                        : m_locale.toString(date, QStringLiteral("d MMM yyyy"));
}

QString ReportText::dateTime(const QDateTime &dateTime) const
{
    return date(dateTime.date()) + QLatin1Char(' ') +
           dateTime.time().toString(QStringLiteral("HH:mm"));
}

QString ReportText::monthShort(int yyyymm) const
{
    const int month = yyyymm % 100;
    QString name = m_locale.monthName(month, QLocale::ShortFormat);
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name + QLatin1Char(' ') +
           QString::number(yyyymm / 100 % 100).rightJustified(2, QLatin1Char('0'));
}

QString ReportText::monthLong(int yyyymm) const
{
    return m_locale.standaloneMonthName(yyyymm % 100, QLocale::LongFormat) + QLatin1Char(' ') +
           QString::number(yyyymm / 100);
}

QString ReportText::period(QDate first, QDate last) const
{
    const bool wholeMonths = first.day() == 1 && last.addDays(1).day() == 1;
    const int months = (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
    if (wholeMonths && months == 1)
        return monthLong(first.year() * 100 + first.month());
    if (wholeMonths && months == 3 && (first.month() - 1) % 3 == 0)
        return translate("busola::Report", "Q%1 %2", "quarter")
            .arg((first.month() - 1) / 3 + 1)
            .arg(first.year());
    if (wholeMonths && months == 12 && first.month() == 1)
        return QString::number(first.year());
    return date(first) + QStringLiteral(" – ") + date(last);
}

QString ReportText::status(ReportStatus status) const
{
    switch (status) {
    case ReportStatus::Met:
        return translate("busola::Report", "met");
    case ReportStatus::Near:
        return translate("busola::Report", "near");
    case ReportStatus::Missed:
        return translate("busola::Report", "missed");
    case ReportStatus::NoData:
        return translate("busola::Report", "no data");
    case ReportStatus::None:
        break;
    }
    return translate("busola::Report", "no target");
}

QString ReportText::dimension(const QString &dimension) const
{
    if (dimension == QLatin1String("channel"))
        return translate("busola::Report", "Channel");
    if (dimension == QLatin1String("team"))
        return translate("busola::Report", "Team");
    if (dimension == QLatin1String("agent"))
        return translate("busola::Report", "Agent");
    if (dimension == QLatin1String("owner"))
        return translate("busola::Report", "Owner");
    if (dimension == QLatin1String("region"))
        return translate("busola::Report", "Region");
    if (dimension == QLatin1String("lead_source"))
        return translate("busola::Report", "Lead source");
    return dimension;
}

QString ReportText::channel(const QString &channel) const
{
    if (channel == QLatin1String("phone"))
        return translate("busola::Report", "Phone");
    if (channel == QLatin1String("chat"))
        return translate("busola::Report", "Chat");
    if (channel == QLatin1String("email"))
        return translate("busola::Report", "E-mail");
    if (channel == QLatin1String("other"))
        return translate("busola::Report", "Other");
    return channel;
}

QString ReportText::section(ReportSection section) const
{
    switch (section) {
    case ReportSection::Summary:
        return translate("busola::Report", "Executive summary");
    case ReportSection::Support:
        return translate("busola::Report", "Support");
    case ReportSection::Sales:
        return translate("busola::Report", "Sales");
    case ReportSection::Swot:
        return translate("busola::Report", "SWOT analysis");
    case ReportSection::Competitors:
        return translate("busola::Report", "Competitors");
    case ReportSection::Forecast:
        return translate("busola::Report", "Forecast");
    case ReportSection::Notes:
        return translate("busola::Report", "Notes and action items");
    }
    return QString();
}

} // namespace busola
