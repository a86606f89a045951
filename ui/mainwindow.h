#pragma once

#include <QMainWindow>

#include <memory>

class QListWidget;
class QStackedWidget;

namespace busola {

class Store;

/// The shell: a side navigation and a stack of pages, each its own class. It holds no logic
/// of its own beyond composing the pages and the menu.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /// Sections of the side navigation, in their order.
    enum Page { Dashboard, Import, Swot, Competitors, Reports, Data, Settings, PageCount };
    Q_ENUM(Page)

    explicit MainWindow(std::unique_ptr<Store> store, QWidget *parent = nullptr);
    ~MainWindow() override;

    Store &store() const { return *m_store; }
    void showPage(Page page);
    Page currentPage() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void createPages();
    void createMenus();
    void retranslate();

    std::unique_ptr<Store> m_store;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
};

} // namespace busola
