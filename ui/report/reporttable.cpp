#include "reporttable.h"

#include "reportcanvas.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace busola {

namespace {

struct TableGeometry
{
    QVector<double> x;     ///< left edge of each column
    QVector<double> width; ///< inner width of each column
    double padding = 0;
};

TableGeometry geometry(const ReportCanvas &canvas, const QVector<ReportTableColumn> &columns)
{
    TableGeometry g;
    g.padding = canvas.mm(1.2);
    double total = 0;
    for (const ReportTableColumn &c : columns)
        total += c.weight;
    double x = canvas.left();
    for (const ReportTableColumn &c : columns) {
        const double w = canvas.width() * c.weight / total;
        g.x << x;
        g.width << w;
        x += w;
    }
    return g;
}

double rowHeight(const ReportCanvas &canvas, const TableGeometry &g, const ReportTableRow &row,
                 const QFont &font, const QFont &bold, const QFont &small)
{
    double h = canvas.lineHeight(font);
    for (int i = 0; i < row.size() && i < g.width.size(); ++i) {
        const ReportTableCell &cell = row.at(i);
        double inner = g.width.at(i) - 2 * g.padding;
        if (cell.dot)
            inner -= canvas.mm(3);
        double cellH = canvas.textHeight(cell.bold ? bold : font, inner, cell.text);
        if (!cell.detail.isEmpty())
            cellH += canvas.textHeight(small, inner, cell.detail);
        h = std::max(h, cellH);
    }
    return h + 2 * g.padding;
}

void drawHeaderRow(ReportCanvas &canvas, const TableGeometry &g,
                   const QVector<ReportTableColumn> &columns, const QFont &font)
{
    double h = canvas.lineHeight(font);
    for (int i = 0; i < columns.size(); ++i)
        h = std::max(h,
                     canvas.textHeight(font, g.width.at(i) - 2 * g.padding, columns.at(i).title));
    h += 2 * g.padding;
    const double y = canvas.y();
    if (QPainter *p = canvas.painter()) {
        p->fillRect(QRectF(canvas.left(), y, canvas.width(), h), ReportColors::accent());
    }
    for (int i = 0; i < columns.size(); ++i) {
        const QRectF cell(g.x.at(i) + g.padding, y + g.padding, g.width.at(i) - 2 * g.padding,
                          h - 2 * g.padding);
        canvas.drawText(cell, int(columns.at(i).align) | Qt::AlignVCenter | Qt::TextWordWrap,
                        columns.at(i).title, font, Qt::white);
    }
    canvas.advance(h);
}

void drawCell(ReportCanvas &canvas, const QRectF &rect, const ReportTableCell &cell,
              Qt::Alignment align, const QFont &font, const QFont &bold, const QFont &small)
{
    if (cell.sparkline) {
        drawSparkline(canvas, rect.adjusted(0, canvas.mm(0.5), 0, -canvas.mm(0.5)),
                      *cell.sparkline);
        return;
    }
    QRectF textRect = rect;
    const QFont &f = cell.bold ? bold : font;
    if (cell.dot) {
        // The dot sits just before the text, wherever the column aligns it.
        const double r = canvas.mm(1.1);
        const double lineH = canvas.lineHeight(font);
        textRect.setLeft(rect.left() + canvas.mm(3));
        const double textW = std::min(canvas.textWidth(f, cell.text), textRect.width());
        const double x = align & Qt::AlignRight ? rect.right() - textW - canvas.mm(3) : rect.left();
        canvas.statusDot(QPointF(x + r, rect.top() + lineH / 2), r, cell.status);
    }
    const int flags = int(align) | Qt::AlignTop | Qt::TextWordWrap;
    canvas.drawText(textRect, flags, cell.text, f);
    if (!cell.detail.isEmpty()) {
        const double used = canvas.textHeight(f, textRect.width(), cell.text);
        canvas.drawText(textRect.adjusted(0, used, 0, 0), flags, cell.detail, small,
                        ReportColors::muted());
    }
}

} // namespace

