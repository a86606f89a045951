#pragma once

#include <QWizardPage>

class QLabel;
class QTableView;

namespace busola {

class ImportValueModel;
class ImportWizardState;

/// Page 5: what the export's words become ("Telefon" → phone, "Câștigat" → won,
/// "Foarte mulțumit" → 5), starting from Busola's defaults and the profile's choices.
class ValuesPage final : public QWizardPage
{
    Q_OBJECT

public:
    ValuesPage(ImportWizardState &state, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

    ImportValueModel *valueModel() const { return m_model; }

private:
    ImportWizardState &m_state;
    ImportValueModel *m_model;
    QTableView *m_view;
    QLabel *m_message;
};

} // namespace busola
