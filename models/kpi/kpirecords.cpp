#include "kpirecords.h"

#include "kpiaggregates.h"
#include "store/dialect.h"
#include "store/storeclock.h"

#include <QSqlError>
#include <QSqlQuery>

namespace busola {

KpiRecordQuery::KpiRecordQuery(QSqlDatabase db, const StoreClock &clock, Kpi kpi,
                               const KpiPeriod &period, const KpiFilters &filters,
                               int retentionWindowMonths)
    : m_db(db)
    , m_clock(clock)
{
    switch (kpiDefinition(kpi).data) {
    case KpiData::Support:
        if (kpi == Kpi::Csat)
            buildRatings(period, filters);
        else
            buildSupport(kpi, period, filters);
        break;
    case KpiData::Sales:
        buildSales(kpi, period, filters);
        break;
    case KpiData::Customers:
        buildCustomers(period, retentionWindowMonths);
        break;
    }
}

void KpiRecordQuery::buildSupport(Kpi kpi, const KpiPeriod &period, const KpiFilters &filters)
{
    m_columns = {{tr("Id"), RecordKind::Text},         {tr("Created"), RecordKind::Instant},
                 {tr("Response"), RecordKind::Hours},  {tr("Resolved"), RecordKind::Instant},
                 {tr("Channel"), RecordKind::Channel}, {tr("Team"), RecordKind::Text},
                 {tr("Agent"), RecordKind::Text},      {tr("Customer"), RecordKind::Text},
                 {tr("Contacts"), RecordKind::Number}, {tr("Rating"), RecordKind::Number},
                 {tr("Cost"), RecordKind::Money},      {tr("Complaint"), RecordKind::Flag},
                 {tr("Subject"), RecordKind::Text}};
    QString where;
    switch (kpi) {
    case Kpi::ResponseTime:
        where = QStringLiteral(
            "i.created_at >= ? AND i.created_at < ? AND i.response_seconds IS NOT NULL");
        break;
    case Kpi::FcrRate:
        where = QStringLiteral("i.resolved_at >= ? AND i.resolved_at < ?"
                               " AND (i.contacts IS NOT NULL OR i.fcr_flag IS NOT NULL)");
        break;
    case Kpi::ResolvedCount:
        where = QStringLiteral("i.resolved_at >= ? AND i.resolved_at < ?");
        break;
    case Kpi::Complaints:
        where = QStringLiteral("i.created_at >= ? AND i.created_at < ? AND i.is_complaint = 1");
        break;
    default:
        where = QStringLiteral("i.created_at >= ? AND i.created_at < ?");
        break;
    }
    m_binds = {period.startInstant(m_clock), period.endInstant(m_clock)};
    where += filterClause(filters, supportDimensions(), supportDimensions(), &m_binds,
                          QStringLiteral("i."));
    m_inner = QStringLiteral(
                  "SELECT i.id AS k, i.external_id AS c0, i.created_at AS c1,"
                  " i.response_seconds / 3600.0 AS c2, i.resolved_at AS c3, i.channel AS c4,"
                  " i.team AS c5, i.agent AS c6, COALESCE(cu.name, cu.code) AS c7,"
                  " COALESCE(i.contacts, CASE i.fcr_flag WHEN 1 THEN 1 END) AS c8,"
                  " i.satisfaction AS c9, i.cost_minor / 100.0 AS c10, i.is_complaint AS c11,"
                  " i.subject AS c12"
                  " FROM interactions i LEFT JOIN customers cu ON cu.id = i.customer_id WHERE %1")
                  .arg(where);
}

void KpiRecordQuery::buildRatings(const KpiPeriod &period, const KpiFilters &filters)
{
    m_columns = {{tr("Source"), RecordKind::Text},   {tr("Id"), RecordKind::Text},
                 {tr("Date"), RecordKind::Instant},  {tr("Channel"), RecordKind::Channel},
                 {tr("Team"), RecordKind::Text},     {tr("Agent"), RecordKind::Text},
                 {tr("Customer"), RecordKind::Text}, {tr("Rating"), RecordKind::Number}};
    const qint64 from = period.startInstant(m_clock);
    const qint64 to = period.endInstant(m_clock);
    m_binds = {tr("ticket"), from, to, from, to};
    const QString ticketFilter = filterClause(filters, supportDimensions(), supportDimensions(),
                                              &m_binds, QStringLiteral("i."));
    m_binds << tr("survey") << from << to;
    const QString surveyFilter = filterClause(filters, {QStringLiteral("channel")},
                                              supportDimensions(), &m_binds, QStringLiteral("f."));
    // Keys stay unique across the two tables: tickets even, survey responses odd.
    m_inner =
        QStringLiteral(
            "SELECT i.id * 2 AS k, CAST(? AS TEXT) AS c0, i.external_id AS c1,"
            " COALESCE(i.resolved_at, i.created_at) AS c2, i.channel AS c3, i.team AS c4,"
            " i.agent AS c5, COALESCE(cu.name, cu.code) AS c6, i.satisfaction AS c7"
            " FROM interactions i LEFT JOIN customers cu ON cu.id = i.customer_id"
            " WHERE i.satisfaction IS NOT NULL AND ((i.resolved_at >= ? AND i.resolved_at < ?)"
            " OR (i.resolved_at IS NULL AND i.created_at >= ? AND i.created_at < ?))%1"
            " UNION ALL SELECT f.id * 2 + 1, CAST(? AS TEXT), f.external_id, f.responded_at,"
            " f.channel, NULL, NULL, COALESCE(cu.name, cu.code), f.score"
            " FROM feedback f LEFT JOIN customers cu ON cu.id = f.customer_id"
            " WHERE f.responded_at >= ? AND f.responded_at < ?%2")
            .arg(ticketFilter, surveyFilter);
}

void KpiRecordQuery::buildSales(Kpi kpi, const KpiPeriod &period, const KpiFilters &filters)
{
    m_columns = {{tr("Id"), RecordKind::Text},          {tr("Created"), RecordKind::Instant},
                 {tr("Closed"), RecordKind::Instant},   {tr("Status"), RecordKind::DealStatus},
                 {tr("Amount"), RecordKind::Money},     {tr("Days to close"), RecordKind::Days},
                 {tr("Owner"), RecordKind::Text},       {tr("Region"), RecordKind::Text},
                 {tr("Lead source"), RecordKind::Text}, {tr("Customer"), RecordKind::Text},
                 {tr("Order"), RecordKind::Flag}};
    QString where;
    switch (kpi) {
    case Kpi::MonthlySales:
        where = QStringLiteral("d.closed_at >= ? AND d.closed_at < ? AND d.status = 'won'"
                               " AND d.amount_minor IS NOT NULL");
        break;
    case Kpi::LeadConversion:
        where = QStringLiteral("d.created_at >= ? AND d.created_at < ? AND d.is_order = 0");
        break;
    default:
        where = QStringLiteral("d.closed_at >= ? AND d.closed_at < ? AND d.status = 'won'"
                               " AND d.is_order = 0 AND d.created_at IS NOT NULL");
        break;
    }
    m_binds = {period.startInstant(m_clock), period.endInstant(m_clock)};
    where +=
        filterClause(filters, salesDimensions(), salesDimensions(), &m_binds, QStringLiteral("d."));
    m_inner = QStringLiteral(
                  "SELECT d.id AS k, d.external_id AS c0, d.created_at AS c1, d.closed_at AS c2,"
                  " d.status AS c3, d.amount_minor / 100.0 AS c4,"
                  " (d.closed_at - d.created_at) / 86400.0 AS c5, d.owner AS c6, d.region AS c7,"
                  " d.lead_source AS c8, COALESCE(cu.name, cu.code) AS c9, d.is_order AS c10"
                  " FROM deals d LEFT JOIN customers cu ON cu.id = d.customer_id WHERE %1")
                  .arg(where);
}

void KpiRecordQuery::buildCustomers(const KpiPeriod &period, int windowMonths)
{
    m_columns = {{tr("Customer"), RecordKind::Text},
                 {tr("Code"), RecordKind::Text},
                 {tr("Last activity before the start"), RecordKind::Instant},
                 {tr("Still active at the end"), RecordKind::Flag}};
    QSqlQuery q(m_db);
    const bool sales = q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM deals)")) && q.next() &&
                       q.value(0).toBool();
    const QString at = sales ? QStringLiteral("closed_at") : QStringLiteral("created_at");
    const QString source = sales ? QStringLiteral("deals WHERE status = 'won' AND")
                                 : QStringLiteral("interactions WHERE");
    const QDate endDay = period.last.addDays(1);
    const qint64 start = m_clock.toEpoch(period.first);
    const qint64 startWindow = m_clock.toEpoch(period.first.addMonths(-windowMonths));
    const qint64 end = m_clock.toEpoch(endDay);
    const qint64 endWindow = m_clock.toEpoch(endDay.addMonths(-windowMonths));
    m_binds = {start, startWindow, start, endWindow, end, startWindow, end};
    m_inner =
        QStringLiteral(
            "SELECT cu.id AS k, COALESCE(cu.name, cu.code) AS c0, cu.code AS c1, t.last_s AS c2,"
            " t.in_e AS c3 FROM (SELECT customer_id,"
            " MAX(CASE WHEN %1 < ? THEN %1 END) AS last_s,"
            " MAX(CASE WHEN %1 >= ? AND %1 < ? THEN 1 ELSE 0 END) AS in_s,"
            " MAX(CASE WHEN %1 >= ? AND %1 < ? THEN 1 ELSE 0 END) AS in_e"
            " FROM %2 customer_id IS NOT NULL AND %1 >= ? AND %1 < ? GROUP BY customer_id) t"
            " JOIN customers cu ON cu.id = t.customer_id WHERE t.in_s = 1")
            .arg(at, source);
}