void drawReportTable(ReportCanvas &canvas, const QVector<ReportTableColumn> &columns,
                     const QVector<ReportTableRow> &rows, double fontPoints)
{
    const TableGeometry g = geometry(canvas, columns);
    const QFont font = canvas.font(fontPoints);
    const QFont bold = canvas.font(fontPoints, true);
    const QFont headerFont = canvas.font(fontPoints, true);
    const QFont small = canvas.font(fontPoints - 1.5);
    const double headerH = canvas.lineHeight(headerFont) * 2 + 2 * g.padding;

    const double firstRow =
        rows.isEmpty() ? 0 : rowHeight(canvas, g, rows.first(), font, bold, small);
    canvas.ensureSpace(headerH + firstRow);
    drawHeaderRow(canvas, g, columns, headerFont);
    for (int r = 0; r < rows.size(); ++r) {
        const ReportTableRow &row = rows.at(r);
        const double h = rowHeight(canvas, g, row, font, bold, small);
        if (canvas.y() + h > canvas.body().bottom()) {
            canvas.newPage();
            drawHeaderRow(canvas, g, columns, headerFont);
        }
        const double y = canvas.y();
        if (QPainter *p = canvas.painter()) {
            if (r % 2 == 1)
                p->fillRect(QRectF(canvas.left(), y, canvas.width(), h), ReportColors::shade());
            p->setPen(QPen(ReportColors::rule(), canvas.pt(0.3)));
            p->drawLine(QPointF(canvas.left(), y + h),
                        QPointF(canvas.left() + canvas.width(), y + h));
        }
        for (int i = 0; i < row.size() && i < columns.size(); ++i) {
            const QRectF cell(g.x.at(i) + g.padding, y + g.padding, g.width.at(i) - 2 * g.padding,
                              h - 2 * g.padding);
            drawCell(canvas, cell, row.at(i), columns.at(i).align, font, bold, small);
        }
        canvas.advance(h);
    }
    canvas.advance(canvas.mm(3));
}

void drawSparkline(ReportCanvas &canvas, const QRectF &rect, const QVector<ReportPoint> &series)
{
    QPainter *p = canvas.painter();
    if (!p || series.isEmpty())
        return;
    double lo = 0;
    double hi = 0;
    bool any = false;
    for (const ReportPoint &pt : series) {
        if (!pt.value)
            continue;
        lo = any ? std::min(lo, *pt.value) : *pt.value;
        hi = any ? std::max(hi, *pt.value) : *pt.value;
        any = true;
    }
    if (!any)
        return;
    // A spread under 5 % of the level is drawn as that 5 %, centred: otherwise 98,1 % to
    // 98,4 % would swing from the bottom of the cell to its top.
    const double minSpan = 0.05 * std::max(std::abs(hi), std::abs(lo));
    if (hi - lo < minSpan) {
        const double centre = (hi + lo) / 2;
        lo = centre - minSpan / 2;
        hi = centre + minSpan / 2;
    }
    const double span = hi - lo > 0 ? hi - lo : 1;
    const double mid = hi - lo > 0 ? 0 : 0.5; // an all-zero series is drawn across the middle
    const double step = series.size() > 1 ? rect.width() / (series.size() - 1) : 0;
    QPainterPath path;
    bool drawing = false;
    QPointF last;
    for (int i = 0; i < series.size(); ++i) {
        const std::optional<double> v = series.at(i).value;
        if (!v) {
            drawing = false;
            continue;
        }
        const double share = mid > 0 ? mid : (*v - lo) / span;
        const QPointF point(rect.left() + i * step, rect.bottom() - share * rect.height());
        if (drawing)
            path.lineTo(point);
        else
            path.moveTo(point);
        drawing = true;
        last = point;
    }
    p->setBrush(Qt::NoBrush);
    p->setPen(
        QPen(ReportColors::series(), canvas.pt(0.9), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p->drawPath(path);
    p->setPen(Qt::NoPen);
    p->setBrush(ReportColors::series());
    p->drawEllipse(last, canvas.pt(1.4), canvas.pt(1.4));
    p->setBrush(Qt::NoBrush);
}

} // namespace busola
