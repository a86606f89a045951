#include "sourcepage.h"

#include "importstate.h"
#include "itemmodels/importpreviewmodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace busola {

namespace {

constexpr int RawPreviewRows = 30;

} // namespace

SourcePage::SourcePage(ImportWizardState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_sheet(new QComboBox(this))
    , m_headerRow(new QSpinBox(this))
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_locale(new QComboBox(this))
    , m_info(new QLabel(this))
    , m_view(new QTableView(this))
    , m_model(new ImportPreviewModel(this))
{
    setTitle(tr("How to read the file"));
    setSubTitle(tr("Busola has guessed these from the file. Change one if the preview looks "
                   "wrong: letters like ă, ș, ț garbled mean another encoding."));
    m_sheet->setObjectName(QStringLiteral("sheet"));
    m_headerRow->setObjectName(QStringLiteral("headerRow"));
    m_headerRow->setRange(1, 100000);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    m_locale->setObjectName(QStringLiteral("locale"));
    m_info->setObjectName(QStringLiteral("sourceInfo"));
    m_info->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("rawPreview"));
    m_view->setModel(m_model);
    m_view->setTabKeyNavigation(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setDefaultSectionSize(130);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->setToolTip(tr("Double-click a row (or press Enter on it) to take the header from it."));
    fillChoices();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Sheet:"), m_sheet);
    form->addRow(tr("&Header on row:"), m_headerRow);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    form->addRow(tr("&Numbers and dates as in:"), m_locale);
    auto *top = new QHBoxLayout;
    top->addLayout(form, 1);
    top->addWidget(m_info, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    for (QComboBox *combo : {m_sheet, m_encoding, m_delimiter, m_locale})
        connect(combo, &QComboBox::currentIndexChanged, this, &SourcePage::optionsChanged);
    connect(m_headerRow, &QSpinBox::valueChanged, this, &SourcePage::optionsChanged);
    auto takeHeader = [this](const QModelIndex &index) {
        m_headerRow->setValue(index.data(ImportPreviewModel::RowNumberRole).toInt());
    };
    connect(m_view, &QTableView::doubleClicked, this, takeHeader);
    connect(m_view, &QTableView::activated, this, takeHeader);
}

void SourcePage::fillChoices()
{
    m_encoding->addItem(tr("Detect"), QString());
    for (const char *name :
         {"UTF-8", "UTF-16LE", "UTF-16BE", "windows-1250", "ISO-8859-2", "ISO-8859-16"})
        m_encoding->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Vertical bar ( | )"), QStringLiteral("|"));
    m_locale->addItem(tr("Detect from the file"), QString());
    m_locale->addItem(tr("Romanian: 1.234,56 and 27.11.2026"), QStringLiteral("ro_RO"));
    m_locale->addItem(tr("English (US): 1,234.56 and 11/27/2026"), QStringLiteral("en_US"));
    m_locale->addItem(tr("English (UK): 1,234.56 and 27/11/2026"), QStringLiteral("en_GB"));
}

void SourcePage::initializePage()
{
    m_updating = true;
    const ImportSettings &s = m_state.settings;
    m_sheet->clear();
    m_sheet->addItems(m_state.inspection.sheets);
    m_sheet->setCurrentIndex(qMax(0, int(m_state.inspection.sheets.indexOf(s.sheet))));
    m_sheet->setEnabled(m_sheet->count() > 1);
    m_headerRow->setValue(qMax(1, m_state.inspection.settings.headerRow));
    m_encoding->setCurrentIndex(qMax(0, m_encoding->findData(s.encoding)));
    m_delimiter->setCurrentIndex(
        qMax(0, m_delimiter->findData(s.delimiter.isNull() ? QString() : QString(s.delimiter))));
    m_delimiter->setEnabled(!m_state.inspection.delimiter.isNull());
    if (m_locale->findData(s.locale) < 0)
        m_locale->addItem(QLocale(s.locale).nativeLanguageName(), s.locale);
    m_locale->setCurrentIndex(qMax(0, m_locale->findData(s.locale)));
    m_updating = false;
    refresh();
}

void SourcePage::optionsChanged()
{
    if (m_updating)
        return;
    ImportSettings &s = m_state.settings;
    s.sheet = m_sheet->currentIndex() > 0 ? m_sheet->currentText() : QString();
    s.headerRow = m_headerRow->value();
    s.encoding = m_encoding->currentData().toString();
    const QString delimiter = m_delimiter->currentData().toString();
    s.delimiter = delimiter.isEmpty() ? QChar() : delimiter.at(0);
    s.locale = m_locale->currentData().toString();
    // Another header (or another reading of it) needs a mapping of its own.
    s.columns.clear();
    s.profile.clear();
    s.dateOrder = DateOrder::Auto;
    s.decimalMark = DecimalMark::Auto;
    refresh();
}

void SourcePage::refresh()
{
    const bool ok = m_state.inspect();
    const Inspection &in = m_state.inspection;
    ImportPreviewModel::RawRows rows;
    QString error;
    m_readable = ImportPreviewModel::readRawRows(m_state.settings, RawPreviewRows, &rows, &error) &&
                 !in.headers.isEmpty();
    m_model->setRawRows(rows, in.settings.headerRow);
    QStringList lines;
    if (!in.encoding.isEmpty())
        lines << tr("Read as %1, columns separated by “%2”.")
                     .arg(in.encoding,
                          in.delimiter == QLatin1Char('\t') ? tr("tab") : QString(in.delimiter));
    lines << tr("Header: row %1 (marked in the preview).").arg(in.settings.headerRow);
    if (!ok && !in.error.isEmpty())
        lines << in.error;
    if (!error.isEmpty())
        lines << error;
    lines << in.notes;
    m_info->setText(lines.join(QLatin1Char('\n')));
    emit completeChanged();
}

bool SourcePage::isComplete() const
{
    return m_readable;
}

} // namespace busola
