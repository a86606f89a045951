#include "kpidefinition.h"

namespace busola {

namespace {

QVector<KpiDefinition> buildDefinitions()
{
    const QStringList support = supportDimensions();
    const QStringList sales = salesDimensions();
    auto s = [](const char *text) { return QString::fromUtf8(text); };
    return {
        {Kpi::ResponseTime, s("response_time"), s("Timpul mediu de răspuns"),
         s("Average response time"),
         s("Media orelor de la crearea tichetului până la primul răspuns al unui agent, pentru "
           "tichetele create în perioadă."),
         s("Mean hours from ticket creation to the first agent response, tickets created in the "
           "period."),
         KpiUnit::Hours, KpiDirection::LowerIsBetter, 24.0, s("created"), KpiData::Support,
         support},
        {Kpi::FcrRate, s("fcr_rate"), s("Rata de rezolvare la primul contact"),
         s("First contact resolution"),
         s("Tichetele rezolvate în perioadă dintr-un singur contact, din cele rezolvate cu număr "
           "de contacte cunoscut."),
         s("Tickets resolved in the period with exactly one contact, of those resolved whose "
           "contact count is known."),
         KpiUnit::Percent, KpiDirection::HigherIsBetter, 70.0, s("resolved"), KpiData::Support,
         support},
        {Kpi::ResolvedCount, s("resolved_count"), s("Număr de probleme rezolvate"),
         s("Issues resolved"), s("Tichetele rezolvate în perioadă."),
         s("Tickets resolved in the period."), KpiUnit::Count, KpiDirection::HigherIsBetter,
         std::nullopt, s("resolved"), KpiData::Support, support},
        {Kpi::Csat, s("csat"), s("Feedback-ul clienților"), s("Customer satisfaction"),
         s("Media notelor 1–5 din perioadă (note pe tichete și răspunsuri la sondaje)."),
         s("Mean 1–5 score of the ratings in the period (ticket ratings and survey responses)."),
         KpiUnit::Score, KpiDirection::HigherIsBetter, 4.0, s("resolved, else created; responded"),
         KpiData::Support, support},
        {Kpi::RetentionRate,
         s("retention_rate"),
         s("Rata de retenție a clienților"),
         s("Customer retention"),
         s("Clienții activi la începutul perioadei care sunt încă activi la sfârșitul ei, din "
           "cei activi la început."),
         s("Customers active at the start of the period still active at its end, of those "
           "active at the start."),
         KpiUnit::Percent,
         KpiDirection::HigherIsBetter,
         85.0,
         s("activity"),
         KpiData::Customers,
         {}},
        {Kpi::CostPerInteraction, s("cost_per_interaction"), s("Costul pe interacțiune"),
         s("Cost per interaction"),
         s("Costul suportului din perioadă împărțit la interacțiunile create în perioadă."),
         s("Support cost in the period divided by the interactions created in it."), KpiUnit::Money,
         KpiDirection::LowerIsBetter, std::nullopt, s("created"), KpiData::Support, support},
        {Kpi::Complaints, s("complaints"), s("Numărul de reclamații"), s("Complaints"),
         s("Interacțiunile create în perioadă marcate ca reclamații."),
         s("Interactions created in the period flagged as complaints."), KpiUnit::Count,
         KpiDirection::LowerIsBetter, std::nullopt, s("created"), KpiData::Support, support},
        {Kpi::MonthlySales, s("monthly_sales"), s("Vânzări lunare totale"), s("Total sales"),
         s("Suma valorilor vânzărilor câștigate cu data închiderii în perioadă."),
         s("Sum of the amounts of deals won with their close date in the period."), KpiUnit::Money,
         KpiDirection::HigherIsBetter, std::nullopt, s("closed"), KpiData::Sales, sales},
        {Kpi::LeadConversion, s("lead_conversion"), s("Rata de conversie a lead-urilor"),
         s("Lead conversion"),
         s("Lead-urile create în perioadă care au fost câștigate, din toate cele create."),
         s("Leads created in the period that were won, of all created in it."), KpiUnit::Percent,
         KpiDirection::HigherIsBetter, std::nullopt, s("created"), KpiData::Sales, sales},
        {Kpi::SalesCycle, s("sales_cycle"), s("Timpul mediu de închidere"),
         s("Average time to close"),
         s("Media zilelor de la creare la închidere, pentru vânzările câștigate în perioadă."),
         s("Mean days from creation to close, deals won in the period."), KpiUnit::Days,
         KpiDirection::LowerIsBetter, std::nullopt, s("closed"), KpiData::Sales, sales},
    };
}

} // namespace

QString KpiDefinition::unitCode(const QString &currency) const
{
    switch (unit) {
    case KpiUnit::Hours:
        return QStringLiteral("h");
    case KpiUnit::Percent:
        return QStringLiteral("%");
    case KpiUnit::Score:
        return QStringLiteral("score");
    case KpiUnit::Money:
        return currency;
    case KpiUnit::Days:
        return QStringLiteral("days");
    case KpiUnit::Count:
        return QStringLiteral("count");
    }
    return {};
}

const QStringList &supportDimensions()
{
    static const QStringList dims{QStringLiteral("channel"), QStringLiteral("team"),
                                  QStringLiteral("agent")};
    return dims;
}

const QStringList &salesDimensions()
{
    static const QStringList dims{QStringLiteral("owner"), QStringLiteral("region"),
                                  QStringLiteral("lead_source")};
    return dims;
}

bool isKnownDimension(const QString &dimension)
{
    return supportDimensions().contains(dimension) || salesDimensions().contains(dimension);
}

const QVector<KpiDefinition> &kpiDefinitions()
{
    static const QVector<KpiDefinition> definitions = buildDefinitions();
    return definitions;
}

const KpiDefinition &kpiDefinition(Kpi kpi)
{
    return kpiDefinitions().at(int(kpi));
}

const KpiDefinition *findKpi(const QString &id)
{
    for (const KpiDefinition &d : kpiDefinitions())
        if (d.id == id)
            return &d;
    return nullptr;
}

QVector<Kpi> allKpis()
{
    QVector<Kpi> kpis;
    for (const KpiDefinition &d : kpiDefinitions())
        kpis << d.kpi;
    return kpis;
}

} // namespace busola
