#pragma once

#include "exponentialsmoothing.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <limits>

namespace busola {

/// A monthly series as the KPI engine gives it: values of consecutive months from firstMonth
/// (yyyymm); NaN marks a month without data (PRODUCT.md: no data is "—", never 0).
struct MonthlySeries
{
    int firstMonth = 0;
    QVector<double> values;

    int lastMonth() const;
    int observedCount() const;
};

/// The values a KPI can take; forecasts and their intervals are clamped to it. The caller
/// knows the KPI: counts and sums are non-negative, rates lie in 0–100, scores in 1–5.
struct ValueRange
{
    double min = -std::numeric_limits<double>::infinity();
    double max = std::numeric_limits<double>::infinity();

    static ValueRange unbounded() { return {}; }
    static ValueRange nonNegative() { return {0.0, std::numeric_limits<double>::infinity()}; }
    static ValueRange percent() { return {0.0, 100.0}; }
    static ValueRange score() { return {1.0, 5.0}; }
    double clamp(double value) const;
};

constexpr int MinHorizon = 1;
constexpr int MaxHorizon = 12;
constexpr int DefaultHorizon = 3;
/// Months held out by the backtest.
constexpr int BacktestMonths = 6;
/// The backtest needs at least this many observed months before the held-out ones.
constexpr int MinBacktestTraining = 3;
/// The interval's coverage, and its normal quantile z(0.90) = 1.2815515655446004.
constexpr double IntervalLevel = 0.80;
constexpr double IntervalZ = 1.2815515655446004;

struct ForecastOptions
{
    /// Months ahead, MinHorizon–MaxHorizon; values outside are brought into that range.
    int horizon = DefaultHorizon;
    ValueRange range;
};

/// One forecast month: the point forecast and the 80 % interval, already clamped to the range.
/// lower and upper are NaN when the history is too short to estimate the error's spread.
struct ForecastPoint
{
    int month = 0; // yyyymm
    double value = 0;
    double lower = 0;
    double upper = 0;
};

/// How well the method did on the last BacktestMonths months when fitted without them.
struct Backtest
{
    bool valid = false; // false when the history is too short
    ForecastMethod method = ForecastMethod::Mean;
    int heldOut = 0; // observed months compared
    double mape = 0; // mean absolute percentage error, %; NaN when an actual is 0
    double mae = 0;  // mean absolute error, in the KPI's unit
    QVector<double> actual;
    QVector<double> predicted;

    /// MAPE is undefined when an actual value is 0; then MAE is the error to show.
    bool usesMape() const;
};

/// A forecast of a monthly series: what was fitted, and what it predicts.
struct Forecast
{
    bool valid = false; // false when the series has no observed month
    ForecastMethod method = ForecastMethod::Mean;
    SmoothingParameters parameters;
    SmoothingState initial;
    MonthlySeries history;  // the input without leading and trailing months lacking data
    QVector<double> fitted; // one-step-ahead forecast of each history month
    int residualCount = 0;
    double sse = 0;
    double sigma = 0; // standard deviation of one-step errors; NaN when it cannot be estimated
    QVector<ForecastPoint> points;
    Backtest backtest;
};

/// The method for a history with this many observed months (PRODUCT.md "Forecast").
ForecastMethod methodFor(int observedMonths);

/// Fits, forecasts and backtests a monthly series: the method from its length, starting states
/// from initialState(), smoothing parameters minimising the one-step squared errors.
Forecast forecastSeries(const MonthlySeries &series, const ForecastOptions &options);

/// The same at given smoothing parameters and starting states, without a backtest: what the
/// tests compare with an independent implementation.
Forecast forecastWith(ForecastMethod method, const MonthlySeries &series,
                      const SmoothingParameters &parameters, const SmoothingState &initial,
                      const ForecastOptions &options);

/// Smoothing parameters minimising the sum of squared one-step errors over y from the given
/// starting states: α, β in [0, 1] and γ in [0, 1 − α] (the usual restriction on γ, FPP 2nd ed.
/// §7.3, which statsmodels also applies; it keeps the seasonal terms from chasing noise),
/// searched by minimiseInUnitBox().
SmoothingParameters fitParameters(ForecastMethod method, const QVector<double> &y,
                                  const SmoothingState &initial);

/// Holds out the last BacktestMonths months of the history, forecasts them from the rest (method
/// chosen by the rest's length, clamped to the range) and measures the error.
Backtest backtestSeries(const MonthlySeries &series, const ValueRange &range);

/// The method's name for people, translated.
QString methodName(ForecastMethod method);
/// A stable identifier for files and JSON: "mean", "holt", "holt_winters".
QString methodId(ForecastMethod method);

} // namespace busola
