#include "periodchoice.h"

#include <QCoreApplication>
#include <QStringList>

namespace busola {

namespace {
const char *const kindNames[] = {"month", "quarter", "year", "custom"};

/// Translation context of this file's messages, in a form lupdate reads.
struct PeriodChoiceTr
{
    Q_DECLARE_TR_FUNCTIONS(busola::PeriodChoice)
};
} // namespace

PeriodChoice PeriodChoice::month(int year, int month)
{
    PeriodChoice choice;
    choice.kind = Kind::Month;
    choice.from = QDate(year, month, 1);
    choice.to = choice.from.addMonths(1).addDays(-1);
    return choice;
}

PeriodChoice PeriodChoice::quarter(int year, int quarter)
{
    PeriodChoice choice;
    choice.kind = Kind::Quarter;
    choice.from = QDate(year, (quarter - 1) * 3 + 1, 1);
    choice.to = choice.from.addMonths(3).addDays(-1);
    return choice;
}

PeriodChoice PeriodChoice::year(int year)
{
    PeriodChoice choice;
    choice.kind = Kind::Year;
    choice.from = QDate(year, 1, 1);
    choice.to = QDate(year, 12, 31);
    return choice;
}

PeriodChoice PeriodChoice::custom(QDate from, QDate to)
{
    PeriodChoice choice;
    choice.kind = Kind::Custom;
    choice.from = from;
    choice.to = to;
    return choice;
}

PeriodChoice PeriodChoice::containing(Kind kind, QDate date)
{
    switch (kind) {
    case Kind::Month:
        return month(date.year(), date.month());
    case Kind::Quarter:
        return quarter(date.year(), (date.month() - 1) / 3 + 1);
    case Kind::Year:
        return year(date.year());
    case Kind::Custom:
        break;
    }
    return custom(date, date);
}

PeriodChoice PeriodChoice::stepped(int steps) const
{
    PeriodChoice result;
    switch (kind) {
    case Kind::Month:
        result = containing(kind, from.addMonths(steps));
        break;
    case Kind::Quarter:
        result = containing(kind, from.addMonths(3 * steps));
        break;
    case Kind::Year:
        result = containing(kind, from.addYears(steps));
        break;
    case Kind::Custom:
        result = custom(from.addDays(qint64(days()) * steps), to.addDays(qint64(days()) * steps));
        break;
    }
    result.comparison = comparison;
    return result;
}

PeriodChoice PeriodChoice::comparisonPeriod() const
{
    if (comparison == Comparison::YearAgo) {
        // A calendar period maps to the same calendar period (February keeps its own length);
        // a custom range to the same days, 29 February becoming the 28th.
        PeriodChoice result = kind == Kind::Custom ? custom(from.addYears(-1), to.addYears(-1))
                                                   : containing(kind, from.addYears(-1));
        result.comparison = comparison;
        return result;
    }
    return stepped(-1);
}

QString PeriodChoice::label(const QLocale &locale) const
{
    switch (kind) {
    case Kind::Month:
        return locale.toString(from, QStringLiteral("MMMM yyyy"));
    case Kind::Quarter:
        return PeriodChoiceTr::tr("Q%1 %2").arg((from.month() - 1) / 3 + 1).arg(from.year());
    case Kind::Year:
        return QString::number(from.year());
    case Kind::Custom:
        break;
    }
    return PeriodChoiceTr::tr("%1 – %2").arg(locale.toString(from, QLocale::ShortFormat),
                             locale.toString(to, QLocale::ShortFormat));
}

QString PeriodChoice::toSettingsString() const
{
    return QStringList{
        QLatin1String(kindNames[int(kind)]), from.toString(Qt::ISODate), to.toString(Qt::ISODate),
        comparison == Comparison::YearAgo ? QStringLiteral("year") : QStringLiteral("previous")}
        .join(QLatin1Char(';'));
}

std::optional<PeriodChoice> PeriodChoice::fromSettingsString(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(';'));
    if (parts.size() != 4)
        return std::nullopt;
    int kindIndex = -1;
    for (int i = 0; i < 4; ++i) {
        if (parts[0] == QLatin1String(kindNames[i]))
            kindIndex = i;
    }
    const QDate from = QDate::fromString(parts[1], Qt::ISODate);
    const QDate to = QDate::fromString(parts[2], Qt::ISODate);
    if (kindIndex < 0 || !from.isValid() || !to.isValid() || from > to)
        return std::nullopt;
    PeriodChoice choice =
        kindIndex == int(Kind::Custom) ? custom(from, to) : containing(Kind(kindIndex), from);
    if (parts[3] == QLatin1String("year"))
        choice.comparison = Comparison::YearAgo;
    else if (parts[3] != QLatin1String("previous"))
        return std::nullopt;
    return choice;
}

} // namespace busola
