#include "summarydelta.h"

#include "batchedinsert.h"
#include "records.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace busola {

size_t qHash(const SummaryDelta::DimKey &key, size_t seed) noexcept
{
    return qHashMulti(seed, key.month, key.a, key.b, key.c);
}

size_t qHash(const SummaryDelta::ActivityKey &key, size_t seed) noexcept
{
    return qHashMulti(seed, key.chunk, key.customer);
}

namespace {

/// A dimension value as the summaries key it: never NULL (a null QString binds as NULL).
QString keyText(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

bool fail(const BatchedInsert &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

/// An upsert that adds the excluded row's measures to the stored ones.
QString addingUpsert(const char *table, const QStringList &keys, const QStringList &measures)
{
    const QString name = QLatin1String(table);
    QStringList sets;
    for (const QString &m : measures)
        sets << QStringLiteral("%1 = %2.%1 + excluded.%1").arg(m, name);
    const QStringList all = keys + measures;
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET %5")
        .arg(name, all.join(QLatin1String(", ")),
             QStringList(all.size(), QStringLiteral("?")).join(QLatin1String(", ")),
             keys.join(QLatin1String(", ")), sets.join(QLatin1String(", ")));
}

} // namespace

void SummaryDelta::activity(QHash<ActivityKey, qint64> &bits, qint64 customer, int month)
{
    const int index = ActivityMask::monthIndex(month);
    bits[ActivityKey{index / ActivityMask::ChunkMonths, customer}] |=
        qint64(1) << (index % ActivityMask::ChunkMonths);
}

void SummaryDelta::activityDay(QHash<ActivityKey, qint64> &bits, qint64 customer, int day)
{
    bits[ActivityKey{day / 100, customer}] |= qint64(1) << (day % 100 - 1);
}

// Mirrors SupportSelect in summaries.cpp part by part: created, resolved, rated.
void SummaryDelta::addSupport(Tables &t, const Interaction &r, int createdKey, int resolvedKey,
                              std::optional<qint64> responseSeconds)
{
    SupportSums &created = t.support[DimKey{createdKey, r.channel, r.team, r.agent}];
    created.n[0] += 1;
    created.n[1] += responseSeconds ? 1 : 0;
    created.n[2] += responseSeconds.value_or(0);
    created.n[3] += r.complaint ? 1 : 0;
    created.n[4] += r.costMinor.value_or(0);
    created.n[5] += r.costMinor ? 1 : 0;
    if (r.resolvedAt) {
        SupportSums &resolved = t.support[DimKey{resolvedKey, r.channel, r.team, r.agent}];
        resolved.n[6] += 1;
        resolved.n[7] += (r.contacts || r.fcrFlag) ? 1 : 0;
        resolved.n[8] += (r.contacts ? *r.contacts == 1 : (r.fcrFlag && *r.fcrFlag)) ? 1 : 0;
    }
    if (r.satisfaction) {
        const int key = r.resolvedAt ? resolvedKey : createdKey;
        SupportSums &rated = t.support[DimKey{key, r.channel, r.team, r.agent}];
        rated.n[9] += 1;
        rated.sumCsat += *r.satisfaction;
        rated.n[10] += *r.satisfaction >= 4 ? 1 : 0;
    }
}

void SummaryDelta::addInteraction(const Interaction &r, int createdMonth, int resolvedMonth,
                                  std::optional<qint64> responseSeconds,
                                  std::optional<qint64> customerId, const StoreClock &clock)
{
    const int createdDay = clock.dayKey(r.createdAt);
    addSupport(m_months, r, createdMonth, resolvedMonth, responseSeconds);
    addSupport(m_days, r, createdDay, r.resolvedAt ? clock.dayKey(*r.resolvedAt) : 0,
               responseSeconds);
    if (customerId) {
        activity(m_supportActivity, *customerId, createdMonth);
        activityDay(m_supportActivityDays, *customerId, createdDay);
    }
}

// Mirrors SalesSelect: the created part and the closed part.
void SummaryDelta::addSales(Tables &t, const Deal &r, int createdKey, int closedKey)
{
    const bool won = r.status == DealStatus::Won;
    const bool lead = !r.isOrder;
    if (r.createdAt) {
        SalesSums &s = t.sales[DimKey{createdKey, r.owner, r.region, r.leadSource}];
        s[0] += 1;
        s[1] += lead ? 1 : 0;
        s[2] += lead && won ? 1 : 0;
        s[3] += lead && r.status == DealStatus::Open ? 1 : 0;
    }
    if (r.closedAt) {
        SalesSums &s = t.sales[DimKey{closedKey, r.owner, r.region, r.leadSource}];
        s[0] += 1;
        s[4] += won && r.amountMinor ? 1 : 0;
        s[5] += won ? r.amountMinor.value_or(0) : 0;
        if (won && lead && r.createdAt) {
            s[6] += 1;
            s[7] += *r.closedAt - *r.createdAt;
        }
    }
}

void SummaryDelta::addDeal(const Deal &r, int createdMonth, int closedMonth,
                           std::optional<qint64> customerId, const StoreClock &clock)
{
    const int closedDay = r.closedAt ? clock.dayKey(*r.closedAt) : 0;
    addSales(m_months, r, createdMonth, closedMonth);
    addSales(m_days, r, r.createdAt ? clock.dayKey(*r.createdAt) : 0, closedDay);
    if (r.closedAt && r.status == DealStatus::Won && customerId) {
        activity(m_saleActivity, *customerId, closedMonth);
        activityDay(m_saleActivityDays, *customerId, closedDay);
    }
}

void SummaryDelta::addFeedback(const FeedbackResponse &r, int month, const StoreClock &clock)
{
    for (auto [tables, key] :
         {std::pair{&m_months, month}, std::pair{&m_days, clock.dayKey(r.respondedAt)}}) {
        FeedbackSums &s = tables->feedback[DimKey{key, r.channel, QString(), QString()}];
        s.n += 1;
        s.sum += r.score;
        s.high += r.score >= 4 ? 1 : 0;
    }
}

bool SummaryDelta::isEmpty() const
{
    return m_months.support.isEmpty() && m_months.sales.isEmpty() && m_months.feedback.isEmpty();
}

void SummaryDelta::clear()
{
    *this = SummaryDelta();
}

bool SummaryDelta::applySupport(QSqlDatabase &db, const QHash<DimKey, SupportSums> &sums,
                                const char *table, const char *key, int keyDivisor,
                                const QSet<int> &dirty, QString *error)
{
    BatchedInsert q(db, addingUpsert(table,
                                     {QLatin1String(key), QStringLiteral("channel"),
                                      QStringLiteral("team"), QStringLiteral("agent")},
                                     {QStringLiteral("n_created"), QStringLiteral("n_resp"),
                                      QStringLiteral("sum_resp_s"), QStringLiteral("n_complaint"),
                                      QStringLiteral("sum_cost_minor"), QStringLiteral("n_cost"),
                                      QStringLiteral("n_resolved"), QStringLiteral("n_fcr_known"),
                                      QStringLiteral("n_fcr_one"), QStringLiteral("n_csat"),
                                      QStringLiteral("sum_csat"), QStringLiteral("n_csat_hi")}));
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        if (dirty.contains(it.key().month / keyDivisor))
            continue;
        int i = 0;
        q.bindValue(i++, it.key().month);
        q.bindValue(i++, keyText(it.key().a));
        q.bindValue(i++, keyText(it.key().b));
        q.bindValue(i++, keyText(it.key().c));
        for (int m = 0; m < 10; ++m)
            q.bindValue(i++, it->n[size_t(m)]);
        q.bindValue(i++, it->sumCsat);
        q.bindValue(i++, it->n[10]);
        if (!q.exec())
            return fail(q, error);
    }
    return q.flush() || fail(q, error);
}

bool SummaryDelta::applySales(QSqlDatabase &db, const QHash<DimKey, SalesSums> &sums,
                              const char *table, const char *key, int keyDivisor,
                              const QSet<int> &dirty, QString *error)
{
    BatchedInsert q(db, addingUpsert(table,
                                     {QLatin1String(key), QStringLiteral("owner"),
                                      QStringLiteral("region"), QStringLiteral("lead_source")},
                                     {QStringLiteral("n_touch"), QStringLiteral("n_leads"),
                                      QStringLiteral("n_leads_won"), QStringLiteral("n_leads_open"),
                                      QStringLiteral("n_sales"), QStringLiteral("sum_sales_minor"),
                                      QStringLiteral("n_cycle"), QStringLiteral("sum_cycle_s")}));
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        if (dirty.contains(it.key().month / keyDivisor))
            continue;
        int i = 0;
        q.bindValue(i++, it.key().month);
        q.bindValue(i++, keyText(it.key().a));
        q.bindValue(i++, keyText(it.key().b));
        q.bindValue(i++, keyText(it.key().c));
        for (qint64 value : *it)
            q.bindValue(i++, value);
        if (!q.exec())
            return fail(q, error);
    }
    return q.flush() || fail(q, error);
}

