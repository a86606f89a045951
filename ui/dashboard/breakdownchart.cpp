#include "breakdownchart.h"

#include "chartstyle.h"
#include "dashboard/nonemptyrowsproxy.h"
#include "gaugescale.h"

#include <QAbstractItemModel>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QKeyEvent>
#include <QLegend>
#include <QLocale>
#include <QToolTip>
#include <QVBarModelMapper>
#include <QValueAxis>

#include <cmath>

namespace busola {

namespace {
constexpr int MaxLabelChars = 28;
}

BreakdownChart::BreakdownChart(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_format([](double value) { return QLocale().toString(value, 'f', 1); })
{
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(260, 200);
    chart()->setLocalizeNumbers(true);
    chart()->setLocale(QLocale());
    chart()->legend()->hide();
    chart()->setMargins(QMargins(4, 4, 4, 4));

    m_series = new QHorizontalBarSeries(this);
    m_series->setBarWidth(0.7);
    chart()->addSeries(m_series);
    m_categoryAxis = new QBarCategoryAxis(this);
    m_valueAxis = new QValueAxis(this);
    chart()->addAxis(m_categoryAxis, Qt::AlignLeft);
    chart()->addAxis(m_valueAxis, Qt::AlignBottom);
    m_series->attachAxis(m_categoryAxis);
    m_series->attachAxis(m_valueAxis);

    m_mapper = new QVBarModelMapper(this);
    m_mapper->setSeries(m_series);

    // The mapper replaces the bar sets on every reset: listen to the series, not to a set.
    connect(m_series, &QAbstractBarSeries::hovered, this, [this](bool status, int index) {
        if (status)
            QToolTip::showText(QCursor::pos(), toolTipForBar(index), this);
        else
            QToolTip::hideText();
    });
    connect(m_series, &QAbstractBarSeries::clicked, this, [this](int index) {
        selectBar(index);
        if (sourceRowOfBar(index) >= 0)
            emit groupClicked(sourceRowOfBar(index));
    });
    connect(m_series, &QAbstractBarSeries::barsetsAdded, this, &BreakdownChart::applyPalette);
    applyPalette();
}

BreakdownChart::~BreakdownChart() = default;

void BreakdownChart::setModel(QAbstractItemModel *model, int labelColumn, int valueColumn,
                              int countColumn)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_labelColumn = labelColumn;
    m_valueColumn = valueColumn;
    m_countColumn = countColumn;
    m_cursorBar = -1;
    delete m_proxy;
    m_proxy = new NonEmptyRowsProxy(valueColumn, this);
    m_proxy->setSourceModel(model);
    // Ascending: a horizontal bar chart draws its first category at the bottom.
    m_proxy->sort(valueColumn, Qt::AscendingOrder);
    m_proxy->setSortRole(Qt::DisplayRole);
    m_mapper->setFirstBarSetColumn(valueColumn);
    m_mapper->setLastBarSetColumn(valueColumn);
    m_mapper->setModel(m_proxy);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &BreakdownChart::updateCategories);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &BreakdownChart::updateCategories);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &BreakdownChart::updateCategories);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &BreakdownChart::updateCategories);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &BreakdownChart::updateCategories);
    updateCategories();
}

void BreakdownChart::setTarget(std::optional<double> target, const QString &label)
{
    m_target = target;
    m_targetText = label;
    updateValueAxis();
    viewport()->update();
}

void BreakdownChart::setValueFormatter(std::function<QString(double)> formatter)
{
    m_format = std::move(formatter);
}

void BreakdownChart::setTitle(const QString &title)
{
    chart()->setTitle(title);
}

QStringList BreakdownChart::categories() const
{
    return m_categoryAxis->categories();
}

void BreakdownChart::updateCategories()
{
    // A thin adapter: Qt Charts has no model for axis labels, so the category axis follows the
    // label column of the same rows the mapper feeds into the bar set.
    QStringList labels;
    const int rows = m_proxy ? m_proxy->rowCount() : 0;
    for (int row = 0; row < rows; ++row) {
        QString label = m_proxy->data(m_proxy->index(row, m_labelColumn)).toString();
        if (label.size() > MaxLabelChars)
            label = label.left(MaxLabelChars - 1) + QStringLiteral("…");
        // Category names must be unique; elision could make two alike.
        QString unique = label;
        for (int n = 2; labels.contains(unique); ++n)
            unique = label + QStringLiteral(" (%1)").arg(n);
        labels << unique;
    }
    m_categoryAxis->clear();
    m_categoryAxis->append(labels);
    // A few groups get slimmer bars, not slabs.
    m_series->setBarWidth(rows <= 4 ? 0.45 : 0.75);
    if (m_cursorBar >= rows)
        m_cursorBar = rows - 1;
    updateValueAxis();
}

