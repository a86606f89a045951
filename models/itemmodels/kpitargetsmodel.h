#pragma once

#include "kpi/kpiformat.h"
#include "kpi/kpitargets.h"

#include <QAbstractTableModel>
#include <QVector>

namespace busola {

class Store;

/// The KPI targets a store keeps, for Settings: each row one target — the KPI, which way is
/// better (the KPI's own, shown so the number reads right), whom it applies to (the company, a
/// team or a channel), the month it holds from, the target and its "near" tolerance. Target and
/// tolerance are edited in place; rows are added and removed here. Every change is written to
/// the store at once; the article's default targets apply where no row does.
class KpiTargetsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        KpiColumn,
        DirectionColumn,
        ScopeColumn,
        ValidFromColumn,
        TargetColumn,
        ToleranceColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit KpiTargetsModel(Store &store, QObject *parent = nullptr);

    /// Names and numbers in this language; money in the store's currency.
    void setLanguage(Language language);
    void reload();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Target or tolerance (EditRole, a number in the KPI's unit or percent; an empty value
    /// clears it: no target from that month on, or the store's default tolerance).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// Saves a target (an existing KPI, scope and month is replaced). False with *error set
    /// when it is not valid or cannot be written.
    bool addTarget(const KpiTargetEntry &entry, QString *error = nullptr);
    bool removeTarget(int row, QString *error = nullptr);
    const KpiTargetEntry &entryAt(int row) const { return m_entries.at(row); }
    QString lastError() const { return m_error; }

private:
    QString scopeText(const KpiTargetEntry &entry) const;
    QString validFromText(int yyyymm) const;

    Store &m_store;
    Language m_language = Language::Romanian;
    /// Names, months and values in m_language; the currency is read once per reload, not per
    /// painted cell (it is a query, and it cannot change under stored targets' data anyway).
    KpiFormatter m_format{Language::Romanian, QString()};
    QVector<KpiTargetEntry> m_entries;
    QString m_error;
};

} // namespace busola
