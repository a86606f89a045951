#include "daysummaries.h"

#include "store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace busola {

namespace {

// The parts of sum_support_day, as SupportSelect (summaries.cpp) builds sum_support, with the
// day of each part's own timestamp (%1 created, %2 resolved, %3 rated) instead of its month.
// Every part reads one month, by instant (%4 created, %5 resolved, %6 resolved-else-created).
const char *const SupportDaySelect =
    "INSERT INTO sum_support_day (day, channel, team, agent, n_created, n_resp, sum_resp_s,"
    " n_complaint, sum_cost_minor, n_cost, n_resolved, n_fcr_known, n_fcr_one, n_csat, sum_csat,"
    " n_csat_hi)"
    " SELECT day, ch, tm, ag, SUM(a1), SUM(a2), SUM(a3), SUM(a4), SUM(a5), SUM(a6), SUM(a7),"
    " SUM(a8), SUM(a9), SUM(a10), SUM(a11), SUM(a12) FROM ("
    " SELECT %1 AS day, COALESCE(channel, '') AS ch, COALESCE(team, '') AS tm,"
    "  COALESCE(agent, '') AS ag, COUNT(*) AS a1, COUNT(response_seconds) AS a2,"
    "  COALESCE(SUM(response_seconds), 0) AS a3, SUM(is_complaint) AS a4,"
    "  COALESCE(SUM(cost_minor), 0) AS a5, COUNT(cost_minor) AS a6, 0 AS a7, 0 AS a8, 0 AS a9,"
    "  0 AS a10, 0.0 AS a11, 0 AS a12"
    "  FROM interactions WHERE %4 GROUP BY 1, 2, 3, 4"
    " UNION ALL"
    " SELECT %2, COALESCE(channel, ''), COALESCE(team, ''), COALESCE(agent, ''),"
    "  0, 0, 0, 0, 0, 0, COUNT(*),"
    "  SUM(CASE WHEN contacts IS NOT NULL OR fcr_flag IS NOT NULL THEN 1 ELSE 0 END),"
    "  SUM(CASE WHEN contacts = 1 OR (contacts IS NULL AND fcr_flag = 1) THEN 1 ELSE 0 END),"
    "  0, 0.0, 0"
    "  FROM interactions WHERE %5 GROUP BY 1, 2, 3, 4"
    " UNION ALL"
    " SELECT %3, COALESCE(channel, ''), COALESCE(team, ''), COALESCE(agent, ''),"
    "  0, 0, 0, 0, 0, 0, 0, 0, 0, COUNT(*), SUM(satisfaction),"
    "  SUM(CASE WHEN satisfaction >= 4 THEN 1 ELSE 0 END)"
    "  FROM interactions WHERE satisfaction IS NOT NULL AND %6 GROUP BY 1, 2, 3, 4"
    ") u GROUP BY day, ch, tm, ag";

// As SalesSelect: the created part (%1) and the closed part (%2).
const char *const SalesDaySelect =
    "INSERT INTO sum_sales_day (day, owner, region, lead_source, n_touch, n_leads, n_leads_won,"
    " n_leads_open, n_sales, sum_sales_minor, n_cycle, sum_cycle_s)"
    " SELECT day, ow, rg, ls, SUM(a1), SUM(a2), SUM(a3), SUM(a4), SUM(a5), SUM(a6), SUM(a7),"
    " SUM(a8) FROM ("
    " SELECT %1 AS day, COALESCE(owner, '') AS ow, COALESCE(region, '') AS rg,"
    "  COALESCE(lead_source, '') AS ls, COUNT(*) AS a1,"
    "  SUM(CASE WHEN is_order = 0 THEN 1 ELSE 0 END) AS a2,"
    "  SUM(CASE WHEN is_order = 0 AND status = 'won' THEN 1 ELSE 0 END) AS a3,"
    "  SUM(CASE WHEN is_order = 0 AND status = 'open' THEN 1 ELSE 0 END) AS a4,"
    "  0 AS a5, 0 AS a6, 0 AS a7, 0 AS a8"
    "  FROM deals WHERE created_month = ? GROUP BY 1, 2, 3, 4"
    " UNION ALL"
    " SELECT %2, COALESCE(owner, ''), COALESCE(region, ''), COALESCE(lead_source, ''),"
    "  COUNT(*), 0, 0, 0,"
    "  SUM(CASE WHEN status = 'won' AND amount_minor IS NOT NULL THEN 1 ELSE 0 END),"
    "  COALESCE(SUM(CASE WHEN status = 'won' THEN amount_minor END), 0),"
    "  SUM(CASE WHEN status = 'won' AND is_order = 0 AND created_at IS NOT NULL"
    "   THEN 1 ELSE 0 END),"
    "  COALESCE(SUM(CASE WHEN status = 'won' AND is_order = 0 AND created_at IS NOT NULL"
    "   THEN closed_at - created_at END), 0)"
    "  FROM deals WHERE closed_month = ? GROUP BY 1, 2, 3, 4"
    ") u GROUP BY day, ow, rg, ls";

const char *const FeedbackDaySelect =
    "INSERT INTO sum_feedback_day (day, channel, n_csat, sum_csat, n_csat_hi)"
    " SELECT %1, COALESCE(channel, ''), COUNT(*), SUM(score),"
    " SUM(CASE WHEN score >= 4 THEN 1 ELSE 0 END) FROM feedback WHERE responded_month = ?"
    " GROUP BY 1, 2";

// One bit per active day (d − 1), as customer_activity holds one per active month.
const char *const ActivityDaySelect =
    "INSERT INTO customer_activity_day (source, month, customer_id, days)"
    " SELECT CAST(? AS TEXT), CAST(? AS INTEGER), customer_id,"
    " SUM(CAST(1 AS BIGINT) << (day % 100 - 1)) FROM (SELECT DISTINCT customer_id, %1 AS day"
    " FROM %2 WHERE customer_id IS NOT NULL AND %3) d GROUP BY customer_id";

/// The local day yyyymmdd of instant column `column` in month yyyymm, as SQL: the month's day
/// starts are integers computed here (no input of the user's), written into the statement.
QString dayOf(const QString &column, const StoreClock &clock, int month)
{
    const QDate first = StoreClock::firstDayOf(month);
    QString sql = QStringLiteral("CASE");
    for (int d = 1; d < first.daysInMonth(); ++d)
        sql += QStringLiteral(" WHEN %1 < %2 THEN %3")
                   .arg(column)
                   .arg(clock.toEpoch(first.addDays(d)))
                   .arg(month * 100 + d);
    return sql + QStringLiteral(" ELSE %1 END").arg(month * 100 + first.daysInMonth());
}

bool exec(QSqlDatabase &db, const QString &sql, const QVariantList &binds, QString *error)
{
    QSqlQuery q(db);
    bool ok = q.prepare(sql);
    for (int i = 0; ok && i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (ok && q.exec())
        return true;
    if (error)
        *error = q.lastError().text() + QLatin1String(": ") + sql.left(120);
    return false;
}

QVariantList dayRange(int month)
{
    return {month * 100 + 1, month * 100 + 31};
}

bool refreshActivityDays(QSqlDatabase &db, const StoreClock &clock, bool sales, int month,
                         QString *error)
{
    const QString source = sales ? QStringLiteral("sale") : QStringLiteral("support");
    const QString at = sales ? QStringLiteral("closed_at") : QStringLiteral("created_at");
    const QString sql = QLatin1String(ActivityDaySelect)
                            .arg(dayOf(at, clock, month),
                                 sales ? QStringLiteral("deals") : QStringLiteral("interactions"),
                                 (sales ? QStringLiteral("status = 'won' AND ") : QString()) +
                                     instantsOfMonth(at, clock, month));
    return exec(db,
                QStringLiteral("DELETE FROM customer_activity_day WHERE source = ? AND month = ?"),
                {source, month}, error) &&
           exec(db, sql, {source, month}, error);
}

bool refreshSupportDays(QSqlDatabase &db, const StoreClock &clock, int month, QString *error)
{
    const SupportMonthFilters in(clock, month);
    const QString sql =
        QLatin1String(SupportDaySelect)
            .arg(dayOf(QStringLiteral("created_at"), clock, month),
                 dayOf(QStringLiteral("resolved_at"), clock, month),
                 dayOf(QStringLiteral("COALESCE(resolved_at, created_at)"), clock, month),
                 in.created, in.resolved, in.rated);
    return exec(db, QStringLiteral("DELETE FROM sum_support_day WHERE day BETWEEN ? AND ?"),
                dayRange(month), error) &&
           exec(db, sql, {}, error) && refreshActivityDays(db, clock, false, month, error);
}

bool refreshSalesDays(QSqlDatabase &db, const StoreClock &clock, int month, QString *error)
{
    const QString sql = QLatin1String(SalesDaySelect)
                            .arg(dayOf(QStringLiteral("created_at"), clock, month),
                                 dayOf(QStringLiteral("closed_at"), clock, month));
    return exec(db, QStringLiteral("DELETE FROM sum_sales_day WHERE day BETWEEN ? AND ?"),
                dayRange(month), error) &&
           exec(db, sql, {month, month}, error) &&
           refreshActivityDays(db, clock, true, month, error);
}

bool refreshFeedbackDays(QSqlDatabase &db, const StoreClock &clock, int month, QString *error)
{
    const QString sql =
        QLatin1String(FeedbackDaySelect).arg(dayOf(QStringLiteral("responded_at"), clock, month));
    return exec(db, QStringLiteral("DELETE FROM sum_feedback_day WHERE day BETWEEN ? AND ?"),
                dayRange(month), error) &&
           exec(db, sql, {month}, error);
}

QList<int> sorted(const QSet<int> &months)
{
    QList<int> list(months.cbegin(), months.cend());
    std::sort(list.begin(), list.end());
    return list;
}

/// The months a dataset's rows fall in, by any of the month columns given.
bool monthsOf(QSqlDatabase &db, const QString &table, const QStringList &columns, QSet<int> *out,
              QString *error)
{
    for (const QString &column : columns) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE %1 IS NOT NULL")
                        .arg(column, table))) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        while (q.next())
            out->insert(q.value(0).toInt());
    }
    return true;
}

} // namespace

