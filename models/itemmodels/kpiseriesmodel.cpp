#include "kpiseriesmodel.h"

#include "kpisummarymodel.h"
#include "store/store.h"

namespace busola {

KpiSeriesModel::KpiSeriesModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_format(Language::Romanian, QStringLiteral("RON"))
{}

void KpiSeriesModel::setLanguage(Language language, const QString &currency)
{
    beginResetModel();
    m_format = KpiFormatter(language, currency);
    endResetModel();
}

void KpiSeriesModel::load(KpiEngine &engine, const QVector<Kpi> &kpis, int fromMonth, int toMonth,
                          const KpiFilters &filters)
{
    beginResetModel();
    m_kpis = kpis;
    m_months.clear();
    m_monthStarts.clear();
    m_cells.clear();
    const QVector<QVector<MonthValue>> series =
        engine.monthlySeries(kpis, fromMonth, toMonth, filters);
    for (int m = fromMonth; m <= toMonth; m = StoreClock::addMonths(m, 1)) {
        const int row = int(m_months.size());
        m_months << m;
        m_monthStarts << engine.store().clock().monthStart(m) * 1000;
        QVector<Cell> cells;
        for (int k = 0; k < kpis.size(); ++k)
            cells << Cell{series.value(k).value(row).second,
                          engine.targets().targetFor(kpis.at(k), m, filters).value};
        m_cells << cells;
    }
    endResetModel();
}

int KpiSeriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_months.size());
}

int KpiSeriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstKpi + int(m_kpis.size());
}

QVariant KpiSeriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int month = m_months.at(index.row());
    switch (role) {
    case MonthRole:
        return month;
    case MonthStartRole:
        return m_monthStarts.at(index.row());
    default:
        break;
    }
    if (index.column() == Month) {
        if (role == Qt::DisplayRole || role == FormattedRole)
            return m_format.locale().toString(StoreClock::firstDayOf(month),
                                              QStringLiteral("MMM yyyy"));
        return QVariant();
    }
    const int k = index.column() - FirstKpi;
    const Cell &cell = m_cells.at(index.row()).at(k);
    const KpiDefinition &def = kpiDefinition(m_kpis.at(k));
    switch (role) {
    case Qt::DisplayRole:
        return optionalVariant(cell.value);
    case FormattedRole:
        return m_format.value(def, cell.value);
    case TargetRole:
        return optionalVariant(cell.target);
    case KpiIdRole:
        return def.id;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return QVariant();
}

QVariant KpiSeriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == Month)
        return role == Qt::DisplayRole ? QVariant(tr("Month")) : QVariant();
    const KpiDefinition &def = kpiDefinition(m_kpis.at(section - FirstKpi));
    if (role == Qt::DisplayRole)
        return def.name(m_format.language());
    if (role == KpiIdRole)
        return def.id;
    return QVariant();
}

} // namespace busola
