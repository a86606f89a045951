#include "welcomepage.h"

#include "shell/icons.h"
#include "store/store.h"

#include <QCommandLinkButton>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace busola {

WelcomePage::WelcomePage(const Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_title(new QLabel)
    , m_intro(new QLabel)
    , m_demoButton(new QCommandLinkButton)
    , m_importButton(new QCommandLinkButton)
    , m_progress(new QProgressBar)
    , m_progressLabel(new QLabel)
    , m_error(new QLabel)
    , m_location(new QLabel)
{
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(2);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(createCard());
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(3);

    connect(m_demoButton, &QAbstractButton::clicked, this, &WelcomePage::loadDemo);
    connect(m_importButton, &QAbstractButton::clicked, this, &WelcomePage::importRequested);
    connect(&m_loader, &DemoLoader::finished, this, &WelcomePage::onDemoFinished);
    retranslate();
}

QWidget *WelcomePage::createCard()
{
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("welcomeCard"));
    card->setMaximumWidth(620);
    card->setMinimumWidth(480);
    card->setStyleSheet(
        QStringLiteral("QFrame#welcomeCard { background: white; border: 1px solid #dde3ea;"
                       " border-radius: 10px; }"
                       "QCommandLinkButton { border: 1px solid #dde3ea; border-radius: 8px;"
                       " padding: 10px; background: #fbfcfe; }"
                       "QCommandLinkButton:hover { border-color: %1; background: #f1f6fe; }"
                       "QCommandLinkButton:disabled { background: #f4f5f7; }")
            .arg(Theme::Accent.name()));
    auto *logo = new QLabel(card);
    logo->setPixmap(svgIcon(QStringLiteral("busola")).pixmap(64, 64));
    m_title->setStyleSheet(QStringLiteral("font-size: 20pt; font-weight: 600;"));
    m_intro->setWordWrap(true);
    m_intro->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::MutedText.name()));
    m_demoButton->setObjectName(QStringLiteral("loadDemoButton"));
    m_demoButton->setIcon(tintedIcon(QStringLiteral("demo"), Theme::Accent));
    m_importButton->setObjectName(QStringLiteral("importFirstButton"));
    m_importButton->setIcon(tintedIcon(QStringLiteral("import"), Theme::Accent));
    m_demoButton->setIconSize(QSize(28, 28));
    m_importButton->setIconSize(QSize(28, 28));
    m_progress->setRange(0, 0); // busy: the demo reports no steps
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_error->setObjectName(QStringLiteral("demoError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: %1; background: #fdecea; border: 1px solid"
                                          " #f5c2bd; border-radius: 6px; padding: 8px;")
                               .arg(Theme::Error.name()));
    m_location->setStyleSheet(
        QStringLiteral("color: %1; font-size: 9pt;").arg(Theme::MutedText.name()));
    m_location->setWordWrap(true);

    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(36, 32, 36, 28);
    layout->setSpacing(10);
    layout->addWidget(logo, 0, Qt::AlignLeft);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addWidget(m_demoButton);
    layout->addWidget(m_importButton);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addSpacing(8);
    layout->addWidget(m_location);
    m_progress->hide();
    m_progressLabel->hide();
    m_error->hide();
    return card;
}

bool WelcomePage::isBusy() const
{
    return m_loader.isRunning();
}

void WelcomePage::setDemoBuilder(DemoLoader::Builder builder)
{
    m_loader.setBuilder(std::move(builder));
}

void WelcomePage::loadDemo()
{
    if (!m_loader.start(m_store.location()))
        return;
    m_lastError.clear();
    m_error->hide();
    setBusy(true);
}

void WelcomePage::onDemoFinished(bool ok, const QString &message)
{
    setBusy(false);
    if (ok) {
        emit demoLoaded(message);
        return;
    }
    m_lastError = message;
    retranslate();
    m_error->show();
}

void WelcomePage::setBusy(bool busy)
{
    m_demoButton->setEnabled(!busy);
    m_importButton->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_progressLabel->setVisible(busy);
    emit busyChanged(busy);
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslate()
{
    m_title->setText(tr("Welcome to Busola"));
    m_intro->setText(tr("This store is empty. Explore Busola with the demo company, or import "
                        "the first export of your own CRM or helpdesk. Your data stays on this "
                        "computer."));
    m_demoButton->setText(tr("Load the demo company"));
    m_demoButton->setDescription(
        tr("Three years of support tickets, deals and survey answers of a fictional Romanian "
           "distributor, to see every page with real numbers."));
    m_importButton->setText(tr("Import my first export"));
    m_importButton->setDescription(
        tr("A support-ticket or deals export from your CRM, helpdesk or accounting program "
           "(.xlsx, .xls, .ods or .csv)."));
    m_progressLabel->setText(tr("Building the demo company… this takes a few seconds."));
    m_error->setText(tr("The demo company could not be loaded: %1").arg(m_lastError));
    m_location->setText(tr("Store: %1").arg(m_store.location()));
}

} // namespace busola
