#pragma once

#include <QList>
#include <QMainWindow>
#include <QUrl>

#include <array>
#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;

namespace busola {

class CompetitorsPage;
class DashboardPage;
class DataBrowserPage;
class KpiEngine;
class KpiEngineSource;
class ImportPage;
class ImportWizard;
class LanguageManager;
class Sidebar;
class Store;
class StoreStatus;
class SwotPage;
class WelcomePage;

/// The shell: a side navigation, a stack of pages (each its own class), the menus and the
/// status bar. It composes pages and routes between them; it holds no logic of its own.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /// Sections of the side navigation, in their order. Welcome is the first-run page of an
    /// empty store; it has no navigation entry.
    enum Page {
        Dashboard,
        Import,
        Swot,
        Competitors,
        Reports,
        Data,
        Settings,
        PageCount,
        Welcome = PageCount
    };
    Q_ENUM(Page)

    /// languages may be null (tests): the Settings page then offers no language switch.
    explicit MainWindow(std::unique_ptr<Store> store, LanguageManager *languages = nullptr,
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    Store &store() const { return *m_store; }
    void showPage(Page page);
    Page currentPage() const;
    QWidget *page(Page page) const;

    /// Opens the store at location (creating it if needed) in place of the current one, and
    /// rebuilds the pages over it. On failure keeps the current store and returns false.
    bool openStore(const QString &location, QString *error);

    /// Shows the Import page and opens the import wizard, on file when given (a file dropped
    /// on the window, `busola FILE`).
    ImportWizard *openImportWizard(const QString &file = QString());
    /// The first local file of urls the import reads (.csv .tsv .txt .xlsx .xls .ods), if any.
    static QString importableFile(const QList<QUrl> &urls);

public slots:
    /// The store's content changed (demo company, import): pages and status bar read it again.
    void refreshFromStore();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createPages();
    void deletePages();
    QWidget *createPage(Page page);
    void createMenus();
    void createFileMenu();
    void createEditMenu();
    void updateEditMenu();
    void createViewMenu();
    void createHelpMenu();
    void showStartPage();
    void chooseStore();
    void connectTeamStore();
    void openLocalStore();
    void restoreBackup(const QString &backupPath);
    void loadDemoCompany();
    void onDemoLoaded();
    void setStoreBusy(bool busy);
    void showAbout();
    void showKpiDefinitions();
    void retranslate();

    std::unique_ptr<Store> m_store;
    LanguageManager *m_languages;
    Sidebar *m_sidebar;
    QStackedWidget *m_pages;
    StoreStatus *m_status;
    // One KPI engine over the open store, shared by the pages that show live KPI values.
    std::unique_ptr<KpiEngine> m_kpiEngine;
    std::unique_ptr<KpiEngineSource> m_kpiSource;
    DashboardPage *m_dashboardPage = nullptr;
    DataBrowserPage *m_dataPage = nullptr;
    SwotPage *m_swotPage = nullptr;
    CompetitorsPage *m_competitorsPage = nullptr;
    ImportPage *m_importPage = nullptr;
    WelcomePage *m_welcomePage = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openStoreAction = nullptr;
    QAction *m_connectTeamAction = nullptr;
    QAction *m_localStoreAction = nullptr;
    QAction *m_loadDemoAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_kpiDefinitionsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_pageActions = nullptr;
    std::array<QAction *, PageCount> m_pageAction{};
};

} // namespace busola
