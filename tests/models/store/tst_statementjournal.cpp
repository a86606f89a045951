#include "store/store.h"
#include "store/storewriter.h"
#include "store/summarydelta.h"
#include "summaryrows.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace busola;

namespace {

/// SQLite's default VFS, with the bytes written to statement journals counted. A statement
/// journal file stays open for the rest of its transaction once a statement needed one, so
/// opening files says little: each statement writes its pages to it.
sqlite3_vfs *g_base = nullptr;
sqlite3_vfs g_counting;
qint64 g_statementJournalBytes = 0;

/// A statement journal: the default VFS's file, placed right after this header.
struct JournalFile
{
    sqlite3_file header;
    sqlite3_file *real() { return reinterpret_cast<sqlite3_file *>(this + 1); }
};

sqlite3_file *realOf(sqlite3_file *file)
{
    return reinterpret_cast<JournalFile *>(file)->real();
}

const sqlite3_io_methods journalMethods = {
    1,
    [](sqlite3_file *f) { return realOf(f)->pMethods->xClose(realOf(f)); },
    [](sqlite3_file *f, void *out, int amount, sqlite3_int64 offset) {
        return realOf(f)->pMethods->xRead(realOf(f), out, amount, offset);
    },
    [](sqlite3_file *f, const void *data, int amount, sqlite3_int64 offset) {
        g_statementJournalBytes += amount;
        return realOf(f)->pMethods->xWrite(realOf(f), data, amount, offset);
    },
    [](sqlite3_file *f, sqlite3_int64 size) {
        return realOf(f)->pMethods->xTruncate(realOf(f), size);
    },
    [](sqlite3_file *f, int flags) { return realOf(f)->pMethods->xSync(realOf(f), flags); },
    [](sqlite3_file *f, sqlite3_int64 *size) {
        return realOf(f)->pMethods->xFileSize(realOf(f), size);
    },
    [](sqlite3_file *f, int lock) { return realOf(f)->pMethods->xLock(realOf(f), lock); },
    [](sqlite3_file *f, int lock) { return realOf(f)->pMethods->xUnlock(realOf(f), lock); },
    [](sqlite3_file *f, int *out) {
        return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out);
    },
    [](sqlite3_file *f, int op, void *arg) {
        return realOf(f)->pMethods->xFileControl(realOf(f), op, arg);
    },
    [](sqlite3_file *f) { return realOf(f)->pMethods->xSectorSize(realOf(f)); },
    [](sqlite3_file *f) { return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f)); },
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr};

int countingOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    if (!(flags & SQLITE_OPEN_SUBJOURNAL)) // the file itself, in the room the VFS asked for
        return g_base->xOpen(g_base, name, file, flags, outFlags);
    JournalFile *journal = reinterpret_cast<JournalFile *>(file);
    const int rc = g_base->xOpen(g_base, name, journal->real(), flags, outFlags);
    journal->header.pMethods = journal->real()->pMethods ? &journalMethods : nullptr;
    return rc;
}

/// Makes the counting VFS the default one (Qt's driver opens stores with the default).
bool installCountingVfs()
{
    g_base = sqlite3_vfs_find(nullptr);
    if (!g_base)
        return false;
    g_counting = *g_base;
    g_counting.zName = "busola-counting";
    g_counting.szOsFile = int(sizeof(JournalFile)) + g_base->szOsFile;
    g_counting.xOpen = countingOpen;
    return sqlite3_vfs_register(&g_counting, 1) == SQLITE_OK;
}

} // namespace

