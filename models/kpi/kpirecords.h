#pragma once

#include "kpidefinition.h"
#include "kpiperiod.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <QVector>

namespace busola {

class StoreClock;

/// How a column of the records behind a KPI is shown. Channel and DealStatus are text keys
/// ("phone", "won") shown by their names in the language.
enum class RecordKind { Text, Instant, Hours, Days, Money, Number, Flag, Channel, DealStatus };
/// Text-like kinds: left-aligned, searched by the text filter.
inline bool isTextKind(RecordKind kind)
{
    return kind == RecordKind::Text || kind == RecordKind::Channel ||
           kind == RecordKind::DealStatus;
}

struct RecordColumn
{
    QString title; ///< translated
    RecordKind kind = RecordKind::Text;
};

/// The records a KPI value ranges over (its count): the interactions, deals, ratings or
/// customers behind it, with filters, read a page at a time in any column's order.
class KpiRecordQuery
{
    Q_DECLARE_TR_FUNCTIONS(busola::KpiRecordQuery)

public:
    KpiRecordQuery(QSqlDatabase db, const StoreClock &clock, Kpi kpi, const KpiPeriod &period,
                   const KpiFilters &filters, int retentionWindowMonths = 12);

    const QVector<RecordColumn> &columns() const { return m_columns; }
    /// Only rows with text containing this (any text column), case-insensitive for ASCII, or
    /// whose Channel / DealStatus column holds one of the keys whose shown name contains it.
    void setTextFilter(const QString &text, const QStringList &channelKeys = {},
                       const QStringList &statusKeys = {})
    {
        m_text = text;
        m_channelKeys = channelKeys;
        m_statusKeys = statusKeys;
    }
    /// How many rows there are (with the text filter).
    qint64 count();
    /// Rows [offset, offset + limit) ordered by column (ascending or not), ties by id.
    QVector<QVariantList> page(int column, bool ascending, qint64 offset, int limit);
    QString lastError() const { return m_error; }

private:
    void buildSupport(Kpi kpi, const KpiPeriod &period, const KpiFilters &filters);
    void buildRatings(const KpiPeriod &period, const KpiFilters &filters);
    void buildSales(Kpi kpi, const KpiPeriod &period, const KpiFilters &filters);
    void buildCustomers(const KpiPeriod &period, int windowMonths);
    QString outerWhere(QVariantList *binds) const;

    QSqlDatabase m_db;
    const StoreClock &m_clock;
    QVector<RecordColumn> m_columns;
    QString m_inner; ///< SELECT producing c0, c1, ... and a unique key column k
    QVariantList m_binds;
    QString m_text;
    QStringList m_channelKeys;
    QStringList m_statusKeys;
    QString m_error;
};

} // namespace busola