bool refreshDaySummaries(QSqlDatabase db, const StoreClock &clock, const ChangeSet &changes,
                         QString *error)
{
    for (int month : sorted(changes.supportMonths))
        if (!refreshSupportDays(db, clock, month, error))
            return false;
    for (int month : sorted(changes.salesMonths))
        if (!refreshSalesDays(db, clock, month, error))
            return false;
    for (int month : sorted(changes.feedbackMonths))
        if (!refreshFeedbackDays(db, clock, month, error))
            return false;
    return (changes.supportMonths.isEmpty() && changes.salesMonths.isEmpty()) ||
           exec(db, QStringLiteral("DELETE FROM customer_activity_day WHERE days = 0"), {}, error);
}

bool rebuildDaySummaries(QSqlDatabase db, const StoreClock &clock, QString *error)
{
    for (const char *table :
         {"sum_support_day", "sum_sales_day", "sum_feedback_day", "customer_activity_day"})
        if (!exec(db, QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)), {}, error))
            return false;
    ChangeSet all;
    return monthsOf(db, QStringLiteral("interactions"),
                    {QStringLiteral("created_month"), QStringLiteral("resolved_month")},
                    &all.supportMonths, error) &&
           monthsOf(db, QStringLiteral("deals"),
                    {QStringLiteral("created_month"), QStringLiteral("closed_month")},
                    &all.salesMonths, error) &&
           monthsOf(db, QStringLiteral("feedback"), {QStringLiteral("responded_month")},
                    &all.feedbackMonths, error) &&
           refreshDaySummaries(db, clock, all, error);
}

