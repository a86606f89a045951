#pragma once

#include "kpi/kpiengine.h"
#include "kpi/kpiformat.h"

#include <QAbstractTableModel>

namespace busola {

/// Months × KPIs for trend charts: column 0 is the month, then one column per KPI. The
/// display role of a KPI cell is the number itself (invalid for no data), so Qt Charts'
/// model mappers can read it; FormattedRole is the localised text, TargetRole the target
/// that month had.
class KpiSeriesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Month, FirstKpi };
    enum Role {
        MonthRole = Qt::UserRole + 1, ///< yyyymm
        MonthStartRole,               ///< ms since the epoch of the month's start (local)
        FormattedRole,
        TargetRole,
        KpiIdRole, ///< also on the horizontal header
    };
    Q_ENUM(Role)

    explicit KpiSeriesModel(QObject *parent = nullptr);

    void setLanguage(Language language, const QString &currency);
    /// Loads the series of kpis for fromMonth..toMonth (yyyymm, included).
    void load(KpiEngine &engine, const QVector<Kpi> &kpis, int fromMonth, int toMonth,
              const KpiFilters &filters);
    QVector<Kpi> kpis() const { return m_kpis; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Cell
    {
        std::optional<double> value;
        std::optional<double> target;
    };
    QVector<Kpi> m_kpis;
    QVector<int> m_months;
    QVector<qint64> m_monthStarts;
    QVector<QVector<Cell>> m_cells; ///< [month][kpi]
    KpiFormatter m_format;
};

} // namespace busola
