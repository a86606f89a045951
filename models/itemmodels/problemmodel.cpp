#include "problemmodel.h"

#include <QBrush>
#include <QColor>

namespace busola {

ProblemModel::ProblemModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ProblemModel::setProblems(const QVector<Problem> &problems)
{
    beginResetModel();
    m_problems = problems;
    rebuild();
    endResetModel();
}

void ProblemModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    rebuild();
    endResetModel();
}

void ProblemModel::rebuild()
{
    m_shown.clear();
    for (int i = 0; i < m_problems.size(); ++i) {
        const bool error = m_problems.at(i).isError();
        if (m_filter == Filter::All || (m_filter == Filter::Errors) == error)
            m_shown << i;
    }
}

const Problem &ProblemModel::problemAt(int row) const
{
    return m_problems.at(m_shown.at(row));
}

int ProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ProblemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Problem &p = problemAt(index.row());
    if (role == IsErrorRole)
        return p.isError();
    if (role == Qt::ForegroundRole && index.column() == KindColumn)
        return QBrush(p.isError() ? QColor(176, 0, 32) : QColor(150, 90, 0));
    if (role == Qt::ToolTipRole &&
        (index.column() == ReasonColumn || index.column() == ValueColumn))
        return index.column() == ReasonColumn ? p.reason : p.value;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case KindColumn:
        return p.isError() ? tr("Error") : tr("Warning");
    case RowColumn:
        return p.row > 0 ? QVariant(p.row) : QVariant(tr("file"));
    case ColumnColumn:
        return p.column;
    case ValueColumn:
        return p.value;
    case ReasonColumn:
        return p.reason;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case KindColumn:
        return tr("Kind");
    case RowColumn:
        return tr("Row");
    case ColumnColumn:
        return tr("Column");
    case ValueColumn:
        return tr("Value");
    case ReasonColumn:
        return tr("Reason");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace busola
