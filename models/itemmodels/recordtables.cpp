#include "recordtables.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace busola {

namespace {

// Captions are QT_TRANSLATE_NOOP in the model's context, written out so lupdate sees them.
// Customer shown as its name, or its code when the export had no name.
#define CUSTOMER_SQL "COALESCE(NULLIF(c.name, ''), c.code)"
#define CUSTOMER_JOIN " LEFT JOIN customers c ON c.id = t.customer_id"

RecordTableSpec interactionSpec()
{
    RecordTableSpec spec{
        "interactions t",
        CUSTOMER_JOIN,
        {
            {QT_TRANSLATE_NOOP("busola::RecordTableModel", "ID"), "t.external_id", ValueKind::Text,
             true},
            {QT_TRANSLATE_NOOP("busola::RecordTableModel", "Created"), "t.created_at",
             ValueKind::Instant, false},
            {QT_TRANSLATE_NOOP("busola::RecordTableModel", "Response time"), "t.response_seconds",
             ValueKind::Seconds, false},
            {QT_TRANSLATE_NOOP("busola::RecordTableModel", "Resolved"), "t.resolved_at",
             ValueKind::Instant, false},
            {QT_TRANSLATE_NOOP("busola::RecordTableModel", "Status"), "t.status",
             ValueKind::TicketStatus, true},
            {QT_TRANSLATE_NOOP("busola::RecordTableModel", "Channel"), "t.channel",
             ValueKind::Channel, true},
            {QT_TRANSLATE_NOOP("busola::RecordTableModel", "Team"), "t.team", ValueKind::Text,
             true},
            {QT_TRANSLATE_NOOP("busola::RecordTableModel", "Agent"), "t.agent", ValueKind::Text,
             true},
            {QT_TRANSLATE_NOOP("busola::RecordTableModel", "Customer"), CUSTOMER_SQL,
             ValueKind::Text, true},
            {QT_TRANSLATE_NOOP("busola::RecordTableModel", "Contacts"), "t.contacts",
             ValueKind::Integer, false},
            {QT_TRANSLATE_NOOP("busola::RecordTableModel", "Satisfaction"), "t.satisfaction",
             ValueKind::Score, false},
            {QT_TRANSLATE_NOOP("busola::RecordTableModel", "Cost"), "t.cost_minor",
             ValueKind::Money, false},
            {QT_TRANSLATE_NOOP("busola::RecordTableModel", "Complaint"), "t.is_complaint",
             ValueKind::Flag, false},
            {QT_TRANSLATE_NOOP("busola::RecordTableModel", "Complaint category"),
             "t.complaint_category", ValueKind::Text, true},
            {QT_TRANSLATE_NOOP("busola::RecordTableModel", "Subject"), "t.subject", ValueKind::Text,
             true},
        },
        InteractionColumn::Created,
        true,
        {InteractionColumn::ExternalId, InteractionColumn::Created, InteractionColumn::Resolved}};
    Q_ASSERT(int(spec.columns.size()) == InteractionColumn::Count);
    return spec;
}

RecordTableSpec dealSpec()
{
    RecordTableSpec spec{"deals t",
                         CUSTOMER_JOIN,
                         {
                             {QT_TRANSLATE_NOOP("busola::RecordTableModel", "ID"), "t.external_id",
                              ValueKind::Text, true},
                             {QT_TRANSLATE_NOOP("busola::RecordTableModel", "Created"),
                              "t.created_at", ValueKind::Instant, false},
                             {QT_TRANSLATE_NOOP("busola::RecordTableModel", "Closed"),
                              "t.closed_at", ValueKind::Instant, false},
                             {QT_TRANSLATE_NOOP("busola::RecordTableModel", "Status"), "t.status",
                              ValueKind::DealStatus, true},
                             {QT_TRANSLATE_NOOP("busola::RecordTableModel", "Kind"), "t.is_order",
                              ValueKind::DealKind, false},
                             {QT_TRANSLATE_NOOP("busola::RecordTableModel", "Amount"),
                              "t.amount_minor", ValueKind::Money, false},
                             {QT_TRANSLATE_NOOP("busola::RecordTableModel", "Original amount"),
                              "NULLIF(TRIM(COALESCE(t.original_amount, '') || ' ' ||"
                              " COALESCE(t.original_currency, '')), '')",
                              ValueKind::Text, true},
                             {QT_TRANSLATE_NOOP("busola::RecordTableModel", "Owner"), "t.owner",
                              ValueKind::Text, true},
                             {QT_TRANSLATE_NOOP("busola::RecordTableModel", "Region"), "t.region",
                              ValueKind::Text, true},
                             {QT_TRANSLATE_NOOP("busola::RecordTableModel", "Lead source"),
                              "t.lead_source", ValueKind::Text, true},
                             {QT_TRANSLATE_NOOP("busola::RecordTableModel", "Customer"),
                              CUSTOMER_SQL, ValueKind::Text, true},
                         },
                         DealColumn::Created,
                         true,
                         {DealColumn::ExternalId, DealColumn::Created, DealColumn::Closed}};
    Q_ASSERT(int(spec.columns.size()) == DealColumn::Count);
    return spec;
}

RecordTableSpec feedbackSpec()
{
    RecordTableSpec spec{"feedback t",
                         CUSTOMER_JOIN,
                         {
                             {QT_TRANSLATE_NOOP("busola::RecordTableModel", "ID"), "t.external_id",
                              ValueKind::Text, true},
                             {QT_TRANSLATE_NOOP("busola::RecordTableModel", "Responded"),
                              "t.responded_at", ValueKind::Instant, false},
                             {QT_TRANSLATE_NOOP("busola::RecordTableModel", "Score"), "t.score",
                              ValueKind::Score, false},
                             {QT_TRANSLATE_NOOP("busola::RecordTableModel", "Channel"), "t.channel",
                              ValueKind::Channel, true},
                             {QT_TRANSLATE_NOOP("busola::RecordTableModel", "Customer"),
                              CUSTOMER_SQL, ValueKind::Text, true},
                             {QT_TRANSLATE_NOOP("busola::RecordTableModel", "Comment"), "t.comment",
                              ValueKind::Text, true},
                         },
                         FeedbackColumn::Responded,
                         true,
                         {FeedbackColumn::ExternalId, FeedbackColumn::Responded}};
    Q_ASSERT(int(spec.columns.size()) == FeedbackColumn::Count);
    return spec;
}

RecordTableSpec costSpec()
{
    RecordTableSpec spec{"support_costs t",
                         "",
                         {
                             {QT_TRANSLATE_NOOP("busola::RecordTableModel", "Month"), "t.month",
                              ValueKind::Month, false},
                             {QT_TRANSLATE_NOOP("busola::RecordTableModel", "Channel"), "t.channel",
                              ValueKind::Channel, true},
                             {QT_TRANSLATE_NOOP("busola::RecordTableModel", "Amount"),
                              "t.amount_minor", ValueKind::Money, false},
                         },
                         CostColumn::Month,
                         true,
                         {CostColumn::Month}};
    Q_ASSERT(int(spec.columns.size()) == CostColumn::Count);
    return spec;
}

#undef CUSTOMER_SQL
#undef CUSTOMER_JOIN

qint64 countRows(const Store &store, const char *table)
{
    QSqlQuery q(store.db());
    // Table names are constants of this file, never user input.
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

} // namespace

const RecordTableSpec &recordTableSpec(RecordTable table)
{
    static const RecordTableSpec specs[] = {interactionSpec(), dealSpec(), feedbackSpec(),
                                            costSpec()};
    return specs[int(table)];
}

RecordCounts countRecords(const Store &store)
{
    RecordCounts counts;
    counts.interactions = countRows(store, "interactions");
    counts.deals = countRows(store, "deals");
    counts.feedback = countRows(store, "feedback");
    counts.costs = countRows(store, "support_costs");
    return counts;
}

} // namespace busola
