#pragma once

#include <QRectF>

class QPainter;

namespace busola {

class SwotDocument;

/// Paints the board (title, period, the four quadrants with their items, importance and the
/// linked KPIs' live values and status colours) into `rect`, in the painter's units, with
/// text as text: the report paints it onto a PDF or printer page, the editor onto an image.
/// Items that do not fit are counted ("+3 more"), never cut silently.
void renderSwotBoard(QPainter &painter, const QRectF &rect, const SwotDocument &document);

} // namespace busola
