#pragma once

#include "report/reportdata.h"

#include <QString>
#include <QVector>

namespace busola {

class ReportCanvas;

struct ReportTableColumn
{
    QString title;
    double weight = 1; ///< share of the table's width
    Qt::Alignment align = Qt::AlignLeft;
};

struct ReportTableCell
{
    QString text;
    QString detail; ///< a second, smaller line in grey
    bool bold = false;
    bool dot = false; ///< a status dot before the text
    ReportStatus status = ReportStatus::None;
    const QVector<ReportPoint> *sparkline = nullptr; ///< drawn instead of text
};

using ReportTableRow = QVector<ReportTableCell>;

/// Draws a table at the canvas cursor. A table that runs past the page continues on the next
/// one with its header row repeated; a row is never split.
void drawReportTable(ReportCanvas &canvas, const QVector<ReportTableColumn> &columns,
                     const QVector<ReportTableRow> &rows, double fontPoints = 8.5);

/// A small line of the 12 months into rect: gaps for months without data, the last point marked.
void drawSparkline(ReportCanvas &canvas, const QRectF &rect, const QVector<ReportPoint> &series);

} // namespace busola
