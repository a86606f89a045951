#pragma once

#include "demorandom.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace busola::demo {

/// A ticket subject and the complaint category it falls under when the customer complains.
struct DemoSubject
{
    QString subject;
    QString complaintCategory;
};

/// A subject drawn by how often each kind of request comes in.
const DemoSubject &drawSubject(Rng &rng);
/// A survey comment fitting a score of 1–5.
QString drawComment(Rng &rng, int score);

/// One SWOT item: quadrant 0 strengths, 1 weaknesses, 2 opportunities, 3 threats.
struct DemoSwotItem
{
    int quadrant;
    int importance; ///< 1 low … 3 high
    const char *kpiId;
    const char *text;
    const char *owner;
    const char *action;
};
const std::vector<DemoSwotItem> &swotItems();

/// One competitor row. price is lower / similar / higher than ours.
struct DemoCompetitor
{
    const char *name;
    const char *price;
    double discountPct;
    const char *channels;
    double responseHours;
    double satisfaction;
    const char *notes;
};
const std::vector<DemoCompetitor> &competitors();

/// The demo firm's name, for the report cover.
QString demoCompanyName();

} // namespace busola::demo
