#pragma once

#include "gaugescale.h"

#include <QString>
#include <QWidget>

namespace busola {

/// Everything one gauge shows. Numbers are in the KPI's base units and drive the geometry;
/// the texts are already formatted in the UI locale by the caller (the gauge does no number
/// formatting, so it shows exactly what the tables and the report show).
struct GaugeData
{
    QString kpiId;
    QString title;
    GaugeInput scale;
    /// "Met" etc. as the KPI engine judged it; when unset the gauge judges by GaugeScale.
    std::optional<GaugeStatus> status;
    QString valueText;            ///< "12,5 h"; empty shows "—"
    QString targetText;           ///< "Țintă ≤ 24 h"; empty when no target
    std::optional<double> change; ///< the signed change (relative %, or absolute when no base)
    QString changeText;           ///< short, under the dial: "−4,6 %"
    QString changeDetail; ///< for the tooltip: "−4,6 % față de luna anterioară (12,9 h)"
    QString definition;
    QString formula;
    qint64 count = -1; ///< records behind the value; -1 when unknown
    QString countText; ///< "1.234 înregistrări"
};

/// One KPI as a dial: coloured status bands on an outer ring laid out in the KPI's direction, the
/// value as the fill of the inner track in its status colour, a target marker, the value large
/// in the middle, the change as an arrow coloured by whether it is good news. No data shows "—"
/// and no fill. Keyboard: focusable; Enter or Space activates it like a click.
class KpiGauge final : public QWidget
{
    Q_OBJECT

public:
    explicit KpiGauge(QWidget *parent = nullptr);

    void setData(const GaugeData &data);
    const GaugeData &data() const { return m_data; }

    /// The status the gauge shows: the engine's when given, else its own judgement.
    GaugeStatus status() const;
    /// The text of the big value: "—" without data.
    QString displayedValue() const;
    /// The arrow shown before the change: ▲, ▼ or none.
    QString changeArrow() const;
    ChangeTone changeTone() const;

    void setSelected(bool selected);
    bool isSelected() const { return m_selected; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void clicked();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateToolTip();
    bool isDark() const;
    QRectF arcRect(const QRectF &area) const;
    void paintFrame(QPainter &painter) const;
    void paintArc(QPainter &painter, const QRectF &arc) const;
    void paintTexts(QPainter &painter, const QRectF &arc) const;

    GaugeData m_data;
    bool m_selected = false;
};

} // namespace busola
