#include "nonemptyrowsproxy.h"

#include <cmath>

namespace busola {

NonEmptyRowsProxy::NonEmptyRowsProxy(int valueColumn, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_valueColumn(valueColumn)
{
    // Values change in place when a new period is computed; re-filter on every change.
    setDynamicSortFilter(true);
}

bool NonEmptyRowsProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QVariant value =
        sourceModel()->data(sourceModel()->index(sourceRow, m_valueColumn, sourceParent));
    if (!value.isValid() || value.isNull())
        return false;
    bool ok = false;
    const double number = value.toDouble(&ok);
    return ok && std::isfinite(number);
}

} // namespace busola
