#include "mainwindow.h"

#include "placeholderpage.h"
#include "store/store.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>

namespace busola {

namespace {
const char *const pageTitles[MainWindow::PageCount] = {
    QT_TRANSLATE_NOOP("busola::MainWindow", "Dashboard"),
    QT_TRANSLATE_NOOP("busola::MainWindow", "Import"),
    QT_TRANSLATE_NOOP("busola::MainWindow", "SWOT"),
    QT_TRANSLATE_NOOP("busola::MainWindow", "Competitors"),
    QT_TRANSLATE_NOOP("busola::MainWindow", "Reports"),
    QT_TRANSLATE_NOOP("busola::MainWindow", "Data"),
    QT_TRANSLATE_NOOP("busola::MainWindow", "Settings"),
};
} // namespace

MainWindow::MainWindow(std::unique_ptr<Store> store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(std::move(store))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    m_navigation->setFixedWidth(180);
    m_navigation->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    createPages();
    createMenus();
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    retranslate();
    showPage(Dashboard);
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    for (int page = 0; page < PageCount; ++page) {
        m_navigation->addItem(QString());
        m_pages->addWidget(new PlaceholderPage(pageTitles[page], m_pages));
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(QString());
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *quit = file->addAction(QString(), qApp, &QApplication::quit);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Busola — %1").arg(m_store->location()));
    for (int page = 0; page < PageCount; ++page)
        m_navigation->item(page)->setText(tr(pageTitles[page]));
    findChild<QMenu *>(QStringLiteral("fileMenu"))->setTitle(tr("&File"));
    findChild<QAction *>(QStringLiteral("quitAction"))->setText(tr("&Quit"));
}

} // namespace busola
