#pragma once

// A small, deterministic store content for the UI and item-model tests, written through the
// one write path (StoreWriter). The records are returned too, so tests compute what they expect
// from the records themselves, not by asking the code under test.

#include "store/records.h"
#include "store/store.h"
#include "store/storewriter.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

#include <vector>

namespace busola::fixture {

struct Content
{
    std::vector<Interaction> interactions;
    std::vector<Deal> deals;
    std::vector<FeedbackResponse> feedback;
    std::vector<SupportCost> costs;
};

/// Epoch seconds of a UTC wall-clock time, computed without the store's clock.
inline qint64 utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc()).toSecsSinceEpoch();
}

inline const QStringList &agents()
{
    static const QStringList names{
        QStringLiteral("Andrei Ionescu"), QStringLiteral("Ioana Popescu"),
        QStringLiteral("Mihai Dumitrescu"), QStringLiteral("Elena Stănescu"),
        QStringLiteral("Radu Țurcanu"), QStringLiteral("Ștefania Mureșan"),
        QStringLiteral("Cristian Bălan"), QStringLiteral("Ana Georgescu")};
    return names;
}

inline const QStringList &customers()
{
    static const QStringList names{
        QStringLiteral("SC Agro Câmpia SRL"),     QStringLiteral("Dacia Logistic SA"),
        QStringLiteral("Farmacia Sănătatea"),     QStringLiteral("Brutăria Mărțișor"),
        QStringLiteral("Transilvania Trade SRL"), QStringLiteral("Moldova Distribuție"),
        QStringLiteral("Carpați Construct"),      QStringLiteral("Delta Pescăruș SRL"),
        QStringLiteral("Oltenia Agro"),           QStringLiteral("Banat Tehnic SRL"),
        QStringLiteral("Dobrogea Vinuri"),        QStringLiteral("Maramureș Lemn")};
    return names;
}

/// Support interaction number i of the fixture, spread over 2025-11 and after (3 a day).
inline Interaction makeInteraction(int i)
{
    static const QStringList channels{QStringLiteral("phone"), QStringLiteral("chat"),
                                      QStringLiteral("email")};
    static const QStringList subjects{
        QStringLiteral("Factură greșită"), QStringLiteral("Livrare întârziată"),
        QStringLiteral("Reducere 50% nu s-a aplicat"), QStringLiteral("Întrebare despre contract"),
        QString()};
    Interaction t;
    t.externalId = QStringLiteral("T%1").arg(i, 4, 10, QLatin1Char('0'));
    // Several tickets share a creation minute, to exercise the tie on the id.
    t.createdAt = utc(2025, 11, 1, 8, 0) + qint64(i / 3) * 31 * 3600 + (i % 7) * 60;
    t.responseSeconds = 600 + (qint64(i) * 37) % 90000;
    if (i % 10 != 9)
        t.resolvedAt = t.createdAt + 3600 + (qint64(i) * 53) % 200000;
    t.status = t.resolvedAt ? QStringLiteral("closed") : QStringLiteral("open");
    t.channel = channels.at(i % 3);
    t.team = QStringLiteral("Echipa %1").arg(QChar(u'A' + i % 4));
    t.agent = agents().at(i % agents().size());
    if (i % 13 != 0)
        t.customer.name = customers().at((i * 5) % customers().size());
    if (i % 4 != 3)
        t.contacts = 1 + i % 3;
    if (i % 5 != 4)
        t.satisfaction = 1 + i % 5;
    t.costMinor = 1500 + (qint64(i) * 97) % 4000;
    t.complaint = i % 17 == 0;
    if (t.complaint)
        t.complaintCategory = QStringLiteral("Facturare");
    t.subject = subjects.at(i % subjects.size());
    return t;
}

/// count support interactions (makeInteraction), plus deals, feedback and costs.
/// Interaction T0000 is created on 15.07.2026 at 09:30 Bucharest time (06:30 UTC, summer) with
/// a cost of 1.234,56; T0001 on 10.01.2026 at 14:00 (12:00 UTC, winter).
inline Content makeContent(int count = 1000)
{
    Content c;
    const QStringList channels{QStringLiteral("phone"), QStringLiteral("chat"),
                               QStringLiteral("email")};
    for (int i = 0; i < count; ++i)
        c.interactions.push_back(makeInteraction(i));
    c.interactions[0].createdAt = utc(2026, 7, 15, 6, 30);
    c.interactions[0].costMinor = 123456;
    c.interactions[1].createdAt = utc(2026, 1, 10, 12, 0);

    for (int i = 0; i < 60; ++i) {
        Deal d;
        d.externalId = QStringLiteral("D%1").arg(i, 3, 10, QLatin1Char('0'));
        d.createdAt = utc(2025, 11, 3, 9, 0) + qint64(i) * 5 * 86400;
        d.status = i % 3 == 0 ? DealStatus::Won : (i % 3 == 1 ? DealStatus::Lost : DealStatus::Open);
        if (d.status != DealStatus::Open)
            d.closedAt = *d.createdAt + 12 * 86400;
        d.amountMinor = 250000 + qint64(i) * 10001;
        d.owner = agents().at(i % agents().size());
        d.region = i % 2 ? QStringLiteral("Cluj") : QStringLiteral("București");
        d.leadSource = QStringLiteral("Web");
        d.customer.code = QStringLiteral("C%1").arg(100 + i % 12);
        d.customer.name = customers().at(i % customers().size());
        c.deals.push_back(d);
    }
    c.deals[0].amountMinor = 2500000; // 25.000,00

    for (int i = 0; i < 30; ++i) {
        FeedbackResponse f;
        f.externalId = QStringLiteral("F%1").arg(i, 3, 10, QLatin1Char('0'));
        f.respondedAt = utc(2026, 1, 5, 10, 0) + qint64(i) * 7 * 86400;
        f.score = 1 + i % 5;
        f.comment = i % 2 ? QStringLiteral("Mulțumit de livrare") : QString();
        f.channel = channels.at(i % 3);
        f.customer.name = customers().at(i % customers().size());
        c.feedback.push_back(f);
    }

    for (int m = 0; m < 12; ++m) {
        SupportCost cost;
        cost.month = m < 2 ? 202511 + m : 202601 + (m - 2);
        cost.amountMinor = 4500000 + m * 1000;
        c.costs.push_back(cost);
    }
    return c;
}

/// Writes content through StoreWriter in one import; returns an empty string or the error.
inline QString write(Store &store, const Content &content)
{
    StoreWriter writer(store);
    if (!writer.begin({QStringLiteral("fixture"), {}, QStringLiteral("support"), {},
                       QStringLiteral("update")}))
        return writer.lastError();
    for (const Interaction &row : content.interactions)
        writer.write(row);
    for (const Deal &row : content.deals)
        writer.write(row);
    for (const FeedbackResponse &row : content.feedback)
        writer.write(row);
    for (const SupportCost &row : content.costs)
        writer.write(row);
    if (!writer.commit())
        return writer.lastError();
    return {};
}

} // namespace busola::fixture
