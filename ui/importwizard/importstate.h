#pragma once

#include "import/importengine.h"
#include "import/importsettings.h"

#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace busola {

class Store;

/// What the wizard's pages share: the one ImportSettings they edit, and what the engine made
/// of it. Pages read and change the import only through this object, never through the wizard.
///
/// settings holds the user's choices (empty members: "detect"); inspection is the engine's
/// reading of the file under them, with everything detected filled in.
class ImportWizardState
{
    Q_DECLARE_TR_FUNCTIONS(busola::ImportWizardState)

public:
    explicit ImportWizardState(Store &store);
    ~ImportWizardState();

    Store &store() const { return m_store; }
    /// Where the store is, for the worker that opens its own connection.
    QString storeLocation() const;

    ImportSettings settings;
    Inspection inspection;
    /// The dry run of the validation page (counts and problems), and the real import's result.
    ImportResult validation;
    ImportResult result;

    /// Starts over with a new file: every option back to "detect", then inspect().
    bool setFile(const QString &path);
    /// Asks the engine to read the file under settings. False when it could not resolve
    /// everything (inspection.error says why; headers and mapping may still be filled).
    bool inspect();
    /// The first rows parsed under settings (also refreshes inspection).
    Preview preview(int rows);
    /// Makes the engine's resolution the user's choices (dataset, header row, mapping…), so
    /// later edits start from what the user saw.
    void adoptInspection();
    /// True when the file's header matched a saved profile, which was applied.
    bool profileMatched() const { return !inspection.profileApplied.isEmpty(); }
    /// A profile name to save the mapping under, for a file without one.
    QString suggestedProfileName() const;
    /// Where the validation writes the rejected rows, for "save rejected rows".
    QString rejectsPath() const;

private:
    Store &m_store;
    ImportEngine m_engine;
    QTemporaryDir m_temp;
};

/// The datasets in the order the wizard offers them, with their names for the user.
QString datasetLabel(Dataset dataset);

} // namespace busola
