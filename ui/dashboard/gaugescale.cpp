#include "gaugescale.h"

#include <QtMath>

#include <algorithm>
#include <cmath>

namespace busola {

namespace {
/// How far above the target the scale of an open-ended KPI reaches, so the target does not
/// sit at the arc's end: half again for "higher is better", twice for "lower is better" (the
/// green band then takes the left half).
double headroomAbove(double target, GaugeDirection direction)
{
    return direction == GaugeDirection::HigherIsBetter ? target * 1.5 : target * 2.0;
}

double nearEdge(double target, GaugeDirection direction, double tolerance)
{
    const double margin = std::abs(target) * tolerance;
    return direction == GaugeDirection::HigherIsBetter ? target - margin : target + margin;
}
} // namespace

GaugeScale::GaugeScale(const GaugeInput &input)
    : m_input(input)
    , m_status(statusOf(input.value, input.target, input.direction, input.tolerance))
{
    m_min = input.rangeMin.value_or(0.0);
    if (input.rangeMax) {
        m_max = *input.rangeMax;
    } else {
        // A round number above everything the gauge must show (10 % spare for the value).
        double top = 0;
        if (input.target)
            top = std::max(top, headroomAbove(*input.target, input.direction));
        if (input.value)
            top = std::max(top, *input.value * 1.1);
        if (input.comparison)
            top = std::max(top, *input.comparison * 1.1);
        m_max = top > m_min ? niceCeiling(top) : m_min + 1.0;
    }
    if (m_max <= m_min)
        m_max = m_min + 1.0;
}

QVector<GaugeBand> GaugeScale::bands() const
{
    if (!m_input.target)
        return {};
    const double target = std::clamp(*m_input.target, m_min, m_max);
    const double edge =
        std::clamp(nearEdge(*m_input.target, m_input.direction, m_input.tolerance), m_min, m_max);
    QVector<GaugeBand> result;
    auto add = [&result](double from, double to, GaugeStatus status) {
        if (to > from)
            result.append({from, to, status});
    };
    if (m_input.direction == GaugeDirection::HigherIsBetter) {
        add(m_min, edge, GaugeStatus::Missed);
        add(edge, target, GaugeStatus::Near);
        add(target, m_max, GaugeStatus::Met);
    } else {
        add(m_min, target, GaugeStatus::Met);
        add(target, edge, GaugeStatus::Near);
        add(edge, m_max, GaugeStatus::Missed);
    }
    return result;
}

double GaugeScale::angleFor(double value) const
{
    const double fraction = std::clamp((value - m_min) / (m_max - m_min), 0.0, 1.0);
    return StartAngle - fraction * SpanAngle;
}

std::optional<double> GaugeScale::fillSpan() const
{
    if (!m_input.value || !std::isfinite(*m_input.value))
        return std::nullopt;
    return angleFor(*m_input.value) - StartAngle;
}

std::optional<double> GaugeScale::targetAngle() const
{
    if (!m_input.target)
        return std::nullopt;
    return angleFor(*m_input.target);
}

GaugeStatus GaugeScale::statusOf(std::optional<double> value, std::optional<double> target,
                                 GaugeDirection direction, double tolerance)
{
    if (!value || !std::isfinite(*value))
        return GaugeStatus::NoData;
    if (!target)
        return GaugeStatus::NoTarget;
    const double edge = nearEdge(*target, direction, tolerance);
    if (direction == GaugeDirection::HigherIsBetter) {
        if (*value >= *target)
            return GaugeStatus::Met;
        return *value >= edge ? GaugeStatus::Near : GaugeStatus::Missed;
    }
    if (*value <= *target)
        return GaugeStatus::Met;
    return *value <= edge ? GaugeStatus::Near : GaugeStatus::Missed;
}

ChangeTone GaugeScale::toneOf(std::optional<double> change, GaugeDirection direction)
{
    if (!change || !std::isfinite(*change) || *change == 0.0)
        return ChangeTone::Neutral;
    const bool rose = *change > 0;
    return rose == (direction == GaugeDirection::HigherIsBetter) ? ChangeTone::Good
                                                                 : ChangeTone::Bad;
}

QColor GaugeScale::statusColor(GaugeStatus status, bool darkPalette)
{
    switch (status) {
    case GaugeStatus::Met:
        return darkPalette ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    case GaugeStatus::Near:
        return darkPalette ? QColor(0xff, 0xca, 0x28) : QColor(0xc7, 0x77, 0x00);
    case GaugeStatus::Missed:
        return darkPalette ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    case GaugeStatus::NoTarget:
        return darkPalette ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
    case GaugeStatus::NoData:
        break;
    }
    return darkPalette ? QColor(0x75, 0x75, 0x75) : QColor(0x9e, 0x9e, 0x9e);
}

QColor GaugeScale::toneColor(ChangeTone tone, bool darkPalette)
{
    switch (tone) {
    case ChangeTone::Good:
        return statusColor(GaugeStatus::Met, darkPalette);
    case ChangeTone::Bad:
        return statusColor(GaugeStatus::Missed, darkPalette);
    case ChangeTone::Neutral:
        break;
    }
    return statusColor(GaugeStatus::NoData, darkPalette);
}

double GaugeScale::niceCeiling(double value)
{
    if (!(value > 0))
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        // A hair of slack so 2.0000000001 from a product does not round up to 2.5.
        if (step * magnitude >= value * (1 - 1e-12))
            return step * magnitude;
    }
    return 10.0 * magnitude;
}

} // namespace busola
