#pragma once

#include <QWizardPage>

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace busola {

class ImportRunner;
class ImportWizardState;
class ProblemModel;

/// Page 6: the whole file checked by a dry run of the import (on a worker thread): rows OK,
/// with warnings, rejected; every problem with its row as the spreadsheet shows it, column,
/// value and reason, filtered by kind; the rejected rows can be saved as CSV.
class ValidationPage final : public QWizardPage
{
    Q_OBJECT

public:
    ValidationPage(ImportWizardState &state, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    /// Copies the rejected rows (CSV, as the engine wrote them) to path.
    bool saveRejectedRows(const QString &path, QString *error);
    /// True from the start of a check until its result is shown.
    bool isValidating() const;
    ProblemModel *problemModel() const { return m_problems; }
    ImportRunner *runner() const { return m_runner; }

private:
    void createOptions();
    void startValidation();
    void applyOptions();
    void finished();
    void showCounts();
    void askWhereToSave();

    ImportWizardState &m_state;
    ImportRunner *m_runner;
    ProblemModel *m_problems;
    QProgressBar *m_progress;
    QLabel *m_counts;
    QComboBox *m_filter;
    QTableView *m_view;
    QPushButton *m_saveRejected;
    QGroupBox *m_options;
    QComboBox *m_lines;
    QComboBox *m_keyColumn;
    QDoubleSpinBox *m_rate;
    QPushButton *m_checkAgain;
    bool m_done = false;
};

} // namespace busola
