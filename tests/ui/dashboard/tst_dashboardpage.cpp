#include "../darkpalette.h"
#include "dashboard/breakdownchart.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/filterbar.h"
#include "dashboard/kpigauge.h"
#include "dashboard/periodselector.h"
#include "dashboard/trendchart.h"
#include "demo/democompany.h"
#include "store/store.h"
#include "store/storewriter.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace busola;

Q_DECLARE_METATYPE(GaugeStatus)

namespace {
/// A small company, Europe/Bucharest, September and October 2026. Every expected KPI value in
/// the tests below is worked out by hand from these rows (comments at each data row).
///
/// Tickets, October: S1 phone/A/Ana 5 Oct 09:00, answered +2 h, resolved +2 h, 1 contact,
/// rated 5, cost 10 lei, customer C1; S2 chat/B/Bogdan 6 Oct 09:00, +30 h, resolved 8 Oct,
/// 2 contacts, rated 3, complaint, 20 lei, C2; S3 phone/A/Ana 10 Oct 09:00, +4 h, resolved
/// 15:00, 1 contact, rated 4, 30 lei, C3. September: S4 phone/A/Ana 10 Sep, +10 h, resolved
/// 11 Sep, 1 contact, rated 4, 10 lei; S5 chat/B/Bogdan 12 Sep, +20 h, resolved 13 Sep,
/// 3 contacts, rated 2, 10 lei.
/// Deals: D1 Maria/Nord/web C1 created 20 Sep 12:00, won 10 Oct 12:00, 1 000 lei; D2 Ion/Sud/
/// phone C2 created 1 Oct, lost 15 Oct; D3 Maria/Nord/web C3 created 5 Oct, open; D4 Ion/Sud/
/// referral C4 created 2 Oct 12:00, won 12 Oct 12:00, 500 lei; D5 Maria C1 won 11 Mar 2026,
/// 300 lei; D6 Ion C2 won 15 Oct 2025, 200 lei; D7 Maria C5 created 1 Sep 12:00, won 5 Sep
/// 12:00, 400 lei.
void writeFixture(Store &store)
{
    auto at = [&store](int y, int m, int d, int h = 0) {
        return store.clock().toEpoch(QDate(y, m, d), QTime(h, 0));
    };
    auto ticket = [&](const char *id, qint64 created, double responseHours,
                      std::optional<qint64> resolved, const char *channel, const char *team,
                      const char *agent, int contacts, double rating, qint64 costMinor,
                      const char *customer) {
        Interaction t;
        t.externalId = QString::fromLatin1(id);
        t.createdAt = created;
        t.firstResponseAt = created + qint64(responseHours * 3600);
        t.resolvedAt = resolved;
        t.channel = QString::fromLatin1(channel);
        t.team = QString::fromLatin1(team);
        t.agent = QString::fromLatin1(agent);
        t.contacts = contacts;
        t.satisfaction = rating;
        t.costMinor = costMinor;
        t.customer.code = QString::fromLatin1(customer);
        return t;
    };
    auto deal = [](const char *id, std::optional<qint64> created, std::optional<qint64> closed,
                   DealStatus status, qint64 amountMinor, const char *owner, const char *region,
                   const char *source, const char *customer) {
        Deal d;
        d.externalId = QString::fromLatin1(id);
        d.createdAt = created;
        d.closedAt = closed;
        d.status = status;
        d.amountMinor = amountMinor;
        d.owner = QString::fromLatin1(owner);
        d.region = QString::fromLatin1(region);
        d.leadSource = QString::fromLatin1(source);
        d.customer.code = QString::fromLatin1(customer);
        return d;
    };

    StoreWriter writer(store);
    QVERIFY(writer.begin(
        {QStringLiteral("fixture"), {}, QStringLiteral("support"), {}, QStringLiteral("update")}));
    Interaction s2 = ticket("S2", at(2026, 10, 6, 9), 30, at(2026, 10, 8, 9), "chat", "B", "Bogdan",
                            2, 3, 2000, "C2");
    s2.complaint = true;
    for (const Interaction &t : {ticket("S1", at(2026, 10, 5, 9), 2, at(2026, 10, 5, 11), "phone",
                                        "A", "Ana", 1, 5, 1000, "C1"),
                                 s2,
                                 ticket("S3", at(2026, 10, 10, 9), 4, at(2026, 10, 10, 15), "phone",
                                        "A", "Ana", 1, 4, 3000, "C3"),
                                 ticket("S4", at(2026, 9, 10, 9), 10, at(2026, 9, 11, 9), "phone",
                                        "A", "Ana", 1, 4, 1000, "C1"),
                                 ticket("S5", at(2026, 9, 12, 9), 20, at(2026, 9, 13, 9), "chat",
                                        "B", "Bogdan", 3, 2, 1000, "C2")})
        QCOMPARE(writer.write(t), WriteOutcome::Inserted);
    for (const Deal &d : {deal("D1", at(2026, 9, 20, 12), at(2026, 10, 10, 12), DealStatus::Won,
                               100000, "Maria", "Nord", "web", "C1"),
                          deal("D2", at(2026, 10, 1, 12), at(2026, 10, 15, 12), DealStatus::Lost, 0,
                               "Ion", "Sud", "phone", "C2"),
                          deal("D3", at(2026, 10, 5, 12), std::nullopt, DealStatus::Open, 0,
                               "Maria", "Nord", "web", "C3"),
                          deal("D4", at(2026, 10, 2, 12), at(2026, 10, 12, 12), DealStatus::Won,
                               50000, "Ion", "Sud", "referral", "C4"),
                          deal("D5", at(2026, 3, 1, 12), at(2026, 3, 11, 12), DealStatus::Won,
                               30000, "Maria", "Nord", "web", "C1"),
                          deal("D6", at(2025, 10, 1, 12), at(2025, 10, 15, 12), DealStatus::Won,
                               20000, "Ion", "Sud", "phone", "C2"),
                          deal("D7", at(2026, 9, 1, 12), at(2026, 9, 5, 12), DealStatus::Won, 40000,
                               "Maria", "Nord", "web", "C5")})
        QCOMPARE(writer.write(d), WriteOutcome::Inserted);
    QVERIFY2(writer.commit(), qPrintable(writer.lastError()));
}

int rowOf(QComboBox *box, const QVariant &data)
{
    return box->findData(data);
}
} // namespace

