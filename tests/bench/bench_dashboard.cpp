// Dashboard responsiveness on a large store (issue 8): how long a change of period or filter
// takes until every gauge and chart shows the new numbers, and the longest time the UI thread
// was blocked meanwhile (a 5 ms heartbeat timer on the UI thread measures it).
//   kpi_bench_generate /tmp/bench.db          # 1,000,000 interactions, 200,000 deals
//   bench_dashboard /tmp/bench.db [ROUNDS]
#include "dashboard/dashboardpage.h"
#include "dashboard/filterbar.h"
#include "dashboard/periodselector.h"
#include "store/store.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSettings>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace busola;

namespace {

struct Measure
{
    double latencyMs = 0;  // change → the page has shown the new snapshot
    double computeMs = 0;  // of which the worker's computation
    double maxStallMs = 0; // longest gap between UI heartbeats
};

Measure measure(DashboardPage &page, const std::function<void()> &change)
{
    Measure result;
    QElapsedTimer clock;
    QElapsedTimer sinceBeat;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        result.maxStallMs = std::max(result.maxStallMs, double(sinceBeat.nsecsElapsed()) / 1e6);
        sinceBeat.restart();
    });
    QEventLoop loop;
    const QMetaObject::Connection done =
        QObject::connect(&page, &DashboardPage::updated, [&](double computeMs) {
            if (page.isBusy())
                return; // an intermediate answer; wait for the last one
            result.computeMs = computeMs;
            result.latencyMs = double(clock.nsecsElapsed()) / 1e6;
            loop.quit();
        });
    heartbeat.start();
    sinceBeat.start();
    clock.start();
    change();
    if (page.isBusy()) {
        loop.exec();
    } else {
        // Shown without a computation (a comparison switch, a synchronous page).
        result.latencyMs = double(clock.nsecsElapsed()) / 1e6;
    }
    QObject::disconnect(done);
    return result;
}

void choose(DashboardPage &page, const PeriodChoice &choice)
{
    QComboBox *box = page.periodSelector()->periodBox();
    const int index = box->findData(choice.toSettingsString());
    if (index < 0) {
        std::fprintf(stderr, "period %s not offered\n", qPrintable(choice.label()));
        return;
    }
    box->setCurrentIndex(index);
    emit box->activated(index);
}

/// Any choice, a custom range included, as the selector's editors would set it.
void chooseCustom(DashboardPage &page, const PeriodChoice &choice)
{
    page.periodSelector()->setChoice(choice);
    emit page.periodSelector()->changed(choice);
}

void compare(DashboardPage &page, int index)
{
    QComboBox *box = page.periodSelector()->comparisonBox();
    box->setCurrentIndex(index);
    emit box->activated(index);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("busola-bench"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_dashboard STORE [ROUNDS]\n");
        return 2;
    }
    const int rounds = argc > 2 ? std::max(1, atoi(argv[2])) : 3;
    QString error;
    std::unique_ptr<Store> store = Store::open(QString::fromLocal8Bit(argv[1]), &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // Every run starts from the defaults, whatever a previous run left remembered.
    QSettings().remove(QStringLiteral("dashboard"));
    DashboardPage page(*store);
    page.resize(1366, 768);
    page.show();
    measure(page, [&] { page.refresh(); }); // warm-up: caches, first layout

    // The generator's last whole month (its data ends with November 2026), else the default.
    PeriodChoice last = PeriodChoice::month(2026, 10);
    if (page.periodSelector()->periodBox()->findData(last.toSettingsString()) < 0)
        last = page.periodSelector()->choice();
    else
        measure(page, [&] { choose(page, last); });
    // Each change is measured, then undone (unmeasured), so every round times the same switch.
    struct Scenario
    {
        const char *name;
        std::function<void()> change;
        std::function<void()> undo;
    };
    const auto channel = QStringLiteral("channel");
    const auto phone = QStringLiteral("phone");
    const QList<Scenario> scenarios = {
        {"month → previous month", [&] { choose(page, last.stepped(-1)); },
         [&] { choose(page, last); }},
        {"compare with a year ago", [&] { compare(page, 1); }, [&] { compare(page, 0); }},
        {"filter channel=phone", [&] { page.filterBar()->toggle(channel, phone, true); },
         [&] { page.filterBar()->toggle(channel, phone, false); }},
        {"trend 12 → 36 months", [&] { page.setTrendMonths(36); },
         [&] { page.setTrendMonths(12); }},
        {"gauge: monthly_sales", [&] { page.selectKpi(Kpi::MonthlySales); },
         [&] { page.selectKpi(Kpi::ResponseTime); }},
        // Cuts two months: their parts come from the base tables, the rest from summaries.
        {"custom 15 Jun – 14 Oct",
         [&] {
             chooseCustom(page,
                          PeriodChoice::custom(last.from.addMonths(-4).addDays(14),
                                               last.from.addDays(13)));
         },
         [&] { chooseCustom(page, last); }},
    };
    std::printf("%-26s %12s %12s %14s\n", "change", "latency ms", "compute ms", "max stall ms");
    for (const Scenario &scenario : scenarios) {
        Measure worst;
        for (int round = 0; round < rounds; ++round) {
            const Measure m = measure(page, scenario.change);
            worst.latencyMs = std::max(worst.latencyMs, m.latencyMs);
            worst.computeMs = std::max(worst.computeMs, m.computeMs);
            worst.maxStallMs = std::max(worst.maxStallMs, m.maxStallMs);
            measure(page, scenario.undo);
        }
        std::printf("%-26s %12.1f %12.1f %14.1f\n", scenario.name, worst.latencyMs, worst.computeMs,
                    worst.maxStallMs);
    }
    std::printf("(worst of %d rounds; target: all gauges and charts within 200 ms)\n", rounds);

    // Where a worker's time goes, for one month and the same month under a filter.
    // 0: the month; 1: the month, channel=phone; 2: the custom range above.
    for (int variant : {0, 1, 2}) {
        DashboardRequest request;
        request.storeLocation = store->location();
        request.period = KpiPeriod::month(last.firstMonth());
        QString label = last.label();
        if (variant == 1) {
            request.filters.add(QStringLiteral("channel"), QStringLiteral("phone"));
            label += QStringLiteral(", channel=phone");
        } else if (variant == 2) {
            request.period =
                KpiPeriod::custom(last.from.addMonths(-4).addDays(14), last.from.addDays(13));
            label = PeriodChoice::custom(request.period.first, request.period.last).label();
        }
        request.breakdownDimension = QStringLiteral("channel");
        const DashboardSnapshot snapshot = computeDashboard(request);
        std::printf("\nworker stages, %s:\n", qPrintable(label));
        for (const auto &[stage, ms] : snapshot.stages)
            std::printf("  %-28s %8.1f ms\n", qPrintable(stage), ms);
        std::printf("  %-28s %8.1f ms\n", "total", snapshot.elapsedMs);
    }
    return 0;
}
