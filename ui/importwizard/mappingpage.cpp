#include "mappingpage.h"

#include "choicedelegate.h"
#include "importstate.h"
#include "itemmodels/columnmappingmodel.h"
#include "itemmodels/importpreviewmodel.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace busola {

namespace {

constexpr int PreviewRows = 50;

} // namespace

MappingPage::MappingPage(ImportWizardState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_mapping(new ColumnMappingModel(this))
    , m_preview(new ImportPreviewModel(this))
    , m_mappingView(new QTableView(this))
    , m_previewView(new QTableView(this))
    , m_message(new QLabel(this))
    , m_profile(new QLineEdit(this))
{
    setTitle(tr("Which column feeds which field"));
    setSubTitle(tr("Busola matched the columns by their names. Check the values as read; "
                   "choose another column where one is wrong (Enter or F2 on a row)."));
    m_mappingView->setObjectName(QStringLiteral("mappingView"));
    m_mappingView->setModel(m_mapping);
    m_mappingView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    // Tab leaves the table (arrows move within it), so the page works from the keyboard.
    m_mappingView->setTabKeyNavigation(false);
    m_mappingView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_mappingView->setItemDelegateForColumn(
        ColumnMappingModel::SourceColumn,
        new ChoiceDelegate(
            [this](const QModelIndex &) {
                ChoiceDelegate::Choices choices{{tr("(none)"), -1}};
                const QStringList &headers = m_mapping->headers();
                for (int c = 0; c < headers.size(); ++c)
                    choices.append({QStringLiteral("%1 · %2").arg(
                                        ImportPreviewModel::columnLetter(c), headers.at(c)),
                                    c});
                return choices;
            },
            this));
    m_mappingView->verticalHeader()->hide();
    m_mappingView->horizontalHeader()->setStretchLastSection(true);
    m_mappingView->verticalHeader()->setDefaultSectionSize(m_mappingView->fontMetrics().height() +
                                                           10);
    m_previewView->setObjectName(QStringLiteral("parsedPreview"));
    m_previewView->setModel(m_preview);
    m_previewView->setTabKeyNavigation(false);
    m_previewView->horizontalHeader()->setDefaultSectionSize(140);
    m_message->setObjectName(QStringLiteral("mappingMessage"));
    m_message->setWordWrap(true);
    m_profile->setObjectName(QStringLiteral("profileName"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_mappingView);
    splitter->addWidget(m_previewView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Save the mapping as &profile:"), m_profile);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addLayout(form);

    connect(m_mapping, &ColumnMappingModel::mappingChanged, this, &MappingPage::mappingChanged);
}

void MappingPage::initializePage()
{
    m_state.adoptInspection();
    const Inspection &in = m_state.inspection;
    m_mapping->setMapping(m_state.settings.dataset.value_or(Dataset::Support), in.headers,
                          m_state.settings.columns);
    m_mappingView->resizeColumnsToContents();
    m_profile->setText(m_state.suggestedProfileName());
    refreshPreview();
}

void MappingPage::mappingChanged(const ColumnMapping &columns)
{
    m_state.settings.columns = columns;
    refreshPreview();
}

void MappingPage::refreshPreview()
{
    const Preview preview = m_state.preview(PreviewRows);
    if (preview.inspection.ok) {
        m_preview->setPreview(preview);
        m_mapping->setSamples(preview);
    } else {
        m_preview->clear();
        m_mapping->setSamples(Preview());
    }
    showMissing();
    emit completeChanged();
}

void MappingPage::showMissing()
{
    const QStringList missing = m_mapping->missingRequired();
    QStringList lines;
    if (!missing.isEmpty())
        lines << tr("Choose a column for: %1. Busola cannot import %2 without it.")
                     .arg(missing.join(QStringLiteral("; ")),
                          datasetLabel(m_mapping->dataset()).toLower());
    else if (!m_state.inspection.ok)
        lines << m_state.inspection.error;
    const int problems = m_preview->problemCellCount();
    if (problems > 0)
        lines << tr("Cells of the first rows that cannot be read as their field: %1 (marked in "
                    "red; hover over one to see why). Their rows will be rejected.")
                     .arg(problems);
    m_message->setText(lines.join(QLatin1Char('\n')));
    m_message->setStyleSheet(
        missing.isEmpty() ? QString() : QStringLiteral("color: #b00020; font-weight: 600;"));
}

bool MappingPage::isComplete() const
{
    return m_mapping->missingRequired().isEmpty() && m_state.inspection.ok;
}

bool MappingPage::validatePage()
{
    m_state.settings.profile = m_profile->text().trimmed();
    return isComplete();
}

} // namespace busola
