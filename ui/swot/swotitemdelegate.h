#pragma once

#include <QStyledItemDelegate>

namespace busola {

/// Paints a SWOT item as a card (wrapped text, importance marks, the linked KPI's live value
/// with its status colour, owner and due date) and edits its text in place, multi-line:
/// Enter makes a new line, Ctrl+Enter or leaving the editor commits, Escape cancels.
class SwotItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    QString metaLine(const QModelIndex &index) const;
};

/// "●●○": importance 1–3 as filled and hollow dots.
QString importanceMarks(int importance);

} // namespace busola
