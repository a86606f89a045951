#pragma once

#include "i18n/languagemanager.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QTextStream>

#include <memory>

namespace busola {

class Store;

/// What every command shares: the options all of them take (--db), the standard streams, and
/// opening the store with a message a user can act on.
class CommandContext
{
    Q_DECLARE_TR_FUNCTIONS(busola::CommandContext)

public:
    CommandContext();

    QCommandLineParser &parser() { return m_parser; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    /// Parses the application's arguments; on an unknown option or a missing value prints the
    /// error and the usage to stderr and returns false (the caller exits 2).
    bool parse(const QString &commandName);
    /// --db, or the default location.
    QString storeLocation() const;
    /// Opens the store; on failure prints why and returns null (the caller exits 1).
    std::unique_ptr<Store> openStore();
    int usageError(const QString &message);

private:
    CommandLineLanguage m_language; ///< first: the options below are already translated
    QCommandLineParser m_parser;
    QCommandLineOption m_dbOption;
    QTextStream m_out;
    QTextStream m_err;
};

/// Each sub-command: a name, a one-line description for `busola --help`, and its entry point
/// (it creates its own application object from argc/argv).
struct Command
{
    const char *name;
    const char *summary;
    int (*run)(int argc, char *argv[]);
};

int runBackupCommand(int argc, char *argv[]);
int runDemoCommand(int argc, char *argv[]);
int runForecastCommand(int argc, char *argv[]);
int runGuiCommand(int argc, char *argv[]);
int runImportCommand(int argc, char *argv[]);
int runKpiCommand(int argc, char *argv[]);
int runReportCommand(int argc, char *argv[]);
int runTeamCommand(int argc, char *argv[]);

} // namespace busola
