#include "datasetpage.h"

#include "importstate.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace busola {

DatasetPage::DatasetPage(ImportWizardState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_group(new QButtonGroup(this))
    , m_hint(new QLabel(this))
{
    setTitle(tr("What the file holds"));
    setSubTitle(tr("Each kind of data feeds its own KPIs."));
    auto *layout = new QVBoxLayout(this);
    const struct
    {
        Dataset dataset;
        const char *name;
        const char *description;
    } choices[] = {
        {Dataset::Support, "support",
         QT_TR_NOOP("Tickets, calls and chats: response and resolution times, first contact "
                    "resolution, satisfaction, costs, complaints.")},
        {Dataset::Sales, "sales",
         QT_TR_NOOP("Deals or leads with their stage, or orders and invoices: monthly sales, "
                    "lead conversion, time to close, retention.")},
        {Dataset::Feedback, "feedback",
         QT_TR_NOOP("Survey answers: a date, a score and perhaps a comment.")},
        {Dataset::Costs, "costs",
         QT_TR_NOOP("The support department's cost per month, for the cost per interaction.")},
    };
    for (const auto &choice : choices) {
        auto *button = new QRadioButton(datasetLabel(choice.dataset), this);
        button->setObjectName(QStringLiteral("dataset_") + QLatin1String(choice.name));
        auto *description = new QLabel(tr(choice.description), this);
        description->setWordWrap(true);
        description->setIndent(24);
        description->setBuddy(button);
        m_group->addButton(button, int(choice.dataset));
        layout->addWidget(button);
        layout->addWidget(description);
        layout->addSpacing(6);
    }
    m_hint->setObjectName(QStringLiteral("datasetHint"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    layout->addStretch(1);
    connect(m_group, &QButtonGroup::idClicked, this, &DatasetPage::completeChanged);
}

void DatasetPage::initializePage()
{
    const std::optional<Dataset> detected = m_state.inspection.settings.dataset;
    if (detected) {
        m_group->button(int(*detected))->setChecked(true);
        m_hint->setText(tr("The header looks like %1.").arg(datasetLabel(*detected)));
    } else {
        m_hint->setText(tr("The header did not say which: choose one."));
    }
    emit completeChanged();
}

bool DatasetPage::isComplete() const
{
    return m_group->checkedId() >= 0;
}

bool DatasetPage::validatePage()
{
    const Dataset chosen = Dataset(m_group->checkedId());
    if (m_state.inspection.settings.dataset != chosen) {
        // Another dataset has other fields: map the header afresh for it.
        m_state.settings.dataset = chosen;
        m_state.settings.columns.clear();
        m_state.settings.profile.clear();
        m_state.inspect();
    }
    m_state.settings.dataset = chosen;
    return true;
}

} // namespace busola
