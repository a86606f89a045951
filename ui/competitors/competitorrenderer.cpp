#include "competitorrenderer.h"

#include "competitors/competitordocument.h"
#include "competitors/competitormodel.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>

namespace busola {

namespace {

/// The translation context of this file's texts (lupdate reads it from the macro).
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(busola::CompetitorRenderer)
};

const qreal ColumnShares[CompetitorModel::ColumnCount] = {0.16, 0.09, 0.1, 0.17, 0.11, 0.1, 0.27};

/// The table: a header row from the model's captions, then one row per competitor (the
/// model's display text, so the report reads like the screen). Returns the bottom.
qreal paintTable(QPainter &painter, const QRectF &rect, const CompetitorModel &model)
{
    const QFontMetricsF fm(painter.font());
    const qreal rowHeight = fm.height() * 1.5;
    const qreal pad = fm.height() * 0.3;
    QFont bold = painter.font();
    bold.setBold(true);
    qreal y = rect.top();
    const int rows = model.rowCount();
    const int fitting = int((rect.height() - rowHeight) / rowHeight);
    for (int row = -1; row < rows && row < fitting; ++row) {
        qreal x = rect.left();
        painter.save();
        if (row < 0) {
            painter.fillRect(QRectF(rect.left(), y, rect.width(), rowHeight),
                             QColor(0xec, 0xef, 0xf1));
            painter.setFont(bold);
        }
        for (int column = 0; column < CompetitorModel::ColumnCount; ++column) {
            const qreal w = rect.width() * ColumnShares[column];
            const QString text = row < 0 ? model.headerData(column, Qt::Horizontal).toString()
                                         : model.index(row, column).data().toString();
            const QString shown = text.isEmpty() && row >= 0 ? QStringLiteral("—") : text;
            const QFontMetricsF cellMetrics(painter.font());
            painter.drawText(
                QRectF(x + pad, y, w - 2 * pad, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                cellMetrics.elidedText(shown.simplified(), Qt::ElideRight, w - 2 * pad));
            x += w;
        }
        painter.restore();
        y += rowHeight;
        painter.setPen(QColor(0xcf, 0xd8, 0xdc));
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
        painter.setPen(Qt::black);
    }
    if (rows > fitting && fitting >= 0)
        painter.drawText(QRectF(rect.left(), y, rect.width(), rowHeight), Qt::AlignRight,
                         Texts::tr("+%1 more").arg(rows - fitting));
    return y;
}

struct Bar
{
    QString name;
    std::optional<double> value;
    bool ours;
};

void paintBars(QPainter &painter, const QRectF &rect, const QString &title, const QList<Bar> &bars,
               double scale, int decimals)
{
    const QFontMetricsF fm(painter.font());
    const qreal line = fm.height() * 1.3;
    QFont bold = painter.font();
    bold.setBold(true);
    painter.save();
    painter.setFont(bold);
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), line), Qt::AlignLeft, title);
    painter.restore();
    const qreal labelWidth = rect.width() * 0.3;
    const qreal barArea =
        rect.width() - labelWidth - fm.horizontalAdvance(QStringLiteral("0000,0"));
    qreal y = rect.top() + line;
    for (const Bar &bar : bars) {
        if (y + line > rect.bottom())
            break;
        painter.setPen(Qt::black);
        painter.drawText(QRectF(rect.left(), y, labelWidth - 4, line),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(bar.name, Qt::ElideRight, labelWidth - 4));
        qreal w = 0;
        if (bar.value && scale > 0)
            w = barArea * qMin(1.0, *bar.value / scale);
        painter.fillRect(QRectF(rect.left() + labelWidth, y + line * 0.15, w, line * 0.7),
                         bar.ours ? QColor(0x15, 0x65, 0xc0) : QColor(0x90, 0xa4, 0xae));
        const QString text =
            bar.value ? QLocale().toString(*bar.value, 'f', decimals) : QStringLiteral("—");
        painter.drawText(QRectF(rect.left() + labelWidth + w + 4, y, rect.width(), line),
                         Qt::AlignLeft | Qt::AlignVCenter, text);
        y += line;
    }
}

} // namespace

void renderCompetitors(QPainter &painter, const QRectF &rect, const CompetitorDocument &document,
                       const OurBenchmarks &ours)
{
    painter.save();
    CompetitorModel model(const_cast<CompetitorDocument *>(&document));
    const qreal tableBottom = paintTable(
        painter, QRectF(rect.left(), rect.top(), rect.width(), rect.height() * 0.55), model);
    const qreal gap = QFontMetricsF(painter.font()).height();
    QList<Bar> response{{Texts::tr("Us"), ours.responseTimeHours, true}};
    QList<Bar> satisfaction{{Texts::tr("Us"), ours.satisfaction, true}};
    double maxHours = ours.responseTimeHours.value_or(0.0);
    for (const Competitor &c : document.competitors()) {
        response.append({c.name, c.responseTimeHours, false});
        satisfaction.append({c.name, c.satisfaction, false});
        maxHours = qMax(maxHours, c.responseTimeHours.value_or(0.0));
    }
    const qreal top = tableBottom + gap;
    const qreal half = (rect.width() - gap) / 2;
    paintBars(painter, QRectF(rect.left(), top, half, rect.bottom() - top),
              Texts::tr("Response time, hours (lower is better)"), response, maxHours, 0);
    paintBars(painter, QRectF(rect.left() + half + gap, top, half, rect.bottom() - top),
              Texts::tr("Satisfaction, 1–5 (higher is better)"), satisfaction, 5.0, 1);
    painter.restore();
}

} // namespace busola
