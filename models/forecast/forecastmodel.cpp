#include "forecastmodel.h"

#include "store/storeclock.h"

#include <cmath>

namespace busola {

namespace {
QVariant number(double value)
{
    return std::isnan(value) ? QVariant() : QVariant(value);
}
} // namespace

ForecastModel::ForecastModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ForecastModel::setForecast(const Forecast &forecast)
{
    beginResetModel();
    m_forecast = forecast;
    if (!m_forecast.valid) { // no rows for a series without data
        m_forecast.history.values.clear();
        m_forecast.points.clear();
    }
    endResetModel();
}

int ForecastModel::historyRowCount() const
{
    return int(m_forecast.history.values.size());
}

int ForecastModel::forecastRowCount() const
{
    return int(m_forecast.points.size());
}

int ForecastModel::joinRow() const
{
    return historyRowCount() - 1;
}

int ForecastModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : historyRowCount() + forecastRowCount();
}

int ForecastModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ForecastModel::historyRowValue(int row, int column) const
{
    const double actual = m_forecast.history.values[row];
    switch (column) {
    case HistoryColumn:
        return number(actual);
    case ForecastColumn:
    case LowerColumn:
    case UpperColumn:
        return row == joinRow() && !m_forecast.points.isEmpty() ? number(actual) : QVariant();
    }
    return {};
}

QVariant ForecastModel::forecastRowValue(int row, int column) const
{
    const ForecastPoint &point = m_forecast.points[row - historyRowCount()];
    switch (column) {
    case ForecastColumn:
        return number(point.value);
    case LowerColumn:
        return number(point.lower);
    case UpperColumn:
        return number(point.upper);
    }
    return {};
}

QVariant ForecastModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const bool isForecast = row >= historyRowCount();
    const int month = StoreClock::addMonths(m_forecast.history.firstMonth, row);
    switch (role) {
    case MonthKeyRole:
        return month;
    case IsForecastRole:
        return isForecast;
    case Qt::DisplayRole:
        if (index.column() == MonthColumn)
            return StoreClock::firstDayOf(month);
        return isForecast ? forecastRowValue(row, index.column())
                          : historyRowValue(row, index.column());
    }
    return {};
}

QVariant ForecastModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MonthColumn:
        return tr("Month");
    case HistoryColumn:
        return tr("Actual");
    case ForecastColumn:
        return tr("Forecast");
    case LowerColumn:
        return tr("Lower bound (80 %)");
    case UpperColumn:
        return tr("Upper bound (80 %)");
    }
    return {};
}

} // namespace busola
