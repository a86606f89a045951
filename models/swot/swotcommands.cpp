#include "swotcommands.h"

#include "store/transaction.h"

#include <algorithm>

namespace busola {

namespace {

bool boardOrder(Quadrant qa, int ra, Quadrant qb, int rb)
{
    return int(qa) != int(qb) ? int(qa) < int(qb) : ra < rb;
}

} // namespace

AddSwotItemCommand::AddSwotItemCommand(SwotDocument *document, Quadrant quadrant, int row,
                                       const SwotItem &item, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_quadrant(quadrant)
    , m_row(row < 0 || row > document->items(quadrant).size() ? document->items(quadrant).size()
                                                              : row)
    , m_item(item)
{
    m_item.id = 0;
}

void AddSwotItemCommand::redo()
{
    auto tx = m_document->beginWrite();
    m_document->insertItemAt(m_quadrant, m_row, m_item, true);
    m_document->endWrite(std::move(tx));
}

void AddSwotItemCommand::undo()
{
    const auto location = m_document->locate(m_item.id);
    if (!location)
        return;
    auto tx = m_document->beginWrite();
    m_item = m_document->takeItemAt(location->quadrant, location->row, true);
    m_document->endWrite(std::move(tx));
}

RemoveSwotItemsCommand::RemoveSwotItemsCommand(SwotDocument *document, const QList<qint64> &itemIds,
                                               const QString &text)
    : QUndoCommand(text)
    , m_document(document)
{
    for (qint64 id : itemIds) {
        const auto location = document->locate(id);
        const bool seen = std::any_of(m_removed.cbegin(), m_removed.cend(),
                                      [id](const Removed &r) { return r.item.id == id; });
        if (location && !seen)
            m_removed.append({location->quadrant, location->row, document->record(id)});
    }
    std::sort(m_removed.begin(), m_removed.end(), [](const Removed &a, const Removed &b) {
        return boardOrder(a.quadrant, a.row, b.quadrant, b.row);
    });
}

void RemoveSwotItemsCommand::redo()
{
    auto tx = m_document->beginWrite();
    // From the last to the first, so the rows of the ones still to go stay valid.
    for (auto it = m_removed.crbegin(); it != m_removed.crend(); ++it)
        m_document->takeItemAt(it->quadrant, it->row, true);
    m_document->endWrite(std::move(tx));
}

void RemoveSwotItemsCommand::undo()
{
    auto tx = m_document->beginWrite();
    // In board order: each goes back before the ones that followed it.
    for (Removed &removed : m_removed)
        m_document->insertItemAt(removed.quadrant, removed.row, removed.item, true);
    m_document->endWrite(std::move(tx));
}

MoveSwotItemsCommand::MoveSwotItemsCommand(SwotDocument *document, const QList<qint64> &itemIds,
                                           Quadrant quadrant, int row, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_quadrant(quadrant)
{
    for (qint64 id : itemIds) {
        const auto location = document->locate(id);
        const bool seen = std::any_of(m_origins.cbegin(), m_origins.cend(),
                                      [id](const Origin &o) { return o.id == id; });
        if (location && !seen)
            m_origins.append({location->quadrant, location->row, id});
    }
    std::sort(m_origins.begin(), m_origins.end(), [](const Origin &a, const Origin &b) {
        return boardOrder(a.quadrant, a.row, b.quadrant, b.row);
    });
    const int size = document->items(quadrant).size();
    if (row < 0 || row > size)
        row = size;
    // Items taken out above the insertion point shift it up.
    m_targetRow =
        row - int(std::count_if(m_origins.cbegin(), m_origins.cend(), [&](const Origin &o) {
            return o.quadrant == quadrant && o.row < row;
        }));
}

bool MoveSwotItemsCommand::changesOrder() const
{
    for (int i = 0; i < m_origins.size(); ++i) {
        const Origin &origin = m_origins.at(i);
        if (origin.quadrant != m_quadrant || origin.row != m_targetRow + i)
            return true;
    }
    return false;
}

void MoveSwotItemsCommand::redo()
{
    auto tx = m_document->beginWrite();
    QList<SwotItem> moving;
    for (auto it = m_origins.crbegin(); it != m_origins.crend(); ++it)
        moving.prepend(m_document->takeItemAt(it->quadrant, it->row, false));
    for (int i = 0; i < moving.size(); ++i)
        m_document->insertItemAt(m_quadrant, m_targetRow + i, moving[i], false);
    for (int q = 0; q < QuadrantCount; ++q)
        m_document->writeOrder(Quadrant(q));
    m_document->endWrite(std::move(tx));
}

void MoveSwotItemsCommand::undo()
{
    auto tx = m_document->beginWrite();
    QList<SwotItem> moving;
    for (int i = 0; i < m_origins.size(); ++i)
        moving.append(m_document->takeItemAt(m_quadrant, m_targetRow, false));
    for (int i = 0; i < m_origins.size(); ++i)
        m_document->insertItemAt(m_origins.at(i).quadrant, m_origins.at(i).row, moving[i], false);
    for (int q = 0; q < QuadrantCount; ++q)
        m_document->writeOrder(Quadrant(q));
    m_document->endWrite(std::move(tx));
}

DismissSuggestionCommand::DismissSuggestionCommand(SwotDocument *document, const QString &key,
                                                   const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_key(key)
{}

void DismissSuggestionCommand::redo()
{
    m_document->setDismissed(m_key, true);
}

void DismissSuggestionCommand::undo()
{
    m_document->setDismissed(m_key, false);
}

} // namespace busola
