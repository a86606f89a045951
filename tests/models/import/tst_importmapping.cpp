#include "import/fields.h"
#include "import/importengine.h"

#include <QTest>

using namespace busola;

namespace {
QString operator""_q(const char *text, size_t size)
{
    return QString::fromUtf8(text, qsizetype(size));
}
} // namespace

Q_DECLARE_METATYPE(Dataset)
Q_DECLARE_METATYPE(Field)
Q_DECLARE_METATYPE(DurationUnit)

/// Column auto-mapping from the names real exports use, tolerant of case, spacing, CamelCase,
/// punctuation and diacritics; dataset detection from the header.
class TestImportMapping : public QObject
{
    Q_OBJECT

private slots:
    void headers_data()
    {
        QTest::addColumn<Dataset>("dataset");
        QTest::addColumn<QString>("header");
        QTest::addColumn<Field>("field");
        QTest::addColumn<DurationUnit>("unit");
        const auto s = Dataset::Support;
        const auto d = Dataset::Sales;
        const auto a = DurationUnit::Auto;
        // Zendesk
        QTest::addRow("Zendesk Created at") << s << "Created at"_q << Field::Created << a;
        QTest::addRow("Zendesk Solved at") << s << "Solved at"_q << Field::Resolved << a;
        QTest::addRow("Zendesk First reply time in minutes")
            << s << "First reply time in minutes"_q << Field::ResponseTime << DurationUnit::Minutes;
        QTest::addRow("Zendesk Group") << s << "Group"_q << Field::Team << a;
        QTest::addRow("Zendesk Assignee") << s << "Assignee"_q << Field::Agent << a;
        QTest::addRow("Zendesk Via") << s << "Via"_q << Field::Channel << a;
        // Freshdesk
        QTest::addRow("Freshdesk Ticket ID") << s << "Ticket ID"_q << Field::Id << a;
        QTest::addRow("Freshdesk Created time") << s << "Created time"_q << Field::Created << a;
        QTest::addRow("Freshdesk Resolved time") << s << "Resolved time"_q << Field::Resolved << a;
        QTest::addRow("Freshdesk First response time (in hrs)")
            << s << "First response time (in hrs)"_q << Field::ResponseTime << DurationUnit::Hours;
        QTest::addRow("Freshdesk Source") << s << "Source"_q << Field::Channel << a;
        QTest::addRow("Freshdesk Agent") << s << "Agent"_q << Field::Agent << a;
        QTest::addRow("Freshdesk Customer interactions")
            << s << "Customer interactions"_q << Field::Contacts << a;
        // Public ticket CSV: CamelCase without spaces
        QTest::addRow("CamelCase TicketID") << s << "TicketID"_q << Field::Id << a;
        QTest::addRow("CamelCase TimetoResolution")
            << s << "TimetoResolution"_q << Field::Resolved << a;
        QTest::addRow("CamelCase CustomerSatisfactionRating")
            << s << "CustomerSatisfactionRating"_q << Field::Satisfaction << a;
        // Romanian, with and without diacritics, odd spacing and punctuation
        QTest::addRow("Data creării") << s << "Data creării"_q << Field::Created << a;
        QTest::addRow("data_crearii") << s << "data_crearii"_q << Field::Created << a;
        QTest::addRow("  DATA   CREĂRII ") << s << "  DATA   CREĂRII "_q << Field::Created << a;
        QTest::addRow("Reclamaţie with cedilla") << s << "Reclamaţie"_q << Field::Complaint << a;
        QTest::addRow("Timp de răspuns (ore)")
            << s << "Timp de răspuns (ore)"_q << Field::ResponseTime << DurationUnit::Hours;
        QTest::addRow("Echipă") << s << "Echipă"_q << Field::Team << a;
        // HubSpot
        QTest::addRow("HubSpot Record ID") << d << "Record ID"_q << Field::Id << a;
        QTest::addRow("HubSpot Deal Stage") << d << "Deal Stage"_q << Field::Stage << a;
        QTest::addRow("HubSpot Amount") << d << "Amount"_q << Field::Amount << a;
        QTest::addRow("HubSpot Deal owner") << d << "Deal owner"_q << Field::Owner << a;
        QTest::addRow("HubSpot Create Date") << d << "Create Date"_q << Field::Created << a;
        QTest::addRow("HubSpot Close Date") << d << "Close Date"_q << Field::Closed << a;
        // Pipedrive, English and localised
        QTest::addRow("Pipedrive Deal - Value") << d << "Deal - Value"_q << Field::Amount << a;
        QTest::addRow("Pipedrive Deal - Status") << d << "Deal - Status"_q << Field::Stage << a;
        QTest::addRow("Pipedrive Deal - Owner") << d << "Deal - Owner"_q << Field::Owner << a;
        QTest::addRow("Pipedrive Afacere - Valoare")
            << d << "Afacere - Valoare"_q << Field::Amount << a;
        QTest::addRow("Pipedrive Afacere - Proprietar")
            << d << "Afacere - Proprietar"_q << Field::Owner << a;
        // Salesforce
        QTest::addRow("Salesforce Opportunity Owner")
            << d << "Opportunity Owner"_q << Field::Owner << a;
        QTest::addRow("Salesforce Stage") << d << "Stage"_q << Field::Stage << a;
        // Accounting and shop exports
        QTest::addRow("Order ID") << d << "Order ID"_q << Field::Id << a;
        QTest::addRow("Order Date") << d << "Order Date"_q << Field::Created << a;
        QTest::addRow("Data facturii") << d << "Data facturii"_q << Field::Created << a;
        QTest::addRow("Total factură") << d << "Total factură"_q << Field::Amount << a;
        QTest::addRow("Valoare (lei)") << d << "Valoare (lei)"_q << Field::Amount << a;
        QTest::addRow("Sales (Superstore)") << d << "Sales"_q << Field::Amount << a;
        QTest::addRow("Customer ID") << d << "Customer ID"_q << Field::CustomerCode << a;
        QTest::addRow("Row ID is no deal id") << d << "Row ID"_q << Field::None << a;
        QTest::addRow("unknown") << s << "Priority"_q << Field::None << a;
    }

