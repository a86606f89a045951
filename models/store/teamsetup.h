#pragma once

#include <QCoreApplication>
#include <QString>

namespace busola {

class Store;

/// The two kinds of team member, as PostgreSQL group roles the server enforces: editors import,
/// edit SWOT boards, competitors and targets; viewers read and print reports.
struct TeamRoles
{
    QString editors = QStringLiteral("busola_editors");
    QString viewers = QStringLiteral("busola_viewers");
};

enum class TeamRole { Editor, Viewer };

/// Sets up a team store (PostgreSQL) for a department, run once by the store's owner (the
/// account that created its tables): `busola team init`.
class TeamSetup
{
    Q_DECLARE_TR_FUNCTIONS(busola::TeamSetup)

public:
    /// Creates the schema of location if it names one that is missing (before the store can
    /// be opened there). location is a team store address; the account must be allowed to.
    static bool createSchema(const QString &location, const QString &password, QString *error);
    /// Creates the two group roles when missing and grants them their rights on every table
    /// of the store (and on tables later migrations add). Idempotent.
    static bool init(Store &store, const TeamRoles &roles, QString *error);
    /// Makes the existing login role user a member of the editors or the viewers (and no longer
    /// of the other group). Passwords stay with the server: Busola never sets one.
    static bool grant(Store &store, const TeamRoles &roles, const QString &user, TeamRole role,
                      QString *error);
    /// True when name is a plain role or schema name (letters, digits, _), safe to quote.
    static bool isPlainName(const QString &name);
};

/// Copies every dataset, setting, target, SWOT board, competitor and import history row of one
/// store into another, empty one of the same schema version (SQLite → team store and back), then
/// rebuilds the KPI summaries there: `busola team copy FROM TO`.
class StoreCopy
{
    Q_DECLARE_TR_FUNCTIONS(busola::StoreCopy)

public:
    /// rows, if given, gets the number of rows copied. One transaction: all or nothing.
    static bool copy(Store &from, Store &to, qint64 *rows, QString *error);
};

} // namespace busola
