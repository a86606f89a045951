#include "sidebar.h"

#include "icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace busola {

namespace {

QString sidebarStyleSheet()
{
    return QStringLiteral(
               "busola--Sidebar { background: %1; }"
               "QListWidget { background: transparent; border: none; outline: 0;"
               "  color: %2; font-size: 11pt; }"
               "QListWidget::item { padding: 9px 10px; margin: 1px 10px; border-radius: 6px; }"
               "QListWidget::item:hover { background: #223146; color: #ffffff; }"
               "QListWidget::item:selected { background: %3; color: #ffffff; }"
               "QLabel#brandTitle { color: #ffffff; font-size: 17pt; font-weight: 600; }"
               "QLabel#brandSubtitle { color: #8593a6; font-size: 9pt; }")
        .arg(Theme::SidebarBackground.name(), Theme::SidebarText.name(), Theme::Accent.name());
}

QWidget *brandHeader(QLabel *subtitle, QWidget *parent)
{
    auto *header = new QWidget(parent);
    auto *logo = new QLabel(header);
    logo->setPixmap(svgIcon(QStringLiteral("busola")).pixmap(40, 40));
    auto *title = new QLabel(QStringLiteral("Busola"), header);
    title->setObjectName(QStringLiteral("brandTitle"));
    subtitle->setObjectName(QStringLiteral("brandSubtitle"));
    subtitle->setParent(header);

    auto *text = new QVBoxLayout;
    text->setSpacing(0);
    text->addWidget(title);
    text->addWidget(subtitle);
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(18, 20, 12, 22);
    layout->setSpacing(10);
    layout->addWidget(logo);
    layout->addLayout(text, 1);
    return header;
}

} // namespace

Sidebar::Sidebar(QWidget *parent)
    : QWidget(parent)
    , m_subtitle(new QLabel)
    , m_list(new QListWidget(this))
{
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(sidebarStyleSheet());
    setFixedWidth(212);

    m_list->setObjectName(QStringLiteral("navigation"));
    m_list->setIconSize(QSize(20, 20));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A list view that gains keyboard focus makes its first row current, which would leave
    // the welcome page whenever focus moves on; keyboard users have View's Ctrl+1…7.
    m_list->setFocusPolicy(Qt::NoFocus);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 12);
    layout->setSpacing(0);
    layout->addWidget(brandHeader(m_subtitle, this));
    layout->addWidget(m_list, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &Sidebar::currentRowChanged);
    retranslate();
}

void Sidebar::addEntry(const QString &iconName)
{
    auto *item =
        new QListWidgetItem(tintedIcon(iconName, Theme::SidebarText, Qt::white), QString(), m_list);
    item->setSizeHint(QSize(0, 42));
}

void Sidebar::setEntryText(int row, const QString &text)
{
    m_list->item(row)->setText(text);
}

QString Sidebar::entryText(int row) const
{
    return m_list->item(row)->text();
}

int Sidebar::entryCount() const
{
    return m_list->count();
}

int Sidebar::currentRow() const
{
    return m_list->currentRow();
}

void Sidebar::setCurrentRow(int row)
{
    if (row < 0) {
        // setCurrentRow(-1) keeps a selection on some styles: clear both.
        m_list->clearSelection();
        m_list->setCurrentItem(nullptr);
        return;
    }
    m_list->setCurrentRow(row);
}

void Sidebar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void Sidebar::retranslate()
{
    m_subtitle->setText(tr("KPI dashboard"));
}

} // namespace busola
