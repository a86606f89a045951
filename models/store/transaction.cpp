#include "transaction.h"

#include "dialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace busola {

Transaction::Transaction(QSqlDatabase db, Writes writes, int writerWaitSeconds)
    : m_db(std::move(db))
{
    if (m_db.driverName() == QLatin1String("QSQLITE")) {
        // IMMEDIATE takes the write lock now, waiting up to the busy timeout for another
        // Busola's write to end. A deferred BEGIN would take it at the first write instead,
        // and if another process had committed since this one's first read, SQLite could not
        // wait: it would fail at once, halfway through. Qt's commit() and rollback() just run
        // COMMIT and ROLLBACK, so they end this transaction as well.
        QSqlQuery begin(m_db);
        m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active)
            m_error = begin.lastError().text();
        return;
    }
    m_active = m_db.transaction();
    if (!m_active) {
        m_error = m_db.lastError().text();
        return;
    }
    if (writes == Writes::Rows && !Dialect::lockWriters(m_db, &m_error, writerWaitSeconds))
        rollback();
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (!m_db.commit())
        return false;
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (m_active) {
        m_db.rollback();
        m_active = false;
    }
}

} // namespace busola
