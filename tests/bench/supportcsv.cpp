#include "supportcsv.h"

#include <cstdint>
#include <ctime>

namespace busola::bench {

namespace {

/// A small deterministic generator (xorshift64*): same file everywhere, no <random> distribution
/// differences between standard libraries.
struct Rng
{
    std::uint64_t state = 0x9E3779B97F4A7C15ULL;
    std::uint64_t next()
    {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        return state * 2685821657736338717ULL;
    }
    int below(int n) { return int(next() % std::uint64_t(n)); }
};

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

bool writeSupportCsv(std::FILE *out, long rows)
{
    Rng rng;
    std::fputs("Ticket ID,Created at,First response at,Resolved at,Channel,Agent,Team,"
               "Customer ID,Customer name,Contacts,Rating,Cost,Complaint\n",
               out);
    const std::int64_t start = 1704067200; // 2024-01-01 00:00 UTC
    char created[32], first[32], resolved[32];
    for (long i = 1; i <= rows; ++i) {
        const std::int64_t c = start + std::int64_t(i) * 60 + rng.below(3600);
        const std::int64_t f = c + 60 + rng.below(86400);
        const std::int64_t r = f + rng.below(3 * 86400);
        formatTime(created, sizeof created, c);
        formatTime(first, sizeof first, f);
        formatTime(resolved, sizeof resolved, r);
        const int customer = rng.below(50000);
        // One name in ten is written "Surname, Name": a quoted field with a comma inside.
        const bool quoted = customer % 10 == 0;
        char rating[4] = "";
        if (rng.below(10) < 4)
            std::snprintf(rating, sizeof rating, "%d", 1 + rng.below(5));
        std::fprintf(out, "T%07ld,%s,%s,%s,%s,%s,%s,C%05d,%s%s%s%s%s,%d,%s,%d.%02d,%s\n", i,
                     created, first, rng.below(10) < 8 ? resolved : "", channels[rng.below(4)],
                     agents[rng.below(8)], teams[rng.below(4)], customer, quoted ? "\"" : "",
                     surnames[customer % 8], quoted ? ", " : " ", names[(customer / 8) % 8],
                     quoted ? "\"" : "", 1 + rng.below(4), rating, 5 + rng.below(40),
                     rng.below(100), rng.below(20) == 0 ? "Da" : "Nu");
    }
    return std::ferror(out) == 0;
}

} // namespace busola::bench
