// Benchmark: `busola import` of a generated 1,000,000-row support export against the sqlite3
// shell's `.import --csv` of the same file into a plain table, measured in the same run on the
// same machine. Not a test: run it by hand from a Release build (BUSOLA_BUILD_BENCH=ON).
//
//   bench_import [--rows N] [--dir DIR] [--busola PATH] [--sqlite3 PATH] [--floor PATH]
//                [--pg LOCATION]
//
// Also in the same run, bench_sqlite_floor writes the same rows, typed, into a store of its own
// as Busola's writer does — once the rows alone, once with the summary rows Busola adds for
// them: what SQLite alone costs for them, under any `busola import`.
//
// With --pg postgresql://…?schema=S (an existing, empty schema: tests/pg/bench-engines.sh makes
// one), the same file is also imported into that team store, in the same run.

#include "supportcsv.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

struct Measured
{
    int exitCode = -1;
    double seconds = 0;
    double cpuSeconds = 0; ///< user + system time of the child
    long peakRssKb = 0;
};

/// Runs argv as a child with stdout to /dev/null; wall time, and the child's own peak RSS
/// from wait4's rusage. The page cache is written back first, and the disk given a moment, so
/// that one child's writeback does not land in the next one's time.
Measured measure(const std::vector<std::string> &args)
{
    sync();
    sleep(2);
    std::vector<char *> argv;
    for (const std::string &a : args)
        argv.push_back(const_cast<char *>(a.c_str()));
    argv.push_back(nullptr);
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        std::FILE *null = std::fopen("/dev/null", "w");
        if (null)
            dup2(fileno(null), STDOUT_FILENO);
        execvp(argv[0], argv.data());
        std::perror(argv[0]);
        _exit(127);
    }
    Measured m;
    int status = 0;
    rusage usage{};
    if (pid < 0 || wait4(pid, &status, 0, &usage) != pid)
        return m;
    m.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    m.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    m.peakRssKb = usage.ru_maxrss;
    m.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                   double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    return m;
}

void report(const char *name, const Measured &m, long rows)
{
    std::printf("%-20s exit %d  %7.2f s  %9.0f rows/s  CPU %6.2f s  peak RSS %6.1f MB\n", name,
                m.exitCode, m.seconds, double(rows) / m.seconds, m.cpuSeconds,
                double(m.peakRssKb) / 1024.0);
}

} // namespace

int main(int argc, char *argv[])
{
    long rows = 1000000;
    std::string dir = "/tmp";
    std::string busola = BUSOLA_EXECUTABLE;
    std::string sqlite = "sqlite3";
    std::string floor = BUSOLA_FLOOR_EXECUTABLE;
    std::string pg;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--rows"))
            rows = std::atol(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--dir"))
            dir = argv[i + 1];
        else if (!std::strcmp(argv[i], "--busola"))
            busola = argv[i + 1];
        else if (!std::strcmp(argv[i], "--sqlite3"))
            sqlite = argv[i + 1];
        else if (!std::strcmp(argv[i], "--floor"))
            floor = argv[i + 1];
        else if (!std::strcmp(argv[i], "--pg"))
            pg = argv[i + 1];
    }
    const std::string csv = dir + "/bench-support.csv";
    const std::string busolaDb = dir + "/bench-busola.db";
    const std::string sqliteDb = dir + "/bench-sqlite.db";
    const std::string floorDb = dir + "/bench-floor.db";
    const std::string fullFloorDb = dir + "/bench-floor-summaries.db";
    for (const std::string &f : {busolaDb, sqliteDb, floorDb, fullFloorDb})
        for (const char *suffix : {"", "-wal", "-shm"})
            std::remove((f + suffix).c_str());

    std::FILE *out = std::fopen(csv.c_str(), "w");
    if (!out || !busola::bench::writeSupportCsv(out, rows) || std::fclose(out) != 0) {
        std::fprintf(stderr, "cannot write %s\n", csv.c_str());
        return 1;
    }
    std::printf("%ld rows, 13 columns: %s\n", rows, csv.c_str());

    // The store is created (and migrated) first, so both sides time the import alone.
    measure({busola, "import", dir + "/no-such-file.csv", "--db", busolaDb});
    measure({busola, "import", dir + "/no-such-file.csv", "--db", floorDb});
    measure({busola, "import", dir + "/no-such-file.csv", "--db", fullFloorDb});
    const Measured sq = measure({sqlite, sqliteDb, ".import --csv " + csv + " tickets"});
    const Measured fl = measure({floor, "--rows", std::to_string(rows), "--db", floorDb});
    const Measured ff =
        measure({floor, "--rows", std::to_string(rows), "--db", fullFloorDb, "--summaries"});
    const Measured bu = measure({busola, "import", csv, "--dataset", "support", "--db", busolaDb});
    report("sqlite3 .import", sq, rows);
    report("floor, rows", fl, rows);
    report("floor, + summaries", ff, rows);
    report("busola import", bu, rows);
    std::printf("ratio busola/sqlite3 time: %.2f (below 1 is faster); CPU time ratio %.2f\n",
                bu.seconds / sq.seconds, bu.cpuSeconds / sq.cpuSeconds);
    std::printf("ratio to sqlite3 time: floor, rows %.2f; floor, + summaries %.2f\n",
                fl.seconds / sq.seconds, ff.seconds / sq.seconds);
    std::printf("ratio busola/floor with summaries time: %.2f\n", bu.seconds / ff.seconds);
    const bool ok = bu.exitCode == 0 && sq.exitCode == 0 && fl.exitCode == 0 && ff.exitCode == 0;
    if (pg.empty())
        return ok ? 0 : 1;
    measure({busola, "import", dir + "/no-such-file.csv", "--db", pg}); // migrate the schema
    const Measured bp = measure({busola, "import", csv, "--dataset", "support", "--db", pg});
    report("busola import, PostgreSQL", bp, rows);
    std::printf("ratio PostgreSQL/SQLite (busola import): time %.2f, busola CPU time %.2f\n",
                bp.seconds / bu.seconds, bp.cpuSeconds / bu.cpuSeconds);
    return ok && bp.exitCode == 0 ? 0 : 1;
}
