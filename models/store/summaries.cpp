#include "summaries.h"

#include "daysummaries.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <map>

namespace busola {

namespace {

// Each summary row is built from parts, one per timestamp a measure buckets by; each part
// aggregates first, then the parts are added up per key. %1/%2/%3 are each part's row filter:
// one month for a refresh, everything for a rebuild.
const char *const SupportSelect =
    "SELECT month, ch, tm, ag, SUM(a1), SUM(a2), SUM(a3), SUM(a4), SUM(a5), SUM(a6), SUM(a7),"
    " SUM(a8), SUM(a9), SUM(a10), SUM(a11), SUM(a12) FROM ("
    " SELECT created_month AS month, COALESCE(channel, '') AS ch, COALESCE(team, '') AS tm,"
    "  COALESCE(agent, '') AS ag, COUNT(*) AS a1, COUNT(response_seconds) AS a2,"
    "  COALESCE(SUM(response_seconds), 0) AS a3, SUM(is_complaint) AS a4,"
    "  COALESCE(SUM(cost_minor), 0) AS a5, COUNT(cost_minor) AS a6, 0 AS a7, 0 AS a8, 0 AS a9,"
    "  0 AS a10, 0.0 AS a11, 0 AS a12"
    "  FROM interactions WHERE %1 GROUP BY 1, 2, 3, 4"
    " UNION ALL"
    " SELECT resolved_month, COALESCE(channel, ''), COALESCE(team, ''), COALESCE(agent, ''),"
    "  0, 0, 0, 0, 0, 0, COUNT(*),"
    "  SUM(CASE WHEN contacts IS NOT NULL OR fcr_flag IS NOT NULL THEN 1 ELSE 0 END),"
    "  SUM(CASE WHEN contacts = 1 OR (contacts IS NULL AND fcr_flag = 1) THEN 1 ELSE 0 END),"
    "  0, 0.0, 0"
    "  FROM interactions WHERE resolved_month IS NOT NULL AND %2 GROUP BY 1, 2, 3, 4"
    " UNION ALL"
    " SELECT COALESCE(resolved_month, created_month), COALESCE(channel, ''),"
    "  COALESCE(team, ''), COALESCE(agent, ''), 0, 0, 0, 0, 0, 0, 0, 0, 0, COUNT(*),"
    "  SUM(satisfaction), SUM(CASE WHEN satisfaction >= 4 THEN 1 ELSE 0 END)"
    "  FROM interactions WHERE satisfaction IS NOT NULL AND %3 GROUP BY 1, 2, 3, 4"
    ") u GROUP BY month, ch, tm, ag";

const char *const SalesSelect =
    "SELECT month, ow, rg, ls, SUM(a1), SUM(a2), SUM(a3), SUM(a4), SUM(a5), SUM(a6), SUM(a7),"
    " SUM(a8) FROM ("
    " SELECT created_month AS month, COALESCE(owner, '') AS ow, COALESCE(region, '') AS rg,"
    "  COALESCE(lead_source, '') AS ls, COUNT(*) AS a1,"
    "  SUM(CASE WHEN is_order = 0 THEN 1 ELSE 0 END) AS a2,"
    "  SUM(CASE WHEN is_order = 0 AND status = 'won' THEN 1 ELSE 0 END) AS a3,"
    "  SUM(CASE WHEN is_order = 0 AND status = 'open' THEN 1 ELSE 0 END) AS a4,"
    "  0 AS a5, 0 AS a6, 0 AS a7, 0 AS a8"
    "  FROM deals WHERE created_month IS NOT NULL AND %1 GROUP BY 1, 2, 3, 4"
    " UNION ALL"
    " SELECT closed_month, COALESCE(owner, ''), COALESCE(region, ''), COALESCE(lead_source, ''),"
    "  COUNT(*), 0, 0, 0,"
    "  SUM(CASE WHEN status = 'won' AND amount_minor IS NOT NULL THEN 1 ELSE 0 END),"
    "  COALESCE(SUM(CASE WHEN status = 'won' THEN amount_minor END), 0),"
    "  SUM(CASE WHEN status = 'won' AND is_order = 0 AND created_at IS NOT NULL"
    "   THEN 1 ELSE 0 END),"
    "  COALESCE(SUM(CASE WHEN status = 'won' AND is_order = 0 AND created_at IS NOT NULL"
    "   THEN closed_at - created_at END), 0)"
    "  FROM deals WHERE closed_month IS NOT NULL AND %2 GROUP BY 1, 2, 3, 4"
    ") u GROUP BY month, ow, rg, ls";

const char *const FeedbackSelect =
    "SELECT responded_month, COALESCE(channel, ''), COUNT(*), SUM(score),"
    " SUM(CASE WHEN score >= 4 THEN 1 ELSE 0 END) FROM feedback WHERE %1 GROUP BY 1, 2";

const char *const SupportColumns =
    "INSERT INTO sum_support (month, channel, team, agent, n_created, n_resp, sum_resp_s,"
    " n_complaint, sum_cost_minor, n_cost, n_resolved, n_fcr_known, n_fcr_one, n_csat, sum_csat,"
    " n_csat_hi) ";
const char *const SalesColumns =
    "INSERT INTO sum_sales (month, owner, region, lead_source, n_touch, n_leads, n_leads_won,"
    " n_leads_open, n_sales, sum_sales_minor, n_cycle, sum_cycle_s) ";
const char *const FeedbackColumns =
    "INSERT INTO sum_feedback (month, channel, n_csat, sum_csat, n_csat_hi) ";

// Which rows are activity, per source, and the month column that dates them.
struct ActivitySource
{
    const char *name;
    const char *table;
    const char *monthColumn;
    const char *condition;
    const char *instantColumn; ///< what monthColumn is the local month of
};
const ActivitySource ActivitySources[] = {
    {"sale", "deals", "closed_month", "status = 'won' AND closed_month IS NOT NULL", "closed_at"},
    {"support", "interactions", "created_month", "1 = 1", "created_at"},
};

QString activityRebuild(const ActivitySource &s)
{
    return QStringLiteral(
               "INSERT INTO customer_activity (source, chunk, customer_id, months)"
               " SELECT '%1', i / %5, customer_id, SUM(CAST(1 AS BIGINT) << (i %6 %5)) FROM ("
               " SELECT DISTINCT customer_id, (%3 / 100) * 12 + %3 %6 100 - 1 AS i FROM %2"
               " WHERE customer_id IS NOT NULL AND %4) d GROUP BY customer_id, i / %5")
        .arg(QLatin1String(s.name), QLatin1String(s.table), QLatin1String(s.monthColumn),
             QLatin1String(s.condition))
        .arg(ActivityMask::ChunkMonths)
        .arg(QLatin1Char('%'));
}

// activity_gaps: for each activity month of a customer, how many months until its next one
// (0: none). Retention of any period no longer than the window reads only this histogram.
QString gapsRebuild(const ActivitySource &s)
{
    return QStringLiteral(
               "INSERT INTO activity_gaps (source, month, gap, customers)"
               " SELECT '%1', i, COALESCE(n - i, 0), COUNT(*) FROM ("
               " SELECT i, LEAD(i) OVER (PARTITION BY customer_id ORDER BY i) AS n FROM ("
               " SELECT DISTINCT customer_id, (%3 / 100) * 12 + %3 %5 100 - 1 AS i FROM %2"
               " WHERE customer_id IS NOT NULL AND %4) d) g GROUP BY i, COALESCE(n - i, 0)")
        .arg(QLatin1String(s.name), QLatin1String(s.table), QLatin1String(s.monthColumn),
             QLatin1String(s.condition), QStringLiteral("%"));
}

QStringList rebuildStatements()
{
    const QString all = QStringLiteral("1 = 1");
    QStringList statements{
        QStringLiteral("DELETE FROM sum_support"),
        QStringLiteral("DELETE FROM sum_sales"),
        QStringLiteral("DELETE FROM sum_feedback"),
        QStringLiteral("DELETE FROM customer_activity"),
        QStringLiteral("DELETE FROM activity_gaps"),
        QLatin1String(SupportColumns) + QLatin1String(SupportSelect).arg(all, all, all),
        QLatin1String(SalesColumns) + QLatin1String(SalesSelect).arg(all, all),
        QLatin1String(FeedbackColumns) + QLatin1String(FeedbackSelect).arg(all),
    };
    for (const ActivitySource &s : ActivitySources)
        statements << activityRebuild(s) << gapsRebuild(s);
    return statements;
}

bool run(QSqlQuery &q, const QVariantList &binds, QString *error)
{
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool exec(QSqlDatabase &db, const QString &sql, const QVariantList &binds, QString *error)
{
    QSqlQuery q(db);
    if (!q.prepare(sql)) {
        if (error)
            *error = q.lastError().text() + QLatin1String(": ") + sql.left(120);
        return false;
    }
    return run(q, binds, error);
}

QList<int> sorted(const QSet<int> &months)
{
    QList<int> list(months.cbegin(), months.cend());
    std::sort(list.begin(), list.end());
    return list;
}

bool refreshActivity(QSqlDatabase &db, const StoreClock &clock, const ActivitySource &s, int month,
                     QString *error)
{
    const int index = ActivityMask::monthIndex(month);
    const qint64 chunk = index / ActivityMask::ChunkMonths;
    const qint64 bit = qint64(1) << (index % ActivityMask::ChunkMonths);
    const QString source = QLatin1String(s.name);
    // Clear the month's bit for everyone, then set it for the customers active in it.
    return exec(db,
                QStringLiteral("UPDATE customer_activity SET months = months & ? WHERE source = ?"
                               " AND chunk = ? AND (months & ?) <> 0"),
                {~bit, source, chunk, bit}, error) &&
           exec(db,
                QStringLiteral("INSERT INTO customer_activity (source, chunk, customer_id, months)"
                               " SELECT DISTINCT CAST(? AS TEXT), CAST(? AS BIGINT), customer_id,"
                               " CAST(? AS BIGINT) FROM %1 WHERE customer_id IS NOT NULL AND %2"
                               " AND %3 ON CONFLICT (source, chunk, customer_id) DO UPDATE"
                               " SET months = customer_activity.months | excluded.months")
                    .arg(QLatin1String(s.table), QLatin1String(s.condition),
                         instantsOfMonth(QLatin1String(s.instantColumn), clock, month)),
                {source, chunk, bit}, error);
}

/// Recomputes a source's activity_gaps from its activity bits (a few ten thousand rows).
bool refreshGaps(QSqlDatabase &db, const ActivitySource &s, QString *error)
{
    const QString source = QLatin1String(s.name);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT customer_id, chunk, months FROM customer_activity"
                             " WHERE source = ? ORDER BY customer_id, chunk"));
    q.addBindValue(source);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    std::map<std::pair<int, int>, qint64> histogram; // (month index, gap) → customers
    qint64 customer = -1;
    int previous = -1;
    auto close = [&]() {
        if (previous >= 0)
            ++histogram[{previous, 0}];
        previous = -1;
    };
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id != customer)
            close();
        customer = id;
        const int base = q.value(1).toInt() * ActivityMask::ChunkMonths;
        quint64 bits = quint64(q.value(2).toLongLong());
        for (int b = 0; bits != 0; ++b, bits >>= 1) {
            if (!(bits & 1))
                continue;
            if (previous >= 0)
                ++histogram[{previous, base + b - previous}];
            previous = base + b;
        }
    }
    close();
    if (!exec(db, QStringLiteral("DELETE FROM activity_gaps WHERE source = ?"), {source}, error))
        return false;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO activity_gaps (source, month, gap, customers) VALUES (?, ?, ?, ?)"));
    for (const auto &entry : histogram) {
        if (!run(insert, {source, entry.first.first, entry.first.second, entry.second}, error))
            return false;
    }
    return true;
}

