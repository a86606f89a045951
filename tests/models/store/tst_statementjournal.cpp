#include "store/store.h"
#include "store/storewriter.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace busola;

namespace {

/// SQLite's default VFS with its xOpen counting the statement journals it opens as files.
sqlite3_vfs *g_base = nullptr;
sqlite3_vfs g_counting;
int g_statementJournalFiles = 0;

int countingOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    if (flags & SQLITE_OPEN_SUBJOURNAL)
        ++g_statementJournalFiles;
    return g_base->xOpen(g_base, name, file, flags, outFlags);
}

/// Makes the counting VFS the default one (Qt's driver opens stores with the default).
bool installCountingVfs()
{
    g_base = sqlite3_vfs_find(nullptr);
    if (!g_base)
        return false;
    g_counting = *g_base;
    g_counting.zName = "busola-counting";
    g_counting.xOpen = countingOpen;
    return sqlite3_vfs_register(&g_counting, 1) == SQLITE_OK;
}

} // namespace

/// The interactions' multi-row INSERT needs no statement journal (SQLite's copy of the pages a
/// statement changes, kept to undo that statement alone): a 300,000-row import wrote some
/// 660 MB of them to temporary files, ten times the store. Here every statement journal is a
/// file from its first byte (SQLITE_CONFIG_STMTJRNL_SPILL 0; SQLite otherwise keeps the first
/// 64 KiB in memory), so that the VFS counts each statement that writes one.
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

    /// A first import whose rows and summary rows take many pages, then a second one of a row
    /// per day, whose rows go to pages of the indexes all over and whose summary upserts change
    /// rows on dozens of pages in one statement. Sets the statement journal files the second
    /// import's rows and its commit opened.
    void importTwice(int *byRows, int *byCommit)
    {
        std::unique_ptr<Store> store = openStore();
        QVERIFY(store);
        {
            StoreWriter writer(*store);
            QVERIFY(begin(writer, QStringLiteral("first.csv")));
            QCOMPARE(writer.writeAll(tickets(*store, QStringLiteral("A"), 12000, 200)),
                     qsizetype(-1));
            QVERIFY2(writer.commit(), qPrintable(writer.lastError()));
        }
        StoreWriter writer(*store);
        QVERIFY(begin(writer, QStringLiteral("second.csv")));
        g_statementJournalFiles = 0;
        QCOMPARE(writer.writeAll(tickets(*store, QStringLiteral("B"), 60, 1)), qsizetype(-1));
        *byRows = g_statementJournalFiles;
        g_statementJournalFiles = 0;
        QVERIFY2(writer.commit(), qPrintable(writer.lastError()));
        *byCommit = g_statementJournalFiles;
        QCOMPARE(writer.counts().inserted, 60);
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

    /// The rows' INSERTs open no statement journal; the summaries' upserts at the commit do
    /// (they may stop halfway), which shows the count sees them.
    void interactionsNeedNoStatementJournal()
    {
        int byRows = -1, byCommit = -1;
        importTwice(&byRows, &byCommit);
        QCOMPARE(byRows, 0);
        QVERIFY(byCommit > 0);
    }
};

QTEST_GUILESS_MAIN(TestStatementJournal)
#include "tst_statementjournal.moc"
