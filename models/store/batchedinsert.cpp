#include "batchedinsert.h"

#include "migrations.h"

#include <QStringList>

#include <algorithm>

namespace busola {

namespace {

constexpr int RowsPerStatement = 500;
constexpr int MaxParameters = 65535; // PostgreSQL's bound parameters per statement

} // namespace

std::optional<MultiRowInsert> MultiRowInsert::of(const QString &sql)
{
    const qsizetype values = sql.indexOf(QLatin1String("VALUES ("));
    const qsizetype close = values < 0 ? -1 : sql.indexOf(QLatin1Char(')'), values);
    if (close < 0)
        return std::nullopt;
    MultiRowInsert parts;
    parts.head = sql.left(values + 7);
    parts.tuple = sql.mid(values + 7, close - values - 6);
    parts.tail = sql.mid(close + 1);
    parts.width = int(parts.tuple.count(QLatin1Char('?')));
    return parts;
}

QString MultiRowInsert::forRows(int rows) const
{
    return head + QStringList(rows, tuple).join(QLatin1String(", ")) + tail;
}

BatchedInsert::BatchedInsert(QSqlDatabase db, const QString &sql)
    : m_db(db)
{
    if (dialectOf(db) == SqlDialect::Postgres)
        m_sql = MultiRowInsert::of(sql);
    m_batched = m_sql.has_value();
    if (m_batched) {
        m_width = m_sql->width;
        m_chunk = std::max(1, std::min(RowsPerStatement, MaxParameters / std::max(1, m_width)));
        m_row.resize(m_width);
    } else {
        m_single = std::make_unique<QSqlQuery>(db);
        if (!m_single->prepare(sql))
            m_error = m_single->lastError();
    }
}

BatchedInsert::~BatchedInsert() = default;

void BatchedInsert::bindValue(int index, const QVariant &value)
{
    if (!m_batched)
        m_single->bindValue(index, value);
    else if (index >= 0 && index < m_width)
        m_row[index] = value;
}

bool BatchedInsert::exec()
{
    if (!m_batched) {
        if (m_single->exec())
            return true;
        m_error = m_single->lastError();
        return false;
    }
    m_values += m_row;
    return ++m_rows < m_chunk || send(m_rows);
}

bool BatchedInsert::flush()
{
    return !m_batched || m_rows == 0 || send(m_rows);
}

bool BatchedInsert::send(int rows)
{
    // Full chunks reuse one prepared statement; the last, shorter one is prepared once.
    std::unique_ptr<QSqlQuery> last;
    QSqlQuery *q = nullptr;
    const auto sql = [this, rows]() -> QString { return m_sql->forRows(rows); };
    if (rows == m_chunk) {
        if (!m_single) {
            m_single = std::make_unique<QSqlQuery>(m_db);
            if (!m_single->prepare(sql())) {
                m_error = m_single->lastError();
                m_single.reset();
                return false;
            }
        }
        q = m_single.get();
    } else {
        last = std::make_unique<QSqlQuery>(m_db);
        if (!last->prepare(sql())) {
            m_error = last->lastError();
            return false;
        }
        q = last.get();
    }
    for (int i = 0; i < m_values.size(); ++i)
        q->bindValue(i, m_values.at(i));
    m_values.clear();
    m_rows = 0;
    if (q->exec())
        return true;
    m_error = q->lastError();
    return false;
}

} // namespace busola
