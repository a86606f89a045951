#include "../cli.h"
#include "../commandcontext.h"
#include "report/reportbuilder.h"
#include "report/reportrenderer.h"
#include "store/store.h"

#include <QCommandLineOption>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>

namespace busola {

namespace {

/// Translation context of this file's messages (lupdate reads ReportCommand::tr).
struct ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(busola::ReportCommand)
};

void addOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("period"),
         ReportCommand::tr("The period: a month (2026-10), a quarter (2026-Q4) or a year (2026)."),
         ReportCommand::tr("PERIOD")});
    parser.addOption(
        {QStringLiteral("compare"),
         ReportCommand::tr("Compare with the previous period (default) or the same period a year "
                           "earlier: previous or year."),
         ReportCommand::tr("WHAT"), QStringLiteral("previous")});
    parser.addOption({QStringLiteral("lang"),
                      ReportCommand::tr("Language of the report: ro (default) or en."),
                      ReportCommand::tr("LANG"), QStringLiteral("ro")});
    parser.addOption(
        {QStringLiteral("filter"),
         ReportCommand::tr("A report for part of the company, e.g. team=Suport Cluj (repeatable)."),
         ReportCommand::tr("KEY=VALUE")});
    parser.addOption(
        {QStringLiteral("sections"),
         ReportCommand::tr("The sections to print, comma-separated: summary, support, sales, swot, "
                           "competitors, forecast, notes (default: all)."),
         ReportCommand::tr("LIST")});
    parser.addOption(
        {QStringLiteral("notes-file"),
         ReportCommand::tr("A UTF-8 text file with the notes and action items to print."),
         ReportCommand::tr("FILE")});
    parser.addOption({QStringLiteral("prepared-by"), ReportCommand::tr("The name on the cover."),
                      ReportCommand::tr("NAME")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      ReportCommand::tr("The PDF file to write."),
                      ReportCommand::tr("FILE")});
}

/// The options as a request; on a wrong value the message of a usage error.
QString readRequest(const QCommandLineParser &parser, ReportRequest *request)
{
    if (!parser.isSet(QStringLiteral("period")))
        return ReportCommand::tr("--period is required, e.g. --period 2026-10.");
    if (parser.value(QStringLiteral("output")).isEmpty())
        return ReportCommand::tr("-o FILE.pdf is required.");
    request->period = parser.value(QStringLiteral("period"));
    const QString compare = parser.value(QStringLiteral("compare"));
    if (compare != QLatin1String("previous") && compare != QLatin1String("year"))
        return ReportCommand::tr("--compare takes previous or year, not %1.").arg(compare);
    request->compareYearAgo = compare == QLatin1String("year");
    request->language = parser.value(QStringLiteral("lang"));
    for (const QString &filter : parser.values(QStringLiteral("filter"))) {
        const int eq = filter.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return ReportCommand::tr("--filter takes KEY=VALUE, e.g. team=Suport Cluj; not %1.")
                .arg(filter);
        QStringList &values = request->filters[filter.left(eq).trimmed()];
        values << filter.mid(eq + 1).trimmed();
    }
    if (parser.isSet(QStringLiteral("sections"))) {
        request->sections.clear();
        const QStringList keys =
            parser.value(QStringLiteral("sections")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &key : keys) {
            const std::optional<ReportSection> section = reportSectionFromKey(key);
            if (!section)
                return ReportCommand::tr(
                           "--sections takes summary, support, sales, swot, competitors, forecast "
                           "and notes; not %1.")
                    .arg(key);
            if (!request->sections.contains(*section))
                request->sections << *section;
        }
    }
    request->preparedBy = parser.value(QStringLiteral("prepared-by"));
    return QString();
}

/// No display (a server, a cron job, CI): the offscreen platform paints PDFs just as well.
void chooseHeadlessPlatform()
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

} // namespace

/// `busola report --period P [--compare previous|year] [--lang ro|en] [--filter K=V]…
/// [--sections LIST] [--notes-file FILE] [--prepared-by NAME] -o FILE.pdf [--db PATH]`.
int runReportCommand(int argc, char *argv[])
{
    chooseHeadlessPlatform();
    QGuiApplication app(argc, argv);
    CommandContext ctx;
    QCommandLineParser &parser = ctx.parser();
    parser.setApplicationDescription(
        ReportCommand::tr("The meeting report of a period, as a PDF."));
    addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("report"), ReportCommand::tr("The command."));
    if (!ctx.parse(QStringLiteral("report")))
        return ExitUsage;
    if (parser.positionalArguments().size() > 1)
        return ctx.usageError(
            ReportCommand::tr("unexpected argument %1").arg(parser.positionalArguments().at(1)));
    ReportRequest request;
    QString problem = readRequest(parser, &request);
    if (problem.isEmpty() && parser.isSet(QStringLiteral("notes-file"))) {
        QFile notes(parser.value(QStringLiteral("notes-file")));
        if (!notes.open(QIODevice::ReadOnly)) {
            ctx.err() << "busola: "
                      << ReportCommand::tr("cannot read %1: %2")
                             .arg(notes.fileName(), notes.errorString())
                      << '\n';
            return ExitBadInput;
        }
        request.notes = QString::fromUtf8(notes.readAll());
    }
    if (!problem.isEmpty())
        return ctx.usageError(problem);

    std::unique_ptr<Store> store = ctx.openStore();
    if (!store)
        return ExitBadInput;
    ReportBuilder builder(*store);
    if (!builder.validate(request, &problem))
        return ctx.usageError(problem);
    QElapsedTimer timer;
    timer.start();
    const ReportData data = builder.build(request, &problem);
    const QString output = parser.value(QStringLiteral("output"));
    int pages = 0;
    if (!writeReportPdf(data, output, &problem, &pages)) {
        ctx.err() << "busola: " << problem << '\n';
        return ExitBadInput;
    }
    ctx.out() << ReportCommand::tr("Report written to %1: %2 pages, %3 KB, %4 ms.")
                     .arg(output)
                     .arg(pages)
                     .arg((QFileInfo(output).size() + 1023) / 1024)
                     .arg(timer.elapsed())
              << '\n';
    if (!data.hasData)
        ctx.out() << ReportCommand::tr(
                         "The store holds no data for this period: the report says so.")
                  << '\n';
    return ExitOk;
}

} // namespace busola