bool fillDaySummaries(QSqlDatabase db, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(SettingKeys::TimeZone);
    QByteArray zone = QByteArrayLiteral("Europe/Bucharest"); // Store's default
    if (q.exec() && q.next())
        zone = q.value(0).toString().toUtf8();
    const StoreClock clock(zone);
    return rebuildDaySummaries(db, clock, error);
}

QStringList daySummarySchema()
{
    return {
        QStringLiteral(
            "CREATE TABLE sum_support_day (day INTEGER NOT NULL, channel TEXT NOT NULL,"
            " team TEXT NOT NULL, agent TEXT NOT NULL, n_created BIGINT NOT NULL,"
            " n_resp BIGINT NOT NULL, sum_resp_s BIGINT NOT NULL, n_complaint BIGINT NOT NULL,"
            " sum_cost_minor BIGINT NOT NULL, n_cost BIGINT NOT NULL, n_resolved BIGINT NOT NULL,"
            " n_fcr_known BIGINT NOT NULL, n_fcr_one BIGINT NOT NULL, n_csat BIGINT NOT NULL,"
            " sum_csat DOUBLE PRECISION NOT NULL, n_csat_hi BIGINT NOT NULL,"
            " PRIMARY KEY (day, channel, team, agent))"),
        QStringLiteral(
            "CREATE TABLE sum_sales_day (day INTEGER NOT NULL, owner TEXT NOT NULL,"
            " region TEXT NOT NULL, lead_source TEXT NOT NULL, n_touch BIGINT NOT NULL,"
            " n_leads BIGINT NOT NULL, n_leads_won BIGINT NOT NULL, n_leads_open BIGINT NOT NULL,"
            " n_sales BIGINT NOT NULL, sum_sales_minor BIGINT NOT NULL, n_cycle BIGINT NOT NULL,"
            " sum_cycle_s BIGINT NOT NULL, PRIMARY KEY (day, owner, region, lead_source))"),
        QStringLiteral("CREATE TABLE sum_feedback_day (day INTEGER NOT NULL,"
                       " channel TEXT NOT NULL, n_csat BIGINT NOT NULL,"
                       " sum_csat DOUBLE PRECISION NOT NULL, n_csat_hi BIGINT NOT NULL,"
                       " PRIMARY KEY (day, channel))"),
        QStringLiteral(
            "CREATE TABLE customer_activity_day (source TEXT NOT NULL, month INTEGER NOT NULL,"
            " customer_id BIGINT NOT NULL, days BIGINT NOT NULL,"
            " PRIMARY KEY (source, month, customer_id))"),
    };
}

} // namespace busola
