#include "modepage.h"

#include "importstate.h"

#include <QDate>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace busola {

ModePage::ModePage(ImportWizardState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_update(new QRadioButton(tr("&Add and update"), this))
    , m_replace(new QRadioButton(tr("&Replace a period"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_periodError(new QLabel(this))
{
    setTitle(tr("How to import"));
    setSubTitle(tr("Everything is written in one go: if anything goes wrong, or you cancel, the "
                   "store stays exactly as it was."));
    setButtonText(QWizard::NextButton, tr("&Import"));
    m_update->setObjectName(QStringLiteral("modeUpdate"));
    m_replace->setObjectName(QStringLiteral("modeReplace"));
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_periodError->setObjectName(QStringLiteral("periodError"));
    m_periodError->setWordWrap(true);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    }
    auto describe = [this](const QString &text) {
        auto *label = new QLabel(text, this);
        label->setWordWrap(true);
        label->setIndent(24);
        return label;
    };
    auto *period = new QFormLayout;
    period->setContentsMargins(24, 0, 0, 0);
    period->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    period->addRow(tr("&From:"), m_from);
    period->addRow(tr("&To (inclusive):"), m_to);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_update);
    layout->addWidget(describe(tr("New rows are added; rows already imported (the same external "
                                  "id) are updated where they changed. Importing the same file "
                                  "twice changes nothing.")));
    layout->addSpacing(8);
    layout->addWidget(m_replace);
    layout->addWidget(describe(tr("The rows of this kind of data in the period are deleted and "
                                  "replaced by the file's. Rows of the file outside the period "
                                  "are rejected.")));
    layout->addLayout(period);
    layout->addWidget(m_periodError);
    layout->addStretch(1);
    connect(m_update, &QRadioButton::toggled, this, &ModePage::updateEnabled);
    connect(m_from, &QDateEdit::dateChanged, this, &ModePage::completeChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &ModePage::completeChanged);
}

void ModePage::initializePage()
{
    const ImportSettings &s = m_state.settings;
    (s.mode == ImportMode::Replace ? m_replace : m_update)->setChecked(true);
    // By default the last full month: what a monthly export covers.
    const QDate firstOfMonth = QDate::currentDate().addDays(1 - QDate::currentDate().day());
    m_from->setDate(s.periodFrom.isValid() ? s.periodFrom : firstOfMonth.addMonths(-1));
    m_to->setDate(s.periodTo.isValid() ? s.periodTo : firstOfMonth.addDays(-1));
    updateEnabled();
}

void ModePage::updateEnabled()
{
    m_from->setEnabled(m_replace->isChecked());
    m_to->setEnabled(m_replace->isChecked());
    emit completeChanged();
}

bool ModePage::isComplete() const
{
    const bool bad = m_replace->isChecked() && m_to->date() < m_from->date();
    m_periodError->setText(bad ? tr("The period ends before it begins.") : QString());
    return !bad;
}

bool ModePage::validatePage()
{
    ImportSettings &s = m_state.settings;
    s.mode = m_replace->isChecked() ? ImportMode::Replace : ImportMode::Update;
    s.periodFrom = s.mode == ImportMode::Replace ? m_from->date() : QDate();
    s.periodTo = s.mode == ImportMode::Replace ? m_to->date() : QDate();
    return true;
}

} // namespace busola
