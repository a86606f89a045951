#pragma once

#include <QColor>
#include <QPalette>

class QChart;
class QValueAxis;

namespace busola {

/// Colours and fonts shared by the dashboard's charts, taken from the widget palette so the
/// charts follow the light and the dark theme instead of Qt Charts' fixed themes.
namespace ChartStyle {

bool isDark(const QPalette &palette);
QColor mix(const QColor &a, const QColor &b, double share);
/// The actual series (history, bars).
QColor seriesColor(const QPalette &palette);
/// The forecast line; the band is the same colour, mostly transparent.
QColor forecastColor(const QPalette &palette);
QColor gridColor(const QPalette &palette);
QColor mutedTextColor(const QPalette &palette);

/// Round ticks from 0 to top, a GaugeScale::niceCeiling() value: 1, 2, 2.5 or 5 × 10^k.
double tickInterval(double top);
/// Dynamic ticks every tickInterval(maximum) from 0, and a label format with the decimals they
/// need.
void setNiceRange(QValueAxis *axis, double minimum, double maximum);

/// Background, plot area, title, legend and every axis of chart in the palette's colours.
void apply(QChart *chart, const QPalette &palette);

} // namespace ChartStyle

} // namespace busola
