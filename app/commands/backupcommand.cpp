#include "../cli.h"
#include "../commandcontext.h"
#include "store/backups.h"
#include "store/store.h"
#include "store/teamlocation.h"

#include <QLocale>

namespace busola {

namespace {

struct BackupCommand
{
    Q_DECLARE_TR_FUNCTIONS(busola::BackupCommand)
};

int listBackups(CommandContext &ctx, const QString &storePath)
{
    const QList<BackupInfo> backups = Backups::list(storePath);
    if (backups.isEmpty()) {
        ctx.out() << BackupCommand::tr("No backups of %1 yet.").arg(storePath) << '\n';
        return ExitOk;
    }
    const QLocale locale;
    for (int i = 0; i < backups.size(); ++i) {
        const BackupInfo &b = backups.at(i);
        ctx.out() << QStringLiteral("%1  %2  %3  %4\n")
                         .arg(i + 1, 3)
                         .arg(locale.toString(b.created, QLocale::ShortFormat), -18)
                         .arg(b.reason, -10)
                         .arg(locale.formattedDataSize(b.size));
    }
    return ExitOk;
}

int restoreBackup(CommandContext &ctx, const QString &storePath, const QString &number)
{
    bool ok = false;
    const int index = number.toInt(&ok) - 1;
    const QList<BackupInfo> backups = Backups::list(storePath);
    if (!ok || index < 0 || index >= backups.size())
        return ctx.usageError(BackupCommand::tr("restore takes the number of a backup from "
                                                "`busola backup list` (1 to %1).")
                                  .arg(backups.size()));
    QString error;
    if (!Backups::restore(storePath, backups.at(index), &error)) {
        ctx.err() << "busola: " << error << '\n';
        return ExitBadInput;
    }
    ctx.out() << BackupCommand::tr("Restored %1 from the backup of %2.")
                     .arg(storePath, QLocale().toString(backups.at(index).created,
                                                        QLocale::ShortFormat))
              << '\n';
    return ExitOk;
}

} // namespace

/// `busola backup list|restore N [--db PATH]`.
int runBackupCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    CommandContext ctx;
    QCommandLineParser &parser = ctx.parser();
    parser.setApplicationDescription(
        BackupCommand::tr("List the store's backups, or put one back in its place."));
    parser.addPositionalArgument(QStringLiteral("backup"), QString(), QStringLiteral("backup"));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 BackupCommand::tr("list, or restore N"),
                                 QStringLiteral("list|restore N"));
    if (!ctx.parse(QStringLiteral("backup")))
        return ExitUsage;
    const QStringList args = parser.positionalArguments().mid(1);
    const QString storePath = ctx.storeLocation();
    // Nothing to list, and the address (maybe with a password) is not echoed back.
    if (TeamLocation::isTeamLocation(storePath)) {
        ctx.err() << "busola: "
                  << BackupCommand::tr("a team store has no file backups: the server's own "
                                       "backups apply.")
                  << '\n';
        return ExitBadInput;
    }
    if (args.value(0) == QLatin1String("list") && args.size() == 1)
        return listBackups(ctx, storePath);
    if (args.value(0) == QLatin1String("restore") && args.size() == 2)
        return restoreBackup(ctx, storePath, args.at(1));
    return ctx.usageError(BackupCommand::tr("say `backup list` or `backup restore N`."));
}

} // namespace busola
