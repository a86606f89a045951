#pragma once

#include <QDate>
#include <QString>

namespace busola {

class Store;

/// Years an end month may lie in: the demo's holiday calendar (Orthodox Easter) is exact for
/// 1900–2099, and the window reaches up to ten years back.
constexpr int MinDemoYear = 1911;
constexpr int MaxDemoYear = 2099;

struct DemoOptions
{
    /// Last month of the data (its first day); invalid means last month.
    QDate endMonth;
    /// Same seed and end month, same store content, on every machine.
    quint32 seed = 2026;
    int months = 36;
};

struct DemoSummary
{
    bool ok = false;
    QDate firstMonth;
    QDate lastMonth;
    int customers = 0;
    int interactions = 0;
    int deals = 0;
    int feedback = 0;
    int costs = 0;
    int swotItems = 0;
    int competitors = 0;
};

/// Writes the demo company, a believable Romanian distributor, into an empty store through
/// the store's one write path: the data rows are one import (dataset "demo") in the history;
/// the SWOT board and the competitors go in the same transaction. All or nothing: on any
/// failure the store is left as it was and *error says why.
DemoSummary buildDemoCompany(Store &store, const DemoOptions &options, QString *error);

/// The end month used when none is given: the month before today's (its first day).
QDate defaultDemoEndMonth(QDate today = QDate::currentDate());

/// A few lines for the command line: what was written.
QString describe(const DemoSummary &summary);

} // namespace busola
