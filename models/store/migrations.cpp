#include "migrations.h"

#include "daysummaries.h"
#include "summaries.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace busola {

namespace {

// Version 1: every dataset of PRODUCT.md. Conventions: instants are BIGINT seconds since the
// Unix epoch (UTC); *_month columns are yyyymm in the store's time zone, so months bucket the
// same on every machine; money is BIGINT minor units (bani), never floating point.
QStringList schemaV1()
{
    return {
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)"),
        QStringLiteral("CREATE TABLE imports (id %ID%, file_name TEXT NOT NULL, file_sha256 TEXT,"
                       " dataset TEXT NOT NULL, profile TEXT, mode TEXT NOT NULL DEFAULT 'update',"
                       " imported_at BIGINT NOT NULL, inserted INTEGER NOT NULL DEFAULT 0,"
                       " updated INTEGER NOT NULL DEFAULT 0, unchanged INTEGER NOT NULL DEFAULT 0,"
                       " rejected INTEGER NOT NULL DEFAULT 0, deleted INTEGER NOT NULL DEFAULT 0,"
                       " status TEXT NOT NULL DEFAULT 'done')"),
        QStringLiteral("CREATE TABLE customers (id %ID%, customer_key TEXT NOT NULL UNIQUE,"
                       " code TEXT, name TEXT)"),
        QStringLiteral(
            "CREATE TABLE interactions (id %ID%, external_id TEXT NOT NULL UNIQUE,"
            " created_at BIGINT NOT NULL, created_month INTEGER NOT NULL,"
            " first_response_at BIGINT, response_seconds BIGINT,"
            " resolved_at BIGINT, resolved_month INTEGER, status TEXT, channel TEXT, team TEXT,"
            " agent TEXT, customer_id BIGINT REFERENCES customers(id), contacts INTEGER,"
            " fcr_flag INTEGER, satisfaction DOUBLE PRECISION, cost_minor BIGINT,"
            " is_complaint INTEGER NOT NULL DEFAULT 0, complaint_category TEXT, subject TEXT,"
            " import_id BIGINT REFERENCES imports(id), content_hash BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX ix_interactions_created ON interactions(created_at)"),
        QStringLiteral("CREATE INDEX ix_interactions_resolved ON interactions(resolved_at)"),
        QStringLiteral(
            "CREATE INDEX ix_interactions_customer ON interactions(customer_id, created_at)"),
        QStringLiteral("CREATE INDEX ix_interactions_import ON interactions(import_id)"),
        QStringLiteral(
            "CREATE TABLE deals (id %ID%, external_id TEXT NOT NULL UNIQUE,"
            " created_at BIGINT, created_month INTEGER, closed_at BIGINT, closed_month INTEGER,"
            " status TEXT NOT NULL CHECK (status IN ('won','lost','open')),"
            " is_order INTEGER NOT NULL DEFAULT 0, amount_minor BIGINT,"
            " original_amount TEXT, original_currency TEXT, owner TEXT, region TEXT,"
            " lead_source TEXT, customer_id BIGINT REFERENCES customers(id),"
            " import_id BIGINT REFERENCES imports(id), content_hash BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX ix_deals_closed ON deals(closed_at)"),
        QStringLiteral("CREATE INDEX ix_deals_created ON deals(created_at)"),
        QStringLiteral("CREATE INDEX ix_deals_customer ON deals(customer_id, closed_at)"),
        QStringLiteral("CREATE INDEX ix_deals_import ON deals(import_id)"),
        QStringLiteral(
            "CREATE TABLE feedback (id %ID%, external_id TEXT NOT NULL UNIQUE,"
            " responded_at BIGINT NOT NULL, responded_month INTEGER NOT NULL,"
            " customer_id BIGINT REFERENCES customers(id), score DOUBLE PRECISION NOT NULL,"
            " comment TEXT, channel TEXT, import_id BIGINT REFERENCES imports(id),"
            " content_hash BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX ix_feedback_responded ON feedback(responded_at)"),
        QStringLiteral("CREATE INDEX ix_feedback_import ON feedback(import_id)"),
        QStringLiteral("CREATE TABLE support_costs (id %ID%, external_id TEXT NOT NULL UNIQUE,"
                       " month INTEGER NOT NULL, channel TEXT, amount_minor BIGINT NOT NULL,"
                       " import_id BIGINT REFERENCES imports(id), content_hash BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX ix_support_costs_month ON support_costs(month)"),
        // Rows an import updated, as they were before, so removing that import restores them.
        QStringLiteral("CREATE TABLE row_history (id %ID%, import_id BIGINT NOT NULL"
                       " REFERENCES imports(id) ON DELETE CASCADE, dataset TEXT NOT NULL,"
                       " row_id BIGINT NOT NULL, action TEXT NOT NULL, previous TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX ix_row_history_import ON row_history(import_id)"),
        QStringLiteral("CREATE TABLE kpi_targets (id %ID%, kpi_id TEXT NOT NULL,"
                       " scope_dim TEXT NOT NULL DEFAULT '', scope_value TEXT NOT NULL DEFAULT '',"
                       " valid_from INTEGER NOT NULL, target DOUBLE PRECISION,"
                       " tolerance_pct DOUBLE PRECISION,"
                       " UNIQUE (kpi_id, scope_dim, scope_value, valid_from))"),
        QStringLiteral("CREATE TABLE swot_boards (id %ID%, name TEXT NOT NULL, period_from TEXT,"
                       " period_to TEXT, team TEXT, created_at BIGINT, updated_at BIGINT)"),
        QStringLiteral(
            "CREATE TABLE swot_items (id %ID%, board_id BIGINT NOT NULL"
            " REFERENCES swot_boards(id) ON DELETE CASCADE,"
            " quadrant INTEGER NOT NULL CHECK (quadrant BETWEEN 0 AND 3),"
            " position INTEGER NOT NULL, text TEXT NOT NULL DEFAULT '',"
            " importance INTEGER NOT NULL DEFAULT 2, kpi_id TEXT, owner TEXT, action TEXT,"
            " due_date TEXT, updated_at BIGINT)"),
        QStringLiteral(
            "CREATE INDEX ix_swot_items_board ON swot_items(board_id, quadrant, position)"),
        QStringLiteral(
            "CREATE TABLE swot_dismissed (board_id BIGINT NOT NULL"
            " REFERENCES swot_boards(id) ON DELETE CASCADE, suggestion_key TEXT NOT NULL,"
            " PRIMARY KEY (board_id, suggestion_key))"),
        QStringLiteral(
            "CREATE TABLE competitors (id %ID%, name TEXT NOT NULL, price_position TEXT,"
            " discount_pct DOUBLE PRECISION, channels TEXT, response_time_h DOUBLE PRECISION,"
            " satisfaction DOUBLE PRECISION, notes TEXT, position INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE import_profiles (id %ID%, name TEXT NOT NULL UNIQUE, dataset "
                       "TEXT NOT NULL,"
                       " header_signature TEXT, settings TEXT NOT NULL, updated_at BIGINT)"),
        QStringLiteral(
            "CREATE INDEX ix_import_profiles_header ON import_profiles(header_signature)"),
    };
}

