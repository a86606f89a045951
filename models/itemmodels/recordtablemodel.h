#pragma once

#include "recordpager.h"
#include "recordtables.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QVariant>
#include <QVector>

namespace busola {

class Store;

/// The rows of one data table of the store (interactions, deals, feedback, costs), for the
/// data browser and drill-downs. Columns are those of recordTableSpec(table), e.g.
/// InteractionColumn::Column.
///
/// Rows are fetched lazily in pages of PageSize (canFetchMore/fetchMore) by a RecordPager:
/// sorting (sort()) and the text filter (setFilterText()) are done by SQL with bound values,
/// never by holding all rows in memory or by a proxy model.
///
/// The model reads through the store's connection, so it lives in the store's thread and must
/// not outlive the store.
class RecordTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        /// The stored value: epoch seconds, minor units, yyyymm, the raw text.
        RawValueRole = Qt::UserRole,
        /// The row's id in its table.
        RecordIdRole,
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 200;

    RecordTableModel(const Store &store, RecordTable table, QObject *parent = nullptr);
    ~RecordTableModel() override;

    RecordTable table() const { return m_table; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /// Column -1 restores the table's own order (by id).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /// Keeps the rows whose searchable columns contain every word of text (on SQLite, the
    /// case of ASCII letters is ignored, not that of ă â î ș ț). Empty text shows all rows.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }

    /// Rows that match the filter, fetched or not; -1 when the count failed.
    qint64 matchingRowCount() const { return m_pager.matchingRows(); }

    /// Numbers, dates and money are shown in this locale (default: QLocale()).
    void setLocale(const QLocale &locale);
    QLocale locale() const { return m_locale; }

    /// Reads the table again from its start (after an import, or the demo company).
    void reload();

    /// The last database error, empty when the last query worked.
    QString lastError() const { return m_pager.lastError(); }

    /// Money in minor units as text with two decimals in locale, e.g. 123456 → "1,234.56".
    static QString formatMinorUnits(qint64 minor, const QLocale &locale);

signals:
    /// After every reload (filter, sort, store change): the new number of matching rows.
    void matchingRowCountChanged(qint64 count);

private:
    QString displayText(ValueKind kind, const QVariant &value) const;

    const Store &m_store;
    RecordTable m_table;
    const RecordTableSpec &m_spec;
    RecordPager m_pager;
    QLocale m_locale;
    QString m_dateTimeFormat;
    QString m_currency; ///< read on reload: headers are asked for often

    QVector<RecordPager::Row> m_rows;
    QString m_filterText;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_notifying = false; ///< between begin/end of a reset or an insert
};

} // namespace busola
