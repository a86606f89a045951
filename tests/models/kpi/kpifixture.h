#pragma once

#include "store/store.h"
#include "store/storewriter.h"

#include <QDate>
#include <QTime>

#include <functional>

namespace busola {

/// The hand-made store the KPI tests compute against (Europe/Bucharest). Every expected
/// number in the tests is worked out from these rows by hand; the comments say how.
///
/// Support, March 2029 (P): T1 phone/A/Ana created 5th 10:00, answered +2 h, resolved, 1
///   contact, rated 5, cost 10 lei; T2 chat/B/Bogdan 10th, +4 h, resolved 12th, 2 contacts,
///   rated 3, complaint, cost 20 lei; T3 phone/A/Ana created 25 March 01:30, answered 04:30
///   local after the spring-forward change (2 h elapsed, 3 h on the wall), unresolved,
///   unrated; T4 email/B created 28th, no response, resolved 2 April, FCR flag, rated 4
///   (counts in April); T7 no channel/A/Ana 15th, +1 h, unresolved.
/// Support, February: T5 phone/A created 20 Feb, +6 h, resolved 1 March, 1 contact, rated 2
///   (counts in March); T6 chat/B 10 Feb, +10 h, resolved 11 Feb, 3 contacts.
/// Survey: F1 15 March, phone, score 4.
/// Monthly costs, February: 50 lei without channel, 30 lei for chat.
/// Deals: D1 Maria/Nord/web C1 created 10 Jan 12:00, won 5 March 12:00, 1 234,56 lei; D2
///   Maria/Sud/web created 2 March, open, no close date; D3 Ion/Nord/phone C2 created 3 March,
///   lost 20 March; D4 Ion/Sud/referral C3 created 10 March 12:00, won 15 March 12:00, 500 lei
///   (C3 first seen in the period); D5 order C1 18 March, 100 lei; D6 Ion created 4 March,
///   won, no close date, 999 lei; D7 Maria/Nord/web C2 created 20 March 12:00, won 27 March
///   12:00 (across the change: 7 days − 1 h), 200 lei; D8 C1 won 10 June 2028; D9 C5 created
///   8 March 2028, won 15 March 2028, 300 lei (lapses out of the window by April 2029); D10
///   C6 won 1 Dec 2028.
struct KpiFixture
{
    static qint64 at(const Store &store, int y, int m, int d, int h = 0, int min = 0)
    {
        return store.clock().toEpoch(QDate(y, m, d), QTime(h, min));
    }

    static Interaction ticket(const Store &s, const char *id, QDate created, QTime time,
                              const char *channel, const char *team, const char *agent)
    {
        Interaction t;
        t.externalId = QString::fromLatin1(id);
        t.createdAt = s.clock().toEpoch(created, time);
        t.channel = QString::fromLatin1(channel);
        t.team = QString::fromLatin1(team);
        t.agent = QString::fromLatin1(agent);
        return t;
    }

    static QList<Interaction> tickets(const Store &s)
    {
        QList<Interaction> list;
        Interaction t1 = ticket(s, "T1", {2029, 3, 5}, {10, 0}, "phone", "A", "Ana");
        t1.firstResponseAt = t1.createdAt + 2 * 3600;
        t1.resolvedAt = t1.createdAt + 2 * 3600;
        t1.contacts = 1;
        t1.satisfaction = 5;
        t1.costMinor = 1000;
        t1.customer.code = QStringLiteral("C1");
        list << t1;
        Interaction t2 = ticket(s, "T2", {2029, 3, 10}, {9, 0}, "chat", "B", "Bogdan");
        t2.firstResponseAt = t2.createdAt + 4 * 3600;
        t2.resolvedAt = at(s, 2029, 3, 12, 9);
        t2.contacts = 2;
        t2.satisfaction = 3;
        t2.complaint = true;
        t2.costMinor = 2000;
        list << t2;
        Interaction t3 = ticket(s, "T3", {2029, 3, 25}, {1, 30}, "phone", "A", "Ana");
        t3.firstResponseAt = at(s, 2029, 3, 25, 4, 30);
        list << t3;
        Interaction t4 = ticket(s, "T4", {2029, 3, 28}, {8, 0}, "email", "B", "Bogdan");
        t4.resolvedAt = at(s, 2029, 4, 2, 8);
        t4.fcrFlag = true;
        t4.satisfaction = 4;
        list << t4;
        Interaction t7 = ticket(s, "T7", {2029, 3, 15}, {10, 0}, "", "A", "Ana");
        t7.responseSeconds = 3600;
        list << t7;
        Interaction t5 = ticket(s, "T5", {2029, 2, 20}, {10, 0}, "phone", "A", "Ana");
        t5.firstResponseAt = t5.createdAt + 6 * 3600;
        t5.resolvedAt = at(s, 2029, 3, 1, 10);
        t5.contacts = 1;
        t5.satisfaction = 2;
        list << t5;
        Interaction t6 = ticket(s, "T6", {2029, 2, 10}, {10, 0}, "chat", "B", "Bogdan");
        t6.firstResponseAt = t6.createdAt + 10 * 3600;
        t6.resolvedAt = at(s, 2029, 2, 11, 10);
        t6.contacts = 3;
        list << t6;
        return list;
    }

