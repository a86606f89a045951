#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace busola {

/// The four quadrants, in the order the editor lays them out and the store numbers them (0–3).
enum class Quadrant { Strengths = 0, Weaknesses = 1, Opportunities = 2, Threats = 3 };
constexpr int QuadrantCount = 4;

inline bool isQuadrant(int value)
{
    return value >= 0 && value < QuadrantCount;
}

/// English source text of a quadrant's title (Romanian through the translation).
QString quadrantTitle(Quadrant quadrant);

/// One board: a SWOT matrix for a period (first and last day included), optionally one team.
struct SwotBoard
{
    qint64 id = 0;
    QString name;
    QDate periodFrom;
    QDate periodTo;
    QString team;
};

/// One item of a quadrant.
struct SwotItem
{
    qint64 id = 0;
    QString text;
    int importance = 2; ///< 1 (low) … 3 (high)
    QString kpiId;      ///< empty: not linked to a KPI
    QString owner;
    QString action;
    QDate dueDate;
    /// The store's revision of the item when it was read (raised by every save). Not content:
    /// equality ignores it.
    int revision = 0;

    bool operator==(const SwotItem &other) const
    {
        return id == other.id && text == other.text && importance == other.importance &&
               kpiId == other.kpiId && owner == other.owner && action == other.action &&
               dueDate == other.dueDate;
    }
    bool operator!=(const SwotItem &other) const { return !(*this == other); }
};

/// The fields of an item a single command changes; also the store column it writes.
enum class SwotField { Text, Importance, KpiId, Owner, Action, DueDate };

/// How a write of an item ended: saved, refused because the item changed (or was deleted)
/// elsewhere since it was read — another person on a team store — or failed.
enum class SwotWrite { Saved, ChangedElsewhere, Failed };

/// The period right after `board`'s, of the same number of whole months when the board covers
/// whole months (a quarter follows a quarter), else of the same number of days.
void nextPeriod(const QDate &from, const QDate &to, QDate *nextFrom, QDate *nextTo);

} // namespace busola
