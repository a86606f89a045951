// The second half of RowConverter: parsed values → one record, with the plausibility rules
// (PRODUCT.md: implausible values are problems, never silently imported).

#include "rowconverter.h"
#include "store/storeclock.h"

namespace busola {

bool RowConverter::money(const Value &v, Field field, std::optional<qint64> *minor,
                         QString *original, QString *currency, QString *reason)
{
    if (!v.has)
        return true;
    QString code = v.money.currency;
    if (code.isEmpty() && value(Field::Currency).has)
        code = value(Field::Currency).s;
    if (code.isEmpty())
        code = m_inspection.settings.sourceCurrency;
    const double rate = m_inspection.settings.rate;
    if (code.isEmpty() || code == m_storeCurrency) {
        // No currency shown: the store's, unless a rate says the file is in another one.
        *minor = v.money.toMinor(code.isEmpty() && rate > 0 ? rate : 1.0);
        if (code.isEmpty() && rate > 0 && original)
            *original = QString::number(v.money.toDouble(), 'f', qMax(2, v.money.scale));
        return true;
    }
    if (rate <= 0) {
        *reason = tr("an amount in %1, but the store keeps %2: give the exchange rate "
                     "(--rate, 1 %1 = R %2)")
                      .arg(code, m_storeCurrency);
        Q_UNUSED(field);
        return false;
    }
    *minor = v.money.toMinor(rate);
    if (original)
        *original = QString::number(v.money.toDouble(), 'f', qMax(2, v.money.scale));
    if (currency)
        *currency = code;
    return true;
}

std::optional<qint64> RowConverter::rangeInstant() const
{
    switch (m_dataset) {
    case Dataset::Support:
        return interaction.createdAt;
    case Dataset::Sales:
        return deal.closedAt ? deal.closedAt : deal.createdAt;
    case Dataset::Feedback:
        return feedback.respondedAt;
    case Dataset::Costs:
        return m_clock.monthStart(cost.month);
    }
    return std::nullopt;
}

bool RowConverter::buildInteraction(const SheetRow &row)
{
    Interaction &r = interaction;
    r = Interaction();
    const Value &created =
        value(m_createdFromFirstResponse ? Field::FirstResponse : Field::Created);
    if (!created.has || created.isDuration)
        return error(m_createdFromFirstResponse ? Field::FirstResponse : Field::Created,
                     tr("no creation date"));
    r.createdAt = created.i;
    r.externalId = m_keyColumn >= 0 && m_keyColumn < row.size() ? row.at(m_keyColumn).text.trimmed()
                   : !m_fileId.isEmpty()                        ? m_fileId
                                                                : contentKey(row);
    const Value &first = value(Field::FirstResponse);
    if (!m_createdFromFirstResponse && first.has) {
        if (first.isDuration)
            r.responseSeconds = first.i;
        else
            r.firstResponseAt = first.i;
    }
    if (value(Field::ResponseTime).has)
        r.responseSeconds = value(Field::ResponseTime).i;
    const Value &resolved = value(Field::Resolved);
    if (resolved.has)
        r.resolvedAt = resolved.isDuration ? r.createdAt + resolved.i : resolved.i;
    else if (value(Field::ResolutionTime).has)
        r.resolvedAt = r.createdAt + value(Field::ResolutionTime).i;
    r.status = value(Field::Status).s;
    r.channel = value(Field::Channel).s;
    r.team = value(Field::Team).s;
    r.agent = value(Field::Agent).s;
    r.customer.code = value(Field::CustomerCode).s;
    r.customer.name = value(Field::CustomerName).s;
    if (value(Field::Contacts).has)
        r.contacts = int(value(Field::Contacts).i);
    if (value(Field::FcrFlag).has)
        r.fcrFlag = value(Field::FcrFlag).i != 0;
    if (value(Field::Satisfaction).has)
        r.satisfaction = value(Field::Satisfaction).d;
    r.complaintCategory = value(Field::ComplaintCategory).s;
    r.complaint = (value(Field::Complaint).has && value(Field::Complaint).i != 0) ||
                  !r.complaintCategory.isEmpty();
    r.subject = value(Field::Subject).s;
    QString reason;
    if (!money(value(Field::Cost), Field::Cost, &r.costMinor, nullptr, nullptr, &reason))
        return error(Field::Cost, reason);

    if (r.resolvedAt &&
        (r.status == QLatin1String("open") || r.status == QLatin1String("pending"))) {
        problem(Problem::Severity::Warning, Field::Resolved,
                tr("a resolution time on a ticket that is still %1: not imported").arg(r.status));
        r.resolvedAt.reset();
    }
    if (r.costMinor && *r.costMinor < 0)
        return error(Field::Cost, tr("a negative cost"));
    if (r.contacts && *r.contacts < 0)
        return error(Field::Contacts, tr("a negative number of contacts"));
    if (r.firstResponseAt && *r.firstResponseAt < r.createdAt)
        return error(Field::FirstResponse,
                     tr("the first response is before the ticket was created"));
    if (r.resolvedAt && *r.resolvedAt < r.createdAt)
        return error(m_createdFromFirstResponse ? Field::Resolved : Field::Resolved,
                     m_createdFromFirstResponse ? tr("resolved before the first response")
                                                : tr("resolved before the ticket was created"));
    if (r.resolvedAt && r.firstResponseAt && *r.resolvedAt < *r.firstResponseAt)
        return error(Field::Resolved, tr("resolved before the first response"));
    return !m_rowFailed;
}

bool RowConverter::buildDeal(const SheetRow &row)
{
    Deal &r = deal;
    r = Deal();
    r.externalId = m_keyColumn >= 0 && m_keyColumn < row.size() ? row.at(m_keyColumn).text.trimmed()
                   : !m_fileId.isEmpty()                        ? m_fileId
                                                                : contentKey(row);
    if (value(Field::Created).has)
        r.createdAt = value(Field::Created).i;
    if (value(Field::Closed).has)
        r.closedAt = value(Field::Closed).i;
    if (m_hasStage) {
        const QString stage = value(Field::Stage).s;
        r.status = stage == QLatin1String("won")    ? DealStatus::Won
                   : stage == QLatin1String("lost") ? DealStatus::Lost
                                                    : DealStatus::Open;
    } else {
        // An order or invoice line: a won sale created and closed at its date.
        r.isOrder = true;
        r.status = DealStatus::Won;
        const std::optional<qint64> at = r.closedAt ? r.closedAt : r.createdAt;
        if (!at)
            return error(Field::Created, tr("no date"));
        r.createdAt = at;
        r.closedAt = at;
    }
    if (!r.createdAt && !r.closedAt)
        return error(Field::Created, tr("no date"));
    QString reason;
    const Value &amount = value(Field::Amount);
    if (!money(amount, Field::Amount, &r.amountMinor, &r.originalAmount, &r.originalCurrency,
               &reason))
        return error(Field::Amount, reason);
    if (m_amountOverride)
        r.amountMinor = m_amountOverride;
    if (!r.amountMinor && (r.isOrder || r.status == DealStatus::Won))
        return error(Field::Amount, tr("a sale without an amount"));
    if (r.amountMinor && *r.amountMinor < 0)
        return error(Field::Amount, tr("a negative amount"));
    if (r.createdAt && r.closedAt && *r.closedAt < *r.createdAt)
        return error(Field::Closed, tr("closed before it was created"));
    if (r.status == DealStatus::Won && !r.closedAt)
        problem(Problem::Severity::Warning, Field::Closed,
                tr("a won deal without a close date counts in no month's sales"));
    r.owner = value(Field::Owner).s;
    r.region = value(Field::Region).s;
    r.leadSource = value(Field::LeadSource).s;
    r.customer.code = value(Field::CustomerCode).s;
    r.customer.name = value(Field::CustomerName).s;
    return !m_rowFailed;
}

bool RowConverter::buildFeedback(const SheetRow &row)
{
    FeedbackResponse &r = feedback;
    r = FeedbackResponse();
    if (!value(Field::Created).has)
        return error(Field::Created, tr("no date"));
    if (!value(Field::Satisfaction).has)
        return error(Field::Satisfaction, tr("no score"));
    r.externalId = !m_fileId.isEmpty() ? m_fileId : contentKey(row);
    r.respondedAt = value(Field::Created).i;
    r.score = value(Field::Satisfaction).d;
    r.customer.code = value(Field::CustomerCode).s;
    r.customer.name = value(Field::CustomerName).s;
    r.comment = value(Field::Comment).s;
    r.channel = value(Field::Channel).s;
    return true;
}

bool RowConverter::buildCost()
{
    SupportCost &r = cost;
    r = SupportCost();
    if (!value(Field::Month).has)
        return error(Field::Month, tr("no month"));
    if (!value(Field::Amount).has)
        return error(Field::Amount, tr("no amount"));
    r.month = int(value(Field::Month).i);
    r.channel = value(Field::Channel).s;
    std::optional<qint64> minor;
    QString reason;
    if (!money(value(Field::Amount), Field::Amount, &minor, nullptr, nullptr, &reason))
        return error(Field::Amount, reason);
    if (*minor < 0)
        return error(Field::Amount, tr("a negative cost"));
    r.amountMinor = *minor;
    m_fileId = r.externalId();
    return true;
}

} // namespace busola
