#pragma once

#include "demorandom.h"

#include <QString>
#include <QStringList>

namespace busola::demo {

/// Romanian names for the demo company, written with the comma-below Ș ș Ț ț of the Romanian
/// standard (never the cedilla Ş ş Ţ ţ of old code pages), which tests check.

/// "Ioana Ștefănescu": a first name and a surname.
QString personName(Rng &rng);
/// "Bărăgan Agro SRL", "Mureșan Construct SRL", "Izvorul Țării SA"...
QString companyName(Rng &rng);

/// The eight development regions, as a CRM lists them.
const QStringList &regions();
/// Share of customers in each region (same order as regions()).
const std::vector<double> &regionWeights();

/// The four support teams; the index is what DemoTeam refers to.
const QStringList &teamNames();
/// Support team serving each region (same order as regions()).
int teamOfRegion(int region);
/// The agents of one team.
const QStringList &teamAgents(int team);
/// Sales owner of each region (same order as regions()).
const QString &ownerOfRegion(int region);

/// Lead sources; the first is "existing customer", used for repeat orders.
const QStringList &leadSources();
/// Weights of the other sources for new leads (same order, first weight 0).
const std::vector<double> &newLeadWeights();

} // namespace busola::demo
