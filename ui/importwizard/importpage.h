#pragma once

#include <QPointer>
#include <QWidget>

class QPushButton;
class QTableView;

namespace busola {

class ImportHistoryModel;
class ImportWizard;
class PageHeader;
class Store;

/// The Import section: "Import a file…" (the wizard) and the import history, where an import
/// can be removed (its added rows deleted, the rows it changed restored).
class ImportPage final : public QWidget
{
    Q_OBJECT

public:
    ImportPage(Store &store, QWidget *parent = nullptr);
    ~ImportPage() override;

    /// Opens the wizard (on file, when given); an open wizard is raised instead.
    ImportWizard *startWizard(const QString &file = QString());
    ImportWizard *wizard() const { return m_wizard; }
    ImportHistoryModel *historyModel() const { return m_history; }
    QTableView *historyView() const { return m_view; }

    /// Asks for confirmation (saying what will change), then removes the selected import.
    void removeSelectedImport();

public slots:
    void reload();

signals:
    /// The store's content changed (an import, a removal).
    void storeChanged();
    void dashboardRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateButtons();
    void retranslate();

    Store &m_store;
    PageHeader *m_header;
    QPushButton *m_import;
    QPushButton *m_remove;
    QTableView *m_view;
    ImportHistoryModel *m_history;
    QPointer<ImportWizard> m_wizard;
};

} // namespace busola
