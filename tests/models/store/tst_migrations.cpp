#include "store/migrations.h"
#include "store/store.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace busola;

/// Every migration step, one at a time: a store built at version N and migrated one step must
/// have exactly the schema of a store built at N+1, and keep its rows.
class TestMigrations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QSqlDatabase openRaw(const QString &name)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_dir.filePath(name + QStringLiteral(".db")));
        if (!db.open())
            qFatal("cannot open test database");
        return db;
    }

    static QStringList schemaOf(const QSqlDatabase &db)
    {
        QStringList schema;
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
        while (q.next())
            schema << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() +
                          QLatin1Char(':') + q.value(2).toString();
        return schema;
    }

private slots:
    void stepByStep_data()
    {
        QTest::addColumn<int>("from");
        for (const Migration &m : migrations())
            QTest::addRow("v%d to v%d", m.version - 1, m.version) << m.version - 1;
    }

    void stepByStep()
    {
        QFETCH(int, from);
        const QString a = QStringLiteral("step-a-%1").arg(++m_counter);
        const QString b = QStringLiteral("step-b-%1").arg(m_counter);
        {
            QSqlDatabase stepped = openRaw(a);
            QVERIFY(migrate(stepped, from).ok);
            QCOMPARE(schemaVersion(stepped), from);
            const MigrationResult one = migrate(stepped, from + 1);
            QVERIFY2(one.ok, qPrintable(one.error));
            QCOMPARE(schemaVersion(stepped), from + 1);

            QSqlDatabase direct = openRaw(b);
            QVERIFY(migrate(direct, from + 1).ok);
            QCOMPARE(schemaOf(stepped), schemaOf(direct));
        }
        QSqlDatabase::removeDatabase(a);
        QSqlDatabase::removeDatabase(b);
    }

    /// Step 8 rebuilds the summary tables WITHOUT ROWID: their rows, the uniqueness of their
    /// keys and the upserts that rely on it stay.
    void summaryTablesKeepRowsWithoutRowid()
    {
        const QString name = QStringLiteral("step8");
        {
            QSqlDatabase db = openRaw(name);
            QVERIFY(migrate(db, 7).ok);
            QSqlQuery q(db);
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO customer_activity_day VALUES ('support', 202601, 5, 6),"
                               " ('sale', 202601, 5, 1), ('support', 202512, 9, 1024)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO sum_feedback VALUES (202601, 'phone', 3,"
                                          " 12.5, 2)")));
            // An index someone added by hand is kept.
            QVERIFY(q.exec(QStringLiteral("CREATE INDEX mine ON sum_feedback(channel)")));
            const MigrationResult r = migrate(db, 8);
            QVERIFY2(r.ok, qPrintable(r.error));
            QVERIFY(
                q.exec(QStringLiteral("SELECT tbl_name FROM sqlite_master WHERE name = 'mine'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("sum_feedback"));
            // Run again (two Busolas opening the store at once may both start it): the tables
            // already without rowid are left as they are.
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 7")));
            const MigrationResult again = migrate(db, 8);
            QVERIFY2(again.ok, qPrintable(again.error));
            const QStringList tables{
                QStringLiteral("sum_support"),          QStringLiteral("sum_sales"),
                QStringLiteral("sum_feedback"),         QStringLiteral("customer_activity"),
                QStringLiteral("activity_gaps"),        QStringLiteral("sum_support_day"),
                QStringLiteral("sum_sales_day"),        QStringLiteral("sum_feedback_day"),
                QStringLiteral("customer_activity_day")};
            for (const QString &table : tables) {
                QVERIFY(q.exec(
                    QStringLiteral("SELECT sql FROM sqlite_master WHERE name = '%1'").arg(table)));
                QVERIFY2(q.next(), qPrintable(table));
                QVERIFY2(q.value(0).toString().endsWith(QStringLiteral(" WITHOUT ROWID")),
                         qPrintable(q.value(0).toString()));
                QVERIFY2(!q.exec(QStringLiteral("SELECT rowid FROM %1").arg(table)),
                         qPrintable(table));
            }
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE"
                                          " '%_v8' OR (name LIKE 'sqlite_autoindex_%' AND"
                                          " tbl_name IN ('%1'))")
                               .arg(tables.join(QStringLiteral("', '")))));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            QVERIFY(q.exec(QStringLiteral(
                "SELECT group_concat(source || '/' || month || '/' || customer_id || '/' || days,"
                " ' ') FROM (SELECT * FROM customer_activity_day ORDER BY source, month)")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(),
                     QStringLiteral("sale/202601/5/1 support/202512/9/1024 support/202601/5/6"));
            // The key is still unique: the writers' upserts depend on it.
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO customer_activity_day VALUES ('support', 202601, 5, 8)"
                               " ON CONFLICT (source, month, customer_id) DO UPDATE SET days = "
                               "days | excluded.days")));
            QVERIFY(q.exec(QStringLiteral("SELECT days FROM customer_activity_day WHERE"
                                          " source = 'support' AND month = 202601")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toLongLong(), 14);
            QVERIFY(q.exec(QStringLiteral("SELECT n_csat, sum_csat, n_csat_hi FROM sum_feedback")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toLongLong(), 3);
            QCOMPARE(q.value(1).toDouble(), 12.5);
            QCOMPARE(q.value(2).toLongLong(), 2);
        }
        QSqlDatabase::removeDatabase(name);
    }

    void latestStoreOpensAndHasEveryTable()
    {
        QString error;
        auto store = Store::open(m_dir.filePath(QStringLiteral("latest.db")), &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(schemaVersion(store->db()), latestSchemaVersion(SqlDialect::Sqlite));
        QSqlQuery q(store->db());
        for (const char *table : {"interactions", "deals", "feedback", "support_costs", "customers",
                                  "kpi_targets", "swot_boards", "swot_items", "competitors",
                                  "imports", "import_profiles", "settings", "row_history"}) {
            QVERIFY2(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))),
                     table);
        }
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    }

    /// The KPI reads that rely on an index's columns, not only on its existence: a custom
    /// range's cut ends take their response times from the creation-instant index (step 6).
    void indexesCoverTheKpiReads_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("expected");
        const QString covering = QStringLiteral("COVERING INDEX ix_interactions_created");
        // The median and p90 of a range (and of one channel) read the index alone.
        QTest::addRow("response times")
            << QStringLiteral("created_at >= 1 AND created_at < 2 AND response_seconds IS NOT NULL")
            << covering;
        QTest::addRow("response times of a channel")
            << QStringLiteral("created_at >= 1 AND created_at < 2 AND response_seconds IS NOT NULL"
                              " AND channel = 'phone'")
            << covering;
        // The summary refresh of one month, by instant (step 7 dropped the month indexes).
        QTest::addRow("resolved in a month")
            << QStringLiteral("resolved_at >= 1 AND resolved_at < 2")
            << QStringLiteral("INDEX ix_interactions_resolved");
        QTest::addRow("rated in a month")
            << QStringLiteral("satisfaction IS NOT NULL AND ((resolved_at >= 1 AND resolved_at < 2)"
                              " OR (resolved_at IS NULL AND created_at >= 1 AND created_at < 2))")
            << QStringLiteral("MULTI-INDEX OR");
    }

    void indexesCoverTheKpiReads()
    {
        QFETCH(QString, where);
        QFETCH(QString, expected);
        QString error;
        auto store = Store::open(m_dir.filePath(QStringLiteral("indexes.db")), &error);
        QVERIFY2(store, qPrintable(error));
        QSqlQuery q(store->db());
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT response_seconds FROM interactions"
                                      " WHERE %1")
                           .arg(where)));
        QStringList plan;
        while (q.next())
            plan << q.value(3).toString();
        const QString text = plan.join(QLatin1Char(' '));
        QVERIFY2(text.contains(expected), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("SCAN interactions")), qPrintable(text));
    }

    void reopeningKeepsData()
    {
        const QString path = m_dir.filePath(QStringLiteral("reopen.db"));
        {
            QString error;
            auto store = Store::open(path, &error);
            QVERIFY(store);
            QVERIFY(
                store->setSetting(SettingKeys::CompanyName, QStringLiteral("Ștefan & Țuică SRL")));
        }
        QString error;
        auto store = Store::open(path, &error);
        QVERIFY(store);
        QCOMPARE(store->setting(SettingKeys::CompanyName), QStringLiteral("Ștefan & Țuică SRL"));
    }

    void newerStoreIsRefusedUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.db"));
        {
            QSqlDatabase db = openRaw(QStringLiteral("newer"));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE future (x)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1")
                               .arg(latestSchemaVersion(SqlDialect::Sqlite) + 1)));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        QString error;
        auto store = Store::open(path, &error);
        QVERIFY(!store);
        QVERIFY2(error.contains(QStringLiteral("newer Busola")), qPrintable(error));
        QSqlDatabase db = openRaw(QStringLiteral("newer"));
        QCOMPARE(schemaVersion(db), latestSchemaVersion(SqlDialect::Sqlite) + 1);
        QSqlQuery q(db);
        QVERIFY(q.exec(
            QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'interactions'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void notAStoreIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("garbage.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        QString error;
        QVERIFY(!Store::open(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
