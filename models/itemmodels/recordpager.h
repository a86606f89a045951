#pragma once

#include "recordtables.h"

#include <QString>
#include <QVariant>
#include <QVector>

class QSqlQuery;

namespace busola {

class Store;

/// Reads the rows of one record table a page at a time, under a text filter and in an order,
/// all in SQL with bound values, so that a million rows cost no more memory than the pages
/// read so far. The record model's engine; it knows no Qt model.
///
/// Two ways to page:
/// - unfiltered, by a column an index orders (RecordTableSpec::indexedColumns, or the id):
///   by keyset, each page continuing after the last row's (value, id), one index seek a page;
/// - otherwise each page would need a full scan (and a sort), so the matching ids are read
///   once in order (8 bytes a row; it also counts them), and pages fetch rows by id.
/// Missing values sort first ascending and last descending.
class RecordPager
{
public:
    struct Row
    {
        qint64 id = 0;
        QVector<QVariant> values; ///< one per column of the spec, as stored
    };

    RecordPager(const Store &store, const RecordTableSpec &spec);

    /// Starts over with a filter (words that must each appear in a searchable column) and an
    /// order (column -1: by id). Counts the matching rows. False on a database error.
    bool restart(const QString &filterText, int sortColumn, Qt::SortOrder order);
    qint64 matchingRows() const { return m_matchingRows; }
    /// Up to wanted rows after those already read; fewer only at the end.
    QVector<Row> next(int wanted);
    bool atEnd() const { return m_atEnd; }
    QString lastError() const { return m_error; }

private:
    enum class Segment { Nulls, Values };

    bool usesKeyset() const;
    QString sortExpression() const;
    QString fromClause(const QString &extraSql) const;
    QString filterClause(QVariantList *binds) const;
    QString selectColumns() const;
    bool count();
    bool readOrderedIds();
    QVector<Row> nextByKeyset(int wanted);
    QVector<Row> keysetSegment(int limit);
    QVector<Row> nextByIds(int wanted);
    bool exec(QSqlQuery &query, const QString &sql, const QVariantList &binds);
    QVector<Row> readRows(QSqlQuery &query);

    const Store &m_store;
    const RecordTableSpec &m_spec;
    QString m_filterText;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    qint64 m_matchingRows = 0;
    qint64 m_read = 0;
    bool m_atEnd = true;
    QString m_error;

    // Keyset cursor: the segment being read (0 or 1) and the last row read in it.
    int m_segmentIndex = 0;
    bool m_hasLastKey = false;
    QVariant m_lastKey;
    qint64 m_lastId = 0;

    // Id order, for columns no index orders.
    QVector<qint64> m_orderedIds;
};

} // namespace busola
