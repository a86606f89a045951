// Benchmark: `busola report` on the demo company (36 months, 40,000 tickets, 7,900 deals), the
// whole command as a user runs it (start, store, KPIs, forecasts, layout, PDF). Not a test: run
// it by hand from a Release build (BUSOLA_BUILD_BENCH=ON). The target: under 2 s and 2 MB.
//
//   bench_report [--runs N] [--busola PATH]

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

/// Runs busola with arguments headless; wall seconds, or -1 when it failed.
double timed(const QString &busola, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(busola, arguments);
    if (!process.waitForFinished(600000) || process.exitCode() != 0)
        return -1;
    return timer.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QString busola = QStringLiteral(BUSOLA_EXECUTABLE);
    int runs = 5;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--runs"))
            runs = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--busola"))
            busola = args.at(i + 1);
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    if (timed(busola, {QStringLiteral("--demo"), QStringLiteral("--demo-end"),
                       QStringLiteral("2026-10"), QStringLiteral("--db"), db}) < 0) {
        out << "cannot build the demo company with " << busola << '\n';
        return 1;
    }
    for (const QString &lang : {QStringLiteral("ro"), QStringLiteral("en")}) {
        const QString pdf = dir.filePath(QStringLiteral("report-%1.pdf").arg(lang));
        QVector<double> times;
        for (int r = 0; r < runs; ++r) {
            const double s =
                timed(busola, {QStringLiteral("report"), QStringLiteral("--db"), db,
                               QStringLiteral("--period"), QStringLiteral("2026-10"),
                               QStringLiteral("--lang"), lang, QStringLiteral("-o"), pdf});
            if (s < 0) {
                out << "busola report failed\n";
                return 1;
            }
            times << s;
        }
        std::sort(times.begin(), times.end());
        out << QStringLiteral("report --lang %1: min %2 s, median %3 s over %4 runs; %5 KB\n")
                   .arg(lang)
                   .arg(times.first(), 0, 'f', 3)
                   .arg(times.at(times.size() / 2), 0, 'f', 3)
                   .arg(runs)
                   .arg(QFileInfo(pdf).size() / 1024);
    }
    return 0;
}