bool refreshSupport(QSqlDatabase &db, const StoreClock &clock, const QSet<int> &months,
                    QString *error)
{
    for (int month : sorted(months)) {
        const SupportMonthFilters in(clock, month);
        const QString sql = QLatin1String(SupportColumns) +
                            QLatin1String(SupportSelect).arg(in.created, in.resolved, in.rated);
        if (!exec(db, QStringLiteral("DELETE FROM sum_support WHERE month = ?"), {month}, error) ||
            !exec(db, sql, {}, error) ||
            !refreshActivity(db, clock, ActivitySources[1], month, error))
            return false;
    }
    return true;
}

bool refreshSales(QSqlDatabase &db, const StoreClock &clock, const QSet<int> &months,
                  QString *error)
{
    const QString sql = QLatin1String(SalesColumns) + QLatin1String(SalesSelect)
                                                          .arg(QStringLiteral("created_month = ?"),
                                                               QStringLiteral("closed_month = ?"));
    for (int month : sorted(months)) {
        if (!exec(db, QStringLiteral("DELETE FROM sum_sales WHERE month = ?"), {month}, error) ||
            !exec(db, sql, {month, month}, error) ||
            !refreshActivity(db, clock, ActivitySources[0], month, error))
            return false;
    }
    return true;
}

