// StoreWriter's batched path for PostgreSQL (team mode). Writing row by row costs one round
// trip to the server per row (two per new customer), which made an import about ten times
// slower than on SQLite; here the new rows of a batch go in multi-row INSERTs, and only rows
// whose external id is already stored take the row-by-row compare / update path of upsert().
#include "common/textfold.h"
#include "storewriter.h"
#include "transaction.h"

#include <QSet>
#include <QSqlError>

#include <algorithm>

namespace busola {

namespace {

/// Rows per multi-row statement: large enough that the round trip is small beside the work,
/// small enough that a statement stays well under PostgreSQL's 65,535 bound parameters.
constexpr int PgRowsPerStatement = 500;
constexpr int PgMaxParameters = 65535;

QVariant nullIfEmpty(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

/// "(?, ?, ?), (?, ?, ?)": rows tuples of width marks.
QString valueTuples(int rows, int width)
{
    const QString tuple = QLatin1Char('(') +
                          QStringList(width, QStringLiteral("?")).join(QLatin1String(", ")) +
                          QLatin1Char(')');
    return QStringList(rows, tuple).join(QLatin1String(", "));
}

QString marks(int count)
{
    return QStringList(count, QStringLiteral("?")).join(QLatin1String(", "));
}

template <typename Row> QList<const CustomerRef *> customersOf(const std::vector<Row> &rows)
{
    QList<const CustomerRef *> customers;
    customers.reserve(qsizetype(rows.size()));
    for (const Row &row : rows)
        customers.append(&row.customer);
    return customers;
}

} // namespace

struct StoreWriter::PgBatch
{
    enum class Phase { Collect, Resolve };
    struct Row
    {
        QString externalId;
        qint64 hash = 0;
        QVariantList values;
        bool inserted = false; ///< the batch's INSERT created it
    };
    Phase phase = Phase::Collect;
    QString table;
    QStringList columns;
    std::vector<Row> rows;
    size_t next = 0; ///< the row Resolve decides next
    /// The stored content hash of ids the INSERTs did not create (or created for an earlier
    /// row of the batch), valid for the first later row with that id only: that row may
    /// update it.
    QHash<QString, qint64> known;
    qsizetype failedRow = 0;
};

qsizetype StoreWriter::writeAll(const std::vector<Interaction> &rows)
{
    return writeRows(rows, customersOf(rows));
}

qsizetype StoreWriter::writeAll(const std::vector<Deal> &rows)
{
    return writeRows(rows, customersOf(rows));
}

qsizetype StoreWriter::writeAll(const std::vector<FeedbackResponse> &rows)
{
    return writeRows(rows, customersOf(rows));
}

qsizetype StoreWriter::writeAll(const std::vector<SupportCost> &rows)
{
    return writeRows(rows, {});
}

template <typename Row>
qsizetype StoreWriter::writeRows(const std::vector<Row> &rows,
                                 const QList<const CustomerRef *> &customers)
{
    auto each = [this, &rows]() -> qsizetype {
        for (size_t i = 0; i < rows.size(); ++i)
            if (write(rows[i]) == WriteOutcome::Failed)
                return qsizetype(i);
        return -1;
    };
    // SQLite binds every row through its own handle: there is no round trip to save.
    if (m_sqlite || !m_tx || !m_tx->isActive() || rows.size() < 2)
        return each();
    if (!pgAddCustomers(customers))
        return 0;
    PgBatch batch;
    batch.rows.reserve(rows.size());
    m_pgBatch = &batch;
    struct Reset
    {
        PgBatch *&batch;
        ~Reset() { batch = nullptr; }
    } reset{m_pgBatch};
    // 1. write() builds each row's values and hands them to pgBatchStep (Queued).
    const qsizetype failed = each();
    if (failed >= 0)
        return failed;
    // 2. The new rows go to the server; 3. every row gets its outcome, in file order.
    if (!pgFlush())
        return batch.failedRow;
    batch.phase = PgBatch::Phase::Resolve;
    return each();
}

std::optional<WriteOutcome> StoreWriter::pgBatchStep(const QString &table,
                                                     const QStringList &columns,
                                                     const QString &externalId, qint64 hash,
                                                     const QVariantList &values, int *affected)
{
    PgBatch &batch = *m_pgBatch;
    if (batch.phase == PgBatch::Phase::Collect) {
        batch.table = table;
        batch.columns = columns;
        batch.rows.push_back({externalId, hash, values, false});
        return WriteOutcome::Queued;
    }
    if (batch.next >= batch.rows.size() || batch.rows[batch.next].externalId != externalId) {
        fail(tr("Cannot write %1 row %2: %3")
                 .arg(table, externalId, QStringLiteral("batch out of step")));
        return WriteOutcome::Failed;
    }
    const PgBatch::Row &row = batch.rows[batch.next++];
    // Inserted: upsert() counts it and write() adds it to the summary delta.
    *affected = row.inserted ? 1 : 0;
    if (row.inserted)
        return std::nullopt;
    const auto known = batch.known.constFind(externalId);
    if (known != batch.known.constEnd()) {
        const qint64 stored = known.value();
        batch.known.erase(known);
        if (stored == hash) {
            ++m_counts.unchanged;
            return WriteOutcome::Unchanged;
        }
    }
    return std::nullopt; // upsert() reads the stored row, compares, keeps history, updates
}

bool StoreWriter::pgFlush()
{
    PgBatch &batch = *m_pgBatch;
    const int width = 3 + int(batch.columns.size());
    const int chunk = std::min(PgRowsPerStatement, PgMaxParameters / width);
    // Only the first row of each id goes into the INSERTs: a later one is an update of it,
    // exactly as when the rows are written one by one.
    QHash<QString, size_t> first;
    std::vector<size_t> fresh;
    for (size_t i = 0; i < batch.rows.size(); ++i)
        if (!first.contains(batch.rows[i].externalId)) {
            first.insert(batch.rows[i].externalId, i);
            fresh.push_back(i);
        }
    QSet<QString> inserted;
    for (size_t at = 0; at < fresh.size(); at += size_t(chunk)) {
        const int n = int(std::min(size_t(chunk), fresh.size() - at));
        QSqlQuery &insert = prepared(
            QStringLiteral("pg-insert-%1-%2").arg(batch.table).arg(n),
            QStringLiteral("INSERT INTO %1 (external_id, content_hash, import_id, %2) VALUES %3"
                           " ON CONFLICT (external_id) DO NOTHING RETURNING external_id")
                .arg(batch.table, batch.columns.join(QLatin1String(", ")), valueTuples(n, width)));
        int p = 0;
        for (int k = 0; k < n; ++k) {
            const PgBatch::Row &row = batch.rows[fresh[at + size_t(k)]];
            insert.bindValue(p++, row.externalId);
            insert.bindValue(p++, row.hash);
            insert.bindValue(p++, m_importId);
            for (const QVariant &value : row.values)
                insert.bindValue(p++, value);
        }
        if (!insert.exec()) {
            batch.failedRow = qsizetype(fresh[at]);
            return fail(tr("Cannot write %1 rows %2 to %3: %4")
                            .arg(batch.table, batch.rows[fresh[at]].externalId,
                                 batch.rows[fresh[at + size_t(n) - 1]].externalId,
                                 insert.lastError().text()));
        }
        while (insert.next())
            inserted.insert(insert.value(0).toString());
        insert.finish();
    }
    QStringList stored;
    for (size_t i = 0; i < batch.rows.size(); ++i) {
        PgBatch::Row &row = batch.rows[i];
        if (first.value(row.externalId) != i)
            continue;
        row.inserted = inserted.contains(row.externalId);
        if (row.inserted)
            batch.known.insert(row.externalId, row.hash);
        else
            stored << row.externalId;
    }
    batch.failedRow = 0;
    return pgPrefetch(stored);
}

bool StoreWriter::pgPrefetch(const QStringList &ids)
{
    PgBatch &batch = *m_pgBatch;
    for (qsizetype at = 0; at < ids.size(); at += PgRowsPerStatement) {
        const qsizetype n = std::min<qsizetype>(PgRowsPerStatement, ids.size() - at);
        QSqlQuery &select = prepared(
            QStringLiteral("pg-known-%1-%2").arg(batch.table).arg(n),
            QStringLiteral("SELECT external_id, content_hash FROM %1 WHERE external_id IN (%2)")
                .arg(batch.table, marks(int(n))));
        for (qsizetype i = 0; i < n; ++i)
            select.bindValue(int(i), ids.at(at + i));
        if (!select.exec())
            return fail(tr("Cannot read %1 row %2: %3")
                            .arg(batch.table, ids.at(at), select.lastError().text()));
        while (select.next())
            batch.known.insert(select.value(0).toString(), select.value(1).toLongLong());
        select.finish();
    }
    return true;
}

bool StoreWriter::pgAddCustomers(const QList<const CustomerRef *> &customers)
{
    // The customers customerId() would insert one by one, each with the code and name of its
    // first row: inserted in one statement per chunk, the ones already stored read back.
    QStringList keys;
    QVariantList values;
    QSet<QString> seen;
    for (const CustomerRef *customer : customers) {
        if (!customer->code.isEmpty() && m_customerIdsByCode.contains(customer->code))
            continue;
        const QString key = customerKey(*customer);
        if (key.isEmpty() || m_customerIds.contains(key) || seen.contains(key))
            continue;
        seen.insert(key);
        keys << key;
        values << key << nullIfEmpty(customer->code.trimmed())
               << nullIfEmpty(normaliseRomanian(customer->name.trimmed()));
    }
    QStringList stored;
    for (qsizetype at = 0; at < keys.size(); at += PgRowsPerStatement) {
        const qsizetype n = std::min<qsizetype>(PgRowsPerStatement, keys.size() - at);
        QSqlQuery &insert = prepared(
            QStringLiteral("pg-customers-%1").arg(n),
            QStringLiteral("INSERT INTO customers (customer_key, code, name) VALUES %1"
                           " ON CONFLICT (customer_key) DO NOTHING RETURNING customer_key, id")
                .arg(valueTuples(int(n), 3)));
        for (qsizetype i = 0; i < 3 * n; ++i)
            insert.bindValue(int(i), values.at(3 * at + i));
        if (!insert.exec())
            return fail(tr("Cannot record the customers: %1").arg(insert.lastError().text()));
        while (insert.next())
            m_customerIds.insert(insert.value(0).toString(), insert.value(1).toLongLong());
        insert.finish();
        for (qsizetype i = at; i < at + n; ++i)
            if (!m_customerIds.contains(keys.at(i)))
                stored << keys.at(i);
    }
    for (qsizetype at = 0; at < stored.size(); at += PgRowsPerStatement) {
        const qsizetype n = std::min<qsizetype>(PgRowsPerStatement, stored.size() - at);
        QSqlQuery &select = prepared(
            QStringLiteral("pg-customer-ids-%1").arg(n),
            QStringLiteral("SELECT customer_key, id FROM customers WHERE customer_key IN (%1)")
                .arg(marks(int(n))));
        for (qsizetype i = 0; i < n; ++i)
            select.bindValue(int(i), stored.at(at + i));
        if (!select.exec())
            return fail(tr("Cannot record the customers: %1").arg(select.lastError().text()));
        while (select.next())
            m_customerIds.insert(select.value(0).toString(), select.value(1).toLongLong());
        select.finish();
    }
    return true;
}

} // namespace busola
