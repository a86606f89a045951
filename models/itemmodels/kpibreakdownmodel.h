#pragma once

#include "kpi/kpiengine.h"
#include "kpi/kpiformat.h"

#include <QAbstractTableModel>

namespace busola {

/// One KPI split by one dimension (channel, team, agent, owner, region, lead source): one
/// row per group, the group without a value included. Value and Target display as numbers
/// (for bar-chart mappers); FormattedRole has the localised text.
class KpiBreakdownModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Group, Value, Target, Status, Count, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1, ///< the raw key; "" for records without a value
        FormattedRole,
        StatusRole, ///< int(KpiStatus)
        StatusCodeRole,
    };
    Q_ENUM(Role)

    explicit KpiBreakdownModel(QObject *parent = nullptr);

    void setLanguage(Language language, const QString &currency);
    void load(KpiEngine &engine, Kpi kpi, const KpiPeriod &period, const KpiFilters &filters,
              const QString &dimension);
    Kpi kpi() const { return m_kpi; }
    QString dimension() const { return m_dimension; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Kpi m_kpi = Kpi::ResponseTime;
    QString m_dimension;
    QVector<KpiBreakdownEntry> m_entries;
    KpiFormatter m_format;
};

} // namespace busola
