#include "recordpager.h"

#include "store/migrations.h"
#include "store/store.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace busola {

namespace {

/// The word as a LIKE pattern matching it anywhere, with its own wildcards escaped by '!'.
QString containsPattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(QLatin1String("!"), QLatin1String("!!"));
    escaped.replace(QLatin1String("%"), QLatin1String("!%"));
    escaped.replace(QLatin1String("_"), QLatin1String("!_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

/// Whether SQL refers to a joined table (its columns are written "c.column").
bool usesJoin(const QString &sql)
{
    return sql.startsWith(QLatin1String("c.")) || sql.contains(QLatin1String("(c.")) ||
           sql.contains(QLatin1String(" c."));
}

} // namespace

RecordPager::RecordPager(const Store &store, const RecordTableSpec &spec)
    : m_store(store)
    , m_spec(spec)
{}

bool RecordPager::restart(const QString &filterText, int sortColumn, Qt::SortOrder order)
{
    m_filterText = filterText;
    m_sortColumn = sortColumn;
    m_sortOrder = order;
    m_error.clear();
    m_read = 0;
    m_segmentIndex = 0;
    m_hasLastKey = false;
    m_lastKey.clear();
    m_lastId = 0;
    m_orderedIds.clear();
    const bool ok = usesKeyset() ? count() : readOrderedIds();
    if (!ok)
        m_matchingRows = -1;
    m_atEnd = !ok || m_matchingRows == 0;
    return ok;
}

bool RecordPager::usesKeyset() const
{
    // A filter makes matches sparse: keyset pages would each scan far; one scan for the ids
    // gives the count and the order at once.
    if (!m_filterText.isEmpty())
        return false;
    const std::vector<int> &indexed = m_spec.indexedColumns;
    return m_sortColumn < 0 ||
           std::find(indexed.begin(), indexed.end(), m_sortColumn) != indexed.end();
}

QString RecordPager::sortExpression() const
{
    if (m_sortColumn < 0)
        return QStringLiteral("t.id");
    return QLatin1String(m_spec.columns.at(std::size_t(m_sortColumn)).sql);
}

QString RecordPager::fromClause(const QString &extraSql) const
{
    // The join costs a lookup a row: only when the filter or the order reads the joined table.
    const bool join = !m_filterText.isEmpty() || usesJoin(extraSql);
    return QLatin1String(m_spec.table) + (join ? QLatin1String(m_spec.joins) : QLatin1String());
}

QString RecordPager::filterClause(QVariantList *binds) const
{
    // SQLite's LIKE ignores the case of ASCII letters, PostgreSQL's ILIKE of all letters.
    // (Lower-casing every column would make the full scan twice as long.)
    const QString like = dialectOf(m_store.db()) == SqlDialect::Postgres
                             ? QStringLiteral("%1 ILIKE ? ESCAPE '!'")
                             : QStringLiteral("%1 LIKE ? ESCAPE '!'");
    QStringList words;
    for (const QString &word : m_filterText.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QStringList alternatives;
        for (const RecordColumnSpec &column : m_spec.columns) {
            if (!column.searchable)
                continue;
            alternatives << like.arg(QLatin1String(column.sql));
            *binds << containsPattern(word);
        }
        words << QLatin1Char('(') + alternatives.join(QLatin1String(" OR ")) + QLatin1Char(')');
    }
    return words.isEmpty() ? QStringLiteral("1 = 1") : words.join(QLatin1String(" AND "));
}

QString RecordPager::selectColumns() const
{
    QStringList columns{QStringLiteral("t.id")};
    for (const RecordColumnSpec &column : m_spec.columns)
        columns << QLatin1String(column.sql);
    return columns.join(QLatin1String(", "));
}

bool RecordPager::exec(QSqlQuery &query, const QString &sql, const QVariantList &binds)
{
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (query.exec())
        return true;
    m_error = query.lastError().text();
    return false;
}

bool RecordPager::count()
{
    QVariantList binds;
    const QString where = filterClause(&binds);
    QSqlQuery q(m_store.db());
    if (!exec(q,
              QStringLiteral("SELECT COUNT(*) FROM ") + fromClause(QString()) +
                  QStringLiteral(" WHERE ") + where,
              binds) ||
        !q.next())
        return false;
    m_matchingRows = q.value(0).toLongLong();
    return true;
}

bool RecordPager::readOrderedIds()
{
    QVariantList binds;
    const QString where = filterClause(&binds);
    const QString expr = sortExpression();
    const QString direction = m_sortOrder == Qt::DescendingOrder
                                  ? QStringLiteral(" DESC NULLS LAST, t.id DESC")
                                  : QStringLiteral(" ASC NULLS FIRST, t.id ASC");
    QSqlQuery q(m_store.db());
    if (!exec(q,
              QStringLiteral("SELECT t.id FROM ") + fromClause(expr) + QStringLiteral(" WHERE ") +
                  where + QStringLiteral(" ORDER BY ") + expr + direction,
              binds))
        return false;
    while (q.next())
        m_orderedIds << q.value(0).toLongLong();
    m_matchingRows = m_orderedIds.size();
    return true;
}

QVector<RecordPager::Row> RecordPager::next(int wanted)
{
    if (m_atEnd || wanted <= 0)
        return {};
    QVector<Row> rows = usesKeyset() ? nextByKeyset(wanted) : nextByIds(wanted);
    m_read += rows.size();
    // Counted rows are the end, even if rows were added since: a reload shows those.
    if (!m_error.isEmpty() || m_read >= m_matchingRows)
        m_atEnd = true;
    return rows;
}

QVector<RecordPager::Row> RecordPager::nextByIds(int wanted)
{
    const qint64 from = m_read;
    const qint64 to = std::min<qint64>(from + wanted, m_orderedIds.size());
    if (from >= to)
        return {};
    QVariantList binds;
    QStringList marks;
    for (qint64 i = from; i < to; ++i) {
        binds << m_orderedIds.at(i);
        marks << QStringLiteral("?");
    }
    QSqlQuery q(m_store.db());
    if (!exec(q,
              QStringLiteral("SELECT ") + selectColumns() + QStringLiteral(" FROM ") +
                  QLatin1String(m_spec.table) + QLatin1String(m_spec.joins) +
                  QStringLiteral(" WHERE t.id IN (") + marks.join(QLatin1Char(',')) +
                  QLatin1Char(')'),
              binds))
        return {};
    QVector<Row> found = readRows(q);
    // Back into the order of the ids; a row deleted meanwhile is skipped.
    QHash<qint64, int> position;
    for (int i = 0; i < found.size(); ++i)
        position.insert(found.at(i).id, i);
    QVector<Row> rows;
    rows.reserve(found.size());
    for (qint64 i = from; i < to; ++i) {
        const auto it = position.constFind(m_orderedIds.at(i));
        if (it != position.constEnd())
            rows << found.at(*it);
    }
    return rows;
}

QVector<RecordPager::Row> RecordPager::nextByKeyset(int wanted)
{
    QVector<Row> out;
    while (out.size() < wanted && m_segmentIndex < 2) {
        const int need = wanted - int(out.size());
        const QVector<Row> page = keysetSegment(need);
        if (!m_error.isEmpty())
            break;
        if (!page.isEmpty()) {
            m_hasLastKey = true;
            m_lastId = page.constLast().id;
            m_lastKey =
                m_sortColumn < 0 ? QVariant(m_lastId) : page.constLast().values.at(m_sortColumn);
        }
        out += page;
        if (page.size() < need) {
            ++m_segmentIndex;
            m_hasLastKey = false;
        }
    }
    return out;
}

QVector<RecordPager::Row> RecordPager::keysetSegment(int limit)
{
    // Nulls come first ascending and last descending (SQLite's own order, so its indexes
    // serve); each segment is read with a condition an index can seek on.
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    const Segment segment = (m_segmentIndex == 0) != descending ? Segment::Nulls : Segment::Values;
    QVariantList binds;
    QString where = filterClause(&binds);
    const QString expr = sortExpression();
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString after = descending ? QStringLiteral(" < ") : QStringLiteral(" > ");
    QString order;
    if (segment == Segment::Nulls) {
        where += QStringLiteral(" AND ") + expr + QStringLiteral(" IS NULL");
        if (m_hasLastKey) {
            where += QStringLiteral(" AND t.id") + after + QLatin1Char('?');
            binds << m_lastId;
        }
        order = QStringLiteral("t.id") + direction;
    } else {
        where += QStringLiteral(" AND ") + expr + QStringLiteral(" IS NOT NULL");
        if (m_hasLastKey) {
            // A row value comparison lets SQLite seek in the sort column's index.
            where += QStringLiteral(" AND (") + expr + QStringLiteral(", t.id)") + after +
                     QStringLiteral("(?, ?)");
            binds << m_lastKey << m_lastId;
        }
        order = expr + direction + QStringLiteral(", t.id") + direction;
    }
    QSqlQuery q(m_store.db());
    if (!exec(q,
              QStringLiteral("SELECT ") + selectColumns() + QStringLiteral(" FROM ") +
                  QLatin1String(m_spec.table) + QLatin1String(m_spec.joins) +
                  QStringLiteral(" WHERE ") + where + QStringLiteral(" ORDER BY ") + order +
                  QStringLiteral(" LIMIT ") + QString::number(limit),
              binds))
        return {};
    return readRows(q);
}

QVector<RecordPager::Row> RecordPager::readRows(QSqlQuery &query)
{
    const int count = int(m_spec.columns.size());
    QVector<Row> rows;
    while (query.next()) {
        Row row;
        row.id = query.value(0).toLongLong();
        row.values.reserve(count);
        for (int i = 1; i <= count; ++i)
            row.values << query.value(i);
        rows << row;
    }
    return rows;
}

} // namespace busola
