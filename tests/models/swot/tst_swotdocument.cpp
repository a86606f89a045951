#include "fakekpisource.h"
#include "store/store.h"
#include "swot/swotboardmodel.h"
#include "swot/swotdocument.h"
#include "swot/swotquadrantmodel.h"
#include "swot/swotstore.h"
#include "swot/swotsuggestionmodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace busola;

namespace {

const char Letters[] = "SWOT";

/// The board as text, in order: "S[s1,s2!3] W[w1#response_time] O[] T[]". Importance other
/// than 2 shows as !n, a KPI link as #id, owner as @, action as >, due date as ~.
QString compact(const std::array<QList<SwotItem>, QuadrantCount> &items)
{
    QStringList parts;
    for (int q = 0; q < QuadrantCount; ++q) {
        QStringList texts;
        for (const SwotItem &item : items[std::size_t(q)]) {
            QString text = item.text;
            if (item.importance != 2)
                text += QLatin1Char('!') + QString::number(item.importance);
            if (!item.kpiId.isEmpty())
                text += QLatin1Char('#') + item.kpiId;
            if (!item.owner.isEmpty())
                text += QLatin1Char('@') + item.owner;
            if (!item.action.isEmpty())
                text += QLatin1Char('>') + item.action;
            if (item.dueDate.isValid())
                text += QLatin1Char('~') + item.dueDate.toString(Qt::ISODate);
            texts << text;
        }
        parts << QLatin1Char(Letters[q]) + QLatin1Char('[') + texts.join(QLatin1Char(',')) +
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

/// Everything, ids included, so "restores exactly" means exactly.
QString full(const std::array<QList<SwotItem>, QuadrantCount> &items)
{
    QStringList parts;
    for (int q = 0; q < QuadrantCount; ++q) {
        for (const SwotItem &item : items[std::size_t(q)])
            parts << QStringLiteral("%1:%2").arg(q).arg(item.id) + QLatin1Char(':') + item.text +
                         QLatin1Char(':') + QString::number(item.importance) + QLatin1Char(':') +
                         item.kpiId + QLatin1Char(':') + item.owner + QLatin1Char(':') +
                         item.action + QLatin1Char(':') + item.dueDate.toString(Qt::ISODate);
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace

/// The SWOT document: every edit is one undo step that restores the exact board (order, ids,
/// fields) on undo and again on redo, in memory and in the store; reopening restores it.
class TestSwotDocument : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SwotDocument> m_document;
    qint64 m_boardId = 0;
    FakeKpiSource m_kpis;
    int m_counter = 0;

    qint64 idOf(const QString &text) const
    {
        for (int q = 0; q < QuadrantCount; ++q) {
            for (const SwotItem &item : m_document->items(Quadrant(q))) {
                if (item.text == text)
                    return item.id;
            }
        }
        return -1;
    }

    /// What the store holds for the board, read by a fresh SwotStore.
    QString stored() const
    {
        SwotStore store(*m_store);
        std::array<QList<SwotItem>, QuadrantCount> items = store.items(m_boardId);
        QStringList dismissed = QStringList(store.dismissed(m_boardId).values());
        dismissed.sort();
        return full(items) + QStringLiteral("\ndismissed:") + dismissed.join(QLatin1Char(','));
    }

    QString memory() const
    {
        QStringList dismissed = QStringList(m_document->dismissedKeys().values());
        dismissed.sort();
        std::array<QList<SwotItem>, QuadrantCount> items;
        for (int q = 0; q < QuadrantCount; ++q)
            items[std::size_t(q)] = m_document->items(Quadrant(q));
        return full(items) + QStringLiteral("\ndismissed:") + dismissed.join(QLatin1Char(','));
    }

    void add(Quadrant quadrant, const char *text)
    {
        SwotItem item;
        item.text = QString::fromUtf8(text);
        m_document->addItem(quadrant, -1, item);
    }

    void apply(const QString &operation);

private slots:
    void initTestCase()
    {
        m_kpis.add(QStringLiteral("response_time"), QStringLiteral("Timpul mediu de răspuns"),
                   QStringLiteral("h"), true, 31.0, 24.0, KpiState::Missed);
        m_kpis.add(QStringLiteral("csat"), QStringLiteral("Satisfacția clienților"),
                   QStringLiteral("score"), false, 4.5, 4.0, KpiState::Met, {4.1, 4.2, 4.3, 4.5});
    }

    void init()
    {
        m_document.reset();
        m_store.reset();
        m_path = m_dir.filePath(QStringLiteral("swot%1.db").arg(++m_counter));
        QString error;
        m_store = Store::open(m_path, &error);
        QVERIFY2(m_store, qPrintable(error));
        SwotStore swot(*m_store);
        m_boardId = swot.createBoard(
            {0, QStringLiteral("T4 2026"), QDate(2026, 10, 1), QDate(2026, 12, 31), QString()});
        QVERIFY(m_boardId > 0);
        m_document = SwotDocument::load(*m_store, m_boardId, &error);
        QVERIFY2(m_document, qPrintable(error));
        m_document->setKpiSource(&m_kpis);
        add(Quadrant::Strengths, "s1");
        add(Quadrant::Strengths, "s2");
        add(Quadrant::Strengths, "s3");
        add(Quadrant::Weaknesses, "w1");
        add(Quadrant::Weaknesses, "w2");
        add(Quadrant::Opportunities, "o1");
        m_document->undoStack()->clear();
        QCOMPARE(compact(*m_document), QStringLiteral("S[s1,s2,s3] W[w1,w2] O[o1] T[]"));
    }

    void undoRedo_data();
    void undoRedo();
    void dropBetweenQuadrants();
    void persistenceRoundTrip();
    void boardOperations();
    void suggestionsFollowTheBoard();
    void kpiStatusOnItems();
    void monthPeriodsFromOtherWriters();
};

void TestSwotDocument::apply(const QString &operation)
{
    SwotDocument &d = *m_document;
    if (operation == QLatin1String("add")) {
        SwotItem item;
        item.text = QStringLiteral("new");
        d.addItem(Quadrant::Threats, 0, item);
    } else if (operation == QLatin1String("add in the middle")) {
        SwotItem item;
        item.text = QStringLiteral("new");
        d.addItem(Quadrant::Strengths, 1, item);
    } else if (operation == QLatin1String("edit text")) {
        d.setText(idOf(QStringLiteral("s2")), QStringLiteral("s2 edited\nsecond line"));
    } else if (operation == QLatin1String("typing merges")) {
        const qint64 id = idOf(QStringLiteral("w1"));
        d.setText(id, QStringLiteral("w"));
        d.setText(id, QStringLiteral("we"));
        d.setText(id, QStringLiteral("weak"));
    } else if (operation == QLatin1String("importance")) {
        d.setImportance(idOf(QStringLiteral("o1")), 3);
    } else if (operation == QLatin1String("link KPI")) {
        d.setKpiId(idOf(QStringLiteral("w2")), QStringLiteral("response_time"));
    } else if (operation == QLatin1String("owner, action, due date")) {
        // Three steps; the row undoes them all and redoes them all.
        const qint64 id = idOf(QStringLiteral("s1"));
        d.setOwner(id, QStringLiteral("Ana"));
        d.setAction(id, QStringLiteral("train"));
        d.setDueDate(id, QDate(2026, 12, 15));
    } else if (operation == QLatin1String("move between quadrants")) {
        d.moveItems({idOf(QStringLiteral("s2"))}, Quadrant::Weaknesses, 1);
    } else if (operation == QLatin1String("move several, out of order")) {
        d.moveItems(
            {idOf(QStringLiteral("o1")), idOf(QStringLiteral("s1")), idOf(QStringLiteral("s3"))},
            Quadrant::Threats, -1);
    } else if (operation == QLatin1String("move several within a quadrant")) {
        d.moveItems({idOf(QStringLiteral("s1")), idOf(QStringLiteral("s2"))}, Quadrant::Strengths,
                    3);
    } else if (operation == QLatin1String("reorder down")) {
        d.moveItemBy(idOf(QStringLiteral("s1")), 1);
    } else if (operation == QLatin1String("reorder up")) {
        d.moveItemBy(idOf(QStringLiteral("s3")), -1);
    } else if (operation == QLatin1String("delete several")) {
        d.removeItems(
            {idOf(QStringLiteral("w2")), idOf(QStringLiteral("s1")), idOf(QStringLiteral("s3"))});
    } else if (operation == QLatin1String("accept suggestion")) {
        const QList<SwotSuggestion> open = d.suggestions();
        QCOMPARE(open.size(), 2);
        d.acceptSuggestion(open.at(0));
    } else if (operation == QLatin1String("dismiss suggestion")) {
        d.dismissSuggestion(QStringLiteral("strength:csat"));
    }
}

void TestSwotDocument::undoRedo_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<int>("steps");
    QTest::addColumn<QString>("expected");

    QTest::addRow("add") << "add" << 1 << "S[s1,s2,s3] W[w1,w2] O[o1] T[new]";
    QTest::addRow("add in the middle")
        << "add in the middle" << 1 << "S[s1,new,s2,s3] W[w1,w2] O[o1] T[]";
    QTest::addRow("edit text") << "edit text" << 1
                               << "S[s1,s2 edited\nsecond line,s3] W[w1,w2] O[o1] T[]";
    QTest::addRow("typing merges into one step")
        << "typing merges" << 1 << "S[s1,s2,s3] W[weak,w2] O[o1] T[]";
    QTest::addRow("change importance") << "importance" << 1 << "S[s1,s2,s3] W[w1,w2] O[o1!3] T[]";
    QTest::addRow("link KPI") << "link KPI" << 1 << "S[s1,s2,s3] W[w1,w2#response_time] O[o1] T[]";
    QTest::addRow("owner, action, due date")
        << "owner, action, due date" << 3 << "S[s1@Ana>train~2026-12-15,s2,s3] W[w1,w2] O[o1] T[]";
    QTest::addRow("move between quadrants")
        << "move between quadrants" << 1 << "S[s1,s3] W[w1,s2,w2] O[o1] T[]";
    QTest::addRow("move several, out of order")
        << "move several, out of order" << 1 << "S[s2] W[w1,w2] O[] T[s1,s3,o1]";
    QTest::addRow("move several within a quadrant")
        << "move several within a quadrant" << 1 << "S[s3,s1,s2] W[w1,w2] O[o1] T[]";
    QTest::addRow("reorder down") << "reorder down" << 1 << "S[s2,s1,s3] W[w1,w2] O[o1] T[]";
    QTest::addRow("reorder up") << "reorder up" << 1 << "S[s1,s3,s2] W[w1,w2] O[o1] T[]";
    QTest::addRow("delete several") << "delete several" << 1 << "S[s2] W[w1] O[o1] T[]";
    QTest::addRow("accept suggestion")
        << "accept suggestion" << 1
        << "S[s1,s2,s3] W[w1,w2,Timpul mediu de răspuns: 31 h, target < 24 h!3#response_time] "
           "O[o1] T[]";
    QTest::addRow("dismiss suggestion")
        << "dismiss suggestion" << 1 << "S[s1,s2,s3] W[w1,w2] O[o1] T[]";
}

void TestSwotDocument::undoRedo()
{
    QFETCH(QString, operation);
    QFETCH(int, steps);
    QFETCH(QString, expected);

    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    std::vector<std::unique_ptr<SwotQuadrantModel>> models;
    for (int q = 0; q < QuadrantCount; ++q) {
        models.push_back(std::make_unique<SwotQuadrantModel>(m_document.get(), Quadrant(q)));
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            models.back().get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    SwotSuggestionModel suggestions(m_document.get());
    QAbstractItemModelTester suggestionTester(
        &suggestions, QAbstractItemModelTester::FailureReportingMode::QtTest);

    const QString before = memory();
    QCOMPARE(stored(), before);
    apply(operation);
    QCOMPARE(compact(*m_document), expected);
    QCOMPARE(m_document->undoStack()->count(), steps);
    const QString after = memory();
    QCOMPARE(stored(), after);

    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < steps; ++i)
            m_document->undoStack()->undo();
        QCOMPARE(memory(), before);
        QCOMPARE(stored(), before);
        for (int i = 0; i < steps; ++i)
            m_document->undoStack()->redo();
        QCOMPARE(memory(), after);
        QCOMPARE(stored(), after);
    }
    // The models show what the document holds, row by row.
    for (int q = 0; q < QuadrantCount; ++q) {
        const QList<SwotItem> &items = m_document->items(Quadrant(q));
        QCOMPARE(models[std::size_t(q)]->rowCount(), items.size());
        for (int row = 0; row < items.size(); ++row) {
            const QModelIndex index = models[std::size_t(q)]->index(row, SwotQuadrantModel::Text);
            QCOMPARE(index.data().toString(), items.at(row).text);
            QCOMPARE(index.data(SwotQuadrantModel::ItemIdRole).toLongLong(), items.at(row).id);
        }
    }
}

void TestSwotDocument::dropBetweenQuadrants()
{
    SwotQuadrantModel strengths(m_document.get(), Quadrant::Strengths);
    SwotQuadrantModel weaknesses(m_document.get(), Quadrant::Weaknesses);
    QAbstractItemModelTester t1(&strengths, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&weaknesses,
                                QAbstractItemModelTester::FailureReportingMode::QtTest);

    std::unique_ptr<QMimeData> data(
        strengths.mimeData({strengths.index(2, 0), strengths.index(0, 0), strengths.index(0, 3)}));
    QVERIFY(weaknesses.canDropMimeData(data.get(), Qt::MoveAction, 1, 0, QModelIndex()));
    QVERIFY(!weaknesses.canDropMimeData(data.get(), Qt::CopyAction, 1, 0, QModelIndex()));
    QVERIFY(weaknesses.dropMimeData(data.get(), Qt::MoveAction, 1, 0, QModelIndex()));
    QCOMPARE(compact(*m_document), QStringLiteral("S[s2] W[w1,s1,s3,w2] O[o1] T[]"));
    QCOMPARE(m_document->undoStack()->count(), 1);

    // A drop on an item lands before it; a drop on the empty area goes to the end.
    std::unique_ptr<QMimeData> back(weaknesses.mimeData({weaknesses.index(3, 0)}));
    QVERIFY(strengths.dropMimeData(back.get(), Qt::MoveAction, -1, -1, strengths.index(0, 0)));
    QCOMPARE(compact(*m_document), QStringLiteral("S[w2,s2] W[w1,s1,s3] O[o1] T[]"));
    std::unique_ptr<QMimeData> last(strengths.mimeData({strengths.index(0, 0)}));
    QVERIFY(strengths.dropMimeData(last.get(), Qt::MoveAction, -1, -1, QModelIndex()));
    QCOMPARE(compact(*m_document), QStringLiteral("S[s2,w2] W[w1,s1,s3] O[o1] T[]"));

    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(compact(*m_document), QStringLiteral("S[s1,s2,s3] W[w1,w2] O[o1] T[]"));

    // Items of another board are refused.
    QMimeData foreign;
    foreign.setData(SwotQuadrantModel::mimeType(), QByteArray("garbage"));
    QVERIFY(!weaknesses.canDropMimeData(&foreign, Qt::MoveAction, 0, 0, QModelIndex()));
}

void TestSwotDocument::persistenceRoundTrip()
{
    SwotDocument &d = *m_document;
    d.setText(idOf(QStringLiteral("s2")), QStringLiteral("Echipă cu experiență — ă â î ș ț"));
    d.setImportance(idOf(QStringLiteral("s1")), 1);
    d.setOwner(idOf(QStringLiteral("w1")), QStringLiteral("Mihai"));
    d.setAction(idOf(QStringLiteral("w1")), QStringLiteral("Angajăm un agent"));
    d.setDueDate(idOf(QStringLiteral("w1")), QDate(2027, 1, 31));
    d.setKpiId(idOf(QStringLiteral("w1")), QStringLiteral("response_time"));
    d.moveItems({idOf(QStringLiteral("o1"))}, Quadrant::Threats, 0);
    d.moveItemBy(idOf(QStringLiteral("s3")), -2);
    d.removeItems({idOf(QStringLiteral("w2"))});
    d.dismissSuggestion(QStringLiteral("strength:csat"));
    const QString before = memory();
    const QString compactBefore = compact(d);
    QCOMPARE(compactBefore,
             QStringLiteral("S[s3,s1!1,Echipă cu experiență — ă â î ș ț] "
                            "W[w1#response_time@Mihai>Angajăm un agent~2027-01-31] O[] T[o1]"));

    m_document.reset();
    m_store.reset();
    QString error;
    m_store = Store::open(m_path, &error);
    QVERIFY2(m_store, qPrintable(error));
    m_document = SwotDocument::load(*m_store, m_boardId, &error);
    QVERIFY2(m_document, qPrintable(error));
    QCOMPARE(memory(), before);
    QCOMPARE(m_document->board().name, QStringLiteral("T4 2026"));
    QCOMPARE(m_document->board().periodFrom, QDate(2026, 10, 1));
    QCOMPARE(m_document->board().periodTo, QDate(2026, 12, 31));
    // A reopened board starts with an empty history.
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestSwotDocument::boardOperations()
{
    SwotStore store(*m_store);
    SwotBoardModel boards(store);
    QAbstractItemModelTester tester(&boards,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(boards.rowCount(), 1);
    m_document->setOwner(idOf(QStringLiteral("s1")), QStringLiteral("Ana"));

    const qint64 copy = boards.duplicateBoard(m_boardId, QStringLiteral("T1 2027"));
    QVERIFY(copy > 0);
    QCOMPARE(boards.rowCount(), 2);
    // Newest period first: the copy is for the next quarter.
    QCOMPARE(boards.rowOf(copy), 0);
    QCOMPARE(boards.boardAt(0).periodFrom, QDate(2027, 1, 1));
    QCOMPARE(boards.boardAt(0).periodTo, QDate(2027, 3, 31));
    QString error;
    auto copied = SwotDocument::load(*m_store, copy, &error);
    QVERIFY2(copied, qPrintable(error));
    QCOMPARE(compact(*copied), QStringLiteral("S[s1@Ana,s2,s3] W[w1,w2] O[o1] T[]"));
    // The copy is independent: editing it leaves the original alone.
    copied->removeItems({copied->items(Quadrant::Strengths).at(0).id});
    QCOMPARE(compact(*m_document), QStringLiteral("S[s1@Ana,s2,s3] W[w1,w2] O[o1] T[]"));

    QVERIFY(boards.renameBoard(copy, QStringLiteral("Primul trimestru")));
    QCOMPARE(boards.index(boards.rowOf(copy), SwotBoardModel::Name).data().toString(),
             QStringLiteral("Primul trimestru"));
    QCOMPARE(store.board(copy)->name, QStringLiteral("Primul trimestru"));

    const qint64 monthly = boards.createBoard({0, QStringLiteral("Noiembrie"), QDate(2026, 11, 1),
                                               QDate(2026, 11, 30), QStringLiteral("Suport")});
    QVERIFY(monthly > 0);
    QCOMPARE(boards.rowCount(), 3);
    const qint64 nextMonth = boards.duplicateBoard(monthly, QStringLiteral("Decembrie"));
    QCOMPARE(store.board(nextMonth)->periodFrom, QDate(2026, 12, 1));
    QCOMPARE(store.board(nextMonth)->periodTo, QDate(2026, 12, 31));
    QCOMPARE(store.board(nextMonth)->team, QStringLiteral("Suport"));
    // A team's board asks the KPIs about that team, for its own period.
    auto teamBoard = SwotDocument::load(*m_store, nextMonth, &error);
    QVERIFY2(teamBoard, qPrintable(error));
    teamBoard->setKpiSource(&m_kpis);
    QVERIFY(!teamBoard->suggestions().isEmpty());
    QCOMPARE(m_kpis.askedPeriods.constLast().team, QStringLiteral("Suport"));
    QCOMPARE(m_kpis.askedPeriods.constLast().from, QDate(2026, 12, 1));
    QCOMPARE(m_kpis.askedPeriods.constLast().to, QDate(2026, 12, 31));

    copied.reset();
    QVERIFY(boards.deleteBoard(copy));
    QCOMPARE(boards.rowCount(), 3);
    QCOMPARE(boards.rowOf(copy), -1);
    QVERIFY(!SwotDocument::load(*m_store, copy, &error));
    QSqlQuery q(m_store->db());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM swot_items WHERE board_id = ?"));
    q.addBindValue(copy);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestSwotDocument::suggestionsFollowTheBoard()
{
    SwotDocument &d = *m_document;
    SwotSuggestionModel model(&d);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data(SwotSuggestionModel::KeyRole).toString(),
             QStringLiteral("weakness:response_time"));
    QCOMPARE(model.index(1, 0).data(SwotSuggestionModel::KeyRole).toString(),
             QStringLiteral("strength:csat"));

    model.accept(0);
    QCOMPARE(model.rowCount(), 1);
    d.undoStack()->undo();
    QCOMPARE(model.rowCount(), 2);
    d.undoStack()->redo();
    QCOMPARE(model.rowCount(), 1);
    model.dismiss(0);
    QCOMPARE(model.rowCount(), 0);
    d.undoStack()->undo();
    QCOMPARE(model.rowCount(), 1);
    d.undoStack()->redo();

    // A KPI linked by hand in the right quadrant counts as accepted; unlinking brings it back.
    d.undoStack()->undo();
    d.undoStack()->undo();
    d.setKpiId(idOf(QStringLiteral("w1")), QStringLiteral("response_time"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(SwotSuggestionModel::KeyRole).toString(),
             QStringLiteral("strength:csat"));
    d.setKpiId(idOf(QStringLiteral("w1")), QString());
    QCOMPARE(model.rowCount(), 2);

    // Dismissals are remembered across reopening.
    d.dismissSuggestion(QStringLiteral("weakness:response_time"));
    m_document.reset();
    QString error;
    m_document = SwotDocument::load(*m_store, m_boardId, &error);
    m_document->setKpiSource(&m_kpis);
    QCOMPARE(m_document->suggestions().size(), 1);
    QCOMPARE(m_document->suggestions().at(0).key, QStringLiteral("strength:csat"));
    // The rules were asked about the board's period.
    QCOMPARE(m_kpis.askedPeriods.constLast().from, QDate(2026, 10, 1));
    QCOMPARE(m_kpis.askedPeriods.constLast().to, QDate(2026, 12, 31));
    QVERIFY(m_kpis.askedPeriods.constLast().team.isEmpty());
}

void TestSwotDocument::kpiStatusOnItems()
{
    SwotQuadrantModel weaknesses(m_document.get(), Quadrant::Weaknesses);
    QAbstractItemModelTester tester(&weaknesses,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex w1 = weaknesses.index(0, SwotQuadrantModel::Kpi);
    QVERIFY(w1.data().toString().isEmpty());
    QVERIFY(weaknesses.setData(w1, QStringLiteral("response_time")));
    QCOMPARE(w1.data().toString(), QStringLiteral("Timpul mediu de răspuns: 31 h"));
    QCOMPARE(w1.data(SwotQuadrantModel::KpiStatusRole).toInt(), int(KpiState::Missed));
    QCOMPARE(w1.data(Qt::DecorationRole).value<QColor>(), kpiStateColor(KpiState::Missed));
    QVERIFY(weaknesses.setData(weaknesses.index(0, SwotQuadrantModel::Importance), 3));
    QCOMPARE(weaknesses.index(0, 0).data(SwotQuadrantModel::ImportanceRole).toInt(), 3);
    QCOMPARE(m_document->undoStack()->count(), 2);
    // An unknown KPI id has no status to show, and no source means no status at all.
    m_document->setKpiId(idOf(QStringLiteral("w2")), QStringLiteral("gone"));
    QCOMPARE(
        weaknesses.index(1, SwotQuadrantModel::Kpi).data(SwotQuadrantModel::KpiStatusRole).toInt(),
        int(KpiState::NoData));
    m_document->setKpiSource(nullptr);
    QCOMPARE(w1.data().toString(), QStringLiteral("response_time"));
}

void TestSwotDocument::monthPeriodsFromOtherWriters()
{
    // The demo company stores a board's period as whole months.
    QSqlQuery q(m_store->db());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO swot_boards (name, period_from, period_to)"
                                  " VALUES ('Analiza SWOT 2026', '2026-01', '2026-02')")));
    const qint64 id = q.lastInsertId().toLongLong();
    QString error;
    auto board = SwotDocument::load(*m_store, id, &error);
    QVERIFY2(board, qPrintable(error));
    QCOMPARE(board->board().periodFrom, QDate(2026, 1, 1));
    QCOMPARE(board->board().periodTo, QDate(2026, 2, 28));
}

QTEST_GUILESS_MAIN(TestSwotDocument)
#include "tst_swotdocument.moc"
