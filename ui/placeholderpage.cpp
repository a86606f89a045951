#include "placeholderpage.h"

#include "shell/pageheader.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace busola {

PlaceholderPage::PlaceholderPage(const char *title, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_header(new PageHeader(this))
    , m_textLabel(new QLabel(this))
{
    m_textLabel->setObjectName(QStringLiteral("placeholderText"));
    m_textLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 16);
    layout->setSpacing(18);
    layout->addWidget(m_header);
    layout->addWidget(m_textLabel);
    layout->addStretch();
    retranslate();
}

void PlaceholderPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlaceholderPage::retranslate()
{
    m_header->setTitle(QCoreApplication::translate("busola::MainWindow", m_title));
    m_header->setDescription(QString());
    m_textLabel->setText(tr("This page is not yet available in this version of Busola."));
}

} // namespace busola
