#pragma once

#include <QWizardPage>

class QDateEdit;
class QLabel;
class QRadioButton;

namespace busola {

class ImportWizardState;

/// Page 7: add and update by external id (the default), or replace a period: the dataset's
/// rows in it are replaced by the file's.
class ModePage final : public QWizardPage
{
    Q_OBJECT

public:
    ModePage(ImportWizardState &state, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void updateEnabled();

    ImportWizardState &m_state;
    QRadioButton *m_update;
    QRadioButton *m_replace;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_periodError;
};

} // namespace busola
