#pragma once

#include "report/reportdata.h"

#include <QCheckBox>
#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPrinter;
class QPushButton;

namespace busola {

class Store;

/// The Reports page: the manager chooses period, comparison, the report's language
/// (independent of the window's), a filter for one team / channel / region, the sections and
/// types notes; then previews, prints or saves the PDF. The choices are remembered (QSettings,
/// group "report"). The content comes from ReportBuilder, the pages from ReportRenderer.
class ReportsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsPage(Store &store, QWidget *parent = nullptr);
    ~ReportsPage() override;

    /// The choices on the page as a request.
    ReportRequest request() const;
    /// Builds and writes the PDF; false and *error when the request or the file is wrong.
    bool saveReport(const QString &fileName, QString *error);

public slots:
    void preview();
    void print();
    void saveAs();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void fillPeriods();
    void fillFilterValues();
    void restoreChoices();
    void saveChoices() const;
    /// The report's content for the current choices, or false with a message shown.
    bool buildData(ReportData *content);
    void paintOn(QPrinter *printer);
    void showMessage(const QString &text, bool error = false);

    Store &m_store;
    ReportData m_data;
    QComboBox *m_period = nullptr;
    QComboBox *m_compare = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_filterDimension = nullptr;
    QComboBox *m_filterValue = nullptr;
    QLineEdit *m_preparedBy = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QMap<ReportSection, QCheckBox *> m_sections;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_periodLabel = nullptr;
    QLabel *m_compareLabel = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLabel *m_filterLabel = nullptr;
    QLabel *m_preparedLabel = nullptr;
    QLabel *m_sectionsLabel = nullptr;
    QLabel *m_notesLabel = nullptr;
};

} // namespace busola