bool refreshFeedback(QSqlDatabase &db, const QSet<int> &months, QString *error)
{
    const QString sql = QLatin1String(FeedbackColumns) +
                        QLatin1String(FeedbackSelect).arg(QStringLiteral("responded_month = ?"));
    for (int month : sorted(months)) {
        if (!exec(db, QStringLiteral("DELETE FROM sum_feedback WHERE month = ?"), {month}, error) ||
            !exec(db, sql, {month}, error))
            return false;
    }
    return true;
}

} // namespace

// Monthly support costs need no summary: support_costs is already one row per month and channel.
bool refreshSummaries(QSqlDatabase db, const StoreClock &clock, const ChangeSet &changes,
                      QString *error)
{
    if (!refreshDaySummaries(db, clock, changes, error) ||
        !refreshSupport(db, clock, changes.supportMonths, error) ||
        !refreshSales(db, clock, changes.salesMonths, error) ||
        !refreshFeedback(db, changes.feedbackMonths, error))
        return false;
    if (changes.supportMonths.isEmpty() && changes.salesMonths.isEmpty())
        return true;
    return exec(db, QStringLiteral("DELETE FROM customer_activity WHERE months = 0"), {}, error) &&
           (changes.salesMonths.isEmpty() || refreshGaps(db, ActivitySources[0], error)) &&
           (changes.supportMonths.isEmpty() || refreshGaps(db, ActivitySources[1], error));
}

