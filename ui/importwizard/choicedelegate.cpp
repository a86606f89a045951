#include "choicedelegate.h"

#include <QComboBox>

namespace busola {

ChoiceDelegate::ChoiceDelegate(ChoicesOf choices, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_choices(std::move(choices))
{}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                      const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("choiceEditor"));
    for (const auto &choice : m_choices(index))
        combo->addItem(choice.first, choice.second);
    // A choice made commits at once, so keyboard users need no extra key press.
    connect(combo, &QComboBox::activated, this,
            [this, combo] { emit const_cast<ChoiceDelegate *>(this)->commitData(combo); });
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const int at = combo->findData(index.data(Qt::EditRole));
    combo->setCurrentIndex(qMax(0, at));
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace busola