void BreakdownChart::updateValueAxis()
{
    double high = m_target.value_or(0);
    double low = 0;
    for (int row = 0; m_proxy && row < m_proxy->rowCount(); ++row) {
        const double value = m_proxy->data(m_proxy->index(row, m_valueColumn)).toDouble();
        high = std::max(high, value);
        low = std::min(low, value);
    }
    const double top = GaugeScale::niceCeiling(std::max(high * 1.05, 1e-9));
    ChartStyle::setNiceRange(m_valueAxis, low, top);
}

int BreakdownChart::sourceRowOfBar(int barIndex) const
{
    if (!m_proxy || barIndex < 0 || barIndex >= m_proxy->rowCount())
        return -1;
    return m_proxy->mapToSource(m_proxy->index(barIndex, 0)).row();
}

int BreakdownChart::currentRow() const
{
    return sourceRowOfBar(m_cursorBar);
}

QString BreakdownChart::toolTipForBar(int barIndex) const
{
    if (!m_proxy || barIndex < 0 || barIndex >= m_proxy->rowCount())
        return QString();
    const QString label = m_proxy->data(m_proxy->index(barIndex, m_labelColumn)).toString();
    const double value = m_proxy->data(m_proxy->index(barIndex, m_valueColumn)).toDouble();
    QString text = tr("%1: %2").arg(label, m_format(value));
    if (m_countColumn >= 0) {
        const qlonglong count =
            m_proxy->data(m_proxy->index(barIndex, m_countColumn), Qt::EditRole).toLongLong();
        text += QLatin1Char('\n') + tr("%n record(s)", nullptr, int(count));
    }
    return text;
}

QBarSet *BreakdownChart::barSet() const
{
    const QList<QBarSet *> sets = m_series->barSets();
    return sets.isEmpty() ? nullptr : sets.constFirst();
}

void BreakdownChart::selectBar(int barIndex)
{
    m_cursorBar = barIndex;
    QBarSet *set = barSet();
    if (!set)
        return;
    set->deselectAllBars();
    if (barIndex >= 0)
        set->selectBar(barIndex);
}

void BreakdownChart::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (!m_target || m_categoryAxis->count() == 0)
        return;
    const QRectF plot = chart()->plotArea();
    const double x = chart()->mapToPosition(QPointF(*m_target, 0), m_series).x();
    const QColor muted = ChartStyle::mutedTextColor(palette());
    painter->setPen(QPen(palette().color(QPalette::Text), 1.5, Qt::DashDotLine));
    painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    painter->setPen(muted);
    const QFontMetricsF metrics(font());
    const double width = metrics.horizontalAdvance(m_targetText) + 4;
    const double left = x + width + 4 > plot.right() ? x - width - 4 : x + 4;
    // On a plate of the background colour, so the label reads over a bar.
    const QRectF box(left - 2, plot.top() + 2, width + 4, metrics.height());
    QColor plate = palette().color(QPalette::Base);
    plate.setAlpha(220);
    painter->fillRect(box, plate);
    painter->drawText(box, Qt::AlignCenter, m_targetText);
}

void BreakdownChart::keyPressEvent(QKeyEvent *event)
{
    const int bars = m_proxy ? m_proxy->rowCount() : 0;
    if (bars == 0) {
        QChartView::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Up: // the first bar is drawn at the bottom
        selectBar(m_cursorBar < 0 ? bars - 1 : std::min(m_cursorBar + 1, bars - 1));
        break;
    case Qt::Key_Down:
        selectBar(m_cursorBar < 0 ? bars - 1 : std::max(m_cursorBar - 1, 0));
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_cursorBar >= 0)
            emit groupClicked(sourceRowOfBar(m_cursorBar));
        return;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    const QRectF plot = chart()->plotArea();
    const double y = plot.bottom() - (m_cursorBar + 0.5) * plot.height() / bars;
    QToolTip::showText(viewport()->mapToGlobal(mapFromScene(QPointF(plot.center().x(), y))),
                       toolTipForBar(m_cursorBar), this);
}

void BreakdownChart::applyPalette()
{
    const QPalette pal = palette();
    ChartStyle::apply(chart(), pal);
    setBackgroundBrush(pal.color(QPalette::Base));
    if (QBarSet *set = barSet()) {
        set->setColor(ChartStyle::seriesColor(pal));
        set->setBorderColor(ChartStyle::seriesColor(pal));
        set->setSelectedColor(ChartStyle::forecastColor(pal));
    }
    m_categoryAxis->setGridLineVisible(false);
}

void BreakdownChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    if (event->type() == QEvent::LocaleChange)
        chart()->setLocale(locale());
    QChartView::changeEvent(event);
}

} // namespace busola
