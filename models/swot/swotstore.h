#pragma once

#include "swottypes.h"

#include <QCoreApplication>
#include <QSet>

#include <array>
#include <optional>

namespace busola {

class Store;

/// The SWOT tables of the store (swot_boards, swot_items, swot_dismissed): prepared statements
/// with bound values, nothing else touches these tables. Failures return false / 0 and leave
/// a sentence in lastError().
class SwotStore
{
    Q_DECLARE_TR_FUNCTIONS(busola::SwotStore)

public:
    explicit SwotStore(Store &store);

    Store &store() const { return m_store; }
    QString lastError() const { return m_lastError; }

    /// Every board, newest period first.
    QList<SwotBoard> boards() const;
    std::optional<SwotBoard> board(qint64 id) const;
    /// Returns the new board's id, 0 on failure.
    qint64 createBoard(const SwotBoard &board);
    bool renameBoard(qint64 id, const QString &name);
    /// A new board (name and period from `target`) with a copy of every item of `sourceId`,
    /// in one transaction. Dismissed suggestions are not copied: the new period has new KPIs.
    qint64 duplicateBoard(qint64 sourceId, const SwotBoard &target);
    bool deleteBoard(qint64 id);

    /// The board's items per quadrant, in their order.
    std::array<QList<SwotItem>, QuadrantCount> items(qint64 boardId) const;
    /// Writes a new item with item.revision; item.id > 0 restores a deleted item under its old
    /// id (undo). Returns the id, 0 on failure.
    qint64 insertItem(qint64 boardId, Quadrant quadrant, int position, const SwotItem &item);
    /// Saves one field only if the stored item still has item.revision (nobody saved it since
    /// it was read); the stored revision becomes item.revision + 1. ChangedElsewhere leaves the
    /// store as it was, with a sentence in lastError().
    SwotWrite updateField(const SwotItem &item, SwotField field);
    /// Gives the items `ids` the quadrant and positions 0, 1, … in that order (the order is
    /// not an item's content: no revision check). ChangedElsewhere: one of them no longer exists.
    SwotWrite writeOrder(Quadrant quadrant, const QList<qint64> &ids);
    /// Deletes the item only if it still has item.revision.
    SwotWrite deleteItem(const SwotItem &item);

    QSet<QString> dismissed(qint64 boardId) const;
    bool setDismissed(qint64 boardId, const QString &key, bool dismissed);

private:
    bool fail(const QString &what, const QString &error) const;
    SwotWrite changedElsewhere(const QString &what) const;
    bool touchBoard(qint64 boardId);

    Store &m_store;
    mutable QString m_lastError;
};

} // namespace busola
