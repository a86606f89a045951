#include "store/backups.h"
#include "store/migrations.h"
#include "store/store.h"
#include "store/storewriter.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace busola;

class TestBackups : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("b%1.db").arg(++m_counter)); }

    /// One ticket through the one write path; returns the import's id, or -1.
    static qint64 importOne(Store &store, const QString &dataset, const QString &id,
                            bool dryRun = false)
    {
        StoreWriter writer(store);
        ImportMeta meta{QStringLiteral("tickets.csv"), {}, dataset, {}, QStringLiteral("update")};
        meta.dryRun = dryRun;
        if (!writer.begin(meta))
            return -1;
        Interaction t;
        t.externalId = id;
        t.createdAt = store.clock().toEpoch(QDate(2026, 10, 5), QTime(9, 0));
        t.channel = QStringLiteral("phone");
        t.customer.name = QStringLiteral("Ioana Popescu");
        if (writer.write(t) == WriteOutcome::Failed)
            return -1;
        if (dryRun) {
            writer.rollback();
            return 0;
        }
        return writer.commit() ? writer.importId() : -1;
    }

    static qint64 ticketCount(Store &store)
    {
        QSqlQuery q(store.db());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM interactions")) && q.next()
                   ? q.value(0).toLongLong()
                   : -1;
    }

private slots:
    void makeListAndPrune()
    {
        const QString path = newPath();
        QString error;
        auto store = Store::open(path, &error);
        QVERIFY(store);
        QVERIFY(store->setSetting(QStringLiteral("backup_keep"), QStringLiteral("3")));
        for (int i = 0; i < 5; ++i)
            QVERIFY2(Backups::make(*store, QStringLiteral("import"), &error), qPrintable(error));
        const QList<BackupInfo> backups = Backups::list(path);
        QCOMPARE(backups.size(), 3);
        QCOMPARE(backups.first().reason, QStringLiteral("import"));
        QVERIFY(backups.first().size > 0);
        for (int i = 1; i < backups.size(); ++i)
            QVERIFY(backups.at(i - 1).created > backups.at(i).created); // newest first
    }

    void importMakesOneBackupRemovalAnother()
    {
        const QString path = newPath();
        QString error;
        auto store = Store::open(path, &error);
        QVERIFY(store);
        QCOMPARE(Backups::list(path).size(), 0);
        const qint64 id = importOne(*store, QStringLiteral("support"), QStringLiteral("T1"));
        QVERIFY(id > 0);
        QList<BackupInfo> backups = Backups::list(path);
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups.first().reason, QStringLiteral("import"));

        QVERIFY2(StoreWriter::removeImport(*store, id, &error), qPrintable(error));
        backups = Backups::list(path);
        QCOMPARE(backups.size(), 2);
        QCOMPARE(backups.first().reason, QStringLiteral("removal"));
        QCOMPARE(backups.last().reason, QStringLiteral("import"));

        // The copy made before the import holds the store as it was then: no ticket; the one
        // made before the removal holds the imported ticket.
        QCOMPARE(ticketCount(*Store::open(backups.last().path, &error)), 0);
        QCOMPARE(ticketCount(*Store::open(backups.first().path, &error)), 1);
        QCOMPARE(ticketCount(*store), 0);
    }

    void demoAndDryRunMakeNoBackup()
    {
        const QString path = newPath();
        QString error;
        auto store = Store::open(path, &error);
        QVERIFY(store);
        QVERIFY(importOne(*store, QStringLiteral("demo"), QStringLiteral("D1")) > 0);
        QVERIFY(importOne(*store, QStringLiteral("support"), QStringLiteral("T1"), true) == 0);
        QCOMPARE(Backups::list(path).size(), 0);
    }

    void importsKeepOnlyTheLastN()
    {
        const QString path = newPath();
        QString error;
        auto store = Store::open(path, &error);
        QVERIFY(store);
        QVERIFY(store->setSetting(QStringLiteral("backup_keep"), QStringLiteral("2")));
        for (int i = 1; i <= 4; ++i)
            QVERIFY(importOne(*store, QStringLiteral("support"), QStringLiteral("T%1").arg(i)) > 0);
        const QList<BackupInfo> backups = Backups::list(path);
        QCOMPARE(backups.size(), 2);
        // The newest copy was made before the 4th import: it holds the first three tickets.
        QCOMPARE(ticketCount(*Store::open(backups.first().path, &error)), 3);
        QCOMPARE(ticketCount(*Store::open(backups.last().path, &error)), 2);
    }

    void importStopsWhenTheBackupFails()
    {
        const QString path = newPath();
        QString error;
        auto store = Store::open(path, &error);
        QVERIFY(store);
        // A regular file where the backup folder should be: the copy cannot be made.
        QFile blocker(Backups::folderFor(path));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        StoreWriter writer(*store);
        QVERIFY(!writer.begin({QStringLiteral("tickets.csv"),
                               {},
                               QStringLiteral("support"),
                               {},
                               QStringLiteral("update")}));
        QVERIFY2(writer.lastError().contains(QStringLiteral("could not be backed up")),
                 qPrintable(writer.lastError()));
        QCOMPARE(ticketCount(*store), 0);
        QSqlQuery q(store->db());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM imports")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void restorePutsTheOldContentBack()
    {
        const QString path = newPath();
        QString error;
        {
            auto store = Store::open(path, &error);
            QVERIFY(store);
            QVERIFY(store->setSetting(SettingKeys::CompanyName, QStringLiteral("Înainte SRL")));
            QVERIFY(Backups::make(*store, QStringLiteral("import"), &error));
            QVERIFY(store->setSetting(SettingKeys::CompanyName, QStringLiteral("După SRL")));
        }
        const QList<BackupInfo> backups = Backups::list(path);
        QCOMPARE(backups.size(), 1);
        QVERIFY2(Backups::restore(path, backups.first(), &error), qPrintable(error));
        auto store = Store::open(path, &error);
        QVERIFY(store);
        QCOMPARE(store->setting(SettingKeys::CompanyName), QStringLiteral("Înainte SRL"));
        // What was replaced is itself kept, so the restore can be undone.
        const QList<BackupInfo> after = Backups::list(path);
        QCOMPARE(after.size(), 2);
        QCOMPARE(after.first().reason, QStringLiteral("restore"));
    }

    void damagedStoreCanBeReplacedByItsBackup()
    {
        const QString path = newPath();
        QString error;
        {
            auto store = Store::open(path, &error);
            QVERIFY(store);
            QVERIFY(store->setSetting(SettingKeys::CompanyName, QStringLiteral("Bun SRL")));
            QVERIFY(Backups::make(*store, QStringLiteral("import"), &error));
        }
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QByteArray(10000, '\x5a'));
        }
        QFile::remove(path + QStringLiteral("-wal"));
        QVERIFY(!Store::open(path, &error));
        QVERIFY2(Backups::restore(path, Backups::list(path).first(), &error), qPrintable(error));
        auto store = Store::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->setting(SettingKeys::CompanyName), QStringLiteral("Bun SRL"));
        QVERIFY(QFile::exists(Backups::folderFor(path)));
    }

    void migrationIsPrecededByABackup()
    {
        if (latestSchemaVersion(SqlDialect::Sqlite) < 2)
            QSKIP("only one schema version so far: nothing to migrate from");
        const QString path = newPath();
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(migrate(db, latestSchemaVersion(SqlDialect::Sqlite) - 1).ok);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        QString error;
        auto store = Store::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        const QList<BackupInfo> backups = Backups::list(path);
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups.first().reason, QStringLiteral("migration"));
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
