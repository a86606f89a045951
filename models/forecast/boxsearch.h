#pragma once

#include <QVector>

#include <functional>

namespace busola {

/// Minimises f over the unit box [0, 1]^dimensions, deterministically (the same f, the same
/// answer): every point of a grid of step 0.1 is evaluated, so a multi-modal sum of squares is
/// less likely to trap the search in a poor local minimum; a Nelder-Mead simplex then refines
/// the best grid point, and a compass search settles it (also on the box's faces), down to
/// steps of 1e-9. Both refinements have a bounded number of evaluations. f must be finite on
/// the box; a NaN counts as worse than any number.
QVector<double> minimiseInUnitBox(int dimensions,
                                  const std::function<double(const QVector<double> &)> &f);

} // namespace busola
