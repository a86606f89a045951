#pragma once

#include <cstdint>
#include <cstdio>

namespace busola::bench {

/// One generated support ticket, as typed values: what bench_import's CSV spells out in text
/// and what bench_sqlite_floor writes straight into a store.
struct SupportTicket
{
    long number = 0;             ///< the id is "T" and this number in seven digits
    std::int64_t created = 0;    ///< seconds since the epoch
    std::int64_t firstReply = 0; ///< seconds since the epoch
    std::int64_t resolved = 0;   ///< seconds since the epoch, 0 when not resolved
    const char *channel = nullptr;
    const char *agent = nullptr;
    const char *team = nullptr;
    int customer = 0; ///< the customer code is "C" and this number in five digits
    const char *surname = nullptr;
    const char *name = nullptr;
    bool quotedName = false; ///< written "Surname, Name" (a quoted field with a comma)
    int contacts = 0;
    int rating = 0; ///< 1–5, 0 when the ticket has none
    int costCents = 0;
    bool complaint = false;
};

/// The tickets of writeSupportCsv(), one after the other, the same on every machine: each
/// random draw is made in a fixed order (not in the unspecified order of a call's arguments).
class SupportTickets
{
public:
    SupportTicket next();

private:
    std::uint64_t m_state = 0x9E3779B97F4A7C15ULL; // xorshift64*: no <random> differences
    long m_number = 0;
    int below(int n);
};

/// Writes a support-ticket export of rows rows (13 columns: id, created, first response,
/// resolved, channel, agent, team, customer id and name, contacts, rating, cost, complaint),
/// the same bytes on every machine for the same row count. Returns false on a write error.
bool writeSupportCsv(std::FILE *out, long rows);

} // namespace busola::bench
