#include "commandcontext.h"

#include "cli.h"
#include "store/store.h"

namespace busola {

CommandContext::CommandContext()
    : m_dbOption(QStringLiteral("db"),
                 tr("The store to use: a file, or postgresql://user@host/db (default: %1).")
                     .arg(Store::defaultLocation()),
                 tr("PATH"))
    , m_out(stdout)
    , m_err(stderr)
{
    m_parser.addHelpOption();
    m_parser.addOption(m_dbOption);
}

bool CommandContext::parse(const QString &commandName)
{
    if (!m_parser.parse(QCoreApplication::arguments())) {
        m_err << "busola " << commandName << ": " << m_parser.errorText() << "\n\n"
              << m_parser.helpText();
        m_err.flush();
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << m_parser.helpText();
        m_out.flush();
        ::exit(ExitOk);
    }
    return true;
}

QString CommandContext::storeLocation() const
{
    const QString db = m_parser.value(m_dbOption);
    return db.isEmpty() ? Store::defaultLocation() : db;
}

std::unique_ptr<Store> CommandContext::openStore()
{
    QString error;
    std::unique_ptr<Store> store = Store::open(storeLocation(), &error);
    if (!store) {
        m_err << "busola: " << error << '\n';
        m_err.flush();
    }
    return store;
}

int CommandContext::usageError(const QString &message)
{
    m_err << "busola: " << message << "\n\n" << m_parser.helpText();
    m_err.flush();
    return ExitUsage;
}

} // namespace busola
