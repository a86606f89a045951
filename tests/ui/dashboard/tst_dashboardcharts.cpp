#include "dashboard/breakdownchart.h"
#include "dashboard/nonemptyrowsproxy.h"
#include "dashboard/trendchart.h"

#include <QAbstractItemModelTester>
#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace busola;

namespace {
double ms(QDate date)
{
    return double(date.startOfDay().toMSecsSinceEpoch());
}

/// ForecastModel's layout: month, history, forecast, lower, upper. Six history months (April
/// without data), then two forecast months; June repeats its value in the forecast columns.
QStandardItemModel *trendModel(QObject *parent)
{
    auto *model = new QStandardItemModel(8, 5, parent);
    const QVariant none;
    const QList<QList<QVariant>> rows = {
        {QDate(2026, 1, 1), 10.0, none, none, none}, {QDate(2026, 2, 1), 12.0, none, none, none},
        {QDate(2026, 3, 1), 11.0, none, none, none}, {QDate(2026, 4, 1), none, none, none, none},
        {QDate(2026, 5, 1), 14.0, none, none, none}, {QDate(2026, 6, 1), 15.0, 15.0, 15.0, 15.0},
        {QDate(2026, 7, 1), none, 16.0, 13.0, 19.0}, {QDate(2026, 8, 1), none, 17.0, 12.5, 21.5},
    };
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < 5; ++column) {
            if (rows[row][column].isValid())
                model->setData(model->index(row, column), rows[row][column]);
        }
    }
    return model;
}

QStandardItemModel *breakdownModel(QObject *parent)
{
    auto *model = new QStandardItemModel(0, 3, parent);
    auto add = [model](const QString &label, const QVariant &value, int count) {
        QList<QStandardItem *> items{new QStandardItem(label), new QStandardItem,
                                     new QStandardItem};
        items[1]->setData(value, Qt::DisplayRole);
        items[2]->setData(count, Qt::DisplayRole);
        model->appendRow(items);
    };
    add(QStringLiteral("Telefon"), 20.0, 120);
    add(QStringLiteral("Chat"), 4.5, 300);
    add(QStringLiteral("E-mail"), 31.0, 80);
    add(QStringLiteral("(fără valoare)"), QVariant(), 0); // no records with a response
    return model;
}

QList<QPointF> points(const QXYSeries *series)
{
    return series->points();
}
} // namespace

