#pragma once

#include "competitor.h"

#include <QObject>

#include <memory>

class QUndoStack;

namespace busola {

class CompetitorStore;
class Store;

/// The competitor table being edited. Every change is one command on the document's undo
/// stack, written to the store by its redo and undo; rows are addressed by id.
class CompetitorDocument final : public QObject
{
    Q_OBJECT

public:
    explicit CompetitorDocument(Store &store, QObject *parent = nullptr);
    ~CompetitorDocument() override;

    QUndoStack *undoStack() const { return m_undoStack; }
    /// Reads the table again (the store changed under it: demo company, another store); the
    /// undo history starts afresh.
    void reload();
    const QList<Competitor> &competitors() const { return m_competitors; }
    int rowOf(qint64 competitorId) const;
    /// The competitor with this id (a default one when there is none).
    Competitor record(qint64 competitorId) const;

    // Editing: each call is one undo step; a call that changes nothing pushes nothing.
    /// Adds a competitor at `row` (-1: at the end); returns its id.
    qint64 addCompetitor(int row, const Competitor &competitor);
    void removeCompetitors(const QList<qint64> &ids);
    void setName(qint64 id, const QString &name);
    void setPricePosition(qint64 id, PricePosition position);
    void setDiscount(qint64 id, std::optional<double> pct);
    void setChannels(qint64 id, const QString &channels);
    void setResponseTime(qint64 id, std::optional<double> hours);
    void setSatisfaction(qint64 id, std::optional<double> score);
    void setNotes(qint64 id, const QString &notes);

    // Primitives for the undo commands only.
    void insertAt(int row, Competitor &competitor);
    Competitor takeAt(int row);
    void updateRecord(const Competitor &competitor, int field);

signals:
    void aboutToReset();
    void reset();
    void aboutToBeInserted(int row);
    void inserted(int row);
    void aboutToBeRemoved(int row);
    void removed(int row);
    void changed(int row);
    /// A write to the store failed; the table in memory still holds the change.
    void storeError(const QString &message);

private:
    template <typename Value>
    void changeValue(qint64 id, CompetitorField field, Value Competitor::*member, Value value,
                     const QString &text);
    void writeOrder();

    std::unique_ptr<CompetitorStore> m_store;
    QList<Competitor> m_competitors;
    QUndoStack *m_undoStack;
};

} // namespace busola
