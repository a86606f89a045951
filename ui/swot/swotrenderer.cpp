#include "swotrenderer.h"

#include "swot/swotboardmodel.h"
#include "swot/swotdocument.h"
#include "swotitemdelegate.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>

namespace busola {

namespace {

/// The translation context of this file's texts (lupdate reads it from the macro).
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(busola::SwotRenderer)
};

const QColor QuadrantColours[QuadrantCount] = {QColor(0x2e, 0x7d, 0x32), QColor(0xc6, 0x28, 0x28),
                                               QColor(0x15, 0x65, 0xc0), QColor(0xef, 0x6c, 0x00)};

/// One item: importance marks, text, then the KPI line. Returns the height used, or -1 when
/// it does not fit above `bottom`.
qreal paintItem(QPainter &painter, const SwotItem &item, const SwotDocument &document,
                const QRectF &area, qreal bottom)
{
    const QFontMetricsF fm(painter.font());
    const qreal marksWidth = fm.horizontalAdvance(importanceMarks(3)) + fm.height() * 0.4;
    const QRectF textArea(area.left() + marksWidth, area.top(), area.width() - marksWidth, 1e6);
    const QRectF textBox = fm.boundingRect(textArea, Qt::TextWordWrap, item.text);
    QString kpiLine;
    QColor kpiColour;
    if (!item.kpiId.isEmpty()) {
        const auto kpi = document.kpiStatus(item.kpiId);
        kpiColour = kpiStateColor(kpi ? kpi->status : KpiState::NoData);
        kpiLine =
            kpi ? kpi->name + QStringLiteral(": ") +
                      (kpi->value ? formatKpiValue(*kpi->value, kpi->unit) : QStringLiteral("—"))
                : item.kpiId;
    }
    QStringList meta;
    if (!item.owner.isEmpty())
        meta << item.owner;
    if (!item.action.isEmpty())
        meta << Texts::tr("action: %1").arg(item.action);
    if (item.dueDate.isValid())
        meta << Texts::tr("due %1").arg(QLocale().toString(item.dueDate, QLocale::ShortFormat));
    const QString metaLine = meta.join(QStringLiteral(" · "));
    const qreal height = textBox.height() + (kpiLine.isEmpty() ? 0 : fm.height()) +
                         (metaLine.isEmpty() ? 0 : fm.height());
    if (area.top() + height > bottom)
        return -1;
    painter.setPen(QColor(0x55, 0x55, 0x55));
    painter.drawText(QRectF(area.left(), area.top(), marksWidth, fm.height()),
                     Qt::AlignLeft | Qt::AlignTop, importanceMarks(item.importance));
    painter.setPen(Qt::black);
    painter.drawText(textArea, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, item.text);
    if (!kpiLine.isEmpty()) {
        const qreal y = area.top() + textBox.height();
        const qreal d = fm.height() * 0.5;
        painter.setPen(Qt::NoPen);
        painter.setBrush(kpiColour);
        painter.drawEllipse(QRectF(textArea.left(), y + (fm.height() - d) / 2, d, d));
        painter.setPen(QColor(0x33, 0x33, 0x33));
        const QRectF line(textArea.left() + d * 1.6, y, textArea.width() - d * 1.6, fm.height());
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(kpiLine, Qt::ElideRight, line.width()));
    }
    if (!metaLine.isEmpty()) {
        const QRectF line(textArea.left(), area.top() + height - fm.height(), textArea.width(),
                          fm.height());
        painter.setPen(QColor(0x66, 0x66, 0x66));
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(metaLine, Qt::ElideRight, line.width()));
    }
    return height;
}

void paintQuadrant(QPainter &painter, const QRectF &box, Quadrant quadrant,
                   const SwotDocument &document)
{
    const QColor colour = QuadrantColours[int(quadrant)];
    const QFontMetricsF fm(painter.font());
    const qreal pad = fm.height() * 0.5;
    const QRectF header(box.left(), box.top(), box.width(), fm.height() * 1.6);
    painter.fillRect(header, colour);
    QFont bold = painter.font();
    bold.setBold(true);
    painter.save();
    painter.setFont(bold);
    painter.setPen(Qt::white);
    painter.drawText(header.adjusted(pad, 0, -pad, 0), Qt::AlignLeft | Qt::AlignVCenter,
                     quadrantTitle(quadrant));
    painter.restore();
    painter.setPen(QPen(colour, 0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(box);

    const QList<SwotItem> &items = document.items(quadrant);
    const qreal bottom = box.bottom() - pad - fm.height();
    qreal y = header.bottom() + pad;
    int shown = 0;
    for (const SwotItem &item : items) {
        const QRectF area(box.left() + pad, y, box.width() - 2 * pad, box.bottom() - y);
        const qreal used = paintItem(painter, item, document, area,
                                     shown + 1 == items.size() ? box.bottom() - pad : bottom);
        if (used < 0)
            break;
        y += used + pad * 0.8;
        ++shown;
    }
    painter.setPen(QColor(0x77, 0x77, 0x77));
    if (items.isEmpty())
        painter.drawText(QRectF(box.left() + pad, y, box.width() - 2 * pad, fm.height()),
                         Qt::AlignLeft, Texts::tr("(no items)"));
    else if (shown < items.size())
        painter.drawText(QRectF(box.left() + pad, bottom, box.width() - 2 * pad, fm.height()),
                         Qt::AlignRight, Texts::tr("+%1 more").arg(items.size() - shown));
}

} // namespace

void renderSwotBoard(QPainter &painter, const QRectF &rect, const SwotDocument &document)
{
    painter.save();
    const QFontMetricsF fm(painter.font());
    QFont titleFont = painter.font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    painter.setFont(titleFont);
    painter.setPen(Qt::black);
    const QFontMetricsF titleMetrics(titleFont);
    const SwotBoard &board = document.board();
    QString title = board.name;
    const QString period = SwotBoardModel::periodText(board);
    if (!period.isEmpty())
        title += QStringLiteral(" — ") + period;
    if (!board.team.isEmpty())
        title += QStringLiteral(" · ") + board.team;
    const QRectF titleRect(rect.left(), rect.top(), rect.width(), titleMetrics.height() * 1.4);
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                     titleMetrics.elidedText(title, Qt::ElideRight, rect.width()));
    painter.restore();

    painter.save();
    const qreal gap = fm.height() * 0.6;
    const QRectF grid(rect.left(), titleRect.bottom() + gap * 0.5, rect.width(),
                      rect.bottom() - titleRect.bottom() - gap * 0.5);
    const qreal w = (grid.width() - gap) / 2;
    const qreal h = (grid.height() - gap) / 2;
    for (int q = 0; q < QuadrantCount; ++q) {
        const QRectF box(grid.left() + (q % 2) * (w + gap), grid.top() + (q / 2) * (h + gap), w, h);
        paintQuadrant(painter, box, Quadrant(q), document);
    }
    painter.restore();
}

} // namespace busola