/// The trend and breakdown charts as views of models: what reaches each series, tooltips, and
/// the month / group a click or the keyboard picks.
class TestDashboardCharts : public QObject
{
    Q_OBJECT

private slots:
    void nonEmptyProxy_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("rows");
        QTest::addRow("history: 5 of 6 months") << 1 << 5;
        QTest::addRow("forecast: join month and 2 ahead") << 2 << 3;
        QTest::addRow("upper: join month and 2 ahead") << 4 << 3;
    }

    void nonEmptyProxy()
    {
        QFETCH(int, column);
        QStandardItemModel *model = trendModel(this);
        NonEmptyRowsProxy proxy(column);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(model);
        QTEST(proxy.rowCount(), "rows");
        // Values filled in later (a new month computed) appear; NaN counts as no data.
        model->setData(model->index(3, column), 13.0);
        QTEST(proxy.rowCount() - 1, "rows");
        model->setData(model->index(3, column), std::nan(""));
        QTEST(proxy.rowCount(), "rows");
    }

    void trendSeriesFromModel()
    {
        QStandardItemModel *model = trendModel(this);
        TrendChart chart;
        chart.resize(640, 360);
        chart.setModel(model);
        // April has no value: a gap, not a 0.
        const QList<QPointF> history = points(chart.historySeries());
        QCOMPARE(history.size(), 5);
        QCOMPARE(history[3], QPointF(ms(QDate(2026, 5, 1)), 14.0));
        for (const QPointF &point : history)
            QVERIFY(point.y() != 0.0);
        // The dashed forecast starts at the last real month.
        const QList<QPointF> forecast = points(chart.forecastSeries());
        QCOMPARE(forecast.size(), 3);
        QCOMPARE(forecast.first(), QPointF(ms(QDate(2026, 6, 1)), 15.0));
        QCOMPARE(forecast.last(), QPointF(ms(QDate(2026, 8, 1)), 17.0));
        QVERIFY(chart.forecastSeries()->isVisible());
        QCOMPARE(chart.forecastSeries()->pen().style(), Qt::DashLine);
        QCOMPARE(points(chart.bandSeries()->upperSeries()).last().y(), 21.5);
        QCOMPARE(points(chart.bandSeries()->lowerSeries()).last().y(), 12.5);
        QCOMPARE(chart.nowMonth(), QDate(2026, 6, 1));

        // The model changes (a new period computed): the series follow without a new setModel.
        model->setData(model->index(3, 1), 13.0);
        QCOMPARE(points(chart.historySeries()).size(), 6);
    }

    void trendWithoutForecast()
    {
        QStandardItemModel *model = trendModel(this);
        model->removeRows(6, 2);
        for (int column = 2; column < 5; ++column)
            model->setData(model->index(5, column), QVariant());
        TrendChart chart;
        chart.setModel(model);
        QVERIFY(!chart.forecastSeries()->isVisible());
        QVERIFY(!chart.bandSeries()->isVisible());
    }

    void targetLine()
    {
        TrendChart chart;
        chart.resize(640, 360);
        chart.setModel(trendModel(this));
        QVERIFY(!chart.targetSeries()->isVisible());
        chart.setTarget(24.0, QStringLiteral("Țintă: 24 h"));
        QVERIFY(chart.targetSeries()->isVisible());
        QCOMPARE(chart.targetSeries()->name(), QStringLiteral("Țintă: 24 h"));
        const QList<QPointF> line = points(chart.targetSeries());
        QCOMPARE(line.size(), 2);
        QCOMPARE(line[0].y(), 24.0);
        QCOMPARE(line[1].y(), 24.0);
        // The line spans every month shown, forecast included.
        QVERIFY(line[0].x() < ms(QDate(2026, 1, 1)));
        QVERIFY(line[1].x() > ms(QDate(2026, 8, 1)));
    }

    void toolTips_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("text");
        QTest::addRow("actual month") << 1 << QStringLiteral("February 2026: 12.0 h");
        QTest::addRow("month without data") << 3 << QStringLiteral("April 2026: no data");
        QTest::addRow("forecast month")
            << 7 << QStringLiteral("August 2026: forecast 17.0 h (80 % interval 12.5 h – 21.5 h)");
    }

    void toolTips()
    {
        QFETCH(int, row);
        TrendChart chart;
        chart.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        chart.setValueFormatter(
            [](double v) -> QString { return QString::number(v, 'f', 1) + QStringLiteral(" h"); });
        chart.setModel(trendModel(this));
        QTEST(chart.toolTipForRow(row), "text");
    }

    void clickAndKeysPickMonths()
    {
        TrendChart chart;
        chart.resize(640, 360);
        chart.setModel(trendModel(this));
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QSignalSpy spy(&chart, &TrendChart::monthClicked);

        // Click where March is drawn.
        const QPointF march = chart.chart()->mapToPosition(QPointF(ms(QDate(2026, 3, 1)), 11.0),
                                                           chart.historySeries());
        const QPoint at = chart.mapFromScene(chart.chart()->mapToScene(march));
        QCOMPARE(chart.rowAt(at), 2);
        QTest::mouseClick(chart.viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.takeFirst().at(0).toInt(), 202603);

        // Keyboard: Right moves to April, Enter drills into it.
        chart.setFocus();
        QTest::keyClick(&chart, Qt::Key_Right);
        QCOMPARE(chart.currentMonth(), 202604);
        QTest::keyClick(&chart, Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.takeFirst().at(0).toInt(), 202604);
        // A forecast month has no records to drill into.
        QTest::keyClick(&chart, Qt::Key_End);
        QCOMPARE(chart.currentMonth(), 202608);
        QTest::keyClick(&chart, Qt::Key_Return);
        QCOMPARE(spy.count(), 0);
    }

    void breakdownBars()
    {
        QStandardItemModel *model = breakdownModel(this);
        BreakdownChart chart;
        chart.resize(480, 320);
        chart.setModel(model, 0, 1, 2);
        // Ascending from the bottom: the largest on top; the group without a value left out.
        QCOMPARE(chart.categories(), (QStringList{QStringLiteral("Chat"), QStringLiteral("Telefon"),
                                                  QStringLiteral("E-mail")}));
        QBarSet *set = chart.barSet();
        QVERIFY(set);
        QCOMPARE(set->count(), 3);
        QCOMPARE(set->at(0), 4.5);
        QCOMPARE(set->at(2), 31.0);

        // A new value arrives: bars and labels follow the model.
        model->setData(model->index(3, 1), 40.0);
        QCOMPARE(chart.categories().last(), QStringLiteral("(fără valoare)"));
        QCOMPARE(chart.barSet()->count(), 4);
        QCOMPARE(chart.barSet()->at(3), 40.0);
    }

    void breakdownToolTipAndKeys()
    {
        QStandardItemModel *model = breakdownModel(this);
        BreakdownChart chart;
        chart.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        chart.setValueFormatter(
            [](double v) -> QString { return QString::number(v, 'f', 1) + QStringLiteral(" h"); });
        chart.setModel(model, 0, 1, 2);
        // "record(s)": the plural comes from the English catalogue, not loaded here.
        QVERIFY2(chart.toolTipForBar(0).startsWith(QStringLiteral("Chat: 4.5 h\n300 record")),
                 qPrintable(chart.toolTipForBar(0)));
        QSignalSpy spy(&chart, &BreakdownChart::groupClicked);
        // Down from nothing picks the top bar (E-mail, source row 2), then Chat below it.
        QTest::keyClick(&chart, Qt::Key_Down);
        QCOMPARE(chart.currentRow(), 2);
        QTest::keyClick(&chart, Qt::Key_Return);
        QCOMPARE(spy.takeFirst().at(0).toInt(), 2);
        QTest::keyClick(&chart, Qt::Key_Down);
        QTest::keyClick(&chart, Qt::Key_Down);
        QCOMPARE(chart.currentRow(), 1);
        QTest::keyClick(&chart, Qt::Key_Space);
        QCOMPARE(spy.takeFirst().at(0).toInt(), 1);
    }

    /// Set BUSOLA_GRAB_DIR to look at the charts.
    void grabForReview()
    {
        const QString dir = qEnvironmentVariable("BUSOLA_GRAB_DIR");
        if (dir.isEmpty())
            QSKIP("BUSOLA_GRAB_DIR not set");
        TrendChart trend;
        trend.resize(700, 360);
        trend.setModel(trendModel(this));
        trend.setTarget(13.0, QStringLiteral("Țintă: 13 h"));
        trend.setTitle(QStringLiteral("Timpul mediu de răspuns"));
        QVERIFY(trend.grab().save(dir + QStringLiteral("/trend.png")));
        BreakdownChart bars;
        bars.resize(460, 320);
        bars.setModel(breakdownModel(this), 0, 1, 2);
        bars.setTarget(24.0, QStringLiteral("Țintă 24 h"));
        bars.setTitle(QStringLiteral("Pe canale"));
        QVERIFY(bars.grab().save(dir + QStringLiteral("/breakdown.png")));
    }
};

QTEST_MAIN(TestDashboardCharts)
#include "tst_dashboardcharts.moc"
