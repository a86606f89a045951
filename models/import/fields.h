#pragma once

#include "store/records.h"

#include <QCoreApplication>
#include <QHashFunctions>
#include <QString>
#include <QStringList>
#include <QVector>

namespace busola {

/// What a column of an export can be mapped to. One enum across datasets; fieldsOf() says
/// which fields a dataset takes.
enum class Field : quint8 {
    None,
    Id,
    Created,        ///< support: created; sales: created or the order/invoice date; feedback: date
    FirstResponse,  ///< a timestamp (or an HH:MM:SS duration, when that is what the column holds)
    ResponseTime,   ///< a duration to the first response
    Resolved,       ///< a timestamp
    ResolutionTime, ///< a duration from creation to resolution
    Status,         ///< support status
    Channel,
    Team,
    Agent,
    CustomerCode,
    CustomerName,
    Contacts,
    FcrFlag,
    Satisfaction, ///< support rating, or the feedback score
    Cost,
    Complaint,
    ComplaintCategory,
    Subject,
    Closed,
    Stage,
    Amount,
    Currency,
    Owner,
    Region,
    LeadSource,
    Comment,
    Month,
    Count_
};
constexpr int FieldCount = int(Field::Count_);
inline size_t qHash(Field field, size_t seed = 0)
{
    return ::qHash(int(field), seed);
}

/// How a field's cells are parsed.
enum class FieldType : quint8 {
    Text,
    DateTime,
    Duration,
    Integer,
    Money,
    Boolean,
    Rating,
    Channel,
    SupportStatus,
    DealStage,
    Currency,
    Month
};

/// The unit of a duration column: from the header ("in minutes", "(in hrs)") or chosen.
enum class DurationUnit : quint8 { Auto, Seconds, Minutes, Hours, Days };

struct FieldInfo
{
    Field field;
    FieldType type;
    bool required;
};

/// The fields a dataset takes, in the order a wizard shows them.
const QVector<FieldInfo> &fieldsOf(Dataset dataset);
FieldType fieldType(Field field);
/// Stable key for profiles and the command line ("created", "first_response", ...).
QString fieldKey(Field field);
Field fieldFromKey(const QString &key);
/// Translated name for a wizard or a problem message.
QString fieldLabel(Field field);
QString durationUnitKey(DurationUnit unit);
DurationUnit durationUnitFromKey(const QString &key);

/// One header cell matched to a field: which field, the synonym's rank (lower is better) and
/// the duration unit the header names.
struct HeaderMatch
{
    Field field = Field::None;
    int rank = 0;
    DurationUnit unit = DurationUnit::Auto;
};

/// Matches one header text against the dataset's synonyms, tolerating case, spacing,
/// CamelCase, punctuation and diacritics.
HeaderMatch matchHeader(Dataset dataset, const QString &header);

} // namespace busola
