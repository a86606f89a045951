#include "validationpage.h"

#include "importrunner.h"
#include "importstate.h"
#include "itemmodels/problemmodel.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
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
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_runner, &ImportRunner::progressed, this,
            [this](double fraction, int) { m_progress->setValue(int(fraction * 1000)); });
    connect(m_runner, &ImportRunner::finished, this, &ValidationPage::finished);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_problems->setFilter(ProblemModel::Filter(m_filter->currentData().toInt()));
    });
    connect(m_saveRejected, &QPushButton::clicked, this, &ValidationPage::askWhereToSave);
}

void ValidationPage::initializePage()
{
    m_done = false;
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
    return m_runner->isRunning();
}

void ValidationPage::finished()
{
    m_state.validation = m_runner->result();
    m_done = true;
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
        lines << tr("Importing would add %1 rows, update %2 and find %3 unchanged.")
                     .arg(r.counts.inserted)
                     .arg(r.counts.updated)
                     .arg(r.counts.unchanged);
    else
        lines << r.error;
    if (r.problemsNotKept > 0)
        lines << tr("Only the first %1 problems are listed; the rejected rows file has them all.")
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
