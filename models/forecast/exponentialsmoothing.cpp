#include "exponentialsmoothing.h"

#include <QtMath>

#include <algorithm>
#include <cmath>

namespace busola {

namespace {

/// Least-squares line y = a + b t through the points (t, y) with t = index + 1, skipping
/// missing values. With one point the line is flat; with none it is 0.
void fitLine(const QVector<double> &y, int count, double *intercept, double *slope)
{
    double n = 0, st = 0, sy = 0, stt = 0, sty = 0;
    for (int i = 0; i < count && i < y.size(); ++i) {
        if (std::isnan(y[i]))
            continue;
        const double t = i + 1;
        n += 1;
        st += t;
        sy += y[i];
        stt += t * t;
        sty += t * y[i];
    }
    *intercept = 0;
    *slope = 0;
    if (n == 0)
        return;
    const double denominator = n * stt - st * st;
    if (n < 2 || denominator == 0) {
        *intercept = sy / n;
        return;
    }
    *slope = (n * sty - st * sy) / denominator;
    *intercept = (sy - *slope * st) / n;
}

/// Centred 2×m moving average at index i (0-based), or NaN when a term is missing or the
/// window leaves [0, count).
double centredMovingAverage(const QVector<double> &y, int i, int count)
{
    const int half = SeasonLength / 2;
    if (i - half < 0 || i + half >= count)
        return qQNaN();
    double sum = 0.5 * (y[i - half] + y[i + half]);
    for (int j = i - half + 1; j < i + half; ++j)
        sum += y[j];
    return sum / SeasonLength; // NaN propagates from any missing term
}

SmoothingState seasonalInitialState(const QVector<double> &y)
{
    const int years = std::clamp(int(y.size()) / SeasonLength, 2, 4);
    const int count = std::min(int(y.size()), years * SeasonLength);
    QVector<double> sum(SeasonLength, 0.0);
    QVector<int> seen(SeasonLength, 0);
    for (int i = 0; i < count; ++i) {
        const double trend = centredMovingAverage(y, i, count);
        if (std::isnan(trend) || std::isnan(y[i]))
            continue;
        sum[i % SeasonLength] += y[i] - trend;
        ++seen[i % SeasonLength];
    }
    SmoothingState state;
    state.season.resize(SeasonLength);
    double total = 0;
    for (int j = 0; j < SeasonLength; ++j) {
        state.season[j] = seen[j] > 0 ? sum[j] / seen[j] : 0.0;
        total += state.season[j];
    }
    for (double &s : state.season)
        s -= total / SeasonLength;
    QVector<double> adjusted(count);
    for (int i = 0; i < count; ++i)
        adjusted[i] = y[i] - state.season[i % SeasonLength];
    fitLine(adjusted, count, &state.level, &state.trend);
    return state;
}

} // namespace

SmoothingRun runSmoothing(ForecastMethod method, const QVector<double> &y,
                          const SmoothingParameters &p, const SmoothingState &initial)
{
    const bool seasonal = method == ForecastMethod::HoltWintersAdditive;
    SmoothingRun run;
    run.length = int(y.size());
    run.fitted.resize(y.size());
    SmoothingState s = initial;
    if (seasonal && s.season.size() != SeasonLength)
        s.season = QVector<double>(SeasonLength, 0.0);
    for (int t = 0; t < y.size(); ++t) {
        const double seasonTerm = seasonal ? s.season[t % SeasonLength] : 0.0;
        const double forecast = s.level + s.trend + seasonTerm;
        run.fitted[t] = forecast;
        if (std::isnan(y[t])) { // missing month: the states follow their own forecast
            s.level += s.trend;
            continue;
        }
        const double error = y[t] - forecast;
        run.sse += error * error;
        ++run.residualCount;
        const double previousLevel = s.level;
        s.level = p.alpha * (y[t] - seasonTerm) + (1 - p.alpha) * (s.level + s.trend);
        const double newTrend = p.beta * (s.level - previousLevel) + (1 - p.beta) * s.trend;
        if (seasonal) {
            s.season[t % SeasonLength] =
                p.gamma * (y[t] - previousLevel - s.trend) + (1 - p.gamma) * seasonTerm;
        }
        s.trend = newTrend;
    }
    run.final = s;
    return run;
}

QVector<double> pointForecasts(ForecastMethod method, const SmoothingRun &run, int horizon)
{
    const bool seasonal =
        method == ForecastMethod::HoltWintersAdditive && run.final.season.size() == SeasonLength;
    QVector<double> forecasts;
    forecasts.reserve(horizon);
    for (int h = 1; h <= horizon; ++h) {
        // Observation index n + h − 1 reuses the latest term of its calendar position.
        const double seasonTerm =
            seasonal ? run.final.season[(run.length + h - 1) % SeasonLength] : 0.0;
        forecasts << run.final.level + h * run.final.trend + seasonTerm;
    }
    return forecasts;
}

SmoothingState initialState(ForecastMethod method, const QVector<double> &y)
{
    if (method == ForecastMethod::HoltWintersAdditive && y.size() >= 2 * SeasonLength)
        return seasonalInitialState(y);
    SmoothingState state;
    if (method != ForecastMethod::Mean) {
        fitLine(y, 10, &state.level, &state.trend);
        return state;
    }
    int observed = 0;
    for (double v : y) {
        if (!std::isnan(v)) {
            state.level += v;
            ++observed;
        }
    }
    if (observed > 0)
        state.level /= observed;
    return state;
}

double forecastVarianceFactor(ForecastMethod method, const SmoothingParameters &p, int h,
                              int observationCount)
{
    if (method == ForecastMethod::Mean)
        return observationCount > 0 ? 1.0 + 1.0 / observationCount : 1.0;
    const double a = p.alpha;
    const double b = p.alpha * p.beta; // state-space β of the error-correction form
    const double steps = h - 1;
    double factor = 1 + steps * (a * a + a * b * h + b * b * h * (2.0 * h - 1) / 6.0);
    if (method == ForecastMethod::HoltWintersAdditive) {
        const int k = (h - 1) / SeasonLength;
        const double g = p.gamma;
        factor += g * k * (2 * a + g + b * SeasonLength * (k + 1));
    }
    return factor;
}

} // namespace busola
