#include "trendchart.h"

#include "chartstyle.h"
#include "dashboard/nonemptyrowsproxy.h"
#include "gaugescale.h"

#include <QAbstractItemModel>
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QEvent>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QToolTip>
#include <QVXYModelMapper>
#include <QValueAxis>

#include <cmath>

namespace busola {

namespace {
double msOf(QDate date)
{
    // The same conversion the model mapper applies to a QDate cell.
    return double(date.startOfDay().toMSecsSinceEpoch());
}

constexpr double HalfMonthMs = 15.0 * 24 * 3600 * 1000;
} // namespace

TrendChart::TrendChart(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_format([](double value) { return QLocale().toString(value, 'f', 1); })
{
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(320, 220);
    chart()->setLocalizeNumbers(true);
    chart()->setLocale(QLocale());
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    createSeries();
    connect(chart(), &QChart::plotAreaChanged, this, &TrendChart::updateTargetLine);
    applyPalette();
}

TrendChart::~TrendChart() = default;

void TrendChart::createSeries()
{
    m_history = new QLineSeries(this);
    m_points = new QScatterSeries(this);
    m_forecast = new QLineSeries(this);
    m_upper = new QLineSeries(this);
    m_lower = new QLineSeries(this);
    m_band = new QAreaSeries(m_upper, m_lower);
    m_target = new QLineSeries(this);
    m_monthAxis = new QCategoryAxis(this);
    m_monthAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_valueAxis = new QValueAxis(this);
    chart()->addAxis(m_monthAxis, Qt::AlignBottom);
    chart()->addAxis(m_valueAxis, Qt::AlignLeft);
    // Band first so the lines draw over it.
    for (QAbstractSeries *series :
         {static_cast<QAbstractSeries *>(m_band), static_cast<QAbstractSeries *>(m_target),
          static_cast<QAbstractSeries *>(m_forecast), static_cast<QAbstractSeries *>(m_history),
          static_cast<QAbstractSeries *>(m_points)}) {
        chart()->addSeries(series);
        series->attachAxis(m_monthAxis);
        series->attachAxis(m_valueAxis);
    }
    m_points->setMarkerSize(7);
    chart()->legend()->markers(m_points).constFirst()->setVisible(false);
    m_targetLabel = new QGraphicsSimpleTextItem(chart());
    m_targetLabel->setZValue(20);
    m_history->setName(tr("Actual"));
    m_forecast->setName(tr("Forecast"));
    m_band->setName(tr("80 % interval"));
    m_target->setVisible(false);
    m_targetLabel->setVisible(false);
}

void TrendChart::mapSeries(QXYSeries *series, NonEmptyRowsProxy *&proxy, int column)
{
    delete proxy;
    proxy = new NonEmptyRowsProxy(column, this);
    proxy->setSourceModel(m_model);
    auto *mapper = series->findChild<QVXYModelMapper *>();
    if (!mapper) {
        mapper = new QVXYModelMapper(series);
        mapper->setSeries(series);
    }
    mapper->setXColumn(m_columns.month);
    mapper->setYColumn(column);
    mapper->setModel(proxy);
}

void TrendChart::setModel(QAbstractItemModel *model, const TrendColumns &columns)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_columns = columns;
    m_cursorRow = -1;
    mapSeries(m_history, m_historyProxy, columns.history);
    mapSeries(m_points, m_pointsProxy, columns.history);
    mapSeries(m_forecast, m_forecastProxy, columns.forecast);
    mapSeries(m_upper, m_upperProxy, columns.upper);
    mapSeries(m_lower, m_lowerProxy, columns.lower);
    if (m_model) {
        // After the proxies (connected first), so the series already hold the new points.
        connect(m_model, &QAbstractItemModel::modelReset, this, &TrendChart::rebuildAxes);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, &TrendChart::rebuildAxes);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &TrendChart::rebuildAxes);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TrendChart::rebuildAxes);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &TrendChart::rebuildAxes);
    }
    rebuildAxes();
}

