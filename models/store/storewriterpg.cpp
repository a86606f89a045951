// StoreWriter's batched path for PostgreSQL (team mode). Writing row by row costs one round
// trip to the server per row (two per new customer, four per changed row), which made an import
// about ten times slower than on SQLite; here the new rows of a batch go in multi-row INSERTs,
// the changed ones in multi-row history INSERTs and UPDATEs, and only an id repeated inside a
// batch after its first row takes the row-by-row compare / update path of upsert().
#include "common/textfold.h"
#include "store.h"
#include "storewriter.h"
#include "transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlRecord>

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
    /// A stored row whose first row in the batch changes it, read whole before Resolve.
    struct Stored
    {
        qint64 id = 0;
        qint64 importId = 0;
        int monthA = 0;
        int monthB = 0;
        QString previous; ///< the row_history snapshot, as snapshot() writes it
    };
    /// An update (and, for a row an earlier import wrote, its snapshot) Resolve decided,
    /// written by pgFlushUpdates(): before any row falls back to upsert()'s row-by-row path,
    /// which reads the stored row, and at the end of the batch.
    struct Update
    {
        size_t row = 0;
        qint64 id = 0;
        QString previous; ///< the snapshot to keep; empty when this import wrote the row
    };
    Phase phase = Phase::Collect;
    Dataset dataset = Dataset::Support;
    QString table;
    QStringList columns;
    QString monthA;
    QString monthB;
    std::vector<Row> rows;
    size_t next = 0; ///< the row Resolve decides next
    /// The stored content hash of ids the INSERTs did not create (or created for an earlier
    /// row of the batch), valid for the first later row with that id only: that row may
    /// update it.
    QHash<QString, qint64> known;
    QHash<QString, Stored> changed;
    std::vector<Update> updates;
    qsizetype failedRow = 0;
    qsizetype flushFailedRow = -1; ///< the first queued row of an UPDATE the server refused
};

qsizetype StoreWriter::writeAll(const std::vector<Interaction> &rows)
{
    if (m_sqlite && m_tx && m_tx->isActive())
        return writeSupportBatches(rows);
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
    const qsizetype unresolved = each();
    if (unresolved < 0 && !pgFlushUpdates())
        return batch.flushFailedRow;
    return batch.flushFailedRow >= 0 ? batch.flushFailedRow : unresolved;
}

std::optional<WriteOutcome> StoreWriter::pgBatchStep(const PgTable &target,
                                                     const QString &externalId, qint64 hash,
                                                     const QVariantList &values, int monthA,
                                                     int monthB, int *affected)
{
    PgBatch &batch = *m_pgBatch;
    if (batch.phase == PgBatch::Phase::Collect) {
        batch.dataset = target.dataset;
        batch.table = target.table;
        batch.columns = target.columns;
        batch.monthA = target.monthA;
        batch.monthB = target.monthB;
        batch.rows.push_back({externalId, hash, values, false});
        return WriteOutcome::Queued;
    }
    if (batch.next >= batch.rows.size() || batch.rows[batch.next].externalId != externalId) {
        fail(tr("Cannot write %1 row %2: %3")
                 .arg(target.table, externalId, QStringLiteral("batch out of step")));
        return WriteOutcome::Failed;
    }
    const size_t at = batch.next++;
    const PgBatch::Row &row = batch.rows[at];
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
        const auto whole = batch.changed.constFind(externalId);
        if (whole != batch.changed.constEnd()) {
            // What upsert() does for a changed row, its writes queued: the months, old and
            // new, are re-aggregated at commit; the earlier state is kept unless this same
            // import wrote the row.
            const PgBatch::Stored existing = whole.value();
            batch.changed.erase(whole);
            addMonth(target.dataset, monthA);
            addMonth(target.dataset, monthB);
            addMonth(target.dataset, existing.monthA);
            addMonth(target.dataset, existing.monthB);
            batch.updates.push_back(
                {at, existing.id, existing.importId != m_importId ? existing.previous : QString()});
            ++m_counts.updated;
            return WriteOutcome::Updated;
        }
    }
    // upsert() reads the stored row, compares, keeps history, updates: after the queued
    // updates, which may have changed it.
    if (!pgFlushUpdates())
        return WriteOutcome::Failed;
    return std::nullopt;
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
    if (!pgPrefetch(stored))
        return false;
    // Stored rows the batch's first row of their id changes: read whole, for their history.
    QStringList changed;
    for (const QString &id : std::as_const(stored))
        if (batch.known.value(id) != batch.rows[first.value(id)].hash)
            changed << id;
    return pgPrefetchChanged(changed);
}

