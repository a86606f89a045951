#include "demotexts.h"
#include "demoworld.h"
#include "store/storewriter.h"

#include <algorithm>
#include <cmath>

namespace busola::demo {

namespace {

constexpr double SurveysPerMonth = 115;
constexpr double TeamSurvey[4] = {0.0, 0.05, -0.5, 0.0};
// Support cost in RON for an ordinary month at the start of the window: salaries of about 15
// agents, telephony, chat and helpdesk licences.
constexpr double MonthlyCostRon = 118000;

FeedbackResponse drawResponse(const DemoWorld &world, Rng &rng, const DemoMonth &month)
{
    const DemoCustomer &c = world.customers[size_t(world.drawCustomer(rng, month.index, 0.8))];
    FeedbackResponse r;
    const QDate day = world.drawDay(rng, month.index, 1.0, 0.3, 0.2);
    const int minute = 9 * 60 + rng.below(10 * 60);
    r.respondedAt = world.epoch({day, minute});
    r.customer = c.ref;
    double score = 4.15 + TeamSurvey[c.team];
    if (month.first.month() == 12)
        score -= 0.3; // the peak's slow answers show in the survey too
    score += 0.8 * rng.normalish();
    const int rounded = std::clamp(int(std::floor(score + 0.5)), 1, 5);
    r.score = rounded;
    if (rng.chance(0.45))
        r.comment = drawComment(rng, rounded);
    const int channel = rng.weighted({0.6, 0.25, 0.15});
    r.channel = channel == 0   ? QStringLiteral("email")
                : channel == 1 ? QStringLiteral("phone")
                               : QStringLiteral("chat");
    return r;
}

} // namespace

bool writeFeedback(const DemoWorld &world, StoreWriter &writer, int *count)
{
    Rng rng(world.seed, FeedbackStream);
    int sequence = 0;
    for (const DemoMonth &month : world.months) {
        const double expected =
            SurveysPerMonth * (1.0 + 0.04 * month.index / 12.0) * (1.0 + 0.06 * rng.normalish());
        const int n = int(std::floor(expected + 0.5));
        std::vector<FeedbackResponse> responses;
        for (int i = 0; i < n; ++i)
            responses.push_back(drawResponse(world, rng, month));
        std::stable_sort(responses.begin(), responses.end(),
                         [](const FeedbackResponse &a, const FeedbackResponse &b) {
                             return a.respondedAt < b.respondedAt;
                         });
        for (FeedbackResponse &r : responses) {
            r.externalId = QStringLiteral("SV-%1").arg(++sequence, 6, 10, QLatin1Char('0'));
            if (writer.write(r) == WriteOutcome::Failed)
                return false;
        }
    }
    *count = sequence;
    return true;
}

bool writeCosts(const DemoWorld &world, StoreWriter &writer, int *count)
{
    Rng rng(world.seed, CostStream);
    // Costs were booked as one monthly total until two years ago; since then by channel, with
    // the shared overhead (rent, licences) still without one.
    const int splitFrom = int(world.months.size()) - 24;
    int rows = 0;
    for (const DemoMonth &month : world.months) {
        double ron = MonthlyCostRon * (1.0 + 0.075 * month.index / 12.0);
        if (month.first.month() == 12)
            ron *= 1.08; // overtime in the peak
        ron *= 1.0 + 0.02 * rng.normalish();
        const int key = month.first.year() * 100 + month.first.month();
        std::vector<std::pair<QString, double>> parts;
        if (month.index < splitFrom)
            parts = {{QString(), 1.0}};
        else
            parts = {{QStringLiteral("phone"), 0.42},
                     {QStringLiteral("chat"), 0.18},
                     {QStringLiteral("email"), 0.28},
                     {QString(), 0.12}};
        for (const auto &[channel, share] : parts) {
            SupportCost cost;
            cost.month = key;
            cost.channel = channel;
            cost.amountMinor = qint64(std::floor(ron * share * 100.0 + 0.5));
            if (writer.write(cost) == WriteOutcome::Failed)
                return false;
            ++rows;
        }
    }
    *count = rows;
    return true;
}

} // namespace busola::demo
