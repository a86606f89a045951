#pragma once

#include "kpistatussource.h"
#include "swotsuggestions.h"
#include "swottypes.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <array>
#include <memory>
#include <optional>

class QUndoStack;

namespace busola {

class Store;
class SwotStore;
class Transaction;

/// One SWOT board being edited: its items per quadrant, its undo stack and its suggestions.
///
/// Views never change items directly: the editing functions push one command each onto the
/// board's QUndoStack, and every command's redo and undo write through to the store at once,
/// so closing and reopening restores the board exactly. Items are addressed by id.
///
/// Two people may edit one board of a team store. Every item carries the revision it was read
/// at, and a save from a stale copy is refused by the store (SwotWrite::ChangedElsewhere):
/// the command's writes are rolled back, and right after the command the document reloads the
/// board from the store (their version), forgets its undo history (its steps describe a board
/// that is gone) and emits changedElsewhere() for the page to say so. Nothing is overwritten
/// silently.
class SwotDocument final : public QObject
{
    Q_OBJECT

public:
    /// Loads board `boardId` from the store; null (and *error set) when it cannot be read.
    static std::unique_ptr<SwotDocument> load(Store &store, qint64 boardId,
                                              QString *error = nullptr);
    ~SwotDocument() override;

    const SwotBoard &board() const { return m_board; }
    /// Follows a rename done through the store (SwotBoardModel::renameBoard), keeping the
    /// board's undo history; a board's name is not an undo step.
    void setBoardName(const QString &name) { m_board.name = name; }
    /// The board's period and team, as the KPIs are asked about them.
    KpiScope period() const { return {m_board.periodFrom, m_board.periodTo, m_board.team}; }
    QUndoStack *undoStack() const { return m_undoStack; }

    const QList<SwotItem> &items(Quadrant quadrant) const;
    struct Location
    {
        Quadrant quadrant;
        int row;
    };
    std::optional<Location> locate(qint64 itemId) const;
    /// The item with this id (a default item when there is none).
    SwotItem record(qint64 itemId) const;

    // Editing: each call is one undo step; a call that changes nothing pushes nothing.
    /// Adds `item` (its id is ignored) at `row` of `quadrant` (-1: at the end); returns its id.
    qint64 addItem(Quadrant quadrant, int row, const SwotItem &item);
    void setText(qint64 itemId, const QString &text);
    void setImportance(qint64 itemId, int importance);
    void setKpiId(qint64 itemId, const QString &kpiId);
    void setOwner(qint64 itemId, const QString &owner);
    void setAction(qint64 itemId, const QString &action);
    void setDueDate(qint64 itemId, const QDate &dueDate);
    /// Moves the items (kept in their board order) to `quadrant`, inserted before the item now
    /// at `row` there (-1: at the end), as a drop between rows does.
    void moveItems(const QList<qint64> &itemIds, Quadrant quadrant, int row);
    /// Moves one item up (delta < 0) or down within its quadrant.
    void moveItemBy(qint64 itemId, int delta);
    void removeItems(const QList<qint64> &itemIds);

    // KPI links and suggestions.
    /// The engine the items' live status and the suggestions come from; not owned, may be null.
    void setKpiSource(const KpiStatusSource *source);
    const KpiStatusSource *kpiSource() const { return m_kpiSource; }
    /// The linked KPI's value and status for the board's period (cached until refreshKpis()).
    std::optional<KpiSnapshot> kpiStatus(const QString &kpiId) const;
    /// Forgets cached KPI values (after an import, or a target change).
    void refreshKpis();
    /// Suggestions not dismissed and not yet accepted (no item of their quadrant links the KPI).
    QList<SwotSuggestion> suggestions() const;
    QSet<QString> dismissedKeys() const { return m_dismissed; }
    /// Adds the suggested item, linked to its KPI, as one undo step; returns its id.
    qint64 acceptSuggestion(const SwotSuggestion &suggestion);
    /// Remembers the dismissal in the store, as one undo step.
    void dismissSuggestion(const QString &key);

    // Primitives for the undo commands only: they change the board, write it and notify.
    void insertItemAt(Quadrant quadrant, int row, SwotItem &item, bool persist);
    SwotItem takeItemAt(Quadrant quadrant, int row, bool persist);
    void updateRecord(const SwotItem &item, int field);
    void writeOrder(Quadrant quadrant);
    void setDismissed(const QString &key, bool dismissed);
    /// Starts the transaction one command's writes share.
    std::unique_ptr<Transaction> beginWrite();
    void endWrite(std::unique_ptr<Transaction> transaction);

signals:
    void itemAboutToBeInserted(int quadrant, int row);
    void itemInserted(int quadrant, int row);
    void itemAboutToBeRemoved(int quadrant, int row);
    void itemRemoved(int quadrant, int row);
    void itemChanged(int quadrant, int row);
    void suggestionsChanged();
    void kpisChanged();
    /// A write to the store failed; the board in memory still holds the change.
    void storeError(const QString &message);
    /// The board is about to be replaced by the store's version, then was (models reset).
    void aboutToReload();
    void reloaded();
    /// A change was refused because someone else changed or deleted the item meanwhile; the
    /// board has just been reloaded with their version.
    void changedElsewhere(const QString &message);

private:
    SwotDocument(std::unique_ptr<SwotStore> store, SwotBoard board);
    template <typename Value>
    void changeValue(qint64 itemId, SwotField field, Value SwotItem::*member, Value value,
                     const QString &text);
    void reportStoreError();
    /// Records the outcome of a write of this command; ChangedElsewhere schedules the reload.
    void noteWrite(SwotWrite result);
    void reloadAfterConflict();

    std::unique_ptr<SwotStore> m_store;
    SwotBoard m_board;
    std::array<QList<SwotItem>, QuadrantCount> m_items;
    QSet<QString> m_dismissed;
    QUndoStack *m_undoStack;
    const KpiStatusSource *m_kpiSource = nullptr;
    mutable QHash<QString, std::optional<KpiSnapshot>> m_kpiCache;
    mutable std::optional<QList<SwotSuggestion>> m_ruleCache;
    bool m_conflict = false; ///< a write of the running command was refused
    QString m_conflictMessage;
    bool m_reloadPending = false;
};

} // namespace busola