bool StoreWriter::pgSelectByIds(const QString &key, const QString &columns, const QStringList &ids,
                                const std::function<void(QSqlQuery &)> &readRows)
{
    const QString &table = m_pgBatch->table;
    for (qsizetype at = 0; at < ids.size(); at += PgRowsPerStatement) {
        const qsizetype n = std::min<qsizetype>(PgRowsPerStatement, ids.size() - at);
        QSqlQuery &select = prepared(QStringLiteral("pg-%1-%2-%3").arg(key, table).arg(n),
                                     QStringLiteral("SELECT %2 FROM %1 WHERE external_id IN (%3)")
                                         .arg(table, columns, marks(int(n))));
        for (qsizetype i = 0; i < n; ++i)
            select.bindValue(int(i), ids.at(at + i));
        if (!select.exec())
            return fail(
                tr("Cannot read %1 row %2: %3").arg(table, ids.at(at), select.lastError().text()));
        readRows(select);
        select.finish();
    }
    return true;
}

bool StoreWriter::pgPrefetch(const QStringList &ids)
{
    PgBatch &batch = *m_pgBatch;
    return pgSelectByIds(QStringLiteral("known"), QStringLiteral("external_id, content_hash"), ids,
                         [&batch](QSqlQuery &select) {
                             while (select.next())
                                 batch.known.insert(select.value(0).toString(),
                                                    select.value(1).toLongLong());
                         });
}

bool StoreWriter::pgPrefetchChanged(const QStringList &ids)
{
    PgBatch &batch = *m_pgBatch;
    return pgSelectByIds(
        QStringLiteral("changed"), QStringLiteral("*"), ids, [&batch](QSqlQuery &select) {
            const QSqlRecord record = select.record();
            const int externalId = record.indexOf(QStringLiteral("external_id"));
            const int id = record.indexOf(QStringLiteral("id"));
            const int importId = record.indexOf(QStringLiteral("import_id"));
            const int monthA = record.indexOf(batch.monthA);
            const int monthB = record.indexOf(batch.monthB);
            while (select.next()) {
                // As snapshot() keeps it: every column, SQL NULL as JSON null (QJsonValue::
                // fromVariant would turn a null number into 0).
                QJsonObject previous;
                for (int i = 0; i < record.count(); ++i) {
                    const QVariant v = select.value(i);
                    previous.insert(record.fieldName(i), v.isNull() ? QJsonValue(QJsonValue::Null)
                                                                    : QJsonValue::fromVariant(v));
                }
                batch.changed.insert(
                    select.value(externalId).toString(),
                    {select.value(id).toLongLong(), select.value(importId).toLongLong(),
                     select.value(monthA).toInt(), select.value(monthB).toInt(),
                     QString::fromUtf8(QJsonDocument(previous).toJson(QJsonDocument::Compact))});
            }
        });
}

bool StoreWriter::pgFlushHistory()
{
    PgBatch &batch = *m_pgBatch;
    std::vector<const PgBatch::Update *> kept;
    for (const PgBatch::Update &update : batch.updates)
        if (!update.previous.isEmpty())
            kept.push_back(&update);
    // In file order, as snapshot() would have written them one by one.
    for (size_t at = 0; at < kept.size(); at += PgRowsPerStatement) {
        const int n = int(std::min(size_t(PgRowsPerStatement), kept.size() - at));
        QSqlQuery &insert = prepared(
            QStringLiteral("pg-history-%1").arg(n),
            QStringLiteral("INSERT INTO row_history (import_id, dataset, row_id, action, previous)"
                           " VALUES %1")
                .arg(valueTuples(n, 5)));
        int p = 0;
        for (int k = 0; k < n; ++k) {
            const PgBatch::Update &update = *kept[at + size_t(k)];
            insert.bindValue(p++, m_importId);
            insert.bindValue(p++, batch.table);
            insert.bindValue(p++, update.id);
            insert.bindValue(p++, QStringLiteral("update"));
            insert.bindValue(p++, update.previous);
        }
        if (!insert.exec()) {
            batch.flushFailedRow = qsizetype(kept[at]->row);
            return fail(tr("Cannot keep the earlier state of %1 row %2: %3")
                            .arg(batch.table)
                            .arg(kept[at]->id)
                            .arg(insert.lastError().text()));
        }
    }
    return true;
}

