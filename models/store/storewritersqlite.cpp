// StoreWriter's batched path for interactions on SQLite. One INSERT statement run per row cost
// more than SQLite's work on the row itself (see SqliteRowBatch): here a batch's rows go in
// multi-row INSERT OR IGNOREs, and only the rows a statement did not insert (an
// id already stored, or repeated in the file) take upsert()'s compare / update path, in file
// order, after it.
#include "sqlitestatements.h"
#include "storewriter.h"
#include "transaction.h"

#include <QSet>

#include <algorithm>
#include <limits>

namespace busola {

/// The batch's statement: INSERT OR IGNORE (see insertOrIgnore()), where the single-row one
/// says ON CONFLICT (external_id) DO NOTHING. The same rows go in: only the id's uniqueness can
/// refuse a row, as every NOT NULL column is always bound.
const QString &StoreWriter::supportBatchSql()
{
    static const QString sql = insertOrIgnore(StoreWriter::insertSql(Dataset::Support));
    return sql;
}

qsizetype StoreWriter::writeSupportBatches(const std::vector<Interaction> &rows)
{
    SqliteRowBatch batch(*m_sqlite, supportBatchSql());
    if (!batch.isValid() || batch.width() != SupportValues) {
        for (size_t i = 0; i < rows.size(); ++i) // row by row, as SQLite took them before
            if (write(rows[i]) == WriteOutcome::Failed)
                return qsizetype(i);
        return -1;
    }
    std::vector<SupportRow> meta(size_t(batch.capacity()));
    std::vector<char> isNew;
    for (size_t at = 0; at < rows.size(); at += size_t(batch.capacity())) {
        const int n = int(std::min(size_t(batch.capacity()), rows.size() - at));
        for (int k = 0; k < n; ++k) {
            SqlValue *row = batch.append();
            if (!supportRow(rows[at + size_t(k)], &meta[size_t(k)], row))
                return qsizetype(at) + k;
            meta[size_t(k)].hash = keyColumns(rows[at + size_t(k)].externalId, row, SupportValues);
        }
        if (transactionLost())
            return qsizetype(at);
        int changes = 0;
        if (!batch.send(&changes)) {
            fail(tr("Cannot write %1 rows %2 to %3: %4")
                     .arg(QStringLiteral("interactions"), rows[at].externalId,
                          rows[at + size_t(n - 1)].externalId, m_sqlite->lastError()));
            return qsizetype(at);
        }
        isNew.assign(size_t(n), changes == n);
        if (changes < n && !sortOutInserted(rows, at, n, changes, &isNew))
            return qsizetype(at);
        for (int k = 0; k < n; ++k) {
            const Interaction &r = rows[at + size_t(k)];
            const SupportRow &m = meta[size_t(k)];
            if (isNew[size_t(k)]) {
                inserted(Dataset::Support, m.createdMonth);
                noteCreated(r.createdAt);
                if (m_summariesByCaller)
                    m_insertedRows.push_back({qsizetype(at) + k, m.customer.value_or(0)});
                else
                    addInserted(r, m);
            } else if (upsert(Dataset::Support, r.externalId, m.hash,
                              valuesOf(batch.sentRow(k), SupportValues), m.createdMonth,
                              m.resolvedMonth, true) == WriteOutcome::Failed) {
                return qsizetype(at) + k;
            }
        }
    }
    return -1;
}

bool StoreWriter::sortOutInserted(const std::vector<Interaction> &rows, size_t at, int count,
                                  int changes, std::vector<char> *isNew)
{
    // SQLite gives new rows the rowids after the largest one, in the statement's order: those
    // the statement inserted are the last `changes` rowids, each for the first of the
    // statement's rows with its id.
    // (With none inserted, the last rowid is some other statement's.)
    const qint64 firstNew =
        changes > 0 ? m_sqlite->lastInsertId() - changes + 1 : std::numeric_limits<qint64>::max();
    static const QString sql = QStringLiteral("SELECT id FROM interactions WHERE external_id = ?");
    QSet<qint64> claimed;
    for (int k = 0; k < count; ++k) {
        qint64 rowId = 0;
        if (!m_sqlite->selectInt64(sql, sql, {rows[at + size_t(k)].externalId}, &rowId))
            return fail(tr("Cannot read %1 row %2: %3")
                            .arg(QStringLiteral("interactions"), rows[at + size_t(k)].externalId,
                                 m_sqlite->lastError()));
        const bool inserted = rowId >= firstNew && !claimed.contains(rowId);
        (*isNew)[size_t(k)] = inserted;
        if (inserted)
            claimed.insert(rowId);
    }
    if (claimed.size() == changes)
        return true;
    return fail(tr("Cannot tell which interactions rows %1 to %2 were new: SQLite inserted %3"
                   " of them, %4 were found.")
                    .arg(rows[at].externalId, rows[at + size_t(count - 1)].externalId)
                    .arg(changes)
                    .arg(claimed.size()));
}

} // namespace busola
