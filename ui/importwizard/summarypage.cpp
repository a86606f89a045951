#include "summarypage.h"

#include "importstate.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace busola {

SummaryPage::SummaryPage(ImportWizardState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_counts(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_dashboard(new QPushButton(tr("Open the &Dashboard"), this))
{
    setTitle(tr("Imported"));
    setFinalPage(true);
    m_counts->setObjectName(QStringLiteral("summaryCounts"));
    m_counts->setTextFormat(Qt::PlainText);
    m_notes->setObjectName(QStringLiteral("summaryNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_dashboard->setObjectName(QStringLiteral("dashboardButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addWidget(m_notes);
    layout->addSpacing(12);
    layout->addWidget(m_dashboard, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_dashboard, &QPushButton::clicked, this, &SummaryPage::dashboardRequested);
}

void SummaryPage::initializePage()
{
    const ImportResult &r = m_state.result;
    const QLocale locale;
    setSubTitle(tr("%1 is in the store.").arg(QFileInfo(m_state.settings.file).fileName()));
    m_counts->setText(
        tr("Added: %1\nUpdated: %2\nUnchanged: %3\nRejected: %4")
            .arg(locale.toString(r.counts.inserted), locale.toString(r.counts.updated),
                 locale.toString(r.counts.unchanged), locale.toString(r.counts.rejected)));
    QStringList notes = r.inspection.notes;
    if (!m_state.settings.profile.isEmpty())
        notes << tr("The mapping is saved as the profile “%1”: next time a file with this header "
                    "comes, the wizard applies it by itself.")
                     .arg(m_state.settings.profile);
    if (r.counts.rejected > 0)
        notes << tr("The rejected rows can be fixed in the file and imported again: rows "
                    "already imported will not be duplicated.");
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_dashboard->setFocus();
}

} // namespace busola
