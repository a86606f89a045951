#include "storestatus.h"

#include "icons.h"
#include "itemmodels/recordtables.h"
#include "store/store.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace busola {

StoreStatus::StoreStatus(QWidget *parent)
    : QWidget(parent)
    , m_location(new QLabel(this))
    , m_counts(new QLabel(this))
{
    auto *icon = new QLabel(this);
    icon->setPixmap(tintedIcon(QStringLiteral("store"), Theme::MutedText).pixmap(16, 16));
    m_location->setObjectName(QStringLiteral("storeLocation"));
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counts->setObjectName(QStringLiteral("storeCounts"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(icon);
    layout->addWidget(m_location, 1);
    layout->addWidget(m_counts);
}

void StoreStatus::refresh(const Store &store)
{
    m_store = &store;
    retranslate();
}

QString StoreStatus::locationText() const
{
    return m_location->text();
}

QString StoreStatus::countsText() const
{
    return m_counts->text();
}

void StoreStatus::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_store)
        retranslate();
    QWidget::changeEvent(event);
}

void StoreStatus::retranslate()
{
    m_location->setText(m_store->location());
    const RecordCounts counts = countRecords(*m_store);
    if (counts.interactions < 0 || counts.deals < 0 || counts.feedback < 0) {
        m_counts->setText(tr("Cannot count the records"));
        return;
    }
    const QLocale locale;
    m_counts->setText(tr("Support interactions: %1   ·   Deals: %2   ·   Feedback responses: %3")
                          .arg(locale.toString(counts.interactions), locale.toString(counts.deals),
                               locale.toString(counts.feedback)));
}

} // namespace busola
