#pragma once

#include <cstdio>

namespace busola::bench {

/// Writes a support-ticket export of rows rows (13 columns: id, created, first response,
/// resolved, channel, agent, team, customer id and name, contacts, rating, cost, complaint),
/// the same bytes on every machine for the same row count. Returns false on a write error.
bool writeSupportCsv(std::FILE *out, long rows);

} // namespace busola::bench
