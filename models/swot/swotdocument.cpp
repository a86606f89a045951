#include "swotdocument.h"

#include "common/changevalue.h"
#include "store/store.h"
#include "store/transaction.h"
#include "swotcommands.h"
#include "swotstore.h"

#include <QSqlError>
#include <QUndoStack>

#include <algorithm>

namespace busola {

std::unique_ptr<SwotDocument> SwotDocument::load(Store &store, qint64 boardId, QString *error)
{
    auto swotStore = std::make_unique<SwotStore>(store);
    const std::optional<SwotBoard> board = swotStore->board(boardId);
    if (!board) {
        if (error)
            *error = tr("The SWOT board %1 does not exist.").arg(boardId);
        return nullptr;
    }
    std::unique_ptr<SwotDocument> document(new SwotDocument(std::move(swotStore), *board));
    document->m_items = document->m_store->items(boardId);
    document->m_dismissed = document->m_store->dismissed(boardId);
    return document;
}

SwotDocument::SwotDocument(std::unique_ptr<SwotStore> store, SwotBoard board)
    : m_store(std::move(store))
    , m_board(std::move(board))
    , m_undoStack(new QUndoStack(this))
{}

SwotDocument::~SwotDocument() = default;

const QList<SwotItem> &SwotDocument::items(Quadrant quadrant) const
{
    return m_items[std::size_t(quadrant)];
}

std::optional<SwotDocument::Location> SwotDocument::locate(qint64 itemId) const
{
    for (int q = 0; q < QuadrantCount; ++q) {
        const QList<SwotItem> &list = m_items[std::size_t(q)];
        for (int row = 0; row < list.size(); ++row) {
            if (list.at(row).id == itemId)
                return Location{Quadrant(q), row};
        }
    }
    return std::nullopt;
}

SwotItem SwotDocument::record(qint64 itemId) const
{
    const auto location = locate(itemId);
    return location ? items(location->quadrant).at(location->row) : SwotItem();
}

qint64 SwotDocument::addItem(Quadrant quadrant, int row, const SwotItem &item)
{
    auto *command = new AddSwotItemCommand(this, quadrant, row, item, tr("Add item"));
    m_undoStack->push(command);
    return command->itemId();
}

template <typename Value>
void SwotDocument::changeValue(qint64 itemId, SwotField field, Value SwotItem::*member, Value value,
                               const QString &text)
{
    if (!locate(itemId) || record(itemId).*member == value)
        return;
    const int mergeId = field == SwotField::Text ? SwotTextMergeId : -1;
    m_undoStack->push(new ChangeValue<SwotDocument, SwotItem, Value>(
        this, itemId, int(field), member, std::move(value), text, mergeId));
}

void SwotDocument::setText(qint64 itemId, const QString &text)
{
    changeValue(itemId, SwotField::Text, &SwotItem::text, text, tr("Edit text"));
}

void SwotDocument::setImportance(qint64 itemId, int importance)
{
    changeValue(itemId, SwotField::Importance, &SwotItem::importance, qBound(1, importance, 3),
                tr("Change importance"));
}

void SwotDocument::setKpiId(qint64 itemId, const QString &kpiId)
{
    changeValue(itemId, SwotField::KpiId, &SwotItem::kpiId, kpiId, tr("Link KPI"));
}

void SwotDocument::setOwner(qint64 itemId, const QString &owner)
{
    changeValue(itemId, SwotField::Owner, &SwotItem::owner, owner, tr("Change owner"));
}

void SwotDocument::setAction(qint64 itemId, const QString &action)
{
    changeValue(itemId, SwotField::Action, &SwotItem::action, action, tr("Change action"));
}

void SwotDocument::setDueDate(qint64 itemId, const QDate &dueDate)
{
    changeValue(itemId, SwotField::DueDate, &SwotItem::dueDate, dueDate, tr("Change due date"));
}

void SwotDocument::moveItems(const QList<qint64> &itemIds, Quadrant quadrant, int row)
{
    auto command = std::make_unique<MoveSwotItemsCommand>(
        this, itemIds, quadrant, row, tr("Move %n item(s)", nullptr, int(itemIds.size())));
    if (command->changesOrder())
        m_undoStack->push(command.release());
}

void SwotDocument::moveItemBy(qint64 itemId, int delta)
{
    const auto location = locate(itemId);
    if (!location || delta == 0)
        return;
    const int target = location->row + delta;
    if (target < 0 || target >= items(location->quadrant).size())
        return;
    // Insertion rows count the item itself: moving down inserts after the target row.
    moveItems({itemId}, location->quadrant, delta > 0 ? target + 1 : target);
}

void SwotDocument::removeItems(const QList<qint64> &itemIds)
{
    const auto found = std::count_if(itemIds.cbegin(), itemIds.cend(),
                                     [this](qint64 id) { return locate(id).has_value(); });
    if (found > 0)
        m_undoStack->push(new RemoveSwotItemsCommand(this, itemIds,
                                                     tr("Delete %n item(s)", nullptr, int(found))));
}

void SwotDocument::setKpiSource(const KpiStatusSource *source)
{
    m_kpiSource = source;
    refreshKpis();
}

std::optional<KpiSnapshot> SwotDocument::kpiStatus(const QString &kpiId) const
{
    if (!m_kpiSource || kpiId.isEmpty())
        return std::nullopt;
    auto it = m_kpiCache.find(kpiId);
    if (it == m_kpiCache.end())
        it = m_kpiCache.insert(kpiId, m_kpiSource->status(kpiId, period()));
    return *it;
}

void SwotDocument::refreshKpis()
{
    m_kpiCache.clear();
    m_ruleCache.reset();
    emit kpisChanged();
    emit suggestionsChanged();
}

QList<SwotSuggestion> SwotDocument::suggestions() const
{
    if (!m_kpiSource)
        return {};
    if (!m_ruleCache)
        m_ruleCache = swotSuggestions(*m_kpiSource, period());
    QList<SwotSuggestion> open;
    for (const SwotSuggestion &suggestion : qAsConst(*m_ruleCache)) {
        const QList<SwotItem> &list = items(suggestion.quadrant);
        const bool accepted = std::any_of(list.cbegin(), list.cend(), [&](const SwotItem &item) {
            return item.kpiId == suggestion.kpiId;
        });
        if (!accepted && !m_dismissed.contains(suggestion.key))
            open.append(suggestion);
    }
    return open;
}

qint64 SwotDocument::acceptSuggestion(const SwotSuggestion &suggestion)
{
    SwotItem item;
    item.text = suggestion.text;
    item.kpiId = suggestion.kpiId;
    item.importance = suggestion.importance;
    auto *command =
        new AddSwotItemCommand(this, suggestion.quadrant, -1, item, tr("Accept suggestion"));
    m_undoStack->push(command);
    return command->itemId();
}

void SwotDocument::dismissSuggestion(const QString &key)
{
    if (!m_dismissed.contains(key))
        m_undoStack->push(new DismissSuggestionCommand(this, key, tr("Dismiss suggestion")));
}

void SwotDocument::insertItemAt(Quadrant quadrant, int row, SwotItem &item, bool persist)
{
    if (persist) {
        // A restored item (undo of a delete) comes back as a new revision: a copy someone
        // read before it was deleted stays stale.
        if (item.id > 0)
            ++item.revision;
        const qint64 id = m_store->insertItem(m_board.id, quadrant, row, item);
        if (id == 0)
            reportStoreError();
        else
            item.id = id;
    }
    emit itemAboutToBeInserted(int(quadrant), row);
    m_items[std::size_t(quadrant)].insert(row, item);
    emit itemInserted(int(quadrant), row);
    if (persist)
        writeOrder(quadrant);
    emit suggestionsChanged();
}

SwotItem SwotDocument::takeItemAt(Quadrant quadrant, int row, bool persist)
{
    emit itemAboutToBeRemoved(int(quadrant), row);
    SwotItem item = m_items[std::size_t(quadrant)].takeAt(row);
    emit itemRemoved(int(quadrant), row);
    if (persist) {
        noteWrite(m_store->deleteItem(item));
        writeOrder(quadrant);
    }
    emit suggestionsChanged();
    return item;
}

void SwotDocument::updateRecord(const SwotItem &item, int field)
{
    const auto location = locate(item.id);
    if (!location)
        return;
    const SwotWrite result = m_store->updateField(item, SwotField(field));
    noteWrite(result);
    SwotItem &stored = m_items[std::size_t(location->quadrant)][location->row];
    stored = item;
    if (result == SwotWrite::Saved)
        stored.revision = item.revision + 1;
    emit itemChanged(int(location->quadrant), location->row);
    if (SwotField(field) == SwotField::KpiId)
        emit suggestionsChanged();
}

void SwotDocument::writeOrder(Quadrant quadrant)
{
    QList<qint64> ids;
    for (const SwotItem &item : items(quadrant))
        ids.append(item.id);
    noteWrite(m_store->writeOrder(quadrant, ids));
}

void SwotDocument::setDismissed(const QString &key, bool dismissed)
{
    if (!m_store->setDismissed(m_board.id, key, dismissed))
        reportStoreError();
    if (dismissed)
        m_dismissed.insert(key);
    else
        m_dismissed.remove(key);
    emit suggestionsChanged();
}

std::unique_ptr<Transaction> SwotDocument::beginWrite()
{
    return std::make_unique<Transaction>(m_store->store().db());
}

void SwotDocument::endWrite(std::unique_ptr<Transaction> transaction)
{
    // A refused write voids the whole command (all of a multi-item delete or move, or none).
    if (m_conflict)
        transaction->rollback();
    else if (transaction->isActive() && !transaction->commit())
        emit storeError(
            tr("Cannot save the SWOT board: %1").arg(m_store->store().db().lastError().text()));
}

void SwotDocument::reportStoreError()
{
    emit storeError(m_store->lastError());
}

void SwotDocument::noteWrite(SwotWrite result)
{
    if (result == SwotWrite::Failed) {
        reportStoreError();
        return;
    }
    if (result != SwotWrite::ChangedElsewhere)
        return;
    if (!m_conflict)
        m_conflictMessage = m_store->lastError();
    m_conflict = true;
    // Not now: the undo stack is inside push(), undo() or redo() of the command, and the
    // models inside their own notifications.
    if (!m_reloadPending) {
        m_reloadPending = true;
        QMetaObject::invokeMethod(this, &SwotDocument::reloadAfterConflict, Qt::QueuedConnection);
    }
}

void SwotDocument::reloadAfterConflict()
{
    m_reloadPending = false;
    m_conflict = false;
    emit aboutToReload();
    m_undoStack->clear();
    m_items = m_store->items(m_board.id);
    m_dismissed = m_store->dismissed(m_board.id);
    m_ruleCache.reset();
    emit reloaded();
    emit suggestionsChanged();
    emit changedElsewhere(m_conflictMessage);
}

} // namespace busola
