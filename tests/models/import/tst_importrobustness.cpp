#include "import/profiles.h"
#include "importfixture.h"

#include <QFile>

#include <atomic>
#include <thread>

using namespace busola;

/// Broken input, previews, cancellation from another thread, and profiles.
class TestImportRobustness : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ImportFixture> f;
    int m_counter = 0;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = f->dir.filePath(name);
        QFile out(path);
        if (out.open(QIODevice::WriteOnly))
            out.write(content);
        return path;
    }

    QString storeState() const
    {
        return f->dump("interactions"_q) + f->dump("deals"_q) + f->dump("imports"_q) +
               f->dump("customers"_q) + f->dump("import_profiles"_q);
    }

private slots:
    void initTestCase() { BUSOLA_REQUIRE_TEST_BACKEND(); }

    void init()
    {
        f = std::make_unique<ImportFixture>();
        QVERIFY(f->openStore(QStringLiteral("r%1.db").arg(++m_counter)));
        QVERIFY(f->importFile("zendesk-tickets.csv"_q).ok); // something to keep intact
    }

    void brokenInputLeavesTheStoreAsItWas_data()
    {
        QTest::addColumn<QString>("fixture");    // a file in tests/data/import, or
        QTest::addColumn<QByteArray>("content"); // content written here
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("message");
        QTest::addRow("empty file") << "empty.csv"_q << QByteArray() << QString() << "empty"_q;
        QTest::addRow("binary garbage")
            << "garbage.csv"_q << QByteArray() << QString() << "binary"_q;
        QTest::addRow("wrong encoding chosen")
            << "tichete-ro-1250.csv"_q << QByteArray() << "UTF-8"_q
            << "encoding"_q;
        QTest::addRow("UTF-16 chosen for 8-bit")
            << "tichete-ro-1250.csv"_q << QByteArray() << "UTF-16"_q
            << "encoding"_q;
        QTest::addRow("no mappable column")
            << "no-mappable.csv"_q << QByteArray() << QString() << "matched"_q;
        QTest::addRow("header only")
            << "header-only.csv"_q << QByteArray() << QString() << "no data rows"_q;
        QTest::addRow("a million fields")
            << QString() << QByteArray("Ticket ID,Created at\n") + QByteArray(1000000, ',') + "\n"
            << QString() << "fields"_q;
        QTest::addRow("quote never closed")
            << QString() << QByteArray("Ticket ID,Created at\nX1,\"2026-10-01\nX2,2026-10-02\n")
            << QString() << "never closed"_q;
        QTest::addRow("every row rejected")
            << QString() << QByteArray("Ticket ID,Created at\nX1,yesterday\nX2,soon\n") << QString()
            << "no row could be imported"_q;
    }

    void brokenInputLeavesTheStoreAsItWas()
    {
        QFETCH(QString, fixture);
        QFETCH(QByteArray, content);
        QFETCH(QString, encoding);
        QFETCH(QString, message);
        const QString before = storeState();
        ImportSettings s;
        s.file = fixture.isEmpty() ? write("broken.csv"_q, content) : importFixture(fixture);
        s.encoding = encoding;
        const ImportResult r = f->import(s);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(s.file), qPrintable(r.error));
        QVERIFY2(r.error.contains(message), qPrintable(r.error));
        QCOMPARE(storeState(), before);
    }

    void previewShowsParsedValuesAndProblems()
    {
        ImportSettings s;
        s.file = importFixture("implausible-tickets.csv"_q);
        ImportEngine engine(*f->store);
        const Preview p = engine.preview(s, 3);
        QVERIFY2(p.inspection.ok, qPrintable(p.inspection.error));
        QCOMPARE(p.rows.size(), 3);
        QCOMPARE(p.rows.at(0).row, 2);
        QCOMPARE(p.rows.at(0).cells.at(1), "2026-10-01 10:00:00"_q); // Created at, parsed
        QCOMPARE(p.rows.at(0).cells.at(4), "phone"_q);               // Channel, mapped
        QCOMPARE(p.rows.at(0).cells.at(6), "1.00"_q);                // Cost
        QCOMPARE(p.rows.at(0).problems.size(), 1);
        QCOMPARE(p.rows.at(0).problems.first().column, "First response at"_q);
        QCOMPARE(p.rows.at(1).problems.first().column, "Cost"_q);
        QCOMPARE(p.rows.at(2).cells.at(1), QString()); // 31.02.2026 is no date
        QCOMPARE(p.rows.at(2).problems.first().column, "Created at"_q);
        QCOMPARE(f->scalar("SELECT COUNT(*) FROM imports"_q), 1); // a preview writes nothing
    }

    void cancelFromAnotherThreadRollsBack()
    {
        QByteArray csv("Ticket ID,Created at,Channel\n");
        for (int i = 0; i < 60000; ++i)
            csv += "C" + QByteArray::number(i) + ",2026-10-01 10:00,Chat\n";
        const QString path = write("many.csv"_q, csv);
        const QString before = storeState();
        const QString location = f->store->location();
        std::atomic<bool> cancel{false};
        std::atomic<int> progressCalls{0};
        ImportResult result;
        // The worker opens its own store: a connection belongs to the thread that opened it.
        std::thread worker([&] {
            QString error;
            std::unique_ptr<Store> store = Store::open(location, &error);
            ImportEngine engine(*store);
            ImportControl control;
            control.cancel = &cancel;
            control.progress = [&](double, int) {
                ++progressCalls;
                while (!cancel.load())
                    std::this_thread::yield(); // wait for the other thread's cancel
            };
            ImportSettings s;
            s.file = path;
            result = engine.run(s, control);
        });
        while (progressCalls.load() == 0)
            std::this_thread::yield();
        cancel = true;
        worker.join();
        QVERIFY(result.cancelled);
        QVERIFY(!result.ok);
        QCOMPARE(storeState(), before);
    }

    void profileSavedAndReappliedForTheSameHeader()
    {
        ImportSettings s;
        s.file = importFixture("tichete-ro-utf8bom.csv"_q);
        ImportEngine engine(*f->store);
        Inspection first = engine.inspect(s);
        QVERIFY(first.ok);
        QVERIFY(first.profileApplied.isEmpty());
        // The user decides the team column is not to be imported, and saves that as a profile.
        ImportSettings edited = first.settings;
        edited.columns[6] = ColumnTarget{};
        edited.profile = "tichete lunare"_q;
        const ImportResult r = f->import(edited);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(profileNames(*f->store), QStringList{"tichete lunare"_q});
        QCOMPARE(
            f->scalar(
                "SELECT COUNT(*) FROM interactions WHERE team IS NOT NULL AND external_id LIKE 'T-%'"_q),
            0);

        // Next month, a file with the same header in another order and encoding.
        const Inspection again = engine.inspect([] {
            ImportSettings n;
            n.file = importFixture("tichete-ro-1250.csv"_q);
            return n;
        }());
        QVERIFY(again.ok);
        QCOMPARE(again.profileApplied, "tichete lunare"_q);
        QCOMPARE(int(again.settings.columns.at(6).field), int(Field::None));
        QCOMPARE(int(again.settings.columns.at(5).field), int(Field::Agent));
    }

    void aProfileIsNotSavedByAFailedImport()
    {
        ImportSettings s;
        s.file = importFixture("salesforce-opportunities.csv"_q); // needs a rate: nothing imports
        s.profile = "salesforce"_q;
        QVERIFY(!f->import(s).ok);
        QVERIFY(profileNames(*f->store).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImportRobustness)
#include "tst_importrobustness.moc"
