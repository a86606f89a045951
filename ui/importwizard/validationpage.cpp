#include "validationpage.h"

#include "importrunner.h"
#include "importstate.h"
#include "itemmodels/problemmodel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace busola {

ValidationPage::ValidationPage(ImportWizardState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_runner(new ImportRunner(this))
    , m_problems(new ProblemModel(this))
    , m_progress(new QProgressBar(this))
    , m_counts(new QLabel(this))
    , m_filter(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_saveRejected(new QPushButton(tr("&Save Rejected Rows…"), this))
    , m_options(new QGroupBox(tr("Sales and amounts"), this))
    , m_lines(new QComboBox(this))
    , m_keyColumn(new QComboBox(this))
    , m_rate(new QDoubleSpinBox(this))
    , m_checkAgain(new QPushButton(tr("Check &Again"), this))
{
    setTitle(tr("Checking every row"));
    setSubTitle(tr("Nothing is written yet. Rows with errors will be rejected, the others "
                   "imported; warnings are worth a look."));
    m_progress->setObjectName(QStringLiteral("validationProgress"));
    m_progress->setRange(0, 1000);
    m_counts->setObjectName(QStringLiteral("validationCounts"));
    m_counts->setWordWrap(true);
    m_counts->setTextFormat(Qt::PlainText);
    m_filter->setObjectName(QStringLiteral("problemFilter"));
    m_filter->addItem(tr("All problems"), int(ProblemModel::Filter::All));
    m_filter->addItem(tr("Errors (rows rejected)"), int(ProblemModel::Filter::Errors));
    m_filter->addItem(tr("Warnings"), int(ProblemModel::Filter::Warnings));
    m_view->setObjectName(QStringLiteral("problemView"));
    m_view->setModel(m_problems);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_saveRejected->setObjectName(QStringLiteral("saveRejectedButton"));

    auto *filterLabel = new QLabel(tr("S&how:"), this);
    filterLabel->setBuddy(m_filter);
    auto *bar = new QHBoxLayout;
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter);
    bar->addStretch(1);
    bar->addWidget(m_saveRejected);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_counts);
    layout->addWidget(m_options);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_runner, &ImportRunner::progressed, this,
            [this](double fraction, int) { m_progress->setValue(int(fraction * 1000)); });
    connect(m_runner, &ImportRunner::finished, this, &ValidationPage::finished);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_problems->setFilter(ProblemModel::Filter(m_filter->currentData().toInt()));
    });
    connect(m_saveRejected, &QPushButton::clicked, this, &ValidationPage::askWhereToSave);
    createOptions();
}

void ValidationPage::createOptions()
{
    m_lines->setObjectName(QStringLiteral("linesPolicy"));
    m_lines->addItem(tr("Report it as a problem"), int(LinesPolicy::Ask));
    m_lines->addItem(tr("Add up the lines into one sale"), int(LinesPolicy::Sum));
    m_lines->addItem(tr("Each line is a sale, told apart by the column:"),
                     int(LinesPolicy::KeyByColumn));
    m_keyColumn->setObjectName(QStringLiteral("lineKeyColumn"));
    m_rate->setObjectName(QStringLiteral("exchangeRate"));
    m_rate->setDecimals(4);
    m_rate->setRange(0, 100000);
    m_rate->setSpecialValueText(tr("none"));
    m_checkAgain->setObjectName(QStringLiteral("checkAgainButton"));
    auto *lines = new QHBoxLayout;
    lines->addWidget(m_lines, 1);
    lines->addWidget(m_keyColumn, 1);
    auto *form = new QFormLayout(m_options);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("When an id &repeats (the lines of one order):"), lines);
    form->addRow(tr("E&xchange rate for amounts in another currency:"), m_rate);
    form->addRow(QString(), m_checkAgain);
    connect(m_lines, &QComboBox::currentIndexChanged, this, [this] {
        m_keyColumn->setEnabled(LinesPolicy(m_lines->currentData().toInt()) ==
                                LinesPolicy::KeyByColumn);
    });
    connect(m_checkAgain, &QPushButton::clicked, this, [this] {
        applyOptions();
        startValidation();
    });
}

