#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace busola {

/// Where a team store lives: postgresql://user[:password]@host[:port]/database[?schema=NAME]
/// (also postgres://). Without a host, libpq's default (the local unix socket) is used; the
/// optional schema lets one database hold several departments' stores.
/// A password given in the URL is used but never shown (display()) nor stored anywhere; without
/// one, libpq's own PGPASSWORD and ~/.pgpass apply, or the caller sets one (the GUI asks, or
/// reads it from the system keychain).
struct TeamLocation
{
    Q_DECLARE_TR_FUNCTIONS(busola::TeamLocation)

public:
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QString schema; ///< empty: the user's default search path

    static bool isTeamLocation(const QString &location);
    /// Parses location; on a malformed one returns false and sets *error.
    static bool parse(const QString &location, TeamLocation *out, QString *error);

    /// The URL without the password: for messages, settings and the keychain's key.
    QString display() const;
    /// Sets the connection's host, port, user, database, password and schema.
    void configure(QSqlDatabase &db) const;
};

} // namespace busola
