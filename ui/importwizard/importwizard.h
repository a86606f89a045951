#pragma once

#include "pageids.h"

#include <QWizard>

#include <memory>

namespace busola {

class ImportWizardState;
class Store;

/// The import wizard: file → how to read it → dataset → column mapping → value mapping →
/// validation → mode → import → summary. A thin face on the import engine: its pages edit
/// one ImportSettings (held by ImportWizardState) and show what the engine makes of it.
class ImportWizard final : public QWizard
{
    Q_OBJECT

public:
    /// With a file, the wizard opens on it (a file dropped on the window, `busola FILE`).
    ImportWizard(Store &store, const QString &file = QString(), QWidget *parent = nullptr);
    ~ImportWizard() override;

    ImportWizardState &state() const { return *m_state; }

    void done(int result) override;
    void reject() override;

signals:
    /// An import was written to the store.
    void imported();
    void dashboardRequested();

private:
    void restoreSize();

    std::unique_ptr<ImportWizardState> m_state;
};

} // namespace busola
