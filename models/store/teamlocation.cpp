#include "teamlocation.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace busola {

bool TeamLocation::isTeamLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) ||
           location.startsWith(QLatin1String("postgres://"));
}

bool TeamLocation::parse(const QString &location, TeamLocation *out, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QUrl url(location, QUrl::StrictMode);
    if (!isTeamLocation(location) || !url.isValid())
        return fail(tr("%1 is not a team store address (postgresql://user@host:port/database).")
                        .arg(withoutPassword(location)));
    TeamLocation parsed;
    parsed.host = url.host();
    parsed.port = url.port(5432);
    parsed.user = url.userName();
    parsed.password = url.password();
    parsed.database = url.path().mid(1);
    const QUrlQuery query(url);
    parsed.schema = query.queryItemValue(QStringLiteral("schema"));
    if (parsed.database.isEmpty() || parsed.database.contains(QLatin1Char('/')))
        return fail(tr("The team store address %1 names no database (…/database at its end).")
                        .arg(parsed.display()));
    // The schema goes into the connection's options text: only a plain identifier may.
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    if (!parsed.schema.isEmpty() && !identifier.match(parsed.schema).hasMatch())
        return fail(tr("The schema %1 of a team store must be letters, digits and _ only.")
                        .arg(parsed.schema));
    *out = parsed;
    return true;
}

QString TeamLocation::withoutPassword(const QString &location)
{
    // Not through QUrl alone: an address it cannot parse would come back whole.
    const int at = location.lastIndexOf(QLatin1Char('@'));
    const int scheme = location.indexOf(QLatin1String("://"));
    if (at < 0 || scheme < 0 || at < scheme)
        return location;
    const int colon = location.indexOf(QLatin1Char(':'), scheme + 3);
    if (colon < 0 || colon > at)
        return location;
    return location.left(colon) + location.mid(at);
}

QString TeamLocation::url() const
{
    QUrl result(display());
    if (!password.isEmpty())
        result.setPassword(password);
    return result.toString();
}

QString TeamLocation::keychainKey() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

QString TeamLocation::display() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    if (port != 5432)
        url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    if (!schema.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("schema"), schema);
        url.setQuery(query);
    }
    return url.toString();
}

void TeamLocation::configure(QSqlDatabase &db) const
{
    db.setHostName(host);
    db.setPort(port);
    db.setUserName(user);
    db.setPassword(password);
    db.setDatabaseName(database);
    QStringList options{QStringLiteral("connect_timeout=10"),
                        QStringLiteral("application_name=busola")};
    if (!schema.isEmpty())
        options << QStringLiteral("options='-c search_path=%1'").arg(schema);
    db.setConnectOptions(options.join(QLatin1Char(';')));
}

} // namespace busola
