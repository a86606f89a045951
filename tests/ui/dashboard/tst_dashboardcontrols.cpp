#include "dashboard/drilldowndialog.h"
#include "dashboard/filterbar.h"
#include "dashboard/periodchoice.h"
#include "dashboard/periodselector.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStringListModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace busola;

Q_DECLARE_METATYPE(PeriodChoice)

/// The dashboard's controls: period arithmetic, the period selector, the filter bar and the
/// drill-down table.
class TestDashboardControls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void periods_data()
    {
        QTest::addColumn<PeriodChoice>("choice");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QDate>("compareFrom");
        QTest::addColumn<QDate>("compareTo");
        QTest::addColumn<QDate>("nextFrom");
        QTest::addColumn<QString>("label");
        auto yearAgo = [](PeriodChoice c) {
            c.comparison = PeriodChoice::Comparison::YearAgo;
            return c;
        };
        QTest::addRow("month, previous")
            << PeriodChoice::month(2026, 3) << QDate(2026, 3, 1) << QDate(2026, 3, 31)
            << QDate(2026, 2, 1) << QDate(2026, 2, 28) << QDate(2026, 4, 1)
            << QStringLiteral("March 2026");
        QTest::addRow("January, previous is December")
            << PeriodChoice::month(2026, 1) << QDate(2026, 1, 1) << QDate(2026, 1, 31)
            << QDate(2025, 12, 1) << QDate(2025, 12, 31) << QDate(2026, 2, 1)
            << QStringLiteral("January 2026");
        QTest::addRow("leap February, year ago")
            << yearAgo(PeriodChoice::month(2028, 2)) << QDate(2028, 2, 1) << QDate(2028, 2, 29)
            << QDate(2027, 2, 1) << QDate(2027, 2, 28) << QDate(2028, 3, 1)
            << QStringLiteral("February 2028");
        QTest::addRow("quarter, previous")
            << PeriodChoice::quarter(2026, 1) << QDate(2026, 1, 1) << QDate(2026, 3, 31)
            << QDate(2025, 10, 1) << QDate(2025, 12, 31) << QDate(2026, 4, 1)
            << QStringLiteral("Q1 2026");
        QTest::addRow("year, year ago")
            << yearAgo(PeriodChoice::year(2026)) << QDate(2026, 1, 1) << QDate(2026, 12, 31)
            << QDate(2025, 1, 1) << QDate(2025, 12, 31) << QDate(2027, 1, 1)
            << QStringLiteral("2026");
        // 10 days: the previous period is the 10 days just before.
        QTest::addRow("custom, previous")
            << PeriodChoice::custom(QDate(2026, 10, 5), QDate(2026, 10, 14)) << QDate(2026, 10, 5)
            << QDate(2026, 10, 14) << QDate(2026, 9, 25) << QDate(2026, 10, 4)
            << QDate(2026, 10, 15) << QStringLiteral("10/5/26 – 10/14/26");
    }

    void periods()
    {
        QFETCH(PeriodChoice, choice);
        QTEST(choice.from, "from");
        QTEST(choice.to, "to");
        QTEST(choice.comparisonPeriod().from, "compareFrom");
        QTEST(choice.comparisonPeriod().to, "compareTo");
        QTEST(choice.stepped(1).from, "nextFrom");
        QTEST(choice.label(QLocale(QLocale::English, QLocale::UnitedStates)), "label");
        // Settings round trip.
        const std::optional<PeriodChoice> back =
            PeriodChoice::fromSettingsString(choice.toSettingsString());
        QVERIFY(back);
        QCOMPARE(*back, choice);
    }

    void badSettings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("empty") << QString();
        QTest::addRow("unknown kind") << QStringLiteral("week;2026-01-01;2026-01-07;previous");
        QTest::addRow("reversed") << QStringLiteral("custom;2026-02-01;2026-01-01;previous");
        QTest::addRow("bad comparison") << QStringLiteral("month;2026-01-01;2026-01-31;never");
    }

    void badSettings()
    {
        QFETCH(QString, text);
        QVERIFY(!PeriodChoice::fromSettingsString(text));
    }

    void selectorSteps()
    {
        PeriodSelector selector;
        selector.setAvailableMonths(202501, 202611);
        selector.setChoice(PeriodChoice::month(2026, 11));
        QSignalSpy spy(&selector, &PeriodSelector::changed);
        // Oldest to newest: 23 months listed, newest first.
        QCOMPARE(selector.periodBox()->count(), 23);
        QCOMPARE(selector.periodBox()->currentIndex(), 0);
        QToolButton *previous = nullptr;
        for (QToolButton *button : selector.findChildren<QToolButton *>()) {
            if (button->arrowType() == Qt::LeftArrow)
                previous = button;
        }
        QVERIFY(previous);
        QCOMPARE(previous->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Left));
        previous->click();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(selector.choice(), PeriodChoice::month(2026, 10));
        QCOMPARE(selector.periodBox()->currentIndex(), 1);
    }

    void selectorKindAndComparison()
    {
        PeriodSelector selector;
        selector.setAvailableMonths(202501, 202611);
        selector.setChoice(PeriodChoice::month(2026, 11));
        QSignalSpy spy(&selector, &PeriodSelector::changed);
        selector.kindBox()->setCurrentIndex(1);
        emit selector.kindBox()->activated(1);
        QCOMPARE(selector.choice(), PeriodChoice::quarter(2026, 4));
        // Quarters 2025 Q1 .. 2026 Q4.
        QCOMPARE(selector.periodBox()->count(), 8);
        selector.comparisonBox()->setCurrentIndex(1);
        emit selector.comparisonBox()->activated(1);
        QCOMPARE(selector.choice().comparison, PeriodChoice::Comparison::YearAgo);
        QCOMPARE(spy.count(), 2);
        // Custom: date edits appear in place of the list.
        selector.kindBox()->setCurrentIndex(3);
        emit selector.kindBox()->activated(3);
        QCOMPARE(selector.choice().kind, PeriodChoice::Kind::Custom);
        QVERIFY(!selector.periodBox()->isVisibleTo(&selector));
        QVERIFY(selector.fromEdit()->isVisibleTo(&selector));
        selector.fromEdit()->setDate(QDate(2026, 10, 5));
        emit selector.fromEdit()->editingFinished();
        QCOMPARE(selector.choice().from, QDate(2026, 10, 5));
        QCOMPARE(selector.choice().to, QDate(2026, 12, 31));
        QCOMPARE(selector.choice().comparison, PeriodChoice::Comparison::YearAgo);
    }

    void filterBar()
    {
        FilterBar bar;
        QStandardItemModel channels;
        for (const auto &[label, key] :
             {std::pair{QStringLiteral("Telefon"), QStringLiteral("phone")},
              std::pair{QStringLiteral("Chat"), QStringLiteral("chat")}}) {
            auto *item = new QStandardItem(label);
            item->setData(key, Qt::UserRole);
            channels.appendRow(item);
        }
        QStringListModel owners({QStringLiteral("Ana Pop"), QStringLiteral("Ion Ionescu")});
        bar.setValuesModel(QStringLiteral("channel"), &channels);
        bar.setValuesModel(QStringLiteral("owner"), &owners);
        QSignalSpy spy(&bar, &FilterBar::filtersChanged);

        // The menu lists the model's values when it opens; checking one filters on its key.
        QMenu *menu = bar.menu(QStringLiteral("channel"));
        emit menu->aboutToShow();
        QCOMPARE(menu->actions().size(), 4); // All, separator, Telefon, Chat
        menu->actions().at(2)->setChecked(true);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(bar.filters(),
                 (QList<DashboardFilter>{{QStringLiteral("channel"), QStringLiteral("phone")}}));
        QCOMPARE(bar.button(QStringLiteral("channel"))->text(), QStringLiteral("Channel: Telefon"));

        bar.toggle(QStringLiteral("channel"), QStringLiteral("chat"), true);
        bar.toggle(QStringLiteral("owner"), QStringLiteral("Ana Pop"), true);
        QCOMPARE(spy.count(), 3);
        QVERIFY(bar.button(QStringLiteral("channel"))
                    ->text()
                    .startsWith(QStringLiteral("Channel: 2 value")));
        const QStringList saved = bar.toStringList();
        QCOMPARE(saved,
                 (QStringList{QStringLiteral("channel=phone"), QStringLiteral("channel=chat"),
                              QStringLiteral("owner=Ana Pop")}));

        // "All" clears the dimension; settings restore without a signal.
        emit menu->aboutToShow();
        menu->actions().at(0)->trigger();
        QCOMPARE(bar.filters().size(), 1);
        QCOMPARE(spy.count(), 4);
        bar.setFilters(FilterBar::fromStringList(saved + QStringList{QStringLiteral("bogus=1")}));
        QCOMPARE(bar.toStringList(), saved);
        QCOMPARE(spy.count(), 4);
        bar.clear();
        QVERIFY(bar.filters().isEmpty());
        QCOMPARE(spy.count(), 5);
        QVERIFY(FilterBar::isSalesDimension(QStringLiteral("lead_source")));
        QVERIFY(!FilterBar::isSalesDimension(QStringLiteral("agent")));
    }

    void drillDown()
    {
        QLocale::setDefault(QLocale(QLocale::Romanian, QLocale::Romania));
        QStandardItemModel records(0, 3);
        records.setHorizontalHeaderLabels(
            {QStringLiteral("Tichet"), QStringLiteral("Agent"), QStringLiteral("Ore")});
        const QList<std::tuple<QString, QString, double>> rows = {
            {QStringLiteral("T-1"), QStringLiteral("Ana"), 12.5},
            {QStringLiteral("T-2"), QStringLiteral("Ion"), 3.0},
            {QStringLiteral("T-3"), QStringLiteral("Ana"), 30.25},
        };
        for (const auto &[id, agent, hours] : rows) {
            auto *value = new QStandardItem;
            value->setData(hours, Qt::EditRole);
            records.appendRow({new QStandardItem(id), new QStandardItem(agent), value});
        }
        DrillDownDialog dialog(&records,
                               QStringLiteral("Timpul mediu de răspuns — octombrie 2026"));
        QAbstractItemModelTester tester(dialog.proxy(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(dialog.view()->isSortingEnabled());
        // Sorting by hours sorts numbers, not text ("3" after "12,5" as text).
        dialog.view()->sortByColumn(2, Qt::AscendingOrder);
        QCOMPARE(dialog.proxy()->index(0, 0).data().toString(), QStringLiteral("T-2"));
        QCOMPARE(dialog.proxy()->index(2, 0).data().toString(), QStringLiteral("T-3"));
        QTest::keyClicks(dialog.filterEdit(), QStringLiteral("ana"));
        QCOMPARE(dialog.proxy()->rowCount(), 2);

        // The export writes what is shown, in Romanian Excel's format.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("export.csv"));
        QString error;
        QVERIFY2(dialog.exportTo(file, &error), qPrintable(error));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), QByteArray("\xEF\xBB\xBFTichet;Agent;Ore\r\n"
                                               "T-1;Ana;12,5\r\n"
                                               "T-3;Ana;30,25\r\n"));
        QVERIFY(!dialog.exportTo(dir.filePath(QStringLiteral("no/such/dir/x.csv")), &error));
        QVERIFY(!error.isEmpty());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    /// A model that filters in SQL gets the text once typing pauses, and sorts itself.
    void drillDownDelegatesFiltering()
    {
        QStandardItemModel records(3, 1);
        QStringList asked;
        DrillDownSource source;
        source.model = &records;
        source.setTextFilter = [&asked](const QString &text) { asked << text; };
        source.totalCount = [] { return qint64(12345); };
        DrillDownDialog dialog(source, QStringLiteral("Vânzări"));
        QVERIFY(!dialog.proxy());
        QCOMPARE(dialog.view()->model(), &records);
        QVERIFY(dialog.countText().startsWith(QStringLiteral("12345 record")));
        QTest::keyClicks(dialog.filterEdit(), QStringLiteral("abc"));
        QVERIFY(asked.isEmpty());
        QTRY_COMPARE(asked, QStringList{QStringLiteral("abc")});
    }
};

QTEST_MAIN(TestDashboardControls)
#include "tst_dashboardcontrols.moc"
