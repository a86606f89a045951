#pragma once

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>

// Reads a store file with plain Qt SQL, independently of the code under test.

/// What a store holds, independently of the code under test: every row of every table, sorted,
/// hashed. Only the wall-clock instants an import stamps (when it ran) are left out, so a store
/// and a copy that took the same import a few seconds later compare equal.
struct Content
{
    QString integrity;
    QByteArray checksum;
};

inline Content contentOf(const QString &path)
{
    static int counter = 0;
    const QString name = QStringLiteral("crash-peek-%1").arg(++counter);
    Content content;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return content;
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
            content.integrity = q.value(0).toString();
        QStringList tables;
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        while (q.next())
            tables << q.value(0).toString();
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString &table : std::as_const(tables)) {
            QSqlQuery rows(db);
            rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
            QStringList lines;
            while (rows.next()) {
                const QSqlRecord record = rows.record();
                QStringList fields;
                for (int i = 0; i < record.count(); ++i) {
                    const QString column = record.fieldName(i);
                    if (column == QLatin1String("imported_at") || column == QLatin1String("updated_at"))
                        continue;
                    fields << (record.isNull(i) ? QStringLiteral("\\N") : record.value(i).toString());
                }
                lines << fields.join(QChar(0x1f));
            }
            lines.sort();
            hash.addData(QByteArray(table.toUtf8() + '\n' + lines.join(QChar(0x1e)).toUtf8() + '\n'));
        }
        content.checksum = hash.result().toHex();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return content;
}

/// A store is its file and its write-ahead log; the shared-memory index is rebuilt on open.
inline bool copyStore(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(to + suffix);
    if (!QFile::copy(from, to))
        return false;
    if (QFile::exists(from + QStringLiteral("-wal")) && !QFile::copy(from + QStringLiteral("-wal"), to + QStringLiteral("-wal")))
        return false;
    return true;
}

