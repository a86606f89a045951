#include "kpigauge.h"

#include <QEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QtMath>

namespace busola {

namespace {
constexpr int Margin = 8;
constexpr int TitleLines = 2;

QColor mix(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(a.redF() * (1 - share) + b.redF() * share,
                            a.greenF() * (1 - share) + b.greenF() * share,
                            a.blueF() * (1 - share) + b.blueF() * share);
}

QFont scaledFont(const QFont &base, double factor, bool bold)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}
} // namespace

KpiGauge::KpiGauge(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAttribute(Qt::WA_Hover);
}

void KpiGauge::setData(const GaugeData &data)
{
    m_data = data;
    updateToolTip();
    setAccessibleName(m_data.title);
    setAccessibleDescription(displayedValue() + QLatin1Char(' ') + m_data.changeText);
    update();
}

GaugeStatus KpiGauge::status() const
{
    if (m_data.status)
        return *m_data.status;
    return GaugeScale::statusOf(m_data.scale.value, m_data.scale.target, m_data.scale.direction,
                                m_data.scale.tolerance);
}

QString KpiGauge::displayedValue() const
{
    if (!m_data.scale.value || m_data.valueText.isEmpty())
        return QStringLiteral("—");
    return m_data.valueText;
}

ChangeTone KpiGauge::changeTone() const
{
    return GaugeScale::toneOf(m_data.change, m_data.scale.direction);
}

QString KpiGauge::changeArrow() const
{
    if (!m_data.change || *m_data.change == 0.0)
        return QString();
    return *m_data.change > 0 ? QStringLiteral("▲") : QStringLiteral("▼");
}

void KpiGauge::setSelected(bool selected)
{
    if (m_selected == selected)
        return;
    m_selected = selected;
    update();
}

QSize KpiGauge::sizeHint() const
{
    return {200, 178};
}

QSize KpiGauge::minimumSizeHint() const
{
    return {150, 178};
}

void KpiGauge::updateToolTip()
{
    // Rich text so the formula and the numbers wrap and read as a small card.
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(m_data.title.toHtmlEscaped());
    if (!m_data.definition.isEmpty())
        lines << m_data.definition.toHtmlEscaped();
    if (!m_data.formula.isEmpty())
        lines << tr("Formula: %1").arg(m_data.formula.toHtmlEscaped());
    lines << (m_data.targetText.isEmpty() ? tr("No target set")
                                          : m_data.targetText.toHtmlEscaped());
    if (!m_data.changeDetail.isEmpty())
        lines << m_data.changeDetail.toHtmlEscaped();
    if (!m_data.countText.isEmpty())
        lines << m_data.countText.toHtmlEscaped();
    setToolTip(QStringLiteral("<p style='white-space:pre-wrap'>") +
               lines.join(QStringLiteral("<br>")) + QStringLiteral("</p>"));
}

bool KpiGauge::isDark() const
{
    return palette().color(QPalette::Window).lightness() < 128;
}

QRectF KpiGauge::arcRect(const QRectF &area) const
{
    const double side = std::min(area.width(), area.height() * 1.35);
    QRectF square(0, 0, side, side);
    square.moveCenter(QPointF(area.center().x(), area.top() + side / 2));
    return square;
}

void KpiGauge::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    paintFrame(painter);

    const QFontMetrics titleMetrics(scaledFont(font(), 1.0, true));
    const int titleHeight = titleMetrics.lineSpacing() * TitleLines;
    const int bottomHeight = fontMetrics().lineSpacing() + 4;
    QRectF area =
        QRectF(rect()).adjusted(Margin, Margin + titleHeight + 4, -Margin, -Margin - bottomHeight);
    const QRectF arc = arcRect(area);
    paintArc(painter, arc);
    paintTexts(painter, arc);
}

void KpiGauge::paintFrame(QPainter &painter) const
{
    const QPalette &pal = palette();
    const QRectF frame = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    const bool hovered = underMouse();
    QColor background = pal.color(QPalette::Base);
    if (hovered || m_selected)
        background = mix(background, pal.color(QPalette::Highlight), m_selected ? 0.12 : 0.06);
    painter.setPen(QPen(m_selected ? pal.color(QPalette::Highlight)
                                   : mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.2),
                        m_selected ? 2.0 : 1.0));
    painter.setBrush(background);
    painter.drawRoundedRect(frame, 8, 8);
    if (hasFocus()) {
        QPen focusPen(pal.color(QPalette::Highlight), 1.0, Qt::DashLine);
        painter.setPen(focusPen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(frame.adjusted(3, 3, -3, -3), 6, 6);
    }
}

