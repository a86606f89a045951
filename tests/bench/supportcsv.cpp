#include "supportcsv.h"

#include <ctime>

namespace busola::bench {

namespace {

void formatTime(char *buffer, std::size_t size, std::int64_t epoch)
{
    const std::time_t t = std::time_t(epoch);
    std::tm parts{};
    gmtime_r(&t, &parts);
    std::strftime(buffer, size, "%Y-%m-%d %H:%M:%S", &parts);
}

const char *const channels[] = {"Telefon", "Chat", "E-mail", "Social media"};
const char *const agents[] = {"Ana Popescu", "Mihai Ionescu",    "Ioana Dumitrescu", "Radu Stan",
                              "Elena Marin", "Andrei Georgescu", "Maria Constantin", "Vlad Tudor"};
const char *const teams[] = {"Nivel 1", "Nivel 2", "Facturare", "Tehnic"};
const char *const surnames[] = {"Popa",   "Pop",   "Radu",    "Dumitru",
                                "Stoica", "Matei", "Ciobanu", "Rusu"};
const char *const names[] = {"Ion",   "Gheorghe", "Vasile", "Ana",
                             "Elena", "Cristina", "Dan",    "Ioana"};

} // namespace

int SupportTickets::below(int n)
{
    m_state ^= m_state >> 12;
    m_state ^= m_state << 25;
    m_state ^= m_state >> 27;
    return int((m_state * 2685821657736338717ULL) % std::uint64_t(n));
}

SupportTicket SupportTickets::next()
{
    const std::int64_t start = 1704067200; // 2024-01-01 00:00 UTC
    SupportTicket t;
    t.number = ++m_number;
    t.created = start + std::int64_t(t.number) * 60 + below(3600);
    t.firstReply = t.created + 60 + below(86400);
    const std::int64_t resolved = t.firstReply + below(3 * 86400);
    t.resolved = below(10) < 8 ? resolved : 0;
    t.channel = channels[below(4)];
    t.agent = agents[below(8)];
    t.team = teams[below(4)];
    t.customer = below(50000);
    t.surname = surnames[t.customer % 8];
    t.name = names[(t.customer / 8) % 8];
    t.quotedName = t.customer % 10 == 0; // one name in ten
    t.contacts = 1 + below(4);
    t.rating = below(10) < 4 ? 1 + below(5) : 0;
    t.costCents = (5 + below(40)) * 100 + below(100);
    t.complaint = below(20) == 0;
    return t;
}

bool writeSupportCsv(std::FILE *out, long rows)
{
    std::fputs("Ticket ID,Created at,First response at,Resolved at,Channel,Agent,Team,"
               "Customer ID,Customer name,Contacts,Rating,Cost,Complaint\n",
               out);
    SupportTickets tickets;
    char created[32], first[32], resolved[32], rating[4];
    for (long i = 1; i <= rows; ++i) {
        const SupportTicket t = tickets.next();
        formatTime(created, sizeof created, t.created);
        formatTime(first, sizeof first, t.firstReply);
        resolved[0] = '\0';
        if (t.resolved)
            formatTime(resolved, sizeof resolved, t.resolved);
        rating[0] = '\0';
        if (t.rating)
            std::snprintf(rating, sizeof rating, "%d", t.rating);
        const char *quote = t.quotedName ? "\"" : "";
        std::fprintf(out, "T%07ld,%s,%s,%s,%s,%s,%s,C%05d,%s%s%s%s%s,%d,%s,%d.%02d,%s\n", t.number,
                     created, first, resolved, t.channel, t.agent, t.team, t.customer, quote,
                     t.surname, t.quotedName ? ", " : " ", t.name, quote, t.contacts, rating,
                     t.costCents / 100, t.costCents % 100, t.complaint ? "Da" : "Nu");
    }
    return std::ferror(out) == 0;
}

} // namespace busola::bench
