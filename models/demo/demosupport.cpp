#include "demotexts.h"
#include "demoworld.h"
#include "romaniannames.h"
#include "store/storewriter.h"

#include <algorithm>
#include <cmath>

namespace busola::demo {

namespace {

constexpr int TicketsPer36Months = 40000;
enum Channel { Phone, Chat, Email };
// Team 2 (Iași, WeakTeam) is slower, resolves fewer tickets at first contact, is rated lower.
constexpr double TeamResponse[4] = {1.0, 0.9, 1.7, 1.05};
constexpr double TeamFcr[4] = {0.0, 0.02, -0.12, 0.0};
constexpr double TeamRating[4] = {0.0, 0.05, -0.55, 0.0};
// Working minutes to a first response and per contact to resolve, by channel: a call is
// answered or called back soon, chat sooner, e-mail waits in a queue.
constexpr double ResponseMinutes[3] = {55, 15, 430};
constexpr double ResolveMinutes[3] = {80, 50, 300};
constexpr double ChannelFcr[3] = {0.05, 0.03, -0.06};
constexpr double RatedShare = 0.32;

QString channelName(int channel)
{
    switch (channel) {
    case Phone:
        return QStringLiteral("phone");
    case Chat:
        return QStringLiteral("chat");
    default:
        return QStringLiteral("email");
    }
}

struct Draft
{
    qint64 order = 0; // draw index, the tie-break of equal creation instants
    Interaction row;
};

LocalTime drawCreated(const DemoWorld &world, Rng &rng, int month, int channel)
{
    static const std::vector<double> workHours{0.6, 1.2, 1.4, 1.3, 1.0, 0.8, 1.1, 1.2, 1.0, 0.6};
    static const std::vector<double> mailHours{0.3, 0.6, 1.2, 1.4, 1.4, 1.3, 1.0, 1.0, 1.2,
                                               1.2, 1.0, 0.8, 0.6, 0.6, 0.5, 0.4, 0.3};
    LocalTime t;
    if (channel == Phone)
        t.date = world.drawDay(rng, month, 1.0, 0.0, 0.0);
    else if (channel == Chat)
        t.date = world.drawDay(rng, month, 1.0, 0.3, 0.15);
    else
        t.date = world.drawDay(rng, month, 1.0, 0.35, 0.25);
    int hour = 0;
    if (channel == Email)
        hour = 6 + rng.weighted(mailHours); // 06–22
    else if (world.calendar.isWorkingDay(t.date))
        hour = 8 + rng.weighted(workHours); // 08–17
    else
        hour = 9 + rng.below(7);
    t.minute = hour * 60 + rng.below(60);
    return t;
}

int drawContacts(Rng &rng, const DemoMonth &month, int team, int channel)
{
    if (rng.chance(month.fcr + TeamFcr[team] + ChannelFcr[channel]))
        return 1;
    int contacts = 2;
    if (rng.chance(0.35))
        ++contacts;
    if (rng.chance(0.12))
        ++contacts;
    return contacts;
}

int drawRating(Rng &rng, int team, int contacts, double responseHours, bool complaint)
{
    double score = 4.45 + TeamRating[team];
    if (contacts > 1)
        score -= 0.55;
    if (responseHours > 24)
        score -= 0.45;
    if (complaint)
        score -= 1.3;
    score += 0.75 * rng.normalish();
    return std::clamp(int(std::floor(score + 0.5)), 1, 5);
}

/// Fills when it was answered and resolved (if before the end of the window), the status and,
/// for a resolved ticket, how many contacts it took.
void drawHandling(const DemoWorld &world, Rng &rng, const DemoMonth &month, int channel, int team,
                  const LocalTime &created, Interaction &row)
{
    double wait = ResponseMinutes[channel] * month.responseLoad * TeamResponse[team] *
                  (0.15 + 0.85 * rng.skewed());
    // The backlog builds over the first three weeks of December; by Christmas it has been
    // worked off and the quiet week after it is answered at a nearly normal pace.
    if (created.date.month() == 12 && created.date.day() >= 24)
        wait *= 0.5;
    const LocalTime answered = world.calendar.addWorkingMinutes(created, qint64(wait + 1.5));
    const int contacts = drawContacts(rng, month, team, channel);
    const double work = contacts * ResolveMinutes[channel] * rng.between(0.3, 1.7);
    const LocalTime resolved = world.calendar.addWorkingMinutes(answered, qint64(work + 1.5));
    if (!world.isBeforeEnd(answered)) {
        row.status = QStringLiteral("open");
        return;
    }
    row.firstResponseAt = world.epoch(answered);
    if (!world.isBeforeEnd(resolved)) {
        row.status = QStringLiteral("pending");
        return;
    }
    row.resolvedAt = world.epoch(resolved);
    row.status = QStringLiteral("resolved");
    row.contacts = contacts; // contacts to resolve: known once it is resolved
}

/// The customer's voice: a complaint (likelier after a slow answer or many contacts) and, on a
/// share of resolved tickets, a rating.
void drawVoice(Rng &rng, int team, const DemoSubject &subject, Interaction &row)
{
    const double responseHours =
        row.firstResponseAt ? double(*row.firstResponseAt - row.createdAt) / 3600.0 : 0.0;
    const int contacts = row.contacts.value_or(1);
    double complaintChance = 0.025;
    if (team == WeakTeam)
        complaintChance += 0.03;
    if (responseHours > 48)
        complaintChance += 0.05;
    if (contacts >= 3)
        complaintChance += 0.03;
    row.complaint = rng.chance(complaintChance);
    if (row.complaint)
        row.complaintCategory = subject.complaintCategory;
    if (row.resolvedAt && rng.chance(RatedShare))
        row.satisfaction = drawRating(rng, team, contacts, responseHours, row.complaint);
}

Draft drawTicket(const DemoWorld &world, Rng &rng, const DemoMonth &month)
{
    const double t = month.index / double(std::max<size_t>(1, world.months.size() - 1));
    // Chat grows from 18 % to 30 % of contacts over the window, at the expense of the phone.
    const int channel = rng.weighted({0.42 - 0.12 * t, 0.18 + 0.12 * t, 0.40});
    const LocalTime created = drawCreated(world, rng, month.index, channel);
    const DemoCustomer &customer =
        world.customers[size_t(world.drawCustomer(rng, month.index, 0.72))];
    const QStringList &agents = teamAgents(customer.team);
    Draft d;
    Interaction &row = d.row;
    row.createdAt = world.epoch(created);
    row.channel = channelName(channel);
    row.team = teamNames().at(customer.team);
    row.agent = agents.at(rng.below(int(agents.size())));
    row.customer = customer.ref;
    const DemoSubject &subject = drawSubject(rng);
    row.subject = subject.subject;
    drawHandling(world, rng, month, channel, customer.team, created, row);
    drawVoice(rng, customer.team, subject, row);
    if (!rng.chance(0.96))
        row.contacts.reset(); // some agents do not log the contact count
    return d;
}

} // namespace

bool writeInteractions(const DemoWorld &world, StoreWriter &writer, int *count)
{
    Rng rng(world.seed, SupportStream);
    double volume = 0;
    for (const DemoMonth &m : world.months)
        volume += m.supportVolume;
    const double perUnit = TicketsPer36Months * (world.months.size() / 36.0) / volume;
    int sequence = 0;
    for (const DemoMonth &month : world.months) {
        const int tickets = int(std::floor(perUnit * month.supportVolume + 0.5));
        std::vector<Draft> drafts;
        drafts.reserve(size_t(tickets));
        for (int i = 0; i < tickets; ++i) {
            drafts.push_back(drawTicket(world, rng, month));
            drafts.back().order = i;
        }
        std::sort(drafts.begin(), drafts.end(), [](const Draft &a, const Draft &b) {
            return a.row.createdAt != b.row.createdAt ? a.row.createdAt < b.row.createdAt
                                                      : a.order < b.order;
        });
        for (Draft &d : drafts) {
            d.row.externalId = QStringLiteral("TK-%1").arg(++sequence, 6, 10, QLatin1Char('0'));
            if (writer.write(d.row) == WriteOutcome::Failed)
                return false;
        }
    }
    *count = sequence;
    return true;
}

} // namespace busola::demo
