#include "demotexts.h"

namespace busola::demo {

namespace {

struct SubjectGroup
{
    double weight;
    const char *category;
    std::vector<const char *> subjects;
};

const std::vector<SubjectGroup> &subjectGroups()
{
    static const std::vector<SubjectGroup> groups{
        {30,
         "Livrare întârziată",
         {"Comandă întârziată", "Status livrare comandă", "Modificare adresă de livrare",
          "Colet incomplet", "Programare livrare la depozit"}},
        {20,
         "Produs deteriorat sau neconform",
         {"Produs deteriorat la livrare", "Produs neconform cu comanda", "Solicitare garanție",
          "Retur produs", "Informații tehnice despre produs"}},
        {20,
         "Eroare de facturare",
         {"Factură lipsă", "Factură cu date greșite", "Plată neînregistrată",
          "Solicitare duplicat factură", "Modificare date de facturare"}},
        {10,
         "Probleme cu portalul de comenzi",
         {"Acces cont client blocat", "Eroare la plasarea comenzii online",
          "Resetare parolă portal", "Actualizare persoană de contact"}},
        {20,
         "Timp de așteptare",
         {"Solicitare ofertă de preț", "Întrebare despre stoc",
          "Termen de livrare pentru comandă mare", "Condiții de discount pentru volum",
          "Program de lucru în perioada sărbătorilor"}},
    };
    return groups;
}

std::vector<std::vector<DemoSubject>> buildSubjects()
{
    std::vector<std::vector<DemoSubject>> all;
    for (const SubjectGroup &group : subjectGroups()) {
        std::vector<DemoSubject> list;
        for (const char *subject : group.subjects)
            list.push_back({QString::fromUtf8(subject), QString::fromUtf8(group.category)});
        all.push_back(list);
    }
    return all;
}

} // namespace

const DemoSubject &drawSubject(Rng &rng)
{
    static const std::vector<std::vector<DemoSubject>> subjects = buildSubjects();
    static const std::vector<double> weights = [] {
        std::vector<double> w;
        for (const SubjectGroup &group : subjectGroups())
            w.push_back(group.weight);
        return w;
    }();
    const std::vector<DemoSubject> &group = subjects[size_t(rng.weighted(weights))];
    return group[size_t(rng.below(int(group.size())))];
}

QString drawComment(Rng &rng, int score)
{
    static const std::vector<const char *> good{
        "Livrare rapidă, mulțumesc!",
        "Agentul a fost foarte amabil și a rezolvat totul din prima.",
        "Comandă completă și la timp.",
        "Recomand, colaborare excelentă.",
        "Răspuns prompt la e-mail, mulțumim.",
        "Prețuri corecte și oameni atenți la detalii."};
    static const std::vector<const char *> middling{
        "În general mulțumit, dar livrarea a durat o zi în plus.",
        "Ar fi util un portal cu statusul comenzilor.", "Totul a fost în regulă.",
        "Am așteptat puțin la telefon, dar problema s-a rezolvat.",
        "Factura a venit corect, dar cu întârziere."};
    static const std::vector<const char *> bad{
        "Am așteptat trei zile un răspuns la e-mail.",
        "Factura a venit greșită a doua oară.",
        "Produsul a ajuns deteriorat și returul a durat prea mult.",
        "Nimeni nu m-a sunat înapoi, deși mi s-a promis.",
        "În decembrie nu am reușit să iau legătura cu nimeni.",
        "A trebuit să explic problema de patru ori."};
    const std::vector<const char *> &list = score >= 4 ? good : score == 3 ? middling : bad;
    return QString::fromUtf8(list[size_t(rng.below(int(list.size())))]);
}

const std::vector<DemoSwotItem> &swotItems()
{
    static const std::vector<DemoSwotItem> items{
        {0, 3, "fcr_rate",
         "Rezolvarea la primul contact a crescut de la 60 % la 75 % în ultimul an",
         "Andreea Mărgineanu", "Extindem baza de cunoștințe și la echipa Iași"},
        {0, 2, "monthly_sales", "Vânzări în creștere față de anul trecut, în toate regiunile",
         "Radu Constantinescu", "Păstrăm ritmul cu ofertele de volum pentru clienții mari"},
        {0, 2, "retention_rate",
         "Clienți fideli: peste 80 % dintre clienții de anul trecut au comandat din nou",
         "Corina Șerban", ""},
        {1, 3, "response_time", "Timpul de răspuns depășește ținta de 24 h în decembrie",
         "Ștefan Vlădescu", "Program prelungit și personal temporar în sezonul de vârf"},
        {1, 3, "csat", "Echipa Iași răspunde mai lent și are cea mai mică satisfacție a clienților",
         "Cătălin Ursache", "Un al patrulea agent la Iași și mentorat de la echipa București"},
        {1, 2, "", "E-mailul rămâne canalul cel mai lent", "Diana Mureșan",
         "Răspuns automat cu termen estimat și triere după subiect"},
        {2, 2, "", "Chatul crește de la an la an: clienții îl preferă pentru întrebări rapide",
         "Elena Bălan", "Chat și pe portalul de comenzi"},
        {2, 2, "", "Cerere în creștere în Nord-Est și Vest", "Irina Manolache",
         "Agent de vânzări dedicat pentru Nord-Est"},
        {2, 1, "", "Portal B2B pentru comenzi repetate, fără telefon", "Marius Drăgulescu", ""},
        {3, 3, "", "Un concurent livrează în 24 h în marile orașe", "Radu Constantinescu",
         "Negociem livrarea în 24 h cu transportatorul"},
        {3, 2, "cost_per_interaction", "Costurile salariale din suport cresc cu peste 7 % pe an",
         "Ștefan Vlădescu", ""},
        {3, 1, "", "Comenzile scad în august, când clienții sunt în concediu", "Alina Grigoraș",
         "Campanie de precomenzi pentru toamnă în iulie"},
    };
    return items;
}

const std::vector<DemoCompetitor> &competitors()
{
    static const std::vector<DemoCompetitor> list{
        {"Orizont Trade SA", "similar", 5.0, "phone,chat,email", 12.0, 4.2,
         "Livrare în 24 h în București, Cluj și Iași; portal de comenzi modern."},
        {"Valea Verde Distribuție SRL", "lower", 8.0, "phone,email", 36.0, 3.6,
         "Prețuri mici, dar livrări întârziate în sezonul de vârf."},
        {"Transilvania Supply SRL", "higher", 3.0, "phone,email", 20.0, 4.0,
         "Puternic în Nord-Vest și Centru; servicii premium, discounturi mici."},
        {"Bărăgan Agrodistrib SRL", "lower", 10.0, "phone", 48.0, 3.4,
         "Concurent regional în Sud-Est; prețuri agresive la volume mari."},
    };
    return list;
}

QString demoCompanyName()
{
    return QString::fromUtf8("Carpatia Distribuție SRL");
}

} // namespace busola::demo
