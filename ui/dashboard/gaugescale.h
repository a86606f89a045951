#pragma once

#include <QColor>
#include <QVector>

#include <optional>

namespace busola {

/// Which way a KPI improves (PRODUCT.md, "KPIs").
enum class GaugeDirection { HigherIsBetter, LowerIsBetter };

/// A gauge's verdict, by PRODUCT.md's status rules.
enum class GaugeStatus {
    NoData,   ///< no value: "—", no fill
    NoTarget, ///< a value without a target: no status colour
    Met,
    Near,
    Missed
};

/// Whether a change against the comparison period is good news for the KPI.
enum class ChangeTone { Neutral, Good, Bad };

/// A stretch of the scale coloured by the status a value there would have.
struct GaugeBand
{
    double from = 0;
    double to = 0;
    GaugeStatus status = GaugeStatus::Met;
    bool operator==(const GaugeBand &other) const
    {
        return from == other.from && to == other.to && status == other.status;
    }
};

/// What a gauge shows, in the KPI's base units.
struct GaugeInput
{
    std::optional<double> value;
    std::optional<double> target;
    std::optional<double> comparison; ///< the comparison period's value, to keep it on the scale
    GaugeDirection direction = GaugeDirection::HigherIsBetter;
    double tolerance = 0.10; ///< relative to the target (10 % of 24 h = 2.4 h)
    /// The KPI's possible range when it has one (rates 0–100, scores 1–5); otherwise the scale
    /// runs from 0 to a round number above the value, the target and the comparison.
    std::optional<double> rangeMin;
    std::optional<double> rangeMax;
};

/// The geometry and colours of a KPI gauge, apart from any painting, so that they can be tested
/// row by row. The arc runs clockwise from StartAngle through SpanAngle degrees (Qt's angle
/// convention: 0° at three o'clock, counter-clockwise positive), the scale's minimum at its
/// left end. The bands keep the KPI's direction: for "lower is better" green lies at the low end.
class GaugeScale
{
public:
    static constexpr double StartAngle = 210.0;
    static constexpr double SpanAngle = 240.0;

    explicit GaugeScale(const GaugeInput &input);

    double minimum() const { return m_min; }
    double maximum() const { return m_max; }
    GaugeStatus status() const { return m_status; }

    /// The bands from minimum to maximum, in order; empty without a target.
    QVector<GaugeBand> bands() const;

    /// The angle of a value on the arc, clamped to the scale's ends.
    double angleFor(double value) const;
    /// The arc's fill from StartAngle, in degrees (negative: clockwise); none without data.
    std::optional<double> fillSpan() const;
    std::optional<double> targetAngle() const;

    /// PRODUCT.md: met when the target is reached inclusively, near when missed by no more than
    /// the tolerance relative to the target, else missed; NoData / NoTarget when either is missing.
    static GaugeStatus statusOf(std::optional<double> value, std::optional<double> target,
                                GaugeDirection direction, double tolerance);
    /// Good news when the KPI moved its better way: a falling response time is good.
    static ChangeTone toneOf(std::optional<double> change, GaugeDirection direction);

    /// The status colours, tuned to stay readable on a light or a dark window.
    static QColor statusColor(GaugeStatus status, bool darkPalette);
    static QColor toneColor(ChangeTone tone, bool darkPalette);

    /// The smallest of 1, 2, 2.5, 5 × 10^k that is ≥ value (value > 0).
    static double niceCeiling(double value);

private:
    GaugeInput m_input;
    double m_min = 0;
    double m_max = 1;
    GaugeStatus m_status = GaugeStatus::NoData;
};

} // namespace busola
