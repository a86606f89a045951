#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace busola {

class ImportWizardState;

/// Page 1: which file. A header seen before (a saved profile) sends the wizard straight to
/// validation: the second month is three clicks.
class FilePage final : public QWizardPage
{
    Q_OBJECT

public:
    FilePage(ImportWizardState &state, QWidget *parent = nullptr);

    /// Sets the file (as typing it would).
    void setFile(const QString &path);

    bool isComplete() const override;
    int nextId() const override;

    /// The file dialog's filter: every format the engine reads.
    static QString fileFilter();

private:
    void browse();
    void fileChanged();

    ImportWizardState &m_state;
    QLineEdit *m_path;
    QLabel *m_summary;
    QLabel *m_profileNotice;
    bool m_readable = false;
};

} // namespace busola
