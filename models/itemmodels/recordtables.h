#pragma once

#include <QtGlobal>

#include <vector>

namespace busola {

class Store;

/// The datasets the data browser shows, one table each.
enum class RecordTable { Interactions, Deals, Feedback, Costs };

/// How a stored value is shown: the column's SQL gives the raw value, the kind says how the
/// model turns it into text (instants through the store's clock, money from minor units, ...).
enum class ValueKind {
    Text,
    Instant, ///< seconds since the epoch, shown as local date and time of the store
    Month,   ///< yyyymm
    Money,   ///< minor units of the store's currency
    Seconds, ///< a duration, shown in hours
    Score,   ///< 1–5, one decimal
    Integer,
    Flag,         ///< 0/1: "Yes" or nothing
    Channel,      ///< phone / chat / email / other, translated; other values shown as stored
    DealStatus,   ///< won / lost / open, translated
    TicketStatus, ///< open / pending / resolved / closed, translated; other values as stored
    DealKind,     ///< is_order: "Order" or "Deal"
};

/// One column of a record table: its caption (translated in the context
/// "busola::RecordTableModel"), the SQL expression over the table's FROM clause, and whether
/// the text filter looks into it.
struct RecordColumnSpec
{
    const char *caption;
    const char *sql;
    ValueKind kind;
    bool searchable;
};

/// What the record model needs to know about a table. SQL fragments are constants, never
/// built from user input: every user value is bound.
struct RecordTableSpec
{
    const char *table; ///< the table, aliased "t"
    /// Tables joined to it; their columns are written "c.column" in the columns' SQL.
    const char *joins;
    std::vector<RecordColumnSpec> columns;
    int defaultSortColumn;
    bool defaultSortDescending;
    /// Columns whose order an index of the table gives (paged by keyset, cheap at any
    /// depth); sorting by another column reads the sorted ids once instead.
    std::vector<int> indexedColumns;
};

namespace InteractionColumn {
enum Column : int {
    ExternalId,
    Created,
    ResponseTime,
    Resolved,
    Status,
    Channel,
    Team,
    Agent,
    Customer,
    Contacts,
    Satisfaction,
    Cost,
    Complaint,
    ComplaintCategory,
    Subject,
    Count
};
}

namespace DealColumn {
enum Column : int {
    ExternalId,
    Created,
    Closed,
    Status,
    Kind,
    Amount,
    OriginalAmount,
    Owner,
    Region,
    LeadSource,
    Customer,
    Count
};
}

namespace FeedbackColumn {
enum Column : int { ExternalId, Responded, Score, Channel, Customer, Comment, Count };
}

namespace CostColumn {
enum Column : int { Month, Channel, Amount, Count };
}

const RecordTableSpec &recordTableSpec(RecordTable table);

/// Row counts of the data tables, for the status bar. -1 where the count failed.
struct RecordCounts
{
    qint64 interactions = -1;
    qint64 deals = -1;
    qint64 feedback = -1;
    qint64 costs = -1;
};

RecordCounts countRecords(const Store &store);

} // namespace busola
