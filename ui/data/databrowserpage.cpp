#include "databrowserpage.h"

#include "itemmodels/recordtablemodel.h"
#include "shell/icons.h"
#include "shell/pageheader.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace busola {

namespace {

// Typing pauses shorter than this are one filter change: each one re-runs the queries.
constexpr int filterDelayMs = 250;

const char *const lastColumnWidthProperty = "busolaLastColumnWidth";

const char *tabTitle(RecordTable table)
{
    switch (table) {
    case RecordTable::Interactions:
        return QT_TRANSLATE_NOOP("busola::DataBrowserPage", "Support interactions");
    case RecordTable::Deals:
        return QT_TRANSLATE_NOOP("busola::DataBrowserPage", "Deals");
    case RecordTable::Feedback:
        return QT_TRANSLATE_NOOP("busola::DataBrowserPage", "Feedback");
    case RecordTable::Costs:
        return QT_TRANSLATE_NOOP("busola::DataBrowserPage", "Support costs");
    }
    return "";
}

} // namespace

struct DataBrowserPage::Tab
{
    RecordTable table;
    RecordTableModel *model;
    QTableView *view;
};

DataBrowserPage::DataBrowserPage(const Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_header(new PageHeader(this))
    , m_filter(new QLineEdit(this))
    , m_rowCount(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_filterDelay(new QTimer(this))
{
    m_filter->setObjectName(QStringLiteral("dataFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(360);
    m_filter->addAction(tintedIcon(QStringLiteral("search"), Theme::MutedText),
                        QLineEdit::LeadingPosition);
    m_rowCount->setObjectName(QStringLiteral("dataRowCount"));
    m_rowCount->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::MutedText.name()));
    m_tabs->setDocumentMode(true);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(filterDelayMs);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_filter);
    toolbar->addStretch(1);
    toolbar->addWidget(m_rowCount);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 16);
    layout->setSpacing(14);
    layout->addWidget(m_header);
    layout->addLayout(toolbar);
    layout->addWidget(m_tabs, 1);

    for (RecordTable table :
         {RecordTable::Interactions, RecordTable::Deals, RecordTable::Feedback, RecordTable::Costs})
        addTab(table);

    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, &DataBrowserPage::applyFilter);
    connect(m_tabs, &QTabWidget::currentChanged, this, &DataBrowserPage::applyFilter);
    retranslate();
    updateRowCount();
}

DataBrowserPage::~DataBrowserPage() = default;

void DataBrowserPage::addTab(RecordTable table)
{
    auto *model = new RecordTableModel(m_store, table, this);
    QTableView *view = createView(model);
    m_tabs->addTab(view, QString());
    m_tabsByTable.push_back({table, model, view});
    fitColumns(view);
    connect(model, &RecordTableModel::matchingRowCountChanged, this,
            &DataBrowserPage::updateRowCount);
    connect(model, &QAbstractItemModel::rowsInserted, this, &DataBrowserPage::updateRowCount);
    // Sorting or filtering a million rows takes a moment: say so with the cursor.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
            [] { QApplication::setOverrideCursor(Qt::WaitCursor); });
    connect(model, &QAbstractItemModel::modelReset, this,
            [] { QApplication::restoreOverrideCursor(); });
}

QTableView *DataBrowserPage::createView(RecordTableModel *model)
{
    auto *view = new QTableView(m_tabs);
    view->setStyleSheet(QStringLiteral("QTableView { gridline-color: #e3e7ec; }"
                                       "QTableView::item { padding: 0px 6px; }"));
    view->setModel(model);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->setCornerButtonEnabled(false);
    view->verticalHeader()->hide();
    // Rows of one height let the view skip measuring each row: scrolling stays cheap.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
    QHeaderView *header = view->horizontalHeader();
    header->setHighlightSections(false);
    header->setMaximumSectionSize(340);
    header->setSortIndicator(model->sortColumn(), model->sortOrder());
    view->setSortingEnabled(true);
    view->viewport()->installEventFilter(this);
    return view;
}

RecordTableModel *DataBrowserPage::model(RecordTable table) const
{
    for (const Tab &tab : m_tabsByTable)
        if (tab.table == table)
            return tab.model;
    return nullptr;
}

QTableView *DataBrowserPage::view(RecordTable table) const
{
    for (const Tab &tab : m_tabsByTable)
        if (tab.table == table)
            return tab.view;
    return nullptr;
}

void DataBrowserPage::showTable(RecordTable table)
{
    m_tabs->setCurrentWidget(view(table));
}

RecordTable DataBrowserPage::currentTable() const
{
    return m_tabsByTable.at(std::size_t(m_tabs->currentIndex())).table;
}

void DataBrowserPage::reload()
{
    for (const Tab &tab : m_tabsByTable) {
        tab.model->reload();
        fitColumns(tab.view);
    }
}

void DataBrowserPage::fitColumns(QTableView *view)
{
    // Widths from the first page of rows: measuring later pages would make columns jump.
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    view->resizeColumnsToContents();
    view->setProperty(lastColumnWidthProperty, header->sectionSize(header->count() - 1));
    fitLastColumn(view);
}

void DataBrowserPage::fitLastColumn(QTableView *view)
{
    // The last column fills the free width, but only when it has its own width: stretched
    // into too little room it would be cut off, past the reach of the scroll bar.
    QHeaderView *header = view->horizontalHeader();
    const int last = header->count() - 1;
    const int ownWidth = view->property(lastColumnWidthProperty).toInt();
    const int others = header->length() - header->sectionSize(last);
    const bool fits = others + ownWidth <= view->viewport()->width();
    if (fits == header->stretchLastSection())
        return;
    header->setStretchLastSection(fits);
    if (!fits)
        header->resizeSection(last, ownWidth);
}

bool DataBrowserPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        for (const Tab &tab : m_tabsByTable)
            if (tab.view->viewport() == watched)
                fitLastColumn(tab.view);
    }
    return QWidget::eventFilter(watched, event);
}

void DataBrowserPage::applyFilter()
{
    // Only the visible table is filtered now; the others catch up when they are shown.
    m_filterDelay->stop();
    model(currentTable())->setFilterText(m_filter->text());
    updateRowCount();
}

void DataBrowserPage::updateRowCount()
{
    const RecordTableModel *current = model(currentTable());
    const qint64 matching = current->matchingRowCount();
    if (!current->lastError().isEmpty())
        m_rowCount->setText(tr("Cannot read the records: %1").arg(current->lastError()));
    else if (matching == 0 && current->filterText().isEmpty())
        m_rowCount->setText(tr("No records yet"));
    else if (matching == 0)
        m_rowCount->setText(tr("No record matches the filter"));
    else
        m_rowCount->setText(
            tr("Showing %1 of %2 rows", nullptr, int(matching))
                .arg(locale().toString(current->rowCount()), locale().toString(matching)));
}

void DataBrowserPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DataBrowserPage::retranslate()
{
    m_header->setTitle(tr("Data"));
    m_header->setDescription(tr("The records of this store, as imported. Click a column "
                                "header to sort; type words to keep the rows that contain "
                                "all of them."));
    m_filter->setPlaceholderText(tr("Filter by words in any text column"));
    for (int i = 0; i < int(m_tabsByTable.size()); ++i) {
        const Tab &tab = m_tabsByTable.at(std::size_t(i));
        m_tabs->setTabText(i, tr(tabTitle(tab.table)));
        // The language manager sets the default locale with the language.
        tab.model->setLocale(QLocale());
    }
    updateRowCount();
}

} // namespace busola
