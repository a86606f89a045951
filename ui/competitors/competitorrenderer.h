#pragma once

#include "competitors/benchmarks.h"

#include <QRectF>

class QPainter;

namespace busola {

class CompetitorDocument;

/// Paints the competitor table and, under it, our response time and satisfaction against
/// theirs as horizontal bars, into `rect` in the painter's units, with text as text (for the
/// report's PDF or printer page). Unknown values read "—", never 0. Rows that do not fit are
/// counted ("+2 more").
void renderCompetitors(QPainter &painter, const QRectF &rect, const CompetitorDocument &document,
                       const OurBenchmarks &ours = {});

} // namespace busola