    void headers()
    {
        QFETCH(Dataset, dataset);
        QFETCH(QString, header);
        QFETCH(Field, field);
        QFETCH(DurationUnit, unit);
        const HeaderMatch m = matchHeader(dataset, header);
        QCOMPARE(int(m.field), int(field));
        QCOMPARE(int(m.unit), int(unit));
    }

    void eachFieldGoesToItsBestColumn()
    {
        // Superstore: Region beats State and City; Sales is the amount.
        const QStringList headers{"Row ID"_q,      "Order ID"_q,      "Order Date"_q, "Ship Date"_q,
                                  "Customer ID"_q, "Customer Name"_q, "City"_q,       "State"_q,
                                  "Region"_q,      "Sales"_q};
        const ColumnMapping m = ImportEngine::autoMapping(Dataset::Sales, headers);
        QCOMPARE(int(m.at(1).field), int(Field::Id));
        QCOMPARE(int(m.at(2).field), int(Field::Created));
        QCOMPARE(int(m.at(6).field), int(Field::None));
        QCOMPARE(int(m.at(7).field), int(Field::None));
        QCOMPARE(int(m.at(8).field), int(Field::Region));
        QCOMPARE(int(m.at(9).field), int(Field::Amount));
    }

    void datasets_data()
    {
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<int>("dataset"); // -1: none
        QTest::addRow("Zendesk tickets")
            << QStringList{"Id"_q, "Created at"_q, "Via"_q, "Assignee"_q} << int(Dataset::Support);
        QTest::addRow("HubSpot deals")
            << QStringList{"Record ID"_q, "Deal Stage"_q, "Amount"_q, "Close Date"_q}
            << int(Dataset::Sales);
        QTest::addRow("shop orders")
            << QStringList{"Order ID"_q, "Order Date"_q, "Customer"_q, "Total"_q}
            << int(Dataset::Sales);
        QTest::addRow("survey") << QStringList{"Date"_q, "Customer"_q, "Score"_q, "Comment"_q}
                                << int(Dataset::Feedback);
        QTest::addRow("monthly costs")
            << QStringList{"Luna"_q, "Canal"_q, "Cost"_q} << int(Dataset::Costs);
        QTest::addRow("nothing known") << QStringList{"foo"_q, "bar"_q} << -1;
    }

    void datasets()
    {
        QFETCH(QStringList, headers);
        QFETCH(int, dataset);
        const std::optional<Dataset> d = ImportEngine::detectDataset(headers);
        QCOMPARE(d ? int(*d) : -1, dataset);
    }
};

QTEST_GUILESS_MAIN(TestImportMapping)
#include "tst_importmapping.moc"
