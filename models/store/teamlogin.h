#pragma once

#include "teamlocation.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <functional>
#include <optional>

namespace busola {

/// Where the window keeps the passwords of team stores: the system keychain (SystemKeychain in
/// ui/shell, through QtKeychain), or in memory (tests). Never a file of Busola's own.
class PasswordVault
{
public:
    virtual ~PasswordVault() = default;
    /// The password filed under key. nullopt when there is none, or when the vault cannot be
    /// used (then *note says why, in a sentence; empty when there is simply no password).
    virtual std::optional<QString> read(const QString &key, QString *note) = 0;
    /// False, with *note saying why, when the vault cannot be used.
    virtual bool write(const QString &key, const QString &password, QString *note) = 0;
    virtual bool remove(const QString &key, QString *note) = 0;
};

/// A vault in memory: the tests' stand-in for the system keychain. unavailable() makes it
/// behave like a computer without one (headless CI: no Secret Service).
class MemoryPasswordVault final : public PasswordVault
{
public:
    std::optional<QString> read(const QString &key, QString *note) override;
    bool write(const QString &key, const QString &password, QString *note) override;
    bool remove(const QString &key, QString *note) override;

    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }
    QHash<QString, QString> entries() const { return m_entries; }

private:
    bool m_unavailable = false;
    QHash<QString, QString> m_entries;
};

/// What the "Connect to a team store" dialog asks, and what it does with it: builds the same
/// location `--db postgresql://…` gives, takes the password typed or else the one remembered
/// in the vault, opens the store through `open` (the window's, which calls Store::open() as
/// the command line does), and afterwards files or forgets the password and remembers the
/// location — never the password — in QSettings.
class TeamLogin
{
    Q_DECLARE_TR_FUNCTIONS(busola::TeamLogin)

public:
    struct Fields
    {
        QString host;
        int port = 5432;
        QString database;
        QString user;
        QString schema;
        QString password; ///< empty: the remembered one, else libpq's PGPASSWORD / ~/.pgpass
        bool remember = false;
    };
    /// Opens the store at location (may hold a password); false with *error (the server's
    /// reason) when it cannot.
    using Opener = std::function<bool(const QString &location, QString *error)>;

    TeamLogin(PasswordVault *vault, Opener open);

    /// The fields of a location (a display URL as lastLocation() returns; no password).
    static Fields fieldsOf(const QString &location);
    /// The location the fields name; false with *error when they do not make one.
    static bool locationOf(const Fields &fields, TeamLocation *out, QString *error);
    /// The last team store connected to through the dialog, without a password; empty if none.
    static QString lastLocation();

    /// Whether the vault holds a password for these fields' account (*note: why it cannot tell).
    bool hasRememberedPassword(const Fields &fields, QString *note) const;
    /// Connects; on failure *error is a sentence with the server's reason. *note receives a
    /// quiet remark (the keychain is unavailable: the password was not remembered).
    bool connect(const Fields &fields, QString *error, QString *note);

private:
    PasswordVault *m_vault;
    Opener m_open;
};

} // namespace busola
