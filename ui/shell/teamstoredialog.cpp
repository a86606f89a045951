#include "teamstoredialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace busola {

TeamStoreDialog::TeamStoreDialog(PasswordVault *vault, TeamLogin::Opener open, QWidget *parent)
    : QDialog(parent)
    , m_login(vault, std::move(open))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_schema(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(this))
    , m_noteLabel(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    // A port is a name, not an amount: no group separator ("5.432" in Romanian).
    m_port->setGroupSeparatorShown(false);
    m_password->setEchoMode(QLineEdit::Password);
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setForegroundRole(QPalette::PlaceholderText);
    m_noteLabel->hide();
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    auto *form = new QFormLayout;
    const QList<QWidget *> fields{m_host, m_port, m_database, m_user, m_schema, m_password};
    for (QWidget *field : fields) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_labels.append(label);
        form->addRow(label, field);
    }
    form->addRow(QString(), m_remember);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TeamStoreDialog::tryConnect);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setFields(TeamLogin::fieldsOf(TeamLogin::lastLocation()));
    retranslate();
    setMinimumWidth(440);
}

TeamLogin::Fields TeamStoreDialog::fields() const
{
    TeamLogin::Fields fields;
    fields.host = m_host->text().trimmed();
    fields.port = m_port->value();
    fields.database = m_database->text().trimmed();
    fields.user = m_user->text().trimmed();
    fields.schema = m_schema->text().trimmed();
    fields.password = m_password->text();
    fields.remember = m_remember->isChecked();
    return fields;
}

void TeamStoreDialog::setFields(const TeamLogin::Fields &fields)
{
    m_host->setText(fields.host);
    m_port->setValue(fields.port);
    m_database->setText(fields.database);
    m_user->setText(fields.user);
    m_schema->setText(fields.schema);
    m_password->setText(fields.password);
    showRemembered();
}

/// Whether the keychain holds this account's password: the box starts checked and the empty
/// password field says it will be used. Without a keychain the box is off, with a quiet note.
void TeamStoreDialog::showRemembered()
{
    QString note;
    m_hasRemembered = m_login.hasRememberedPassword(fields(), &note);
    m_remember->setChecked(m_hasRemembered);
    m_remember->setEnabled(note.isEmpty());
    m_noteLabel->setVisible(!note.isEmpty());
    if (!note.isEmpty())
        m_noteLabel->setText(tr("The system keychain is not available (%1): enter the password "
                                "each time.")
                                 .arg(note));
    retranslate();
}

void TeamStoreDialog::tryConnect()
{
    m_error->hide();
    setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    m_note.clear();
    const bool connected = m_login.connect(fields(), &error, &m_note);
    QApplication::restoreOverrideCursor();
    setEnabled(true);
    if (connected) {
        accept();
        return;
    }
    // libpq breaks its messages with a newline and a tab: one paragraph reads better.
    m_error->setText(error.simplified());
    m_error->show();
}

void TeamStoreDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void TeamStoreDialog::retranslate()
{
    setWindowTitle(tr("Connect to a Team Store"));
    const QStringList labels{tr("&Server:"), tr("P&ort:"),   tr("&Database:"),
                             tr("&User:"),   tr("S&chema:"), tr("&Password:")};
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels.at(i)->setText(labels.at(i));
    m_host->setPlaceholderText(tr("this computer"));
    m_schema->setPlaceholderText(tr("optional"));
    m_password->setPlaceholderText(m_hasRemembered ? tr("remembered in the system keychain")
                                                   : QString());
    m_remember->setText(tr("&Remember the password in the system keychain"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
}

} // namespace busola
