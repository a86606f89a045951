#include "reportspage.h"

#include "kpi/kpiengine.h"
#include "report/reportbuilder.h"
#include "report/reporttext.h"
#include "reportrenderer.h"
#include "store/store.h"

#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace busola {

namespace {
const QString Group = QStringLiteral("report");
const QStringList FilterDimensions{QString(),
                                   QStringLiteral("team"),
                                   QStringLiteral("channel"),
                                   QStringLiteral("agent"),
                                   QStringLiteral("region"),
                                   QStringLiteral("owner"),
                                   QStringLiteral("lead_source")};

/// The window's language, for the names the page borrows from the report's vocabulary.
QString uiLanguage()
{
    return QLocale().language() == QLocale::Romanian ? QStringLiteral("ro") : QStringLiteral("en");
}
} // namespace

ReportsPage::ReportsPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    buildUi();
    retranslate();
    fillPeriods();
    restoreChoices();
    fillFilterValues();
}

ReportsPage::~ReportsPage()
{
    saveChoices();
}

void ReportsPage::buildUi()
{
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);

    m_period = new QComboBox(this);
    m_period->setEditable(true);
    m_compare = new QComboBox(this);
    m_language = new QComboBox(this);
    m_language->addItem(QStringLiteral("Română"), QStringLiteral("ro"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_filterDimension = new QComboBox(this);
    m_filterValue = new QComboBox(this);
    m_filterValue->setEditable(true);
    m_filterValue->setMinimumContentsLength(16);
    m_preparedBy = new QLineEdit(this);
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);

    // Object names for tests and for whoever automates the page.
    m_period->setObjectName(QStringLiteral("period"));
    m_compare->setObjectName(QStringLiteral("compare"));
    m_language->setObjectName(QStringLiteral("language"));
    m_filterDimension->setObjectName(QStringLiteral("filterDimension"));
    m_filterValue->setObjectName(QStringLiteral("filterValue"));
    m_preparedBy->setObjectName(QStringLiteral("preparedBy"));
    m_notes->setObjectName(QStringLiteral("notes"));

    auto *form = new QFormLayout;
    m_periodLabel = new QLabel(this);
    m_compareLabel = new QLabel(this);
    m_languageLabel = new QLabel(this);
    m_filterLabel = new QLabel(this);
    m_preparedLabel = new QLabel(this);
    m_sectionsLabel = new QLabel(this);
    m_notesLabel = new QLabel(this);
    form->addRow(m_periodLabel, m_period);
    form->addRow(m_compareLabel, m_compare);
    form->addRow(m_languageLabel, m_language);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterDimension);
    filterRow->addWidget(m_filterValue, 1);
    form->addRow(m_filterLabel, filterRow);
    form->addRow(m_preparedLabel, m_preparedBy);
    auto *sections = new QGridLayout;
    for (ReportSection s : allReportSections()) {
        auto *box = new QCheckBox(this);
        box->setChecked(true);
        box->setObjectName(QStringLiteral("section_") + reportSectionKey(s));
        sections->addWidget(box, int(m_sections.size()) / 4, int(m_sections.size()) % 4);
        m_sections.insert(s, box);
    }
    form->addRow(m_sectionsLabel, sections);

    m_previewButton = new QPushButton(this);
    m_printButton = new QPushButton(this);
    m_saveButton = new QPushButton(this);
    m_saveButton->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_saveButton);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_notesLabel);
    layout->addWidget(m_notes, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_previewButton, &QPushButton::clicked, this, &ReportsPage::preview);
    connect(m_printButton, &QPushButton::clicked, this, &ReportsPage::print);
    connect(m_saveButton, &QPushButton::clicked, this, &ReportsPage::saveAs);
    connect(m_filterDimension, &QComboBox::currentIndexChanged, this,
            &ReportsPage::fillFilterValues);
    connect(m_period, &QComboBox::currentTextChanged, this, &ReportsPage::fillFilterValues);
}

