#include "swotitemdelegate.h"

#include "swot/swotquadrantmodel.h"

#include <QApplication>
#include <QKeyEvent>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>

namespace busola {

namespace {

constexpr int Margin = 8;
constexpr int Gap = 4;

/// The card inside an item's rectangle, and the text inside the card: paint and sizeHint
/// must agree on both, or wrapped text spills out of its card.
QRect cardRect(const QRect &itemRect)
{
    return itemRect.adjusted(1, 1, -1, -1);
}

QRect textRect(const QRect &card)
{
    return card.adjusted(Margin + 4, Margin, -Margin, -Margin);
}

int itemWidth(const QStyleOptionViewItem &option)
{
    if (const auto *view = qobject_cast<const QListView *>(option.widget))
        return view->viewport()->width() - 2 * view->spacing();
    return option.rect.width() > 0 ? option.rect.width() : 240;
}

} // namespace

QString importanceMarks(int importance)
{
    QString marks;
    for (int i = 1; i <= 3; ++i)
        marks += i <= importance ? QChar(0x25CF) : QChar(0x25CB);
    return marks;
}

QString SwotItemDelegate::metaLine(const QModelIndex &index) const
{
    QStringList parts;
    const QString owner = index.data(SwotQuadrantModel::OwnerRole).toString();
    if (!owner.isEmpty())
        parts << owner;
    const QDate due = index.data(SwotQuadrantModel::DueDateRole).toDate();
    if (due.isValid())
        parts << tr("due %1").arg(QLocale().toString(due, QLocale::ShortFormat));
    const QString action = index.data(SwotQuadrantModel::ActionRole).toString();
    if (!action.isEmpty())
        parts << tr("action: %1").arg(action);
    return parts.join(QStringLiteral(" · "));
}

QSize SwotItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = qMax(120, itemWidth(option));
    const QRect text = textRect(cardRect(QRect(0, 0, width, 10000)));
    const QFontMetrics fm(option.font);
    const QString body = index.data().toString();
    int height =
        fm.boundingRect(text, Qt::TextWordWrap, body.isEmpty() ? QStringLiteral(" ") : body)
            .height();
    height += Gap + fm.height(); // importance and KPI line
    if (!metaLine(index).isEmpty())
        height += fm.height();
    return QSize(width, height + 2 * Margin);
}

void SwotItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect card = cardRect(option.rect);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    QPainterPath path;
    path.addRoundedRect(QRectF(card), 5, 5);
    painter->fillPath(path, selected ? palette.highlight().color().lighter(175) : palette.base());
    painter->setPen(QPen(selected ? palette.highlight().color() : palette.mid().color(),
                         option.state & QStyle::State_HasFocus ? 2 : 1));
    painter->drawPath(path);

    const int importance = index.data(SwotQuadrantModel::ImportanceRole).toInt();
    // A stripe whose strength says how much the item matters.
    QColor stripe = palette.highlight().color();
    stripe.setAlphaF(0.25 + 0.25 * importance);
    painter->fillRect(QRect(card.left() + 1, card.top() + 4, 4, card.height() - 8), stripe);

    const QRect text = textRect(card);
    const QFontMetrics fm(option.font);
    painter->setFont(option.font);
    painter->setPen(palette.text().color());
    const QString body = index.data().toString();
    const QRect bodyRect = fm.boundingRect(text, Qt::TextWordWrap, body);
    painter->drawText(text, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, body);

    int y = text.top() + bodyRect.height() + Gap;
    QRect line(text.left(), y, text.width(), fm.height());
    painter->setPen(palette.color(QPalette::PlaceholderText));
    const QString marks = importanceMarks(importance);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, marks);
    int x = line.left() + fm.horizontalAdvance(marks) + 3 * Gap;
    const QString kpi = index.data(SwotQuadrantModel::KpiSummaryRole).toString();
    if (!kpi.isEmpty()) {
        const QColor colour = index.data(SwotQuadrantModel::KpiColorRole).value<QColor>();
        const int d = fm.height() / 2;
        painter->setBrush(colour);
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(QRect(x, line.center().y() - d / 2, d, d));
        painter->setPen(palette.text().color());
        const QRect kpiRect(x + d + Gap, line.top(), line.right() - x - d - Gap, line.height());
        painter->drawText(kpiRect, Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(kpi, Qt::ElideRight, kpiRect.width()));
    }
    const QString meta = metaLine(index);
    if (!meta.isEmpty()) {
        y += fm.height();
        painter->setPen(palette.color(QPalette::PlaceholderText));
        painter->drawText(QRect(text.left(), y, text.width(), fm.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(meta, Qt::ElideRight, text.width()));
    }
    painter->restore();
}

QWidget *SwotItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                        const QModelIndex &) const
{
    auto *editor = new QPlainTextEdit(parent);
    editor->setObjectName(QStringLiteral("swotItemEditor"));
    editor->setFrameShape(QFrame::Box);
    editor->setTabChangesFocus(true);
    editor->installEventFilter(const_cast<SwotItemDelegate *>(this));
    return editor;
}

void SwotItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *edit = static_cast<QPlainTextEdit *>(editor);
    edit->setPlainText(index.data(Qt::EditRole).toString());
    edit->selectAll();
}

void SwotItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    model->setData(index, static_cast<QPlainTextEdit *>(editor)->toPlainText().trimmed());
}

void SwotItemDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                            const QModelIndex &) const
{
    editor->setGeometry(option.rect.adjusted(0, 0, 0, qMax(0, 72 - option.rect.height())));
}

bool SwotItemDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<QPlainTextEdit *>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            emit commitData(editor);
            emit closeEditor(editor, QAbstractItemDelegate::NoHint);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace busola
