#include "pageheader.h"

#include "icons.h"

#include <QLabel>
#include <QVBoxLayout>

namespace busola {

PageHeader::PageHeader(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setStyleSheet(QStringLiteral("font-size: 18pt; font-weight: 600;"));
    m_description->setObjectName(QStringLiteral("pageDescription"));
    m_description->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::MutedText.name()));
    m_description->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
}

void PageHeader::setTitle(const QString &title)
{
    m_title->setText(title);
}

void PageHeader::setDescription(const QString &description)
{
    m_description->setText(description);
    m_description->setVisible(!description.isEmpty());
}

QString PageHeader::title() const
{
    return m_title->text();
}

} // namespace busola
