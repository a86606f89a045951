// Renders the SWOT and competitor pages and their report renderers with demo-like data into
// PNG files, to look at them: swot_screenshots <folder> [ro]. Not a test.
#include "competitors/competitordocument.h"
#include "competitors/competitorrenderer.h"
#include "competitors/competitorspage.h"
#include "demo/democompany.h"
#include "fakekpisource.h"
#include "store/store.h"
#include "swot/swotdocument.h"
#include "swot/swotpage.h"
#include "swot/swotquadrantview.h"
#include "swot/swotrenderer.h"
#include "swot/swotstore.h"

#if __has_include("kpi/kpiengine.h")
#include "kpi/kpiengine.h"
#include "swot/kpienginesource.h"
#define BUSOLA_HAVE_KPI_ENGINE 1
#endif

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace busola;

namespace {

void seedBoard(Store &store)
{
    SwotStore swot(store);
    swot.createBoard({0, QStringLiteral("T3 2026"), QDate(2026, 7, 1), QDate(2026, 9, 30), {}});
    const qint64 board = swot.createBoard(
        {0, QStringLiteral("T4 2026"), QDate(2026, 10, 1), QDate(2026, 12, 31), {}});
    struct Seed
    {
        Quadrant quadrant;
        const char *text;
        int importance;
        const char *kpi;
        const char *owner;
        QDate due;
    };
    const Seed seeds[] = {
        {Quadrant::Strengths,
         "Echipă de suport cu experiență, 80% din clienți ne recomandă",
         3,
         "csat",
         "",
         {}},
        {Quadrant::Strengths,
         "Rezolvăm majoritatea problemelor la primul contact",
         2,
         "fcr_rate",
         "Ioana",
         {}},
        {Quadrant::Strengths, "Prețuri competitive pe segmentul IMM", 1, "", "", {}},
        {Quadrant::Weaknesses, "Răspundem prea încet pe e-mail în zilele de luni", 3,
         "response_time", "Mihai", QDate(2026, 12, 15)},
        {Quadrant::Weaknesses, "Nu avem suport în weekend", 2, "", "", {}},
        {Quadrant::Opportunities, "Cerere în creștere pentru chat pe site", 3, "", "Ana",
         QDate(2027, 1, 31)},
        {Quadrant::Opportunities, "Parteneriat cu un integrator regional", 2, "", "", {}},
        {Quadrant::Threats, "Un concurent nou oferă abonamente cu 20% mai ieftine", 3, "", "", {}},
        {Quadrant::Threats, "Fluctuația personalului în echipa de suport", 2, "complaints", "", {}},
    };
    int position = 0;
    for (const Seed &seed : seeds) {
        SwotItem item;
        item.text = QString::fromUtf8(seed.text);
        item.importance = seed.importance;
        item.kpiId = QString::fromUtf8(seed.kpi);
        item.owner = QString::fromUtf8(seed.owner);
        item.dueDate = seed.due;
        swot.insertItem(board, seed.quadrant, position++, item);
    }
    store.setSetting(QStringLiteral("swot_last_board"), QString::number(board));
}

void seedCompetitors(Store &store)
{
    CompetitorDocument document(store);
    document.addCompetitor(-1, {0, QStringLiteral("TelecomPlus"), PricePosition::Higher, 10.0,
                                QStringLiteral("telefon, magazin"), 36.0, 3.9,
                                QStringLiteral("Rețea mare de magazine")});
    document.addCompetitor(-1, {0, QStringLiteral("Alfa Service"), PricePosition::Similar, 15.0,
                                QStringLiteral("telefon, chat"), 12.0, 4.4,
                                QStringLiteral("Chat 24/7, campanii agresive")});
    document.addCompetitor(-1, {0, QStringLiteral("RapidCare"), PricePosition::Lower, std::nullopt,
                                QStringLiteral("e-mail"), std::nullopt, 3.5, QString()});
}

[[maybe_unused]] void fillKpis(FakeKpiSource &kpis)
{
    kpis.add(QStringLiteral("response_time"), QStringLiteral("Timpul mediu de răspuns"),
             QStringLiteral("h"), true, 31.0, 24.0, KpiState::Missed, {30.0, 29.0, 33.0, 31.0});
    kpis.add(QStringLiteral("fcr_rate"), QStringLiteral("Rata de rezolvare la primul contact"),
             QStringLiteral("%"), false, 72.4, 70.0, KpiState::Met, {65.0, 68.5, 70.1, 72.4});
    kpis.add(QStringLiteral("csat"), QStringLiteral("Feedback-ul clienților"),
             QStringLiteral("score"), false, 4.3, 4.0, KpiState::Met, {4.3, 4.1, 4.2, 4.3});
    kpis.add(QStringLiteral("complaints"), QStringLiteral("Numărul de reclamații"),
             QStringLiteral("count"), true, 14.0, 12.0, KpiState::Near);
    kpis.add(QStringLiteral("retention_rate"), QStringLiteral("Rata de retenție a clienților"),
             QStringLiteral("%"), false, 78.0, 85.0, KpiState::Missed);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QDir out(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath());
    QLocale::setDefault(QLocale(QLocale::Romanian, QLocale::Romania));
    QTemporaryDir dir;
    QString error;
    auto store = Store::open(dir.filePath(QStringLiteral("demo.db")), &error);
    if (!store)
        qFatal("%s", qPrintable(error));
    // The demo company's board and competitors, as a first run shows them; "seed" adds a
    // second, hand-made board.
    DemoOptions demo;
    demo.endMonth = QDate(2026, 10, 1);
    if (buildDemoCompany(*store, demo, &error).ok != true)
        qFatal("%s", qPrintable(error));
    if (argc > 2 && qstrcmp(argv[2], "seed") == 0) {
        seedBoard(*store);
        seedCompetitors(*store);
    }
#ifdef BUSOLA_HAVE_KPI_ENGINE
    // The demo company's own KPIs, from the real engine.
    KpiEngine engine(*store);
    KpiEngineSource kpis(engine);
#else
    FakeKpiSource kpis;
    fillKpis(kpis);
#endif

    SwotPage swot(*store);
    swot.setKpiSource(&kpis);
    swot.resize(1280, 760);
    swot.show();
    SwotQuadrantView *weaknesses = swot.quadrantView(Quadrant::Weaknesses);
    weaknesses->setFocus();
    weaknesses->selectItems({swot.document()->items(Quadrant::Weaknesses).at(0).id});
    swot.document()->setImportance(swot.document()->items(Quadrant::Threats).at(1).id, 3);
    app.processEvents();
    swot.grab().save(out.filePath(QStringLiteral("swot.png")));

    CompetitorsPage competitors(*store);
    competitors.setKpiSource(&kpis);
    competitors.resize(1280, 760);
    competitors.show();
    app.processEvents();
    competitors.grab().save(out.filePath(QStringLiteral("competitors.png")));

    QImage page(1123, 794, QImage::Format_ARGB32); // A4 landscape at 96 dpi
    page.fill(Qt::white);
    {
        QPainter painter(&page);
        painter.setRenderHint(QPainter::Antialiasing);
        renderSwotBoard(painter, QRectF(40, 40, 1043, 714), *swot.document());
    }
    page.save(out.filePath(QStringLiteral("swot-render.png")));
    page.fill(Qt::white);
    {
        QPainter painter(&page);
        renderCompetitors(painter, QRectF(40, 40, 1043, 714), *competitors.document(), {31.0, 4.3});
    }
    page.save(out.filePath(QStringLiteral("competitors-render.png")));
    return 0;
}
