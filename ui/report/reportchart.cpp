#include "reportchart.h"

#include "reportcanvas.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace busola {

double reportTickStep(double span)
{
    if (!(span > 0))
        return 1;
    const double raw = span / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double m = raw / magnitude;
    const double nice = m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10;
    return nice * magnitude;
}

namespace {

QColor lighter(const QColor &c, double share)
{
    return QColor::fromRgbF(c.redF() + (1 - c.redF()) * share,
                            c.greenF() + (1 - c.greenF()) * share,
                            c.blueF() + (1 - c.blueF()) * share);
}

/// The value axis: from 0 (1 for scores) to a round value above everything drawn.
struct Axis
{
    double lo = 0;
    double hi = 1;
    double step = 0.2;
};

Axis valueAxis(const ReportKpi &kpi, const QVector<ReportPoint> &history, bool withForecast)
{
    Axis axis;
    axis.lo = kpi.unit == ReportUnit::Score ? 1 : 0;
    double top = axis.lo;
    double bottom = axis.lo;
    const auto take = [&](double v) {
        top = std::max(top, v);
        bottom = std::min(bottom, v);
    };
    for (const ReportPoint &p : history)
        if (p.value)
            take(*p.value);
    if (kpi.target)
        take(*kpi.target);
    if (withForecast)
        for (const ReportForecastPoint &f : kpi.forecast.points) {
            take(f.value);
            if (f.upper)
                take(*f.upper);
        }
    if (kpi.unit == ReportUnit::Score)
        top = std::min(std::max(top, axis.lo + 1), 5.0);
    if (kpi.unit == ReportUnit::Percent && top > 50)
        top = std::min(top, 100.0);
    if (bottom < axis.lo) // negative values (never for these KPIs, but never clip)
        axis.lo = bottom;
    if (top <= axis.lo) // all zeros: an axis 0 to 1, never 0 to 0
        top = axis.lo + 1;
    axis.step = reportTickStep(top - axis.lo);
    axis.hi = axis.lo + std::ceil((top - axis.lo) / axis.step - 1e-9) * axis.step;
    if (kpi.unit == ReportUnit::Count && axis.step < 1) {
        axis.step = 1;
        axis.hi = std::max(axis.hi, axis.lo + 1);
    }
    return axis;
}

QString tickLabel(const ReportCanvas &canvas, double value, double step, ReportUnit unit)
{
    int decimals = step >= 1 ? 0 : int(std::ceil(-std::log10(step) - 1e-9));
    if (unit == ReportUnit::Money && std::abs(value) >= 10000) {
        // 1.250.000 lei reads better on an axis as 1,25 mil. / 1.25 M.
        const bool millions = step >= 100000;
        const double shown = millions ? value / 1e6 : value / 1e3;
        const double shownStep = millions ? step / 1e6 : step / 1e3;
        decimals = shownStep >= 1 ? 0 : int(std::ceil(-std::log10(shownStep) - 1e-9));
        const QString suffix =
            millions ? canvas.text().translate("busola::Report", "M", "millions, axis")
                     : canvas.text().translate("busola::Report", "k", "thousands, axis");
        return canvas.text().number(shown, decimals) + QLatin1Char(' ') + suffix;
    }
    return canvas.text().number(value, decimals);
}

struct Plot
{
    QRectF area;
    Axis axis;
    int months = 0;
    double x(int i) const
    {
        return months > 1 ? area.left() + (i + 0.5) * area.width() / months : area.center().x();
    }
    double y(double v) const
    {
        return area.bottom() - (v - axis.lo) / (axis.hi - axis.lo) * area.height();
    }
};

void drawAxes(ReportCanvas &canvas, const Plot &plot, const ReportKpi &kpi,
              const QVector<int> &months)
{
    QPainter *p = canvas.painter();
    const QFont small = canvas.font(6.5);
    const double labelH = canvas.lineHeight(small);
    for (double v = plot.axis.lo; v <= plot.axis.hi + plot.axis.step * 1e-6; v += plot.axis.step) {
        const double y = plot.y(v);
        p->setPen(QPen(ReportColors::rule(), canvas.pt(v == plot.axis.lo ? 0.6 : 0.25)));
        p->drawLine(QPointF(plot.area.left(), y), QPointF(plot.area.right(), y));
        canvas.drawText(
            QRectF(plot.area.left() - canvas.mm(16), y - labelH / 2, canvas.mm(15), labelH),
            Qt::AlignRight | Qt::AlignVCenter, tickLabel(canvas, v, plot.axis.step, kpi.unit),
            small, ReportColors::muted());
    }
    const int every = months.size() > 16 ? 3 : months.size() > 8 ? 2 : 1;
    const double slot = plot.area.width() / std::max(1, plot.months);
    for (int i = 0; i < months.size(); ++i) {
        if ((months.size() - 1 - i) % every != 0)
            continue;
        canvas.drawText(QRectF(plot.x(i) - slot * every / 2, plot.area.bottom() + canvas.mm(0.8),
                               slot * every, labelH),
                        Qt::AlignHCenter | Qt::AlignTop, canvas.text().monthShort(months.at(i)),
                        small, ReportColors::muted());
    }
}

void drawForecast(ReportCanvas &canvas, const Plot &plot, const ReportKpi &kpi, int lastIndex,
                  double lastValue)
{
    QPainter *p = canvas.painter();
    const QVector<ReportForecastPoint> &points = kpi.forecast.points;
    QPolygonF band;
    band << QPointF(plot.x(lastIndex), plot.y(lastValue));
    bool haveBand = true;
    for (int i = 0; i < points.size(); ++i) {
        if (!points.at(i).upper || !points.at(i).lower)
            haveBand = false;
        else
            band << QPointF(plot.x(lastIndex + 1 + i), plot.y(*points.at(i).upper));
    }
    for (int i = points.size() - 1; i >= 0 && haveBand; --i)
        band << QPointF(plot.x(lastIndex + 1 + i), plot.y(*points.at(i).lower));
    if (haveBand && band.size() > 2) {
        p->setPen(Qt::NoPen);
        p->setBrush(lighter(ReportColors::forecast(), 0.82));
        p->drawPolygon(band);
        p->setBrush(Qt::NoBrush);
    }
    QPainterPath line(QPointF(plot.x(lastIndex), plot.y(lastValue)));
    for (int i = 0; i < points.size(); ++i)
        line.lineTo(QPointF(plot.x(lastIndex + 1 + i), plot.y(points.at(i).value)));
    p->setPen(QPen(ReportColors::forecast(), canvas.pt(1.1), Qt::DashLine));
    p->drawPath(line);
    // The "now" divider between what happened and what is forecast.
    const double nowX = (plot.x(lastIndex) + plot.x(lastIndex + 1)) / 2;
    p->setPen(QPen(ReportColors::muted(), canvas.pt(0.5), Qt::DotLine));
    p->drawLine(QPointF(nowX, plot.area.top()), QPointF(nowX, plot.area.bottom()));
}

void drawSeries(ReportCanvas &canvas, const Plot &plot, const QVector<ReportPoint> &history)
{
    QPainter *p = canvas.painter();
    QPainterPath path;
    bool drawing = false;
    p->setPen(Qt::NoPen);
    p->setBrush(ReportColors::series());
    for (int i = 0; i < history.size(); ++i) {
        if (!history.at(i).value) {
            drawing = false;
            continue;
        }
        const QPointF point(plot.x(i), plot.y(*history.at(i).value));
        drawing ? path.lineTo(point) : path.moveTo(point);
        drawing = true;
        p->drawEllipse(point, canvas.pt(1.3), canvas.pt(1.3));
    }
    p->setBrush(Qt::NoBrush);
    p->setPen(
        QPen(ReportColors::series(), canvas.pt(1.4), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p->drawPath(path);
}

void drawTarget(ReportCanvas &canvas, const Plot &plot, const ReportKpi &kpi,
                const QString &currency)
{
    if (!kpi.target)
        return;
    QPainter *p = canvas.painter();
    const double y = plot.y(*kpi.target);
    p->setPen(QPen(ReportColors::target(), canvas.pt(1), Qt::DashLine));
    p->drawLine(QPointF(plot.area.left(), y), QPointF(plot.area.right(), y));
    const QFont small = canvas.font(6.5, true);
    const QString label = canvas.text()
                              .translate("busola::Report", "Target %1")
                              .arg(canvas.text().value(kpi.unit, kpi.target, currency));
    const double h = canvas.lineHeight(small);
    const bool above = y - h > plot.area.top();
    // At the left end, away from the forecast band on the right.
    canvas.drawText(
        QRectF(plot.area.left() + canvas.mm(1), above ? y - h : y, plot.area.width(), h),
        Qt::AlignLeft | Qt::AlignVCenter, label, small, ReportColors::target());
}

void drawLegend(ReportCanvas &canvas, const QRectF &rect, bool forecast, bool target)
{
    QPainter *p = canvas.painter();
    const QFont small = canvas.font(6.5);
    double x = rect.left();
    const double y = rect.center().y();
    const auto item = [&](const QColor &color, Qt::PenStyle style, const QString &label) {
        p->setPen(QPen(color, canvas.pt(1.2), style));
        p->drawLine(QPointF(x, y), QPointF(x + canvas.mm(5), y));
        x += canvas.mm(6);
        canvas.drawText(QRectF(x, rect.top(), rect.width(), rect.height()),
                        Qt::AlignLeft | Qt::AlignVCenter, label, small, ReportColors::muted());
        x += canvas.textWidth(small, label) + canvas.mm(4);
    };
    const ReportText &t = canvas.text();
    item(ReportColors::series(), Qt::SolidLine, t.translate("busola::Report", "actual"));
    if (target)
        item(ReportColors::target(), Qt::DashLine, t.translate("busola::Report", "target"));
    if (forecast)
        item(ReportColors::forecast(), Qt::DashLine,
             t.translate("busola::Report", "forecast (80 % interval)"));
}

} // namespace

void drawTrendChart(ReportCanvas &canvas, const QRectF &rect, const ReportKpi &kpi,
                    const QVector<ReportPoint> &history, const QString &currency,
                    const TrendChartOptions &options)
{
    const QFont titleFont = canvas.font(8.5, true);
    const double titleH = canvas.lineHeight(titleFont);
    canvas.drawText(QRectF(rect.left(), rect.top(), rect.width(), titleH),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    options.title.isEmpty() ? kpi.name : options.title, titleFont);
    int lastIndex = -1;
    for (int i = 0; i < history.size(); ++i)
        if (history.at(i).value)
            lastIndex = i;
    QPainter *p = canvas.painter();
    if (lastIndex < 0) {
        canvas.drawText(
            rect.adjusted(0, titleH, 0, 0), Qt::AlignCenter | Qt::TextWordWrap,
            canvas.text().translate("busola::Report", "No data in these months: nothing to chart."),
            canvas.font(8), ReportColors::muted());
        return;
    }
    if (!p)
        return;
    const bool forecast = options.showForecast && kpi.forecast.valid &&
                          !kpi.forecast.points.isEmpty() && lastIndex == history.size() - 1;
    QVector<int> months;
    for (const ReportPoint &pt : history)
        months << pt.month;
    if (forecast)
        for (const ReportForecastPoint &f : kpi.forecast.points)
            months << f.month;
    const double legendH =
        options.showLegend ? canvas.lineHeight(canvas.font(6.5)) + canvas.mm(1) : 0;
    Plot plot;
    plot.area = QRectF(rect.left() + canvas.mm(17), rect.top() + titleH + canvas.mm(2),
                       rect.width() - canvas.mm(18),
                       rect.height() - titleH - canvas.mm(2) - canvas.mm(5) - legendH);
    plot.axis = valueAxis(kpi, history, forecast);
    plot.months = months.size();
    p->save();
    drawAxes(canvas, plot, kpi, months);
    if (forecast)
        drawForecast(canvas, plot, kpi, lastIndex, *history.at(lastIndex).value);
    drawTarget(canvas, plot, kpi, currency);
    drawSeries(canvas, plot, history);
    if (options.showLegend)
        drawLegend(canvas,
                   QRectF(plot.area.left(), rect.bottom() - legendH, plot.area.width(), legendH),
                   forecast, kpi.target.has_value());
    p->restore();
}

} // namespace busola
