#pragma once

#include "swot/swottypes.h"

#include <QListView>

namespace busola {

class SwotQuadrantModel;

/// One quadrant of the editor: a list of item cards with multi-select, drag and drop (to
/// reorder, or to another quadrant) and the editor's keys. The view decides nothing itself:
/// it asks, through signals, and the page pushes the commands.
///
/// Keys: Insert adds an item after the current one, Delete deletes the selected items, F2
/// edits, Ctrl+Up / Ctrl+Down move the current item, Ctrl+1…4 move the selection to a quadrant.
class SwotQuadrantView final : public QListView
{
    Q_OBJECT

public:
    explicit SwotQuadrantView(QWidget *parent = nullptr);

    SwotQuadrantModel *quadrantModel() const;
    Quadrant quadrant() const;
    /// Ids of the selected items, in their order.
    QList<qint64> selectedItemIds() const;
    qint64 currentItemId() const;
    void selectItems(const QList<qint64> &itemIds);

signals:
    void addRequested(int row);
    void removeRequested(const QList<qint64> &itemIds);
    void moveRequested(const QList<qint64> &itemIds, busola::Quadrant quadrant);
    void reorderRequested(qint64 itemId, int delta);
    void currentItemChanged(qint64 itemId);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
};

} // namespace busola
