#include "forecaster.h"

#include "boxsearch.h"
#include "store/storeclock.h"

#include <QtMath>

#include <algorithm>
#include <cmath>

namespace busola {

int MonthlySeries::lastMonth() const
{
    return StoreClock::addMonths(firstMonth, std::max(0, int(values.size()) - 1));
}

int MonthlySeries::observedCount() const
{
    return int(
        std::count_if(values.cbegin(), values.cend(), [](double v) { return !std::isnan(v); }));
}

double ValueRange::clamp(double value) const
{
    if (std::isnan(value))
        return value;
    return std::min(std::max(value, min), max);
}

bool Backtest::usesMape() const
{
    return valid && !std::isnan(mape);
}

ForecastMethod methodFor(int observedMonths)
{
    if (observedMonths >= 2 * SeasonLength)
        return ForecastMethod::HoltWintersAdditive;
    if (observedMonths >= 6)
        return ForecastMethod::HoltLinear;
    return ForecastMethod::Mean;
}

namespace {

/// Without the months lacking data before the first and after the last observation: the
/// forecast starts after the last month that has data.
MonthlySeries trimmed(const MonthlySeries &series)
{
    int first = 0;
    int last = int(series.values.size()) - 1;
    while (first <= last && std::isnan(series.values[first]))
        ++first;
    while (last >= first && std::isnan(series.values[last]))
        --last;
    MonthlySeries result;
    result.firstMonth = StoreClock::addMonths(series.firstMonth, first);
    result.values = series.values.mid(first, last - first + 1);
    return result;
}

/// Quantities estimated from the data: the smoothing parameters and the starting states
/// (mean: the mean; Holt: α, β, l_0, b_0; Holt-Winters: also γ and 11 free seasonal terms).
int estimatedCount(ForecastMethod method)
{
    switch (method) {
    case ForecastMethod::Mean:
        return 1;
    case ForecastMethod::HoltLinear:
        return 4;
    case ForecastMethod::HoltWintersAdditive:
        return 5 + SeasonLength - 1;
    }
    return 1;
}

/// σ² = SSE / (n − k), k = estimatedCount(): the sample variance for the mean, and the same
/// degrees-of-freedom correction that R's forecast::ets applies to ETS residuals. NaN when no
/// degree of freedom is left (too short a history to know the spread).
double residualSigma(ForecastMethod method, double sse, int residualCount)
{
    const int freedom = residualCount - estimatedCount(method);
    return freedom >= 1 ? std::sqrt(sse / freedom) : qQNaN();
}

struct FitOutcome
{
    QVector<double> fitted;
    double sse = 0;
    int residualCount = 0;
    QVector<double> forecasts;
};

FitOutcome runMethod(ForecastMethod method, const QVector<double> &y,
                     const SmoothingParameters &parameters, const SmoothingState &initial,
                     int horizon)
{
    FitOutcome outcome;
    if (method == ForecastMethod::Mean) {
        outcome.fitted = QVector<double>(y.size(), initial.level);
        for (double v : y) {
            if (std::isnan(v))
                continue;
            outcome.sse += (v - initial.level) * (v - initial.level);
            ++outcome.residualCount;
        }
        outcome.forecasts = QVector<double>(horizon, initial.level);
        return outcome;
    }
    const SmoothingRun run = runSmoothing(method, y, parameters, initial);
    outcome.fitted = run.fitted;
    outcome.sse = run.sse;
    outcome.residualCount = run.residualCount;
    outcome.forecasts = pointForecasts(method, run, horizon);
    return outcome;
}

} // namespace

Forecast forecastWith(ForecastMethod method, const MonthlySeries &series,
                      const SmoothingParameters &parameters, const SmoothingState &initial,
                      const ForecastOptions &options)
{
    Forecast forecast;
    forecast.history = trimmed(series);
    forecast.method = method;
    forecast.parameters = parameters;
    forecast.initial = initial;
    if (forecast.history.observedCount() == 0)
        return forecast;
    forecast.valid = true;
    const int horizon = std::clamp(options.horizon, MinHorizon, MaxHorizon);
    const FitOutcome fit = runMethod(method, forecast.history.values, parameters, initial, horizon);
    forecast.fitted = fit.fitted;
    forecast.sse = fit.sse;
    forecast.residualCount = fit.residualCount;
    forecast.sigma = residualSigma(method, fit.sse, fit.residualCount);
    const int observed = forecast.history.observedCount();
    for (int h = 1; h <= horizon; ++h) {
        const double value = fit.forecasts[h - 1];
        const double half = IntervalZ * forecast.sigma *
                            std::sqrt(forecastVarianceFactor(method, parameters, h, observed));
        ForecastPoint point;
        point.month = StoreClock::addMonths(forecast.history.lastMonth(), h);
        point.value = options.range.clamp(value);
        point.lower = options.range.clamp(value - half);
        point.upper = options.range.clamp(value + half);
        forecast.points << point;
    }
    return forecast;
}

SmoothingParameters fitParameters(ForecastMethod method, const QVector<double> &y,
                                  const SmoothingState &initial)
{
    // The search runs in the state-space coordinates (α, β_ss = αβ, γ / (1 − α)): in (α, β)
    // every β gives the same fit at α = 0, a singular edge along which the SSE is nearly flat
    // and a search crawls. β_ss above α is read as α (β = 1), so the whole box is valid.
    const auto toParameters = [method](const QVector<double> &x) {
        SmoothingParameters p;
        p.alpha = x.value(0);
        const double betaSs = std::min(x.value(1), p.alpha);
        p.beta = p.alpha > 0 ? betaSs / p.alpha : 0.0; // at α = 0 the trend never moves
        if (method == ForecastMethod::HoltWintersAdditive)
            p.gamma = x.value(2) * (1 - p.alpha); // γ ∈ [0, 1 − α]
        return p;
    };
    const int dimensions = method == ForecastMethod::HoltWintersAdditive ? 3
                           : method == ForecastMethod::HoltLinear        ? 2
                                                                         : 0;
    if (dimensions == 0)
        return {};
    const QVector<double> best = minimiseInUnitBox(dimensions, [&](const QVector<double> &x) {
        return runSmoothing(method, y, toParameters(x), initial).sse;
    });
    return toParameters(best);
}

Forecast forecastSeries(const MonthlySeries &series, const ForecastOptions &options)
{
    const MonthlySeries history = trimmed(series);
    const ForecastMethod method = methodFor(history.observedCount());
    const SmoothingState initial = initialState(method, history.values);
    const SmoothingParameters parameters = fitParameters(method, history.values, initial);
    Forecast forecast = forecastWith(method, history, parameters, initial, options);
    forecast.backtest = backtestSeries(history, options.range);
    return forecast;
}

Backtest backtestSeries(const MonthlySeries &series, const ValueRange &range)
{
    Backtest backtest;
    const MonthlySeries history = trimmed(series);
    const int training = int(history.values.size()) - BacktestMonths;
    if (training < 1)
        return backtest;
    // The held-out months follow the training months directly, so the training part keeps
    // its trailing gaps: the states move through them and h counts from the training's end.
    const QVector<double> y = history.values.mid(0, training);
    MonthlySeries trainingSeries{history.firstMonth, y};
    if (trainingSeries.observedCount() < MinBacktestTraining)
        return backtest;
    backtest.method = methodFor(trainingSeries.observedCount());
    const SmoothingState initial = initialState(backtest.method, y);
    const SmoothingParameters parameters = fitParameters(backtest.method, y, initial);
    const FitOutcome fit = runMethod(backtest.method, y, parameters, initial, BacktestMonths);
    double absolute = 0, relative = 0;
    bool zeroActual = false;
    for (int i = 0; i < BacktestMonths; ++i) {
        const double actual = history.values[training + i];
        if (std::isnan(actual))
            continue;
        const double predicted = range.clamp(fit.forecasts[i]);
        backtest.actual << actual;
        backtest.predicted << predicted;
        absolute += std::abs(actual - predicted);
        if (actual == 0)
            zeroActual = true;
        else
            relative += std::abs(actual - predicted) / std::abs(actual);
    }
    backtest.heldOut = int(backtest.actual.size());
    if (backtest.heldOut == 0)
        return backtest;
    backtest.valid = true;
    backtest.mae = absolute / backtest.heldOut;
    backtest.mape = zeroActual ? qQNaN() : 100.0 * relative / backtest.heldOut;
    return backtest;
}

QString methodName(ForecastMethod method)
{
    switch (method) {
    case ForecastMethod::Mean:
        return QCoreApplication::translate("busola::Forecast", "mean of the history");
    case ForecastMethod::HoltLinear:
        return QCoreApplication::translate("busola::Forecast", "Holt's linear trend");
    case ForecastMethod::HoltWintersAdditive:
        return QCoreApplication::translate("busola::Forecast",
                                           "Holt-Winters, additive yearly seasonality");
    }
    return {};
}

QString methodId(ForecastMethod method)
{
    switch (method) {
    case ForecastMethod::Mean:
        return QStringLiteral("mean");
    case ForecastMethod::HoltLinear:
        return QStringLiteral("holt");
    case ForecastMethod::HoltWintersAdditive:
        return QStringLiteral("holt_winters");
    }
    return {};
}

} // namespace busola
