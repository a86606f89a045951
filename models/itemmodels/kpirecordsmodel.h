#pragma once

#include "kpi/kpiformat.h"
#include "kpi/kpirecords.h"

#include <QAbstractTableModel>

#include <memory>

class QIODevice;

namespace busola {

class Store;

/// The records behind a KPI value (the drill-down table): fetched a page at a time as the
/// view scrolls (canFetchMore/fetchMore), sorted by any column and filtered by text in SQL,
/// so a million interactions never sit in memory.
class KpiRecordsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { RawRole = Qt::UserRole + 1 }; ///< the stored value (instants as epoch seconds)
    Q_ENUM(Role)

    explicit KpiRecordsModel(Store &store, QObject *parent = nullptr);
    ~KpiRecordsModel() override;

    void setLanguage(Language language, const QString &currency);
    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }
    /// Shows the records behind kpi over period with filters; fetches the first page.
    void setQuery(Kpi kpi, const KpiPeriod &period, const KpiFilters &filters);
    void setTextFilter(const QString &text);
    /// How many records there are in all (not only the fetched ones).
    qint64 totalCount() const { return m_total; }
    /// Every record (not only the fetched ones) as CSV with a header, in the current order.
    bool exportCsv(QIODevice *device);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void restart();
    QString text(const QVariant &value, RecordKind kind) const;

    Store &m_store;
    std::unique_ptr<KpiRecordQuery> m_query;
    QVector<QVariantList> m_rows;
    qint64 m_total = 0;
    int m_pageSize = 200;
    int m_sortColumn = 1;
    bool m_ascending = true;
    bool m_busy = false; ///< announcing a change: views asking for more must wait
    KpiFormatter m_format;
};

} // namespace busola