bool SummaryDelta::applyFeedback(QSqlDatabase &db, const QHash<DimKey, FeedbackSums> &sums,
                                 const char *table, const char *key, int keyDivisor,
                                 const QSet<int> &dirty, QString *error)
{
    BatchedInsert q(db, addingUpsert(table, {QLatin1String(key), QStringLiteral("channel")},
                                     {QStringLiteral("n_csat"), QStringLiteral("sum_csat"),
                                      QStringLiteral("n_csat_hi")}));
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        if (dirty.contains(it.key().month / keyDivisor))
            continue;
        q.bindValue(0, it.key().month);
        q.bindValue(1, keyText(it.key().a));
        q.bindValue(2, it->n);
        q.bindValue(3, it->sum);
        q.bindValue(4, it->high);
        if (!q.exec())
            return fail(q, error);
    }
    return q.flush() || fail(q, error);
}

// A bit set for an inserted row is exact whatever else changed: a month re-aggregated from
// the base tables sets it again, as the row is there.
bool SummaryDelta::applyActivity(QSqlDatabase &db, const char *table, const char *key,
                                 const char *bitsColumn, const char *source,
                                 const QHash<ActivityKey, qint64> &bits, QString *error)
{
    const QString t = QLatin1String(table), k = QLatin1String(key), b = QLatin1String(bitsColumn);
    BatchedInsert q(db, QStringLiteral("INSERT INTO %1 (source, %2, customer_id, %3)"
                                       " VALUES (?, ?, ?, ?) ON CONFLICT (source, %2, customer_id)"
                                       " DO UPDATE SET %3 = %1.%3 | excluded.%3")
                            .arg(t, k, b));
    const QString name = QLatin1String(source);
    for (auto it = bits.cbegin(); it != bits.cend(); ++it) {
        q.bindValue(0, name);
        q.bindValue(1, it.key().chunk);
        q.bindValue(2, it.key().customer);
        q.bindValue(3, it.value());
        if (!q.exec())
            return fail(q, error);
    }
    return q.flush() || fail(q, error);
}

