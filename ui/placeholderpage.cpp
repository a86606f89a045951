#include "placeholderpage.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace busola {

PlaceholderPage::PlaceholderPage(const char *title, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_titleLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    QFont font = m_titleLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_titleLabel->setFont(font);
    m_textLabel->setWordWrap(true);
    layout->addWidget(m_titleLabel);
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
    m_titleLabel->setText(QCoreApplication::translate("busola::MainWindow", m_title));
    m_textLabel->setText(tr("This page is not yet available in this version of Busola."));
}

} // namespace busola
