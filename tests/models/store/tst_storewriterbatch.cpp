#include "store/store.h"
#include "store/storewriter.h"
#include "teststore.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace busola;

/// StoreWriter::writeAll, the import engine's way in: on PostgreSQL (the _pg twin) a batch's new
/// rows go in multi-row INSERTs of 500 rows and every row's outcome is decided afterwards, in
/// file order; on SQLite it writes row by row. Both must give what writing the rows one by one
/// gives: the same counts, stored values, history and summaries. Rows are written as "id:cost"
/// (cost in bani); the expectations are worked out by hand from the rows.
class TestStoreWriterBatch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    int m_counter = 0;

    Interaction ticket(const QString &spec) const
    {
        const QStringList parts = spec.split(QLatin1Char(':'));
        Interaction t;
        t.externalId = parts.at(0);
        t.createdAt = m_store->clock().toEpoch(QDate(2026, 10, 5), QTime(9, 0));
        t.channel = QStringLiteral("phone");
        t.costMinor = parts.at(1).toLongLong();
        t.customer.code = QStringLiteral("C") + parts.at(0);
        return t;
    }

    std::vector<Interaction> tickets(const QString &specs) const
    {
        std::vector<Interaction> rows;
        for (const QString &spec : specs.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            rows.push_back(ticket(spec));
        return rows;
    }

    /// "T1:1 T2:2 … Tn:n": n rows with distinct ids, the row's number as its cost.
    static QString numbered(int n)
    {
        QStringList specs;
        for (int i = 1; i <= n; ++i)
            specs << QStringLiteral("T%1:%1").arg(i);
        return specs.join(QLatin1Char(' '));
    }

    /// numbered(n) with 1000 added to the cost of T1..T<changed>.
    static QString changedNumbered(int n, int changed)
    {
        QStringList specs;
        for (int i = 1; i <= n; ++i)
            specs << QStringLiteral("T%1:%2").arg(i).arg(i <= changed ? i + 1000 : i);
        return specs.join(QLatin1Char(' '));
    }

    /// The UTF-8 a text bound by the store's Qt driver (as every query here binds it) ends up
    /// as in a table, and the text the driver reads back from there (*readBack).
    QByteArray driverStores(const QString &text, QString *readBack = nullptr) const
    {
        QSqlQuery q(m_store->db());
        if (m_store->db().driverName() != QLatin1String("QSQLITE")) {
            q.prepare(QStringLiteral("SELECT CAST(? AS TEXT)"));
            q.addBindValue(text);
            const QString back = q.exec() && q.next() ? q.value(0).toString() : QString();
            if (readBack)
                *readBack = back;
            return back.toUtf8();
        }
        q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS bound (t TEXT)"));
        q.exec(QStringLiteral("DELETE FROM bound"));
        q.prepare(QStringLiteral("INSERT INTO bound VALUES (?)"));
        q.addBindValue(text);
        if (!q.exec() || !q.exec(QStringLiteral("SELECT hex(t), t FROM bound")) || !q.next())
            return QByteArray();
        if (readBack)
            *readBack = q.value(1).toString();
        return QByteArray::fromHex(q.value(0).toByteArray());
    }

    qint64 scalar(const QString &sql) const
    {
        QSqlQuery q(m_store->db());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    /// "id:cost …" of the stored tickets, by id.
    QString stored() const
    {
        QSqlQuery q(m_store->db());
        QStringList rows;
        if (q.exec(QStringLiteral("SELECT external_id, cost_minor FROM interactions")))
            while (q.next())
                rows << q.value(0).toString() + QLatin1Char(':') + q.value(1).toString();
        rows.sort();
        return rows.join(QLatin1Char(' '));
    }

    static QString sorted(const QString &specs)
    {
        QStringList rows = specs.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        rows.sort();
        return rows.join(QLatin1Char(' '));
    }

    bool begin(StoreWriter &writer) const
    {
        return writer.begin({QStringLiteral("tickets.csv"),
                             {},
                             QStringLiteral("support"),
                             {},
                             QStringLiteral("update")});
    }

private slots:
    void initTestCase() { BUSOLA_REQUIRE_TEST_BACKEND(); }

    void init()
    {
        QString error;
        m_store = Store::open(
            test::storeLocation(m_dir.filePath(QStringLiteral("b%1.db").arg(++m_counter))), &error);
        QVERIFY2(m_store, qPrintable(error));
    }

    void batchesGiveWhatRowByRowGives_data()
    {
        QTest::addColumn<QString>("prior");       // an earlier import's rows
        QTest::addColumn<QStringList>("batches"); // this import's writeAll() calls
        QTest::addColumn<int>("inserted");
        QTest::addColumn<int>("updated");
        QTest::addColumn<int>("unchanged");
        QTest::addColumn<int>("history"); // earlier states kept for the removal
        QTest::addColumn<int>("rows");
        QTest::addColumn<qint64>("costSum");
        QTest::addColumn<QString>("stored"); // checked when not empty

        // A is inserted by its first row, updated by its second (no history: this import
        // inserted it), unchanged by its third.
        QTest::addRow("an id repeated inside one batch")
            << QString() << QStringList{QStringLiteral("A:100 B:200 A:150 C:300 A:150")} << 3 << 1
            << 1 << 0 << 3 << qint64(650) << QStringLiteral("A:150 B:200 C:300");
        QTest::addRow("an id repeated in the next batch")
            << QString()
            << QStringList{QStringLiteral("A:100 B:200"), QStringLiteral("B:250 A:100")} << 2 << 1
            << 1 << 0 << 2 << qint64(350) << QStringLiteral("A:100 B:250");
        // X stored by the earlier import: updated twice (two earlier states kept), Y unchanged.
        QTest::addRow("updates mixed with inserts in one batch")
            << QStringLiteral("X:100 Y:500")
            << QStringList{QStringLiteral("N1:10 X:120 N2:20 Y:500 X:130")} << 2 << 2 << 1 << 2 << 4
            << qint64(660) << QStringLiteral("N1:10 N2:20 X:130 Y:500");
        // The second X row equals the stored one, but follows an update of it: updated again.
        QTest::addRow("an update and back inside one batch")
            << QStringLiteral("X:100") << QStringList{QStringLiteral("X:120 X:100")} << 0 << 2 << 0
            << 2 << 1 << qint64(100) << QStringLiteral("X:100");
        // 1 + 2 + … + 501 = 501 · 502 / 2 = 125751: one statement of 500 rows and one of 1.
        QTest::addRow("batch size + 1 rows") << QString() << QStringList{numbered(501)} << 501 << 0
                                             << 0 << 0 << 501 << qint64(125751) << QString();
        // T501 was stored at 7 and becomes 501; T1, inserted by the first statement, is
        // changed by the last row: 125751 − 1 + 1000 = 126750.
        QTest::addRow("batch size + 1 rows over a stored one, first id repeated last")
            << QStringLiteral("T501:7") << QStringList{numbered(501) + QStringLiteral(" T1:1000")}
            << 500 << 2 << 0 << 1 << 501 << qint64(126750) << QString();
        // On SQLite a batch's last 52 rows (500 = 7 · 64 + 52) go in statements of 32, 16 and
        // 4 rows: T450, stored at 7, is in the first of them, new rows follow it. 1 + … + 500.
        QTest::addRow("a stored id in a short batch's first statement")
            << QStringLiteral("T450:7") << QStringList{numbered(500)} << 499 << 1 << 0 << 1 << 500
            << qint64(125250) << QString();
        // 600 stored; the batch changes T1..T550 (+1000 each: one UPDATE of 500 rows and one of
        // 50 on PostgreSQL), leaves T551..T600, adds N1 and N2, and changes T2 once more at the
        // end (after its first update: a second earlier state). 180300 (1 + … + 600) + 550,000
        // + (5000 − 1002) + 30 = 734328.
        QTest::addRow("many changed rows in one batch, one changed twice")
            << numbered(600)
            << QStringList{changedNumbered(600, 550) + QStringLiteral(" N1:10 N2:20 T2:5000")} << 2
            << 551 << 50 << 551 << 602 << qint64(734328) << QString();
        QTest::addRow("the same file again")
            << QStringLiteral("A:1 B:2 C:3") << QStringList{QStringLiteral("A:1 B:2 C:3")} << 0 << 0
            << 3 << 0 << 3 << qint64(6) << QStringLiteral("A:1 B:2 C:3");
    }

    void batchesGiveWhatRowByRowGives()
    {
        QFETCH(QString, prior);
        QFETCH(QStringList, batches);
        if (!prior.isEmpty()) {
            StoreWriter writer(*m_store);
            QVERIFY(begin(writer));
            QCOMPARE(writer.writeAll(tickets(prior)), qsizetype(-1));
            QVERIFY2(writer.commit(), qPrintable(writer.lastError()));
        }
        StoreWriter writer(*m_store);
        QVERIFY(begin(writer));
        for (const QString &batch : std::as_const(batches))
            QCOMPARE(writer.writeAll(tickets(batch)), qsizetype(-1));
        QVERIFY2(writer.commit(), qPrintable(writer.lastError()));
        const qint64 importId = writer.importId();

        QTEST(writer.counts().inserted, "inserted");
        QTEST(writer.counts().updated, "updated");
        QTEST(writer.counts().unchanged, "unchanged");
        QTEST(
            int(scalar(QStringLiteral("SELECT inserted FROM imports WHERE id = %1").arg(importId))),
            "inserted");
        QTEST(int(scalar(QStringLiteral("SELECT COUNT(*) FROM row_history WHERE import_id = %1")
                             .arg(importId))),
              "history");
        QTEST(int(scalar(QStringLiteral("SELECT COUNT(*) FROM interactions"))), "rows");
        QTEST(scalar(QStringLiteral("SELECT SUM(cost_minor) FROM interactions")), "costSum");
        QFETCH(QString, stored);
        if (!stored.isEmpty())
            QCOMPARE(this->stored(), stored);
        // Every ticket's customer is its own (code "C" + id), stored once.
        QTEST(int(scalar(QStringLiteral("SELECT COUNT(*) FROM customers"))), "rows");
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM interactions i JOIN customers c"
                                  " ON c.id = i.customer_id AND c.code = 'C' || i.external_id")),
            scalar(QStringLiteral("SELECT COUNT(*) FROM interactions")));
        // The summaries: one month, so their totals are the table's.
        QTEST(int(scalar(QStringLiteral("SELECT SUM(n_created) FROM sum_support"))), "rows");
        QTEST(scalar(QStringLiteral("SELECT SUM(sum_cost_minor) FROM sum_support")), "costSum");
        // One activity row per customer (all in October 2026): 501 go in two statements.
        QTEST(int(scalar(QStringLiteral("SELECT COUNT(*) FROM customer_activity"
                                        " WHERE source = 'support'"))),
              "rows");

        // Removing the import gives back the earlier one's rows exactly.
        QString error;
        QVERIFY2(StoreWriter::removeImport(*m_store, importId, &error), qPrintable(error));
        QCOMPARE(this->stored(), sorted(prior));
        const qint64 priorSum = scalar(QStringLiteral("SELECT COALESCE(SUM(cost_minor), 0)"
                                                      " FROM interactions"));
        QCOMPARE(scalar(QStringLiteral("SELECT COALESCE(SUM(sum_cost_minor), 0) FROM sum_support")),
                 priorSum);
    }

    void textIsStoredAsUtf8_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("utf8"); // what SQLite must hold
        QTest::newRow("ascii") << QStringLiteral("Ana Pop") << QByteArray("Ana Pop");
        QTest::newRow("diacritics, two bytes")
            << QStringLiteral("Ștefan Țăran, Înșir") << QByteArray("Ștefan Țăran, Înșir");
        QTest::newRow("three bytes") << QStringLiteral("€ 5 – 東京") << QByteArray("€ 5 – 東京");
        QTest::newRow("surrogate pair")
            << QString::fromUtf8("ok \xf0\x9f\x98\x80!") << QByteArray("ok \xf0\x9f\x98\x80!");
        // No valid UTF-8 for it: stored as the store's driver stores any bound text (a null
        // utf8 below), so that a lookup of the same text finds it.
        QTest::newRow("lone surrogate")
            << (QStringLiteral("a") + QChar(0xd800) + QStringLiteral("b")) << QByteArray();
        QTest::newRow("lone low surrogate")
            << (QStringLiteral("a") + QChar(0xdc00) + QStringLiteral("b")) << QByteArray();
        QTest::newRow("high surrogate at the end")
            << (QStringLiteral("ab") + QChar(0xdbff)) << QByteArray();
    }

    void textIsStoredAsUtf8()
    {
        // The batched path binds texts as UTF-8 it converts itself (sqlitestatements.cpp).
        QFETCH(QString, text);
        QFETCH(QByteArray, utf8);
        QString readBack; // the stored text as read through the driver
        if (utf8.isNull()) {
            utf8 = driverStores(text, &readBack);
        } else {
            QCOMPARE(driverStores(text, &readBack), utf8);
            QCOMPARE(readBack, QString::fromUtf8(utf8));
        }
        std::vector<Interaction> rows = tickets(QStringLiteral("A:1 B:2"));
        rows[0].agent = text;
        rows[1].externalId = text;
        rows[1].customer.name = text + text;
        StoreWriter writer(*m_store);
        QVERIFY(begin(writer));
        QCOMPARE(writer.writeAll(rows), qsizetype(-1));
        QVERIFY2(writer.commit(), qPrintable(writer.lastError()));
        QSqlQuery q(m_store->db());
        QVERIFY(q.exec(QStringLiteral("SELECT agent FROM interactions WHERE external_id = 'A'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), readBack);
        // The summary keyed by the agent holds the same text.
        QVERIFY(q.exec(QStringLiteral("SELECT agent FROM sum_support WHERE agent <> ''")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), readBack);
        if (m_store->db().driverName() == QLatin1String("QSQLITE")) {
            QVERIFY(q.exec(QStringLiteral("SELECT hex(agent) FROM interactions WHERE"
                                          " external_id = 'A'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toByteArray(), utf8.toHex().toUpper());
        }
        // Found again by the text itself, bound as every query of the application binds it.
        QSqlQuery byId(m_store->db());
        QVERIFY(byId.prepare(QStringLiteral("SELECT COUNT(*) FROM interactions i JOIN customers c"
                                            " ON c.id = i.customer_id WHERE i.external_id = ?"
                                            " AND c.name = ?")));
        byId.addBindValue(text);
        byId.addBindValue(QString(text + text));
        QVERIFY2(byId.exec() && byId.next(), qPrintable(byId.lastError().text()));
        QCOMPARE(byId.value(0).toInt(), 1);
    }

    void customersOfABatchAreKeyedAsOneByOne()
    {
        // C9 is stored already; "ioana popescu" and "  Ioana  POPESCU" fold to one key, which
        // keeps the first row's name (trimmed, as written); C1 appears twice.
        {
            StoreWriter writer(*m_store);
            QVERIFY(begin(writer));
            Interaction stored = ticket(QStringLiteral("S:1"));
            stored.customer.code = QStringLiteral("C9");
            QCOMPARE(writer.write(stored), WriteOutcome::Inserted);
            QVERIFY(writer.commit());
        }
        std::vector<Interaction> rows = tickets(QStringLiteral("A:1 B:2 C:3 D:4 E:5 F:6"));
        rows[0].customer = {QStringLiteral("C1"), QStringLiteral("Ana")};
        rows[1].customer = {QStringLiteral("C1"), QStringLiteral("Ana Maria")};
        rows[2].customer = {QString(), QStringLiteral(" ioana popescu ")};
        rows[3].customer = {QString(), QStringLiteral("  Ioana  POPESCU")};
        rows[4].customer = {QStringLiteral("C9"), QString()};
        rows[5].customer = {};
        StoreWriter writer(*m_store);
        QVERIFY(begin(writer));
        QCOMPARE(writer.writeAll(rows), qsizetype(-1));
        QVERIFY2(writer.commit(), qPrintable(writer.lastError()));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM customers")), 3);
        QSqlQuery q(m_store->db());
        QVERIFY(q.exec(QStringLiteral("SELECT i.external_id, c.code, c.name FROM interactions i"
                                      " LEFT JOIN customers c ON c.id = i.customer_id"
                                      " ORDER BY i.external_id")));
        QStringList seen;
        while (q.next())
            seen << QStringLiteral("%1 %2 %3")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
        QCOMPARE(seen, (QStringList{QStringLiteral("A C1 Ana"), QStringLiteral("B C1 Ana"),
                                    QStringLiteral("C  ioana popescu"),
                                    QStringLiteral("D  ioana popescu"), QStringLiteral("E C9 "),
                                    QStringLiteral("F  "), QStringLiteral("S C9 ")}));
    }

    void changedRowsKeepWhatRowByRowKeeps()
    {
        // The same two imports into two new stores, the second written row by row into one
        // and in one batch into the other (on PostgreSQL: its changed rows read whole, their
        // earlier states and updates sent 500 at a time): the stored rows, the earlier states
        // kept, the counts and the summaries are equal, byte for byte.
        QString error;
        auto twin = Store::open(
            test::storeLocation(m_dir.filePath(QStringLiteral("twin%1.db").arg(++m_counter))),
            &error);
        QVERIFY2(twin, qPrintable(error));
        const std::vector<Interaction> prior = tickets(numbered(520));
        std::vector<Interaction> changes =
            tickets(changedNumbered(520, 510) + QStringLiteral(" N1:10 T7:77"));
        changes[3].channel = QStringLiteral("chat");
        changes[4].satisfaction = 4.5;
        changes[5].customer.code = QStringLiteral("C6-new");
        QStringList contents[2];
        for (int k = 0; k < 2; ++k) {
            Store &store = k == 0 ? *m_store : *twin;
            {
                StoreWriter writer(store);
                QVERIFY(begin(writer));
                QCOMPARE(writer.writeAll(prior), qsizetype(-1));
                QVERIFY2(writer.commit(), qPrintable(writer.lastError()));
            }
            StoreWriter writer(store);
            QVERIFY(begin(writer));
            if (k == 0) {
                for (const Interaction &row : changes)
                    QVERIFY(writer.write(row) != WriteOutcome::Failed);
            } else {
                QCOMPARE(writer.writeAll(changes), qsizetype(-1));
            }
            QVERIFY2(writer.commit(), qPrintable(writer.lastError()));
            for (const char *sql : {"SELECT * FROM interactions ORDER BY id",
                                    "SELECT import_id, dataset, row_id, action, previous FROM "
                                    "row_history ORDER BY id",
                                    "SELECT inserted, updated, unchanged FROM imports ORDER BY id",
                                    "SELECT * FROM sum_support ORDER BY 1, 2, 3, 4"}) {
                QSqlQuery q(store.db());
                QVERIFY2(q.exec(QLatin1String(sql)), sql);
                while (q.next()) {
                    QStringList fields;
                    for (int i = 0; i < q.record().count(); ++i)
                        fields << (q.isNull(i) ? QStringLiteral("null") : q.value(i).toString());
                    contents[k] << fields.join(QLatin1Char('|'));
                }
            }
        }
        // 1 inserted (N1), 511 updated (T7 twice), 10 unchanged (T511..T520).
        QVERIFY(contents[0].contains(QStringLiteral("520|0|0")));
        QVERIFY(contents[0].contains(QStringLiteral("1|511|10")));
        QCOMPARE(contents[1], contents[0]);
    }

    void anUncommittedBatchLeavesNothing()
    {
        {
            StoreWriter writer(*m_store);
            QVERIFY(begin(writer));
            QCOMPARE(writer.writeAll(tickets(numbered(501))), qsizetype(-1));
            QCOMPARE(writer.counts().inserted, 501);
        }
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM interactions")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM customers")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM imports")), 0);
    }
};

QTEST_GUILESS_MAIN(TestStoreWriterBatch)
#include "tst_storewriterbatch.moc"
