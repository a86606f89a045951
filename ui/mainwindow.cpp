#include "mainwindow.h"

#include "competitors/competitorspage.h"
#include "dashboard/dashboardpage.h"
#include "data/databrowserpage.h"
#include "kpi/kpiengine.h"
#include "help/kpidefinitionsdialog.h"
#include "importwizard/importpage.h"
#include "importwizard/importwizard.h"
#include "report/reportspage.h"
#include "settings/settingspage.h"
#include "shell/icons.h"
#include "shell/sidebar.h"
#include "shell/storestatus.h"
#include "shell/systemkeychain.h"
#include "shell/teamstoredialog.h"
#include "store/backups.h"
#include "store/store.h"
#include "store/teamlocation.h"
#include "swot/kpienginesource.h"
#include "swot/swotpage.h"
#include "welcome/welcomepage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

#include <algorithm>

namespace busola {

namespace {

struct PageInfo
{
    const char *title;
    const char *icon;
};

const PageInfo pageInfo[MainWindow::PageCount] = {
    {QT_TRANSLATE_NOOP("busola::MainWindow", "Dashboard"), "dashboard"},
    {QT_TRANSLATE_NOOP("busola::MainWindow", "Import"), "import"},
    {QT_TRANSLATE_NOOP("busola::MainWindow", "SWOT"), "swot"},
    {QT_TRANSLATE_NOOP("busola::MainWindow", "Competitors"), "competitors"},
    {QT_TRANSLATE_NOOP("busola::MainWindow", "Reports"), "reports"},
    {QT_TRANSLATE_NOOP("busola::MainWindow", "Data"), "data"},
    {QT_TRANSLATE_NOOP("busola::MainWindow", "Settings"), "settings"},
};

// Until the dashboard is built (its own issue), the data browser is the page with real
// numbers, so a store with data opens there.
constexpr MainWindow::Page startPageWithData = MainWindow::Dashboard;

} // namespace

MainWindow::MainWindow(std::unique_ptr<Store> store, LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_store(std::move(store))
    , m_languages(languages)
    , m_sidebar(new Sidebar(this))
    , m_pages(new QStackedWidget(this))
    , m_status(new StoreStatus(this))
{
    setWindowIcon(svgIcon(QStringLiteral("busola")));
    setAcceptDrops(true);
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_status, 1);

    for (const PageInfo &info : pageInfo)
        m_sidebar->addEntry(QLatin1String(info.icon));
    createPages();
    createMenus();
    connect(m_sidebar, &Sidebar::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showPage(Page(row));
    });
    retranslate();
    m_status->refresh(*m_store);
    showStartPage();
    resize(1360, 840);
}

MainWindow::~MainWindow()
{
    // Child widgets outlive the members: the pages, which read through the store, go first.
    deletePages();
}

void MainWindow::createPages()
{
    m_kpiEngine = std::make_unique<KpiEngine>(*m_store);
    m_kpiSource = std::make_unique<KpiEngineSource>(*m_kpiEngine);
    for (int page = 0; page <= Welcome; ++page)
        m_pages->addWidget(createPage(Page(page)));
}

void MainWindow::deletePages()
{
    while (m_pages->count() > 0) {
        QWidget *old = m_pages->widget(0);
        m_pages->removeWidget(old);
        delete old;
    }
    m_dashboardPage = nullptr;
    m_dataPage = nullptr;
    m_importPage = nullptr;
    m_welcomePage = nullptr;
    m_swotPage = nullptr;
    m_competitorsPage = nullptr;
    m_kpiSource.reset();
    m_kpiEngine.reset();
}

