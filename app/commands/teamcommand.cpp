#include "../cli.h"
#include "../commandcontext.h"
#include "store/store.h"
#include "store/teamlocation.h"
#include "store/teamsetup.h"

#include <QFileInfo>

namespace busola {

namespace {

struct TeamCommand
{
    Q_DECLARE_TR_FUNCTIONS(busola::TeamCommand)
};

int failed(CommandContext &ctx, const QString &message)
{
    ctx.err() << "busola: " << message << '\n';
    ctx.err().flush();
    return ExitBadInput;
}

TeamRoles rolesFrom(const QCommandLineParser &parser)
{
    TeamRoles roles;
    if (parser.isSet(QStringLiteral("editors")))
        roles.editors = parser.value(QStringLiteral("editors"));
    if (parser.isSet(QStringLiteral("viewers")))
        roles.viewers = parser.value(QStringLiteral("viewers"));
    return roles;
}

int init(CommandContext &ctx)
{
    const QString location = ctx.storeLocation();
    if (!TeamLocation::isTeamLocation(location))
        return ctx.usageError(TeamCommand::tr("team init needs --db postgresql://…"));
    QString error;
    if (!TeamSetup::createSchema(location, QString(), &error))
        return failed(ctx, error);
    std::unique_ptr<Store> store = ctx.openStore();
    if (!store)
        return ExitBadInput;
    const TeamRoles roles = rolesFrom(ctx.parser());
    if (!TeamSetup::init(*store, roles, &error))
        return failed(ctx, error);
    ctx.out() << TeamCommand::tr("The team store %1 is ready. Editors (%2) import and edit; viewers"
                                 " (%3) read and print reports. Add a member with `busola team"
                                 " grant USER editor|viewer`.")
                     .arg(store->location(), roles.editors, roles.viewers)
              << '\n';
    return ExitOk;
}

int grant(CommandContext &ctx, const QString &user, const QString &role)
{
    if (role != QLatin1String("editor") && role != QLatin1String("viewer"))
        return ctx.usageError(TeamCommand::tr("a member is an editor or a viewer."));
    std::unique_ptr<Store> store = ctx.openStore();
    if (!store)
        return ExitBadInput;
    QString error;
    const TeamRole teamRole = role == QLatin1String("editor") ? TeamRole::Editor : TeamRole::Viewer;
    if (!TeamSetup::grant(*store, rolesFrom(ctx.parser()), user, teamRole, &error))
        return failed(ctx, error);
    ctx.out() << (teamRole == TeamRole::Editor ? TeamCommand::tr("%1 is now an editor of %2.")
                                               : TeamCommand::tr("%1 is now a viewer of %2."))
                     .arg(user, store->location())
              << '\n';
    return ExitOk;
}

int copy(CommandContext &ctx, const QString &fromLocation, const QString &toLocation)
{
    if (!TeamLocation::isTeamLocation(fromLocation) && !QFileInfo::exists(fromLocation))
        return failed(ctx, TeamCommand::tr("There is no store %1.").arg(fromLocation));
    QString error;
    std::unique_ptr<Store> from = Store::open(fromLocation, &error);
    if (!from)
        return failed(ctx, error);
    std::unique_ptr<Store> to = Store::open(toLocation, &error);
    if (!to)
        return failed(ctx, error);
    qint64 rows = 0;
    if (!StoreCopy::copy(*from, *to, &rows, &error))
        return failed(ctx, error);
    ctx.out() << TeamCommand::tr("Copied %1 rows from %2 to %3.")
                     .arg(rows)
                     .arg(from->location(), to->location())
              << '\n';
    return ExitOk;
}

} // namespace

/// `busola team init|grant USER editor|viewer --db postgresql://…`, `busola team copy FROM TO`.
int runTeamCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    CommandContext ctx;
    QCommandLineParser &parser = ctx.parser();
    parser.setApplicationDescription(TeamCommand::tr(
        "Set up a team store on PostgreSQL, name its members, or copy a store into another."));
    parser.addOption({QStringLiteral("editors"),
                      TeamCommand::tr("The editors' group role (default busola_editors)."),
                      TeamCommand::tr("ROLE")});
    parser.addOption({QStringLiteral("viewers"),
                      TeamCommand::tr("The viewers' group role (default busola_viewers)."),
                      TeamCommand::tr("ROLE")});
    parser.addPositionalArgument(QStringLiteral("team"), QString(), QStringLiteral("team"));
    parser.addPositionalArgument(
        QStringLiteral("action"),
        TeamCommand::tr(
            "init; grant USER editor|viewer; or copy FROM TO (a file or postgresql://…)"),
        QStringLiteral("init|grant|copy"));
    if (!ctx.parse(QStringLiteral("team")))
        return ExitUsage;
    const QStringList args = parser.positionalArguments().mid(1);
    const QString action = args.value(0);
    if (action == QLatin1String("init") && args.size() == 1)
        return init(ctx);
    if (action == QLatin1String("grant") && args.size() == 3)
        return grant(ctx, args.at(1), args.at(2));
    if (action == QLatin1String("copy") && args.size() == 3)
        return copy(ctx, args.at(1), args.at(2));
    return ctx.usageError(TeamCommand::tr(
        "say `team init`, `team grant USER editor|viewer` or `team copy FROM TO`."));
}

} // namespace busola
