#include "competitordelegate.h"

#include "competitors/competitor.h"
#include "competitors/competitormodel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QLocale>

namespace busola {

namespace {

bool isNumberColumn(int column)
{
    return column == CompetitorModel::Discount || column == CompetitorModel::ResponseTime ||
           column == CompetitorModel::Satisfaction;
}

} // namespace

QWidget *CompetitorDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    if (index.column() == CompetitorModel::Price) {
        auto *combo = new QComboBox(parent);
        combo->addItem(tr("unknown"), int(PricePosition::Unknown));
        for (PricePosition p :
             {PricePosition::Lower, PricePosition::Similar, PricePosition::Higher})
            combo->addItem(pricePositionText(p), int(p));
        return combo;
    }
    if (isNumberColumn(index.column()))
        return new QLineEdit(parent);
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void CompetitorDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor);
        combo && index.column() == CompetitorModel::Price) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
        return;
    }
    if (isNumberColumn(index.column())) {
        const QVariant value = index.data(Qt::EditRole);
        static_cast<QLineEdit *>(editor)->setText(
            value.isValid() ? QLocale().toString(value.toDouble(), 'g', 6) : QString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void CompetitorDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor);
        combo && index.column() == CompetitorModel::Price) {
        model->setData(index, combo->currentData());
        return;
    }
    if (isNumberColumn(index.column())) {
        model->setData(index, static_cast<QLineEdit *>(editor)->text());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace busola
