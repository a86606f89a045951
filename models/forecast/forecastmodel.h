#pragma once

#include "forecaster.h"

#include <QAbstractTableModel>

namespace busola {

/// A forecast as rows a trend chart can map: the history months, then the forecast months.
///
/// The Month column's DisplayRole is the month's first day as a QDate, so a QVXYModelMapper
/// puts it on a QDateTimeAxis; the value columns hold a double, or nothing where the month
/// has none (no data in a history month; no history in a forecast month). The last history row
/// also carries its actual value in the Forecast, Lower and Upper columns, so that the dashed
/// forecast line and the band start from the last real point: map them from
/// joinRow() for forecastRowCount() + 1 rows, and History from 0 for historyRowCount() rows.
/// (A QVXYModelMapper reads an empty cell as 0: a chart that must show a month without data as
/// a gap splits the history series at rows whose History cell is empty.)
class ForecastModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        MonthColumn,
        HistoryColumn,
        ForecastColumn,
        LowerColumn,
        UpperColumn,
        ColumnCount
    };
    enum Role {
        MonthKeyRole = Qt::UserRole, ///< int yyyymm, in every column
        IsForecastRole,              ///< bool: the row is a forecast month
    };

    explicit ForecastModel(QObject *parent = nullptr);

    void setForecast(const Forecast &forecast);
    const Forecast &forecast() const { return m_forecast; }

    int historyRowCount() const;
    int forecastRowCount() const;
    /// The last history row, where the forecast columns join the history (-1 when empty).
    int joinRow() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant historyRowValue(int row, int column) const;
    QVariant forecastRowValue(int row, int column) const;

    Forecast m_forecast;
};

} // namespace busola
