#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>
#include <optional>

namespace busola {

/// "INSERT … VALUES (?, …, ?) tail" taken apart, to repeat its VALUES tuple for many rows in
/// one statement.
struct MultiRowInsert
{
    QString head;  ///< up to VALUES
    QString tuple; ///< "(?, …, ?)"
    QString tail;  ///< ON CONFLICT …, or empty
    int width = 0; ///< the placeholders in one tuple

    /// Nothing when sql has no "VALUES (" tuple.
    static std::optional<MultiRowInsert> of(const QString &sql);
    /// The statement for rows rows.
    QString forRows(int rows) const;
};

/// One "INSERT … VALUES (?, …, ?) [ON CONFLICT …]" run for many rows, used like a prepared
/// QSqlQuery (bindValue, exec per row, then flush). On PostgreSQL the rows go to the server in
/// multi-row statements, one round trip per 500 rows instead of one per row; on SQLite, which
/// has no round trip to save, each exec() runs the statement at once. Rows of one batch must
/// not repeat a conflict key (PostgreSQL refuses to update a row twice in one statement).
class BatchedInsert
{
public:
    BatchedInsert(QSqlDatabase db, const QString &sql);
    ~BatchedInsert();
    BatchedInsert(const BatchedInsert &) = delete;
    BatchedInsert &operator=(const BatchedInsert &) = delete;

    void bindValue(int index, const QVariant &value);
    /// Adds the bound row (and sends a full batch); false if the server refused it.
    bool exec();
    /// Sends the rows still held; call it after the last exec().
    bool flush();
    QSqlError lastError() const { return m_error; }

private:
    bool send(int rows);

    QSqlDatabase m_db;
    bool m_batched = false;
    std::optional<MultiRowInsert> m_sql; ///< set when batched
    int m_width = 0;
    int m_chunk = 1;
    int m_rows = 0;
    QVariantList m_row;
    QVariantList m_values;
    std::unique_ptr<QSqlQuery> m_single; ///< SQLite, or a full chunk on PostgreSQL
    QSqlError m_error;
};

} // namespace busola
