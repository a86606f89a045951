#pragma once

#include "competitor.h"

#include <QCoreApplication>
#include <QList>

namespace busola {

class Store;

/// The competitors table: prepared statements with bound values, nothing else touches it.
class CompetitorStore
{
    Q_DECLARE_TR_FUNCTIONS(busola::CompetitorStore)

public:
    explicit CompetitorStore(Store &store);

    Store &store() const { return m_store; }
    QString lastError() const { return m_lastError; }

    /// Every competitor in table order.
    QList<Competitor> competitors() const;
    /// competitor.id > 0 restores a deleted row under its old id (undo). Returns the id, 0 on
    /// failure.
    qint64 insert(const Competitor &competitor, int position);
    bool updateField(const Competitor &competitor, CompetitorField field);
    bool writeOrder(const QList<qint64> &ids);
    bool remove(qint64 id);

private:
    bool fail(const QString &what, const QString &error) const;

    Store &m_store;
    mutable QString m_lastError;
};

} // namespace busola
