#include "drilldowndialog.h"

#include "dashboard/csvexport.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace busola {

namespace {
DrillDownSource plainSource(QAbstractItemModel *records)
{
    DrillDownSource source;
    source.model = records;
    return source;
}
} // namespace

DrillDownDialog::DrillDownDialog(QAbstractItemModel *records, const QString &title, QWidget *parent)
    : DrillDownDialog(plainSource(records), title, parent)
{}

DrillDownDialog::DrillDownDialog(const DrillDownSource &source, const QString &title,
                                 QWidget *parent)
    : QDialog(parent)
    , m_source(source)
    , m_records(source.model)
    , m_filterDelay(new QTimer(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_export(new QPushButton(tr("&Export to CSV…"), this))
{
    setWindowTitle(title);
    if (!m_source.setTextFilter) {
        m_proxy = new QSortFilterProxyModel(this);
        m_proxy->setSourceModel(m_records);
        m_proxy->setFilterKeyColumn(-1);
        m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
        m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
        // Numbers and dates sort by value, not by their formatted text.
        m_proxy->setSortRole(Qt::EditRole);
    }
    // A query per keystroke would be wasted: filter once typing pauses.
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(250);

    m_filter->setPlaceholderText(tr("Filter the records…"));
    m_filter->setClearButtonEnabled(true);
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);

    m_view->setModel(shownModel());
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);

    auto *top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, [this] {
        if (m_source.setTextFilter)
            m_filterDelay->start();
        else
            applyTextFilter();
    });
    connect(m_filterDelay, &QTimer::timeout, this, &DrillDownDialog::applyTextFilter);
    QAbstractItemModel *shown = shownModel();
    connect(shown, &QAbstractItemModel::rowsInserted, this, &DrillDownDialog::updateCount);
    connect(shown, &QAbstractItemModel::rowsRemoved, this, &DrillDownDialog::updateCount);
    connect(shown, &QAbstractItemModel::modelReset, this, &DrillDownDialog::updateCount);
    connect(shown, &QAbstractItemModel::layoutChanged, this, &DrillDownDialog::updateCount);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &DrillDownDialog::exportClicked);
    m_view->resizeColumnsToContents();
    updateCount();
    resize(900, 560);
}

QString DrillDownDialog::countText() const
{
    return m_count->text();
}

QAbstractItemModel *DrillDownDialog::shownModel() const
{
    return m_proxy ? static_cast<QAbstractItemModel *>(m_proxy) : m_records;
}

void DrillDownDialog::applyTextFilter()
{
    if (m_source.setTextFilter)
        m_source.setTextFilter(m_filter->text());
    else
        m_proxy->setFilterFixedString(m_filter->text());
    updateCount();
}

void DrillDownDialog::updateCount()
{
    if (m_source.totalCount) {
        const qint64 total = m_source.totalCount();
        m_count->setText(tr("%n record(s)", nullptr, int(total)));
        return;
    }
    const int shown = m_proxy ? m_proxy->rowCount() : m_records->rowCount();
    const int total = m_records ? m_records->rowCount() : 0;
    m_count->setText(shown == total ? tr("%n record(s)", nullptr, total)
                                    : tr("%1 of %n record(s)", nullptr, total).arg(shown));
}

void DrillDownDialog::fetchAll()
{
    // A lazily fetched model exports everything, not only the rows scrolled past.
    while (m_records && m_records->canFetchMore({}))
        m_records->fetchMore({});
}

bool DrillDownDialog::exportTo(const QString &fileName, QString *error)
{
    fetchAll();
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *error =
            tr("Could not open %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString());
        return false;
    }
    if (!writeModelCsv(*shownModel(), CsvFormat::forLocale(locale()), file, error))
        return false;
    if (!file.commit()) {
        *error =
            tr("Could not save %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString());
        return false;
    }
    return true;
}

void DrillDownDialog::exportClicked()
{
    QString name = windowTitle();
    static const QString unsafe = QStringLiteral("\\/:*?\"<>|");
    for (QChar &c : name) {
        if (unsafe.contains(c))
            c = QLatin1Char('-');
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export to CSV"), QDir(folder).filePath(name + QStringLiteral(".csv")),
        tr("CSV files (*.csv)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!exportTo(fileName, &error))
        QMessageBox::warning(this, tr("Export to CSV"), error);
}

} // namespace busola
