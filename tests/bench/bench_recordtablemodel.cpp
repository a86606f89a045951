// bench_recordtablemodel: how long the data browser's model takes on a large store.
//
//   bench_recordtablemodel --db PATH [--rows 1000000]
//
// Fills an empty store at PATH with rows support interactions (the UI tests' fixture, through
// StoreWriter), then times what a user does: open the table, sort by each column, filter,
// scroll deep. Prints one line per measurement, in milliseconds.

#include "../ui/fixturestore.h"
#include "itemmodels/recordtablemodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace busola;

namespace {

QTextStream out(stdout);

void report(const QString &what, qint64 ms)
{
    out << QStringLiteral("%1  %2 ms").arg(what, -56).arg(ms, 7) << Qt::endl;
}

QString fill(Store &store, int rows)
{
    StoreWriter writer(store);
    if (!writer.begin({QStringLiteral("bench"), {}, QStringLiteral("support"), {},
                       QStringLiteral("update")}))
        return writer.lastError();
    for (int i = 0; i < rows; ++i)
        writer.write(fixture::makeInteraction(i));
    return writer.commit() ? QString() : writer.lastError();
}

void scrollTo(RecordTableModel &model, int rows)
{
    while (model.rowCount() < rows && model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("db"), QString(), QStringLiteral("PATH")},
                       {QStringLiteral("rows"), QString(), QStringLiteral("N"),
                        QStringLiteral("1000000")}});
    parser.process(app);
    QString error;
    std::unique_ptr<Store> store = Store::open(parser.value(QStringLiteral("db")), &error);
    if (!store) {
        out << error << Qt::endl;
        return 1;
    }
    QElapsedTimer timer;
    if (store->isEmpty()) {
        timer.start();
        error = fill(*store, parser.value(QStringLiteral("rows")).toInt());
        if (!error.isEmpty()) {
            out << error << Qt::endl;
            return 1;
        }
        report(QStringLiteral("fill through StoreWriter"), timer.elapsed());
    }

    timer.start();
    RecordTableModel model(*store, RecordTable::Interactions);
    report(QStringLiteral("open (count + first page, newest first): %1 rows")
               .arg(model.matchingRowCount()),
           timer.elapsed());

    timer.start();
    scrollTo(model, 10000);
    report(QStringLiteral("scroll to row 10,000 (50 pages)"), timer.elapsed());
    timer.start();
    model.fetchMore(QModelIndex());
    report(QStringLiteral("one more page at row 10,000"), timer.elapsed());

    for (int column = 0; column < model.columnCount(); ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            timer.start();
            model.sort(column, order);
            const qint64 first = timer.elapsed();
            timer.start();
            scrollTo(model, 2000);
            report(QStringLiteral("sort by %1 %2: first page / next 9 pages")
                       .arg(model.headerData(column, Qt::Horizontal).toString(),
                            order == Qt::AscendingOrder ? QStringLiteral("asc")
                                                        : QStringLiteral("desc")),
                   first);
            report(QStringLiteral("    next 9 pages"), timer.elapsed());
        }
    }

    model.sort(InteractionColumn::Created, Qt::DescendingOrder);
    for (const QString &filter : {QStringLiteral("popescu"), QStringLiteral("popescu chat"),
                                  QStringLiteral("T99999"), QStringLiteral("nothing-at-all")}) {
        timer.start();
        model.setFilterText(filter);
        report(QStringLiteral("filter \"%1\": %2 rows").arg(filter).arg(model.matchingRowCount()),
               timer.elapsed());
    }
    return 0;
}
