#include "importfixture.h"
#include "store/storewriter.h"
#include "summaryrows.h"

#include <QDateTime>
#include <QFile>

using namespace busola;

namespace {

/// Bucharest wall-clock time as UTC seconds, computed without the code under test:
/// November to March is UTC+2, the rest UTC+3 (for the dates these tests use).
qint64 bucharest(int y, int mo, int d, int h, int mi)
{
    const int offsetHours = (mo >= 4 && mo <= 10) ? 3 : 2;
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC).toSecsSinceEpoch() -
           offsetHours * 3600;
}

} // namespace

/// The import engine on small fixtures: values, modes, idempotence, removal, the orders case,
/// currencies. Every expected number is written out by hand from the fixture's text.
class TestImportEngine : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ImportFixture> f;
    int m_counter = 0;

    QString interaction(const QString &id, const QString &column) const
    {
        return f
            ->value(QStringLiteral("SELECT %1 FROM interactions WHERE external_id = '%2'")
                        .arg(column, id))
            .toString();
    }
    QString deal(const QString &id, const QString &column) const
    {
        return f
            ->value(QStringLiteral("SELECT %1 FROM deals WHERE external_id = '%2'").arg(column, id))
            .toString();
    }

private slots:
    void initTestCase() { BUSOLA_REQUIRE_TEST_BACKEND(); }

    void init()
    {
        f = std::make_unique<ImportFixture>();
        QVERIFY(f->openStore(QStringLiteral("s%1.db").arg(++m_counter)));
    }

    void romanianSupportExport_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addRow("windows-1250") << "tichete-ro-1250.csv"_q;
        QTest::addRow("ISO-8859-2") << "tichete-ro-iso88592.csv"_q;
        QTest::addRow("ISO-8859-16") << "tichete-ro-iso885916.csv"_q;
        QTest::addRow("UTF-16LE") << "tichete-ro-utf16le.csv"_q;
        QTest::addRow("UTF-8 with BOM") << "tichete-ro-utf8bom.csv"_q;
    }

    void romanianSupportExport()
    {
        QFETCH(QString, file);
        const ImportResult r = f->importFile(file);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.counts.inserted, 3);
        QCOMPARE(r.counts.rejected, 0);
        QCOMPARE(interaction("T-1"_q, "created_at"_q).toLongLong(), bucharest(2026, 11, 2, 9, 15));
        QCOMPARE(interaction("T-1"_q, "response_seconds"_q), "1800"_q); // 09:15 → 09:45
        QCOMPARE(interaction("T-1"_q, "resolved_at"_q).toLongLong(), bucharest(2026, 11, 2, 11, 0));
        QCOMPARE(interaction("T-1"_q, "channel"_q), "phone"_q);
        QCOMPARE(interaction("T-2"_q, "channel"_q), "email"_q);
        QCOMPARE(interaction("T-3"_q, "channel"_q), "chat"_q);
        QCOMPARE(interaction("T-1"_q, "cost_minor"_q), "1250"_q); // 12,50
        QCOMPARE(interaction("T-2"_q, "cost_minor"_q), "725"_q);  // 7,25
        QCOMPARE(interaction("T-2"_q, "is_complaint"_q), "1"_q);
        QCOMPARE(interaction("T-1"_q, "is_complaint"_q), "0"_q);
        QCOMPARE(interaction("T-2"_q, "contacts"_q), "2"_q);
        QCOMPARE(interaction("T-2"_q, "satisfaction"_q), "4"_q);
        QCOMPARE(interaction("T-3"_q, "team"_q), "Vânzări"_q);
        // Empty cells are missing values, never zeros.
        QVERIFY(
            f->value("SELECT satisfaction FROM interactions WHERE external_id = 'T-3'"_q).isNull());
        QVERIFY(f->value("SELECT contacts FROM interactions WHERE external_id = 'T-3'"_q).isNull());
        QVERIFY(
            f->value("SELECT resolved_at FROM interactions WHERE external_id = 'T-3'"_q).isNull());
        QCOMPARE(f->scalar("SELECT COUNT(*) FROM customers"_q), 2);
        QCOMPARE(f->value("SELECT name FROM customers WHERE code = 'RO111'"_q).toString(),
                 "Șerban Țurcanu SRL"_q);
        QCOMPARE(f->value("SELECT file_name FROM imports"_q).toString(), file);
        QCOMPARE(f->value("SELECT length(file_sha256) FROM imports"_q).toInt(), 64);
    }

    // The writer keeps each customer's id by the number the reading thread gave it: the same
    // code is one customer whatever the name, the same name without a code another one, and a
    // name equal to a code is not that code's customer.
    void customersAreLinkedByCodeElseByName()
    {
        const QString path = f->dir.filePath("customers.csv"_q);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Id,Created at,Via,Requester,Requester id\n"
                   "1,2026-10-01 09:00:00,Phone,Ana SRL,C1\n"
                   "2,2026-10-01 10:00:00,Phone,Ana S.R.L.,C1\n"
                   "3,2026-10-01 11:00:00,Phone,Ion Pop,\n"
                   "4,2026-10-01 12:00:00,Phone,,\n"
                   "5,2026-10-01 13:00:00,Phone,C1,\n"
                   "6,2026-10-01 14:00:00,Phone,Maria,\n"
                   "7,2026-10-01 15:00:00,Phone,Ion Pop,\n"
                   "8,2026-10-01 16:00:00,Phone,Elena,\"  \"\n"
                   "9,2026-10-01 17:00:00,Phone,Maria,\"  \"\n");
        file.close();
        ImportSettings s;
        s.file = path;
        const ImportResult r = f->import(s);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.counts.inserted, 9);
        QCOMPARE(f->scalar("SELECT COUNT(*) FROM customers"_q), 5);
        QCOMPARE(f->joined("SELECT COALESCE(c.code, '') || '/' || c.name FROM interactions i"
                           " LEFT JOIN customers c ON c.id = i.customer_id"
                           " ORDER BY i.external_id"_q),
                 "C1/Ana SRL,C1/Ana SRL,/Ion Pop,,/C1,/Maria,/Ion Pop,/Elena,/Maria"_q);
    }

    void summariesWrittenInPartsEqualARebuild_data()
    {
        QTest::addColumn<bool>("inTimeOrder");
        QTest::addRow("rows in time order (parts written while reading)") << true;
        QTest::addRow("rows out of time order (all at commit)") << false;
    }

    // The summaries of every so many new interactions are split off and written while rows
    // still come when the rows are in time order (importrun.cpp,
    // handOverSummaries), else at commit: either way the summaries are what a rebuild makes.
    void summariesWrittenInPartsEqualARebuild()
    {
        QFETCH(bool, inTimeOrder);
        constexpr int Rows = 12000; // six batches of the reading thread
        QStringList lines;
        for (int i = 0; i < Rows; ++i) {
            const QDateTime created = QDateTime(QDate(2026, 1, 1), QTime(8, 0)).addSecs(i * 1200);
            const int n = (i * 7919) % 997;
            lines << QStringLiteral("%1,%2,%3,%4,%5,C%6,Client %6,%7,%8,%9")
                         .arg(i + 1)
                         .arg(created.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                         .arg(n % 3 ? QStringLiteral("Phone") : QStringLiteral("Chat"))
                         .arg(n % 5 ? QStringLiteral("Ana") : QStringLiteral("Ștefan"))
                         .arg(n % 2 ? QStringLiteral("Nord") : QStringLiteral("Sud"))
                         .arg(n % 700)
                         .arg(n % 4 ? created.addSecs(3600 * (n % 90))
                                          .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                    : QString())
                         .arg(n % 3 ? QString::number(1 + n % 5) : QString())
                         .arg(n % 2 ? QStringLiteral("%1.50").arg(n % 40) : QString());
        }
        if (!inTimeOrder) // a fixed shuffle
            for (int i = Rows - 1; i > 0; --i)
                lines.swapItemsAt(i, (i * 48271) % (i + 1));
        const QString path = f->dir.filePath("parts.csv"_q);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Ticket ID,Created at,Channel,Agent,Team,Customer ID,Customer name,"
                   "Resolved at,Rating,Cost\n");
        file.write(lines.join(QLatin1Char('\n')).toUtf8());
        file.close();
        ImportSettings s;
        s.file = path;
        s.dataset = Dataset::Support;
        ImportControl control;
        control.summaryPartRows = 500;
        ImportEngine engine(*f->store);
        const ImportResult r = engine.run(s, control);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.counts.inserted, Rows);
        const QStringList stored = test::summaryRows(f->store->db());
        QVERIFY(stored.size() > 1000);
        QCOMPARE(stored, test::rebuiltSummaryRows(f->store->db(), f->store->clock()));
    }

    void zendeskValuesAndDefaults()
    {
        const ImportResult r = f->importFile("zendesk-tickets.csv"_q);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.counts.inserted, 3);
        QCOMPARE(interaction("101"_q, "response_seconds"_q), "2700"_q); // 45 minutes
        QCOMPARE(interaction("103"_q, "response_seconds"_q), "90"_q);   // 1.5 minutes
        QCOMPARE(interaction("101"_q, "channel"_q), "phone"_q);
        QCOMPARE(interaction("102"_q, "channel"_q), "email"_q);
        QCOMPARE(interaction("103"_q, "channel"_q), "Web Widget"_q); // kept as its own channel
        QCOMPARE(interaction("101"_q, "satisfaction"_q), "5"_q);     // Good
        QCOMPARE(interaction("103"_q, "satisfaction"_q), "1"_q);     // Bad
        QVERIFY(
            f->value("SELECT satisfaction FROM interactions WHERE external_id = '102'"_q).isNull());
        QCOMPARE(interaction("101"_q, "status"_q), "closed"_q);
        QCOMPARE(interaction("102"_q, "status"_q), "open"_q);
        QCOMPARE(interaction("103"_q, "subject"_q), "Login \"bug\""_q);
        QCOMPARE(interaction("103"_q, "created_at"_q).toLongLong(), bucharest(2026, 10, 3, 8, 15));
    }

    void freshdeskDurations()
    {
        const ImportResult r = f->importFile("freshdesk-tickets.csv"_q);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(interaction("F-1"_q, "response_seconds"_q), "5400"_q); // 01:30:00
        QCOMPARE(interaction("F-2"_q, "response_seconds"_q), "330"_q);  // 00:05:30
        QCOMPARE(interaction("F-2"_q, "contacts"_q), "3"_q);
        QCOMPARE(interaction("F-1"_q, "channel"_q), "email"_q);
    }

    void sameFileTwiceChangesNothing()
    {
        QVERIFY(f->importFile("zendesk-tickets.csv"_q).ok);
        const QString before = f->dump("interactions"_q) + f->dump("customers"_q);
        const ImportResult again = f->importFile("zendesk-tickets.csv"_q);
        QVERIFY(again.ok);
        QCOMPARE(again.counts.inserted, 0);
        QCOMPARE(again.counts.updated, 0);
        QCOMPARE(again.counts.unchanged, 3);
        QCOMPARE(f->dump("interactions"_q) + f->dump("customers"_q), before);
    }

    void correctedFileUpdatesAndRemovalRestores()
    {
        QVERIFY(f->importFile("zendesk-tickets.csv"_q).ok);
        QFile original(importFixture("zendesk-tickets.csv"_q));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray text = original.readAll();
        text.replace("Phone,Ion Pop,R-1,Good", "Chat,Ion Pop,R-1,Good");
        const QString corrected = f->dir.filePath("zendesk-corrected.csv"_q);
        QFile out(corrected);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text);
        out.close();
        ImportSettings s;
        s.file = corrected;
        const ImportResult r = f->import(s);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.counts.updated, 1);
        QCOMPARE(r.counts.unchanged, 2);
        QCOMPARE(interaction("101"_q, "channel"_q), "chat"_q);
        QString error;
        QVERIFY2(StoreWriter::removeImport(*f->store, r.importId, &error), qPrintable(error));
        QCOMPARE(interaction("101"_q, "channel"_q), "phone"_q);
        QCOMPARE(f->scalar("SELECT COUNT(*) FROM interactions"_q), 3);
    }

    void replaceAPeriod()
    {
        QVERIFY(f->importFile("tichete-ro-utf8bom.csv"_q).ok);
        const QString path = f->dir.filePath("fix.csv"_q);
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("Nr. tichet;Data creării;Canal\nT-9;02.11.2026 12:00;Chat\nT-10;05.11.2026 "
                  "12:00;Chat\n");
        out.close();
        ImportSettings s;
        s.file = path;
        s.mode = ImportMode::Replace;
        s.periodFrom = QDate(2026, 11, 2);
        s.periodTo = QDate(2026, 11, 2);
        const ImportResult r = f->import(s);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.counts.deleted, 2);  // T-1 and T-2 were created on 2 November
        QCOMPARE(r.counts.inserted, 1); // T-9
        QCOMPARE(r.counts.rejected, 1); // T-10 is outside the period
        QCOMPARE(f->joined("SELECT external_id FROM interactions ORDER BY external_id"_q),
                 "T-3,T-9"_q);
        QString error;
        QVERIFY2(StoreWriter::removeImport(*f->store, r.importId, &error), qPrintable(error));
        QCOMPARE(f->joined("SELECT external_id FROM interactions ORDER BY external_id"_q),
                 "T-1,T-2,T-3"_q);
    }

    void orderLinesNeedAChoice()
    {
        const ImportResult r = f->importFile("comenzi-ro-1250.csv"_q);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains("--lines"_q), qPrintable(r.error));
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.first().row, 3);
        QCOMPARE(r.problems.first().value, "C-100"_q);
        QCOMPARE(f->scalar("SELECT COUNT(*) FROM deals"_q), 0);
        QCOMPARE(f->scalar("SELECT COUNT(*) FROM imports"_q), 0);
    }

    void orderLinesSummed()
    {
        ImportSettings s;
        s.file = importFixture("comenzi-ro-1250.csv"_q);
        s.lines = LinesPolicy::Sum;
        const ImportResult r = f->import(s);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.counts.inserted, 3);
        QCOMPARE(deal("C-100"_q, "amount_minor"_q), "150000"_q); // 1.234,50 + 265,50
        QCOMPARE(deal("C-101"_q, "amount_minor"_q), "9990"_q);
        QCOMPARE(deal("C-100"_q, "status"_q), "won"_q);
        QCOMPARE(deal("C-100"_q, "is_order"_q), "1"_q);
        QCOMPARE(deal("C-100"_q, "created_at"_q).toLongLong(), bucharest(2026, 11, 3, 0, 0));
        QCOMPARE(deal("C-100"_q, "closed_at"_q), deal("C-100"_q, "created_at"_q));
        QCOMPARE(deal("C-102"_q, "region"_q), "Bihor"_q);
        QCOMPARE(f->value("SELECT name FROM customers WHERE code = 'RO333'"_q).toString(),
                 "Ștefan Țepeș"_q);
        // Summed again: nothing changes.
        const ImportResult again = f->import(s);
        QCOMPARE(again.counts.unchanged, 3);
    }

    void orderLinesKeyedByLine()
    {
        ImportSettings s;
        s.file = importFixture("comenzi-ro-1250.csv"_q);
        s.lines = LinesPolicy::KeyByColumn;
        s.lineKeyColumn = "nr linie"_q;
        const ImportResult r = f->import(s);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.counts.inserted, 4);
        QCOMPARE(deal("2"_q, "amount_minor"_q), "26550"_q);
        QCOMPARE(f->scalar("SELECT SUM(amount_minor) FROM deals"_q), 123450 + 26550 + 9990 + 1000);
    }

    void dealStagesAndAmounts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("status");
        QTest::addColumn<qint64>("amount");
        QTest::addRow("HubSpot closedwon, 12,500.00") << "hubspot-deals.csv"_q
                                                      << "9001"_q
                                                      << "won"_q << qint64(1250000);
        QTest::addRow("HubSpot closedlost") << "hubspot-deals.csv"_q
                                            << "9002"_q
                                            << "lost"_q << qint64(300000);
        QTest::addRow("HubSpot other stage is open") << "hubspot-deals.csv"_q
                                                     << "9003"_q
                                                     << "open"_q << qint64(80050);
        QTest::addRow("Pipedrive Câștigat, 1.234,50") << "pipedrive-deals-ro.csv"_q
                                                      << "P-1"_q
                                                      << "won"_q << qint64(123450);
        QTest::addRow("Pipedrive Pierdut") << "pipedrive-deals-ro.csv"_q
                                           << "P-2"_q
                                           << "lost"_q << qint64(99999);
    }

    void dealStagesAndAmounts()
    {
        QFETCH(QString, file);
        QFETCH(QString, id);
        QFETCH(QString, status);
        QFETCH(qint64, amount);
        const ImportResult r = f->importFile(file);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(deal(id, "status"_q), status);
        QCOMPARE(deal(id, "amount_minor"_q).toLongLong(), amount);
        QCOMPARE(deal(id, "is_order"_q), "0"_q);
    }

    void anotherCurrencyNeedsARate()
    {
        ImportSettings s;
        s.file = importFixture("salesforce-opportunities.csv"_q);
        const ImportResult without = f->import(s);
        QVERIFY(!without.ok);
        QVERIFY2(without.problems.first().reason.contains("rate"_q),
                 qPrintable(without.problems.first().reason));
        s.rate = 4.5;
        const ImportResult r = f->import(s);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(deal("006A"_q, "amount_minor"_q), "555555150"_q); // 1,234,567.00 × 4.5
        QCOMPARE(deal("006A"_q, "original_amount"_q), "1234567.00"_q);
        QCOMPARE(deal("006A"_q, "original_currency"_q), "USD"_q);
        QCOMPARE(deal("006A"_q, "status"_q), "won"_q);
        QCOMPARE(deal("006B"_q, "status"_q), "open"_q);
        // 10/15/2026 settles month-first for the whole file.
        QCOMPARE(deal("006A"_q, "closed_at"_q).toLongLong(), bucharest(2026, 10, 15, 0, 0));
        QCOMPARE(deal("006B"_q, "created_at"_q).toLongLong(), bucharest(2026, 10, 2, 0, 0));
    }

    void feedbackScaleMappedToFive()
    {
        const ImportResult r = f->importFile("feedback.csv"_q);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(f->joined("SELECT score FROM feedback ORDER BY responded_at"_q),
                 "5,1,3"_q); // 10 → 5, 0 → 1, 5 → 3 on a 0–10 scale
    }

    void monthlyCosts()
    {
        const ImportResult r = f->importFile("costs-ro.csv"_q);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(
            f->value(
                 "SELECT amount_minor FROM support_costs WHERE month = 202610 AND channel = 'phone'"_q)
                .toLongLong(),
            1234567);
        QCOMPARE(
            f->value(
                 "SELECT amount_minor FROM support_costs WHERE month = 202610 AND channel = 'email'"_q)
                .toLongLong(),
            100000);
        QCOMPARE(
            f->value("SELECT amount_minor FROM support_costs WHERE month = 202611"_q).toLongLong(),
            50050);
    }

    void implausibleRowsAreRejectedAndListed()
    {
        ImportSettings s;
        s.file = importFixture("implausible-tickets.csv"_q);
        s.rejectsFile = f->dir.filePath("rejects.csv"_q);
        const ImportResult r = f->import(s);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.counts.inserted, 2); // A4, A6
        QCOMPARE(r.counts.rejected, 4);
        QCOMPARE(r.problems.size(), 4);
        const Problem &first = r.problems.at(0);
        QCOMPARE(first.row, 2);
        QCOMPARE(first.column, "First response at"_q);
        QCOMPARE(first.value, "2026-10-01 09:00"_q);
        QVERIFY(first.reason.contains("before"_q));
        QCOMPARE(r.problems.at(1).column, "Cost"_q);
        QCOMPARE(r.problems.at(2).column, "Created at"_q);
        QCOMPARE(r.problems.at(2).value, "31.02.2026 10:00"_q);
        QCOMPARE(r.problems.at(3).row, 6);
        QCOMPARE(r.problems.at(3).value, "two"_q);
        QFile rejects(s.rejectsFile);
        QVERIFY(rejects.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(rejects.readAll()).split("\r\n"_q, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines.at(1).startsWith("A1,"_q));
        QVERIFY(lines.at(1).contains(",2,"_q)); // the row number
        QVERIFY(lines.at(4).startsWith("A5,"_q));
    }

    void dryRunWritesNothing()
    {
        ImportSettings s;
        s.file = importFixture("zendesk-tickets.csv"_q);
        s.dryRun = true;
        const ImportResult r = f->import(s);
        QVERIFY(r.ok);
        QCOMPARE(r.counts.inserted, 3);
        QCOMPARE(f->scalar("SELECT COUNT(*) FROM interactions"_q), 0);
        QCOMPARE(f->scalar("SELECT COUNT(*) FROM imports"_q), 0);
    }

    void noIdColumnKeysRowsByContent()
    {
        const QString path = f->dir.filePath("noid.csv"_q);
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("Data;Client;Total\n01.10.2026;Ana Pop;10,00\n02.10.2026;Ion Rusu;20,00\n");
        out.close();
        ImportSettings s;
        s.file = path;
        const ImportResult first = f->import(s);
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(first.counts.inserted, 2);
        QVERIFY(deal("k:"_q, "1"_q) != "1"_q); // keys are content hashes, not the text "k:"
        QCOMPARE(f->scalar("SELECT COUNT(*) FROM deals WHERE external_id LIKE 'k:%'"_q), 2);
        const ImportResult again = f->import(s);
        QCOMPARE(again.counts.unchanged, 2);
        QCOMPARE(again.counts.inserted, 0);
    }

    void headerBelowTitleRows()
    {
        const ImportResult r = f->importFile("title-rows.csv"_q);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.inspection.settings.headerRow, 3);
        QCOMPARE(r.counts.inserted, 2);
    }
};

QTEST_GUILESS_MAIN(TestImportEngine)
#include "tst_importengine.moc"
