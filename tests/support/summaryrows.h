#pragma once

// The stored KPI summaries as sorted text rows, and what a rebuild from the base tables makes
// of them: tests of every way summaries are kept up to date compare the two.

#include "store/storeclock.h"
#include "store/summaries.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

namespace busola::test {

/// Every row of every summary table, "table|value|…", sorted. roundDoubles: doubles to 12
/// significant digits (sums of ratings that round are added in another order by a rebuild).
inline QStringList summaryRows(const QSqlDatabase &db, bool roundDoubles = false)
{
    QStringList rows;
    QSqlQuery q(db);
    for (const char *table :
         {"sum_support", "sum_sales", "sum_feedback", "customer_activity", "activity_gaps",
          "sum_support_day", "sum_sales_day", "sum_feedback_day", "customer_activity_day"}) {
        q.exec(QStringLiteral("SELECT * FROM %1").arg(QLatin1String(table)));
        while (q.next()) {
            QStringList fields{QLatin1String(table)};
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant v = q.value(i);
                fields << (roundDoubles && v.typeId() == QMetaType::Double
                               ? QString::number(v.toDouble(), 'g', 12)
                               : v.toString());
            }
            rows << fields.join(QLatin1Char('|'));
        }
    }
    rows.sort();
    return rows;
}

/// The rows a rebuild from scratch makes, rolled back so that the stored state stays.
inline QStringList rebuiltSummaryRows(QSqlDatabase db, const StoreClock &clock,
                                      bool roundDoubles = false)
{
    if (!db.transaction())
        qFatal("no transaction");
    QString error;
    if (!rebuildAllSummaries(db, clock, &error))
        qFatal("rebuild: %s", qPrintable(error));
    const QStringList rows = summaryRows(db, roundDoubles);
    db.rollback();
    return rows;
}

} // namespace busola::test
