// Two people editing one SWOT board of one store (two Store connections, as two Busola windows
// on a team store have): a save made from a stale copy is refused and reported, the stale
// document reloads the store's version, and nothing the first person saved is lost.
// Registered twice: on a SQLite file and (tst_swotconcurrency_pg) on PostgreSQL.
#include "store/store.h"
#include "swot/swotdocument.h"
#include "swot/swotquadrantmodel.h"
#include "swot/swotstore.h"
#include "teststore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace busola;

namespace {

/// The board's texts per quadrant: "S[s1,s2] W[w1] O[] T[]".
QString compact(const std::array<QList<SwotItem>, QuadrantCount> &items)
{
    static const char letters[] = "SWOT";
    QStringList parts;
    for (int q = 0; q < QuadrantCount; ++q) {
        QStringList texts;
        for (const SwotItem &item : items[std::size_t(q)])
            texts << item.text;
        parts << QLatin1Char(letters[q]) + QLatin1Char('[') + texts.join(QLatin1Char(',')) +
                     QLatin1Char(']');
    }
    return parts.join(QLatin1Char(' '));
}

QString compact(const SwotDocument &document)
{
    std::array<QList<SwotItem>, QuadrantCount> items;
    for (int q = 0; q < QuadrantCount; ++q)
        items[std::size_t(q)] = document.items(Quadrant(q));
    return compact(items);
}

} // namespace

class TestSwotConcurrency : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Store> m_storeA;
    std::unique_ptr<Store> m_storeB;
    std::unique_ptr<SwotDocument> m_ana; ///< the first person
    std::unique_ptr<SwotDocument> m_dan; ///< the second, whose copy goes stale
    qint64 m_boardId = 0;

    qint64 idOf(const SwotDocument &document, const QString &text) const
    {
        for (int q = 0; q < QuadrantCount; ++q) {
            for (const SwotItem &item : document.items(Quadrant(q))) {
                if (item.text == text)
                    return item.id;
            }
        }
        return 0;
    }

    /// What the store holds now, read through a connection of its own.
    QString stored() const
    {
        SwotStore swot(*m_storeA);
        return compact(swot.items(m_boardId));
    }

    void edit(SwotDocument &document, const QString &operation)
    {
        const QStringList words = operation.split(QLatin1Char(' '));
        const qint64 id = idOf(document, words.value(1));
        QVERIFY2(id > 0, qPrintable(operation));
        if (words.at(0) == QLatin1String("text"))
            document.setText(id, words.at(2));
        else if (words.at(0) == QLatin1String("delete"))
            document.removeItems({id});
        else if (words.at(0) == QLatin1String("up"))
            document.moveItemBy(id, -1);
        else
            QFAIL(qPrintable(operation));
    }

