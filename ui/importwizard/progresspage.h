#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace busola {

class ImportRunner;
class ImportWizardState;

/// Page 8: the import, on a worker thread, with a progress bar and a Cancel that rolls it
/// all back. When it has been written, the wizard moves on to the summary by itself.
class ProgressPage final : public QWizardPage
{
    Q_OBJECT

public:
    ProgressPage(ImportWizardState &state, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    /// True from the start of the import until its result is shown.
    bool isRunning() const;
    /// Stops the import; the store stays as it was.
    void cancel();
    ImportRunner *runner() const { return m_runner; }

signals:
    /// The import was written (the store changed).
    void imported();

private:
    void finished();

    ImportWizardState &m_state;
    ImportRunner *m_runner;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_cancel;
    bool m_done = false;
    bool m_running = false;
};

} // namespace busola
