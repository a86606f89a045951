#include "importwizard.h"

#include "datasetpage.h"
#include "filepage.h"
#include "importrunner.h"
#include "importstate.h"
#include "mappingpage.h"
#include "modepage.h"
#include "progresspage.h"
#include "sourcepage.h"
#include "summarypage.h"
#include "validationpage.h"
#include "valuespage.h"

#include <QSettings>

namespace busola {

namespace {

const QString sizeKey = QStringLiteral("importWizard/size");

} // namespace

ImportWizard::ImportWizard(Store &store, const QString &file, QWidget *parent)
    : QWizard(parent)
    , m_state(std::make_unique<ImportWizardState>(store))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import a File"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    auto *filePage = new FilePage(*m_state, this);
    setPage(FilePageId, filePage);
    setPage(SourcePageId, new SourcePage(*m_state, this));
    setPage(DatasetPageId, new DatasetPage(*m_state, this));
    setPage(MappingPageId, new MappingPage(*m_state, this));
    setPage(ValuesPageId, new ValuesPage(*m_state, this));
    setPage(ValidationPageId, new ValidationPage(*m_state, this));
    setPage(ModePageId, new ModePage(*m_state, this));
    auto *progress = new ProgressPage(*m_state, this);
    setPage(ProgressPageId, progress);
    auto *summary = new SummaryPage(*m_state, this);
    setPage(SummaryPageId, summary);
    setStartId(FilePageId);
    setButtonText(QWizard::CommitButton, tr("&Next >"));

    connect(progress, &ProgressPage::imported, this, &ImportWizard::imported);
    connect(summary, &SummaryPage::dashboardRequested, this, [this] {
        emit dashboardRequested();
        accept();
    });
    restoreSize();
    if (!file.isEmpty())
        filePage->setFile(file);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::restoreSize()
{
    const QSize size = QSettings().value(sizeKey).toSize();
    resize(size.isValid() ? size : QSize(980, 700));
}

void ImportWizard::done(int result)
{
    QSettings().setValue(sizeKey, size());
    QWizard::done(result);
}

void ImportWizard::reject()
{
    // Closing while the import runs cancels it first (a rollback), then closes.
    if (auto *progress = qobject_cast<ProgressPage *>(page(ProgressPageId));
        progress && progress->isRunning()) {
        progress->cancel();
        connect(progress->runner(), &ImportRunner::finished, this, &QWizard::reject,
                Qt::SingleShotConnection);
        return;
    }
    QWizard::reject();
}

} // namespace busola
