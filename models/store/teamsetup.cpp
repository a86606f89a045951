#include "teamsetup.h"

#include "batchedinsert.h"
#include "dialect.h"
#include "store.h"
#include "summaries.h"
#include "teamlocation.h"
#include "transaction.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace busola {

namespace {

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool run(QSqlDatabase db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    return failWith(error, q.lastError().text() + QLatin1String(" (") + sql + QLatin1Char(')'));
}

QString currentSchema(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT current_schema()")) && q.next())
        return q.value(0).toString();
    return QString();
}

bool roleExists(QSqlDatabase db, const QString &role)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    q.addBindValue(role);
    return q.exec() && q.next();
}

// Summary tables are rebuilt from the rows at the destination, never copied; the schema
// version is the destination's own.
const QStringList &notCopied()
{
    static const QStringList tables{
        QStringLiteral("busola_schema"),     QStringLiteral("sum_support"),
        QStringLiteral("sum_sales"),         QStringLiteral("sum_feedback"),
        QStringLiteral("customer_activity"), QStringLiteral("activity_gaps")};
    return tables;
}

// Parents before children (foreign keys are checked row by row on PostgreSQL); tables a later
// schema step adds follow, by name.
QStringList copyOrder(const QStringList &tables)
{
    static const QStringList known{
        QStringLiteral("settings"),      QStringLiteral("imports"),
        QStringLiteral("customers"),     QStringLiteral("interactions"),
        QStringLiteral("deals"),         QStringLiteral("feedback"),
        QStringLiteral("support_costs"), QStringLiteral("row_history"),
        QStringLiteral("kpi_targets"),   QStringLiteral("swot_boards"),
        QStringLiteral("swot_items"),    QStringLiteral("swot_dismissed"),
        QStringLiteral("competitors"),   QStringLiteral("import_profiles")};
    QStringList order;
    for (const QString &t : known)
        if (tables.contains(t))
            order << t;
    QStringList rest;
    for (const QString &t : tables)
        if (!known.contains(t) && !notCopied().contains(t))
            rest << t;
    rest.sort();
    return order + rest;
}

} // namespace

bool TeamSetup::isPlainName(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    return plain.match(name).hasMatch();
}

bool TeamSetup::createSchema(const QString &location, const QString &password, QString *error)
{
    TeamLocation team;
    if (!TeamLocation::parse(location, &team, error))
        return false;
    if (team.schema.isEmpty())
        return true;
    if (team.password.isEmpty())
        team.password = password;
    const QString schema = team.schema;
    team.schema.clear(); // connect without the search path that does not exist yet
    const QString name = QStringLiteral("busola-team-setup");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        team.configure(db);
        if (!db.open())
            return failWith(error, tr("Cannot connect to the team store %1: %2")
                                       .arg(team.display(), db.lastError().text().trimmed()));
        ok = run(db, QStringLiteral("CREATE SCHEMA IF NOT EXISTS \"%1\"").arg(schema), error);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool TeamSetup::init(Store &store, const TeamRoles &roles, QString *error)
{
    QSqlDatabase db = store.db();
    if (dialectOf(db) != SqlDialect::Postgres)
        return failWith(error, tr("Roles exist only in a team store (postgresql://…)."));
    if (!isPlainName(roles.editors) || !isPlainName(roles.viewers))
        return failWith(error, tr("Role names are letters, digits and _ only."));
    const QString schema = currentSchema(db);
    if (schema.isEmpty())
        return failWith(error, tr("The team store has no schema to grant rights on."));
    Transaction tx(db);
    for (const QString &role : {roles.editors, roles.viewers}) {
        if (!roleExists(db, role) &&
            !run(db, QStringLiteral("CREATE ROLE \"%1\" NOLOGIN").arg(role), error))
            return false;
    }
    const QString e = QLatin1Char('"') + roles.editors + QLatin1Char('"');
    const QString v = QLatin1Char('"') + roles.viewers + QLatin1Char('"');
    const QString s = QLatin1Char('"') + schema + QLatin1Char('"');
    const QStringList grants{
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2, %3").arg(s, e, v),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(s, v),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1 TO %2")
            .arg(s, e),
        QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(s, e),
        // Tables of later schema steps (run by the owner) get the same rights.
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT SELECT ON TABLES TO %2")
            .arg(s, v),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT SELECT, INSERT, UPDATE,"
                       " DELETE ON TABLES TO %2")
            .arg(s, e),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT USAGE, SELECT ON SEQUENCES"
                       " TO %2")
            .arg(s, e),
    };
    for (const QString &grant : grants)
        if (!run(db, grant, error))
            return false;
    return tx.commit() || failWith(error, db.lastError().text());
}

