// Times the KPI engine on the store kpi_bench_generate wrote:
//   1. all ten KPIs for one month with both comparisons, in process (target ≤ 50 ms);
//   2. a 36-month series of all ten (target ≤ 300 ms);
//   3. `busola kpi --period … --compare year --format json` as a process, against the sqlite3
//      shell computing one KPI (response time by channel for one month) with a plain aggregate.
//   kpi_bench PATH BUSOLA_EXECUTABLE [SQLITE3]
// PATH may be a team store (postgresql://…?schema=S): then there is no sqlite3 shell part.
#include "kpi/kpiengine.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

#include <algorithm>
#include <cstdio>

using namespace busola;

namespace {

constexpr int BenchMonth = 202610;

template <typename F> double bestOf(int runs, F &&work, double *first = nullptr)
{
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        const double ms = t.nsecsElapsed() / 1e6;
        if (i == 0 && first)
            *first = ms;
        best = std::min(best, ms);
    }
    return best;
}

double runProcess(const QString &program, const QStringList &args, QByteArray *out = nullptr)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(program, args);
    p.waitForFinished(600000);
    const double ms = t.nsecsElapsed() / 1e6;
    if (out)
        *out = p.readAllStandardOutput();
    if (p.exitCode() != 0)
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program),
                     p.readAllStandardError().constData());
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: kpi_bench PATH BUSOLA_EXECUTABLE [SQLITE3]\n");
        return 2;
    }
    const QString path = args.at(1);
    const QString sqlite3 = args.size() > 3 ? args.at(3) : QStringLiteral("sqlite3");
    QString error;
    auto store = Store::open(path, &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    KpiEngine engine(*store);
    const KpiPeriod month = KpiPeriod::month(BenchMonth);
    double firstReport = 0, firstSeries = 0;
    QVector<KpiRow> rows;
    const double report = bestOf(
        5, [&] { rows = engine.report(month, {}); }, &firstReport);
    QVector<QVector<MonthValue>> series;
    const double seriesMs = bestOf(
        3, [&] { series = engine.monthlySeries(allKpis(), 202312, 202611, {}); }, &firstSeries);
    KpiFilters phone;
    phone.add(QStringLiteral("channel"), QStringLiteral("phone"));
    const double filtered = bestOf(5, [&] { engine.report(month, phone); });
    const double byAgent =
        bestOf(3, [&] { engine.breakdown(Kpi::ResponseTime, month, {}, QStringLiteral("agent")); });
    std::printf("response_time %s = %.4f h (count %lld)\n",
                qPrintable(month.first.toString(Qt::ISODate)), rows[0].current.value.value_or(-1),
                rows[0].current.count);
    std::printf("in process: ten KPIs, one month, both comparisons: %.1f ms (first run %.1f ms)\n",
                report, firstReport);
    std::printf("in process: same with --filter channel=phone: %.1f ms\n", filtered);
    std::printf("in process: response_time by agent (60 groups): %.1f ms\n", byAgent);
    std::printf("in process: 36-month series of all ten: %.1f ms (first run %.1f ms)\n", seriesMs,
                firstSeries);

    const QString busola = args.at(2);
    const QStringList kpiArgs{
        QStringLiteral("kpi"),      QStringLiteral("--db"),     path,
        QStringLiteral("--period"), QStringLiteral("2026-10"),  QStringLiteral("--compare"),
        QStringLiteral("year"),     QStringLiteral("--format"), QStringLiteral("json")};
    runProcess(busola, kpiArgs); // warm the page cache for both contenders alike
    double busolaMs = 1e300;
    for (int i = 0; i < 3; ++i)
        busolaMs = std::min(busolaMs, runProcess(busola, kpiArgs));
    if (path.startsWith(QLatin1String("postgresql://"))) {
        std::printf("process: busola kpi --period 2026-10 --compare year --format json: %.0f ms\n",
                    busolaMs);
        return 0;
    }
    const qint64 from = store->clock().monthStart(BenchMonth);
    const qint64 to = store->clock().monthStart(StoreClock::addMonths(BenchMonth, 1));
    // The plain aggregate a spreadsheet-minded analyst would write for one KPI.
    const QString monthQuery =
        QStringLiteral("SELECT channel, AVG(response_seconds) / 3600.0, COUNT(response_seconds)"
                       " FROM interactions WHERE created_at >= %1 AND created_at < %2"
                       " GROUP BY channel;")
            .arg(from)
            .arg(to);
    const QString yearQuery =
        QStringLiteral("SELECT created_month, channel, AVG(response_seconds) / 3600.0"
                       " FROM interactions WHERE created_at >= %1 AND created_at < %2"
                       " GROUP BY created_month, channel;")
            .arg(store->clock().monthStart(202601))
            .arg(store->clock().monthStart(202701));
    // The same through the covering index schema v2 adds (created_month, channel, response).
    const QString coveredQuery =
        QStringLiteral("SELECT channel, AVG(response_seconds) / 3600.0, COUNT(response_seconds)"
                       " FROM interactions WHERE created_month = %1 GROUP BY channel;")
            .arg(BenchMonth);
    double shellMonth = 1e300, shellYear = 1e300, shellCovered = 1e300;
    QByteArray shellOut;
    for (int i = 0; i < 3; ++i) {
        shellMonth = std::min(shellMonth, runProcess(sqlite3, {path, monthQuery}, &shellOut));
        shellYear = std::min(shellYear, runProcess(sqlite3, {path, yearQuery}));
        shellCovered = std::min(shellCovered, runProcess(sqlite3, {path, coveredQuery}));
    }
    std::printf("process: busola kpi --period 2026-10 --compare year --format json: %.0f ms\n",
                busolaMs);
    std::printf("process: sqlite3 shell, response time by channel, one month: %.0f ms\n",
                shellMonth);
    std::printf("process: sqlite3 shell, same, through a covering index: %.0f ms\n", shellCovered);
    std::printf("process: sqlite3 shell, response time by month x channel, one year: %.0f ms\n",
                shellYear);
    std::printf("shell result (one month):\n%s", shellOut.constData());
    return 0;
}
