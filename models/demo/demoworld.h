#pragma once

#include "democalendar.h"
#include "demorandom.h"
#include "store/records.h"

#include <QDate>

#include <vector>

namespace busola {
class StoreClock;
class StoreWriter;
struct DemoOptions;
} // namespace busola

namespace busola::demo {

/// One customer of the demo distributor. Buyers place orders while they are active
/// (months [start, end) of the window; start −1 = a customer from before the window).
struct DemoCustomer
{
    CustomerRef ref;
    int region = 0;
    int team = 0;
    bool buyer = false;
    int start = 0;
    int end = 0;
    double orderRate = 0; ///< chance of an order in an ordinary month
    double size = 1;      ///< scales order amounts
};

/// One month of the window and what shapes it.
struct DemoMonth
{
    QDate first;
    int index = 0;
    double supportVolume = 1; ///< seasonality × growth of the ticket count
    double responseLoad = 1;  ///< how much slower first responses are (peak backlog)
    double salesSeason = 1;   ///< seasonality of orders and leads
    double fcr = 0.6;         ///< chance that one contact resolves a ticket
    /// Per day of the month: 0 working day, 1 Saturday, 2 Sunday or holiday.
    std::vector<char> dayKinds;
    /// Per day: how busy it is besides its kind (the week between Christmas and New Year is
    /// quiet: customers are on holiday).
    std::vector<double> dayScale;
};

/// Everything the parts of the generator share: the window, the calendar, the customers.
struct DemoWorld
{
    const StoreClock *clock = nullptr;
    DemoCalendar calendar;
    quint64 seed = 0;
    std::vector<DemoMonth> months;
    std::vector<DemoCustomer> customers;
    std::vector<std::vector<int>> activeBuyers; ///< per month, indexes into customers
    LocalTime end;                              ///< first moment after the window

    qint64 epoch(const LocalTime &t) const;
    bool isBeforeEnd(const LocalTime &t) const { return t < end; }
    /// A day of month m drawn with a weight per kind of day (working, Saturday, other rest day).
    QDate drawDay(Rng &rng, int month, double working, double saturday, double rest) const;
    /// A customer for activity in month m: an active buyer with probability buyerShare.
    int drawCustomer(Rng &rng, int month, double buyerShare) const;
};

/// Builds the window, seasonality and customers; deterministic in (seed, end month, months).
DemoWorld makeWorld(const StoreClock &clock, const DemoOptions &options);

/// Each part writes its rows through writer; false on the first failure (writer.lastError()).
bool writeInteractions(const DemoWorld &world, StoreWriter &writer, int *count);
bool writeDeals(const DemoWorld &world, StoreWriter &writer, int *count);
bool writeFeedback(const DemoWorld &world, StoreWriter &writer, int *count);
bool writeCosts(const DemoWorld &world, StoreWriter &writer, int *count);

/// The support team that struggles (Iași): slower, fewer first-contact fixes, lower ratings.
constexpr int WeakTeam = 2;

/// Separate random streams, one per part.
enum Stream : quint64 {
    CustomerStream = 1,
    SupportStream,
    SalesStream,
    FeedbackStream,
    CostStream
};

} // namespace busola::demo
