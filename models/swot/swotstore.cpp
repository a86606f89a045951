#include "swotstore.h"

#include "store/dialect.h"
#include "store/store.h"
#include "store/transaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace busola {

namespace {

const QString BoardColumns = QStringLiteral("id, name, period_from, period_to, team");

// A typed null, so the column holds NULL rather than an empty string.
QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : nullText();
}

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant textValue(const QString &text)
{
    return text.isEmpty() ? nullText() : QVariant(text);
}

/// A board's period bound: an ISO date, or a whole month "yyyy-MM" (its first day for the
/// start, its last for the end), as other writers of swot_boards (the demo company) store it.
QDate periodBound(const QVariant &value, bool end)
{
    const QString text = value.toString();
    if (text.size() == 7) {
        const QDate month = QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate);
        return end && month.isValid() ? month.addMonths(1).addDays(-1) : month;
    }
    return dateOf(value);
}

SwotBoard boardFrom(const QSqlQuery &q)
{
    SwotBoard board;
    board.id = q.value(0).toLongLong();
    board.name = q.value(1).toString();
    board.periodFrom = periodBound(q.value(2), false);
    board.periodTo = periodBound(q.value(3), true);
    board.team = q.value(4).toString();
    return board;
}

const char *columnOf(SwotField field)
{
    switch (field) {
    case SwotField::Text:
        return "text";
    case SwotField::Importance:
        return "importance";
    case SwotField::KpiId:
        return "kpi_id";
    case SwotField::Owner:
        return "owner";
    case SwotField::Action:
        return "action";
    case SwotField::DueDate:
        return "due_date";
    }
    return "text";
}

QVariant fieldValue(const SwotItem &item, SwotField field)
{
    switch (field) {
    case SwotField::Text:
        return item.text;
    case SwotField::Importance:
        return item.importance;
    case SwotField::KpiId:
        return textValue(item.kpiId);
    case SwotField::Owner:
        return textValue(item.owner);
    case SwotField::Action:
        return textValue(item.action);
    case SwotField::DueDate:
        return dateValue(item.dueDate);
    }
    return {};
}

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

SwotStore::SwotStore(Store &store)
    : m_store(store)
{}

bool SwotStore::fail(const QString &what, const QString &error) const
{
    m_lastError = tr("%1: %2").arg(what, error);
    return false;
}

SwotWrite SwotStore::changedElsewhere(const QString &what) const
{
    m_lastError = tr("%1: it was changed or deleted by someone else in the meantime.").arg(what);
    return SwotWrite::ChangedElsewhere;
}

QList<SwotBoard> SwotStore::boards() const
{
    QList<SwotBoard> result;
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT ") + BoardColumns +
              QStringLiteral(" FROM swot_boards ORDER BY period_from DESC, id DESC"));
    if (!q.exec()) {
        fail(tr("Cannot read the SWOT boards"), q.lastError().text());
        return result;
    }
    while (q.next())
        result.append(boardFrom(q));
    return result;
}

std::optional<SwotBoard> SwotStore::board(qint64 id) const
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT ") + BoardColumns +
              QStringLiteral(" FROM swot_boards WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return boardFrom(q);
}

qint64 SwotStore::createBoard(const SwotBoard &board)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("INSERT INTO swot_boards (name, period_from, period_to, team,"
                             " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(board.name);
    q.addBindValue(dateValue(board.periodFrom));
    q.addBindValue(dateValue(board.periodTo));
    q.addBindValue(textValue(board.team));
    q.addBindValue(now());
    q.addBindValue(now());
    if (!q.exec()) {
        fail(tr("Cannot create the SWOT board"), q.lastError().text());
        return 0;
    }
    return Dialect::insertedId(q);
}

bool SwotStore::renameBoard(qint64 id, const QString &name)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("UPDATE swot_boards SET name = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(name);
    q.addBindValue(now());
    q.addBindValue(id);
    if (!q.exec())
        return fail(tr("Cannot rename the SWOT board"), q.lastError().text());
    return true;
}

qint64 SwotStore::duplicateBoard(qint64 sourceId, const SwotBoard &target)
{
    Transaction tx(m_store.db());
    const qint64 id = createBoard(target);
    if (id == 0)
        return 0;
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral(
        "INSERT INTO swot_items (board_id, quadrant, position, text, importance, kpi_id, owner,"
        " action, due_date, updated_at) SELECT ?, quadrant, position, text, importance, kpi_id,"
        " owner, action, due_date, ? FROM swot_items WHERE board_id = ?"
        " ORDER BY quadrant, position"));
    q.addBindValue(id);
    q.addBindValue(now());
    q.addBindValue(sourceId);
    if (!q.exec()) {
        fail(tr("Cannot copy the SWOT items"), q.lastError().text());
        return 0;
    }
    if (!tx.commit()) {
        fail(tr("Cannot copy the SWOT board"), m_store.db().lastError().text());
        return 0;
    }
    return id;
}

bool SwotStore::deleteBoard(qint64 id)
{
    // Items and dismissed suggestions go with the board (ON DELETE CASCADE; deleted explicitly
    // too, so a connection without foreign keys leaves nothing behind).
    Transaction tx(m_store.db());
    QSqlQuery q(m_store.db());
    const QStringList statements = {
        QStringLiteral("DELETE FROM swot_items WHERE board_id = ?"),
        QStringLiteral("DELETE FROM swot_dismissed WHERE board_id = ?"),
        QStringLiteral("DELETE FROM swot_boards WHERE id = ?"),
    };
    for (const QString &sql : statements) {
        q.prepare(sql);
        q.addBindValue(id);
        if (!q.exec())
            return fail(tr("Cannot delete the SWOT board"), q.lastError().text());
    }
    return tx.commit() || fail(tr("Cannot delete the SWOT board"), m_store.db().lastError().text());
}

