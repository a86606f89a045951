#include "store.h"

#include "backups.h"
#include "dialect.h"
#include "migrations.h"
#include "teamlocation.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

namespace busola {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("busola-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

/// Connects connectionName to the team store at *location (which becomes its display form,
/// without a password: the password is kept by the connection only).
bool openTeamConnection(const QString &connectionName, QString *location, QString *error)
{
    TeamLocation team;
    if (!TeamLocation::parse(*location, &team, error))
        return false;
    *location = team.display();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!db.isValid()) {
        *error = Store::tr("Team stores need Qt's PostgreSQL driver (Debian: libqt6sql6-psql).");
        return false;
    }
    team.configure(db);
    Dialect::configurePostgres(db);
    if (!db.open()) {
        *error = Store::tr("Cannot connect to the team store %1: %2")
                     .arg(*location, db.lastError().text().trimmed());
        return false;
    }
    if (team.schema.isEmpty())
        return true;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT to_regnamespace(?) IS NOT NULL"));
    q.addBindValue(team.schema);
    if (q.exec() && q.next() && q.value(0).toBool())
        return true;
    *error = Store::tr("The team store %1 has no schema %2: `busola team init` creates it.")
                 .arg(*location, team.schema);
    return false;
}

/// Empty when the account of the team store db may run its schema steps (ALTER, DROP and
/// CREATE need the owner of the tables, or a member of the owner's role, and CREATE on the
/// schema); else why not, naming the owner, so that an editor whose Busola is newer than the
/// store is told whom to ask instead of getting half a migration's permission error. The owner
/// of busola_schema (created with the store) stands for the owner of its tables: other
/// applications' tables in a shared schema are none of Busola's business.
QString upgradeRefusal(QSqlDatabase db, const QString &location, int version)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT has_schema_privilege(current_schema(), 'CREATE')"
                               " AND pg_has_role(relowner, 'USAGE'), pg_get_userbyid(relowner)"
                               " FROM pg_class WHERE oid = to_regclass('busola_schema')")) ||
        !q.next())
        return {}; // the migration itself says what is wrong
    if (q.value(0).toBool())
        return {};
    const QString owner = q.value(1).toString();
    QUrl ownersLocation(location);
    if (!owner.isEmpty())
        ownersLocation.setUserName(owner);
    return Store::tr("The team store %1 is at schema version %2 and this Busola needs version"
                     " %3; only its owner (%4) can upgrade it: ask them to run `busola team"
                     " init --db %5`. Nothing was changed.")
        .arg(location, QString::number(version),
             QString::number(latestSchemaVersion(SqlDialect::Postgres)), owner,
             ownersLocation.toString());
}

} // namespace

Store::Store(QString location, QString connectionName)
    : m_location(std::move(location))
    , m_connectionName(std::move(connectionName))
{}

Store::~Store()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Store::defaultLocation()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("busola.db"));
}

void Store::limitPagesForTests()
{
    // A full disk cannot be made on demand in a test: SQLite's page-count limit fails a write
    // the same way (SQLITE_FULL). Set only by tests; documented in README, "Reliability".
    const QByteArray limit = qgetenv("BUSOLA_TEST_MAX_PAGE_COUNT");
    if (limit.isEmpty() || dialectOf(db()) != SqlDialect::Sqlite)
        return;
    QSqlQuery q(db());
    q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(limit.toLongLong()));
}

QString Store::backupHint(const QString &location)
{
    // A damaged store is not the end: say that copies exist and how to put the newest back.
    const QList<BackupInfo> backups = Backups::list(location);
    if (backups.isEmpty())
        return {};
    return QLatin1Char('\n') +
           tr("%n backup(s) of it exist, the newest from %1. `busola backup list` shows them;"
              " `busola backup restore 1` puts the newest back (Settings › Backups does the"
              " same).",
              nullptr, int(backups.size()))
               .arg(QLocale().toString(backups.first().created, QLocale::ShortFormat));
}

bool Store::isLockContention(const QString &sqliteMessage)
{
    // SQLITE_BUSY's, SQLITE_LOCKED's and SQLITE_PROTOCOL's texts, the same in every locale.
    return sqliteMessage.contains(QLatin1String("database is locked")) ||
           sqliteMessage.contains(QLatin1String("database table is locked")) ||
           sqliteMessage.contains(QLatin1String("locking protocol"));
}

