#include "romaniannames.h"

namespace busola::demo {

namespace {

QStringList fromUtf8(std::initializer_list<const char *> items)
{
    QStringList list;
    list.reserve(int(items.size()));
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}

const QString &pick(Rng &rng, const QStringList &list)
{
    return list.at(rng.below(int(list.size())));
}

const QStringList &femaleNames()
{
    static const QStringList names = fromUtf8(
        {"Ioana",     "Maria",    "Elena",      "Andreea",   "Ana",     "Mihaela",  "Cristina",
         "Alexandra", "Raluca",   "Mădălina",   "Irina",     "Simona",  "Oana",     "Roxana",
         "Gabriela",  "Diana",    "Alina",      "Corina",    "Larisa",  "Bianca",   "Teodora",
         "Ștefania",  "Adriana",  "Cătălina",   "Loredana",  "Daniela", "Nicoleta", "Sânziana",
         "Anca",      "Luminița", "Florentina", "Georgiana", "Iuliana", "Camelia",  "Violeta",
         "Smaranda",  "Ilinca",   "Dorina",     "Rodica",    "Aurelia"});
    return names;
}

const QStringList &maleNames()
{
    static const QStringList names = fromUtf8(
        {"Andrei",  "Mihai",      "Alexandru", "Ion",       "Gheorghe", "Ștefan",  "Cristian",
         "Bogdan",  "Vlad",       "Răzvan",    "Florin",    "Adrian",   "Marius",  "Cătălin",
         "Dumitru", "Constantin", "Tudor",     "Radu",      "Sorin",    "Ovidiu",  "Lucian",
         "Dănuț",   "Costel",     "Petru",     "Emil",      "Silviu",   "Horia",   "Mircea",
         "Nicolae", "Victor",     "Octavian",  "Sebastian", "Daniel",   "Gabriel", "Iulian",
         "Virgil",  "Aurel",      "Traian",    "Bănel",     "Costică"});
    return names;
}

const QStringList &surnames()
{
    static const QStringList names = fromUtf8(
        {"Popescu",   "Ionescu",    "Popa",           "Pop",        "Radu",       "Dumitru",
         "Stan",      "Stoica",     "Gheorghe",       "Matei",      "Ciobanu",    "Rusu",
         "Munteanu",  "Constantin", "Mureșan",        "Șerban",     "Ștefănescu", "Țurcanu",
         "Bălan",     "Dumitrașcu", "Vlădescu",       "Mărgineanu", "Stănescu",   "Cîrstea",
         "Chițu",     "Pițigoi",    "Roșca",          "Țăranu",     "Sârbu",      "Ursache",
         "Apostu",    "Hrițcu",     "Bîrsan",         "Popovici",   "Iovănescu",  "Crișan",
         "Moldovan",  "Lungu",      "Văduva",         "Drăgulescu", "Pătrașcu",   "Grigoraș",
         "Manolache", "Nistor",     "Constantinescu", "Dobrescu",   "Niculescu",  "Tănase",
         "Oprea",     "Sandu",      "Florea",         "Ene",        "Marin",      "Tudor",
         "Coman",     "Neagu",      "Lazăr",          "Mocanu",     "Cozma",      "Ardeleanu",
         "Husar",     "Costache",   "Bucur",          "Vasilescu",  "Diaconu",    "Ispas",
         "Mihăilă",   "Zăvoianu",   "Bârlădeanu",     "Ciucă",      "Frățilă",    "Stăncioiu",
         "Buzatu",    "Toma",       "Anghel",         "Nedelcu",    "Preda",      "Iordache",
         "Căpraru",   "Pârvu",      "Ghiță",          "Moraru",     "Păun",       "Sălăjan",
         "Bodea",     "Onofrei",    "Țibulcă",        "Știrbu",     "Țîru",       "Vîlcu",
         "Dinu",      "Enache",     "Mitrea",         "Jitaru",     "Cimpoeșu",   "Rădulescu",
         "Nechita",   "Galan",      "Cojocaru",       "Brânzan",    "Tătaru",     "Șuteu"});
    return names;
}

const QStringList &placeWords()
{
    static const QStringList words =
        fromUtf8({"Carpați",    "Bărăgan", "Dunărea", "Mureș",       "Olt",         "Someș",
                  "Bucegi",     "Ceahlău", "Făget",   "Stejarul",    "Izvorul",     "Ardeal",
                  "Câmpia",     "Măgura",  "Brădet",  "Șoimul",      "Zimbrul",     "Cerbul",
                  "Luceafărul", "Steaua",  "Aurora",  "Țara Bârsei", "Prahova",     "Siret",
                  "Vrancea",    "Crișana", "Retezat", "Făgăraș",     "Argeș",       "Bistrița",
                  "Bârsa",      "Hărman",  "Pădurea", "Mioriță",     "Ștefăneștii", "Tisa"});
    return words;
}

const QStringList &activities()
{
    static const QStringList words =
        fromUtf8({"Construct", "Distribuție", "Comerț",   "Agro",       "Trans",      "Logistic",
                  "Serv",      "Tehnic",      "Instal",   "Mobila",     "Alimentara", "Impex",
                  "Prod",      "Comimpex",    "Market",   "Farm",       "Auto",       "Electro",
                  "Materiale", "Grup",        "Invest",   "Consulting", "Hoteluri",   "Panificație",
                  "Tâmplărie", "Vopsitorie",  "Tricotaje"});
    return words;
}

} // namespace

QString personName(Rng &rng)
{
    const QStringList &first = rng.chance(0.5) ? femaleNames() : maleNames();
    const QString given = pick(rng, first);
    return given + QLatin1Char(' ') + pick(rng, surnames());
}

QString companyName(Rng &rng)
{
    const double form = rng.uniform();
    if (form >= 0.92) {
        // A sole trader: "Popescu Ion PFA", as the trade register writes it.
        const QStringList &first = rng.chance(0.5) ? femaleNames() : maleNames();
        const QString family = pick(rng, surnames());
        return family + QLatin1Char(' ') + pick(rng, first) + QLatin1String(" PFA");
    }
    const QString legal = form < 0.82 ? QStringLiteral("SRL") : QStringLiteral("SA");
    const QString first = rng.chance(0.55) ? pick(rng, surnames()) : pick(rng, placeWords());
    return first + QLatin1Char(' ') + pick(rng, activities()) + QLatin1Char(' ') + legal;
}

const QStringList &regions()
{
    static const QStringList names =
        fromUtf8({"București-Ilfov", "Nord-Vest", "Centru", "Nord-Est", "Vest", "Sud-Muntenia",
                  "Sud-Est", "Sud-Vest Oltenia"});
    return names;
}

const std::vector<double> &regionWeights()
{
    static const std::vector<double> weights{26, 14, 13, 14, 10, 10, 8, 5};
    return weights;
}

const QStringList &teamNames()
{
    // Iași is the team that struggles: fewer people for its region, slower, less liked.
    static const QStringList names = fromUtf8({"București", "Cluj", "Iași", "Timișoara"});
    return names;
}

int teamOfRegion(int region)
{
    static const int teams[] = {0, 1, 1, 2, 3, 0, 0, 3};
    return teams[region];
}

const QStringList &teamAgents(int team)
{
    static const QStringList agents[] = {
        fromUtf8({"Andreea Mărgineanu", "Ștefan Vlădescu", "Ioana Țurcanu", "Mihai Dumitrașcu",
                  "Elena Bălan"}),
        fromUtf8({"Diana Mureșan", "Răzvan Pop", "Sânziana Crișan", "Horia Moldovan"}),
        fromUtf8({"Cătălin Ursache", "Mădălina Apostu", "Sorin Hrițcu"}),
        fromUtf8({"Adriana Bîrsan", "Florin Popovici", "Gabriela Iovănescu"}),
    };
    return agents[team];
}

const QString &ownerOfRegion(int region)
{
    static const QStringList owners =
        fromUtf8({"Radu Constantinescu", "Corina Șerban", "Marius Drăgulescu", "Irina Manolache",
                  "Victor Nistor", "Sebastian Pătrașcu", "Alina Grigoraș", "Laura Ciobanu"});
    return owners.at(region);
}

const QStringList &leadSources()
{
    static const QStringList sources =
        fromUtf8({"Client existent", "Site web", "Recomandare", "Târg de profil", "Campanie e-mail",
                  "Prospectare telefonică", "LinkedIn"});
    return sources;
}

const std::vector<double> &newLeadWeights()
{
    static const std::vector<double> weights{0, 30, 24, 12, 14, 12, 8};
    return weights;
}

} // namespace busola::demo