/// The dashboard page on a hand-made store: each gauge's text and status for a period, after a
/// change of period and after a filter, computed by hand (not asked of the engine).
class TestDashboardPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    void choosePeriod(DashboardPage &page, const PeriodChoice &choice)
    {
        QComboBox *box = page.periodSelector()->periodBox();
        const int index = rowOf(box, choice.toSettingsString());
        QVERIFY(index >= 0);
        box->setCurrentIndex(index);
        emit box->activated(index);
    }

    void checkGauges(DashboardPage &page, const QStringList &texts,
                     const QList<GaugeStatus> &statuses)
    {
        for (int kpi = 0; kpi < KpiCount; ++kpi) {
            const KpiGauge *gauge = page.gauge(Kpi(kpi));
            QVERIFY(gauge);
            QCOMPARE(gauge->displayedValue(), texts.at(kpi));
            QCOMPARE(gauge->status(), statuses.at(kpi));
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::Romanian, QLocale::Romania));
        QString error;
        m_store = Store::open(m_dir.filePath(QStringLiteral("fixture.db")), &error);
        QVERIFY2(m_store, qPrintable(error));
        writeFixture(*m_store);
    }

    void init() { QSettings().remove(QStringLiteral("dashboard")); }

    void gaugesPeriodAndFilter()
    {
        DashboardPage page(*m_store);
        page.setSynchronous(true);
        page.refresh();
        // Default: the last month with data, October 2026.
        QCOMPARE(page.periodSelector()->choice(), PeriodChoice::month(2026, 10));
        using S = GaugeStatus;
        // response (2+30+4)/3 = 12 h ≤ 24 met; FCR 2 of 3 one-contact = 66,7 % ≥ 63 near;
        // resolved 3; CSAT (5+3+4)/3 = 4,00 ≥ 4 met; retention: active at 1 Oct {C1 (D5),
        // C2 (D6), C5 (D7)}, at 1 Nov {C1, C4, C5}: 2/3 = 66,7 % < 76,5 missed; cost
        // (10+20+30)/3 = 20 lei; complaints 1; sales 1000+500; conversion D2,D3,D4 → 1 won of
        // 3 = 33,3 %; cycle (20 + 10)/2 = 15 days.
        checkGauges(page,
                    {QStringLiteral("12,0 h"), QStringLiteral("66,7 %"), QStringLiteral("3"),
                     QStringLiteral("4,00"), QStringLiteral("66,7 %"), QStringLiteral("20,00 lei"),
                     QStringLiteral("1"), QStringLiteral("1.500,00 lei"), QStringLiteral("33,3 %"),
                     QStringLiteral("15,0 zile")},
                    {S::Met, S::Near, S::NoTarget, S::Met, S::Missed, S::NoTarget, S::NoTarget,
                     S::NoTarget, S::NoTarget, S::NoTarget});
        // Changes vs September: response 15 → 12 h = −20 %, good news (falling);
        // complaints 0 → 1 has no % change (base 0).
        const KpiGauge *response = page.gauge(Kpi::ResponseTime);
        QCOMPARE(response->changeArrow(), QStringLiteral("▼"));
        QCOMPARE(response->changeTone(), ChangeTone::Good);
        QCOMPARE(response->data().changeText, QStringLiteral("−20,0 %"));
        QVERIFY2(response->data().changeDetail.contains(QStringLiteral("15,0 h")),
                 qPrintable(response->data().changeDetail));
        // Complaints 0 → 1: no % of a zero base, the absolute change instead.
        QCOMPARE(page.gauge(Kpi::Complaints)->data().changeText, QStringLiteral("+1"));
        QCOMPARE(page.gauge(Kpi::Complaints)->changeTone(), ChangeTone::Bad);

        // Against October 2025: sales 200 lei (D6) → 1 500 lei = +650 %; no tickets then, so
        // response time has nothing to compare with. Both comparisons came with the snapshot:
        // no new computation.
        QSignalSpy computed(&page, &DashboardPage::updated);
        QComboBox *comparison = page.periodSelector()->comparisonBox();
        comparison->setCurrentIndex(1);
        emit comparison->activated(1);
        QCOMPARE(computed.count(), 0);
        QCOMPARE(page.gauge(Kpi::MonthlySales)->data().changeText, QStringLiteral("+650,0 %"));
        QCOMPARE(page.gauge(Kpi::MonthlySales)->changeTone(), ChangeTone::Good);
        QVERIFY(page.gauge(Kpi::ResponseTime)->data().changeText.isEmpty());
        QCOMPARE(page.gauge(Kpi::ResponseTime)->changeArrow(), QString());
        comparison->setCurrentIndex(0);
        emit comparison->activated(0);

        // September: response (10+20)/2 = 15 h met; FCR 1 of 2 = 50 % missed; resolved 2;
        // CSAT (4+2)/2 = 3,00 < 3,6 missed; retention at 1 Sep {C1, C2}, both active at 1 Oct:
        // 100 % met; cost 20/2 = 10 lei; complaints 0 (records exist, so 0, not "—"); sales 400;
        // conversion D1, D7 both won = 100 %; cycle D7 4 days.
        choosePeriod(page, PeriodChoice::month(2026, 9));
        checkGauges(page,
                    {QStringLiteral("15,0 h"), QStringLiteral("50,0 %"), QStringLiteral("2"),
                     QStringLiteral("3,00"), QStringLiteral("100,0 %"), QStringLiteral("10,00 lei"),
                     QStringLiteral("0"), QStringLiteral("400,00 lei"), QStringLiteral("100,0 %"),
                     QStringLiteral("4,0 zile")},
                    {S::Met, S::Missed, S::NoTarget, S::Missed, S::Met, S::NoTarget, S::NoTarget,
                     S::NoTarget, S::NoTarget, S::NoTarget});

        // Back to October with channel = phone: S1 and S3 only for support KPIs: response
        // (2+4)/2 = 3 h; FCR 2/2 = 100 %; resolved 2; CSAT 4,50; cost 40/2 = 20 lei;
        // complaints 0. Retention and the sales KPIs have no channel: unchanged.
        choosePeriod(page, PeriodChoice::month(2026, 10));
        page.filterBar()->toggle(QStringLiteral("channel"), QStringLiteral("phone"), true);
        checkGauges(page,
                    {QStringLiteral("3,0 h"), QStringLiteral("100,0 %"), QStringLiteral("2"),
                     QStringLiteral("4,50"), QStringLiteral("66,7 %"), QStringLiteral("20,00 lei"),
                     QStringLiteral("0"), QStringLiteral("1.500,00 lei"), QStringLiteral("33,3 %"),
                     QStringLiteral("15,0 zile")},
                    {S::Met, S::Met, S::NoTarget, S::Met, S::Missed, S::NoTarget, S::NoTarget,
                     S::NoTarget, S::NoTarget, S::NoTarget});
    }

    void emptyPeriodShowsDashes()
    {
        DashboardPage page(*m_store);
        page.setSynchronous(true);
        page.periodSelector()->setChoice(PeriodChoice::month(2026, 10));
        page.refresh();
        choosePeriod(page, PeriodChoice::month(2025, 11));
        // No tickets at all: means are "—", never 0, and no status.
        QCOMPARE(page.gauge(Kpi::ResponseTime)->displayedValue(), QStringLiteral("—"));
        QCOMPARE(page.gauge(Kpi::ResponseTime)->status(), GaugeStatus::NoData);
        QCOMPARE(page.gauge(Kpi::Csat)->displayedValue(), QStringLiteral("—"));
    }

    void trendBreakdownAndFilterValues()
    {
        DashboardPage page(*m_store);
        page.setSynchronous(true);
        page.refresh();
        // The trend of response time: September 15 h, October 12 h (months without tickets
        // are gaps, not zeros).
        const QList<QPointF> points = page.trendChart()->historySeries()->points();
        QCOMPARE(points.size(), 2);
        QCOMPARE(points.at(0).y(), 15.0);
        QCOMPARE(points.at(1).y(), 12.0);
        QCOMPARE(page.trendChart()->targetSeries()->points().constFirst().y(), 24.0);
        // By channel, ascending from the bottom: phone (2+4)/2 = 3 h, chat 30 h; channels
        // by their names, not their stored keys.
        QCOMPARE(page.breakdownChart()->categories(),
                 (QStringList{QStringLiteral("Telefon"), QStringLiteral("Chat")}));
        // The filter menus offer the period's values, from the model layer, channels by name;
        // choosing one filters on its key and the button shows its name.
        QMenu *channels = page.filterBar()->menu(QStringLiteral("channel"));
        emit channels->aboutToShow();
        QStringList offered;
        QAction *phone = nullptr;
        for (QAction *action : channels->actions()) {
            offered << action->text();
            if (action->text() == QLatin1String("Telefon"))
                phone = action;
        }
        QVERIFY2(phone && offered.contains(QStringLiteral("Chat")) &&
                     !offered.contains(QStringLiteral("phone")),
                 qPrintable(offered.join(QLatin1Char(','))));
        phone->trigger();
        QCOMPARE(page.filterBar()->toStringList(), QStringList{QStringLiteral("channel=phone")});
        QVERIFY2(page.filterBar()
                     ->button(QStringLiteral("channel"))
                     ->text()
                     .endsWith(QStringLiteral("Telefon")),
                 qPrintable(page.filterBar()->button(QStringLiteral("channel"))->text()));
        QCOMPARE(page.gauge(Kpi::ResponseTime)->displayedValue(), QStringLiteral("3,0 h"));
        page.filterBar()->clear();
        // Two months of history: too little to measure a forecast's error, and it says so.
        QVERIFY2(!page.forecastLabel()->text().isEmpty(), "no forecast text");

        // Another KPI: its breakdown dimensions replace the support ones.
        page.selectKpi(Kpi::MonthlySales);
        QCOMPARE(page.breakdownDimensionBox()->itemData(0).toString(), QStringLiteral("owner"));
        // Maria 1000, Ion 500 → Ion at the bottom.
        QCOMPARE(page.breakdownChart()->categories(),
                 (QStringList{QStringLiteral("Ion"), QStringLiteral("Maria")}));
        QVERIFY(page.gauge(Kpi::MonthlySales)->isSelected());
        QVERIFY(!page.gauge(Kpi::ResponseTime)->isSelected());
    }

    void remembersChoices()
    {
        {
            DashboardPage page(*m_store);
            page.setSynchronous(true);
            page.refresh();
            choosePeriod(page, PeriodChoice::month(2026, 9));
            page.filterBar()->toggle(QStringLiteral("owner"), QStringLiteral("Ion"), true);
            page.setTrendMonths(24);
            page.selectKpi(Kpi::SalesCycle);
        }
        DashboardPage again(*m_store);
        QCOMPARE(again.periodSelector()->choice(), PeriodChoice::month(2026, 9));
        QCOMPARE(again.filterBar()->toStringList(), QStringList{QStringLiteral("owner=Ion")});
        QCOMPARE(again.trendMonths(), 24);
        QCOMPARE(again.selectedKpi(), Kpi::SalesCycle);
    }

    /// Keyboard only: Tab reaches every gauge, the trend's range buttons, the breakdown's
    /// dimension and Records…; Enter on a gauge opens its trend; the previous-period button
    /// (Alt+Left) steps the period back from the keyboard.
    void keyboardOnly()
    {
        DashboardPage page(*m_store);
        page.setSynchronous(true);
        page.resize(1366, 768);
        page.show();
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.refresh();
        page.periodSelector()->periodBox()->setFocus();
        QSet<QWidget *> reached;
        for (int i = 0; i < 80; ++i) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            reached.insert(focus);
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        for (int kpi = 0; kpi < KpiCount; ++kpi)
            QVERIFY2(reached.contains(page.gauge(Kpi(kpi))),
                     qPrintable(kpiDefinition(Kpi(kpi)).id));
        QVERIFY(reached.contains(page.breakdownDimensionBox()));
        QVERIFY(reached.contains(page.trendChart()));
        QVERIFY(reached.contains(page.breakdownChart()));
        QVERIFY(reached.contains(page.filterBar()->button(QStringLiteral("lead_source"))));

        KpiGauge *sales = page.gauge(Kpi::MonthlySales);
        sales->setFocus();
        QTest::keyClick(sales, Qt::Key_Return);
        QCOMPARE(page.selectedKpi(), Kpi::MonthlySales);
        QCOMPARE(page.breakdownDimensionBox()->currentData().toString(), QStringLiteral("owner"));
        QCOMPARE(page.periodSelector()->choice(), PeriodChoice::month(2026, 10));
        // The previous-period button carries Alt+Left and works from the keyboard.
        QToolButton *previous = nullptr;
        for (QToolButton *button : page.periodSelector()->findChildren<QToolButton *>()) {
            if (button->shortcut() == QKeySequence(Qt::ALT | Qt::Key_Left))
                previous = button;
        }
        QVERIFY(previous);
        QVERIFY(previous->focusPolicy() & Qt::TabFocus);
        previous->setFocus();
        QTest::keyClick(previous, Qt::Key_Space);
        QCOMPARE(page.periodSelector()->choice(), PeriodChoice::month(2026, 9));
        // September's sales: D7, 400 lei.
        QCOMPARE(sales->displayedValue(), QStringLiteral("400,00 lei"));
    }

    void checkedTrendRangeStandsOut_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addRow("light palette") << false;
        QTest::addRow("dark palette") << true;
    }

    /// The checked range button (12 months by default) is painted in the highlight colours,
    /// the unchecked ones are not: in the dark palette the style alone hardly told them apart.
    void checkedTrendRangeStandsOut()
    {
        QFETCH(bool, dark);
        DashboardPage page(*m_store);
        page.setSynchronous(true);
        if (dark)
            page.setPalette(darkPalette()); // after the buttons exist: a palette change
        page.resize(1186, 708);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QList<QToolButton *> checked, unchecked;
        for (QToolButton *b : page.findChildren<QToolButton *>())
            if (b->isCheckable() && b->group())
                (b->isChecked() ? checked : unchecked) << b;
        QCOMPARE(checked.size(), 1);
        QCOMPARE(unchecked.size(), 2);
        // A point inside the frame, left of the text, in the middle of the height.
        auto sample = [](QToolButton *b) {
            return b->grab().toImage().pixelColor(4, b->height() / 2);
        };
        const QColor highlight = page.palette().color(QPalette::Highlight);
        const QColor on = sample(checked.first());
        QVERIFY2(std::abs(on.red() - highlight.red()) + std::abs(on.green() - highlight.green()) +
                         std::abs(on.blue() - highlight.blue()) <=
                     12,
                 qPrintable(on.name()));
        for (QToolButton *b : unchecked) {
            const QColor off = sample(b);
            QVERIFY2(std::abs(on.red() - off.red()) + std::abs(on.green() - off.green()) +
                             std::abs(on.blue() - off.blue()) >=
                         120,
                     qPrintable(off.name()));
        }
    }

    /// With BUSOLA_DEMO_DB (a store made by `busola --demo`) and BUSOLA_GRAB_DIR set, saves the
    /// page at 1366×768 and 1920×1080 in the light and the dark palette, to look at.
    void grabDemo()
    {
        const QString db = qEnvironmentVariable("BUSOLA_DEMO_DB");
        const QString dir = qEnvironmentVariable("BUSOLA_GRAB_DIR");
        if (db.isEmpty() || dir.isEmpty())
            QSKIP("BUSOLA_DEMO_DB or BUSOLA_GRAB_DIR not set");
        // English throughout: this branch's strings are not in the Romanian catalogue yet.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QString error;
        std::unique_ptr<Store> demo = Store::open(db, &error);
        QVERIFY2(demo, qPrintable(error));
        const QPalette dark = darkPalette();
        for (const QSize size : {QSize(1366 - 180, 768 - 60), QSize(1920 - 180, 1080 - 60)}) {
            for (bool isDark : {false, true}) {
                DashboardPage page(*demo);
                page.setSynchronous(true);
                if (isDark) {
                    page.setPalette(dark);
                    page.setAutoFillBackground(true);
                }
                page.resize(size);
                page.show();
                QVERIFY(QTest::qWaitForWindowExposed(&page));
                page.refresh();
                QTest::qWait(50);
                const QString name =
                    QStringLiteral("/dashboard-%1-%2.png")
                        .arg(size.width())
                        .arg(isDark ? QStringLiteral("dark") : QStringLiteral("light"));
                QVERIFY(page.grab().save(dir + name));
            }
        }
        QLocale::setDefault(QLocale(QLocale::Romanian, QLocale::Romania));
    }

    /// The demo company (36 months of a believable distributor), driven through every period
    /// kind, each KPI and a filter on the worker thread: no crash, never busy for good, and a
    /// value on every gauge of a month in the middle of the data.
    void demoStore()
    {
        QTemporaryDir dir;
        QString error;
        std::unique_ptr<Store> demo = Store::open(dir.filePath(QStringLiteral("demo.db")), &error);
        QVERIFY2(demo, qPrintable(error));
        DemoOptions options;
        options.endMonth = QDate(2026, 10, 1);
        QVERIFY2(buildDemoCompany(*demo, options, &error).ok, qPrintable(error));

        DashboardPage page(*demo);
        page.resize(1366, 768);
        page.show();
        auto settle = [&page] { QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 30000); };
        page.refresh();
        settle();
        QCOMPARE(page.periodSelector()->choice(), PeriodChoice::month(2026, 10));
        choosePeriod(page, PeriodChoice::month(2026, 6));
        settle();
        for (int kpi = 0; kpi < KpiCount; ++kpi)
            QVERIFY2(page.gauge(Kpi(kpi))->displayedValue() != QStringLiteral("—"),
                     qPrintable(page.gauge(Kpi(kpi))->data().title));
        for (int kind = 1; kind < 4; ++kind) {
            QComboBox *box = page.periodSelector()->kindBox();
            box->setCurrentIndex(kind);
            emit box->activated(kind);
            settle();
        }
        for (int kpi = 0; kpi < KpiCount; ++kpi) {
            page.selectKpi(Kpi(kpi));
            page.setTrendMonths(kpi % 2 ? 36 : 12);
        }
        settle();
        QCOMPARE(page.selectedKpi(), Kpi::SalesCycle);
        page.filterBar()->toggle(QStringLiteral("channel"), QStringLiteral("phone"), true);
        page.filterBar()->toggle(QStringLiteral("owner"), QStringLiteral("nobody"), true);
        settle();
        // An owner who does not exist: the ratios and means of sales are "—", never a stale
        // number, and the trend has no point.
        QCOMPARE(page.gauge(Kpi::LeadConversion)->displayedValue(), QStringLiteral("—"));
        QCOMPARE(page.gauge(Kpi::SalesCycle)->displayedValue(), QStringLiteral("—"));
        QVERIFY(page.trendChart()->historySeries()->points().isEmpty());
    }

    /// The worker-thread path gives the same numbers and never leaves the page busy.
    void workerThread()
    {
        DashboardPage page(*m_store);
        QSignalSpy updated(&page, &DashboardPage::updated);
        page.refresh();
        // A burst of changes while the first computation runs: folded, only the last shown.
        page.filterBar()->toggle(QStringLiteral("channel"), QStringLiteral("phone"), true);
        page.filterBar()->toggle(QStringLiteral("channel"), QStringLiteral("phone"), false);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && updated.count() > 0, 20000);
        QCOMPARE(page.gauge(Kpi::ResponseTime)->displayedValue(), QStringLiteral("12,0 h"));
        QCOMPARE(page.gauge(Kpi::FcrRate)->status(), GaugeStatus::Near);
    }
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
