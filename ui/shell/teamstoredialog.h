#pragma once

#include "store/teamlogin.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace busola {

/// "Connect to a team store": server, port, database, user, schema and password, and whether
/// the system keychain should remember the password. Connect runs TeamLogin (the store opens
/// through the window, as `--db postgresql://…` does); a failure keeps the dialog open with
/// the server's reason under the fields.
class TeamStoreDialog final : public QDialog
{
    Q_OBJECT

public:
    TeamStoreDialog(PasswordVault *vault, TeamLogin::Opener open, QWidget *parent = nullptr);

    TeamLogin::Fields fields() const;
    void setFields(const TeamLogin::Fields &fields);
    /// A quiet remark left by the last connection (no keychain): for the status bar.
    QString note() const { return m_note; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *noteLabel() const { return m_noteLabel; }

    /// Tries to connect with the fields; closes the dialog when it worked.
    void tryConnect();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showRemembered();

    TeamLogin m_login;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_schema;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_noteLabel;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QList<QLabel *> m_labels;
    bool m_hasRemembered = false;
    QString m_note;
};

} // namespace busola
