#include "importstate.h"

#include "store/store.h"

#include <QFileInfo>

namespace busola {

ImportWizardState::ImportWizardState(Store &store)
    : m_store(store)
    , m_engine(store)
{}

ImportWizardState::~ImportWizardState() = default;

QString ImportWizardState::storeLocation() const
{
    return m_store.location();
}

bool ImportWizardState::setFile(const QString &path)
{
    settings = ImportSettings();
    settings.file = path;
    // The locale chosen in Settings for imports; files still settle what they make clear.
    settings.locale = m_store.setting(SettingKeys::ImportLocale);
    validation = ImportResult();
    result = ImportResult();
    const bool ok = inspect();
    if (profileMatched())
        adoptInspection();
    return ok;
}

bool ImportWizardState::inspect()
{
    inspection = m_engine.inspect(settings);
    return inspection.ok;
}

Preview ImportWizardState::preview(int rows)
{
    Preview preview = m_engine.preview(settings, rows);
    inspection = preview.inspection;
    return preview;
}

void ImportWizardState::adoptInspection()
{
    const ImportSettings &resolved = inspection.settings;
    settings.headerRow = resolved.headerRow;
    settings.sheet = resolved.sheet;
    if (resolved.dataset)
        settings.dataset = resolved.dataset;
    settings.columns = resolved.columns;
    settings.values = resolved.values;
    if (!inspection.profileApplied.isEmpty())
        settings.profile = inspection.profileApplied;
}

QString ImportWizardState::suggestedProfileName() const
{
    if (!settings.profile.isEmpty())
        return settings.profile;
    const Dataset dataset = inspection.settings.dataset.value_or(Dataset::Support);
    return tr("%1 (%2)").arg(datasetLabel(dataset), QFileInfo(settings.file).completeBaseName());
}

QString ImportWizardState::rejectsPath() const
{
    return m_temp.filePath(QStringLiteral("rejected-rows.csv"));
}

QString datasetLabel(Dataset dataset)
{
    switch (dataset) {
    case Dataset::Support:
        return ImportWizardState::tr("Support tickets");
    case Dataset::Sales:
        return ImportWizardState::tr("Sales");
    case Dataset::Feedback:
        return ImportWizardState::tr("Customer feedback");
    case Dataset::Costs:
        return ImportWizardState::tr("Support costs");
    }
    return {};
}

} // namespace busola
