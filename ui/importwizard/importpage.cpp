#include "importpage.h"

#include "importwizard.h"
#include "itemmodels/importhistorymodel.h"
#include "shell/pageheader.h"
#include "store/storewriter.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace busola {

ImportPage::ImportPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_header(new PageHeader(this))
    , m_import(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_view(new QTableView(this))
    , m_history(new ImportHistoryModel(store, this))
{
    m_import->setObjectName(QStringLiteral("importFileButton"));
    m_import->setDefault(true);
    m_remove->setObjectName(QStringLiteral("removeImportButton"));
    m_view->setObjectName(QStringLiteral("importHistory"));
    m_view->setModel(m_history);
    m_view->setTabKeyNavigation(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_import);
    bar->addStretch(1);
    bar->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 16);
    layout->setSpacing(14);
    layout->addWidget(m_header);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_import, &QPushButton::clicked, this, [this] { startWizard(); });
    connect(m_remove, &QPushButton::clicked, this, &ImportPage::removeSelectedImport);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImportPage::updateButtons);
    connect(m_history, &QAbstractItemModel::modelReset, this, &ImportPage::updateButtons);
    retranslate();
    m_view->resizeColumnsToContents();
    updateButtons();
}

ImportPage::~ImportPage()
{
    // The wizard works on the store's connection: it goes before the page (and the store).
    delete m_wizard.data();
}

ImportWizard *ImportPage::startWizard(const QString &file)
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    m_wizard = new ImportWizard(m_store, file, window());
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->setWindowModality(Qt::WindowModal);
    connect(m_wizard, &ImportWizard::imported, this, [this] {
        reload();
        emit storeChanged();
    });
    connect(m_wizard, &ImportWizard::dashboardRequested, this, &ImportPage::dashboardRequested);
    m_wizard->show();
    return m_wizard;
}

void ImportPage::reload()
{
    m_history->reload();
    m_view->resizeColumnsToContents();
}

void ImportPage::updateButtons()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    m_remove->setEnabled(!rows.isEmpty() &&
                         !rows.first().data(ImportHistoryModel::RemovedRole).toBool());
}

void ImportPage::removeSelectedImport()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const ImportHistoryModel::Entry entry = m_history->entryAt(rows.first().row());
    if (entry.removed)
        return;
    QMessageBox box(
        QMessageBox::Question, tr("Remove This Import"),
        tr("Remove the import of %1 (%2)?")
            .arg(entry.fileName,
                 rows.first().siblingAtColumn(ImportHistoryModel::DateColumn).data().toString()),
        QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("removeImportConfirmation"));
    box.setInformativeText(m_history->removalConsequences(entry));
    QPushButton *remove = box.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    QString error;
    if (!StoreWriter::removeImport(m_store, entry.id, &error)) {
        QMessageBox::warning(this, tr("Remove This Import"), error);
        return;
    }
    reload();
    emit storeChanged();
}

void ImportPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ImportPage::retranslate()
{
    m_header->setTitle(tr("Import"));
    m_header->setDescription(tr("Bring in the month's exports. Every import is listed here and "
                                "can be removed: the rows it added go, the rows it changed get "
                                "their earlier values back."));
    m_import->setText(tr("&Import a File…"));
    m_remove->setText(tr("&Remove This Import…"));
}

} // namespace busola
