#include "recordtables.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace busola {

namespace {

#define CAPTION(text) QT_TRANSLATE_NOOP("busola::RecordTableModel", text)

// Customer shown as its name, or its code when the export had no name.
#define CUSTOMER_SQL "COALESCE(NULLIF(c.name, ''), c.code)"

RecordTableSpec interactionSpec()
{
    RecordTableSpec spec{
        "interactions t LEFT JOIN customers c ON c.id = t.customer_id",
        {
            {CAPTION("ID"), "t.external_id", ValueKind::Text, true},
            {CAPTION("Created"), "t.created_at", ValueKind::Instant, false},
            {CAPTION("Response time"), "t.response_seconds", ValueKind::Seconds, false},
            {CAPTION("Resolved"), "t.resolved_at", ValueKind::Instant, false},
            {CAPTION("Status"), "t.status", ValueKind::Text, true},
            {CAPTION("Channel"), "t.channel", ValueKind::Channel, true},
            {CAPTION("Team"), "t.team", ValueKind::Text, true},
            {CAPTION("Agent"), "t.agent", ValueKind::Text, true},
            {CAPTION("Customer"), CUSTOMER_SQL, ValueKind::Text, true},
            {CAPTION("Contacts"), "t.contacts", ValueKind::Integer, false},
            {CAPTION("Satisfaction"), "t.satisfaction", ValueKind::Score, false},
            {CAPTION("Cost"), "t.cost_minor", ValueKind::Money, false},
            {CAPTION("Complaint"), "t.is_complaint", ValueKind::Flag, false},
            {CAPTION("Complaint category"), "t.complaint_category", ValueKind::Text, true},
            {CAPTION("Subject"), "t.subject", ValueKind::Text, true},
        },
        InteractionColumn::Created,
        true};
    Q_ASSERT(int(spec.columns.size()) == InteractionColumn::Count);
    return spec;
}

RecordTableSpec dealSpec()
{
    RecordTableSpec spec{"deals t LEFT JOIN customers c ON c.id = t.customer_id",
                         {
                             {CAPTION("ID"), "t.external_id", ValueKind::Text, true},
                             {CAPTION("Created"), "t.created_at", ValueKind::Instant, false},
                             {CAPTION("Closed"), "t.closed_at", ValueKind::Instant, false},
                             {CAPTION("Status"), "t.status", ValueKind::DealStatus, true},
                             {CAPTION("Kind"), "t.is_order", ValueKind::DealKind, false},
                             {CAPTION("Amount"), "t.amount_minor", ValueKind::Money, false},
                             {CAPTION("Original amount"),
                              "NULLIF(TRIM(COALESCE(t.original_amount, '') || ' ' ||"
                              " COALESCE(t.original_currency, '')), '')",
                              ValueKind::Text, true},
                             {CAPTION("Owner"), "t.owner", ValueKind::Text, true},
                             {CAPTION("Region"), "t.region", ValueKind::Text, true},
                             {CAPTION("Lead source"), "t.lead_source", ValueKind::Text, true},
                             {CAPTION("Customer"), CUSTOMER_SQL, ValueKind::Text, true},
                         },
                         DealColumn::Created,
                         true};
    Q_ASSERT(int(spec.columns.size()) == DealColumn::Count);
    return spec;
}

RecordTableSpec feedbackSpec()
{
    RecordTableSpec spec{"feedback t LEFT JOIN customers c ON c.id = t.customer_id",
                         {
                             {CAPTION("ID"), "t.external_id", ValueKind::Text, true},
                             {CAPTION("Responded"), "t.responded_at", ValueKind::Instant, false},
                             {CAPTION("Score"), "t.score", ValueKind::Score, false},
                             {CAPTION("Channel"), "t.channel", ValueKind::Channel, true},
                             {CAPTION("Customer"), CUSTOMER_SQL, ValueKind::Text, true},
                             {CAPTION("Comment"), "t.comment", ValueKind::Text, true},
                         },
                         FeedbackColumn::Responded,
                         true};
    Q_ASSERT(int(spec.columns.size()) == FeedbackColumn::Count);
    return spec;
}

RecordTableSpec costSpec()
{
    RecordTableSpec spec{"support_costs t",
                         {
                             {CAPTION("Month"), "t.month", ValueKind::Month, false},
                             {CAPTION("Channel"), "t.channel", ValueKind::Channel, true},
                             {CAPTION("Amount"), "t.amount_minor", ValueKind::Money, false},
                         },
                         CostColumn::Month,
                         true};
    Q_ASSERT(int(spec.columns.size()) == CostColumn::Count);
    return spec;
}

#undef CUSTOMER_SQL
#undef CAPTION

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