void TrendChart::setTarget(std::optional<double> target, const QString &label)
{
    m_targetValue = target;
    m_targetText = label;
    m_target->setName(label);
    rebuildAxes();
}

void TrendChart::setValueFormatter(std::function<QString(double)> formatter)
{
    m_format = std::move(formatter);
}

void TrendChart::setValueRange(std::optional<double> minimum, std::optional<double> maximum)
{
    m_fixedMin = minimum;
    m_fixedMax = maximum;
    updateValueAxis();
}

void TrendChart::setTitle(const QString &title)
{
    chart()->setTitle(title);
}

QDate TrendChart::monthOfRow(int row) const
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return {};
    return m_model->data(m_model->index(row, m_columns.month)).toDate();
}

std::optional<double> TrendChart::valueAt(int row, int column) const
{
    const QVariant value = m_model->data(m_model->index(row, column));
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!value.isValid() || !ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

QDate TrendChart::nowMonth() const
{
    if (!m_historyProxy || m_historyProxy->rowCount() == 0)
        return {};
    return m_historyProxy
        ->data(m_historyProxy->index(m_historyProxy->rowCount() - 1, m_columns.month))
        .toDate();
}

int TrendChart::currentMonth() const
{
    const QDate month = monthOfRow(m_cursorRow);
    return month.isValid() ? month.year() * 100 + month.month() : 0;
}

void TrendChart::rebuildAxes()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    m_firstMonth = rows ? monthOfRow(0) : QDate();
    m_lastMonth = rows ? monthOfRow(rows - 1) : QDate();
    if (m_cursorRow >= rows)
        m_cursorRow = rows - 1;
    rebuildMonthAxis(m_firstMonth, m_lastMonth);
    updateValueAxis();
    updateTargetLine();
    const bool hasForecast = m_forecastProxy && m_forecastProxy->rowCount() > 1;
    m_forecast->setVisible(hasForecast);
    m_band->setVisible(hasForecast && m_upperProxy->rowCount() > 1);
    viewport()->update();
}

