#pragma once

#include "kpi/kpiengine.h"
#include "kpi/kpiformat.h"

#include <QAbstractTableModel>

namespace busola {

/// One row per KPI: value, target, status, both comparisons, count and extras — what the
/// gauges, the executive summary and SWOT suggestions read. Display text is localised in the
/// model's language; raw numbers are in the roles.
class KpiSummaryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Value,
        Target,
        Status,
        Previous,
        PreviousChange,
        YearAgo,
        YearAgoChange,
        Count,
        Extras,
        ColumnCount
    };
    enum Role {
        KpiIdRole = Qt::UserRole + 1, ///< QString id
        ValueRole,                    ///< double, invalid when no data
        TargetRole,
        StatusRole,     ///< int(KpiStatus)
        StatusCodeRole, ///< "met", "near", "missed", "no_data", ""
        CountRole,
        LowerIsBetterRole,
        UnitRole, ///< the JSON's unit code
        PreviousValueRole,
        PreviousChangePctRole,
        PreviousChangeAbsRole,
        YearAgoValueRole,
        YearAgoChangePctRole,
        YearAgoChangeAbsRole,
        MedianRole,
        P90Role,
        ShareHighRole,
        RatingsRole,
        OpenRole,
        TolerancePctRole,
    };
    Q_ENUM(Role)

    explicit KpiSummaryModel(QObject *parent = nullptr);

    void setLanguage(Language language, const QString &currency);
    void setRows(const QVector<KpiRow> &rows);
    /// Computes every KPI for period and filters through engine.
    void load(KpiEngine &engine, const KpiPeriod &period, const KpiFilters &filters);
    const QVector<KpiRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The colour of a status (green, amber, red; grey for no data; invalid for no target).
    static QVariant statusColor(KpiStatus status);

private:
    QVariant display(const KpiRow &row, int column) const;
    QVariant roleData(const KpiRow &row, int role) const;
    QString extrasText(const KpiRow &row) const;

    QVector<KpiRow> m_rows;
    KpiFormatter m_format;
    QString m_currency = QStringLiteral("RON");
};

/// A null optional as an invalid QVariant, so views show nothing and charts skip the point.
template <typename T> QVariant optionalVariant(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

} // namespace busola
