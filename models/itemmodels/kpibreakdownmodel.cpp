#include "kpibreakdownmodel.h"

#include "kpisummarymodel.h"

namespace busola {

KpiBreakdownModel::KpiBreakdownModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_format(Language::Romanian, QStringLiteral("RON"))
{}

void KpiBreakdownModel::setLanguage(Language language, const QString &currency)
{
    beginResetModel();
    m_format = KpiFormatter(language, currency);
    endResetModel();
}

void KpiBreakdownModel::load(KpiEngine &engine, Kpi kpi, const KpiPeriod &period,
                             const KpiFilters &filters, const QString &dimension)
{
    beginResetModel();
    m_kpi = kpi;
    m_dimension = dimension;
    m_entries = engine.breakdown(kpi, period, filters, dimension);
    endResetModel();
}

void KpiBreakdownModel::setEntries(Kpi kpi, const QString &dimension,
                                   const QVector<KpiBreakdownEntry> &entries)
{
    beginResetModel();
    m_kpi = kpi;
    m_dimension = dimension;
    m_entries = entries;
    endResetModel();
}

int KpiBreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int KpiBreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KpiBreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const KpiBreakdownEntry &e = m_entries.at(index.row());
    const KpiDefinition &def = kpiDefinition(m_kpi);
    const int column = index.column();
    switch (role) {
    case KeyRole:
        return e.key;
    case StatusRole:
        return int(e.status);
    case StatusCodeRole:
        return statusCode(e.status);
    case Qt::DecorationRole:
        return column == Status ? KpiSummaryModel::statusColor(e.status) : QVariant();
    case Qt::DisplayRole:
    case FormattedRole:
        break;
    default:
        return QVariant();
    }
    const bool formatted = role == FormattedRole;
    switch (column) {
    case Group:
        return m_format.groupLabel(e.key, m_dimension);
    case Value:
        return formatted ? QVariant(m_format.value(def, e.value.value))
                         : optionalVariant(e.value.value);
    case Target:
        return formatted
                   ? QVariant(e.target.value ? m_format.value(def, e.target.value) : QString())
                   : optionalVariant(e.target.value);
    case Status:
        return m_format.status(e.status);
    case Count:
        return formatted ? QVariant(m_format.count(e.value.count)) : QVariant(e.value.count);
    }
    return QVariant();
}

QVariant KpiBreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Group:
        return tr("Group");
    case Value:
        return tr("Value");
    case Target:
        return tr("Target");
    case Status:
        return tr("Status");
    case Count:
        return tr("Records");
    }
    return QVariant();
}

} // namespace busola
