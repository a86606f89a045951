#include "forecast/forecastmodel.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace busola;

namespace {
const double NaN = std::numeric_limits<double>::quiet_NaN();

QVariant cell(const ForecastModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role);
}
} // namespace

/// The rows a trend chart maps: history, then forecast, joined at the last history month.
class TestForecastModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsAndColumns()
    {
        ForecastModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        // October 2024 to May 2025: 10, —, 14, …, 24 on the line 10 + 2k; by hand the forecasts
        // are 26, 28, 30 with no spread (the history has no error).
        const MonthlySeries series{202410, {10, NaN, 14, 16, 18, 20, 22, 24}};
        model.setForecast(forecastSeries(series, {}));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(model.columnCount(), int(ForecastModel::ColumnCount));
        QCOMPARE(model.historyRowCount(), 8);
        QCOMPARE(model.forecastRowCount(), 3);
        QCOMPARE(model.joinRow(), 7);

        QCOMPARE(cell(model, 0, ForecastModel::MonthColumn), QVariant(QDate(2024, 10, 1)));
        QCOMPARE(cell(model, 0, ForecastModel::HistoryColumn, ForecastModel::MonthKeyRole),
                 QVariant(202410));
        QCOMPARE(cell(model, 0, ForecastModel::HistoryColumn).toDouble(), 10.0);
        QVERIFY(!cell(model, 1, ForecastModel::HistoryColumn).isValid()); // no data: nothing
        QVERIFY(!cell(model, 0, ForecastModel::ForecastColumn).isValid());
        QCOMPARE(cell(model, 7, ForecastModel::IsForecastRole).toBool(), false);

        // The join row carries the last actual value in every value column.
        for (int c : {ForecastModel::HistoryColumn, ForecastModel::ForecastColumn,
                      ForecastModel::LowerColumn, ForecastModel::UpperColumn})
            QCOMPARE(cell(model, 7, c).toDouble(), 24.0);

        QCOMPARE(cell(model, 8, ForecastModel::MonthColumn), QVariant(QDate(2025, 6, 1)));
        QCOMPARE(cell(model, 8, ForecastModel::MonthColumn, ForecastModel::IsForecastRole).toBool(),
                 true);
        QVERIFY(!cell(model, 8, ForecastModel::HistoryColumn).isValid());
        QVERIFY(std::abs(cell(model, 8, ForecastModel::ForecastColumn).toDouble() - 26) < 1e-9);
        QVERIFY(std::abs(cell(model, 10, ForecastModel::ForecastColumn).toDouble() - 30) < 1e-9);
        QCOMPARE(cell(model, 10, ForecastModel::MonthColumn, ForecastModel::MonthKeyRole),
                 QVariant(202508));
        QVERIFY(!model.index(0, 0).parent().isValid());
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    }

    void intervalColumns()
    {
        ForecastModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The mean of 10, 12, 11, 13, 14 with its 80 % interval (see tst_forecast: by hand
        // 12 ± 2.2197124240).
        model.setForecast(forecastSeries(MonthlySeries{202601, {10, 12, 11, 13, 14}}, {}));
        QCOMPARE(model.rowCount(), 8);
        QVERIFY(std::abs(cell(model, 5, ForecastModel::LowerColumn).toDouble() - 9.7802875760) <
                1e-8);
        QVERIFY(std::abs(cell(model, 5, ForecastModel::UpperColumn).toDouble() - 14.2197124240) <
                1e-8);
        QCOMPARE(cell(model, 5, ForecastModel::ForecastColumn).toDouble(), 12.0);
    }

    void emptyForecastHasNoRows()
    {
        ForecastModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setForecast(forecastSeries(MonthlySeries{202601, {1, 2, 3, 4, 5, 6, 7}}, {}));
        QCOMPARE(model.rowCount(), 10);
        model.setForecast(forecastSeries(MonthlySeries{202601, {NaN, NaN}}, {}));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.joinRow(), -1);
    }

    void headers()
    {
        ForecastModel model;
        QCOMPARE(model.headerData(ForecastModel::MonthColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Month"));
        QCOMPARE(model.headerData(ForecastModel::LowerColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Lower bound (80 %)"));
        QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
        QVERIFY(!model.headerData(ForecastModel::ColumnCount, Qt::Horizontal).isValid());
    }
};

QTEST_GUILESS_MAIN(TestForecastModel)
#include "tst_forecastmodel.moc"
