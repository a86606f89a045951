#pragma once

#include <QSqlDatabase>

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
    bool isActive() const { return m_active; }
    bool commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace busola
