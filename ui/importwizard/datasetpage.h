#pragma once

#include <QWizardPage>

class QButtonGroup;
class QLabel;

namespace busola {

class ImportWizardState;

/// Page 3: what the file holds — support tickets, sales, feedback or support costs. The one
/// the header suggests is chosen.
class DatasetPage final : public QWizardPage
{
    Q_OBJECT

public:
    DatasetPage(ImportWizardState &state, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    ImportWizardState &m_state;
    QButtonGroup *m_group;
    QLabel *m_hint;
};

} // namespace busola
