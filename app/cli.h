#pragma once

namespace busola {

/// Exit codes of every Busola command (PRODUCT.md, "Command line").
enum ExitCode { ExitOk = 0, ExitBadInput = 1, ExitUsage = 2 };

/// Picks the sub-command from argv (import, kpi, report, ...), or the window when there is
/// none, and runs it. Each sub-command owns its QCoreApplication flavour and parser.
int runBusola(int argc, char *argv[]);

} // namespace busola