void ValidationPage::applyOptions()
{
    ImportSettings &s = m_state.settings;
    s.lines = LinesPolicy(m_lines->currentData().toInt());
    s.lineKeyColumn = s.lines == LinesPolicy::KeyByColumn ? m_keyColumn->currentText() : QString();
    s.rate = m_rate->value();
}

void ValidationPage::initializePage()
{
    // Order lines and currencies concern amounts: sales and support costs.
    const Dataset dataset = m_state.settings.dataset.value_or(
        m_state.inspection.settings.dataset.value_or(Dataset::Support));
    m_options->setVisible(dataset == Dataset::Sales || dataset == Dataset::Costs);
    m_lines->setEnabled(dataset == Dataset::Sales);
    m_keyColumn->clear();
    m_keyColumn->addItems(m_state.inspection.headers);
    m_lines->setCurrentIndex(qMax(0, m_lines->findData(int(m_state.settings.lines))));
    m_keyColumn->setCurrentIndex(qMax(0, m_keyColumn->findText(m_state.settings.lineKeyColumn)));
    m_keyColumn->setEnabled(m_state.settings.lines == LinesPolicy::KeyByColumn);
    m_rate->setValue(m_state.settings.rate);
    startValidation();
}

void ValidationPage::startValidation()
{
    m_done = false;
    m_checkAgain->setEnabled(false);
    m_state.validation = ImportResult();
    m_problems->setProblems({});
    m_progress->setValue(0);
    m_progress->show();
    m_saveRejected->setEnabled(false);
    m_counts->setText(tr("Reading %1…").arg(m_state.settings.file));
    ImportSettings dryRun = m_state.settings;
    dryRun.dryRun = true;
    dryRun.rejectsFile = m_state.rejectsPath();
    m_runner->start(m_state.storeLocation(), dryRun);
    emit completeChanged();
}

void ValidationPage::cleanupPage()
{
    m_runner->cancel();
}

bool ValidationPage::isValidating() const
{
    // Until finished() has run: the worker may be done while its signal is still queued.
    return !m_done;
}

void ValidationPage::finished()
{
    m_state.validation = m_runner->result();
    m_done = true;
    m_checkAgain->setEnabled(true);
    m_progress->hide();
    m_problems->setProblems(m_state.validation.problems);
    m_view->resizeColumnsToContents();
    m_saveRejected->setEnabled(m_state.validation.counts.rejected > 0);
    showCounts();
    emit completeChanged();
}

void ValidationPage::showCounts()
{
    const ImportResult &r = m_state.validation;
    if (r.cancelled)
        return m_counts->setText(tr("The check was stopped."));
    QSet<int> warned, failed;
    for (const Problem &p : r.problems)
        (p.isError() ? failed : warned).insert(p.row);
    warned -= failed;
    const int rejected = r.counts.rejected;
    const int withWarnings = int(warned.size());
    const int fine = qMax(0, r.rowsRead - rejected - withWarnings);
    QStringList lines;
    lines << tr("Rows read: %1 — OK: %2, with warnings: %3, with errors (rejected): %4.")
                 .arg(r.rowsRead)
                 .arg(fine)
                 .arg(withWarnings)
                 .arg(rejected);
    if (r.ok)
        lines << tr("Importing would add %1 rows, update %2 and find %3 unchanged.", nullptr,
                    int(r.counts.inserted))
                     .arg(r.counts.inserted)
                     .arg(r.counts.updated)
                     .arg(r.counts.unchanged);
    else
        lines << r.error;
    if (r.problemsNotKept > 0)
        lines << tr("Only the first %1 problems are listed; the rejected rows file has them all.",
                    nullptr, int(r.problems.size()))
                     .arg(r.problems.size());
    lines << r.inspection.notes;
    m_counts->setText(lines.join(QLatin1Char('\n')));
}

bool ValidationPage::isComplete() const
{
    return m_done && m_state.validation.ok;
}

bool ValidationPage::saveRejectedRows(const QString &path, QString *error)
{
    QFile::remove(path);
    if (!QFile::copy(m_state.rejectsPath(), path)) {
        *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

void ValidationPage::askWhereToSave()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Rejected Rows"), tr("rejected rows.csv"), tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !saveRejectedRows(path, &error))
        QMessageBox::warning(this, tr("Save Rejected Rows"), error);
}

} // namespace busola