private slots:
    void initTestCase()
    {
        BUSOLA_REQUIRE_TEST_BACKEND();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_ana.reset();
        m_dan.reset();
        m_storeA.reset();
        m_storeB.reset();
        const QString location =
            test::storeLocation(m_dir.filePath(QStringLiteral("swot%1.db").arg(++m_counter)));
        QString error;
        m_storeA = Store::open(location, &error);
        QVERIFY2(m_storeA, qPrintable(error));
        m_storeB = Store::open(location, &error);
        QVERIFY2(m_storeB, qPrintable(error));
        SwotStore swot(*m_storeA);
        m_boardId = swot.createBoard(
            {0, QStringLiteral("T4 2026"), QDate(2026, 10, 1), QDate(2026, 12, 31), QString()});
        QVERIFY(m_boardId > 0);
        int position = 0;
        for (const char *text : {"s1", "s2", "s3"}) {
            SwotItem item;
            item.text = QString::fromLatin1(text);
            QVERIFY(swot.insertItem(m_boardId, Quadrant::Strengths, position++, item) > 0);
        }
        m_ana = SwotDocument::load(*m_storeA, m_boardId, &error);
        QVERIFY2(m_ana, qPrintable(error));
        m_dan = SwotDocument::load(*m_storeB, m_boardId, &error);
        QVERIFY2(m_dan, qPrintable(error));
    }

    void staleWritesAreRefused_data()
    {
        QTest::addColumn<QString>("first");  // Ana's edit, saved first
        QTest::addColumn<QString>("second"); // Dan's edit, from the copy he read before
        QTest::addColumn<QString>("expected");
        QTest::addRow("text over their text") << "text s2 ana"
                                              << "text s2 dan"
                                              << "S[s1,ana,s3] W[] O[] T[]";
        QTest::addRow("delete of an item they edited") << "text s2 ana"
                                                       << "delete s2"
                                                       << "S[s1,ana,s3] W[] O[] T[]";
        QTest::addRow("text of an item they deleted") << "delete s2"
                                                      << "text s2 dan"
                                                      << "S[s1,s3] W[] O[] T[]";
        QTest::addRow("delete of an item they deleted") << "delete s2"
                                                        << "delete s2"
                                                        << "S[s1,s3] W[] O[] T[]";
        QTest::addRow("move beside an item they deleted") << "delete s2"
                                                          << "up s3"
                                                          << "S[s1,s3] W[] O[] T[]";
    }

    void staleWritesAreRefused()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, expected);
        QSignalSpy anaConflicts(m_ana.get(), &SwotDocument::changedElsewhere);
        QSignalSpy danConflicts(m_dan.get(), &SwotDocument::changedElsewhere);
        QSignalSpy danErrors(m_dan.get(), &SwotDocument::storeError);
        QAbstractItemModelTester tester(
            new SwotQuadrantModel(m_dan.get(), Quadrant::Strengths, m_dan.get()),
            QAbstractItemModelTester::FailureReportingMode::QtTest);

        edit(*m_ana, first);
        QCOMPARE(stored(), expected);
        edit(*m_dan, second);

        // Refused at once: the store still holds Ana's version…
        QCOMPARE(stored(), expected);
        // …and Dan's board is reloaded with it right after his command, with a notice.
        QVERIFY(danConflicts.wait(5000));
        QCOMPARE(danConflicts.count(), 1);
        QVERIFY(danConflicts.constFirst().constFirst().toString().contains(
            QLatin1String("changed or deleted by someone else")));
        QCOMPARE(compact(*m_dan), expected);
        QCOMPARE(m_dan->undoStack()->count(), 0); // its steps described a board that is gone
        QCOMPARE(danErrors.count(), 0);           // a conflict, not a failure
        QCOMPARE(anaConflicts.count(), 0);
        QCOMPARE(stored(), expected);

        // After the reload Dan's copy is current: his next edit is saved.
        edit(*m_dan, QStringLiteral("text s1 dan2"));
        QCOMPARE(stored(), QString(expected).replace(QLatin1String("s1"), QLatin1String("dan2")));
        QTest::qWait(0);
        QCOMPARE(danConflicts.count(), 1);
    }

    void differentItemsDoNotConflict()
    {
        QSignalSpy danConflicts(m_dan.get(), &SwotDocument::changedElsewhere);
        edit(*m_ana, QStringLiteral("text s1 ana"));
        edit(*m_dan, QStringLiteral("text s3 dan"));
        QCoreApplication::processEvents();
        QCOMPARE(danConflicts.count(), 0);
        QCOMPARE(stored(), QStringLiteral("S[ana,s2,dan] W[] O[] T[]"));
    }

    void everySaveRaisesTheRevision()
    {
        const qint64 id = idOf(*m_ana, QStringLiteral("s1"));
        edit(*m_ana, QStringLiteral("text s1 a"));
        m_ana->setImportance(id, 3);
        m_ana->undoStack()->undo(); // the undo is a save too
        QSqlQuery q(m_storeB->db());
        q.prepare(QStringLiteral("SELECT revision, text, importance FROM swot_items WHERE id = ?"));
        q.addBindValue(id);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 3); // 0, then text 1, importance 2, its undo 3
        QCOMPARE(q.value(1).toString(), QStringLiteral("a"));
        QCOMPARE(q.value(2).toInt(), 2);
        QCOMPARE(m_ana->record(id).revision, 3);
    }
};

QTEST_GUILESS_MAIN(TestSwotConcurrency)
#include "tst_swotconcurrency.moc"
