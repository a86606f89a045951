#include "sqlitestatements.h"

#include "batchedinsert.h"

#include <QSqlDriver>

#include <algorithm>
#include <sqlite3.h>

namespace busola {

namespace {

/// The most bytes utf8Into() writes for text: three per UTF-16 unit (a surrogate pair's two
/// units make four).
size_t utf8Bound(const QString &text)
{
    return size_t(text.size()) * 3;
}

/// Writes text as UTF-8 at out and returns its length, or -1 at a lone surrogate (see bind()).
int utf8Into(const QString &text, char *out)
{
    const char16_t *in = reinterpret_cast<const char16_t *>(text.utf16());
    const char16_t *const end = in + text.size();
    char *const start = out;
    while (in != end) {
        char32_t c = *in++;
        if (c < 0x80) {
            *out++ = char(c);
            continue;
        }
        if (c < 0x800) {
            *out++ = char(0xc0 | (c >> 6));
            *out++ = char(0x80 | (c & 0x3f));
            continue;
        }
        if (c >= 0xd800 && c < 0xe000) {
            if (c < 0xdc00 && in != end && *in >= 0xdc00 && *in < 0xe000) {
                c = 0x10000 + ((c - 0xd800) << 10) + (*in++ - 0xdc00);
                *out++ = char(0xf0 | (c >> 18));
                *out++ = char(0x80 | ((c >> 12) & 0x3f));
                *out++ = char(0x80 | ((c >> 6) & 0x3f));
                *out++ = char(0x80 | (c & 0x3f));
                continue;
            }
            return -1;
        }
        *out++ = char(0xe0 | (c >> 12));
        *out++ = char(0x80 | ((c >> 6) & 0x3f));
        *out++ = char(0x80 | (c & 0x3f));
    }
    return int(out - start);
}

} // namespace

std::unique_ptr<SqliteStatements> SqliteStatements::forDatabase(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QSQLITE") || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *raw = *static_cast<sqlite3 *const *>(handle.constData());
    if (!raw)
        return nullptr;
    return std::unique_ptr<SqliteStatements>(new SqliteStatements(raw));
}

SqliteStatements::SqliteStatements(sqlite3 *db)
    : m_db(db)
{}

SqliteStatements::~SqliteStatements()
{
    for (auto &entry : m_statements)
        sqlite3_finalize(entry.second);
}

sqlite3_stmt *SqliteStatements::statement(const QString &key, const QString &sql)
{
    // Keys are mostly the same static strings row after row: matching their storage first
    // spares the ordered lookup (string comparisons showed in profiles of a million rows).
    // The slot holds a copy of the key, which keeps its storage alive: no other string can
    // take that address while the slot points at it.
    for (const Recent &r : m_recent)
        if (!r.key.isNull() && r.key.constData() == key.constData() && r.key.size() == key.size())
            return r.statement;
    auto it = m_statements.find(key);
    if (it != m_statements.end()) {
        m_recent[m_nextRecent] = {key, it->second};
        m_nextRecent = (m_nextRecent + 1) % RecentSlots;
        return it->second;
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare16_v2(m_db, sql.utf16(), int(sql.size() * 2), &stmt, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(stmt);
        return nullptr;
    }
    m_statements.emplace(key, stmt);
    return stmt;
}

bool SqliteStatements::bind(sqlite3_stmt *stmt, int index, const QVariant &value)
{
    int rc = SQLITE_OK;
    const void *data = value.constData();
    switch (value.isNull() ? QMetaType::UnknownType : value.typeId()) {
    case QMetaType::UnknownType:
        rc = sqlite3_bind_null(stmt, index);
        break;
    case QMetaType::Int:
        rc = sqlite3_bind_int64(stmt, index, *static_cast<const int *>(data));
        break;
    case QMetaType::LongLong:
        rc = sqlite3_bind_int64(stmt, index, *static_cast<const qlonglong *>(data));
        break;
    case QMetaType::Double:
        rc = sqlite3_bind_double(stmt, index, *static_cast<const double *>(data));
        break;
    case QMetaType::QString: {
        // The QVariant outlives the step: SQLite may use its buffer without a copy.
        const QString *s = static_cast<const QString *>(data);
        rc = sqlite3_bind_text16(stmt, index, s->utf16(), int(s->size() * 2), SQLITE_STATIC);
        break;
    }
    case QMetaType::Bool:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        rc = sqlite3_bind_int64(stmt, index, value.toLongLong());
        break;
    default: {
        const QByteArray text = value.toString().toUtf8();
        rc = sqlite3_bind_text(stmt, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    }
    if (rc != SQLITE_OK)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return rc == SQLITE_OK;
}

bool SqliteStatements::bind(sqlite3_stmt *stmt, int index, const SqlValue &value)
{
    int rc = SQLITE_OK;
    switch (value.type) {
    case SqlValue::Null:
        rc = sqlite3_bind_null(stmt, index);
        break;
    case SqlValue::Int:
    case SqlValue::Int64:
        rc = sqlite3_bind_int64(stmt, index, value.integer);
        break;
    case SqlValue::Double:
        rc = sqlite3_bind_double(stmt, index, value.real);
        break;
    case SqlValue::Text:
        // SQLite keeps text as UTF-8: bound as UTF-16, each value is converted in a buffer of
        // SQLite's own (sqlite3VdbeMemTranslate and its allocation, an eighth of the writing
        // thread's time on a big import). Converted here into m_utf8, which holds every text
        // of the statement run (see execute()) and outlives the step: bound without a copy.
        // An empty string is bound as '' (a null QString has no buffer).
        if (value.text->isEmpty()) {
            rc = sqlite3_bind_text(stmt, index, "", 0, SQLITE_STATIC);
            break;
        }
        char *out = m_utf8.data() + m_utf8Used;
        if (const int length = utf8Into(*value.text, out); length >= 0) {
            m_utf8Used += size_t(length);
            rc = sqlite3_bind_text(stmt, index, out, length, SQLITE_STATIC);
            break;
        }
        // Text that is not valid UTF-16 (a lone surrogate) is left to SQLite's own conversion,
        // as Qt's driver binds every QString: stored any other way, the value could not be
        // found again by a query that binds the same text.
        rc = sqlite3_bind_text16(stmt, index, value.text->utf16(), int(value.text->size() * 2),
                                 SQLITE_STATIC);
        break;
    }
    if (rc != SQLITE_OK)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return rc == SQLITE_OK;
}

QVariant SqlValue::toVariant() const
{
    switch (type) {
    case Null:
        break;
    case Int:
        return QVariant(int(integer));
    case Int64:
        return QVariant(qlonglong(integer));
    case Double:
        return QVariant(real);
    case Text:
        return QVariant(*text);
    }
    return QVariant();
}

bool SqliteStatements::allBound(sqlite3_stmt *stmt, int count)
{
    if (count == sqlite3_bind_parameter_count(stmt))
        return true;
    m_error = QStringLiteral("%1 values bound to a statement of %2 parameters")
                  .arg(count)
                  .arg(sqlite3_bind_parameter_count(stmt));
    return false;
}

bool SqliteStatements::step(sqlite3_stmt *stmt, bool bound, int count, int *changes)
{
    bool ok = bound && allBound(stmt, count);
    if (ok) {
        const int rc = sqlite3_step(stmt);
        ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
        if (!ok)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        else if (changes)
            *changes = sqlite3_changes(m_db);
    }
    sqlite3_reset(stmt);
    // Every parameter is bound again before each step (checked above), so the old values need
    // no clearing, which cost a tenth of the writer's binding time on a statement of 64 rows.
    // They stay bound until then, pointing at text that may be gone: nothing reads them (no
    // trace, no expanded SQL). After a failed binding they are cleared all the same.
    if (!ok)
        sqlite3_clear_bindings(stmt);
    return ok;
}

bool SqliteStatements::execute(const QString &key, const QString &sql,
                               std::initializer_list<QVariant> head, const QVariantList &values,
                               int *changes)
{
    sqlite3_stmt *stmt = statement(key, sql);
    if (!stmt)
        return false;
    bool ok = true;
    int index = 1;
    for (auto it = head.begin(); it != head.end() && ok; ++it)
        ok = bind(stmt, index++, *it);
    for (int i = 0; i < values.size() && ok; ++i)
        ok = bind(stmt, index++, values.at(i));
    return step(stmt, ok, index - 1, changes);
}

bool SqliteStatements::execute(const QString &key, const QString &sql, const SqlValue *values,
                               int count, int *changes)
{
    sqlite3_stmt *stmt = statement(key, sql);
    if (!stmt)
        return false;
    // Room for every text's UTF-8 up front: bind() hands SQLite pointers into m_utf8, which
    // must not move until the step.
    size_t room = 0;
    for (int i = 0; i < count; ++i)
        if (values[i].type == SqlValue::Text)
            room += utf8Bound(*values[i].text);
    if (m_utf8.size() < room)
        m_utf8.resize(room);
    m_utf8Used = 0;
    bool ok = true;
    for (int i = 0; i < count && ok; ++i)
        ok = bind(stmt, i + 1, values[i]);
    return step(stmt, ok, count, changes);
}

bool SqliteStatements::selectInt64(const QString &key, const QString &sql,
                                   std::initializer_list<QVariant> values, qint64 *out)
{
    sqlite3_stmt *stmt = statement(key, sql);
    if (!stmt)
        return false;
    bool ok = true;
    int index = 1;
    for (auto it = values.begin(); it != values.end() && ok; ++it)
        ok = bind(stmt, index++, *it);
    ok = ok && allBound(stmt, index - 1);
    if (ok) {
        ok = sqlite3_step(stmt) == SQLITE_ROW;
        if (ok)
            *out = sqlite3_column_int64(stmt, 0);
        else
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    sqlite3_reset(stmt);
    if (!ok) // as in step()
        sqlite3_clear_bindings(stmt);
    return ok;
}

bool SqliteStatements::selectInt64Rows(const QString &sql, const QVariantList &binds, int columns,
                                       std::vector<qint64> *out)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &stmt, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(stmt);
        return false;
    }
    bool ok = true;
    for (int i = 0; i < binds.size() && ok; ++i)
        ok = bind(stmt, i + 1, binds.at(i));
    int rc = SQLITE_DONE;
    while (ok && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        for (int c = 0; c < columns; ++c)
            out->push_back(sqlite3_column_int64(stmt, c));
    }
    if (ok && rc != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        ok = false;
    }
    sqlite3_finalize(stmt);
    return ok;
}

qint64 SqliteStatements::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteStatements::maxVariables() const
{
    return sqlite3_limit(m_db, SQLITE_LIMIT_VARIABLE_NUMBER, -1);
}

bool SqliteStatements::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

namespace {

// Past some tens of rows a statement, the time per row stops falling (measured 8 to 256).
constexpr int RowsPerStatement = 64;

} // namespace

QString insertOrIgnore(const QString &upsertSql)
{
    QString sql = upsertSql;
    sql.replace(QLatin1String("INSERT INTO"), QLatin1String("INSERT OR IGNORE INTO"));
    const qsizetype conflict = sql.indexOf(QLatin1String(" ON CONFLICT"));
    if (conflict >= 0)
        sql.truncate(conflict);
    return sql;
}

SqliteRowBatch::SqliteRowBatch(SqliteStatements &statements, const QString &sql)
    : m_statements(statements)
{
    std::optional<MultiRowInsert> parts = MultiRowInsert::of(sql);
    if (!parts || parts->width <= 0)
        return;
    m_sql = std::make_unique<MultiRowInsert>(std::move(*parts));
    m_width = m_sql->width;
    m_capacity = std::clamp(statements.maxVariables() / m_width, 1, RowsPerStatement);
    m_full = m_sql->forRows(m_capacity);
    m_values.resize(size_t(m_width) * size_t(m_capacity));
}

SqliteRowBatch::~SqliteRowBatch() = default;

SqlValue *SqliteRowBatch::append()
{
    return &m_values[size_t(m_rows++) * size_t(m_width)];
}

bool SqliteRowBatch::send(int *changes)
{
    const int rows = m_rows;
    m_rows = 0;
    if (changes)
        *changes = 0;
    if (rows == 0)
        return true;
    if (rows == m_capacity)
        return m_statements.execute(m_full, m_full, m_values.data(), rows * m_width, changes);
    // A shorter batch goes in statements of 32, 16, …, 1 rows, prepared once each and kept by
    // their text: the statements' cache keeps a handful per table however many short batches
    // come (summaries written in pieces end each piece with one), not one per length. Their
    // rows get rowids in order, as one statement's would.
    for (int sent = 0; sent < rows;) {
        int n = 1;
        while (2 * n <= rows - sent)
            n *= 2;
        int changed = 0;
        const QString sql = m_sql->forRows(n);
        if (!m_statements.execute(sql, sql, m_values.data() + size_t(sent) * size_t(m_width),
                                  n * m_width, &changed))
            return false;
        sent += n;
        if (changes)
            *changes += changed;
    }
    return true;
}

} // namespace busola
