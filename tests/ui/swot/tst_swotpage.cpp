#include "fakekpisource.h"
#include "store/store.h"
#include "swot/swotdocument.h"
#include "swot/swotpage.h"
#include "swot/swotquadrantmodel.h"
#include "swot/swotquadrantview.h"
#include "swot/swotrenderer.h"
#include "swot/swotstore.h"

#include <QAction>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace busola;

/// The SWOT page offscreen: moving items between quadrants by keyboard and by a delivered
/// drop, reordering, undo through the page's actions, and the board renderer.
class TestSwotPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SwotPage> m_page;
    FakeKpiSource m_kpis;
    int m_counter = 0;

    QStringList texts(Quadrant quadrant) const
    {
        QStringList list;
        for (const SwotItem &item : m_page->document()->items(quadrant))
            list << item.text;
        return list;
    }

    qint64 idOf(Quadrant quadrant, const QString &text) const
    {
        for (const SwotItem &item : m_page->document()->items(quadrant)) {
            if (item.text == text)
                return item.id;
        }
        return 0;
    }

private slots:
    void initTestCase()
    {
        m_kpis.add(QStringLiteral("response_time"), QStringLiteral("Timpul mediu de răspuns"),
                   QStringLiteral("h"), true, 31.0, 24.0, KpiState::Missed);
    }

    void init()
    {
        m_page.reset();
        m_store.reset();
        QString error;
        m_store = Store::open(m_dir.filePath(QStringLiteral("p%1.db").arg(++m_counter)), &error);
        QVERIFY2(m_store, qPrintable(error));
        SwotStore swot(*m_store);
        const qint64 board = swot.createBoard(
            {0, QStringLiteral("T4 2026"), QDate(2026, 10, 1), QDate(2026, 12, 31), QString()});
        const QList<std::pair<Quadrant, const char *>> seed = {{Quadrant::Strengths, "s1"},
                                                               {Quadrant::Strengths, "s2"},
                                                               {Quadrant::Strengths, "s3"},
                                                               {Quadrant::Weaknesses, "w1"}};
        int position = 0;
        for (const auto &[quadrant, text] : seed) {
            SwotItem item;
            item.text = QString::fromUtf8(text);
            QVERIFY(swot.insertItem(board, quadrant, position++, item) > 0);
        }
        m_page = std::make_unique<SwotPage>(*m_store);
        m_page->setKpiSource(&m_kpis);
        m_page->resize(1200, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QVERIFY(m_page->document());
        QCOMPARE(texts(Quadrant::Strengths),
                 QStringList({QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s3")}));
    }

    void cleanup() { m_page.reset(); }

    void keyboardMoveToQuadrant_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("target");
        QTest::addRow("Ctrl+2 to weaknesses") << int(Qt::Key_2) << int(Quadrant::Weaknesses);
        QTest::addRow("Ctrl+3 to opportunities") << int(Qt::Key_3) << int(Quadrant::Opportunities);
        QTest::addRow("Ctrl+4 to threats") << int(Qt::Key_4) << int(Quadrant::Threats);
    }

    void keyboardMoveToQuadrant()
    {
        QFETCH(int, key);
        QFETCH(int, target);
        SwotQuadrantView *strengths = m_page->quadrantView(Quadrant::Strengths);
        strengths->setFocus();
        const qint64 s1 = idOf(Quadrant::Strengths, QStringLiteral("s1"));
        const qint64 s3 = idOf(Quadrant::Strengths, QStringLiteral("s3"));
        strengths->selectItems({s1, s3});
        QCOMPARE(strengths->selectedItemIds(), QList<qint64>({s1, s3}));
        QTest::keyClick(strengths, Qt::Key(key), Qt::ControlModifier);

        QCOMPARE(texts(Quadrant::Strengths), QStringList({QStringLiteral("s2")}));
        const QStringList moved = texts(Quadrant(target));
        QCOMPARE(moved.mid(moved.size() - 2),
                 QStringList({QStringLiteral("s1"), QStringLiteral("s3")}));
        // The moved items stay selected in their new quadrant, which takes the focus.
        SwotQuadrantView *targetView = m_page->quadrantView(Quadrant(target));
        QCOMPARE(targetView->selectedItemIds(), QList<qint64>({s1, s3}));
        QVERIFY(targetView->hasFocus());

        // Ctrl+Z through the page's shortcut puts them back in place.
        QTest::keyClick(targetView, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(texts(Quadrant::Strengths),
                 QStringList({QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s3")}));
        QTest::keyClick(targetView, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(texts(Quadrant::Strengths), QStringList({QStringLiteral("s2")}));
    }

    void dropBetweenQuadrants()
    {
        SwotQuadrantView *strengths = m_page->quadrantView(Quadrant::Strengths);
        SwotQuadrantView *weaknesses = m_page->quadrantView(Quadrant::Weaknesses);
        std::unique_ptr<QMimeData> data(strengths->model()->mimeData(
            {strengths->model()->index(0, 0), strengths->model()->index(1, 0)}));
        // Above the upper half of w1: the items go before it.
        const QRect w1 = weaknesses->visualRect(weaknesses->model()->index(0, 0));
        const QPointF pos(w1.center().x(), w1.top() + 3);
        QDragEnterEvent enter(pos.toPoint(), Qt::MoveAction, data.get(), Qt::LeftButton,
                              Qt::NoModifier);
        QCoreApplication::sendEvent(weaknesses->viewport(), &enter);
        QDropEvent drop(pos, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(weaknesses->viewport(), &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(texts(Quadrant::Strengths), QStringList({QStringLiteral("s3")}));
        QCOMPARE(texts(Quadrant::Weaknesses),
                 QStringList({QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("w1")}));
        m_page->undoAction()->trigger();
        QCOMPARE(texts(Quadrant::Weaknesses), QStringList({QStringLiteral("w1")}));
        QCOMPARE(texts(Quadrant::Strengths),
                 QStringList({QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s3")}));
    }

    void reorderAddDeleteByKeyboard()
    {
        SwotQuadrantView *strengths = m_page->quadrantView(Quadrant::Strengths);
        strengths->setFocus();
        strengths->selectItems({idOf(Quadrant::Strengths, QStringLiteral("s1"))});
        QTest::keyClick(strengths, Qt::Key_Down, Qt::ControlModifier);
        QTest::keyClick(strengths, Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(texts(Quadrant::Strengths),
                 QStringList({QStringLiteral("s2"), QStringLiteral("s3"), QStringLiteral("s1")}));
        QTest::keyClick(strengths, Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(texts(Quadrant::Strengths),
                 QStringList({QStringLiteral("s2"), QStringLiteral("s1"), QStringLiteral("s3")}));

        // Insert adds after the current item and opens its editor; typing and Ctrl+Enter
        // commit the text.
        QTest::keyClick(strengths, Qt::Key_Insert);
        QCOMPARE(texts(Quadrant::Strengths).size(), 4);
        QCOMPARE(strengths->currentIndex().row(), 2);
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor && editor->objectName() == QLatin1String("swotItemEditor"));
        QTest::keyClicks(editor, QStringLiteral("New team"));
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(texts(Quadrant::Strengths).at(2), QStringLiteral("New team"));

        strengths->setFocus();
        strengths->selectItems({idOf(Quadrant::Strengths, QStringLiteral("s2")),
                                idOf(Quadrant::Strengths, QStringLiteral("s3"))});
        QTest::keyClick(strengths, Qt::Key_Delete);
        QCOMPARE(texts(Quadrant::Strengths),
                 QStringList({QStringLiteral("s1"), QStringLiteral("New team")}));
        // Delete, edit, add, three reorders: each one step.
        QCOMPARE(m_page->document()->undoStack()->count(), 6);
        for (int i = 0; i < 6; ++i)
            m_page->undoAction()->trigger();
        QCOMPARE(texts(Quadrant::Strengths),
                 QStringList({QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s3")}));
    }

    void reloadKeepsTheOpenBoard()
    {
        const qint64 open = m_page->document()->board().id;
        auto *selector = m_page->findChild<QComboBox *>(QStringLiteral("boardSelector"));
        QVERIFY(selector);
        QCOMPARE(selector->count(), 1);
        SwotStore swot(*m_store);
        // A newer period sorts first; the page stays on the board it had open.
        QVERIFY(swot.createBoard({0, QStringLiteral("T1 2027"), QDate(2027, 1, 1),
                                  QDate(2027, 3, 31), QString()}) > 0);
        m_page->reload();
        QCOMPARE(selector->count(), 2);
        QCOMPARE(m_page->document()->board().id, open);
        QCOMPARE(selector->currentIndex(), 1);
        QCOMPARE(texts(Quadrant::Strengths).size(), 3);
    }

    void rendererPaintsTheBoard()
    {
        // Red pixels under the weaknesses' header (top right): w1's KPI status dot.
        const auto redPixelsUnderHeader = [this] {
            QImage image(800, 560, QImage::Format_ARGB32);
            image.fill(Qt::white);
            {
                QPainter painter(&image);
                renderSwotBoard(painter, QRectF(10, 10, 780, 540), *m_page->document());
            }
            const QColor header = image.pixelColor(600, 50);
            if (header.red() < 150 || header.green() > 80)
                return -1;
            int red = 0;
            for (int y = 66; y < 160; ++y) {
                for (int x = 420; x < 780; ++x) {
                    const QColor c = image.pixelColor(x, y);
                    red += c.red() > 150 && c.green() < 80 && c.blue() < 80;
                }
            }
            return red;
        };
        QCOMPARE(redPixelsUnderHeader(), 0);
        m_page->document()->setKpiId(idOf(Quadrant::Weaknesses, QStringLiteral("w1")),
                                     QStringLiteral("response_time"));
        QVERIFY(redPixelsUnderHeader() > 10);
    }

    /// Someone else (another connection to the same store) saves an item first: the page's
    /// stale edit is refused, the board reloads with their text and a notice says so; it goes
    /// at the next edit.
    void changedElsewhereNotice()
    {
        QString error;
        const std::unique_ptr<Store> other = Store::open(m_store->location(), &error);
        QVERIFY2(other, qPrintable(error));
        const qint64 boardId = m_page->document()->board().id;
        const qint64 s2 = idOf(Quadrant::Strengths, QStringLiteral("s2"));
        {
            const std::unique_ptr<SwotDocument> theirs =
                SwotDocument::load(*other, boardId, &error);
            QVERIFY2(theirs, qPrintable(error));
            theirs->setText(s2, QStringLiteral("theirs"));
        }
        QLabel *notice = m_page->changedElsewhereNotice();
        QVERIFY(notice->isHidden());
        m_page->document()->setText(s2, QStringLiteral("mine"));
        QTRY_VERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QLatin1String("someone else")));
        QCOMPARE(
            texts(Quadrant::Strengths),
            QStringList({QStringLiteral("s1"), QStringLiteral("theirs"), QStringLiteral("s3")}));
        QCOMPARE(m_page->quadrantView(Quadrant::Strengths)->model()->index(1, 0).data().toString(),
                 QStringLiteral("theirs"));
        QVERIFY(!m_page->undoAction()->isEnabled());

        m_page->document()->setText(s2, QStringLiteral("mine after all"));
        QVERIFY(notice->isHidden());
        QCOMPARE(texts(Quadrant::Strengths).at(1), QStringLiteral("mine after all"));
    }
};

QTEST_MAIN(TestSwotPage)
#include "tst_swotpage.moc"