void ReportsPage::retranslate()
{
    m_title->setText(tr("Meeting report"));
    m_periodLabel->setText(tr("&Period:"));
    m_periodLabel->setBuddy(m_period);
    m_period->setToolTip(tr("A month (2026-10), a quarter (2026-Q4) or a year (2026)."));
    m_compareLabel->setText(tr("&Compare with:"));
    m_compareLabel->setBuddy(m_compare);
    const int compare = std::max(0, m_compare->currentIndex());
    m_compare->clear();
    m_compare->addItem(tr("the previous period"), QStringLiteral("previous"));
    m_compare->addItem(tr("the same period a year earlier"), QStringLiteral("year"));
    m_compare->setCurrentIndex(compare);
    m_languageLabel->setText(tr("Report &language:"));
    m_languageLabel->setBuddy(m_language);
    m_filterLabel->setText(tr("&Only for:"));
    m_filterLabel->setBuddy(m_filterDimension);
    const int dim = std::max(0, m_filterDimension->currentIndex());
    const QSignalBlocker block(m_filterDimension);
    m_filterDimension->clear();
    const ReportText names(uiLanguage());
    for (const QString &d : FilterDimensions)
        m_filterDimension->addItem(d.isEmpty() ? tr("the whole company") : names.dimension(d), d);
    m_filterDimension->setCurrentIndex(dim);
    m_preparedLabel->setText(tr("Prepared &by:"));
    m_preparedLabel->setBuddy(m_preparedBy);
    m_sectionsLabel->setText(tr("Sections:"));
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it)
        it.value()->setText(names.section(it.key()));
    m_notesLabel->setText(tr("&Notes and action items (printed at the end):"));
    m_notesLabel->setBuddy(m_notes);
    m_previewButton->setText(tr("Pre&view…"));
    m_printButton->setText(tr("&Print…"));
    m_saveButton->setText(tr("&Save as PDF…"));
}

void ReportsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReportsPage::fillPeriods()
{
    // Months, quarters and years before today: a report is made after its period ended.
    const ReportText names(uiLanguage());
    const QDate today = QDate::currentDate();
    const QString current = m_period->currentText();
    const QSignalBlocker block(m_period);
    m_period->clear();
    QDate month(today.year(), today.month(), 1);
    for (int i = 0; i < 24; ++i) {
        month = month.addMonths(-1);
        m_period->addItem(month.toString(QStringLiteral("yyyy-MM")) + QStringLiteral(" · ") +
                          names.monthLong(month.year() * 100 + month.month()));
    }
    QDate quarter(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    for (int i = 0; i < 8; ++i) {
        quarter = quarter.addMonths(-3);
        m_period->addItem(
            QStringLiteral("%1-Q%2").arg(quarter.year()).arg((quarter.month() - 1) / 3 + 1));
    }
    for (int y = today.year() - 1; y >= today.year() - 3; --y)
        m_period->addItem(QString::number(y));
    if (!current.isEmpty())
        m_period->setCurrentText(current);
}

void ReportsPage::fillFilterValues()
{
    const QString dimension = m_filterDimension->currentData().toString();
    const QString current = m_filterValue->currentText();
    m_filterValue->clear();
    m_filterValue->setEnabled(!dimension.isEmpty());
    if (dimension.isEmpty())
        return;
    const std::optional<KpiPeriod> period = KpiPeriod::parse(request().period, QString(), nullptr);
    if (period) {
        KpiEngine engine(m_store);
        for (const QString &value : engine.dimensionValues(dimension, *period))
            if (!value.isEmpty())
                m_filterValue->addItem(value);
    }
    m_filterValue->setCurrentText(current);
}

ReportRequest ReportsPage::request() const
{
    ReportRequest r;
    r.period = m_period->currentText().section(QLatin1Char(' '), 0, 0).trimmed();
    r.compareYearAgo = m_compare->currentData().toString() == QLatin1String("year");
    r.language = m_language->currentData().toString();
    const QString dimension = m_filterDimension->currentData().toString();
    const QString value = m_filterValue->currentText().trimmed();
    if (!dimension.isEmpty() && !value.isEmpty())
        r.filters.insert(dimension, {value});
    r.sections.clear();
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it)
        if (it.value()->isChecked())
            r.sections << it.key();
    r.notes = m_notes->toPlainText();
    r.preparedBy = m_preparedBy->text().trimmed();
    return r;
}

