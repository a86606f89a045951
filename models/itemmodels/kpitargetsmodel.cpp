#include "kpitargetsmodel.h"

#include "store/store.h"

#include <QDate>

namespace busola {

KpiTargetsModel::KpiTargetsModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    reload();
}

void KpiTargetsModel::setLanguage(Language language)
{
    m_language = language;
    m_format = KpiFormatter(m_language, m_store.currency());
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void KpiTargetsModel::reload()
{
    beginResetModel();
    m_format = KpiFormatter(m_language, m_store.currency());
    m_entries.clear();
    const KpiTargets targets(m_store);
    for (Kpi kpi : allKpis())
        m_entries += targets.entries(kpi);
    endResetModel();
}

int KpiTargetsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int KpiTargetsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString KpiTargetsModel::scopeText(const KpiTargetEntry &entry) const
{
    if (entry.scopeDimension == QLatin1String("team"))
        return tr("Team %1").arg(entry.scopeValue);
    if (entry.scopeDimension == QLatin1String("channel"))
        return tr("Channel %1").arg(m_format.channelName(entry.scopeValue));
    return tr("The whole company");
}

QString KpiTargetsModel::validFromText(int yyyymm) const
{
    if (yyyymm == 0)
        return tr("Always");
    return m_format.locale().toString(QDate(yyyymm / 100, yyyymm % 100, 1),
                                      QStringLiteral("MMMM yyyy"));
}

QVariant KpiTargetsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const KpiTargetEntry &entry = m_entries.at(index.row());
    const KpiDefinition *definition = findKpi(entry.kpiId);
    if (!definition)
        return {};
    if (role == Qt::EditRole) {
        if (index.column() == TargetColumn)
            return entry.target ? QVariant(*entry.target) : QVariant();
        if (index.column() == ToleranceColumn)
            return entry.tolerancePct ? QVariant(*entry.tolerancePct) : QVariant();
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case KpiColumn:
        return definition->name(m_language);
    case DirectionColumn:
        return definition->direction == KpiDirection::HigherIsBetter ? tr("Higher is better")
                                                                     : tr("Lower is better");
    case ScopeColumn:
        return scopeText(entry);
    case ValidFromColumn:
        return validFromText(entry.validFrom);
    case TargetColumn:
        return entry.target ? m_format.value(*definition, entry.target) : tr("No target");
    case ToleranceColumn:
        return entry.tolerancePct ? QStringLiteral("%1 %").arg(*entry.tolerancePct)
                                  : tr("As set above");
    default:
        return {};
    }
}

QVariant KpiTargetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KpiColumn:
        return tr("KPI");
    case DirectionColumn:
        return tr("Direction");
    case ScopeColumn:
        return tr("Applies to");
    case ValidFromColumn:
        return tr("From");
    case TargetColumn:
        return tr("Target");
    case ToleranceColumn:
        return tr("Near within");
    default:
        return {};
    }
}

Qt::ItemFlags KpiTargetsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == TargetColumn || index.column() == ToleranceColumn))
        result |= Qt::ItemIsEditable;
    return result;
}

bool KpiTargetsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    KpiTargetEntry entry = m_entries.at(index.row());
    std::optional<double> number;
    if (!value.isNull() && !value.toString().isEmpty()) {
        bool ok = false;
        number = value.toDouble(&ok);
        if (!ok || *number < 0)
            return false;
    }
    if (index.column() == TargetColumn)
        entry.target = number;
    else if (index.column() == ToleranceColumn)
        entry.tolerancePct = number;
    else
        return false;
    if (!KpiTargets(m_store).setTarget(entry, &m_error))
        return false;
    m_entries[index.row()] = entry;
    emit dataChanged(index, index);
    return true;
}

bool KpiTargetsModel::addTarget(const KpiTargetEntry &entry, QString *error)
{
    const auto refuse = [&](const QString &why) {
        m_error = why;
        if (error)
            *error = why;
        return false;
    };
    if (!findKpi(entry.kpiId))
        return refuse(tr("Unknown KPI: %1").arg(entry.kpiId));
    if (!entry.scopeDimension.isEmpty() && entry.scopeValue.trimmed().isEmpty())
        return refuse(tr("Say which team or channel the target is for."));
    if (entry.target && *entry.target < 0)
        return refuse(tr("A target cannot be negative."));
    if (!KpiTargets(m_store).setTarget(entry, &m_error))
        return refuse(m_error);
    reload();
    return true;
}

bool KpiTargetsModel::removeTarget(int row, QString *error)
{
    if (row < 0 || row >= m_entries.size())
        return false;
    if (!KpiTargets(m_store).removeTarget(m_entries.at(row), &m_error)) {
        if (error)
            *error = m_error;
        return false;
    }
    beginRemoveRows(QModelIndex(), row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    return true;
}

} // namespace busola