void KpiGauge::paintArc(QPainter &painter, const QRectF &arc) const
{
    const GaugeScale scale(m_data.scale);
    const bool dark = isDark();
    const double ringWidth = std::max(4.0, arc.width() * 0.045);
    const double trackWidth = std::max(8.0, arc.width() * 0.11);
    const QRectF ringRect =
        arc.adjusted(ringWidth / 2, ringWidth / 2, -ringWidth / 2, -ringWidth / 2);
    const double gap = ringWidth + 3;
    const QRectF trackRect = ringRect.adjusted(gap + trackWidth / 2, gap + trackWidth / 2,
                                               -gap - trackWidth / 2, -gap - trackWidth / 2);
    auto drawArc = [&painter](const QRectF &r, double start, double span, const QColor &color,
                              double width, Qt::PenCapStyle cap) {
        painter.setPen(QPen(color, width, Qt::SolidLine, cap));
        painter.setBrush(Qt::NoBrush);
        painter.drawArc(r, qRound(start * 16), qRound(span * 16));
    };

    // Outer ring: the status bands, or a plain ring without a target.
    const QColor trackColor =
        mix(palette().color(QPalette::Base), palette().color(QPalette::Text), dark ? 0.22 : 0.12);
    const QVector<GaugeBand> bands = scale.bands();
    if (bands.isEmpty())
        drawArc(ringRect, GaugeScale::StartAngle, -GaugeScale::SpanAngle, trackColor, ringWidth,
                Qt::FlatCap);
    for (const GaugeBand &band : bands) {
        const double from = scale.angleFor(band.from);
        drawArc(ringRect, from, scale.angleFor(band.to) - from,
                GaugeScale::statusColor(band.status, dark), ringWidth, Qt::FlatCap);
    }

    // Inner track and the value's fill in its status colour.
    drawArc(trackRect, GaugeScale::StartAngle, -GaugeScale::SpanAngle, trackColor, trackWidth,
            Qt::RoundCap);
    if (const std::optional<double> span = scale.fillSpan(); span && *span < -0.5)
        drawArc(trackRect, GaugeScale::StartAngle, *span, GaugeScale::statusColor(status(), dark),
                trackWidth, Qt::RoundCap);

    // Target marker: a tick across both rings.
    if (const std::optional<double> angle = scale.targetAngle()) {
        const double radians = qDegreesToRadians(*angle);
        const QPointF centre = arc.center();
        const double outer = arc.width() / 2 + 2;
        const double inner = trackRect.width() / 2 - trackWidth / 2 + 1;
        const QPointF direction(std::cos(radians), -std::sin(radians));
        painter.setPen(QPen(palette().color(QPalette::Text), 2.5, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(centre + direction * inner, centre + direction * outer);
    }
}

void KpiGauge::paintTexts(QPainter &painter, const QRectF &arc) const
{
    const QPalette &pal = palette();
    const bool dark = isDark();
    const QRectF inner = QRectF(rect()).adjusted(Margin, Margin, -Margin, -Margin);

    // Title: up to two lines, elided rather than cut.
    const QFont titleFont = scaledFont(font(), 1.0, true);
    const QFontMetrics titleMetrics(titleFont);
    painter.setFont(titleFont);
    painter.setPen(pal.color(QPalette::Text));
    const QRectF titleRect(inner.left(), inner.top(), inner.width(),
                           titleMetrics.lineSpacing() * TitleLines);
    QString title = m_data.title;
    if (titleMetrics.boundingRect(titleRect.toRect(), Qt::TextWordWrap, title).height() >
        titleRect.height())
        title = titleMetrics.elidedText(title, Qt::ElideRight, int(titleRect.width() * 2) - 16);
    painter.drawText(titleRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, title);

    // The value, large, in the arc's middle; shrunk until it fits the inner track.
    const QString value = displayedValue();
    // Inside the track's inner edge (about 0.69 of the arc's width), clear of the target tick.
    const double available = arc.width() * 0.56;
    QFont valueFont = scaledFont(font(), 1.9, true);
    while (QFontMetricsF(valueFont).horizontalAdvance(value) > available &&
           valueFont.pointSizeF() > font().pointSizeF() * 0.75)
        valueFont.setPointSizeF(valueFont.pointSizeF() * 0.92);
    painter.setFont(valueFont);
    painter.setPen(m_data.scale.value ? pal.color(QPalette::Text)
                                      : pal.color(QPalette::PlaceholderText));
    const QFontMetricsF valueMetrics(valueFont);
    QRectF valueRect(arc.left(), arc.center().y() - valueMetrics.height() * 0.75, arc.width(),
                     valueMetrics.height());
    painter.drawText(valueRect, Qt::AlignCenter, value);

    // Target under the value, inside the arc's opening, clear of the track's ends.
    const QFont targetFont = scaledFont(font(), 0.85, false);
    const QFontMetrics targetMetrics(targetFont);
    painter.setFont(targetFont);
    painter.setPen(pal.color(QPalette::PlaceholderText));
    const double targetWidth = arc.width() * 0.6;
    QRectF targetRect(arc.center().x() - targetWidth / 2, valueRect.bottom(), targetWidth,
                      targetMetrics.lineSpacing());
    painter.drawText(targetRect, Qt::AlignHCenter | Qt::AlignTop,
                     targetMetrics.elidedText(m_data.targetText, Qt::ElideRight, int(targetWidth)));
    painter.setFont(font());
    const QFontMetrics small = fontMetrics();

    // The change: a coloured arrow and its text, at the bottom.
    const QRectF changeRect(inner.left(), inner.bottom() - small.lineSpacing() * 2, inner.width(),
                            small.lineSpacing() * 2);
    const QString arrow = changeArrow();
    const QString text = m_data.changeText.isEmpty() ? QString() : m_data.changeText;
    const QString line = arrow.isEmpty() ? text : arrow + QLatin1Char(' ') + text;
    painter.setPen(GaugeScale::toneColor(changeTone(), dark));
    if (changeTone() == ChangeTone::Neutral)
        painter.setPen(pal.color(QPalette::PlaceholderText));
    QFont changeFont = font();
    changeFont.setBold(true);
    painter.setFont(changeFont);
    painter.drawText(changeRect, Qt::AlignHCenter | Qt::AlignBottom,
                     QFontMetrics(changeFont).elidedText(line, Qt::ElideRight, int(inner.width())));
}

void KpiGauge::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        setFocus(Qt::MouseFocusReason);
        emit clicked();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void KpiGauge::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        emit clicked();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void KpiGauge::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

} // namespace busola
