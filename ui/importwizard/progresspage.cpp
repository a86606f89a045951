#include "progresspage.h"

#include "importrunner.h"
#include "importstate.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

namespace busola {

ProgressPage::ProgressPage(ImportWizardState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_runner(new ImportRunner(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_cancel(new QPushButton(tr("&Cancel the Import"), this))
{
    setTitle(tr("Importing"));
    setSubTitle(tr("Cancel rolls everything back: the store stays as it was."));
    // Once written, there is no going back to pages that describe an import not yet done.
    setCommitPage(true);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1000);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_runner, &ImportRunner::progressed, this, [this](double fraction, int rows) {
        m_progress->setValue(int(fraction * 1000));
        m_status->setText(tr("%1 rows read…", nullptr, rows).arg(QLocale().toString(rows)));
    });
    connect(m_runner, &ImportRunner::finished, this, &ProgressPage::finished);
    connect(m_cancel, &QPushButton::clicked, this, &ProgressPage::cancel);
}

void ProgressPage::initializePage()
{
    m_done = false;
    m_running = true;
    m_state.result = ImportResult();
    m_progress->setValue(0);
    m_status->setText(tr("Importing %1…").arg(m_state.settings.file));
    m_cancel->setEnabled(true);
    m_cancel->setFocus();
    ImportSettings settings = m_state.settings;
    settings.dryRun = false;
    settings.rejectsFile.clear();
    m_runner->start(m_state.storeLocation(), settings);
    emit completeChanged();
}

bool ProgressPage::isRunning() const
{
    // Until finished() has run: the worker may be done while its signal is still queued.
    return m_running;
}

void ProgressPage::cancel()
{
    if (!m_running)
        return;
    m_runner->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void ProgressPage::finished()
{
    m_state.result = m_runner->result();
    m_done = true;
    m_running = false;
    m_cancel->setEnabled(false);
    const ImportResult &r = m_state.result;
    if (r.ok) {
        m_progress->setValue(1000);
        m_status->setText(tr("Done."));
        emit imported();
        emit completeChanged();
        // The summary follows by itself; queued, so the wizard has seen completeChanged.
        QTimer::singleShot(0, this, [this] {
            if (wizard() && wizard()->currentPage() == this)
                wizard()->next();
        });
        return;
    }
    m_status->setText(r.cancelled
                          ? tr("The import was cancelled: nothing was written, the store is as "
                               "it was. Go back to change something, or close the wizard.")
                          : tr("Nothing was imported: %1").arg(r.error));
    emit completeChanged();
}

bool ProgressPage::isComplete() const
{
    return m_done && m_state.result.ok;
}

} // namespace busola