bool TeamSetup::grant(Store &store, const TeamRoles &roles, const QString &user, TeamRole role,
                      QString *error)
{
    QSqlDatabase db = store.db();
    if (dialectOf(db) != SqlDialect::Postgres)
        return failWith(error, tr("Roles exist only in a team store (postgresql://…)."));
    if (!isPlainName(user))
        return failWith(error, tr("A user name is letters, digits and _ only."));
    if (!roleExists(db, user))
        return failWith(error, tr("The server has no user %1: its administrator creates it"
                                  " (CREATE ROLE %1 LOGIN, then \\password %1 in psql).")
                                   .arg(user));
    const QString give = role == TeamRole::Editor ? roles.editors : roles.viewers;
    const QString take = role == TeamRole::Editor ? roles.viewers : roles.editors;
    Transaction tx(db);
    return run(db, QStringLiteral("REVOKE \"%1\" FROM \"%2\"").arg(take, user), error) &&
           run(db, QStringLiteral("GRANT \"%1\" TO \"%2\"").arg(give, user), error) &&
           (tx.commit() || failWith(error, db.lastError().text()));
}

bool StoreCopy::copy(Store &from, Store &to, qint64 *rows, QString *error)
{
    if (!to.isEmpty())
        return failWith(error, tr("The destination %1 already holds data: copy into an empty"
                                  " store.")
                                   .arg(to.location()));
    QSqlDatabase source = from.db();
    QSqlDatabase target = to.db();
    const QStringList sourceTables = Dialect::tables(source);
    const QStringList targetTables = Dialect::tables(target);
    Dialect::ForeignKeysOff keysOff(target);
    Transaction tx(target, Transaction::Writes::Rows);
    if (!tx.isActive())
        return failWith(
            error, tr("The destination is busy or read-only: %1").arg(target.lastError().text()));
    if (!run(target, QStringLiteral("DELETE FROM settings"), error))
        return false;
    qint64 copied = 0;
    for (const QString &table : copyOrder(sourceTables)) {
        if (!targetTables.contains(table))
            continue;
        QSqlQuery read(source);
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
            return failWith(error, read.lastError().text());
        const QSqlRecord record = read.record();
        QStringList columns;
        for (int i = 0; i < record.count(); ++i)
            columns << record.fieldName(i);
        BatchedInsert batch(
            target,
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, columns.join(QLatin1String(", ")),
                     QStringList(columns.size(), QStringLiteral("?")).join(QLatin1String(", "))));
        while (read.next()) {
            for (int i = 0; i < columns.size(); ++i)
                batch.bindValue(i, read.value(i));
            if (!batch.exec())
                return failWith(
                    error, tr("Cannot copy a row of %1: %2").arg(table, batch.lastError().text()));
            ++copied;
        }
        if (!batch.flush())
            return failWith(error,
                            tr("Cannot copy a row of %1: %2").arg(table, batch.lastError().text()));
        if (columns.contains(QLatin1String("id")) &&
            !Dialect::resetIdSequence(target, table, error))
            return false;
    }
    QString summaryError;
    if (!Dialect::lockSummaries(target, &summaryError) ||
        !rebuildAllSummaries(target, to.clock(), &summaryError))
        return failWith(error, tr("Cannot build the KPI summaries: %1").arg(summaryError));
    if (!tx.commit())
        return failWith(error, target.lastError().text());
    if (rows)
        *rows = copied;
    return true;
}

} // namespace busola