/// Version 3: a revision per SWOT item, raised by every write, so that a save made from a stale
/// copy (someone else changed or deleted the item meanwhile) is refused instead of silently
/// overwriting theirs (SwotStore's conditional UPDATE … WHERE revision = ?). Plain SQL that
/// SQLite and PostgreSQL both accept.
QStringList swotRevisionV3()
{
    return {
        QStringLiteral("ALTER TABLE swot_items ADD COLUMN revision INTEGER NOT NULL DEFAULT 0")};
}

// Version 4: the import_id indexes go. Only removing an import reads rows by import_id, and that
// removal first copies the whole store (its backup), which costs far more than one pass over
// the table without the index; every import paid for growing or rebuilding them.
QStringList dropImportIndexes()
{
    return {
        QStringLiteral("DROP INDEX IF EXISTS ix_interactions_import"),
        QStringLiteral("DROP INDEX IF EXISTS ix_deals_import"),
        QStringLiteral("DROP INDEX IF EXISTS ix_feedback_import"),
    };
}

// Version 6: the creation-instant index carries each interaction's response time, so that the
// median and p90 of a custom range read its cut ends (the part-months at either end) from the
// index alone instead of one table row per interaction (35 → 5 ms for half a month of a
// million-row store). Every use of the old index is served by this one; an import builds it
// at the same cost.
QStringList createdIndexWithResponseTime()
{
    return {
        QStringLiteral("DROP INDEX IF EXISTS ix_interactions_created"),
        QStringLiteral(
            "CREATE INDEX ix_interactions_created ON interactions(created_at, response_seconds)"),
    };
}