QString KpiRecordQuery::outerWhere(QVariantList *binds) const
{
    if (m_text.isEmpty())
        return QString();
    QStringList parts;
    for (int c = 0; c < m_columns.size(); ++c) {
        if (!isTextKind(m_columns.at(c).kind))
            continue;
        parts << QStringLiteral("COALESCE(c%1, '')").arg(c);
    }
    if (parts.isEmpty())
        return QString();
    QString pattern = m_text;
    pattern.replace(QLatin1String("\\"), QLatin1String("\\\\"))
        .replace(QLatin1String("%"), QLatin1String("\\%"))
        .replace(QLatin1String("_"), QLatin1String("\\_"));
    *binds << QVariant(QLatin1Char('%') + pattern + QLatin1Char('%'));
    QString where = QStringLiteral(" WHERE ((%1) %2 ? ESCAPE '\\'")
                        .arg(parts.join(QLatin1String(" || ' ' || ")),
                             Dialect::caseInsensitiveLike(m_db));
    // Channels and statuses show by their names: match those too, through their keys.
    for (int c = 0; c < m_columns.size(); ++c) {
        const RecordKind kind = m_columns.at(c).kind;
        const QStringList &keys = kind == RecordKind::Channel      ? m_channelKeys
                                  : kind == RecordKind::DealStatus ? m_statusKeys
                                                                   : QStringList();
        if (keys.isEmpty())
            continue;
        QStringList marks;
        for (const QString &key : keys) {
            marks << QStringLiteral("?");
            *binds << key;
        }
        where += QStringLiteral(" OR c%1 IN (%2)").arg(c).arg(marks.join(QLatin1String(", ")));
    }
    return where + QLatin1Char(')');
}

qint64 KpiRecordQuery::count()
{
    QVariantList binds = m_binds;
    const QString where = outerWhere(&binds);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM (%1) r%2").arg(m_inner, where));
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec() || !q.next()) {
        m_error = q.lastError().text();
        return 0;
    }
    return q.value(0).toLongLong();
}

QVector<QVariantList> KpiRecordQuery::page(int column, bool ascending, qint64 offset, int limit)
{
    QVector<QVariantList> rows;
    QVariantList binds = m_binds;
    const QString where = outerWhere(&binds);
    const int sortColumn = column >= 0 && column < m_columns.size() ? column : 0;
    const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT * FROM (%1) r%2 ORDER BY c%3 %4, k %4 LIMIT ? OFFSET ?")
                  .arg(m_inner, where)
                  .arg(sortColumn)
                  .arg(direction));
    binds << limit << offset;
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return rows;
    }
    while (q.next()) {
        QVariantList row;
        for (int c = 0; c < m_columns.size(); ++c)
            row << q.value(1 + c);
        rows << row;
    }
    return rows;
}

} // namespace busola