void TrendChart::rebuildMonthAxis(QDate first, QDate last)
{
    const QStringList old = m_monthAxis->categoriesLabels();
    for (const QString &label : old)
        m_monthAxis->remove(label);
    if (!first.isValid() || !last.isValid()) {
        m_monthAxis->setRange(0, 1);
        return;
    }
    const int months = (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
    // Every month up to about a year, then quarters, then half-years: labels never overlap.
    const int step = months <= 13 ? 1 : months <= 40 ? 3 : 6;
    m_monthAxis->setStartValue(msOf(first) - HalfMonthMs);
    const QLocale locale = chart()->locale();
    for (QDate month = first; month <= last; month = month.addMonths(1)) {
        if ((month.month() - 1) % step != 0)
            continue;
        const QString format =
            step == 1 && months > 6 ? QStringLiteral("MMM") : QStringLiteral("MMM yyyy");
        QString label = locale.toString(month, format);
        if (step == 1 && months > 6 && (month.month() == 1 || month == first))
            label = locale.toString(month, QStringLiteral("MMM yyyy"));
        m_monthAxis->append(label, msOf(month));
    }
    m_monthAxis->setRange(msOf(first) - HalfMonthMs, msOf(last) + HalfMonthMs);
}

void TrendChart::updateValueAxis()
{
    double low = 0;
    double high = 0;
    const int rows = m_model ? m_model->rowCount() : 0;
    for (int row = 0; row < rows; ++row) {
        for (int column :
             {m_columns.history, m_columns.forecast, m_columns.lower, m_columns.upper}) {
            if (const std::optional<double> value = valueAt(row, column)) {
                low = std::min(low, *value);
                high = std::max(high, *value);
            }
        }
    }
    if (m_targetValue)
        high = std::max(high, *m_targetValue);
    const double minimum = m_fixedMin.value_or(low);
    const double maximum =
        m_fixedMax.value_or(GaugeScale::niceCeiling(std::max(high * 1.08, minimum + 1e-9)));
    ChartStyle::setNiceRange(m_valueAxis, minimum, std::max(maximum, minimum + 1e-9));
}

void TrendChart::updateTargetLine()
{
    const bool shown = m_targetValue && m_firstMonth.isValid();
    m_target->setVisible(shown);
    m_targetLabel->setVisible(shown);
    if (!shown)
        return;
    const double left = msOf(m_firstMonth) - HalfMonthMs;
    const double right = msOf(m_lastMonth) + HalfMonthMs;
    m_target->replace({QPointF(left, *m_targetValue), QPointF(right, *m_targetValue)});
    m_targetLabel->setText(m_targetText);
    const QPointF end = chart()->mapToPosition(QPointF(right, *m_targetValue), m_target);
    const QRectF box = m_targetLabel->boundingRect();
    m_targetLabel->setPos(end.x() - box.width() - 4, end.y() - box.height() - 2);
}

void TrendChart::applyPalette()
{
    const QPalette pal = palette();
    ChartStyle::apply(chart(), pal);
    setBackgroundBrush(pal.color(QPalette::Base));
    const QColor actual = ChartStyle::seriesColor(pal);
    const QColor forecast = ChartStyle::forecastColor(pal);
    m_history->setPen(QPen(actual, 2.5));
    m_points->setColor(actual);
    m_points->setBorderColor(pal.color(QPalette::Base));
    m_forecast->setPen(QPen(forecast, 2.0, Qt::DashLine));
    QColor band = forecast;
    band.setAlpha(ChartStyle::isDark(pal) ? 70 : 45);
    m_band->setBrush(band);
    m_band->setPen(Qt::NoPen);
    m_target->setPen(QPen(ChartStyle::mutedTextColor(pal), 1.5, Qt::DashDotLine));
    m_targetLabel->setBrush(pal.color(QPalette::Text));
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    m_targetLabel->setFont(small);
    m_monthAxis->setGridLineVisible(false);
}

void TrendChart::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (!m_firstMonth.isValid())
        return;
    const QRectF plot = chart()->plotArea();
    const QPalette pal = palette();
    auto xOf = [this](QDate month) {
        return chart()->mapToPosition(QPointF(msOf(month), 0), m_history).x();
    };
    if (m_forecast->isVisible() && nowMonth().isValid()) {
        const double x = xOf(nowMonth());
        painter->setPen(QPen(ChartStyle::mutedTextColor(pal), 1.0, Qt::DashLine));
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter->setPen(ChartStyle::mutedTextColor(pal));
        painter->drawText(QRectF(x + 4, plot.top(), 200, 20), Qt::AlignLeft | Qt::AlignTop,
                          tr("now"));
    }
    if (hasFocus() && m_cursorRow >= 0) {
        const double x = xOf(monthOfRow(m_cursorRow));
        QColor highlight = pal.color(QPalette::Highlight);
        highlight.setAlpha(60);
        painter->fillRect(QRectF(x - 6, plot.top(), 12, plot.height()), highlight);
    }
}

int TrendChart::rowAt(const QPoint &position) const
{
    if (!m_model || m_model->rowCount() == 0)
        return -1;
    const QPointF inChart = chart()->mapFromScene(mapToScene(position));
    if (!chart()->plotArea().adjusted(-8, 0, 8, 0).contains(inChart))
        return -1;
    const double x = chart()->mapToValue(inChart, m_history).x();
    int best = -1;
    double bestDistance = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const double distance = std::abs(msOf(monthOfRow(row)) - x);
        if (best < 0 || distance < bestDistance) {
            best = row;
            bestDistance = distance;
        }
    }
    return bestDistance <= HalfMonthMs * 1.1 ? best : -1;
}

