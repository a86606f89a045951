#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace busola {

/// SQL dialect of a store. Migration text is written once; the few spots where SQLite and
/// PostgreSQL differ are placeholders that dialectSql() fills in.
enum class SqlDialect { Sqlite, Postgres };

/// One schema step from version-1 to version. Each step runs in its own transaction.
struct Migration
{
    int version;
    QString description;
    QStringList statements;
    /// Run after the statements, in the same transaction: what SQL alone cannot do (such as
    /// bucketing instants by the store's local days). Empty for most steps.
    std::function<bool(QSqlDatabase, QString *)> fill = {};
    /// A step with nothing to do on PostgreSQL (a change of SQLite's storage only): a team
    /// store neither runs it nor takes its version, so that every Busola of a team need not
    /// be upgraded at once for it (a store newer than a Busola is refused by that Busola).
    bool sqliteOnly = false;

    bool appliesTo(SqlDialect dialect) const
    {
        return !sqliteOnly || dialect == SqlDialect::Sqlite;
    }
};

/// The ordered list of every migration step ever released. Steps are append-only: a released
/// step is never edited, a change to the schema is a new step.
const QList<Migration> &migrations();
/// The version of the last step that applies to a store of that dialect.
int latestSchemaVersion(SqlDialect dialect);

/// Replaces the dialect placeholders (%ID% for an auto-increment primary key).
QString dialectSql(const QString &sql, SqlDialect dialect);

SqlDialect dialectOf(const QSqlDatabase &db);
int schemaVersion(const QSqlDatabase &db);

struct MigrationResult
{
    bool ok = true;
    int fromVersion = 0;
    int toVersion = 0;
    QString error;
};

/// Brings db from its current version up to targetVersion (default: the latest), one step
/// per transaction. A store newer than this program is refused without touching it.
MigrationResult migrate(QSqlDatabase db, int targetVersion = -1);

} // namespace busola
