#include "democompany.h"

#include "demotexts.h"
#include "demoworld.h"
#include "store/dialect.h"
#include "store/store.h"
#include "store/storewriter.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace busola {

namespace {

/// Translation context of this file's messages, in a form lupdate reads.
struct DemoTr
{
    Q_DECLARE_TR_FUNCTIONS(busola::Demo)
};

QVariant utf8(const char *text)
{
    return *text ? QVariant(QString::fromUtf8(text)) : QVariant();
}

/// The id of the row q just inserted into table.
qint64 insertedId(QSqlDatabase, QSqlQuery &q, const QString &)
{
    return Dialect::insertedId(q);
}

/// The SWOT board of the last twelve months and its items. Not data rows of StoreWriter:
/// plain prepared INSERTs, run inside the writer's open transaction.
bool writeSwotBoard(QSqlDatabase db, const demo::DemoWorld &world, int *items, QString *error)
{
    const QDate last = world.months.back().first;
    const qint64 stamp = world.epoch(world.end);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO swot_boards (name, period_from, period_to, team,"
                             " created_at, updated_at) VALUES (?, ?, ?, NULL, ?, ?)"));
    q.addBindValue(QString::fromUtf8("Analiza SWOT %1").arg(last.year()));
    q.addBindValue(last.addMonths(-11).toString(QStringLiteral("yyyy-MM")));
    q.addBindValue(last.toString(QStringLiteral("yyyy-MM")));
    q.addBindValue(stamp);
    q.addBindValue(stamp);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    const qint64 board = insertedId(db, q, QStringLiteral("swot_boards"));
    q.prepare(QStringLiteral("INSERT INTO swot_items (board_id, quadrant, position, text,"
                             " importance, kpi_id, owner, action, due_date, updated_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    int position[4] = {0, 0, 0, 0};
    const QString due = world.end.date.addMonths(3).toString(QStringLiteral("yyyy-MM-dd"));
    for (const demo::DemoSwotItem &item : demo::swotItems()) {
        q.addBindValue(board);
        q.addBindValue(item.quadrant);
        q.addBindValue(position[item.quadrant]++);
        q.addBindValue(QString::fromUtf8(item.text));
        q.addBindValue(item.importance);
        q.addBindValue(utf8(item.kpiId));
        q.addBindValue(utf8(item.owner));
        q.addBindValue(utf8(item.action));
        q.addBindValue(*item.action ? QVariant(due) : QVariant());
        q.addBindValue(stamp);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        ++*items;
    }
    return true;
}

bool writeCompetitors(QSqlDatabase db, int *count, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO competitors (name, price_position, discount_pct,"
                             " channels, response_time_h, satisfaction, notes, position)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    int position = 0;
    for (const demo::DemoCompetitor &c : demo::competitors()) {
        q.addBindValue(QString::fromUtf8(c.name));
        q.addBindValue(QString::fromUtf8(c.price));
        q.addBindValue(c.discountPct);
        q.addBindValue(QString::fromUtf8(c.channels));
        q.addBindValue(c.responseHours);
        q.addBindValue(c.satisfaction);
        q.addBindValue(QString::fromUtf8(c.notes));
        q.addBindValue(position++);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        ++*count;
    }
    return true;
}

int countRows(QSqlDatabase db, const QString &table)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) && q.next())
        return q.value(0).toInt();
    return -1;
}

