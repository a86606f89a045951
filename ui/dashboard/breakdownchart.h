#pragma once

#include <QChartView>

#include <functional>
#include <optional>

class QAbstractItemModel;
class QBarCategoryAxis;
class QBarSet;
class QHorizontalBarSeries;
class QVBarModelMapper;
class QValueAxis;

namespace busola {

class NonEmptyRowsProxy;

/// A KPI broken down by one dimension (channel, team, agent, owner, region, lead source) as
/// horizontal bars, largest at the top, with the target as a vertical line. The bars are mapped
/// from the model (QVBarModelMapper through a sorting NonEmptyRowsProxy, so groups without a
/// value are left out rather than drawn as 0); the category labels follow the model's label
/// column. Hover shows group, value and record count; a click, or Enter on the bar picked with
/// the arrow keys, emits groupClicked with the source model's row.
class BreakdownChart final : public QChartView
{
    Q_OBJECT

public:
    explicit BreakdownChart(QWidget *parent = nullptr);
    ~BreakdownChart() override;

    /// countColumn may be -1 when the model has no record counts.
    void setModel(QAbstractItemModel *model, int labelColumn, int valueColumn,
                  int countColumn = -1);
    void setTarget(std::optional<double> target, const QString &label);
    void setValueFormatter(std::function<QString(double)> formatter);
    void setTitle(const QString &title);

    /// The labels on the category axis, bottom to top.
    QStringList categories() const;
    /// The one bar set the mapper made from the value column (null before a model is set).
    QBarSet *barSet() const;
    /// Source row of the bar the keyboard cursor is on, -1 when none.
    int currentRow() const;
    QString toolTipForBar(int barIndex) const;

signals:
    void groupClicked(int sourceRow);

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateCategories();
    void updateValueAxis();
    void applyPalette();
    void selectBar(int barIndex);
    int sourceRowOfBar(int barIndex) const;

    QAbstractItemModel *m_model = nullptr;
    NonEmptyRowsProxy *m_proxy = nullptr;
    QVBarModelMapper *m_mapper = nullptr;
    QHorizontalBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_categoryAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    int m_labelColumn = 0;
    int m_valueColumn = 1;
    int m_countColumn = -1;
    int m_cursorBar = -1;
    std::optional<double> m_target;
    QString m_targetText;
    std::function<QString(double)> m_format;
};

} // namespace busola
