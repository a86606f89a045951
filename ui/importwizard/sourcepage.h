#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableView;

namespace busola {

class ImportPreviewModel;
class ImportWizardState;

/// Page 2: how to read the file — sheet, header row, encoding, delimiter, locale — with a
/// live preview of its first rows as read, the header row marked.
class SourcePage final : public QWizardPage
{
    Q_OBJECT

public:
    SourcePage(ImportWizardState &state, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    ImportPreviewModel *previewModel() const { return m_model; }

private:
    void fillChoices();
    void optionsChanged();
    void refresh();

    ImportWizardState &m_state;
    QComboBox *m_sheet;
    QSpinBox *m_headerRow;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QComboBox *m_locale;
    QLabel *m_info;
    QTableView *m_view;
    ImportPreviewModel *m_model;
    bool m_updating = false;
    bool m_readable = false;
};

} // namespace busola