QString instantsOfMonth(const QString &column, const StoreClock &clock, int month)
{
    return QStringLiteral("%1 >= %2 AND %1 < %3")
        .arg(column)
        .arg(clock.monthStart(month))
        .arg(clock.monthStart(StoreClock::addMonths(month, 1)));
}

SupportMonthFilters::SupportMonthFilters(const StoreClock &clock, int month)
    : created(instantsOfMonth(QStringLiteral("created_at"), clock, month))
    , resolved(instantsOfMonth(QStringLiteral("resolved_at"), clock, month))
    , rated(QStringLiteral("((%2) OR (resolved_at IS NULL AND %1))").arg(created, resolved))
{}

bool refreshActivityGaps(QSqlDatabase db, bool sales, bool support, QString *error)
{
    return (!sales || refreshGaps(db, ActivitySources[0], error)) &&
           (!support || refreshGaps(db, ActivitySources[1], error));
}

bool rebuildAllSummaries(QSqlDatabase db, const StoreClock &clock, QString *error)
{
    for (const QString &statement : rebuildStatements()) {
        if (!exec(db, statement, {}, error))
            return false;
    }
    return rebuildDaySummaries(db, clock, error);
}

QStringList summarySchemaV2()
{
    QStringList statements{
        QStringLiteral(
            "CREATE TABLE sum_support (month INTEGER NOT NULL, channel TEXT NOT NULL,"
            " team TEXT NOT NULL, agent TEXT NOT NULL, n_created BIGINT NOT NULL,"
            " n_resp BIGINT NOT NULL, sum_resp_s BIGINT NOT NULL, n_complaint BIGINT NOT NULL,"
            " sum_cost_minor BIGINT NOT NULL, n_cost BIGINT NOT NULL, n_resolved BIGINT NOT NULL,"
            " n_fcr_known BIGINT NOT NULL, n_fcr_one BIGINT NOT NULL, n_csat BIGINT NOT NULL,"
            " sum_csat DOUBLE PRECISION NOT NULL, n_csat_hi BIGINT NOT NULL,"
            " PRIMARY KEY (month, channel, team, agent))"),
        QStringLiteral(
            "CREATE TABLE sum_sales (month INTEGER NOT NULL, owner TEXT NOT NULL,"
            " region TEXT NOT NULL, lead_source TEXT NOT NULL, n_touch BIGINT NOT NULL,"
            " n_leads BIGINT NOT NULL, n_leads_won BIGINT NOT NULL, n_leads_open BIGINT NOT NULL,"
            " n_sales BIGINT NOT NULL, sum_sales_minor BIGINT NOT NULL, n_cycle BIGINT NOT NULL,"
            " sum_cycle_s BIGINT NOT NULL, PRIMARY KEY (month, owner, region, lead_source))"),
        QStringLiteral("CREATE TABLE sum_feedback (month INTEGER NOT NULL, channel TEXT NOT NULL,"
                       " n_csat BIGINT NOT NULL, sum_csat DOUBLE PRECISION NOT NULL,"
                       " n_csat_hi BIGINT NOT NULL, PRIMARY KEY (month, channel))"),
        QStringLiteral(
            "CREATE TABLE customer_activity (source TEXT NOT NULL, chunk INTEGER NOT NULL,"
            " customer_id BIGINT NOT NULL, months BIGINT NOT NULL,"
            " PRIMARY KEY (source, chunk, customer_id))"),
        QStringLiteral(
            "CREATE TABLE activity_gaps (source TEXT NOT NULL, month INTEGER NOT NULL,"
            " gap INTEGER NOT NULL, customers BIGINT NOT NULL, PRIMARY KEY (source, month, gap))"),
        // Month-keyed access for the refreshes, and ordered response times per month (and per
        // month and channel) for the exact median and p90.
        QStringLiteral("CREATE INDEX ix_interactions_cmonth_resp"
                       " ON interactions(created_month, response_seconds)"),
        QStringLiteral("CREATE INDEX ix_interactions_cmonth_channel_resp"
                       " ON interactions(created_month, channel, response_seconds)"),
        QStringLiteral("CREATE INDEX ix_interactions_rmonth ON interactions(resolved_month)"),
        QStringLiteral("CREATE INDEX ix_deals_cmonth ON deals(created_month)"),
        QStringLiteral("CREATE INDEX ix_deals_clmonth ON deals(closed_month)"),
        QStringLiteral("CREATE INDEX ix_feedback_month ON feedback(responded_month)"),
    };
    return statements + rebuildStatements();
}

} // namespace busola
