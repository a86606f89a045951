#pragma once

#include "itemmodels/recordtables.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class QTimer;

namespace busola {

class PageHeader;
class RecordTableModel;
class Store;

/// The records of the open store, one tab per dataset, in tables that sort by a click on a
/// column header and filter by words typed once for all tabs. The models do the work in SQL
/// and fetch rows as the user scrolls, so a million rows open at once.
class DataBrowserPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DataBrowserPage(const Store &store, QWidget *parent = nullptr);
    ~DataBrowserPage() override;

    RecordTableModel *model(RecordTable table) const;
    QTableView *view(RecordTable table) const;
    void showTable(RecordTable table);
    RecordTable currentTable() const;

public slots:
    /// Reads every table again (after an import or the demo company).
    void reload();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Tab;
    void addTab(RecordTable table);
    QTableView *createView(RecordTableModel *model);
    void fitColumns(QTableView *view);
    void fitLastColumn(QTableView *view);
    void applyFilter();
    void updateRowCount();
    void retranslate();

    const Store &m_store;
    PageHeader *m_header;
    QLineEdit *m_filter;
    QLabel *m_rowCount;
    QTabWidget *m_tabs;
    QTimer *m_filterDelay;
    std::vector<Tab> m_tabsByTable;
};

} // namespace busola
