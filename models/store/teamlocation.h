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

    /// The URL without the password: for messages and settings.
    QString display() const;
    /// The full URL, password included when there is one: only for Store::open(), never to
    /// be shown or saved.
    QString url() const;
    /// What the system keychain files the password under: user@host:port/database (one
    /// password per account and server, whatever the schema).
    QString keychainKey() const;
    /// location with any password taken out, for messages about a location that may not even
    /// parse.
    static QString withoutPassword(const QString &location);
    /// Sets the connection's host, port, user, database, password and schema.
    void configure(QSqlDatabase &db) const;
};

} // namespace busola
