#include "chartstyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QValueAxis>

#include <cmath>

namespace busola::ChartStyle {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor mix(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(a.redF() * (1 - share) + b.redF() * share,
                            a.greenF() * (1 - share) + b.greenF() * share,
                            a.blueF() * (1 - share) + b.blueF() * share);
}

QColor seriesColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
}

QColor forecastColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xce, 0x93, 0xd8) : QColor(0x7b, 0x1f, 0xa2);
}

QColor gridColor(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text),
               isDark(palette) ? 0.2 : 0.12);
}

QColor mutedTextColor(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.65);
}

double tickInterval(double top)
{
    if (!(top > 0))
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(top) + 1e-12));
    const double mantissa = top / magnitude;
    if (mantissa <= 1.0 + 1e-9)
        return 0.2 * magnitude;
    if (mantissa <= 2.5 + 1e-9)
        return 0.5 * magnitude;
    return magnitude;
}

void setNiceRange(QValueAxis *axis, double minimum, double maximum)
{
    // The interval first: a range set while the old interval is tiny (or 0, the default) would
    // make the axis lay out millions of ticks, or loop for ever.
    const double step = tickInterval(maximum - std::min(minimum, 0.0));
    axis->setTickInterval(step);
    axis->setTickAnchor(0.0);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setRange(minimum, maximum);
    const int decimals = step >= 1 ? 0 : int(std::ceil(-std::log10(step) - 1e-9));
    axis->setLabelFormat(QStringLiteral("%.") + QString::number(decimals) + QStringLiteral("f"));
}

void apply(QChart *chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(gridColor(palette));
        axis->setGridLineColor(gridColor(palette));
        axis->setShadesVisible(false);
    }
}

} // namespace busola::ChartStyle
