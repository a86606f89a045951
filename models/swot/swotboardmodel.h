#pragma once

#include "swottypes.h"

#include <QAbstractTableModel>

namespace busola {

class SwotStore;

/// The SWOT boards of the store, newest period first, for the board selector. Board
/// operations (create, rename, duplicate, delete) go through it so the list stays current;
/// they are not undo steps (each board has its own undo stack).
class SwotBoardModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Period, Team, ColumnCount };
    Q_ENUM(Column)
    enum Role { BoardIdRole = Qt::UserRole, PeriodFromRole, PeriodToRole };

    explicit SwotBoardModel(SwotStore &store, QObject *parent = nullptr);

    void reload();
    int rowOf(qint64 boardId) const;
    SwotBoard boardAt(int row) const { return m_boards.at(row); }

    /// Each returns the board id (0 on failure, see lastError()).
    qint64 createBoard(const SwotBoard &board);
    /// A copy of `sourceId` with all its items, for the period after it ("copy last quarter's
    /// board"), named `name`.
    qint64 duplicateBoard(qint64 sourceId, const QString &name);
    bool renameBoard(qint64 boardId, const QString &name);
    bool deleteBoard(qint64 boardId);
    QString lastError() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// "01.10.2026 – 31.12.2026" in the UI locale.
    static QString periodText(const SwotBoard &board);

private:
    SwotStore &m_store;
    QList<SwotBoard> m_boards;
};

} // namespace busola
