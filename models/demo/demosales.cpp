#include "demoworld.h"
#include "romaniannames.h"
#include "store/storewriter.h"

#include <algorithm>
#include <cmath>

namespace busola::demo {

namespace {

constexpr double LostLeadsPerMonth = 68;
constexpr double BaseOrderRon = 7500;

struct DealDraft
{
    qint64 order = 0;
    Deal row;
};

LocalTime workingMoment(const DemoWorld &world, Rng &rng, int month, int from, int to)
{
    LocalTime t;
    t.date = world.drawDay(rng, month, 1.0, 0.0, 0.0);
    t.minute = from + rng.below(to - from);
    return t;
}

qint64 drawAmount(Rng &rng, const DemoCustomer &customer, const DemoMonth &month)
{
    // Prices rise about 7 % a year; December orders are larger (stocking up for the new year).
    double ron = BaseOrderRon * customer.size * (1.0 + 0.07 * month.index / 12.0);
    ron *= rng.between(0.55, 1.45);
    if (month.first.month() == 12)
        ron *= 1.12;
    return qint64(std::floor(ron * 100.0 + 0.5));
}

QString drawNewLeadSource(Rng &rng)
{
    return leadSources().at(rng.weighted(newLeadWeights()));
}

Deal dealFor(const DemoCustomer &customer)
{
    Deal row;
    row.owner = ownerOfRegion(customer.region);
    row.region = regions().at(customer.region);
    row.customer = customer.ref;
    return row;
}

/// An order: won, closed in month m, created a few days (repeat) or weeks (first order) before.
Deal wonDeal(const DemoWorld &world, Rng &rng, const DemoMonth &month, const DemoCustomer &c,
             bool firstOrder)
{
    Deal row = dealFor(c);
    const LocalTime closed = workingMoment(world, rng, month.index, 12 * 60, 17 * 60 + 30);
    const QDate windowStart = world.months.front().first;
    int cycle = firstOrder ? rng.range(14, 70) : rng.range(2, 21);
    // Orders of the first weeks were negotiated inside the window too, spread over its start.
    const int available = int(windowStart.daysTo(closed.date));
    if (cycle > available)
        cycle = rng.range(0, available);
    QDate created = closed.date.addDays(-cycle);
    while (created > windowStart && !world.calendar.isWorkingDay(created))
        created = created.addDays(-1);
    created = std::max(created, windowStart);
    const int createdMinute = 8 * 60 + 30 + rng.below(210);
    row.createdAt = world.epoch({created, createdMinute});
    row.closedAt = world.epoch(closed);
    row.status = DealStatus::Won;
    row.amountMinor = drawAmount(rng, c, month);
    if (firstOrder || !rng.chance(0.9))
        row.leadSource = drawNewLeadSource(rng);
    else
        row.leadSource = leadSources().constFirst();
    return row;
}

/// A lead created in month m: lost after some weeks, or still open at the end of the window.
Deal leadDeal(const DemoWorld &world, Rng &rng, const DemoMonth &month, const DemoCustomer &c,
              bool repeat)
{
    Deal row = dealFor(c);
    const LocalTime created = workingMoment(world, rng, month.index, 8 * 60 + 30, 17 * 60 + 30);
    LocalTime closed{created.date.addDays(rng.range(7, 60)), 10 * 60 + rng.below(420)};
    while (!world.calendar.isWorkingDay(closed.date))
        closed.date = closed.date.addDays(1);
    row.createdAt = world.epoch(created);
    row.amountMinor = drawAmount(rng, c, month);
    row.leadSource = repeat ? leadSources().constFirst() : drawNewLeadSource(rng);
    if (repeat || !world.isBeforeEnd(closed)) {
        row.status = DealStatus::Open;
    } else {
        row.status = DealStatus::Lost;
        row.closedAt = world.epoch(closed);
    }
    return row;
}

void drawMonth(const DemoWorld &world, Rng &rng, const DemoMonth &month,
               std::vector<DealDraft> &drafts)
{
    const bool pipelineMonth = month.index == int(world.months.size()) - 1;
    for (int index : world.activeBuyers[size_t(month.index)]) {
        const DemoCustomer &c = world.customers[size_t(index)];
        if (c.start == month.index)
            drafts.push_back({0, wonDeal(world, rng, month, c, true)});
        else if (rng.chance(c.orderRate * month.salesSeason))
            drafts.push_back({0, wonDeal(world, rng, month, c, false)});
        // The last weeks' repeat orders still being negotiated.
        if (pipelineMonth && rng.chance(c.orderRate * 0.5))
            drafts.push_back({0, leadDeal(world, rng, month, c, true)});
    }
    const double growth = 1.0 + 0.05 * month.index / 12.0;
    const double leads =
        LostLeadsPerMonth * month.salesSeason * growth * (1.0 + 0.05 * rng.normalish());
    const int count = int(std::floor(leads + 0.5));
    for (int i = 0; i < count; ++i) {
        const DemoCustomer &c = world.customers[size_t(world.drawCustomer(rng, month.index, 0.4))];
        drafts.push_back({0, leadDeal(world, rng, month, c, false)});
    }
}

} // namespace

bool writeDeals(const DemoWorld &world, StoreWriter &writer, int *count)
{
    Rng rng(world.seed, SalesStream);
    std::vector<DealDraft> drafts;
    for (const DemoMonth &month : world.months)
        drawMonth(world, rng, month, drafts);
    for (size_t i = 0; i < drafts.size(); ++i)
        drafts[i].order = qint64(i);
    std::sort(drafts.begin(), drafts.end(), [](const DealDraft &a, const DealDraft &b) {
        return *a.row.createdAt != *b.row.createdAt ? *a.row.createdAt < *b.row.createdAt
                                                    : a.order < b.order;
    });
    int sequence = 0;
    for (DealDraft &d : drafts) {
        d.row.externalId = QStringLiteral("OP-%1").arg(++sequence, 6, 10, QLatin1Char('0'));
        if (writer.write(d.row) == WriteOutcome::Failed)
            return false;
    }
    *count = sequence;
    return true;
}

} // namespace busola::demo