/// A big import writes few statement journals (SQLite's copies of the pages a statement
/// changes, kept to undo that statement alone; past 64 KiB temporary files): a 300,000-row
/// import wrote some 900 MB of them, fourteen times the store. The interactions' multi-row
/// INSERT needs none, nor do the summaries' rows after the last ones stored (an import in time
/// order); summary rows added to stored ones still do. Here every statement journal is a
/// file from its first byte (SQLITE_CONFIG_STMTJRNL_SPILL 0), so that the VFS counts every
/// byte written to one.
class TestStatementJournal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Store> openStore()
    {
        QString error;
        auto store = Store::open(m_dir.filePath(QStringLiteral("j%1.db").arg(++m_counter)), &error);
        if (!store)
            qWarning("%s", qPrintable(error));
        return store;
    }

    /// rows interactions with ids prefix1…, over the 60 days from 2026-09-01 and, per day,
    /// dims combinations of channel, team and agent (every day's summary rows then fill pages
    /// of their own).
    static std::vector<Interaction> tickets(const Store &store, const QString &prefix, int rows,
                                            int dims)
    {
        static const QString channels[] = {QStringLiteral("phone"), QStringLiteral("chat"),
                                           QStringLiteral("email"), QStringLiteral("social")};
        std::vector<Interaction> out;
        for (int i = 0; i < rows; ++i) {
            const int day = i % 60, combination = (i / 60) % dims;
            Interaction t;
            t.externalId = prefix + QString::number(i + 1);
            t.createdAt = store.clock().toEpoch(QDate(2026, 9, 1).addDays(day), QTime(9, 0));
            t.channel = channels[combination % 4];
            t.team = QStringLiteral("Echipa %1").arg(combination / 4 % 5);
            t.agent = QStringLiteral("Agent %1").arg(combination);
            t.resolvedAt = t.createdAt + 86400 * (i % 5) + 3600; // days after: more summary rows
            t.costMinor = 100 + i;
            t.customer.code = QStringLiteral("C%1").arg(i % 500);
            out.push_back(t);
        }
        return out;
    }

    static bool begin(StoreWriter &writer, const QString &file)
    {
        return writer.begin(
            {file, {}, QStringLiteral("support"), {}, QStringLiteral("update"), false});
    }

    /// Writes rows in one batch; inPieces: with their summaries gathered here and written in
    /// four pieces before the commit, as the import engine does (importrun.cpp), else by the
    /// commit. Sets the statement journal bytes of the rows (and pieces) and of the commit.
    static void import(Store &store, const std::vector<Interaction> &rows, bool inPieces,
                       qint64 *byRows, qint64 *byCommit)
    {
        StoreWriter writer(store);
        QVERIFY(begin(writer, QStringLiteral("tickets.csv")));
        writer.setSummariesByCaller(inPieces);
        g_statementJournalBytes = 0;
        QCOMPARE(writer.writeAll(rows), qsizetype(-1));
        if (inPieces) {
            SummaryDelta gathered;
            for (const StoreWriter::InsertedRow &row : writer.takeInserted())
                gathered.addNewInteraction(rows[size_t(row.index)],
                                           row.customer ? std::optional<qint64>(row.customer)
                                                        : std::nullopt,
                                           store.clock());
            for (SummaryDelta &piece : gathered.split(4))
                QVERIFY2(writer.addSummariesNow(piece), qPrintable(writer.lastError()));
            writer.addSummaries(std::move(gathered));
        }
        *byRows = g_statementJournalBytes;
        g_statementJournalBytes = 0;
        QVERIFY2(writer.commit(), qPrintable(writer.lastError()));
        *byCommit = g_statementJournalBytes;
        QCOMPARE(writer.counts().inserted, int(rows.size()));
        QCOMPARE(test::summaryRows(store.db(), false),
                 test::rebuiltSummaryRows(store.db(), store.clock(), false));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        sqlite3_shutdown(); // nothing is open yet
        QCOMPARE(sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, 0), SQLITE_OK);
        QCOMPARE(sqlite3_initialize(), SQLITE_OK);
        QVERIFY(installCountingVfs());
    }

    void fewStatementJournals_data()
    {
        QTest::addColumn<bool>("inPieces");
        QTest::addRow("summaries written by the commit") << false;
        QTest::addRow("summaries written in pieces, as the import engine does") << true;
    }

    /// A first import into an empty store, whose rows and summary rows take many pages, then
    /// a second one of a row per day over the same days, whose rows go to pages of the indexes
    /// all over and whose summaries add to rows on dozens of pages in one statement; the
    /// summaries equal a rebuild from the rows after each. The rows' INSERTs journal nothing,
    /// nor do the summaries of the first import (all new); those of the second, added to
    /// stored rows, do (their upserts may stop halfway), which shows the count sees them.
    /// Other statements journal a few pages (the index the writer drops and builds again,
    /// the schema's page).
    void fewStatementJournals()
    {
        QFETCH(bool, inPieces);
        std::unique_ptr<Store> store = openStore();
        QVERIFY(store);
        qint64 firstRows = -1, firstCommit = -1, secondRows = -1, secondCommit = -1;
        import(*store, tickets(*store, QStringLiteral("A"), 12000, 200), inPieces, &firstRows,
               &firstCommit);
        if (QTest::currentTestFailed())
            return;
        // Some 30 KB by the commit, 500 KB in pieces (a piece's rows of the day the piece before
        // it ends with are upserted), against 10–11 MB with the rows' or the new summary rows'
        // statements journalled.
        const qint64 fewPages = 1 << 20;
        QVERIFY2(firstRows < fewPages, qPrintable(QString::number(firstRows)));
        QVERIFY2(firstCommit < fewPages, qPrintable(QString::number(firstCommit)));
        import(*store, tickets(*store, QStringLiteral("B"), 60, 1), inPieces, &secondRows,
               &secondCommit);
        if (QTest::currentTestFailed())
            return;
        if (inPieces) {
            QVERIFY(secondRows > 0); // the pieces' upserts
        } else {
            QCOMPARE(secondRows, 0);
            QVERIFY(secondCommit > 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestStatementJournal)
#include "tst_statementjournal.moc"
