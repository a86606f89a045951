#pragma once

#include <QVector>

namespace busola {

/// How a monthly series is forecast. The forecaster picks one from the number of observed
/// months (PRODUCT.md "Forecast"): the mean below 6, Holt's linear trend from 6 to 23,
/// Holt-Winters with additive yearly seasonality from 24.
enum class ForecastMethod { Mean, HoltLinear, HoltWintersAdditive };

/// Months in a season: the seasonality is yearly and the series monthly.
constexpr int SeasonLength = 12;

/// Smoothing parameters in the classical component form (Hyndman & Athanasopoulos, "Forecasting:
/// Principles and Practice", 2nd ed., §7.2 and §7.3; the same form as statsmodels'
/// holtwinters.ExponentialSmoothing):
///   level   l_t = α (y_t − s_{t−m}) + (1 − α)(l_{t−1} + b_{t−1})
///   trend   b_t = β (l_t − l_{t−1}) + (1 − β) b_{t−1}
///   season  s_t = γ (y_t − l_{t−1} − b_{t−1}) + (1 − γ) s_{t−m}
/// Each lies in [0, 1]. Unused ones (β for the mean, γ without seasonality) stay 0.
struct SmoothingParameters
{
    double alpha = 0;
    double beta = 0;
    double gamma = 0;
};

/// The states of the recursion. season[i] is the latest seasonal term of the calendar position
/// i (mod SeasonLength) counted from the series' first observation: before any observation,
/// season[j] is s_{j−m}, the term that the forecast of observation j uses.
struct SmoothingState
{
    double level = 0;
    double trend = 0;
    QVector<double> season; // empty for Holt's linear trend
};

/// The outcome of running the recursion over a history.
struct SmoothingRun
{
    /// One-step-ahead forecast of every observation (also of missing ones).
    QVector<double> fitted;
    /// Sum of squared one-step errors over the observed months, and how many there were.
    double sse = 0;
    int residualCount = 0;
    /// States after the last observation: the forecast origin.
    SmoothingState final;
    int length = 0;
};

/// Runs Holt's or Holt-Winters' recursion over y from the given starting states (the states
/// "at time 0", before y[0]). A missing month (NaN) is skipped: the states move on by their
/// forecast, as a state-space model does with a missing observation, and it adds no error.
SmoothingRun runSmoothing(ForecastMethod method, const QVector<double> &y,
                          const SmoothingParameters &parameters, const SmoothingState &initial);

/// Point forecasts for the horizon months after the run's last observation:
/// ŷ_{n+h} = l_n + h b_n + s_{n+h−m(k+1)}, k = ⌊(h−1)/m⌋.
QVector<double> pointForecasts(ForecastMethod method, const SmoothingRun &run, int horizon);

/// Deterministic starting states from the first observations (Hyndman, Koehler, Ord & Snyder,
/// "Forecasting with Exponential Smoothing", 2008, §2.6.1, the heuristic initialisation):
/// - The mean: the level is the mean of all observed months.
/// - Holt: a least-squares line through the first 10 months (missing ones skipped) gives l_0
///   (its value at t = 0) and b_0 (its slope).
/// - Holt-Winters: over the first complete years (2 to 4 of them) a centred 2×12 moving average
///   estimates the trend; the mean of y − trend per calendar month, centred to sum 0, gives the
///   seasonal terms; a least-squares line through the seasonally adjusted values of those years
///   gives l_0 and b_0. (Hyndman uses the first 10 adjusted values; monthly data is noisy, so we
///   use the whole years the seasonal terms came from.)
/// A perfectly linear series, or linear plus a fixed yearly pattern, is recovered exactly.
SmoothingState initialState(ForecastMethod method, const QVector<double> &y);

/// Variance factor of the h-step forecast error: Var(e_{n+h}) = σ² × factor. From Hyndman et al.
/// (2008), Table 6.1 (class 1 models), also FPP 3rd ed. §8.7 Table 8.8, written with the
/// state-space parameters α, β_ss = αβ, γ_ss = γ of the component form above:
///   ETS(A,A,N): 1 + (h−1)[α² + αβ_ss h + β_ss² h(2h−1)/6]
///   ETS(A,A,A): the same + γ k [2α + γ + β_ss m (k+1)], k = ⌊(h−1)/m⌋
/// The mean: 1 + 1/n (FPP 2nd ed. §3.5, Table 3.8), the same for every h.
double forecastVarianceFactor(ForecastMethod method, const SmoothingParameters &parameters, int h,
                              int observationCount);

} // namespace busola
