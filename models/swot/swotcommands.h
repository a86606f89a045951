#pragma once

#include "swotdocument.h"

#include <QUndoCommand>

namespace busola {

/// Merge id of text edits: consecutive edits of one item's text are one undo step.
constexpr int SwotTextMergeId = 0x5701;

/// Adds one item (a new one, or an accepted suggestion). The first redo gives it its id; later
/// redos restore it under the same id, so commands after it on the stack still find it.
class AddSwotItemCommand final : public QUndoCommand
{
public:
    AddSwotItemCommand(SwotDocument *document, Quadrant quadrant, int row, const SwotItem &item,
                       const QString &text);
    void redo() override;
    void undo() override;
    qint64 itemId() const { return m_item.id; }

private:
    SwotDocument *m_document;
    Quadrant m_quadrant;
    int m_row;
    SwotItem m_item;
};

/// Deletes several items; undo puts each back at its place, with its id.
class RemoveSwotItemsCommand final : public QUndoCommand
{
public:
    RemoveSwotItemsCommand(SwotDocument *document, const QList<qint64> &itemIds,
                           const QString &text);
    void redo() override;
    void undo() override;

private:
    struct Removed
    {
        Quadrant quadrant;
        int row;
        SwotItem item;
    };
    SwotDocument *m_document;
    QList<Removed> m_removed; // in board order (quadrant, row)
};

/// Moves several items to one place (between quadrants, or a reorder within one).
class MoveSwotItemsCommand final : public QUndoCommand
{
public:
    /// `row` is the insertion row in `quadrant` before the moved items are taken out.
    MoveSwotItemsCommand(SwotDocument *document, const QList<qint64> &itemIds, Quadrant quadrant,
                         int row, const QString &text);
    void redo() override;
    void undo() override;
    /// False when the move would leave every item where it is.
    bool changesOrder() const;

private:
    struct Origin
    {
        Quadrant quadrant;
        int row;
        qint64 id;
    };
    SwotDocument *m_document;
    QList<Origin> m_origins; // in board order
    Quadrant m_quadrant;
    int m_targetRow; // first row of the moved items once inserted
};

/// Dismisses a suggestion (undo brings it back).
class DismissSuggestionCommand final : public QUndoCommand
{
public:
    DismissSuggestionCommand(SwotDocument *document, const QString &key, const QString &text);
    void redo() override;
    void undo() override;

private:
    SwotDocument *m_document;
    QString m_key;
};

} // namespace busola
