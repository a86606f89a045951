#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace busola {

class Store;

struct BackupInfo
{
    QString path;
    QDateTime created; ///< local time, from the file name
    QString reason;    ///< import, removal, migration, restore, manual
    qint64 size = 0;
};

/// Copies of a SQLite store kept beside it, in "<store file>.backups/", made before every
/// import, removal of an import and migration. A copy is a consistent snapshot taken while the
/// store is open (VACUUM INTO), so it never catches half a transaction.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(busola::Backups)

public:
    static constexpr int DefaultKeep = 10;

    /// The folder of a store file's backups.
    static QString folderFor(const QString &storePath);

    /// Snapshots the store and prunes the oldest copies beyond the "backup_keep" setting.
    /// A team store (PostgreSQL) is backed up by its server: nothing to do, returns true.
    static bool make(Store &store, const QString &reason, QString *error);
    /// Snapshots an open SQLite connection into path (used before a migration, too).
    static bool snapshot(Store &store, const QString &path, QString *error);

    /// Newest first.
    static QList<BackupInfo> list(const QString &storePath);

    /// Replaces the store file with backup. No connection to the store may be open.
    /// The current file is kept first as a "restore" backup, so a restore can be undone.
    static bool restore(const QString &storePath, const BackupInfo &backup, QString *error);

private:
    static void prune(const QString &storePath, int keep);
};

} // namespace busola
