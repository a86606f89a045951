#pragma once

#include <QSortFilterProxyModel>

namespace busola {

/// The rows of a source model whose value column holds a finite number. A chart's model mapper
/// reads an empty cell as 0 and warns on NaN; PRODUCT.md says a month without data is "—", never
/// 0, so each mapped series sees only the months that have a value through one of these.
class NonEmptyRowsProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit NonEmptyRowsProxy(int valueColumn, QObject *parent = nullptr);

    int valueColumn() const { return m_valueColumn; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_valueColumn;
};

} // namespace busola