QWidget *MainWindow::createPage(Page page)
{
    switch (page) {
    case Data:
        m_dataPage = new DataBrowserPage(*m_store, m_pages);
        return m_dataPage;
    case Import:
        m_importPage = new ImportPage(*m_store, m_pages);
        connect(m_importPage, &ImportPage::storeChanged, this, &MainWindow::refreshFromStore);
        connect(m_importPage, &ImportPage::dashboardRequested, this,
                [this] { showPage(Dashboard); });
        return m_importPage;
    case Welcome:
        m_welcomePage = new WelcomePage(*m_store, m_pages);
        connect(m_welcomePage, &WelcomePage::demoLoaded, this, &MainWindow::onDemoLoaded);
        connect(m_welcomePage, &WelcomePage::importRequested, this, [this] { showPage(Import); });
        connect(m_welcomePage, &WelcomePage::busyChanged, this, &MainWindow::setStoreBusy);
        return m_welcomePage;
    case Dashboard:
        m_dashboardPage = new DashboardPage(*m_store, m_pages);
        return m_dashboardPage;
    case Reports:
        return new ReportsPage(*m_store, m_pages);
    case Swot:
        m_swotPage = new SwotPage(*m_store, m_pages);
        m_swotPage->setKpiSource(m_kpiSource.get());
        return m_swotPage;
    case Competitors:
        m_competitorsPage = new CompetitorsPage(*m_store, m_pages);
        m_competitorsPage->setKpiSource(m_kpiSource.get());
        return m_competitorsPage;
    case Settings: {
        auto *settings = new SettingsPage(*m_store, m_languages, m_pages);
        connect(settings, &SettingsPage::openAnotherStoreRequested, this, &MainWindow::chooseStore);
        connect(settings, &SettingsPage::restoreBackupRequested, this, &MainWindow::restoreBackup);
        return settings;
    }
    }
    Q_UNREACHABLE(); // every page has its case; PageCount is Welcome
    return nullptr;
}

void MainWindow::createMenus()
{
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createHelpMenu();
}

void MainWindow::createFileMenu()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openStoreAction = m_fileMenu->addAction(tintedIcon(QStringLiteral("store"), Theme::MutedText),
                                              QString(), this, &MainWindow::chooseStore);
    m_openStoreAction->setShortcut(QKeySequence::Open);
    m_connectTeamAction = m_fileMenu->addAction(QString(), this, &MainWindow::connectTeamStore);
    m_localStoreAction = m_fileMenu->addAction(QString(), this, &MainWindow::openLocalStore);
    m_localStoreAction->setEnabled(TeamLocation::isTeamLocation(m_store->location()));
    m_loadDemoAction = m_fileMenu->addAction(tintedIcon(QStringLiteral("demo"), Theme::MutedText),
                                             QString(), this, &MainWindow::loadDemoCompany);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
}

void MainWindow::createViewMenu()
{
    m_viewMenu = menuBar()->addMenu(QString());
    m_pageActions = new QActionGroup(this);
    for (int page = 0; page < PageCount; ++page) {
        QAction *action =
            m_viewMenu->addAction(tintedIcon(QLatin1String(pageInfo[page].icon), Theme::MutedText),
                                  QString(), this, [this, page] { showPage(Page(page)); });
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
        m_pageActions->addAction(action);
        m_pageAction[std::size_t(page)] = action;
    }
    m_viewMenu->addSeparator();
    // The store may change under the window: `busola import` run beside it, a team store.
    m_refreshAction = m_viewMenu->addAction(QString(), this, &MainWindow::refreshFromStore);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_fullScreenAction = m_viewMenu->addAction(QString(), this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen
                          : windowState() & ~Qt::WindowFullScreen);
    });
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcut(QKeySequence::FullScreen);
}

