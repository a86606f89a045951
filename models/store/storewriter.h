#pragma once

#include "common/texttable.h"
#include "records.h"
#include "summaries.h"
#include "summarydelta.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace busola {

class SqliteStatements;
struct SqlValue;
class Store;
class Transaction;

/// What one import (or the demo company) is, for the import history.
struct ImportMeta
{
    QString fileName;
    QString sha256;
    QString dataset; ///< datasetName() of what is imported, or "demo" for the demo company
    QString profile;
    QString mode = QStringLiteral("update");
    bool dryRun = false; ///< rolled back at the end: no backup is made before it
};

/// Queued: only inside writeAll() on PostgreSQL, for a row whose outcome its batch decides.
enum class WriteOutcome { Inserted, Updated, Unchanged, Failed, Queued };

struct WriteCounts
{
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    int rejected = 0;
    int deleted = 0;
};

/// The one write path into the data tables. Every writer (imports, the demo company, removal
/// of an import) goes through it, so that import history, undo and summary tables stay exact.
///
/// A writer is one transaction: begin(), any number of write()/deleteRange(), then commit().
/// Destroying it uncommitted rolls everything back, including the import history row.
/// Rows are upserted by external id; a row whose content did not change is left alone.
class StoreWriter
{
    Q_DECLARE_TR_FUNCTIONS(busola::StoreWriter)

public:
    explicit StoreWriter(Store &store);
    ~StoreWriter();
    StoreWriter(const StoreWriter &) = delete;
    StoreWriter &operator=(const StoreWriter &) = delete;

    bool begin(const ImportMeta &meta);
    qint64 importId() const { return m_importId; }

    WriteOutcome write(const Interaction &row);
    WriteOutcome write(const Deal &row);
    WriteOutcome write(const FeedbackResponse &row);
    WriteOutcome write(const SupportCost &row);

    /// Writes the rows in order, each with exactly the outcome write() would give it (counts,
    /// history, summaries, ids repeated in the file). On PostgreSQL the new rows and customers
    /// go to the server in multi-row statements instead of one round trip each; on SQLite the
    /// new interactions go in multi-row statements. Returns the
    /// index of the row that failed (lastError() says why), or -1 when all were written.
    qsizetype writeAll(const std::vector<Interaction> &rows);
    qsizetype writeAll(const std::vector<Deal> &rows);
    qsizetype writeAll(const std::vector<FeedbackResponse> &rows);
    qsizetype writeAll(const std::vector<SupportCost> &rows);

    /// The summaries of the interactions writeAll() inserts on SQLite become the caller's to
    /// gather (the import engine splits them into parts written while rows still come): after
    /// each writeAll(),
    /// takeInserted() names the new rows and their customers; the caller adds them to a
    /// SummaryDelta (addNewInteraction) and hands it over with addSummaries() before commit().
    /// Rows written any other way keep theirs here.
    void setSummariesByCaller(bool byCaller) { m_summariesByCaller = byCaller; }
    struct InsertedRow
    {
        qsizetype index; ///< in the rows given to writeAll()
        qint64 customer; ///< its id, 0 for none
    };
    std::vector<InsertedRow> takeInserted() { return std::exchange(m_insertedRows, {}); }
    void addSummaries(SummaryDelta &&delta) { m_delta.merge(std::move(delta)); }
    /// Part of them while rows still come: on SQLite written now (SummaryDelta::applyEarly,
    /// inside the transaction, leaving out the months already to re-aggregate), between
    /// batches, so that commit() — when the reading thread's core has nothing left to do —
    /// writes only the rest; delta keeps its sums for the caller to free. On another store
    /// they move into what commit() writes, as with addSummaries().
    bool addSummariesNow(SummaryDelta &delta);

    /// Replace mode: deletes the dataset's rows whose bucketing instant lies in [from, to)
    /// (kept in the history, so removing this import brings them back). Returns the count, or -1.
    int deleteRange(Dataset dataset, qint64 from, qint64 to);

    /// Rows the caller rejected before writing, for the history's counts.
    void addRejected(int count) { m_counts.rejected += count; }
    /// The file's SHA-256 when it is known only after begin() (hashed while importing).
    void setFileSha256(const QString &sha256) { m_sha256 = sha256; }

    bool commit();
    void rollback();

    const WriteCounts &counts() const { return m_counts; }
    QString lastError() const { return m_error; }

    /// Removes import importId: deletes the rows it inserted and restores the rows it updated
    /// or deleted to their earlier values, in one transaction.
    static bool removeImport(Store &store, qint64 importId, QString *error);

private:
    static constexpr int HeadValues = 3; ///< external_id, content_hash, import_id
    struct Existing
    {
        qint64 id = 0;
        qint64 hash = 0;
        qint64 importId = 0;
        int monthA = 0;
        int monthB = 0;
    };
    /// The customer's id, inserting it if new; nullopt for a row without one. *ok false (and
    /// lastError() set) when the store refused the customer.
    std::optional<qint64> customerId(const CustomerRef &customer, bool *ok);
    std::optional<qint64> lookUpCustomer(const CustomerRef &customer, bool *ok);
    /// True (with lastError() set) when SQLite rolled the open transaction back by itself.
    bool transactionLost();
    std::nullopt_t customerFailed(bool *ok, const CustomerRef &customer, const QString &detail);
    /// insertTried: the SQLite fast path (writeRow) found the external id already stored.
    WriteOutcome upsert(Dataset dataset, const QString &externalId, qint64 hash,
                        const QVariantList &values, int monthA, int monthB,
                        bool insertTried = false);
    /// row: HeadValues free slots for the key columns, then the table's columns.
    WriteOutcome writeRow(Dataset dataset, const QString &externalId, SqlValue *row, int count,
                          int monthA, int monthB);
    /// Fills row's key columns; returns the content hash.
    qint64 keyColumns(const QString &externalId, SqlValue *row, int count) const;
    static QVariantList valuesOf(const SqlValue *row, int count); ///< the content columns
    static const QString &insertSql(Dataset dataset);
    static const QString &supportBatchSql(); ///< SQLite, writeSupportBatches()

