#pragma once

#include <QSqlDatabase>
#include <QString>

namespace busola {

/// RAII guard for one transaction: rolls back unless commit() succeeded, so an early return,
/// an exception or a failed step never leaves half a change in the store.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
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
