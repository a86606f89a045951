#pragma once

#include <QSqlDatabase>
#include <QString>

namespace busola {

/// RAII guard for one transaction: rolls back unless commit() succeeded, so an early return,
/// an exception or a failed step never leaves half a change in the store.
class Transaction
{
public:
    /// What the transaction writes. Rows: the data tables, their history and the KPI
    /// summaries (StoreWriter, the removal of an import, a copy into a store). On PostgreSQL
    /// such transactions of one store run one at a time, as every write does on SQLite: the
    /// second waits at its start until the first has ended, or gives up after
    /// writerWaitSeconds saying who writes (Dialect::lockWriters). Others
    /// (SWOT, competitors, settings, schema steps, roles) touch no row an import writes and do
    /// not wait for one.
    enum class Writes { Other, Rows };

    /// How long a writer of rows on PostgreSQL waits for another to end before it gives up.
    static constexpr int WriterWaitSeconds = 120;

    explicit Transaction(QSqlDatabase db, Writes writes = Writes::Other,
                         int writerWaitSeconds = WriterWaitSeconds);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// False when the transaction could not be started (the store is locked or read-only).
    /// On SQLite the write lock is taken at once (BEGIN IMMEDIATE): a store another process is
    /// writing to fails here, after the busy timeout, before anything is read or written.
    bool isActive() const { return m_active; }
    /// The database's reason when the transaction could not be started.
    QString errorString() const { return m_error; }
    bool commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace busola
