#pragma once

#include <QChartView>
#include <QDate>

#include <functional>
#include <optional>

class QAbstractItemModel;
class QAreaSeries;
class QCategoryAxis;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
class QXYSeries;

namespace busola {

class NonEmptyRowsProxy;

/// Where a trend model keeps what. The month column's DisplayRole is the month's first day as a
/// QDate; the others hold a number or nothing. This is ForecastModel's layout (history rows
/// first, then forecast rows; the last history row repeats its value in the forecast columns
/// so the dashed line starts from it).
struct TrendColumns
{
    int month = 0;
    int history = 1;
    int forecast = 2;
    int lower = 3;
    int upper = 4;
};

/// A KPI's monthly series as a line, its target as a labelled line, and the forecast as a dashed
/// line over a shaded interval band after a "now" divider. Every series is mapped from the model
/// (QVXYModelMapper through a NonEmptyRowsProxy, so months without data are gaps, never 0).
/// Hovering shows the month and value; clicking a month, or Enter on the month picked with the
/// arrow keys, emits monthClicked.
class TrendChart final : public QChartView
{
    Q_OBJECT

public:
    explicit TrendChart(QWidget *parent = nullptr);
    ~TrendChart() override;

    void setModel(QAbstractItemModel *model, const TrendColumns &columns = {});
    QAbstractItemModel *model() const { return m_model; }

    /// A horizontal target line with its label ("Țintă: 24 h"); nullopt hides it.
    void setTarget(std::optional<double> target, const QString &label);
    /// Formats values for tooltips and the target label (the dashboard's locale and unit).
    void setValueFormatter(std::function<QString(double)> formatter);
    /// Fixes the value axis (rates 0–100, scores 1–5); otherwise it starts at 0.
    void setValueRange(std::optional<double> minimum, std::optional<double> maximum);
    void setTitle(const QString &title);

    /// The month the "now" divider marks: the last history month.
    QDate nowMonth() const;
    /// yyyymm of the month the keyboard cursor is on, 0 when none.
    int currentMonth() const;
    /// The tooltip text for a model row: month, value (or forecast and interval).
    QString toolTipForRow(int row) const;
    /// The model row nearest to a point of the view, -1 outside the plot.
    int rowAt(const QPoint &position) const;

    QLineSeries *historySeries() const { return m_history; }
    QLineSeries *forecastSeries() const { return m_forecast; }
    QAreaSeries *bandSeries() const { return m_band; }
    QLineSeries *targetSeries() const { return m_target; }

signals:
    void monthClicked(int monthKey);

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    void createSeries();
    void mapSeries(QXYSeries *series, NonEmptyRowsProxy *&proxy, int column);
    void rebuildAxes();
    void rebuildMonthAxis(QDate first, QDate last);
    void updateValueAxis();
    void updateTargetLine();
    void applyPalette();
    QDate monthOfRow(int row) const;
    std::optional<double> valueAt(int row, int column) const;
    void moveCursor(int step);
    void showRowToolTip(int row);

    QAbstractItemModel *m_model = nullptr;
    TrendColumns m_columns;
    QLineSeries *m_history = nullptr;
    QScatterSeries *m_points = nullptr;
    QLineSeries *m_forecast = nullptr;
    QLineSeries *m_upper = nullptr;
    QLineSeries *m_lower = nullptr;
    QAreaSeries *m_band = nullptr;
    QLineSeries *m_target = nullptr;
    QCategoryAxis *m_monthAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QGraphicsSimpleTextItem *m_targetLabel = nullptr;
    NonEmptyRowsProxy *m_historyProxy = nullptr;
    NonEmptyRowsProxy *m_pointsProxy = nullptr;
    NonEmptyRowsProxy *m_forecastProxy = nullptr;
    NonEmptyRowsProxy *m_upperProxy = nullptr;
    NonEmptyRowsProxy *m_lowerProxy = nullptr;
    std::optional<double> m_targetValue;
    QString m_targetText;
    std::optional<double> m_fixedMin;
    std::optional<double> m_fixedMax;
    std::function<QString(double)> m_format;
    QDate m_firstMonth;
    QDate m_lastMonth;
    int m_cursorRow = -1;
};

} // namespace busola
