// Writes the KPI benchmark store: 1,000,000 support interactions over 36 months and 200,000
// deals (with orders), through StoreWriter like any import, so the summaries are the ones an
// import maintains. Deterministic: the same file every run.
//   kpi_bench_generate PATH [INTERACTIONS] [DEALS]
// PATH may be a team store (postgresql://…?schema=S, an empty schema).
#include "store/store.h"
#include "store/storewriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

using namespace busola;

namespace {

constexpr int FirstMonth = 202312; // 36 months: December 2023 – November 2026
constexpr int Months = 36;

struct Generator
{
    const Store &store;
    std::mt19937_64 rng{20261127};
    qint64 start = store.clock().monthStart(FirstMonth);
    qint64 end = store.clock().monthStart(StoreClock::addMonths(FirstMonth, Months));

    int uniform(int n) { return int(rng() % quint64(n)); }
    double real() { return double(rng() >> 11) / double(1ULL << 53); }
    qint64 instant() { return start + qint64(real() * double(end - start)); }
    QString pick(const char *const *names, int n) { return QString::fromLatin1(names[uniform(n)]); }
    CustomerRef customer() { return {QStringLiteral("K%1").arg(uniform(20000)), QString()}; }

    Interaction interaction(int i)
    {
        static const char *const channels[] = {"phone", "chat", "email", "other"};
        Interaction t;
        t.externalId = QStringLiteral("I%1").arg(i);
        t.createdAt = instant();
        t.channel = pick(channels, 4);
        const int agent = uniform(60);
        t.team = QStringLiteral("Echipa %1").arg(agent / 10 + 1);
        t.agent = QStringLiteral("Agent %1").arg(agent + 1);
        t.customer = customer();
        if (uniform(100) < 92) // some tickets are never answered
            t.firstResponseAt = t.createdAt + qint64(-std::log(1 - real()) * 8 * 3600);
        if (uniform(100) < 88)
            t.resolvedAt = t.createdAt + 600 + uniform(5 * 86400);
        if (uniform(100) < 80)
            t.contacts = 1 + uniform(4) / 2;
        if (uniform(100) < 35)
            t.satisfaction = 1 + uniform(5);
        if (uniform(100) < 50)
            t.costMinor = 500 + uniform(4000);
        t.complaint = uniform(100) < 5;
        return t;
    }

    Deal deal(int i)
    {
        static const char *const regions[] = {"Nord-Est", "Sud-Est",   "Sud",    "Sud-Vest",
                                              "Vest",     "Nord-Vest", "Centru", "București"};
        static const char *const sources[] = {"web",  "telefon", "recomandare",
                                              "târg", "email",   "parteneri"};
        Deal d;
        d.externalId = QStringLiteral("D%1").arg(i);
        d.createdAt = instant();
        d.customer = customer();
        d.owner = QStringLiteral("Vânzător %1").arg(uniform(20) + 1);
        d.region = pick(regions, 8);
        d.leadSource = QString::fromUtf8(sources[uniform(6)]);
        d.amountMinor = 10000 + uniform(5000000);
        if (uniform(100) < 15) { // an order: won, created and closed at once
            d.isOrder = true;
            d.status = DealStatus::Won;
            d.closedAt = d.createdAt;
            return d;
        }
        const int r = uniform(100);
        d.status = r < 40 ? DealStatus::Won : r < 70 ? DealStatus::Lost : DealStatus::Open;
        if (d.status != DealStatus::Open)
            d.closedAt = *d.createdAt + 3600 + uniform(60 * 86400);
        return d;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: kpi_bench_generate PATH [INTERACTIONS] [DEALS]\n");
        return 2;
    }
    const int interactions = args.size() > 2 ? args.at(2).toInt() : 1000000;
    const int deals = args.size() > 3 ? args.at(3).toInt() : 200000;
    if (!args.at(1).startsWith(QLatin1String("postgresql://")))
        QFile::remove(args.at(1));
    QString error;
    auto store = Store::open(args.at(1), &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Generator gen{*store};
    QElapsedTimer timer;
    timer.start();
    StoreWriter writer(*store);
    if (!writer.begin(
            {QStringLiteral("bench"), {}, QStringLiteral("demo"), {}, QStringLiteral("update")}))
        return 1;
    // In batches, as the import engine writes (multi-row statements on PostgreSQL).
    constexpr int Batch = 2048;
    std::vector<Interaction> tickets;
    for (int i = 0; i < interactions; i += Batch) {
        tickets.clear();
        for (int k = i; k < std::min(interactions, i + Batch); ++k)
            tickets.push_back(gen.interaction(k));
        if (writer.writeAll(tickets) >= 0) {
            std::fprintf(stderr, "%s\n", qPrintable(writer.lastError()));
            return 1;
        }
    }
    std::vector<Deal> sales;
    for (int i = 0; i < deals; i += Batch) {
        sales.clear();
        for (int k = i; k < std::min(deals, i + Batch); ++k)
            sales.push_back(gen.deal(k));
        if (writer.writeAll(sales) >= 0) {
            std::fprintf(stderr, "%s\n", qPrintable(writer.lastError()));
            return 1;
        }
    }
    for (int m = FirstMonth, k = 0; k < Months; m = StoreClock::addMonths(m, 1), ++k) {
        writer.write(SupportCost{m, QString(), 2000000 + 1000 * k});
        writer.write(SupportCost{m, QStringLiteral("phone"), 500000});
    }
    const qint64 rowsMs = timer.elapsed();
    if (!writer.commit()) {
        std::fprintf(stderr, "%s\n", qPrintable(writer.lastError()));
        return 1;
    }
    std::printf("wrote %d interactions and %d deals in %.1f s, %.0f rows/s (commit with summaries"
                " %.1f s)\n",
                interactions, deals, timer.elapsed() / 1000.0,
                (interactions + deals) * 1000.0 / std::max<qint64>(1, timer.elapsed()),
                (timer.elapsed() - rowsMs) / 1000.0);
    return 0;
}