void MainWindow::createHelpMenu()
{
    m_helpMenu = menuBar()->addMenu(QString());
    m_kpiDefinitionsAction =
        m_helpMenu->addAction(QString(), this, &MainWindow::showKpiDefinitions);
    m_kpiDefinitionsAction->setShortcut(QKeySequence::HelpContents);
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showStartPage()
{
    showPage(m_store->isEmpty() ? Welcome : startPageWithData);
}

void MainWindow::createEditMenu()
{
    m_editMenu = menuBar()->addMenu(QString());
}

/// The Edit menu holds the undo, redo and item actions of the page in front, if it has any.
void MainWindow::updateEditMenu()
{
    m_editMenu->clear();
    QList<QAction *> actions;
    if (currentPage() == Swot && m_swotPage)
        actions = m_swotPage->editActions();
    else if (currentPage() == Competitors && m_competitorsPage)
        actions = m_competitorsPage->editActions();
    m_editMenu->addActions(actions);
    m_editMenu->setEnabled(!actions.isEmpty());
}

void MainWindow::showPage(Page page)
{
    m_pages->setCurrentIndex(page);
    updateEditMenu();
    const bool navigable = page >= 0 && page < PageCount;
    m_sidebar->setCurrentRow(navigable ? int(page) : -1);
    if (navigable) {
        m_pageAction[std::size_t(page)]->setChecked(true);
    } else if (QAction *checked = m_pageActions->checkedAction()) {
        // An exclusive group keeps one action checked; the welcome page has none.
        m_pageActions->setExclusive(false);
        checked->setChecked(false);
        m_pageActions->setExclusive(true);
    }
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

QWidget *MainWindow::page(Page page) const
{
    return m_pages->widget(page);
}

bool MainWindow::openStore(const QString &location, QString *error)
{
    std::unique_ptr<Store> store = Store::open(location, error);
    if (!store)
        return false;
    // Pages read through the old store's connection: they go before it does.
    const Page current = currentPage();
    deletePages();
    m_store = std::move(store);
    createPages();
    retranslate();
    m_status->refresh(*m_store);
    m_localStoreAction->setEnabled(TeamLocation::isTeamLocation(m_store->location()));
    if (m_store->isEmpty() || current == Welcome)
        showStartPage();
    else
        showPage(current);
    return true;
}

void MainWindow::refreshFromStore()
{
    m_dashboardPage->refresh();
    m_dataPage->reload();
    m_swotPage->reload();
    m_swotPage->refreshKpis();
    m_competitorsPage->reload();
    m_competitorsPage->refreshKpis();
    m_importPage->reload();
    m_status->refresh(*m_store);
    if (currentPage() == Welcome && !m_store->isEmpty())
        showPage(startPageWithData);
}

ImportWizard *MainWindow::openImportWizard(const QString &file)
{
    showPage(Import);
    return m_importPage->startWizard(file);
}

QString MainWindow::importableFile(const QList<QUrl> &urls)
{
    static const QStringList suffixes{QStringLiteral("csv"), QStringLiteral("tsv"),
                                      QStringLiteral("txt"), QStringLiteral("xlsx"),
                                      QStringLiteral("xls"), QStringLiteral("ods")};
    for (const QUrl &url : urls) {
        if (url.isLocalFile() &&
            suffixes.contains(QFileInfo(url.toLocalFile()).suffix().toLower()))
            return url.toLocalFile();
    }
    return QString();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && !importableFile(event->mimeData()->urls()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString file =
        event->mimeData()->hasUrls() ? importableFile(event->mimeData()->urls()) : QString();
    if (file.isEmpty())
        return;
    event->acceptProposedAction();
    openImportWizard(file);
}

void MainWindow::chooseStore()
{
    // A save dialog, so that a new file name creates a new, empty store.
    const QString location =
        QFileDialog::getSaveFileName(this, tr("Open or Create a Store"), m_store->location(),
                                     tr("Busola stores (*.db *.sqlite);;All files (*)"), nullptr,
                                     QFileDialog::DontConfirmOverwrite);
    if (location.isEmpty())
        return;
    QString error;
    if (!openStore(location, &error))
        QMessageBox::warning(this, tr("Cannot Open the Store"), error);
}

void MainWindow::connectTeamStore()
{
    SystemKeychain keychain;
    TeamStoreDialog dialog(
        &keychain,
        [this](const QString &location, QString *error) { return openStore(location, error); },
        this);
    if (dialog.exec() == QDialog::Accepted && !dialog.note().isEmpty())
        statusBar()->showMessage(dialog.note(), 15000);
}

void MainWindow::openLocalStore()
{
    QString error;
    if (!openStore(Store::defaultLocation(), &error))
        QMessageBox::warning(this, tr("Cannot Open the Store"), error);
}

void MainWindow::restoreBackup(const QString &backupPath)
{
    const QString location = m_store->location();
    const QList<BackupInfo> backups = Backups::list(location);
    auto chosen = std::find_if(backups.cbegin(), backups.cend(),
                               [&](const BackupInfo &b) { return b.path == backupPath; });
    if (chosen == backups.cend())
        return;
    // The file is replaced under no open connection: pages and store close first.
    deletePages();
    m_store.reset();
    QString error;
    const bool restored = Backups::restore(location, *chosen, &error);
    QString openError;
    m_store = Store::open(location, &openError);
    if (!m_store) {
        QMessageBox::critical(this, tr("Restore a backup"), openError);
        QApplication::exit(1);
        return;
    }
    createPages();
    retranslate();
    m_status->refresh(*m_store);
    showPage(Settings);
    if (!restored)
        QMessageBox::warning(this, tr("Restore a backup"), error);
}

void MainWindow::loadDemoCompany()
{
    if (!m_store->isEmpty()) {
        QMessageBox::information(
            this, tr("Load the Demo Company"),
            tr("This store already holds data, and the demo company would mix with it. Open "
               "another store (File ▸ Open Another Store…) under a new file name, then load "
               "the demo company there."));
        return;
    }
    showPage(Welcome);
    m_welcomePage->loadDemo();
}

void MainWindow::onDemoLoaded()
{
    refreshFromStore();
    showPage(startPageWithData);
}

void MainWindow::setStoreBusy(bool busy)
{
    // While the demo is written, the store must stay the one it is written to.
    m_openStoreAction->setEnabled(!busy);
    m_connectTeamAction->setEnabled(!busy);
    m_localStoreAction->setEnabled(!busy && TeamLocation::isTeamLocation(m_store->location()));
    m_loadDemoAction->setEnabled(!busy);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_welcomePage && m_welcomePage->isBusy()) {
        // Closing now would wait, unresponsive, for the worker; the user is told instead.
        QMessageBox::information(this, tr("Busola"),
                                 tr("The demo company is being written to the store. Busola "
                                    "can close in a few seconds, when it is done."));
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::showKpiDefinitions()
{
    // Window-modal: the store it reads the targets from cannot be swapped under it.
    auto *dialog = new KpiDefinitionsDialog(m_store.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Busola"),
        tr("<h3>Busola %1</h3>"
           "<p>A KPI dashboard for sales and sales-support managers: import the month's "
           "exports, read every KPI against its target, keep a SWOT matrix and print the "
           "meeting report.</p>"
           "<p>Busola works offline: your data stays on this computer.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Widgets keep the locale they were created with: hand the new language's down, so
        // numbers, dates and the charts' month axes follow it (QEvent::LocaleChange).
        if (locale() != QLocale())
            setLocale(QLocale());
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Busola — %1").arg(m_store->location()));
    for (int page = 0; page < PageCount; ++page) {
        m_sidebar->setEntryText(page, tr(pageInfo[page].title));
        m_pageAction[std::size_t(page)]->setText(tr(pageInfo[page].title));
    }
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_openStoreAction->setText(tr("&Open Another Store…"));
    m_connectTeamAction->setText(tr("Connect to a &Team Store…"));
    m_localStoreAction->setText(tr("Back to the Lo&cal Store"));
    m_loadDemoAction->setText(tr("Load the &Demo Company"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_refreshAction->setText(tr("&Reload the Store"));
    m_fullScreenAction->setText(tr("&Full Screen"));
    m_helpMenu->setTitle(tr("&Help"));
    m_kpiDefinitionsAction->setText(tr("&KPI Definitions"));
    m_aboutAction->setText(tr("&About Busola"));
    m_aboutQtAction->setText(tr("About &Qt"));
}

} // namespace busola
