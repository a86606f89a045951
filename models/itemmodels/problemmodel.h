#pragma once

#include "import/importsettings.h"

#include <QAbstractTableModel>
#include <QVector>

namespace busola {

/// The problems an import found (row as the spreadsheet shows it, column, value, reason),
/// for the wizard's validation page, filtered by kind.
class ProblemModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, RowColumn, ColumnColumn, ValueColumn, ReasonColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        /// True for an error (the row is rejected), false for a warning.
        IsErrorRole = Qt::UserRole,
    };
    Q_ENUM(Role)
    enum class Filter { All, Errors, Warnings };
    Q_ENUM(Filter)

    explicit ProblemModel(QObject *parent = nullptr);

    void setProblems(const QVector<Problem> &problems);
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    /// The problem shown on a row.
    const Problem &problemAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    QVector<Problem> m_problems;
    QVector<int> m_shown; ///< indexes into m_problems that pass the filter
    Filter m_filter = Filter::All;
};

} // namespace busola
