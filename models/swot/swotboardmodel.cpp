#include "swotboardmodel.h"

#include "swotstore.h"

#include <QLocale>

namespace busola {

SwotBoardModel::SwotBoardModel(SwotStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    reload();
}

void SwotBoardModel::reload()
{
    beginResetModel();
    m_boards = m_store.boards();
    endResetModel();
}

int SwotBoardModel::rowOf(qint64 boardId) const
{
    for (int row = 0; row < m_boards.size(); ++row) {
        if (m_boards.at(row).id == boardId)
            return row;
    }
    return -1;
}

qint64 SwotBoardModel::createBoard(const SwotBoard &board)
{
    const qint64 id = m_store.createBoard(board);
    if (id != 0)
        reload();
    return id;
}

qint64 SwotBoardModel::duplicateBoard(qint64 sourceId, const QString &name)
{
    const std::optional<SwotBoard> source = m_store.board(sourceId);
    if (!source)
        return 0;
    SwotBoard copy = *source;
    copy.name = name;
    if (source->periodFrom.isValid() && source->periodTo.isValid())
        nextPeriod(source->periodFrom, source->periodTo, &copy.periodFrom, &copy.periodTo);
    const qint64 id = m_store.duplicateBoard(sourceId, copy);
    if (id != 0)
        reload();
    return id;
}

bool SwotBoardModel::renameBoard(qint64 boardId, const QString &name)
{
    if (!m_store.renameBoard(boardId, name))
        return false;
    const int row = rowOf(boardId);
    if (row >= 0) {
        m_boards[row].name = name;
        emit dataChanged(index(row, Name), index(row, Name));
    }
    return true;
}

bool SwotBoardModel::deleteBoard(qint64 boardId)
{
    if (!m_store.deleteBoard(boardId))
        return false;
    const int row = rowOf(boardId);
    if (row >= 0) {
        beginRemoveRows(QModelIndex(), row, row);
        m_boards.removeAt(row);
        endRemoveRows();
    }
    return true;
}

QString SwotBoardModel::lastError() const
{
    return m_store.lastError();
}

int SwotBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_boards.size());
}

int SwotBoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SwotBoardModel::periodText(const SwotBoard &board)
{
    if (!board.periodFrom.isValid() || !board.periodTo.isValid())
        return QString();
    const QLocale locale;
    return tr("%1 – %2").arg(locale.toString(board.periodFrom, QLocale::ShortFormat),
                             locale.toString(board.periodTo, QLocale::ShortFormat));
}

QVariant SwotBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SwotBoard &board = m_boards.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Name:
            return board.name;
        case Period:
            return periodText(board);
        case Team:
            return board.team;
        default:
            return {};
        }
    case BoardIdRole:
        return board.id;
    case PeriodFromRole:
        return board.periodFrom;
    case PeriodToRole:
        return board.periodTo;
    default:
        return {};
    }
}

QVariant SwotBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Board");
    case Period:
        return tr("Period");
    case Team:
        return tr("Team");
    default:
        return {};
    }
}

} // namespace busola
