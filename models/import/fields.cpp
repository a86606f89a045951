#include "fields.h"

#include "common/textfold.h"

#include <QCoreApplication>
#include <QHash>

namespace busola {

namespace {

struct FieldName
{
    Field field;
    const char *key;
    FieldType type;
    const char *label;
};

// The order of Field. Labels are English source text for FieldsTr::tr().
const FieldName fieldNames[] = {
    {Field::None, "", FieldType::Text, QT_TRANSLATE_NOOP("busola::Fields", "(not imported)")},
    {Field::Id, "id", FieldType::Text, QT_TRANSLATE_NOOP("busola::Fields", "External id")},
    {Field::Created, "created", FieldType::DateTime,
     QT_TRANSLATE_NOOP("busola::Fields", "Created")},
    {Field::FirstResponse, "first_response", FieldType::DateTime,
     QT_TRANSLATE_NOOP("busola::Fields", "First response")},
    {Field::ResponseTime, "response_time", FieldType::Duration,
     QT_TRANSLATE_NOOP("busola::Fields", "Time to first response")},
    {Field::Resolved, "resolved", FieldType::DateTime,
     QT_TRANSLATE_NOOP("busola::Fields", "Resolved")},
    {Field::ResolutionTime, "resolution_time", FieldType::Duration,
     QT_TRANSLATE_NOOP("busola::Fields", "Time to resolution")},
    {Field::Status, "status", FieldType::SupportStatus,
     QT_TRANSLATE_NOOP("busola::Fields", "Status")},
    {Field::Channel, "channel", FieldType::Channel, QT_TRANSLATE_NOOP("busola::Fields", "Channel")},
    {Field::Team, "team", FieldType::Text, QT_TRANSLATE_NOOP("busola::Fields", "Team")},
    {Field::Agent, "agent", FieldType::Text, QT_TRANSLATE_NOOP("busola::Fields", "Agent")},
    {Field::CustomerCode, "customer_code", FieldType::Text,
     QT_TRANSLATE_NOOP("busola::Fields", "Customer code")},
    {Field::CustomerName, "customer_name", FieldType::Text,
     QT_TRANSLATE_NOOP("busola::Fields", "Customer name")},
    {Field::Contacts, "contacts", FieldType::Integer,
     QT_TRANSLATE_NOOP("busola::Fields", "Contacts to resolve")},
    {Field::FcrFlag, "fcr", FieldType::Boolean,
     QT_TRANSLATE_NOOP("busola::Fields", "Resolved at first contact")},
    {Field::Satisfaction, "satisfaction", FieldType::Rating,
     QT_TRANSLATE_NOOP("busola::Fields", "Satisfaction")},
    {Field::Cost, "cost", FieldType::Money, QT_TRANSLATE_NOOP("busola::Fields", "Cost")},
    {Field::Complaint, "complaint", FieldType::Boolean,
     QT_TRANSLATE_NOOP("busola::Fields", "Complaint")},
    {Field::ComplaintCategory, "complaint_category", FieldType::Text,
     QT_TRANSLATE_NOOP("busola::Fields", "Complaint category")},
    {Field::Subject, "subject", FieldType::Text, QT_TRANSLATE_NOOP("busola::Fields", "Subject")},
    {Field::Closed, "closed", FieldType::DateTime, QT_TRANSLATE_NOOP("busola::Fields", "Closed")},
    {Field::Stage, "stage", FieldType::DealStage, QT_TRANSLATE_NOOP("busola::Fields", "Stage")},
    {Field::Amount, "amount", FieldType::Money, QT_TRANSLATE_NOOP("busola::Fields", "Amount")},
    {Field::Currency, "currency", FieldType::Currency,
     QT_TRANSLATE_NOOP("busola::Fields", "Currency")},
    {Field::Owner, "owner", FieldType::Text, QT_TRANSLATE_NOOP("busola::Fields", "Owner")},
    {Field::Region, "region", FieldType::Text, QT_TRANSLATE_NOOP("busola::Fields", "Region")},
    {Field::LeadSource, "lead_source", FieldType::Text,
     QT_TRANSLATE_NOOP("busola::Fields", "Lead source")},
    {Field::Comment, "comment", FieldType::Text, QT_TRANSLATE_NOOP("busola::Fields", "Comment")},
    {Field::Month, "month", FieldType::Month, QT_TRANSLATE_NOOP("busola::Fields", "Month")},
};
static_assert(sizeof(fieldNames) / sizeof(fieldNames[0]) == FieldCount, "one name per field");

struct Synonyms
{
    Field field;
    const char *names; // '|'-separated, best first; folded before use
};

// Romanian and English names, and what real exports call them (Zendesk, Freshdesk, HubSpot,
// Pipedrive, Salesforce, accounting and shop exports). Diacritics, case and punctuation do not
// matter: every name is folded like the header it is compared with.
const Synonyms supportSynonyms[] = {
    {Field::Id, "id|ticket id|ticket|ticket number|ticket no|id tichet|nr tichet|numar tichet|"
                "cod tichet|case number|case id|interaction id|id interactiune|request id|"
                "conversation id|issue id|nr|numar|#"},
    {Field::Created, "created|created at|created time|created date|created on|creation date|"
                     "date created|ticket created|opened|opened at|open date|data crearii|"
                     "data creare|creat la|creat|data deschiderii|deschis la|submitted at|"
                     "received at|data primirii|data|date"},
    {Field::FirstResponse, "first response|first response at|first response time|"
                           "first response date|first replied at|first reply at|responded at|"
                           "data primului raspuns|primul raspuns|prim raspuns|raspuns la|"
                           "data raspuns"},
    {Field::ResponseTime, "first reply time|first response duration|response time|reply time|"
                          "time to first response|timp de raspuns|timp raspuns|"
                          "timp prim raspuns|timp pana la primul raspuns"},
    {Field::Resolved, "resolved|resolved at|resolved time|resolved date|resolution date|"
                      "solved at|solved|closed at|closed|closed date|date closed|"
                      "TimetoResolution|time to resolution|data rezolvarii|rezolvat la|"
                      "data inchiderii|inchis la"},
    {Field::ResolutionTime, "full resolution time|resolution time|time to resolve|"
                            "timp de rezolvare|timp rezolvare"},
    {Field::Status, "status|ticket status|state|stare|status tichet|stadiu"},
    {Field::Channel, "channel|via|source|ticket channel|canal|sursa|medium|contact channel|"
                     "canal de contact"},
    {Field::Team, "group|team|echipa|grup|department|departament|queue|coada"},
    {Field::Agent, "agent|assignee|assigned to|agent name|responsabil|operator|asignat|owner"},
    {Field::CustomerCode, "customer id|client id|customer code|cod client|id client|account id|"
                          "requester id|contact id|organization id|cui|cif"},
    {Field::CustomerName, "customer|customer name|client|nume client|client name|requester|"
                          "requester name|contact|contact name|company|companie|firma|"
                          "account|account name|organization|denumire client"},
    {Field::Contacts, "contacts|customer interactions|number of contacts|contacts to resolve|"
                      "nr contacte|numar contacte|contacte|interactions"},
    {Field::FcrFlag, "fcr|first contact resolution|resolved on first contact|one touch|"
                     "one touch resolution|rezolvat la primul contact|rezolvat la primul apel"},
    {Field::Satisfaction, "satisfaction|satisfaction rating|CustomerSatisfactionRating|"
                          "customer satisfaction|csat|rating|satisfaction score|nota|scor|"
                          "evaluare|satisfactie|satisfactia clientului|customer rating"},
    {Field::Cost, "cost|ticket cost|cost tichet|cost per ticket|handling cost|cost interactiune"},
    {Field::Complaint, "complaint|is complaint|reclamatie|reclamatii|este reclamatie|plangere"},
    {Field::ComplaintCategory, "complaint category|complaint type|categorie reclamatie|"
                               "tip reclamatie"},
    {Field::Subject, "subject|ticket subject|subiect|title|titlu|topic|summary"},
};

const Synonyms salesSynonyms[] = {
    {Field::Id, "id|record id|deal id|deal - id|opportunity id|id oportunitate|order id|"
                "order number|order no|invoice number|invoice no|invoice|numar factura|"
                "nr factura|factura|serie si numar|numar comanda|nr comanda|comanda|id comanda|"
                "nr document|numar document|document|afacere - id"},
    {Field::Created, "create date|afacere - afacere creata|created|created date|created at|created "
                     "time|deal created|"
                     "deal - deal created|deal - add time|add time|opportunity created date|"
                     "data crearii|data creare|order date|data comenzii|invoice date|"
                     "data facturii|data factura|data documentului|data emiterii|date|data"},
    {Field::Closed, "close date|afacere - data castigarii|afacere - data inchiderii|closed "
                    "date|closed at|won time|deal - won time|deal - close time|"
                    "data inchiderii|data inchidere|data castigarii"},
    {Field::Stage, "stage|afacere - status|afacere - etapa|deal stage|deal - status|deal - "
                   "stage|status|opportunity stage|"
                   "stadiu|etapa|stare"},
    {Field::Amount,
     "amount|afacere - valoare|deal - value|value|deal value|opportunity amount|valoare|suma|"
     "total|total amount|valoare totala|total factura|total de plata|"
     "total cu tva|valoare cu tva|sales|revenue|vanzari|incasari|pret|price"},
    {Field::Currency, "currency|afacere - moneda|deal - currency|currency of value|deal currency|"
                      "opportunity currency|amount currency|moneda|valuta"},
    {Field::Owner,
     "deal owner|afacere - proprietar|owner|deal - owner|opportunity owner|sales rep|salesperson|"
     "agent vanzari|vanzator|responsabil|proprietar|agent"},
    {Field::Region, "region|regiune|territory|teritoriu|zona|judet|county|state|oras|city"},
    {Field::LeadSource, "lead source|deal - lead source|original source|sursa lead|sursa|"
                        "source|origin|canal|channel"},
    {Field::CustomerCode, "customer id|client id|cod client|id client|account id|company id|"
                          "organization id|cui|cif|cod fiscal"},
    {Field::CustomerName,
     "customer|customer name|client|nume client|account name|company|"
     "company name|associated company|organization|deal - organization|"
     "organization name|afacere - organizatie|firma|denumire client|denumire|partener|account|"
     "contact|deal - contact person"},
};

const Synonyms feedbackSynonyms[] = {
    {Field::Id, "id|response id|survey id|respondent id|id raspuns"},
    {Field::Created, "date|data|submitted at|responded at|response date|completed at|created at|"
                     "timestamp|data raspunsului|end date"},
    {Field::CustomerCode, "customer id|client id|cod client|id client|account id"},
    {Field::CustomerName, "customer|customer name|client|nume client|company|firma|respondent"},
    {Field::Satisfaction, "score|rating|satisfaction|csat|nota|scor|evaluare|satisfactie|"
                          "how satisfied|satisfaction score"},
    {Field::Comment, "comment|comments|comentariu|comentarii|feedback|observatii|remarks|"
                     "message|mesaj|text"},
    {Field::Channel, "channel|canal|source|sursa|via"},
};

const Synonyms costSynonyms[] = {
    {Field::Month, "month|luna|period|perioada|date|data"},
    {Field::Channel, "channel|canal"},
    {Field::Amount, "amount|cost|costs|total|cost total|valoare|suma|costuri|cheltuieli"},
};

/// Translation context of this file's messages, in a form lupdate reads.
struct FieldsTr
{
    Q_DECLARE_TR_FUNCTIONS(busola::Fields)
};

using SynonymTable = QHash<QString, HeaderMatch>;

SynonymTable buildTable(const Synonyms *begin, const Synonyms *end)
{
    SynonymTable table;
    for (const Synonyms *s = begin; s != end; ++s) {
        const QStringList names = QString::fromUtf8(s->names).split(QLatin1Char('|'));
        for (int rank = 0; rank < names.size(); ++rank) {
            const QString key = foldForMatch(names.at(rank));
            // "#" folds to nothing; keep it as itself.
            const QString k = key.isEmpty() ? names.at(rank) : key;
            if (!table.contains(k))
                table.insert(k, HeaderMatch{s->field, rank, DurationUnit::Auto});
        }
    }
    return table;
}

const SynonymTable &synonymTable(Dataset dataset)
{
    static const SynonymTable support =
        buildTable(std::begin(supportSynonyms), std::end(supportSynonyms));
    static const SynonymTable sales =
        buildTable(std::begin(salesSynonyms), std::end(salesSynonyms));
    static const SynonymTable feedback =
        buildTable(std::begin(feedbackSynonyms), std::end(feedbackSynonyms));
    static const SynonymTable costs = buildTable(std::begin(costSynonyms), std::end(costSynonyms));
    switch (dataset) {
    case Dataset::Support:
        return support;
    case Dataset::Sales:
        return sales;
    case Dataset::Feedback:
        return feedback;
    case Dataset::Costs:
        return costs;
    }
    return support;
}

/// Trailing words that name a unit ("in minutes", "(in hrs)", "ore") or a currency ("(lei)"):
/// removed before matching, the unit kept.
DurationUnit stripUnit(QStringList &words)
{
    static const QHash<QString, DurationUnit> units = {
        {QStringLiteral("seconds"), DurationUnit::Seconds},
        {QStringLiteral("sec"), DurationUnit::Seconds},
        {QStringLiteral("secs"), DurationUnit::Seconds},
        {QStringLiteral("secunde"), DurationUnit::Seconds},
        {QStringLiteral("minutes"), DurationUnit::Minutes},
        {QStringLiteral("minute"), DurationUnit::Minutes},
        {QStringLiteral("mins"), DurationUnit::Minutes},
        {QStringLiteral("min"), DurationUnit::Minutes},
        {QStringLiteral("hours"), DurationUnit::Hours},
        {QStringLiteral("hour"), DurationUnit::Hours},
        {QStringLiteral("hrs"), DurationUnit::Hours},
        {QStringLiteral("h"), DurationUnit::Hours},
        {QStringLiteral("ore"), DurationUnit::Hours},
        {QStringLiteral("days"), DurationUnit::Days},
        {QStringLiteral("zile"), DurationUnit::Days},
    };
    static const QStringList currencies = {QStringLiteral("lei"), QStringLiteral("ron"),
                                           QStringLiteral("eur"), QStringLiteral("usd")};
    DurationUnit unit = DurationUnit::Auto;
    if (words.size() > 1 && currencies.contains(words.constLast()))
        words.removeLast();
    if (words.size() > 1 && units.contains(words.constLast())) {
        unit = units.value(words.takeLast());
        if (words.size() > 1 &&
            (words.constLast() == QLatin1String("in") || words.constLast() == QLatin1String("de")))
            words.removeLast();
    }
    return unit;
}

} // namespace

const QVector<FieldInfo> &fieldsOf(Dataset dataset)
{
    auto info = [](Field f, bool required = false) { return FieldInfo{f, fieldType(f), required}; };
    static const QVector<FieldInfo> support{
        info(Field::Id),           info(Field::Created, true), info(Field::FirstResponse),
        info(Field::ResponseTime), info(Field::Resolved),      info(Field::ResolutionTime),
        info(Field::Status),       info(Field::Channel),       info(Field::Team),
        info(Field::Agent),        info(Field::CustomerCode),  info(Field::CustomerName),
        info(Field::Contacts),     info(Field::FcrFlag),       info(Field::Satisfaction),
        info(Field::Cost),         info(Field::Complaint),     info(Field::ComplaintCategory),
        info(Field::Subject)};
    static const QVector<FieldInfo> sales{
        info(Field::Id),           info(Field::Created),      info(Field::Closed),
        info(Field::Stage),        info(Field::Amount, true), info(Field::Currency),
        info(Field::Owner),        info(Field::Region),       info(Field::LeadSource),
        info(Field::CustomerCode), info(Field::CustomerName)};
    static const QVector<FieldInfo> feedback{
        info(Field::Id),           info(Field::Created, true),      info(Field::CustomerCode),
        info(Field::CustomerName), info(Field::Satisfaction, true), info(Field::Comment),
        info(Field::Channel)};
    static const QVector<FieldInfo> costs{info(Field::Month, true), info(Field::Channel),
                                          info(Field::Amount, true)};
    switch (dataset) {
    case Dataset::Support:
        return support;
    case Dataset::Sales:
        return sales;
    case Dataset::Feedback:
        return feedback;
    case Dataset::Costs:
        return costs;
    }
    return support;
}

FieldType fieldType(Field field)
{
    return fieldNames[int(field)].type;
}

QString fieldKey(Field field)
{
    return QString::fromLatin1(fieldNames[int(field)].key);
}

Field fieldFromKey(const QString &key)
{
    for (const FieldName &f : fieldNames)
        if (key == QLatin1String(f.key))
            return f.field;
    return Field::None;
}

QString fieldLabel(Field field)
{
    return FieldsTr::tr(fieldNames[int(field)].label);
}

QString durationUnitKey(DurationUnit unit)
{
    switch (unit) {
    case DurationUnit::Auto:
        return QStringLiteral("auto");
    case DurationUnit::Seconds:
        return QStringLiteral("seconds");
    case DurationUnit::Minutes:
        return QStringLiteral("minutes");
    case DurationUnit::Hours:
        return QStringLiteral("hours");
    case DurationUnit::Days:
        return QStringLiteral("days");
    }
    return {};
}

DurationUnit durationUnitFromKey(const QString &key)
{
    for (DurationUnit u :
         {DurationUnit::Seconds, DurationUnit::Minutes, DurationUnit::Hours, DurationUnit::Days})
        if (durationUnitKey(u) == key)
            return u;
    return DurationUnit::Auto;
}

HeaderMatch matchHeader(Dataset dataset, const QString &header)
{
    const SynonymTable &table = synonymTable(dataset);
    const QString trimmed = header.trimmed();
    if (trimmed == QLatin1String("#"))
        return table.value(trimmed);
    const QString folded = foldForMatch(normaliseRomanian(trimmed));
    if (folded.isEmpty())
        return {};
    auto exact = table.constFind(folded);
    QStringList words = folded.split(QLatin1Char(' '));
    const DurationUnit unit = stripUnit(words);
    if (unit != DurationUnit::Auto) {
        // A header that names a unit is a duration: "First response time (in hrs)".
        HeaderMatch m = table.value(words.join(QLatin1Char(' ')));
        if (m.field == Field::FirstResponse)
            m.field = Field::ResponseTime;
        if (m.field == Field::Resolved)
            m.field = Field::ResolutionTime;
        if (m.field != Field::None && fieldType(m.field) == FieldType::Duration) {
            m.unit = unit;
            return m;
        }
    }
    if (exact != table.constEnd())
        return exact.value();
    return table.value(words.join(QLatin1Char(' ')));
}

} // namespace busola
