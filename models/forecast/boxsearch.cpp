#include "boxsearch.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace busola {

namespace {

constexpr int GridSteps = 10; // grid step 0.1
constexpr double SimplexStep = 0.05;
constexpr int MaxSimplexIterations = 400;
constexpr double FirstStep = 0.01; // the compass polish after the simplex
constexpr double LastStep = 1e-9;
// Bounds on the refinements, far above what a sum of squares over a few years needs, so a
// pathological f cannot keep the search going.
constexpr int MaxCompassEvaluations = 3000;

using Point = QVector<double>;
using Objective = std::function<double(const QVector<double> &)>;

/// NaN compares as worse than any number, so a point where f fails is never chosen.
bool better(double candidate, double best)
{
    return !std::isnan(candidate) && (std::isnan(best) || candidate < best);
}

/// Best point of the grid {0, 0.1, …, 1}^dimensions, in lexicographic order.
Point bestGridPoint(int dimensions, const Objective &f, double *bestValue)
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

Point clampToBox(Point x)
{
    for (double &v : x)
        v = std::clamp(v, 0.0, 1.0);
    return x;
}

/// x + t (y − x), projected onto the box.
Point along(const Point &x, const Point &y, double t)
{
    Point z(x.size());
    for (int i = 0; i < x.size(); ++i)
        z[i] = x[i] + t * (y[i] - x[i]);
    return clampToBox(z);
}

/// Nelder-Mead with the standard coefficients (reflection 1, expansion 2, contraction and
/// shrink ½; Lagarias et al., SIAM J. Optim. 9, 1998), every trial point projected onto the box.
/// It follows the curved valleys of a smoothing SSE that axis moves only crawl along.
Point nelderMead(const Objective &f, const Point &start, double *bestValue)
{
    const int d = int(start.size());
    QVector<Point> x{start};
    QVector<double> fx{*bestValue};
    for (int i = 0; i < d; ++i) {
        Point v = start;
        const bool room = v[i] + SimplexStep <= 1; // else step inwards
        v[i] += room ? SimplexStep : -SimplexStep;
        x << v;
        fx << f(v);
    }
    for (int iteration = 0; iteration < MaxSimplexIterations; ++iteration) {
        QVector<int> order(d + 1);
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return better(fx[a], fx[b]); });
        QVector<Point> xs;
        QVector<double> fs;
        for (int i : order) {
            xs << x[i];
            fs << fx[i];
        }
        x = xs;
        fx = fs;
        double size = 0;
        for (int i = 1; i <= d; ++i)
            for (int j = 0; j < d; ++j)
                size = std::max(size, std::abs(x[i][j] - x[0][j]));
        if (size < LastStep)
            break;
        Point centroid(d, 0.0);
        for (int i = 0; i < d; ++i)
            for (int j = 0; j < d; ++j)
                centroid[j] += x[i][j] / d;
        const Point reflected = along(centroid, x[d], -1);
        const double fr = f(reflected);
        if (better(fr, fx[0])) {
            const Point expanded = along(centroid, x[d], -2);
            const double fe = f(expanded);
            const bool takeExpanded = better(fe, fr);
            x[d] = takeExpanded ? expanded : reflected;
            fx[d] = takeExpanded ? fe : fr;
            continue;
        }
        if (better(fr, fx[d - 1])) {
            x[d] = reflected;
            fx[d] = fr;
            continue;
        }
        const bool outside = better(fr, fx[d]);
        const Point contracted = along(centroid, outside ? reflected : x[d], 0.5);
        const double fc = f(contracted);
        if (outside ? !better(fr, fc) : better(fc, fx[d])) {
            x[d] = contracted;
            fx[d] = fc;
            continue;
        }
        for (int i = 1; i <= d; ++i) { // shrink towards the best point
            x[i] = along(x[0], x[i], 0.5);
            fx[i] = f(x[i]);
        }
    }
    int best = 0;
    for (int i = 1; i <= d; ++i)
        if (better(fx[i], fx[best]))
            best = i;
    *bestValue = fx[best];
    return x[best];
}

/// Compass search (Kolda, Lewis & Torczon, SIAM Review 45, 2003, §3): each coordinate in turn
/// moves by ±step within the box, a move is kept when it lowers f, and the step halves when
/// none does. It settles the simplex's answer on the box's faces, where a projected simplex
/// can stall.
Point compassPolish(const Objective &f, Point best, double *bestValue)
{
    int evaluations = 0;
    for (double step = FirstStep; step >= LastStep && evaluations < MaxCompassEvaluations;) {
        bool moved = false;
        for (int d = 0; d < best.size(); ++d) {
            for (const double direction : {1.0, -1.0}) {
                Point candidate = best;
                candidate[d] = std::clamp(best[d] + direction * step, 0.0, 1.0);
                if (candidate[d] == best[d])
                    continue;
                const double value = f(candidate);
                ++evaluations;
                if (better(value, *bestValue)) {
                    *bestValue = value;
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
} // namespace

QVector<double> minimiseInUnitBox(int dimensions, const Objective &f)
{
    if (dimensions <= 0)
        return {};
    double bestValue = 0;
    Point best = bestGridPoint(dimensions, f, &bestValue);
    best = nelderMead(f, best, &bestValue);
    return compassPolish(f, best, &bestValue);
}

} // namespace busola