QString Store::inUseMessage(const QString &location)
{
    return tr("The store %1 is in use by another Busola, which is writing to it (an import or"
              " a removal). Nothing was written; try again when it has finished.")
        .arg(QDir::toNativeSeparators(location));
}

std::unique_ptr<Store> Store::open(const QString &location, QString *error)
{
    std::unique_ptr<Store> store(new Store(location, nextConnectionName()));
    QString message;
    if (!store->initialise(&message)) {
        if (error)
            *error = message;
        return nullptr;
    }
    return store;
}

bool Store::initialise(QString *error)
{
    if (TeamLocation::isTeamLocation(m_location)) {
        if (!openTeamConnection(m_connectionName, &m_location, error))
            return false;
    } else {
        const QFileInfo info(m_location);
        if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
            *error = tr("Cannot create the folder %1 for the store.").arg(info.absolutePath());
            return false;
        }
        if (info.exists() && info.isDir()) {
            *error = tr("%1 is a folder, not a Busola store.").arg(m_location);
            return false;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_location);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            *error = tr("Cannot open the store %1: %2").arg(m_location, db.lastError().text());
            return false;
        }
        QSqlQuery q(db);
        // A file that is not SQLite fails here, before anything is written to it.
        if (!q.exec(QStringLiteral("PRAGMA schema_version"))) {
            // A store busy with another Busola's write is not damaged: no backup hint then.
            if (isLockContention(q.lastError().text())) {
                *error = inUseMessage(m_location);
                return false;
            }
            *error = tr("%1 is not a Busola store (or it is damaged): %2")
                         .arg(m_location, q.lastError().text()) +
                     backupHint(m_location);
            return false;
        }
        // Takes effect in a new store only (an existing one keeps its pages): 16 KiB pages
        // made a 200,000-row import 13 % cheaper in CPU than SQLite's default 4 KiB (fewer
        // and shallower B-tree pages to fill, split and read back when building indexes), for
        // the same cache in bytes.
        q.exec(QStringLiteral("PRAGMA page_size = 16384"));
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    // Two Busolas opening a new team store at once must not both create its tables: the
    // migration is serialised by a lock of the server (released with the session, too).
    const bool team = dialectOf(db()) == SqlDialect::Postgres;
    QSqlQuery lock(db());
    if (team && !lock.exec(QStringLiteral("SELECT pg_advisory_lock(hashtext(current_schema()))"))) {
        *error = tr("Cannot open the team store %1: %2").arg(m_location, lock.lastError().text());
        return false;
    }
    // A store about to be migrated is copied first: a migration is the one change a user
    // cannot undo from inside Busola.
    const int version = schemaVersion(db());
    const bool upgrade = version > 0 && version < latestSchemaVersion(dialectOf(db()));
    QString backupError;
    MigrationResult migration;
    if (team && upgrade)
        migration.error = upgradeRefusal(db(), m_location, version);
    if (!migration.error.isEmpty()) {
        migration.ok = false;
    } else if (upgrade && !Backups::make(*this, QStringLiteral("migration"), &backupError)) {
        migration.ok = false;
        migration.error = backupError;
    } else {
        migration = migrate(db());
        if (!migration.ok && isLockContention(migration.error))
            migration.error = inUseMessage(m_location);
        else if (!migration.ok)
            migration.error = tr("Cannot open the store %1: %2").arg(m_location, migration.error) +
                              backupHint(m_location);
    }
    if (team)
        lock.exec(QStringLiteral("SELECT pg_advisory_unlock(hashtext(current_schema()))"));
    if (!migration.ok) {
        *error = migration.error;
        return false;
    }
    limitPagesForTests();
    m_clock = std::make_unique<StoreClock>(
        setting(SettingKeys::TimeZone, QStringLiteral("Europe/Bucharest")).toUtf8());
    return true;
}

QSqlDatabase Store::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Store::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

bool Store::setSetting(const QString &key, const QString &value)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return false;
    if (key == SettingKeys::TimeZone)
        m_clock = std::make_unique<StoreClock>(value.toUtf8());
    return true;
}

QString Store::currency() const
{
    return setting(SettingKeys::Currency, QStringLiteral("RON"));
}

bool Store::isEmpty() const
{
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM interactions)"
                              " OR EXISTS (SELECT 1 FROM deals)")) &&
        q.next())
        return !q.value(0).toBool();
    return true;
}

} // namespace busola