void ReportsPage::restoreChoices()
{
    QSettings settings;
    settings.beginGroup(Group);
    const QString period = settings.value(QStringLiteral("period")).toString();
    if (!period.isEmpty())
        m_period->setCurrentText(period);
    m_compare->setCurrentIndex(
        std::max(0, m_compare->findData(settings.value(QStringLiteral("compare")))));
    const QString language = settings.value(QStringLiteral("language"), uiLanguage()).toString();
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    m_filterDimension->setCurrentIndex(std::max(
        0, m_filterDimension->findData(settings.value(QStringLiteral("filterDimension")))));
    m_filterValue->setCurrentText(settings.value(QStringLiteral("filterValue")).toString());
    m_preparedBy->setText(settings.value(QStringLiteral("preparedBy")).toString());
    m_notes->setPlainText(settings.value(QStringLiteral("notes")).toString());
    if (settings.contains(QStringLiteral("sections"))) {
        const QStringList keys = settings.value(QStringLiteral("sections")).toStringList();
        for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it)
            it.value()->setChecked(keys.contains(reportSectionKey(it.key())));
    }
}

void ReportsPage::saveChoices() const
{
    QSettings settings;
    settings.beginGroup(Group);
    settings.setValue(QStringLiteral("period"), m_period->currentText());
    settings.setValue(QStringLiteral("compare"), m_compare->currentData());
    settings.setValue(QStringLiteral("language"), m_language->currentData());
    settings.setValue(QStringLiteral("filterDimension"), m_filterDimension->currentData());
    settings.setValue(QStringLiteral("filterValue"), m_filterValue->currentText());
    settings.setValue(QStringLiteral("preparedBy"), m_preparedBy->text());
    settings.setValue(QStringLiteral("notes"), m_notes->toPlainText());
    QStringList keys;
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it)
        if (it.value()->isChecked())
            keys << reportSectionKey(it.key());
    settings.setValue(QStringLiteral("sections"), keys);
}

bool ReportsPage::buildData(ReportData *content)
{
    saveChoices();
    QString error;
    ReportBuilder builder(m_store);
    *content = builder.build(request(), &error);
    if (!error.isEmpty()) {
        showMessage(error, true);
        return false;
    }
    return true;
}

void ReportsPage::paintOn(QPrinter *printer)
{
    ReportRenderer::preparePageLayout(*printer);
    ReportRenderer renderer(m_data);
    QString error;
    if (renderer.render(*printer, &error) == 0)
        showMessage(error, true);
}

void ReportsPage::preview()
{
    if (!buildData(&m_data))
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Report preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &ReportsPage::paintOn);
    dialog.exec();
}

void ReportsPage::print()
{
    if (!buildData(&m_data))
        return;
    QPrinter printer(QPrinter::HighResolution);
    ReportRenderer::preparePageLayout(printer);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    paintOn(&printer);
    showMessage(tr("Report sent to the printer."));
}

bool ReportsPage::saveReport(const QString &fileName, QString *error)
{
    saveChoices();
    ReportBuilder builder(m_store);
    QString why;
    const ReportData content = builder.build(request(), &why);
    if (why.isEmpty() && writeReportPdf(content, fileName, &why))
        return true;
    if (error)
        *error = why;
    return false;
}

void ReportsPage::saveAs()
{
    const ReportRequest r = request();
    QSettings settings;
    const QString folder =
        settings.value(Group + QStringLiteral("/folder"), QDir::homePath()).toString();
    const QString suggested =
        QDir(folder).filePath((r.language == QLatin1String("en") ? QStringLiteral("report-%1.pdf")
                                                                 : QStringLiteral("raport-%1.pdf"))
                                  .arg(r.period));
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Save the report as PDF"),
                                                          suggested, tr("PDF files (*.pdf)"));
    if (fileName.isEmpty())
        return;
    settings.setValue(Group + QStringLiteral("/folder"), QFileInfo(fileName).absolutePath());
    QString error;
    if (saveReport(fileName, &error))
        showMessage(tr("Report saved to %1.").arg(QDir::toNativeSeparators(fileName)));
    else
        showMessage(error, true);
}

void ReportsPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

} // namespace busola
