#include "teamlogin.h"

#include <QSettings>

namespace busola {

namespace {

const QString LastLocationKey = QStringLiteral("team/lastLocation");

void setNote(QString *note, const QString &text)
{
    if (note && !text.isEmpty())
        *note = text;
}

} // namespace

std::optional<QString> MemoryPasswordVault::read(const QString &key, QString *note)
{
    if (m_unavailable) {
        setNote(note, QStringLiteral("no keychain"));
        return std::nullopt;
    }
    const auto it = m_entries.constFind(key);
    return it == m_entries.constEnd() ? std::nullopt : std::optional<QString>(*it);
}

bool MemoryPasswordVault::write(const QString &key, const QString &password, QString *note)
{
    if (m_unavailable) {
        setNote(note, QStringLiteral("no keychain"));
        return false;
    }
    m_entries.insert(key, password);
    return true;
}

bool MemoryPasswordVault::remove(const QString &key, QString *note)
{
    if (m_unavailable) {
        setNote(note, QStringLiteral("no keychain"));
        return false;
    }
    m_entries.remove(key);
    return true;
}

TeamLogin::TeamLogin(PasswordVault *vault, Opener open)
    : m_vault(vault)
    , m_open(std::move(open))
{}

TeamLogin::Fields TeamLogin::fieldsOf(const QString &location)
{
    Fields fields;
    TeamLocation team;
    if (!TeamLocation::parse(location, &team, nullptr))
        return fields;
    fields.host = team.host;
    fields.port = team.port;
    fields.database = team.database;
    fields.user = team.user;
    fields.schema = team.schema;
    return fields;
}

bool TeamLogin::locationOf(const Fields &fields, TeamLocation *out, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (fields.user.trimmed().isEmpty())
        return fail(tr("Enter the user name of your account on the server."));
    if (fields.database.trimmed().isEmpty())
        return fail(tr("Enter the name of the database that holds the team store."));
    if (fields.port < 1 || fields.port > 65535)
        return fail(tr("The port must be a number from 1 to 65535."));
    // Built field by field and checked by the parser --db uses, so both accept the same.
    TeamLocation team;
    team.host = fields.host.trimmed();
    team.port = fields.port;
    team.user = fields.user.trimmed();
    team.database = fields.database.trimmed();
    team.schema = fields.schema.trimmed();
    if (!TeamLocation::parse(team.url(), out, error))
        return false;
    out->password = fields.password;
    return true;
}

QString TeamLogin::lastLocation()
{
    return QSettings().value(LastLocationKey).toString();
}

bool TeamLogin::hasRememberedPassword(const Fields &fields, QString *note) const
{
    TeamLocation team;
    if (!m_vault || !locationOf(fields, &team, nullptr))
        return false;
    return m_vault->read(team.keychainKey(), note).has_value();
}

bool TeamLogin::connect(const Fields &fields, QString *error, QString *note)
{
    TeamLocation team;
    if (!locationOf(fields, &team, error))
        return false;
    QString vaultNote;
    if (team.password.isEmpty() && m_vault)
        team.password = m_vault->read(team.keychainKey(), &vaultNote).value_or(QString());
    if (!m_open(team.url(), error))
        return false;
    QSettings().setValue(LastLocationKey, team.display());
    if (m_vault && fields.remember && !fields.password.isEmpty())
        m_vault->write(team.keychainKey(), fields.password, &vaultNote);
    else if (m_vault && !fields.remember)
        m_vault->remove(team.keychainKey(), nullptr); // nothing to say when there is no keychain
    if (!vaultNote.isEmpty())
        setNote(note, tr("The system keychain is not available (%1): Busola will ask for the "
                         "password each time.")
                          .arg(vaultNote));
    return true;
}

} // namespace busola
