#include "swotquadrantview.h"

#include "swot/swotquadrantmodel.h"
#include "swotitemdelegate.h"

#include <QKeyEvent>

#include <algorithm>

namespace busola {

SwotQuadrantView::SwotQuadrantView(QWidget *parent)
    : QListView(parent)
{
    setItemDelegate(new SwotItemDelegate(this));
    setSelectionMode(ExtendedSelection);
    setDragDropMode(DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setEditTriggers(DoubleClicked | EditKeyPressed);
    setVerticalScrollMode(ScrollPerPixel);
    setUniformItemSizes(false);
    setWordWrap(true);
    setSpacing(3);
}

SwotQuadrantModel *SwotQuadrantView::quadrantModel() const
{
    return qobject_cast<SwotQuadrantModel *>(model());
}

Quadrant SwotQuadrantView::quadrant() const
{
    return quadrantModel() ? quadrantModel()->quadrant() : Quadrant::Strengths;
}

QList<qint64> SwotQuadrantView::selectedItemIds() const
{
    // The list shows column 0 only, so a selected item is a selected column-0 index.
    QList<int> rows;
    const QModelIndexList selected =
        selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList();
    for (const QModelIndex &index : selected) {
        if (index.column() == 0 && !rows.contains(index.row()))
            rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int row : qAsConst(rows))
        ids.append(quadrantModel()->itemId(quadrantModel()->index(row, 0)));
    if (ids.isEmpty() && currentIndex().isValid())
        ids.append(currentItemId());
    return ids;
}

qint64 SwotQuadrantView::currentItemId() const
{
    return quadrantModel() ? quadrantModel()->itemId(currentIndex()) : 0;
}

void SwotQuadrantView::selectItems(const QList<qint64> &itemIds)
{
    if (!quadrantModel())
        return;
    QItemSelection selection;
    QModelIndex first;
    for (qint64 id : itemIds) {
        const QModelIndex index = quadrantModel()->indexOfItem(id);
        if (!index.isValid())
            continue;
        selection.select(index, index);
        if (!first.isValid())
            first = index;
    }
    if (!first.isValid())
        return;
    selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    scrollTo(first);
}

void SwotQuadrantView::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() == Qt::ControlModifier ||
                      event->modifiers() == (Qt::ControlModifier | Qt::KeypadModifier);
    const int key = event->key();
    if (state() != EditingState && event->modifiers() == Qt::NoModifier) {
        if (key == Qt::Key_Insert) {
            emit addRequested(currentIndex().isValid() ? currentIndex().row() + 1 : -1);
            return;
        }
        if (key == Qt::Key_Delete && !selectedItemIds().isEmpty()) {
            emit removeRequested(selectedItemIds());
            return;
        }
    }
    if (ctrl && (key == Qt::Key_Up || key == Qt::Key_Down)) {
        if (currentItemId() != 0)
            emit reorderRequested(currentItemId(), key == Qt::Key_Up ? -1 : 1);
        return;
    }
    if (ctrl && key >= Qt::Key_1 && key <= Qt::Key_4) {
        if (!selectedItemIds().isEmpty())
            emit moveRequested(selectedItemIds(), Quadrant(key - Qt::Key_1));
        return;
    }
    QListView::keyPressEvent(event);
}

void SwotQuadrantView::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    // Card heights depend on the width (wrapped text).
    scheduleDelayedItemsLayout();
}

void SwotQuadrantView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QListView::currentChanged(current, previous);
    emit currentItemChanged(quadrantModel() ? quadrantModel()->itemId(current) : 0);
}

} // namespace busola
