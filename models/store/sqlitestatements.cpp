#include "sqlitestatements.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace busola {

namespace {

/// UTF-16 → UTF-8 into a reused buffer (no allocation once it has grown). Text of a CSV is
/// mostly ASCII; a lone surrogate becomes U+FFFD, as QString::toUtf8 does.
void toUtf8(const QString &s, std::string *out)
{
    out->clear();
    const char16_t *p = reinterpret_cast<const char16_t *>(s.utf16());
    const char16_t *end = p + s.size();
    while (p < end) {
        char32_t c = *p++;
        if (c < 0x80) {
            out->push_back(char(c));
            continue;
        }
        if (c >= 0xD800 && c < 0xDC00 && p < end && *p >= 0xDC00 && *p < 0xE000)
            c = 0x10000 + ((c - 0xD800) << 10) + (*p++ - 0xDC00);
        else if (c >= 0xD800 && c < 0xE000)
            c = 0xFFFD;
        if (c < 0x800) {
            out->push_back(char(0xC0 | (c >> 6)));
        } else if (c < 0x10000) {
            out->push_back(char(0xE0 | (c >> 12)));
            out->push_back(char(0x80 | ((c >> 6) & 0x3F)));
        } else {
            out->push_back(char(0xF0 | (c >> 18)));
            out->push_back(char(0x80 | ((c >> 12) & 0x3F)));
            out->push_back(char(0x80 | ((c >> 6) & 0x3F)));
        }
        out->push_back(char(0x80 | (c & 0x3F)));
    }
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
    auto it = m_statements.find(key);
    if (it != m_statements.end())
        return it->second;
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
    case QMetaType::UnknownType: rc = sqlite3_bind_null(stmt, index); break;
    case QMetaType::Int: rc = sqlite3_bind_int64(stmt, index, *static_cast<const int *>(data)); break;
    case QMetaType::LongLong:
        rc = sqlite3_bind_int64(stmt, index, *static_cast<const qlonglong *>(data));
        break;
    case QMetaType::Double:
        rc = sqlite3_bind_double(stmt, index, *static_cast<const double *>(data));
        break;
    case QMetaType::QString: {
        // The buffer outlives the step (execute() resets the statement before it is reused):
        // SQLite may use it without a copy.
        if (m_utf8.size() <= size_t(index))
            m_utf8.resize(size_t(index) + 1);
        std::string &utf8 = m_utf8[size_t(index)];
        toUtf8(*static_cast<const QString *>(data), &utf8);
        rc = sqlite3_bind_text(stmt, index, utf8.data(), int(utf8.size()), SQLITE_STATIC);
        break;
    }
    case QMetaType::Bool:
    case QMetaType::UInt:
    case QMetaType::ULongLong: rc = sqlite3_bind_int64(stmt, index, value.toLongLong()); break;
    default: {
        const QByteArray text = value.toString().toUtf8();
        rc = sqlite3_bind_text(stmt, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    }
    if (rc != SQLITE_OK)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return rc == SQLITE_OK;
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
    if (ok) {
        const int rc = sqlite3_step(stmt);
        ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
        if (!ok)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        else if (changes)
            *changes = sqlite3_changes(m_db);
    }
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    return ok;
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
    if (ok) {
        ok = sqlite3_step(stmt) == SQLITE_ROW;
        if (ok)
            *out = sqlite3_column_int64(stmt, 0);
        else
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    return ok;
}

qint64 SqliteStatements::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace busola
