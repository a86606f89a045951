#include "swottypes.h"

namespace busola {

QString quadrantTitle(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::Strengths:
        return QCoreApplication::translate("busola::Swot", "Strengths");
    case Quadrant::Weaknesses:
        return QCoreApplication::translate("busola::Swot", "Weaknesses");
    case Quadrant::Opportunities:
        return QCoreApplication::translate("busola::Swot", "Opportunities");
    case Quadrant::Threats:
        return QCoreApplication::translate("busola::Swot", "Threats");
    }
    return QString();
}

void nextPeriod(const QDate &from, const QDate &to, QDate *nextFrom, QDate *nextTo)
{
    *nextFrom = to.addDays(1);
    const bool wholeMonths = from.day() == 1 && to.addDays(1).day() == 1;
    if (wholeMonths) {
        const int months = (nextFrom->year() - from.year()) * 12 + nextFrom->month() - from.month();
        *nextTo = nextFrom->addMonths(months).addDays(-1);
    } else {
        *nextTo = nextFrom->addDays(from.daysTo(to));
    }
}

} // namespace busola