bool SummaryDelta::apply(QSqlDatabase db, const StoreClock &clock, const ChangeSet &dirty,
                         QString *error) const
{
    if (!applySupport(db, m_months.support, "sum_support", "month", 1, dirty.supportMonths,
                      error) ||
        !applySales(db, m_months.sales, "sum_sales", "month", 1, dirty.salesMonths, error) ||
        !applyFeedback(db, m_months.feedback, "sum_feedback", "month", 1, dirty.feedbackMonths,
                       error) ||
        !applySupport(db, m_days.support, "sum_support_day", "day", 100, dirty.supportMonths,
                      error) ||
        !applySales(db, m_days.sales, "sum_sales_day", "day", 100, dirty.salesMonths, error) ||
        !applyFeedback(db, m_days.feedback, "sum_feedback_day", "day", 100, dirty.feedbackMonths,
                       error) ||
        !applyActivity(db, "customer_activity", "chunk", "months", "support", m_supportActivity,
                       error) ||
        !applyActivity(db, "customer_activity", "chunk", "months", "sale", m_saleActivity, error) ||
        !applyActivity(db, "customer_activity_day", "month", "days", "support",
                       m_supportActivityDays, error) ||
        !applyActivity(db, "customer_activity_day", "month", "days", "sale", m_saleActivityDays,
                       error))
        return false;
    // The re-aggregated months last: their activity bits are cleared and set again from the
    // rows, the inserted ones included.
    if (!refreshSummaries(db, clock, dirty, error))
        return false;
    return refreshActivityGaps(db, dirty.salesMonths.isEmpty() && !m_saleActivity.isEmpty(),
                               dirty.supportMonths.isEmpty() && !m_supportActivity.isEmpty(),
                               error);
}

} // namespace busola
