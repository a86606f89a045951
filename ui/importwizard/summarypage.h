#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace busola {

class ImportWizardState;

/// Page 9: what the import did (added, updated, unchanged, rejected) and the way to the
/// dashboard.
class SummaryPage final : public QWizardPage
{
    Q_OBJECT

public:
    SummaryPage(ImportWizardState &state, QWidget *parent = nullptr);

    void initializePage() override;

signals:
    void dashboardRequested();

private:
    ImportWizardState &m_state;
    QLabel *m_counts;
    QLabel *m_notes;
    QPushButton *m_dashboard;
};

} // namespace busola
