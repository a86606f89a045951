#pragma once

#include "import/importsettings.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QTableView;

namespace busola {

class ColumnMappingModel;
class ImportPreviewModel;
class ImportWizardState;

/// Page 4: which column feeds each field, with a sample of the values parsed from it and the
/// first rows as parsed, cells that fail marked (the reason in the tooltip). Required fields
/// left unmapped block Next, named in a message. The mapping is saved as a named profile.
class MappingPage final : public QWizardPage
{
    Q_OBJECT

public:
    MappingPage(ImportWizardState &state, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    ColumnMappingModel *mappingModel() const { return m_mapping; }
    ImportPreviewModel *previewModel() const { return m_preview; }

private:
    void mappingChanged(const ColumnMapping &columns);
    void refreshPreview();
    void showMissing();

    ImportWizardState &m_state;
    ColumnMappingModel *m_mapping;
    ImportPreviewModel *m_preview;
    QTableView *m_mappingView;
    QTableView *m_previewView;
    QLabel *m_message;
    QLineEdit *m_profile;
};

} // namespace busola
