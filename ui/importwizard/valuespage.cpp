#include "valuespage.h"

#include "choicedelegate.h"
#include "importstate.h"
#include "itemmodels/importvaluemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace busola {

namespace {

/// Enough rows to meet every value an enumerated column uses, few enough to stay quick.
constexpr int ScannedRows = 20000;

} // namespace

ValuesPage::ValuesPage(ImportWizardState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_model(new ImportValueModel(this))
    , m_view(new QTableView(this))
    , m_message(new QLabel(this))
{
    setTitle(tr("What the values mean"));
    setSubTitle(tr("The words the export uses for channels, stages, statuses and ratings, and "
                   "what each becomes in Busola. Change one with Enter or F2."));
    m_view->setObjectName(QStringLiteral("valuesView"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_view->setTabKeyNavigation(false); // Tab leaves the table: keyboard-only use
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setItemDelegateForColumn(
        ImportValueModel::TargetColumn,
        new ChoiceDelegate(
            [this](const QModelIndex &index) {
                ChoiceDelegate::Choices choices;
                const Field field = m_model->entryAt(index.row()).field;
                for (const ImportValueModel::Choice &c : ImportValueModel::choices(field))
                    choices.append({c.second, c.first});
                return choices;
            },
            this));
    m_message->setObjectName(QStringLiteral("valuesMessage"));
    m_message->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
}

void ValuesPage::initializePage()
{
    QString error;
    const QVector<ImportValueModel::Entry> entries =
        ImportValueModel::collect(m_state.inspection, ScannedRows, &error);
    m_model->setEntries(entries, m_state.settings.values);
    m_view->resizeColumnsToContents();
    if (!error.isEmpty())
        m_message->setText(error);
    else if (entries.isEmpty())
        m_message->setText(
            tr("The mapped columns hold no words to translate: nothing to do here."));
    else
        m_message->setText(tr("“Kept as it is” keeps the export's own word (e.g. a channel of "
                              "its own, shown under “other” in breakdowns)."));
}

bool ValuesPage::validatePage()
{
    m_state.settings.values = m_model->valueMapping();
    return true;
}

} // namespace busola
