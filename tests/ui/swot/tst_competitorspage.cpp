#include "competitors/competitordocument.h"
#include "competitors/competitormodel.h"
#include "competitors/competitorrenderer.h"
#include "competitors/competitorspage.h"
#include "fakekpisource.h"
#include "store/store.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QImage>
#include <QPainter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace busola;

/// The competitor page offscreen: add, edit and delete with undo through its actions, and the
/// comparison chart's categories carrying our values from the KPI source.
class TestCompetitorsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QStringList categories(const CompetitorsPage &page, int chart)
    {
        const QList<QChartView *> views = page.findChildren<QChartView *>();
        auto *axis = qobject_cast<QBarCategoryAxis *>(
            views.at(chart)->chart()->axes(Qt::Horizontal).value(0));
        return axis ? axis->categories() : QStringList();
    }

private slots:
    void editWithUndoAndCompare()
    {
        QString error;
        auto store = Store::open(m_dir.filePath(QStringLiteral("c.db")), &error);
        QVERIFY2(store, qPrintable(error));
        CompetitorsPage page(*store);
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        QAction *add = page.editActions().at(2);
        add->trigger();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(page.document()->competitors().size(), 1);
        QAbstractItemModel *model = page.table()->model();
        QVERIFY(
            model->setData(model->index(0, CompetitorModel::Name), QStringLiteral("Alfa Service")));
        QVERIFY(
            model->setData(model->index(0, CompetitorModel::ResponseTime), QStringLiteral("36")));
        QVERIFY(model->setData(model->index(0, CompetitorModel::Satisfaction), 3.9));
        QCOMPARE(page.document()->undoStack()->count(), 4);

        QCOMPARE(categories(page, 0),
                 QStringList({QStringLiteral("Us<br>—"), QStringLiteral("Alfa Service<br>36")}));
        FakeKpiSource kpis;
        kpis.add(QStringLiteral("response_time"), QStringLiteral("Timpul mediu de răspuns"),
                 QStringLiteral("h"), true, 18.4, 24.0, KpiState::Met);
        kpis.add(QStringLiteral("csat"), QStringLiteral("Satisfacția clienților"),
                 QStringLiteral("score"), false, 4.36, 4.0, KpiState::Met);
        page.setKpiSource(&kpis);
        QCOMPARE(categories(page, 0),
                 QStringList({QStringLiteral("Us<br>18"), QStringLiteral("Alfa Service<br>36")}));
        QCOMPARE(categories(page, 1),
                 QStringList({QStringLiteral("Us<br>4.4"), QStringLiteral("Alfa Service<br>3.9")}));
        // Our month is the one chosen on the page: the last complete month by default.
        const QDate first(QDate::currentDate().year(), QDate::currentDate().month(), 1);
        QCOMPARE(kpis.askedPeriods.constLast().from, first.addMonths(-1));
        QCOMPARE(kpis.askedPeriods.constLast().to, first.addDays(-1));

        page.undoAction()->trigger();
        QCOMPARE(categories(page, 1),
                 QStringList({QStringLiteral("Us<br>4.4"), QStringLiteral("Alfa Service<br>—")}));
        page.table()->setFocus();
        page.table()->selectRow(0);
        QAction *remove = page.editActions().at(3);
        remove->trigger();
        QCOMPARE(page.document()->competitors().size(), 0);
        QCOMPARE(categories(page, 0), QStringList({QStringLiteral("Us<br>18")}));
        page.undoAction()->trigger();
        QCOMPARE(page.document()->competitors().at(0).name, QStringLiteral("Alfa Service"));
        QCOMPARE(*page.document()->competitors().at(0).responseTimeHours, 36.0);

        // The renderer paints our bar in our colour.
        QImage image(900, 500, QImage::Format_ARGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            renderCompetitors(painter, QRectF(0, 0, 900, 500), *page.document(), {18.4, 4.36});
        }
        int ours = 0;
        for (int y = 0; y < 500; ++y) {
            for (int x = 0; x < 900; ++x)
                ours += image.pixelColor(x, y) == QColor(0x15, 0x65, 0xc0);
        }
        QVERIFY(ours > 100);
    }
};

QTEST_MAIN(TestCompetitorsPage)
#include "tst_competitorspage.moc"
