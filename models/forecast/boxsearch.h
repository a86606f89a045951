#pragma once

#include <QVector>

#include <functional>

namespace busola {

/// Minimises f over the unit box [0, 1]^dimensions, deterministically: every point of a grid of
/// step 0.1 is evaluated, then a compass search (Kolda, Lewis & Torczon, "Optimization by direct
/// search", SIAM Review 45, 2003, §3) refines the best one: each coordinate in turn is moved by
/// ±step within the box and a move is kept when it lowers f; when no move helps the step is
/// halved, down to 1e-7. Ties keep the earlier point, so the same input gives the same answer.
/// The grid makes a local minimum of a multi-modal sum of squares less likely; the refinement
/// makes the answer precise. f must be finite on the box (NaN counts as worse than anything).
QVector<double> minimiseInUnitBox(int dimensions,
                                  const std::function<double(const QVector<double> &)> &f);

} // namespace busola
