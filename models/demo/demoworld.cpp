#include "demoworld.h"

#include "democompany.h"
#include "romaniannames.h"
#include "store/storeclock.h"

#include <QSet>

#include <algorithm>

namespace busola::demo {

namespace {

// Index 0 = January. A distributor's year: a December rush, a summer lull deepest in August.
constexpr double SupportSeason[12] = {1.02, 0.95, 1.00, 0.98, 0.97, 0.95,
                                      0.90, 0.72, 1.02, 1.05, 1.15, 1.38};
constexpr double SalesSeason[12] = {0.82, 0.88, 1.02, 1.00, 1.00, 0.98,
                                    0.88, 0.66, 1.05, 1.10, 1.20, 1.45};
// The backlog of the peak: first responses slow down in November–January, most in December.
constexpr double ResponseLoad[12] = {1.25, 1.00, 1.00, 1.00, 1.00, 1.00,
                                     1.00, 1.00, 1.00, 1.05, 1.30, 2.40};

constexpr int CustomerCount = 2000;
constexpr double BuyerShare = 0.52;
constexpr double BuyersBeforeWindow = 0.56;
constexpr double MonthlyChurn = 0.007;

std::vector<DemoMonth> makeMonths(QDate last, int count, Rng &rng)
{
    std::vector<DemoMonth> months;
    const QDate first = last.addMonths(-(count - 1));
    for (int i = 0; i < count; ++i) {
        DemoMonth m;
        m.first = first.addMonths(i);
        m.index = i;
        const int calendarMonth = m.first.month() - 1;
        const double years = i / 12.0;
        m.supportVolume =
            SupportSeason[calendarMonth] * (1.0 + 0.06 * years) * (1.0 + 0.025 * rng.normalish());
        m.responseLoad = ResponseLoad[calendarMonth] * (1.0 + 0.04 * rng.normalish());
        m.salesSeason = SalesSeason[calendarMonth];
        // First-contact resolution: flat near 60 % until a year ago, then the knowledge-base
        // project lifts it to 75 % by the last month.
        const int sinceProject = i - (count - 12);
        m.fcr = sinceProject < 0 ? 0.60 : 0.60 + 0.15 * (sinceProject + 1) / 12.0;
        m.fcr += 0.01 * rng.normalish();
        months.push_back(m);
    }
    return months;
}

QString uniqueName(Rng &rng, bool company, QSet<QString> &used)
{
    QString name;
    for (int attempt = 0; attempt < 50; ++attempt) {
        name = company ? companyName(rng) : personName(rng);
        if (!used.contains(name))
            break;
    }
    used.insert(name);
    return name;
}

DemoCustomer makeCustomer(Rng &rng, int number, int months, QSet<QString> &used)
{
    DemoCustomer c;
    c.ref.code = QStringLiteral("CL-%1").arg(10000 + number);
    c.ref.name = uniqueName(rng, rng.chance(0.78), used);
    c.region = rng.weighted(regionWeights());
    c.team = teamOfRegion(c.region);
    c.buyer = rng.chance(BuyerShare);
    if (rng.chance(BuyersBeforeWindow)) {
        c.start = -1;
    } else {
        // New customers arrive a little faster as the firm grows: part of them are drawn
        // from max(u, v), whose density rises over the window.
        const double u = rng.uniform();
        const double v = rng.uniform();
        c.start = int(months * (rng.chance(0.6) ? u : std::max(u, v)));
    }
    c.end = std::max(c.start + 1, 0);
    while (c.end < months && !rng.chance(MonthlyChurn))
        ++c.end;
    c.orderRate = rng.between(0.12, 0.27);
    const double u = rng.uniform();
    c.size = 0.4 + 3.6 * u * u * u;
    return c;
}

} // namespace

qint64 DemoWorld::epoch(const LocalTime &t) const
{
    return clock->toEpoch(t.date, QTime(t.minute / 60, t.minute % 60));
}

QDate DemoWorld::drawDay(Rng &rng, int month, double working, double saturday, double rest) const
{
    const DemoMonth &m = months[size_t(month)];
    const double weights[3] = {working, saturday, rest};
    double total = 0;
    for (size_t d = 0; d < m.dayKinds.size(); ++d)
        total += weights[int(m.dayKinds[d])] * m.dayScale[d];
    double x = rng.uniform() * total;
    int chosen = 0;
    for (int d = 0; d < int(m.dayKinds.size()); ++d) {
        const double w = weights[int(m.dayKinds[size_t(d)])] * m.dayScale[size_t(d)];
        if (w <= 0)
            continue;
        chosen = d;
        if (x < w)
            break;
        x -= w;
    }
    return m.first.addDays(chosen);
}

int DemoWorld::drawCustomer(Rng &rng, int month, double buyerShare) const
{
    const std::vector<int> &active = activeBuyers[size_t(month)];
    if (!active.empty() && rng.chance(buyerShare))
        return active[size_t(rng.below(int(active.size())))];
    return rng.below(int(customers.size()));
}

DemoWorld makeWorld(const StoreClock &clock, const DemoOptions &options)
{
    DemoWorld world;
    world.clock = &clock;
    world.seed = options.seed;
    Rng rng(options.seed, CustomerStream);
    world.months = makeMonths(options.endMonth, options.months, rng);
    world.end = {options.endMonth.addMonths(1), 0};
    for (DemoMonth &m : world.months) {
        for (QDate d = m.first; d.month() == m.first.month(); d = d.addDays(1)) {
            m.dayScale.push_back(d.month() == 12 && d.day() >= 24 ? 0.4 : 1.0);
            m.dayKinds.push_back(world.calendar.isWorkingDay(d)                       ? 0
                                 : d.dayOfWeek() == 6 && !world.calendar.isHoliday(d) ? 1
                                                                                      : 2);
        }
    }
    QSet<QString> used;
    for (int i = 0; i < CustomerCount; ++i)
        world.customers.push_back(makeCustomer(rng, i + 1, options.months, used));
    world.activeBuyers.resize(size_t(options.months));
    for (int i = 0; i < CustomerCount; ++i) {
        const DemoCustomer &c = world.customers[size_t(i)];
        if (!c.buyer)
            continue;
        for (int m = std::max(c.start, 0); m < c.end; ++m)
            world.activeBuyers[size_t(m)].push_back(i);
    }
    return world;
}

} // namespace busola::demo
