#include "data/databrowserpage.h"
#include "fixturestore.h"
#include "itemmodels/recordtablemodel.h"
#include "importwizard/importpage.h"
#include "importwizard/importwizard.h"
#include "mainwindow.h"
#include "competitors/competitorspage.h"
#include "dashboard/dashboardpage.h"
#include "report/reportspage.h"
#include "settings/settingspage.h"
#include "swot/swotpage.h"
#include "welcome/welcomepage.h"

#include <QAction>
#include <QCommandLinkButton>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressBar>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace busola;

/// The main window offscreen: navigation, the first-run welcome page (demo loading on a
/// worker thread, its error shown), the data browser and the status bar.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_filledLocation;

    QString newLocation() { return m_dir.filePath(QStringLiteral("s%1.db").arg(++m_counter)); }

    std::unique_ptr<MainWindow> openWindow(const QString &location)
    {
        QString error;
        std::unique_ptr<Store> store = Store::open(location, &error);
        if (!store)
            qFatal("%s", qPrintable(error));
        auto window = std::make_unique<MainWindow>(std::move(store));
        window->show();
        return window;
    }

    static QAction *menuAction(MainWindow &window, const QString &text)
    {
        for (QAction *menu : window.menuBar()->actions())
            for (QAction *action : menu->menu()->actions())
                if (action->text() == text)
                    return action;
        return nullptr;
    }

    static QString statusCounts(MainWindow &window)
    {
        return window.findChild<QLabel *>(QStringLiteral("storeCounts"))->text();
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_filledLocation = newLocation();
        QString error;
        std::unique_ptr<Store> store = Store::open(m_filledLocation, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(fixture::write(*store, fixture::makeContent(1000)), QString());
    }

    void navigationSwitchesPages_data()
    {
        QTest::addColumn<MainWindow::Page>("page");
        QTest::addRow("dashboard") << MainWindow::Dashboard;
        QTest::addRow("import") << MainWindow::Import;
        QTest::addRow("swot") << MainWindow::Swot;
        QTest::addRow("competitors") << MainWindow::Competitors;
        QTest::addRow("reports") << MainWindow::Reports;
        QTest::addRow("data") << MainWindow::Data;
        QTest::addRow("settings") << MainWindow::Settings;
    }

    void navigationSwitchesPages()
    {
        QFETCH(MainWindow::Page, page);
        auto window = openWindow(m_filledLocation);
        auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        QCOMPARE(navigation->count(), int(MainWindow::PageCount));
        // Start elsewhere, then click the entry.
        window->showPage(page == MainWindow::Data ? MainWindow::Dashboard : MainWindow::Data);
        const QRect entry = navigation->visualItemRect(navigation->item(page));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, entry.center());
        QCOMPARE(window->currentPage(), page);
        QCOMPARE(window->page(page)->isVisible(), true);

        // The View menu reaches the same page and follows the navigation.
        window->showPage(MainWindow::Welcome);
        QAction *action = menuAction(*window, navigation->item(page)->text());
        QVERIFY(action);
        action->trigger();
        QCOMPARE(window->currentPage(), page);
        QCOMPARE(navigation->currentRow(), int(page));
        QVERIFY(action->isChecked());
    }

    void navigationHasIconsFromResources()
    {
        auto window = openWindow(m_filledLocation);
        auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
        for (int row = 0; row < navigation->count(); ++row) {
            const QImage image = navigation->item(row)->icon().pixmap(24, 24).toImage();
            QVERIFY2(!image.isNull(), qPrintable(navigation->item(row)->text()));
            int inked = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    inked += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
            // A drawn symbol, neither empty nor a filled square.
            QVERIFY2(inked > 20 && inked < 24 * 24 - 20, qPrintable(navigation->item(row)->text()));
        }
    }

    void everyPageIsARealOne()
    {
        auto window = openWindow(m_filledLocation);
        QVERIFY(qobject_cast<SettingsPage *>(window->page(MainWindow::Settings)));
        QVERIFY(qobject_cast<SwotPage *>(window->page(MainWindow::Swot)));
        QVERIFY(qobject_cast<DashboardPage *>(window->page(MainWindow::Dashboard)));
        QVERIFY(qobject_cast<ReportsPage *>(window->page(MainWindow::Reports)));
        QVERIFY(qobject_cast<ImportPage *>(window->page(MainWindow::Import)));
        QVERIFY(qobject_cast<CompetitorsPage *>(window->page(MainWindow::Competitors)));
    }

    void editMenuFollowsThePage()
    {
        auto window = openWindow(m_filledLocation);
        auto *edit = window->menuBar()->actions().at(1)->menu();
        QVERIFY(edit);
        window->showPage(MainWindow::Data);
        QVERIFY(!edit->isEnabled());
        window->showPage(MainWindow::Swot);
        QVERIFY(edit->isEnabled());
        QVERIFY(edit->actions().contains(
            qobject_cast<SwotPage *>(window->page(MainWindow::Swot))->undoAction()));
    }

    void welcomeOnlyOnEmptyStore()
    {
        auto empty = openWindow(newLocation());
        QCOMPARE(empty->currentPage(), MainWindow::Welcome);
        QCOMPARE(empty->findChild<QListWidget *>(QStringLiteral("navigation"))->currentRow(), -1);
        QVERIFY(empty->findChild<QCommandLinkButton *>(QStringLiteral("loadDemoButton"))->isVisible());

        auto filled = openWindow(m_filledLocation);
        QCOMPARE(filled->currentPage(), MainWindow::Dashboard);
        QVERIFY(!filled->findChild<QCommandLinkButton *>(QStringLiteral("loadDemoButton"))->isVisible());
    }

    void dataBrowserShowsRows()
    {
        auto window = openWindow(m_filledLocation);
        auto *page = qobject_cast<DataBrowserPage *>(window->page(MainWindow::Data));
        QVERIFY(page);
        QTableView *view = page->view(RecordTable::Interactions);
        QCOMPARE(view->model()->rowCount(), RecordTableModel::PageSize);
        QCOMPARE(page->model(RecordTable::Interactions)->matchingRowCount(), 1000);
        QCOMPARE(view->model()->index(0, InteractionColumn::ExternalId).data().toString(),
                 QStringLiteral("T0999")); // newest first
        auto *count = page->findChild<QLabel *>(QStringLiteral("dataRowCount"));
        QCOMPARE(count->text(), QStringLiteral("Showing 200 of 1,000 rows"));

        // Scrolling to the end fetches the next page.
        view->scrollToBottom();
        QTRY_VERIFY(view->model()->rowCount() > RecordTableModel::PageSize);

        // Typed words filter the current table (after the typing pause).
        auto *filter = page->findChild<QLineEdit *>(QStringLiteral("dataFilter"));
        QTest::keyClicks(filter, QStringLiteral("Popescu"));
        QTRY_COMPARE(page->model(RecordTable::Interactions)->filterText(), QStringLiteral("Popescu"));
        // One agent of eight: tickets 1, 9, 17, ... below 1,000.
        QCOMPARE(page->model(RecordTable::Interactions)->matchingRowCount(), 125);
        QCOMPARE(count->text(), QStringLiteral("Showing 125 of 125 rows"));

        // Another tab gets the filter when it is shown: deals 1, 9, ..., 57 are Popescu's.
        page->showTable(RecordTable::Deals);
        QCOMPARE(page->model(RecordTable::Deals)->filterText(), QStringLiteral("Popescu"));
        QCOMPARE(page->model(RecordTable::Deals)->matchingRowCount(), 8);

        // A header click sorts by that column.
        QTableView *deals = page->view(RecordTable::Deals);
        filter->clear();
        page->showTable(RecordTable::Deals);
        QTRY_COMPARE(page->model(RecordTable::Deals)->filterText(), QString());
        deals->sortByColumn(DealColumn::Amount, Qt::DescendingOrder);
        // D000 is 25,000.00; the others 2,500.00 + 100.01 × n, so D059 comes next.
        QCOMPARE(deals->model()->index(0, DealColumn::ExternalId).data().toString(), QStringLiteral("D000"));
        QCOMPARE(deals->model()->index(1, DealColumn::ExternalId).data().toString(), QStringLiteral("D059"));
    }

    void statusBarShowsStoreAndCounts()
    {
        auto window = openWindow(m_filledLocation);
        QCOMPARE(window->findChild<QLabel *>(QStringLiteral("storeLocation"))->text(), m_filledLocation);
        QCOMPARE(statusCounts(*window),
                 QStringLiteral("Support interactions: 1,000   ·   Deals: 60   ·   Feedback responses: 30"));
    }

    void demoErrorIsShown()
    {
        auto window = openWindow(newLocation());
        auto *welcome = qobject_cast<WelcomePage *>(window->page(MainWindow::Welcome));
        welcome->setDemoBuilder([](const QString &) {
            return DemoLoader::Result{false, QStringLiteral("the generator is missing")};
        });
        auto *button = welcome->findChild<QCommandLinkButton *>(QStringLiteral("loadDemoButton"));
        QTest::mouseClick(button, Qt::LeftButton);
        auto *error = welcome->findChild<QLabel *>(QStringLiteral("demoError"));
        QTRY_VERIFY(error->isVisible());
        QCOMPARE(error->text(),
                 QStringLiteral("The demo company could not be loaded: the generator is missing"));
        QVERIFY(button->isEnabled());
        QCOMPARE(window->currentPage(), MainWindow::Welcome);
    }

    void realDemoRefusesAStoreFilledMeanwhile()
    {
        const QString location = newLocation();
        auto window = openWindow(location);
        {
            QString error;
            std::unique_ptr<Store> other = Store::open(location, &error);
            QVERIFY2(other, qPrintable(error));
            QCOMPARE(fixture::write(*other, fixture::makeContent(5)), QString());
        }
        auto *welcome = qobject_cast<WelcomePage *>(window->page(MainWindow::Welcome));
        QTest::mouseClick(welcome->findChild<QCommandLinkButton *>(QStringLiteral("loadDemoButton")),
                          Qt::LeftButton);
        auto *error = welcome->findChild<QLabel *>(QStringLiteral("demoError"));
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("already holds data")), qPrintable(error->text()));
        QCOMPARE(window->currentPage(), MainWindow::Welcome);
    }

    void demoLoadsOnWorkerThread()
    {
        auto window = openWindow(newLocation());
        auto *welcome = qobject_cast<WelcomePage *>(window->page(MainWindow::Welcome));
        QSemaphore started;
        QSemaphore release;
        QThread *workerThread = nullptr;
        welcome->setDemoBuilder([&](const QString &location) {
            workerThread = QThread::currentThread();
            started.release();
            release.acquire(); // the test looks at the busy window meanwhile
            QString error;
            std::unique_ptr<Store> store = Store::open(location, &error);
            if (store)
                error = fixture::write(*store, fixture::makeContent(300));
            return DemoLoader::Result{error.isEmpty(), error};
        });
        QAction *loadDemo = menuAction(*window, QStringLiteral("Load the &Demo Company"));
        QVERIFY(loadDemo);
        loadDemo->trigger();
        QVERIFY(started.tryAcquire(1, 10000));

        // Busy: the window answers, shows progress and keeps the store in place.
        QVERIFY(welcome->isBusy());
        QVERIFY(welcome->findChild<QProgressBar *>()->isVisible());
        QVERIFY(!welcome->findChild<QCommandLinkButton *>(QStringLiteral("loadDemoButton"))->isEnabled());
        QVERIFY(!loadDemo->isEnabled());
        QVERIFY(!menuAction(*window, QStringLiteral("&Open Another Store…"))->isEnabled());
        release.release();

        QTRY_COMPARE(window->currentPage(), MainWindow::Dashboard);
        QVERIFY(workerThread != QThread::currentThread());
        QVERIFY(!welcome->isBusy());
        QVERIFY(loadDemo->isEnabled());
        auto *page = qobject_cast<DataBrowserPage *>(window->page(MainWindow::Data));
        QCOMPARE(page->model(RecordTable::Interactions)->matchingRowCount(), 300);
        QCOMPARE(page->model(RecordTable::Interactions)->rowCount(), RecordTableModel::PageSize);
        QVERIFY(statusCounts(*window).startsWith(QLatin1String("Support interactions: 300 ")));
    }

    void reloadShowsRowsWrittenBesideTheWindow()
    {
        const QString location = newLocation();
        auto window = openWindow(location);
        QCOMPARE(window->currentPage(), MainWindow::Welcome);
        {
            // Another connection, as `busola import` or a colleague's Busola would be.
            QString error;
            std::unique_ptr<Store> other = Store::open(location, &error);
            QVERIFY2(other, qPrintable(error));
            QCOMPARE(fixture::write(*other, fixture::makeContent(10)), QString());
        }
        QAction *reload = menuAction(*window, QStringLiteral("&Reload the Store"));
        QVERIFY(reload);
        reload->trigger();
        QCOMPARE(window->currentPage(), MainWindow::Dashboard);
        auto *page = qobject_cast<DataBrowserPage *>(window->page(MainWindow::Data));
        QCOMPARE(page->model(RecordTable::Interactions)->rowCount(), 10);
        QVERIFY(statusCounts(*window).startsWith(QLatin1String("Support interactions: 10 ")));
    }

    void realDemoCompanyLoads()
    {
        const QString location = newLocation();
        auto window = openWindow(location);
        auto *button = window->findChild<QCommandLinkButton *>(QStringLiteral("loadDemoButton"));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window->currentPage(), MainWindow::Dashboard, 120000);

        // What the window shows against what the store holds, counted here.
        qint64 interactions = 0;
        {
            QSqlQuery q(window->store().db());
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM interactions")) && q.next());
            interactions = q.value(0).toLongLong();
        }
        QVERIFY(interactions > 30000); // PRODUCT.md: ~40,000
        auto *page = qobject_cast<DataBrowserPage *>(window->page(MainWindow::Data));
        QCOMPARE(page->model(RecordTable::Interactions)->matchingRowCount(), interactions);
        QCOMPARE(page->model(RecordTable::Interactions)->rowCount(), RecordTableModel::PageSize);
        QVERIFY(statusCounts(*window).startsWith(
            QStringLiteral("Support interactions: %1 ").arg(QLocale().toString(interactions))));
    }

    void importButtonGoesToImport()
    {
        auto window = openWindow(newLocation());
        auto *button = window->findChild<QCommandLinkButton *>(QStringLiteral("importFirstButton"));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(window->currentPage(), MainWindow::Import);
    }

    void openAnotherStore()
    {
        auto window = openWindow(m_filledLocation);
        QCOMPARE(window->currentPage(), MainWindow::Dashboard);

        // A folder is no store: the open one stays.
        QString error;
        QVERIFY(!window->openStore(m_dir.path(), &error));
        QVERIFY(error.contains(QLatin1String("folder")));
        QCOMPARE(window->store().location(), m_filledLocation);

        const QString fresh = newLocation();
        QVERIFY2(window->openStore(fresh, &error), qPrintable(error));
        QCOMPARE(window->store().location(), fresh);
        QCOMPARE(window->currentPage(), MainWindow::Welcome);
        QVERIFY(window->windowTitle().contains(fresh));
        QCOMPARE(window->findChild<QLabel *>(QStringLiteral("storeLocation"))->text(), fresh);
        auto *page = qobject_cast<DataBrowserPage *>(window->page(MainWindow::Data));
        QCOMPARE(page->model(RecordTable::Interactions)->rowCount(), 0);

        QVERIFY(window->openStore(m_filledLocation, &error));
        QCOMPARE(window->currentPage(), MainWindow::Dashboard);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
