#include "store/backups.h"
#include "store/migrations.h"
#include "store/store.h"

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
        if (latestSchemaVersion() < 2)
            QSKIP("only one schema version so far: nothing to migrate from");
        const QString path = newPath();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(migrate(db, latestSchemaVersion() - 1).ok);
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