bool StoreWriter::pgFlushUpdates()
{
    PgBatch &batch = *m_pgBatch;
    if (batch.updates.empty())
        return true;
    // writeAll()'s failed row, unless a statement below names a closer one.
    batch.flushFailedRow = qsizetype(batch.updates.front().row);
    if (!pgFlushHistory())
        return false;
    // VALUES gives its parameters no type: each is cast to its column's.
    QSqlQuery types(m_store.db());
    types.prepare(
        QStringLiteral("SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute"
                       " WHERE attrelid = to_regclass(?) AND attnum > 0"
                       " AND NOT attisdropped"));
    types.addBindValue(batch.table);
    QHash<QString, QString> typeOf;
    if (types.exec())
        while (types.next())
            typeOf.insert(types.value(0).toString(), types.value(1).toString());
    QStringList names{QStringLiteral("id"), QStringLiteral("content_hash")};
    names << batch.columns;
    QStringList casts;
    QStringList assignments;
    for (const QString &name : std::as_const(names)) {
        if (!typeOf.contains(name))
            return fail(tr("Cannot update %1 rows: %2")
                            .arg(batch.table, types.lastError().text().isEmpty()
                                                  ? QStringLiteral("no column %1").arg(name)
                                                  : types.lastError().text()));
        casts << QStringLiteral("?::") + typeOf.value(name);
        if (name != QLatin1String("id"))
            assignments << name + QLatin1String(" = v.") + name;
    }
    const int width = int(names.size());
    const QString tuple = QLatin1Char('(') + casts.join(QLatin1String(", ")) + QLatin1Char(')');
    const int chunk = std::min(PgRowsPerStatement, PgMaxParameters / width);
    for (size_t at = 0; at < batch.updates.size(); at += size_t(chunk)) {
        const int n = int(std::min(size_t(chunk), batch.updates.size() - at));
        QSqlQuery &update = prepared(
            QStringLiteral("pg-update-%1-%2").arg(batch.table).arg(n),
            QStringLiteral("UPDATE %1 SET %2 FROM (VALUES %3) AS v (%4) WHERE %1.id = v.id")
                .arg(batch.table, assignments.join(QLatin1String(", ")),
                     QStringList(n, tuple).join(QLatin1String(", ")),
                     names.join(QLatin1String(", "))));
        int p = 0;
        for (int k = 0; k < n; ++k) {
            const PgBatch::Update &queued = batch.updates[at + size_t(k)];
            const PgBatch::Row &row = batch.rows[queued.row];
            update.bindValue(p++, queued.id);
            update.bindValue(p++, row.hash);
            for (const QVariant &value : row.values)
                update.bindValue(p++, value);
        }
        if (!update.exec() || update.numRowsAffected() != n) {
            batch.flushFailedRow = qsizetype(batch.updates[at].row);
            return fail(tr("Cannot update %1 rows %2 to %3: %4")
                            .arg(batch.table, batch.rows[batch.updates[at].row].externalId,
                                 batch.rows[batch.updates[at + size_t(n) - 1].row].externalId,
                                 update.lastError().text()));
        }
    }
    batch.updates.clear();
    batch.flushFailedRow = -1;
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
            m_customerIds.set(insert.value(0).toString(), insert.value(1).toLongLong());
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
            m_customerIds.set(select.value(0).toString(), select.value(1).toLongLong());
        select.finish();
    }
    return true;
}

} // namespace busola
