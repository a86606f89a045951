#include "../cli.h"
#include "../commandcontext.h"
#include "demo/democompany.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QCommandLineOption>
#include <QDate>
#include <QRegularExpression>

#include <optional>

namespace busola {

namespace {
/// Translation context of this file's messages, in a form lupdate reads.
struct DemoCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(busola::DemoCommand)
};
/// "2026-10" → 2026-10-01; nothing for anything else (another format, a month 13, a year the
/// calendar of the demo does not cover).
std::optional<QDate> parseDemoEndMonth(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(1).toInt();
    const int month = match.captured(2).toInt();
    if (year < MinDemoYear || year > MaxDemoYear || month < 1 || month > 12)
        return std::nullopt;
    return QDate(year, month, 1);
}
} // namespace

/// `busola --demo [--db PATH] [--demo-end YYYY-MM]`: builds the demo company and exits.
int runDemoCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    CommandContext ctx;
    QCommandLineParser &parser = ctx.parser();
    parser.addOption({QStringLiteral("demo"), DemoCommandTr::tr("Build the demo company.")});
    parser.addOption({QStringLiteral("demo-end"), DemoCommandTr::tr("Last month, YYYY-MM."), DemoCommandTr::tr("MONTH")});
    parser.addOption({QStringLiteral("lang"), DemoCommandTr::tr("Ignored here."), DemoCommandTr::tr("LANG")});
    if (!ctx.parse(QStringLiteral("--demo")))
        return ExitUsage;

    DemoOptions options;
    if (parser.isSet(QStringLiteral("demo-end"))) {
        const std::optional<QDate> end =
            parseDemoEndMonth(parser.value(QStringLiteral("demo-end")));
        if (!end)
            return ctx.usageError(
                DemoCommandTr::tr("--demo-end takes a month as YYYY-MM between %1 and %2, e.g. 2026-10.")
                    .arg(MinDemoYear)
                    .arg(MaxDemoYear));
        options.endMonth = *end;
    }
    std::unique_ptr<Store> store = ctx.openStore();
    if (!store)
        return ExitBadInput;
    if (!store->isEmpty()) {
        ctx.err() << "busola: "
                  << DemoCommandTr::tr("the store %1 already holds data; the demo company goes only into an "
                        "empty store (use --db with a new file).")
                         .arg(store->location())
                  << '\n';
        return ExitBadInput;
    }
    QString error;
    const DemoSummary summary = buildDemoCompany(*store, options, &error);
    if (!summary.ok) {
        ctx.err() << "busola: " << error << '\n';
        return ExitBadInput;
    }
    ctx.out() << DemoCommandTr::tr("Demo company written to %1:").arg(store->location()) << '\n'
              << describe(summary) << '\n';
    return ExitOk;
}

} // namespace busola