// Version 7: interactions keep two secondary indexes, on their creation and resolution
// instants. An import builds every secondary index again (a sort of the whole table), and the
// four month-keyed ones cost 4.4 of the 5.6 s that a million-row store took to index. Every
// read they served goes by instant now: a month is an instant range in the store's time zone
// (the month columns are derived from the instants by the same clock), the median and p90 of
// a month read its response times from this index alone, with the channel for a channel
// filter, and the summaries answer what went by customer.
QStringList twoInteractionIndexes()
{
    return {
        QStringLiteral("DROP INDEX IF EXISTS ix_interactions_cmonth_resp"),
        QStringLiteral("DROP INDEX IF EXISTS ix_interactions_cmonth_channel_resp"),
        QStringLiteral("DROP INDEX IF EXISTS ix_interactions_rmonth"),
        QStringLiteral("DROP INDEX IF EXISTS ix_interactions_customer"),
        QStringLiteral("DROP INDEX IF EXISTS ix_interactions_created"),
        QStringLiteral("CREATE INDEX ix_interactions_created"
                       " ON interactions(created_at, channel, response_seconds)"),
    };
}

/// Translation context of this file's messages (lupdate reads Migrations::tr).
struct Migrations
{
    Q_DECLARE_TR_FUNCTIONS(busola::Migrations)
};

// Version 8: on SQLite the summary tables keep their rows in primary-key order (WITHOUT
// ROWID). Keyed by a composite primary key, each was a rowid table plus an index holding the
// same key: every upsert of an import (670,000 customer-day rows for a million interactions)
// searched and wrote two B-trees, and the store held each key twice. PostgreSQL keeps a heap
// and an index whatever the declaration: a step for SQLite only.
bool summariesWithoutRowid(QSqlDatabase db, QString *error)
{
    static const char *const tables[] = {
        "sum_support",       "sum_sales",        "sum_feedback",
        "customer_activity", "activity_gaps",    "sum_support_day",
        "sum_sales_day",     "sum_feedback_day", "customer_activity_day"};
    QSqlQuery q(db);
    for (const char *table : tables) {
        const QString name = QLatin1String(table);
        const QString next = name + QLatin1String("_v8");
        q.prepare(
            QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"));
        q.addBindValue(name);
        if (!q.exec() || !q.next()) {
            *error = Migrations::tr("the table %1 is missing").arg(name);
            return false;
        }
        // The table as it was declared, under the new name: its columns, types and key stay.
        QString create = q.value(0).toString();
        q.finish();
        const qsizetype at = create.indexOf(name);
        if (at < 0 || create.contains(QLatin1String("WITHOUT ROWID"), Qt::CaseInsensitive))
            continue;
        create.replace(at, name.size(), next);
        create += QLatin1String(" WITHOUT ROWID");
        // Busola declares no index or trigger on these tables, but one added by hand would go
        // with the DROP: each is created again on the new table.
        QStringList dependents;
        q.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE tbl_name = ? AND"
                                 " type IN ('index', 'trigger') AND sql IS NOT NULL"));
        q.addBindValue(name);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        while (q.next())
            dependents << q.value(0).toString();
        q.finish();
        const QStringList steps =
            QStringList{create, QStringLiteral("INSERT INTO %1 SELECT * FROM %2").arg(next, name),
                        QStringLiteral("DROP TABLE %1").arg(name),
                        QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(next, name)} +
            dependents;
        for (const QString &sql : steps)
            if (!q.exec(sql)) {
                *error = QStringLiteral("%1 (%2)").arg(q.lastError().text(), sql.left(80));
                return false;
            }
    }
    return true;
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> steps = {
        {1, QStringLiteral("datasets, history, targets, SWOT, competitors, profiles"), schemaV1()},
        {2, QStringLiteral("per-month KPI summaries and customer activity"), summarySchemaV2()},
        {3, QStringLiteral("revision of SWOT items (changed-elsewhere check)"), swotRevisionV3()},
        {4, QStringLiteral("no import_id indexes: only a removal reads by import"),
         dropImportIndexes()},
        {5, QStringLiteral("per-day KPI summaries and customer activity"), daySummarySchema(),
         fillDaySummaries},
        {6, QStringLiteral("response times in the creation-instant index"),
         createdIndexWithResponseTime()},
        {7, QStringLiteral("interactions indexed by instant only"), twoInteractionIndexes()},
        {8,
         QStringLiteral("summary tables in key order (SQLite: WITHOUT ROWID)"),
         {},
         summariesWithoutRowid,
         true},
    };
    return steps;
}

