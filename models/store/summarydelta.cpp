#include "summarydelta.h"

#include "batchedinsert.h"
#include "records.h"
#include "sqlitestatements.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <memory>
#include <optional>
#include <tuple>

namespace busola {

size_t qHash(const SummaryDelta::Dims &dims, size_t seed) noexcept
{
    return qHashMulti(seed, dims.a, dims.b, dims.c);
}

namespace {

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

std::vector<ActivityLog> ActivityLog::split(int pieces) const
{
    // In the table's key order, (month, customer), as the packed integers sort: each piece
    // then adds to the rows of a stretch of customer_activity_day, not to rows all over it.
    pieces = std::max(1, pieces);
    std::sort(m_packed.begin(), m_packed.end());
    std::vector<ActivityLog> logs(static_cast<size_t>(pieces));
    const auto row = [](quint64 packed) { return packed >> DayBits; };
    size_t from = 0;
    for (int i = 0; i < pieces; ++i) {
        size_t to =
            i + 1 == pieces ? m_packed.size() : m_packed.size() * size_t(i + 1) / size_t(pieces);
        while (to > from && to < m_packed.size() && row(m_packed[to]) == row(m_packed[to - 1]))
            ++to; // a (month, customer) row in one piece only
        to = std::max(to, from);
        logs[size_t(i)].m_packed.assign(m_packed.begin() + qsizetype(from),
                                        m_packed.begin() + qsizetype(to));
        from = to;
    }
    logs.front().m_wide = m_wide;
    return logs;
}

ActivityLog ActivityLog::takeLatestMonth()
{
    ActivityLog latest;
    if (m_packed.empty())
        return latest;
    constexpr int monthShift = CustomerBits + DayBits;
    const quint64 month = *std::max_element(m_packed.begin(), m_packed.end()) >> monthShift;
    const auto from = std::partition(m_packed.begin(), m_packed.end(),
                                     [month](quint64 e) { return (e >> monthShift) < month; });
    if (from == m_packed.begin())
        return latest;
    latest.m_packed.assign(from, m_packed.end());
    m_packed.erase(from, m_packed.end());
    return latest;
}

std::vector<ActivityLog::Bits> ActivityLog::dayBits() const
{
    const auto fold = [](std::vector<Bits> &out, int monthIndex, qint64 customer, int day) {
        const int month = (monthIndex / 12) * 100 + monthIndex % 12 + 1;
        if (out.empty() || out.back().key != month || out.back().customer != customer)
            out.push_back({month, customer, 0});
        out.back().bits |= qint64(1) << (day - 1);
    };
    std::sort(m_packed.begin(), m_packed.end());
    std::vector<Bits> out;
    constexpr quint64 dayMask = (quint64(1) << DayBits) - 1;
    constexpr quint64 customerMask = (quint64(1) << CustomerBits) - 1;
    for (const quint64 e : m_packed)
        fold(out, int(e >> (CustomerBits + DayBits)), qint64((e >> DayBits) & customerMask),
             int(e & dayMask));
    if (m_wide.empty())
        return out;
    std::sort(m_wide.begin(), m_wide.end(), [](const Entry &a, const Entry &b) {
        return a.monthIndex != b.monthIndex ? a.monthIndex < b.monthIndex : a.customer < b.customer;
    });
    std::vector<Bits> wide;
    for (const Entry &e : m_wide)
        fold(wide, e.monthIndex, e.customer, e.day);
    return united(out, wide);
}

std::vector<ActivityLog::Bits> ActivityLog::monthBits(const std::vector<Bits> &dayBits)
{
    std::vector<Bits> months;
    months.reserve(dayBits.size());
    for (const Bits &d : dayBits) {
        const int index = ActivityMask::monthIndex(d.key);
        months.push_back({index / ActivityMask::ChunkMonths, d.customer,
                          qint64(1) << (index % ActivityMask::ChunkMonths)});
    }
    std::sort(months.begin(), months.end(), [](const Bits &a, const Bits &b) {
        return a.key != b.key ? a.key < b.key : a.customer < b.customer;
    });
    std::vector<Bits> out;
    for (const Bits &m : months) {
        if (out.empty() || out.back().key != m.key || out.back().customer != m.customer)
            out.push_back({m.key, m.customer, 0});
        out.back().bits |= m.bits;
    }
    return out;
}

std::vector<ActivityLog::Bits> ActivityLog::united(const std::vector<Bits> &a,
                                                   const std::vector<Bits> &b)
{
    const auto before = [](const Bits &x, const Bits &y) {
        return x.key != y.key ? x.key < y.key : x.customer < y.customer;
    };
    std::vector<Bits> out;
    out.reserve(a.size() + b.size());
    auto i = a.cbegin(), j = b.cbegin();
    while (i != a.cend() || j != b.cend()) {
        if (j == b.cend() || (i != a.cend() && before(*i, *j))) {
            out.push_back(*i++);
        } else if (i == a.cend() || before(*j, *i)) {
            out.push_back(*j++);
        } else {
            out.push_back({i->key, i->customer, i->bits | j->bits});
            ++i;
            ++j;
        }
    }
    return out;
}

// Mirrors SupportSelect in summaries.cpp part by part: created, resolved, rated.
int SummaryDelta::dimsOf(const QString &a, const QString &b, const QString &c)
{
    const Buffers buffers{a.constData(), b.constData(), c.constData()};
    const auto known = m_dimsByBuffer.constFind(buffers);
    if (known != m_dimsByBuffer.constEnd()) {
        const Dims &d = m_dims.at(known.value());
        if (d.a.size() == a.size() && d.b.size() == b.size() && d.c.size() == c.size())
            return known.value();
    }
    Dims dims{a, b, c};
    auto it = m_dimsIndex.constFind(dims);
    int index = 0;
    if (it != m_dimsIndex.constEnd()) {
        index = it.value();
    } else {
        index = int(m_dims.size());
        m_dims.append(dims);
        m_dimsIndex.insert(dims, index);
    }
    // Only buffers m_dims holds: another copy of the same texts may be freed with its row.
    const Dims &kept = m_dims.at(index);
    if (kept.a.constData() == a.constData() && kept.b.constData() == b.constData() &&
        kept.c.constData() == c.constData())
        m_dimsByBuffer.insert(buffers, index);
    return index;
}

void SummaryDelta::addSupport(Tables &t, const Interaction &r, int dims, int createdKey,
                              int resolvedKey, std::optional<qint64> responseSeconds)
{
    // A row adds to at most two summary rows: its rating goes with the resolved part, else the
    // created one. Each is looked up once, and the resolved one not at all when it is the
    // created one (most tickets are solved within the month; many within the day). A reference
    // is used before the next insertion, which may move the table's entries.
    SupportSums &created = t.support[keyOf(createdKey, dims)];
    created.n[0] += 1;
    created.n[1] += responseSeconds ? 1 : 0;
    created.n[2] += responseSeconds.value_or(0);
    created.n[3] += r.complaint ? 1 : 0;
    created.n[4] += r.costMinor.value_or(0);
    created.n[5] += r.costMinor ? 1 : 0;
    SupportSums *rated = &created;
    if (r.resolvedAt) {
        SupportSums &resolved =
            resolvedKey == createdKey ? created : t.support[keyOf(resolvedKey, dims)];
        resolved.n[6] += 1;
        resolved.n[7] += (r.contacts || r.fcrFlag) ? 1 : 0;
        resolved.n[8] += (r.contacts ? *r.contacts == 1 : (r.fcrFlag && *r.fcrFlag)) ? 1 : 0;
        rated = &resolved;
    }
    if (r.satisfaction) {
        rated->n[9] += 1;
        rated->sumCsat += *r.satisfaction;
        rated->n[10] += *r.satisfaction >= 4 ? 1 : 0;
    }
}

void SummaryDelta::addInteraction(const Interaction &r, int createdMonth, int resolvedMonth,
                                  std::optional<qint64> responseSeconds,
                                  std::optional<qint64> customerId, const StoreClock &clock)
{
    const int createdDay = clock.dayKey(r.createdAt);
    const int index = ActivityMask::monthIndex(createdMonth);
    m_backInTime += index < m_createdMonths.second ? 1 : 0;
    m_createdMonths = {std::min(m_createdMonths.first, index),
                       std::max(m_createdMonths.second, index)};
    const int dims = dimsOf(r.channel, r.team, r.agent);
    addSupport(m_months, r, dims, createdMonth, resolvedMonth, responseSeconds);
    addSupport(m_days, r, dims, createdDay, r.resolvedAt ? clock.dayKey(*r.resolvedAt) : 0,
               responseSeconds);
    if (customerId)
        m_supportActivity.add(*customerId, createdDay);
}

// Mirrors SalesSelect: the created part and the closed part.
void SummaryDelta::addSales(Tables &t, const Deal &r, int dims, int createdKey, int closedKey)
{
    const bool won = r.status == DealStatus::Won;
    const bool lead = !r.isOrder;
    if (r.createdAt) {
        SalesSums &s = t.sales[keyOf(createdKey, dims)];
        s[0] += 1;
        s[1] += lead ? 1 : 0;
        s[2] += lead && won ? 1 : 0;
        s[3] += lead && r.status == DealStatus::Open ? 1 : 0;
    }
    if (r.closedAt) {
        SalesSums &s = t.sales[keyOf(closedKey, dims)];
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
    const int dims = dimsOf(r.owner, r.region, r.leadSource);
    addSales(m_months, r, dims, createdMonth, closedMonth);
    addSales(m_days, r, dims, r.createdAt ? clock.dayKey(*r.createdAt) : 0, closedDay);
    if (r.closedAt && r.status == DealStatus::Won && customerId)
        m_saleActivity.add(*customerId, closedDay);
}

void SummaryDelta::addFeedback(const FeedbackResponse &r, int month, const StoreClock &clock)
{
    const int dims = dimsOf(r.channel, QString(), QString());
    for (auto [tables, key] :
         {std::pair{&m_months, month}, std::pair{&m_days, clock.dayKey(r.respondedAt)}}) {
        FeedbackSums &s = tables->feedback[keyOf(key, dims)];
        s.n += 1;
        s.sum += r.score;
        s.high += r.score >= 4 ? 1 : 0;
    }
}

void SummaryDelta::addNewInteraction(const Interaction &r, std::optional<qint64> customerId,
                                     const StoreClock &clock)
{
    addInteraction(r, clock.monthKey(r.createdAt), r.resolvedAt ? clock.monthKey(*r.resolvedAt) : 0,
                   r.effectiveResponseSeconds(), customerId, clock);
}

namespace {

template <typename Table, typename Rekey, typename Add>
void addAll(Table &to, const Table &from, Rekey rekey, Add add)
{
    for (const auto &e : from.entries())
        add(to[rekey(e.key)], e.sums);
}

} // namespace

void SummaryDelta::mergeTables(Tables &to, const Tables &from, const std::vector<int> &dims)
{
    const auto rekey = [&dims](Key key) {
        return keyOf(periodOf(key), dims[size_t(dimsIndexOf(key))]);
    };
    addAll(to.support, from.support, rekey, [](SupportSums &a, const SupportSums &b) {
        for (size_t i = 0; i < a.n.size(); ++i)
            a.n[i] += b.n[i];
        a.sumCsat += b.sumCsat;
    });
    addAll(to.sales, from.sales, rekey, [](SalesSums &a, const SalesSums &b) {
        for (size_t i = 0; i < a.size(); ++i)
            a[i] += b[i];
    });
    addAll(to.feedback, from.feedback, rekey, [](FeedbackSums &a, const FeedbackSums &b) {
        a.n += b.n;
        a.sum += b.sum;
        a.high += b.high;
    });
}

void SummaryDelta::merge(SummaryDelta &&other)
{
    // A million rows gather some 30 MB here: taken over whole when this delta is empty, as the
    // writer's is when an import hands it all its summaries at the end.
    if (isEmpty() && !hasActivity()) {
        *this = std::move(other);
        other.clear();
        return;
    }
    std::vector<int> dims;
    dims.reserve(size_t(other.m_dims.size()));
    for (const Dims &d : other.m_dims)
        dims.push_back(dimsOf(d.a, d.b, d.c));
    mergeTables(m_months, other.m_months, dims);
    mergeTables(m_days, other.m_days, dims);
    m_supportActivity.append(other.m_supportActivity);
    m_saleActivity.append(other.m_saleActivity);
    m_supportMonthBits = ActivityLog::united(m_supportMonthBits, other.m_supportMonthBits);
    m_saleMonthBits = ActivityLog::united(m_saleMonthBits, other.m_saleMonthBits);
    m_createdMonths = {std::min(m_createdMonths.first, other.m_createdMonths.first),
                       std::max(m_createdMonths.second, other.m_createdMonths.second)};
    m_backInTime += other.m_backInTime;
    other.clear();
}

std::vector<SummaryDelta> SummaryDelta::split(int pieces)
{
    pieces = std::max(1, pieces);
    std::vector<SummaryDelta> parts(static_cast<size_t>(pieces));
    for (SummaryDelta &part : parts) {
        part.m_dims = m_dims; // shared, not copied: the keys index into it
        part.m_dimsIndex = m_dimsIndex;
    }
    splitTables(m_months, parts, &SummaryDelta::m_months);
    splitTables(m_days, parts, &SummaryDelta::m_days);
    std::vector<ActivityLog> support = m_supportActivity.split(pieces);
    std::vector<ActivityLog> sales = m_saleActivity.split(pieces);
    for (size_t i = 0; i < parts.size(); ++i) {
        parts[i].m_supportActivity = std::move(support[i]);
        parts[i].m_saleActivity = std::move(sales[i]);
    }
    SummaryDelta &first = parts.front();
    first.m_createdMonths = m_createdMonths;
    first.m_backInTime = m_backInTime;
    first.m_supportMonthBits = std::move(m_supportMonthBits);
    first.m_saleMonthBits = std::move(m_saleMonthBits);
    clear();
    return parts;
}

void SummaryDelta::splitTables(const Tables &from, std::vector<SummaryDelta> &pieces,
                               Tables SummaryDelta::*tables)
{
    // In key order, the period first: a piece adds to the rows of a stretch of days (or
    // months), not to rows all over the table (see ActivityLog::split; dealt out in turn, the
    // pieces of a million-row import took 1.5 s to write instead of 0.9 s).
    const auto deal = [&pieces, tables](const auto &sums, auto member) {
        using Entry = typename std::decay_t<decltype(sums)>::Entry;
        std::vector<const Entry *> sorted;
        sorted.reserve(sums.entries().size());
        for (const Entry &e : sums.entries())
            sorted.push_back(&e);
        std::sort(sorted.begin(), sorted.end(),
                  [](const Entry *x, const Entry *y) { return x->key < y->key; });
        for (size_t k = 0; k < sorted.size(); ++k)
            ((pieces[k * pieces.size() / sorted.size()].*tables).*member)
                .append(sorted[k]->key, sorted[k]->sums);
    };
    deal(from.support, &Tables::support);
    deal(from.sales, &Tables::sales);
    deal(from.feedback, &Tables::feedback);
}

SummaryDelta::Activity SummaryDelta::takeLatestActivity()
{
    return {m_supportActivity.takeLatestMonth(), m_saleActivity.takeLatestMonth()};
}

void SummaryDelta::putBack(Activity &&activity)
{
    m_supportActivity.append(activity.support);
    m_saleActivity.append(activity.sales);
    activity = Activity();
}

bool SummaryDelta::hasActivity() const
{
    return !m_supportActivity.isEmpty() || !m_saleActivity.isEmpty() ||
           !m_supportMonthBits.empty() || !m_saleMonthBits.empty();
}

bool SummaryDelta::isEmpty() const
{
    // The day tables too: a piece of a split() delta may hold some day's sums and no month's.
    const auto none = [](const Tables &t) {
        return t.support.isEmpty() && t.sales.isEmpty() && t.feedback.isEmpty();
    };
    return none(m_months) && none(m_days);
}

void SummaryDelta::clear()
{
    *this = SummaryDelta();
}

namespace {

/// One upsert run once per summary row: on SQLite in SqliteRowBatch's multi-row statements,
/// bound through the sqlite3 handle (no QVariant per value: a million-row import merges some
/// 700,000 activity rows, which took 5 s through QSqlQuery and 1.6 s one statement a row),
/// else in BatchedInsert's.
class RowUpsert
{
public:
    /// shared: the caller's statements, if any (their prepared statements outlive this).
    RowUpsert(QSqlDatabase &db, SqliteStatements *shared, const QString &sql)
        : m_sqlite(shared ? nullptr : SqliteStatements::forDatabase(db))
        , m_statements(shared ? shared : m_sqlite.get())
        , m_sql(sql)
    {
        if (m_statements)
            m_rows = std::make_unique<SqliteRowBatch>(*m_statements, sql);
        else
            m_batch = std::make_unique<BatchedInsert>(db, sql);
    }
    /// On SQLite, reads the leading columns of the table's key (after the source) in its last
    /// row (lastSql: none when empty), for isNew(). Elsewhere every row is upserted.
    bool readLastKey(const QString &lastSql, const QVariantList &binds, int columns, QString *error)
    {
        if (!m_statements)
            return true;
        std::vector<qint64> last;
        if (!m_statements->selectInt64Rows(lastSql, binds, columns, &last))
            return failed(error, m_statements->lastError());
        m_lastKey = std::move(last);
        return true;
    }
    /// Whether a row keyed (a, b) (the leading columns readLastKey() read) sorts after the
    /// table's last row, and so is not in the table.
    bool isNew(qint64 a, qint64 b = 0) const
    {
        if (!m_lastKey)
            return false;
        const std::vector<qint64> &last = *m_lastKey;
        if (last.empty())
            return true;
        return last.size() == 1 ? a > last[0] : std::tie(a, b) > std::tie(last[0], last[1]);
    }
    /// The values' texts must live until flush(). Rows come in the table's key order: once one
    /// is new (isNew()), so are all after it, and they go in by INSERT OR IGNORE, which needs
    /// no statement journal (see insertOrIgnore(); an import in time order adds days after
    /// the last one stored). Each such statement must insert all its rows.
    bool exec(const SqlValue *values, int count, bool isNew, QString *error)
    {
        if (isNew != m_newRows) {
            if (!isNew || !m_rows)
                return failed(error, QStringLiteral("summary rows out of the table's order"));
            if (!send(error))
                return false;
            m_rows = std::make_unique<SqliteRowBatch>(*m_statements, insertOrIgnore(m_sql));
            m_newRows = true;
        }
        return append(values, count, error);
    }
    bool flush(QString *error)
    {
        if (m_rows)
            return send(error);
        return m_batch->flush() || failed(error, m_batch->lastError().text());
    }

private:
    bool append(const SqlValue *values, int count, QString *error)
    {
        if (m_rows) {
            if (!m_rows->isValid() || count != m_rows->width())
                return failed(error, QStringLiteral("not a one-row INSERT … VALUES statement"));
            std::copy(values, values + count, m_rows->append());
            return m_rows->size() < m_rows->capacity() || send(error);
        }
        for (int i = 0; i < count; ++i)
            m_batch->bindValue(i, values[i].toVariant());
        return m_batch->exec() || failed(error, m_batch->lastError().text());
    }
    bool send(QString *error)
    {
        const int rows = m_rows->size();
        int changes = 0;
        if (!m_rows->send(&changes))
            return failed(error, m_rows->lastError());
        if (m_newRows && changes != rows) // rows ignored: their sums would be lost
            return failed(error, QStringLiteral("SQLite did not insert %1 of %2 new summary rows")
                                     .arg(rows - changes)
                                     .arg(rows));
        return true;
    }
    static bool failed(QString *error, const QString &message)
    {
        if (error)
            *error = message;
        return false;
    }
    std::unique_ptr<SqliteStatements> m_sqlite;
    SqliteStatements *m_statements; ///< m_sqlite's or the caller's; null off SQLite
    QString m_sql;
    std::unique_ptr<SqliteRowBatch> m_rows;
    std::unique_ptr<BatchedInsert> m_batch;
    std::optional<std::vector<qint64>> m_lastKey; ///< none: every row is upserted
    bool m_newRows = false;
};

/// A summary key's dimension: never NULL, as the summaries key it (SqlValue::string binds an
/// empty string as NULL).
SqlValue dimension(const QString &value)
{
    static const QString empty = QStringLiteral("");
    SqlValue v;
    v.type = SqlValue::Text;
    v.text = value.isNull() ? &empty : &value;
    return v;
}

} // namespace

template <typename Sums, typename Fill>
bool SummaryDelta::upsertSums(const Target &to, const char *table, const char *key,
                              const QString &sql, const SumsTable<Sums> &sums, int keyDivisor,
                              const QSet<int> &dirty, Fill fill, QString *error) const
{
    // In the order of the tables' keys (the period, then the dimensions' texts): rows of later
    // days than the table holds (an import in time order) then go one after the other onto
    // its last page, where SQLite finds their place without a search from the root. In the
    // hash's order every row was a search through the whole table. (QString orders as UTF-16,
    // SQLite as UTF-8: they differ only past U+FFFF, which costs speed there, not results.)
    // The dimensions the rows use are ranked once in their texts' order (comparing the texts
    // of every two rows cost more than the order saved).
    if (sums.isEmpty())
        return true;
    std::vector<int> rank(size_t(m_dims.size()), -1); // of each Dims used, in the texts' order
    std::vector<int> used;
    for (const auto &e : sums.entries()) {
        const int dims = dimsIndexOf(e.key);
        if (rank[size_t(dims)] < 0) {
            rank[size_t(dims)] = 0;
            used.push_back(dims);
        }
    }
    std::sort(used.begin(), used.end(), [this](int x, int y) {
        const Dims &p = m_dims.at(x), &q = m_dims.at(y);
        return std::tie(p.a, p.b, p.c) < std::tie(q.a, q.b, q.c);
    });
    for (size_t i = 0; i < used.size(); ++i)
        rank[size_t(used[i])] = int(i);
    struct Row
    {
        int period, rank;
        const Dims *dims;
        const Sums *sums;
    };
    std::vector<Row> rows;
    rows.reserve(size_t(sums.size()));
    for (const auto &e : sums.entries()) {
        const int period = periodOf(e.key);
        const int dims = dimsIndexOf(e.key);
        if (!dirty.contains(period / keyDivisor))
            rows.push_back({period, rank[size_t(dims)], &m_dims.at(dims), &e.sums});
    }
    std::sort(rows.begin(), rows.end(), [](const Row &x, const Row &y) {
        return std::tie(x.period, x.rank) < std::tie(y.period, y.rank);
    });
    if (rows.empty())
        return true;
    RowUpsert q(to.db, to.statements, sql);
    // The table's key starts with the period: rows of later periods than its last are new
    // (MAX() of no row reads as 0, before any period). Not so where two texts differ as
    // QStrings and not as SQLite stores them (a lone surrogate, see SqliteStatements::bind):
    // their rows add up in one, which INSERT OR IGNORE would refuse.
    const auto plain = [this](int dims) {
        const Dims &d = m_dims.at(dims);
        return d.a.isValidUtf16() && d.b.isValidUtf16() && d.c.isValidUtf16();
    };
    if (std::all_of(used.begin(), used.end(), plain) &&
        !q.readLastKey(
            QStringLiteral("SELECT MAX(%1) FROM %2").arg(QLatin1String(key), QLatin1String(table)),
            {}, 1, error))
        return false;
    SqlValue row[MaxSumColumns];
    for (const Row &r : rows) {
        row[0] = SqlValue::int32(r.period);
        const int width = fill(*r.dims, *r.sums, row);
        if (!q.exec(row, width, q.isNew(r.period), error))
            return false;
    }
    return q.flush(error);
}

bool SummaryDelta::applySupport(const Target &to, const SumsTable<SupportSums> &sums,
                                const char *table, const char *key, int keyDivisor,
                                const QSet<int> &dirty, QString *error) const
{
    const QString sql = addingUpsert(
        table,
        {QLatin1String(key), QStringLiteral("channel"), QStringLiteral("team"),
         QStringLiteral("agent")},
        {QStringLiteral("n_created"), QStringLiteral("n_resp"), QStringLiteral("sum_resp_s"),
         QStringLiteral("n_complaint"), QStringLiteral("sum_cost_minor"), QStringLiteral("n_cost"),
         QStringLiteral("n_resolved"), QStringLiteral("n_fcr_known"), QStringLiteral("n_fcr_one"),
         QStringLiteral("n_csat"), QStringLiteral("sum_csat"), QStringLiteral("n_csat_hi")});
    return upsertSums(
        to, table, key, sql, sums, keyDivisor, dirty,
        [](const Dims &dims, const SupportSums &s, SqlValue *row) {
            row[1] = dimension(dims.a);
            row[2] = dimension(dims.b);
            row[3] = dimension(dims.c);
            for (int m = 0; m < 10; ++m)
                row[4 + m] = SqlValue::int64(s.n[size_t(m)]);
            row[14] = SqlValue::number(s.sumCsat);
            row[15] = SqlValue::int64(s.n[10]);
            return 16;
        },
        error);
}

bool SummaryDelta::applySales(const Target &to, const SumsTable<SalesSums> &sums, const char *table,
                              const char *key, int keyDivisor, const QSet<int> &dirty,
                              QString *error) const
{
    const QString sql = addingUpsert(table,
                                     {QLatin1String(key), QStringLiteral("owner"),
                                      QStringLiteral("region"), QStringLiteral("lead_source")},
                                     {QStringLiteral("n_touch"), QStringLiteral("n_leads"),
                                      QStringLiteral("n_leads_won"), QStringLiteral("n_leads_open"),
                                      QStringLiteral("n_sales"), QStringLiteral("sum_sales_minor"),
                                      QStringLiteral("n_cycle"), QStringLiteral("sum_cycle_s")});
    return upsertSums(
        to, table, key, sql, sums, keyDivisor, dirty,
        [](const Dims &dims, const SalesSums &s, SqlValue *row) {
            row[1] = dimension(dims.a);
            row[2] = dimension(dims.b);
            row[3] = dimension(dims.c);
            for (size_t m = 0; m < s.size(); ++m)
                row[4 + m] = SqlValue::int64(s[m]);
            return 4 + int(s.size());
        },
        error);
}

bool SummaryDelta::applyFeedback(const Target &to, const SumsTable<FeedbackSums> &sums,
                                 const char *table, const char *key, int keyDivisor,
                                 const QSet<int> &dirty, QString *error) const
{
    const QString sql = addingUpsert(
        table, {QLatin1String(key), QStringLiteral("channel")},
        {QStringLiteral("n_csat"), QStringLiteral("sum_csat"), QStringLiteral("n_csat_hi")});
    return upsertSums(
        to, table, key, sql, sums, keyDivisor, dirty,
        [](const Dims &dims, const FeedbackSums &s, SqlValue *row) {
            row[1] = dimension(dims.a);
            row[2] = SqlValue::int64(s.n);
            row[3] = SqlValue::number(s.sum);
            row[4] = SqlValue::int64(s.high);
            return 5;
        },
        error);
}

// A bit set for an inserted row is exact whatever else changed: a month re-aggregated from
// the base tables sets it again, as the row is there.
bool SummaryDelta::applyActivity(const Target &to, const char *table, const char *key,
                                 const char *bitsColumn, const char *source,
                                 const std::vector<ActivityLog::Bits> &bits, QString *error)
{
    const QString t = QLatin1String(table), k = QLatin1String(key), b = QLatin1String(bitsColumn);
    if (bits.empty())
        return true;
    RowUpsert q(to.db, to.statements,
                QStringLiteral("INSERT INTO %1 (source, %2, customer_id, %3)"
                               " VALUES (?, ?, ?, ?) ON CONFLICT (source, %2, customer_id)"
                               " DO UPDATE SET %3 = %1.%3 | excluded.%3")
                    .arg(t, k, b));
    const QString name = QLatin1String(source);
    if (!q.readLastKey(QStringLiteral("SELECT %2, customer_id FROM %1 WHERE source = ?"
                                      " ORDER BY %2 DESC, customer_id DESC LIMIT 1")
                           .arg(t, k),
                       {name}, 2, error))
        return false;
    for (const ActivityLog::Bits &entry : bits) {
        const SqlValue row[4] = {dimension(name), SqlValue::int32(entry.key),
                                 SqlValue::int64(entry.customer), SqlValue::int64(entry.bits)};
        if (!q.exec(row, 4, q.isNew(entry.key, entry.customer), error))
            return false;
    }
    return q.flush(error);
}

bool SummaryDelta::applyActivityLog(const Target &to, const char *source, const ActivityLog &log,
                                    const std::vector<ActivityLog::Bits> &monthBits, QString *error)
{
    if (log.isEmpty() && monthBits.empty())
        return true;
    const std::vector<ActivityLog::Bits> days = log.dayBits();
    return applyActivity(to, "customer_activity", "chunk", "months", source,
                         ActivityLog::united(ActivityLog::monthBits(days), monthBits), error) &&
           applyActivity(to, "customer_activity_day", "month", "days", source, days, error);
}

bool SummaryDelta::applyEarly(QSqlDatabase db, const ChangeSet &dirty, SummaryDelta *later,
                              QString *error, SqliteStatements *statements) const
{
    const Target to{db, statements};
    if (!applySums(to, dirty, error))
        return false;
    const auto days = [&](const char *source, const ActivityLog &log, const QSet<int> &dirtyMonths,
                          std::vector<ActivityLog::Bits> *months) {
        if (log.isEmpty())
            return true;
        std::vector<ActivityLog::Bits> bits = log.dayBits();
        // The month bits of every entry still go to the commit: the chunk's row is written
        // there once, and the refresh of a dirty month sets its bits again all the same.
        *months = ActivityLog::united(*months, ActivityLog::monthBits(bits));
        if (!dirtyMonths.isEmpty())
            bits.erase(std::remove_if(
                           bits.begin(), bits.end(),
                           [&](const ActivityLog::Bits &b) { return dirtyMonths.contains(b.key); }),
                       bits.end());
        return applyActivity(to, "customer_activity_day", "month", "days", source, bits, error);
    };
    return days("support", m_supportActivity, dirty.supportMonths, &later->m_supportMonthBits) &&
           days("sale", m_saleActivity, dirty.salesMonths, &later->m_saleMonthBits);
}

bool SummaryDelta::applySums(const Target &to, const ChangeSet &dirty, QString *error) const
{
    return applySupport(to, m_months.support, "sum_support", "month", 1, dirty.supportMonths,
                        error) &&
           applySales(to, m_months.sales, "sum_sales", "month", 1, dirty.salesMonths, error) &&
           applyFeedback(to, m_months.feedback, "sum_feedback", "month", 1, dirty.feedbackMonths,
                         error) &&
           applySupport(to, m_days.support, "sum_support_day", "day", 100, dirty.supportMonths,
                        error) &&
           applySales(to, m_days.sales, "sum_sales_day", "day", 100, dirty.salesMonths, error) &&
           applyFeedback(to, m_days.feedback, "sum_feedback_day", "day", 100, dirty.feedbackMonths,
                         error);
}

bool SummaryDelta::apply(QSqlDatabase db, const StoreClock &clock, const ChangeSet &dirty,
                         QString *error) const
{
    const Target to{db};
    if (!applySums(to, dirty, error) ||
        !applyActivityLog(to, "support", m_supportActivity, m_supportMonthBits, error) ||
        !applyActivityLog(to, "sale", m_saleActivity, m_saleMonthBits, error))
        return false;
    // The re-aggregated months last: their activity bits are cleared and set again from the
    // rows, the inserted ones included.
    if (!refreshSummaries(db, clock, dirty, error))
        return false;
    return refreshActivityGaps(
        db, dirty.salesMonths.isEmpty() && (!m_saleActivity.isEmpty() || !m_saleMonthBits.empty()),
        dirty.supportMonths.isEmpty() &&
            (!m_supportActivity.isEmpty() || !m_supportMonthBits.empty()),
        error);
}

} // namespace busola