    static Deal deal(const char *id, std::optional<qint64> created, std::optional<qint64> closed,
                     DealStatus status, std::optional<qint64> amount, const char *owner,
                     const char *region, const char *source, const char *customer)
    {
        Deal d;
        d.externalId = QString::fromLatin1(id);
        d.createdAt = created;
        d.closedAt = closed;
        d.status = status;
        d.amountMinor = amount;
        d.owner = QString::fromLatin1(owner);
        d.region = QString::fromLatin1(region);
        d.leadSource = QString::fromLatin1(source);
        d.customer.code = QString::fromLatin1(customer);
        return d;
    }

    static QList<Deal> deals(const Store &s)
    {
        const DealStatus won = DealStatus::Won;
        QList<Deal> list{
            deal("D1", at(s, 2029, 1, 10, 12), at(s, 2029, 3, 5, 12), won, 123456, "Maria", "Nord",
                 "web", "C1"),
            deal("D2", at(s, 2029, 3, 2, 9), {}, DealStatus::Open, 70000, "Maria", "Sud", "web",
                 ""),
            deal("D3", at(s, 2029, 3, 3, 9), at(s, 2029, 3, 20, 9), DealStatus::Lost, 1000, "Ion",
                 "Nord", "phone", "C2"),
            deal("D4", at(s, 2029, 3, 10, 12), at(s, 2029, 3, 15, 12), won, 50000, "Ion", "Sud",
                 "referral", "C3"),
            deal("D5", at(s, 2029, 3, 18, 9), at(s, 2029, 3, 18, 9), won, 10000, "", "", "", "C1"),
            deal("D6", at(s, 2029, 3, 4, 9), {}, won, 99900, "Ion", "Sud", "web", ""),
            deal("D7", at(s, 2029, 3, 20, 12), at(s, 2029, 3, 27, 12), won, 20000, "Maria", "Nord",
                 "web", "C2"),
            deal("D8", at(s, 2028, 6, 3, 9), at(s, 2028, 6, 10, 9), won, 5000, "Ion", "Nord", "web",
                 "C1"),
            deal("D9", at(s, 2028, 3, 8, 9), at(s, 2028, 3, 15, 9), won, 30000, "Ion", "Nord",
                 "web", "C5"),
            deal("D10", at(s, 2028, 11, 20, 9), at(s, 2028, 12, 1, 9), won, 7000, "Maria", "Sud",
                 "web", "C6"),
        };
        list[4].isOrder = true;
        return list;
    }

    static bool write(Store &store, const QString &name,
                      const std::function<void(StoreWriter &)> &rows, qint64 *importId = nullptr)
    {
        StoreWriter writer(store);
        if (!writer.begin({name, {}, QStringLiteral("support"), {}, QStringLiteral("update")}))
            return false;
        rows(writer);
        if (importId)
            *importId = writer.importId();
        return writer.commit();
    }

    /// Writes everything above (support and costs, then sales and survey) in two imports.
    static bool fill(Store &store, qint64 *supportImport = nullptr, qint64 *salesImport = nullptr)
    {
        return write(
                   store, QStringLiteral("tickets.csv"),
                   [&store](StoreWriter &w) {
                       for (const Interaction &t : tickets(store))
                           w.write(t);
                       w.write(SupportCost{202902, QString(), 5000});
                       w.write(SupportCost{202902, QStringLiteral("chat"), 3000});
                   },
                   supportImport) &&
               write(
                   store, QStringLiteral("deals.csv"),
                   [&store](StoreWriter &w) {
                       for (const Deal &d : deals(store))
                           w.write(d);
                       FeedbackResponse f;
                       f.externalId = QStringLiteral("F1");
                       f.respondedAt = at(store, 2029, 3, 15, 12);
                       f.score = 4;
                       f.channel = QStringLiteral("phone");
                       w.write(f);
                   },
                   salesImport);
    }
};

} // namespace busola