int latestSchemaVersion(SqlDialect dialect)
{
    int latest = 0;
    for (const Migration &step : migrations())
        if (step.appliesTo(dialect))
            latest = step.version;
    return latest;
}

QString dialectSql(const QString &sql, SqlDialect dialect)
{
    QString out = sql;
    out.replace(QLatin1String("%ID%"), dialect == SqlDialect::Postgres
                                           ? QLatin1String("BIGSERIAL PRIMARY KEY")
                                           : QLatin1String("INTEGER PRIMARY KEY"));
    return out;
}

SqlDialect dialectOf(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? SqlDialect::Postgres : SqlDialect::Sqlite;
}

int schemaVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (dialectOf(db) == SqlDialect::Sqlite) {
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
            return q.value(0).toInt();
        return -1;
    }
    // PostgreSQL has no user_version: a one-row table plays its part. Created only when
    // missing: a viewer (no CREATE right) must still read the version.
    if (!q.exec(QStringLiteral("SELECT to_regclass('busola_schema') IS NOT NULL")) || !q.next())
        return -1;
    if (!q.value(0).toBool() &&
        !q.exec(QStringLiteral("CREATE TABLE busola_schema (version INTEGER NOT NULL)")))
        return -1;
    if (q.exec(QStringLiteral("SELECT version FROM busola_schema")) && q.next())
        return q.value(0).toInt();
    return 0;
}

namespace {

bool setVersion(QSqlDatabase &db, int version)
{
    QSqlQuery q(db);
    if (dialectOf(db) == SqlDialect::Sqlite)
        return q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
    return q.exec(QStringLiteral("DELETE FROM busola_schema")) &&
           q.exec(QStringLiteral("INSERT INTO busola_schema (version) VALUES (%1)").arg(version));
}

} // namespace

MigrationResult migrate(QSqlDatabase db, int targetVersion)
{
    MigrationResult result;
    const SqlDialect dialect = dialectOf(db);
    const int latest = latestSchemaVersion(dialect);
    if (targetVersion < 0)
        targetVersion = latest;
    result.fromVersion = schemaVersion(db);
    result.toVersion = result.fromVersion;
    if (result.fromVersion < 0) {
        result.ok = false;
        result.error =
            Migrations::tr("cannot read the schema version: %1").arg(db.lastError().text());
        return result;
    }
    if (result.fromVersion > latest) {
        result.ok = false;
        result.error =
            Migrations::tr("the store was written by a newer Busola (schema version %1; this "
                           "program knows up to %2). Update Busola to open it.")
                .arg(result.fromVersion)
                .arg(latest);
        return result;
    }
    for (const Migration &step : migrations()) {
        if (step.version <= result.toVersion || step.version > targetVersion ||
            !step.appliesTo(dialect))
            continue;
        Transaction tx(db);
        if (!tx.isActive()) {
            result.ok = false;
            result.error =
                Migrations::tr("cannot start a transaction: %1").arg(db.lastError().text());
            return result;
        }
        QSqlQuery q(db);
        for (const QString &statement : step.statements) {
            if (!q.exec(dialectSql(statement, dialect))) {
                result.ok = false;
                result.error = Migrations::tr("migration to version %1 failed: %2 (%3)")
                                   .arg(step.version)
                                   .arg(q.lastError().text(), statement.left(80));
                return result;
            }
        }
        QString fillError;
        if (step.fill && !step.fill(db, &fillError)) {
            result.ok = false;
            result.error = Migrations::tr("migration to version %1 failed: %2")
                               .arg(step.version)
                               .arg(fillError);
            return result;
        }
        if (!setVersion(db, step.version) || !tx.commit()) {
            result.ok = false;
            result.error = Migrations::tr("cannot record schema version %1: %2")
                               .arg(step.version)
                               .arg(db.lastError().text());
            return result;
        }
        result.toVersion = step.version;
    }
    return result;
}

} // namespace busola
