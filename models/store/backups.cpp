#include "backups.h"

#include "migrations.h"
#include "store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace busola {

namespace {

// Milliseconds in the name: names sort in the order the copies were made.
const QString TimeFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");
constexpr int TimeLength = 19;

QString backupName(const QDateTime &when, const QString &reason)
{
    return when.toString(TimeFormat) + QLatin1Char('-') + reason + QStringLiteral(".db");
}

} // namespace

QString Backups::folderFor(const QString &storePath)
{
    return QFileInfo(storePath).absoluteFilePath() + QStringLiteral(".backups");
}

bool Backups::snapshot(Store &store, const QString &path, QString *error)
{
    QSqlQuery q(store.db());
    // VACUUM INTO takes a file name as a literal, not a bound value: quote it.
    QString quoted = path;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    if (!q.exec(QStringLiteral("VACUUM INTO '%1'").arg(quoted))) {
        if (error)
            *error = tr("Cannot back up the store to %1: %2").arg(path, q.lastError().text());
        QFile::remove(path);
        return false;
    }
    return true;
}

bool Backups::make(Store &store, const QString &reason, QString *error)
{
    if (dialectOf(store.db()) != SqlDialect::Sqlite)
        return true;
    const QString folder = folderFor(store.location());
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = tr("Cannot create the backup folder %1.").arg(folder);
        return false;
    }
    QString path = QDir(folder).filePath(backupName(QDateTime::currentDateTime(), reason));
    while (QFileInfo::exists(path)) {
        QThread::msleep(1);
        path = QDir(folder).filePath(backupName(QDateTime::currentDateTime(), reason));
    }
    if (!snapshot(store, path, error))
        return false;
    bool ok = false;
    int keep = store.setting(QStringLiteral("backup_keep")).toInt(&ok);
    prune(store.location(), ok && keep > 0 ? keep : DefaultKeep);
    return true;
}

QList<BackupInfo> Backups::list(const QString &storePath)
{
    QList<BackupInfo> backups;
    const QDir folder(folderFor(storePath));
    const QFileInfoList files =
        folder.entryInfoList({QStringLiteral("*.db")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo &file : files) {
        const QString base = file.completeBaseName();
        const QDateTime created = QDateTime::fromString(base.left(TimeLength), TimeFormat);
        if (!created.isValid())
            continue;
        backups.append({file.absoluteFilePath(), created, base.mid(TimeLength + 1), file.size()});
    }
    return backups;
}

void Backups::prune(const QString &storePath, int keep)
{
    const QList<BackupInfo> backups = list(storePath);
    for (int i = keep; i < backups.size(); ++i)
        QFile::remove(backups.at(i).path);
}

bool Backups::restore(const QString &storePath, const BackupInfo &backup, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!QFileInfo::exists(backup.path))
        return fail(tr("The backup %1 no longer exists.").arg(backup.path));
    // Keep what is being replaced: a restore can itself be undone.
    if (QFileInfo::exists(storePath)) {
        QString message;
        std::unique_ptr<Store> current = Store::open(storePath, &message);
        if (current) {
            if (!make(*current, QStringLiteral("restore"), &message))
                return fail(message);
        } else {
            // A store that no longer opens (damaged) is kept byte for byte, for a specialist.
            QDir().mkpath(folderFor(storePath));
            const QString aside = QDir(folderFor(storePath))
                                      .filePath(QDateTime::currentDateTime().toString(TimeFormat)
                                                + QStringLiteral("-damaged.bin"));
            if (!QFile::copy(storePath, aside))
                return fail(tr("Cannot keep a copy of the damaged store at %1.").arg(aside));
        }
    }
    const QString temporary = storePath + QStringLiteral(".restoring");
    QFile::remove(temporary);
    if (!QFile::copy(backup.path, temporary))
        return fail(tr("Cannot copy the backup %1 next to the store.").arg(backup.path));
    // The old write-ahead log belongs to the old file: it must not be replayed into the copy.
    QFile::remove(storePath + QStringLiteral("-wal"));
    QFile::remove(storePath + QStringLiteral("-shm"));
    QFile::remove(storePath);
    if (!QFile::rename(temporary, storePath))
        return fail(tr("Cannot put the backup in place of %1.").arg(storePath));
    return true;
}

} // namespace busola