    /// What an interaction's summaries need besides the row.
    struct SupportRow
    {
        int createdMonth = 0;
        int resolvedMonth = 0;
        std::optional<qint64> responseSeconds;
        std::optional<qint64> customer;
        qint64 hash = 0;
    };
    static constexpr int SupportValues = HeadValues + 18;
    /// row: SupportValues values for writeRow(), the key columns left free. False (lastError()
    /// set) when the store refused the row's customer.
    bool supportRow(const Interaction &r, SupportRow *meta, SqlValue *row);
    void addInserted(const Interaction &r, const SupportRow &meta);
    /// writeAll() on SQLite (storewritersqlite.cpp): the rows in multi-row INSERTs.
    qsizetype writeSupportBatches(const std::vector<Interaction> &rows);
    bool sortOutInserted(const std::vector<Interaction> &rows, size_t at, int count, int changes,
                         std::vector<char> *isNew);
    WriteOutcome inserted(Dataset dataset, int monthA);
    bool snapshot(Dataset dataset, qint64 rowId, const QString &action);
    QSqlQuery &prepared(const QString &key, const QString &sql);
    void addMonth(Dataset dataset, int month);
    bool fail(const QString &message);
    static bool isDiskFull(const QString &sqliteMessage);
    static QString diskFullMessage(const QString &detail);
    /// Why a write transaction could not start: another Busola is writing to the store (SQLite
    /// said "database is locked" after the busy timeout), or the store cannot be written.
    static QString busyMessage(const Store &store, const QString &detail);
    bool checkReferences();
    void restoreForeignKeys();
    void deferIndexes(Dataset dataset, int othersAtMost);
    /// Each new interaction's creation instant, in the order written (see deferIndexes()).
    void noteCreated(qint64 createdAt);
    void dropIndexes(Dataset dataset);
    void forgetDeferral();

    // PostgreSQL's batched path (storewriterpg.cpp): writeAll() runs write() over its rows
    // twice, first to collect what each row would write, then, after one multi-row INSERT per
    // chunk, to give each row its outcome in file order.
    struct PgBatch;
    template <typename Row>
    qsizetype writeRows(const std::vector<Row> &rows, const QList<const CustomerRef *> &customers);
    bool pgAddCustomers(const QList<const CustomerRef *> &customers);
    /// The row's table as pgBatchStep() sees it (storewriter.cpp's TableInfo).
    struct PgTable
    {
        Dataset dataset;
        const QString &table;
        const QStringList &columns;
        const QString &monthA; ///< the month columns' names
        const QString &monthB;
    };
    std::optional<WriteOutcome> pgBatchStep(const PgTable &target, const QString &externalId,
                                            qint64 hash, const QVariantList &values, int monthA,
                                            int monthB, int *affected);
    bool pgFlush();
    /// Runs SELECT columns … WHERE external_id IN (…) on the batch's table for ids, 500 at a
    /// time, and hands each result to readRows.
    bool pgSelectByIds(const QString &key, const QString &columns, const QStringList &ids,
                       const std::function<void(QSqlQuery &)> &readRows);
    bool pgPrefetch(const QStringList &ids);
    bool pgPrefetchChanged(const QStringList &ids);
    bool pgFlushUpdates();
    bool pgFlushHistory();

    Store &m_store;
    std::unique_ptr<Transaction> m_tx;
    qint64 m_importId = 0;
    WriteCounts m_counts;
    ChangeSet m_changes;  ///< months to re-aggregate: rows were updated or deleted in them
    SummaryDelta m_delta; ///< what the inserted rows add to the summaries
    QString m_error;
    QString m_sha256;
    TextTable<qint64> m_customerIds;
    TextTable<qint64> m_customerIdsByCode;    ///< the export's code as written → id
    std::vector<qint64> m_customerIdsByToken; ///< CustomerRef::token → id, 0 for not yet
    std::map<QString, std::unique_ptr<QSqlQuery>> m_queries;
    std::unique_ptr<SqliteStatements> m_sqlite; ///< the fast path on SQLite, else null
    bool m_foreignKeysOff = false;
    static constexpr int BulkRows = 100000;
    int m_bulkInserts[4] = {0, 0, 0, 0};
    bool m_deferred[4] = {false, false, false, false}; ///< its indexes wait for the commit
    bool m_mayDefer[4] = {false, false, false, false}; ///< few other rows: its indexes may wait
    /// How far the new interactions come in creation order.
    struct RowOrder
    {
        qint64 earliest = 0, latest = 0; ///< the span of those seen so far
        int back = 0; ///< created inside the span, more than a day from both its ends
        int seen = 0;
        bool outOfOrder() const;
    };
    RowOrder m_order;
    QStringList m_deferredIndexes; ///< secondary indexes dropped for a bulk load, rebuilt at commit
    PgBatch *m_pgBatch = nullptr;  ///< the batch writeAll() is writing on PostgreSQL, else null
    bool m_summariesByCaller = false;
    std::vector<InsertedRow> m_insertedRows; ///< since takeInserted(), when by the caller
};

/// The customer key of PRODUCT.md: "c:" + code, or "n:" + folded name; empty for no customer.
QString customerKey(const CustomerRef &customer);

} // namespace busola