std::array<QList<SwotItem>, QuadrantCount> SwotStore::items(qint64 boardId) const
{
    std::array<QList<SwotItem>, QuadrantCount> result;
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT id, quadrant, text, importance, kpi_id, owner, action,"
                             " due_date, revision FROM swot_items WHERE board_id = ?"
                             " ORDER BY quadrant, position, id"));
    q.addBindValue(boardId);
    if (!q.exec()) {
        fail(tr("Cannot read the SWOT items"), q.lastError().text());
        return result;
    }
    while (q.next()) {
        const int quadrant = q.value(1).toInt();
        if (!isQuadrant(quadrant))
            continue;
        SwotItem item;
        item.id = q.value(0).toLongLong();
        item.text = q.value(2).toString();
        item.importance = q.value(3).toInt();
        item.kpiId = q.value(4).toString();
        item.owner = q.value(5).toString();
        item.action = q.value(6).toString();
        item.dueDate = dateOf(q.value(7));
        item.revision = q.value(8).toInt();
        result[std::size_t(quadrant)].append(item);
    }
    return result;
}

qint64 SwotStore::insertItem(qint64 boardId, Quadrant quadrant, int position, const SwotItem &item)
{
    // A new item gets its id from the table (no id column: PostgreSQL's BIGSERIAL refuses an
    // explicit NULL); a restored one (undo) takes its old id back.
    const bool restoring = item.id > 0;
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("INSERT INTO swot_items (%1board_id, quadrant, position, text,"
                             " importance, kpi_id, owner, action, due_date, updated_at, revision)"
                             " VALUES (%2?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(restoring ? QStringLiteral("id, ") : QString(),
                       restoring ? QStringLiteral("?, ") : QString()));
    if (restoring)
        q.addBindValue(item.id);
    q.addBindValue(boardId);
    q.addBindValue(int(quadrant));
    q.addBindValue(position);
    q.addBindValue(item.text);
    q.addBindValue(item.importance);
    q.addBindValue(textValue(item.kpiId));
    q.addBindValue(textValue(item.owner));
    q.addBindValue(textValue(item.action));
    q.addBindValue(dateValue(item.dueDate));
    q.addBindValue(now());
    q.addBindValue(item.revision);
    if (!q.exec()) {
        fail(tr("Cannot save the SWOT item"), q.lastError().text());
        return 0;
    }
    touchBoard(boardId);
    return restoring ? item.id : Dialect::insertedId(q);
}

SwotWrite SwotStore::updateField(const SwotItem &item, SwotField field)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("UPDATE swot_items SET %1 = ?, updated_at = ?, revision = ?"
                             " WHERE id = ? AND revision = ?")
                  .arg(QLatin1String(columnOf(field))));
    q.addBindValue(fieldValue(item, field));
    q.addBindValue(now());
    q.addBindValue(item.revision + 1);
    q.addBindValue(item.id);
    q.addBindValue(item.revision);
    if (!q.exec()) {
        fail(tr("Cannot save the SWOT item"), q.lastError().text());
        return SwotWrite::Failed;
    }
    if (q.numRowsAffected() != 1)
        return changedElsewhere(tr("The SWOT item was not saved"));
    return SwotWrite::Saved;
}

SwotWrite SwotStore::writeOrder(Quadrant quadrant, const QList<qint64> &ids)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("UPDATE swot_items SET quadrant = ?, position = ? WHERE id = ?"));
    for (int position = 0; position < ids.size(); ++position) {
        q.addBindValue(int(quadrant));
        q.addBindValue(position);
        q.addBindValue(ids.at(position));
        if (!q.exec()) {
            fail(tr("Cannot save the order of the SWOT items"), q.lastError().text());
            return SwotWrite::Failed;
        }
        if (q.numRowsAffected() != 1)
            return changedElsewhere(tr("The order of the SWOT items was not saved"));
    }
    return SwotWrite::Saved;
}

SwotWrite SwotStore::deleteItem(const SwotItem &item)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("DELETE FROM swot_items WHERE id = ? AND revision = ?"));
    q.addBindValue(item.id);
    q.addBindValue(item.revision);
    if (!q.exec()) {
        fail(tr("Cannot delete the SWOT item"), q.lastError().text());
        return SwotWrite::Failed;
    }
    if (q.numRowsAffected() != 1)
        return changedElsewhere(tr("The SWOT item was not deleted"));
    return SwotWrite::Saved;
}

QSet<QString> SwotStore::dismissed(qint64 boardId) const
{
    QSet<QString> keys;
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT suggestion_key FROM swot_dismissed WHERE board_id = ?"));
    q.addBindValue(boardId);
    if (q.exec()) {
        while (q.next())
            keys.insert(q.value(0).toString());
    }
    return keys;
}

bool SwotStore::setDismissed(qint64 boardId, const QString &key, bool dismissed)
{
    QSqlQuery q(m_store.db());
    q.prepare(dismissed ? QStringLiteral("INSERT INTO swot_dismissed (board_id, suggestion_key)"
                                         " VALUES (?, ?) ON CONFLICT DO NOTHING")
                        : QStringLiteral("DELETE FROM swot_dismissed WHERE board_id = ?"
                                         " AND suggestion_key = ?"));
    q.addBindValue(boardId);
    q.addBindValue(key);
    if (!q.exec())
        return fail(tr("Cannot save the dismissed suggestion"), q.lastError().text());
    return true;
}

bool SwotStore::touchBoard(qint64 boardId)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("UPDATE swot_boards SET updated_at = ? WHERE id = ?"));
    q.addBindValue(now());
    q.addBindValue(boardId);
    return q.exec();
}

} // namespace busola
