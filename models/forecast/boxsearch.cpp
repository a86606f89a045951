#include "boxsearch.h"

#include <algorithm>
#include <cmath>

namespace busola {

namespace {

constexpr int GridSteps = 10; // grid step 0.1
constexpr double FirstStep = 0.05;
constexpr double LastStep = 1e-7;
// A bound on the refinement, far above what a sum of squares over a few years needs (a few
// hundred evaluations), so a pathological f cannot keep the search going.
constexpr int MaxRefinements = 20000;

/// NaN compares as worse than any number, so a point where f fails is never chosen.
bool better(double candidate, double best)
{
    return !std::isnan(candidate) && (std::isnan(best) || candidate < best);
}

/// Best point of the grid {0, 0.1, …, 1}^dimensions, in lexicographic order.
QVector<double> bestGridPoint(int dimensions,
                              const std::function<double(const QVector<double> &)> &f,
                              double *bestValue)
{
    QVector<int> index(dimensions, 0);
    QVector<double> point(dimensions, 0.0), best = point;
    *bestValue = f(point);
    for (;;) {
        int d = dimensions - 1;
        while (d >= 0 && index[d] == GridSteps) {
            index[d] = 0;
            --d;
        }
        if (d < 0)
            return best;
        ++index[d];
        for (int i = 0; i < dimensions; ++i)
            point[i] = double(index[i]) / GridSteps;
        const double value = f(point);
        if (better(value, *bestValue)) {
            *bestValue = value;
            best = point;
        }
    }
}

} // namespace

QVector<double> minimiseInUnitBox(int dimensions,
                                  const std::function<double(const QVector<double> &)> &f)
{
    if (dimensions <= 0)
        return {};
    double bestValue = 0;
    QVector<double> best = bestGridPoint(dimensions, f, &bestValue);
    int evaluations = 0;
    for (double step = FirstStep; step >= LastStep && evaluations < MaxRefinements;) {
        bool moved = false;
        for (int d = 0; d < dimensions; ++d) {
            for (const double direction : {1.0, -1.0}) {
                QVector<double> candidate = best;
                candidate[d] = std::clamp(best[d] + direction * step, 0.0, 1.0);
                if (candidate[d] == best[d])
                    continue;
                const double value = f(candidate);
                ++evaluations;
                if (better(value, bestValue)) {
                    bestValue = value;
                    best = candidate;
                    moved = true;
                    break;
                }
            }
        }
        if (!moved)
            step /= 2;
    }
    return best;
}

} // namespace busola