QString TrendChart::toolTipForRow(int row) const
{
    const QDate month = monthOfRow(row);
    if (!month.isValid())
        return QString();
    const QString name = chart()->locale().toString(month, QStringLiteral("MMMM yyyy"));
    const std::optional<double> actual = valueAt(row, m_columns.history);
    if (actual)
        return tr("%1: %2").arg(name, m_format(*actual));
    const std::optional<double> forecast = valueAt(row, m_columns.forecast);
    if (!forecast)
        return tr("%1: no data").arg(name);
    const std::optional<double> lower = valueAt(row, m_columns.lower);
    const std::optional<double> upper = valueAt(row, m_columns.upper);
    if (lower && upper)
        return tr("%1: forecast %2 (80 % interval %3 – %4)")
            .arg(name, m_format(*forecast), m_format(*lower), m_format(*upper));
    return tr("%1: forecast %2").arg(name, m_format(*forecast));
}

void TrendChart::showRowToolTip(int row)
{
    if (row < 0) {
        QToolTip::hideText();
        return;
    }
    const QPointF inChart = chart()->mapToPosition(QPointF(msOf(monthOfRow(row)), 0), m_history);
    const QPoint local =
        mapFromScene(chart()->mapToScene(QPointF(inChart.x(), chart()->plotArea().center().y())));
    QToolTip::showText(viewport()->mapToGlobal(local), toolTipForRow(row), this);
}

void TrendChart::mouseMoveEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint());
    if (row >= 0)
        QToolTip::showText(event->globalPosition().toPoint(), toolTipForRow(row), this);
    else
        QToolTip::hideText();
    QChartView::mouseMoveEvent(event);
}

void TrendChart::mouseReleaseEvent(QMouseEvent *event)
{
    const int row = event->button() == Qt::LeftButton ? rowAt(event->position().toPoint()) : -1;
    const QDate month = monthOfRow(row);
    // Only months that happened can be drilled into; forecast months have no records.
    if (month.isValid() && (!nowMonth().isValid() || month <= nowMonth())) {
        m_cursorRow = row;
        viewport()->update();
        emit monthClicked(month.year() * 100 + month.month());
    }
    QChartView::mouseReleaseEvent(event);
}

void TrendChart::moveCursor(int step)
{
    const int rows = m_model ? m_model->rowCount() : 0;
    if (rows == 0)
        return;
    m_cursorRow = m_cursorRow < 0 ? rows - 1 : std::clamp(m_cursorRow + step, 0, rows - 1);
    viewport()->update();
    showRowToolTip(m_cursorRow);
}

void TrendChart::keyPressEvent(QKeyEvent *event)
{
    const int rows = m_model ? m_model->rowCount() : 0;
    switch (event->key()) {
    case Qt::Key_Left:
        moveCursor(-1);
        return;
    case Qt::Key_Right:
        moveCursor(1);
        return;
    case Qt::Key_Home:
        moveCursor(-rows);
        return;
    case Qt::Key_End:
        moveCursor(rows);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (const QDate month = monthOfRow(m_cursorRow);
            month.isValid() && (!nowMonth().isValid() || month <= nowMonth()))
            emit monthClicked(month.year() * 100 + month.month());
        return;
    default:
        QChartView::keyPressEvent(event);
    }
}

void TrendChart::focusInEvent(QFocusEvent *event)
{
    if (m_cursorRow < 0 && nowMonth().isValid()) {
        for (int row = 0; m_model && row < m_model->rowCount(); ++row) {
            if (monthOfRow(row) == nowMonth())
                m_cursorRow = row;
        }
    }
    QChartView::focusInEvent(event);
    viewport()->update();
}

void TrendChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    updateTargetLine();
}

void TrendChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    if (event->type() == QEvent::LanguageChange) {
        m_history->setName(tr("Actual"));
        m_forecast->setName(tr("Forecast"));
        m_band->setName(tr("80 % interval"));
    }
    if (event->type() == QEvent::LocaleChange) {
        chart()->setLocale(locale());
        rebuildAxes();
    }
    QChartView::changeEvent(event);
}

} // namespace busola
