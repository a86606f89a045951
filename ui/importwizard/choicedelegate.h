#pragma once

#include <QPair>
#include <QStyledItemDelegate>
#include <QVector>

#include <functional>

namespace busola {

/// Edits a cell with a combo box of choices (label, value); the value goes to Qt::EditRole.
class ChoiceDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using Choices = QVector<QPair<QString, QVariant>>;
    using ChoicesOf = std::function<Choices(const QModelIndex &)>;

    explicit ChoiceDelegate(ChoicesOf choices, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    ChoicesOf m_choices;
};

} // namespace busola
