#pragma once

#include <QStyledItemDelegate>

namespace busola {

/// Editors of the competitor table: a list for the price position, a plain line for numbers
/// (typed in the UI locale, empty clears them), the default elsewhere.
class CompetitorDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace busola