/// Everything inside the writer's transaction; false with *error set on the first failure.
bool writeAll(Store &store, const demo::DemoWorld &world, StoreWriter &writer, DemoSummary &summary,
              QString *error)
{
    if (!demo::writeInteractions(world, writer, &summary.interactions) ||
        !demo::writeDeals(world, writer, &summary.deals) ||
        !demo::writeFeedback(world, writer, &summary.feedback) ||
        !demo::writeCosts(world, writer, &summary.costs)) {
        *error = writer.lastError();
        return false;
    }
    QString sqlError;
    if (!writeSwotBoard(store.db(), world, &summary.swotItems, &sqlError) ||
        !writeCompetitors(store.db(), &summary.competitors, &sqlError)) {
        *error = DemoTr::tr("Cannot write the SWOT board and competitors: %1").arg(sqlError);
        return false;
    }
    if (store.setting(SettingKeys::CompanyName).isEmpty() &&
        !store.setSetting(SettingKeys::CompanyName, demo::demoCompanyName())) {
        *error = DemoTr::tr("Cannot save the company name: %1").arg(store.db().lastError().text());
        return false;
    }
    summary.customers = countRows(store.db(), QStringLiteral("customers"));
    return true;
}

} // namespace

QDate defaultDemoEndMonth(QDate today)
{
    const QDate previous = today.addMonths(-1);
    return QDate(previous.year(), previous.month(), 1);
}

DemoSummary buildDemoCompany(Store &store, const DemoOptions &options, QString *error)
{
    auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return DemoSummary{};
    };
    DemoOptions resolved = options;
    if (!resolved.endMonth.isValid())
        resolved.endMonth = defaultDemoEndMonth();
    resolved.endMonth = QDate(resolved.endMonth.year(), resolved.endMonth.month(), 1);
    if (resolved.months < 1 || resolved.months > 120)
        return failWith(DemoTr::tr("The demo company spans 1 to 120 months."));
    if (resolved.endMonth.year() < MinDemoYear || resolved.endMonth.year() > MaxDemoYear)
        return failWith(
            DemoTr::tr("The demo company ends between %1 and %2.").arg(MinDemoYear).arg(MaxDemoYear));
    if (!store.isEmpty())
        return failWith(DemoTr::tr("The store %1 already holds data; the demo company goes only into an "
                           "empty store.")
                            .arg(store.location()));

    const demo::DemoWorld world = demo::makeWorld(store.clock(), resolved);
    StoreWriter writer(store);
    ImportMeta meta;
    meta.fileName = QStringLiteral("demo");
    meta.dataset = QStringLiteral("demo");
    if (!writer.begin(meta))
        return failWith(writer.lastError());
    DemoSummary summary;
    QString message;
    if (!writeAll(store, world, writer, summary, &message)) {
        writer.rollback();
        return failWith(DemoTr::tr("Cannot write the demo company: %1").arg(message));
    }
    if (!writer.commit())
        return failWith(DemoTr::tr("Cannot write the demo company: %1").arg(writer.lastError()));
    summary.ok = true;
    summary.firstMonth = world.months.front().first;
    summary.lastMonth = world.months.back().first;
    return summary;
}

QString describe(const DemoSummary &s)
{
    const QLocale locale;
    const QString format = QStringLiteral("yyyy-MM");
    QStringList lines;
    lines << DemoTr::tr("Months: %1 to %2 (%3)")
                 .arg(s.firstMonth.toString(format), s.lastMonth.toString(format))
                 .arg(s.firstMonth.isValid() ? (s.lastMonth.year() - s.firstMonth.year()) * 12 +
                                                   s.lastMonth.month() - s.firstMonth.month() + 1
                                             : 0);
    lines << DemoTr::tr("Customers: %1").arg(locale.toString(s.customers));
    lines << DemoTr::tr("Support interactions: %1").arg(locale.toString(s.interactions));
    lines << DemoTr::tr("Deals: %1").arg(locale.toString(s.deals));
    lines << DemoTr::tr("Survey responses: %1").arg(locale.toString(s.feedback));
    lines << DemoTr::tr("Monthly support cost rows: %1").arg(locale.toString(s.costs));
    lines << DemoTr::tr("SWOT items: %1 (one board)").arg(locale.toString(s.swotItems));
    lines << DemoTr::tr("Competitors: %1").arg(locale.toString(s.competitors));
    return lines.join(QLatin1Char('\n'));
}

} // namespace busola
