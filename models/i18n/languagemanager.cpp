#include "languagemanager.h"

#include <QCoreApplication>

namespace busola {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{}

LanguageManager::~LanguageManager()
{
    if (m_busola)
        QCoreApplication::removeTranslator(m_busola.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QStringList LanguageManager::availableLanguages()
{
    return {QStringLiteral("ro"), QStringLiteral("en")};
}

QString LanguageManager::initialLanguage(const QString &saved)
{
    if (availableLanguages().contains(saved))
        return saved;
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString code = ui.left(2).toLower();
        if (availableLanguages().contains(code))
            return code;
    }
    return QStringLiteral("ro");
}

QLocale localeForLanguage(const QString &code)
{
    return code == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedStates)
                                       : QLocale(QLocale::Romanian, QLocale::Romania);
}

QLocale LanguageManager::locale() const
{
    return localeForLanguage(m_language);
}

bool LanguageManager::setLanguage(const QString &code)
{
    if (!availableLanguages().contains(code))
        return false;
    if (code == m_language)
        return true;
    auto busola = std::make_unique<QTranslator>();
    if (!busola->load(QStringLiteral(":/i18n/busola_%1.qm").arg(code)))
        return false;
    // Qt's own dialogs: only Romanian needs our catalogue; English is Qt's source language.
    std::unique_ptr<QTranslator> qt;
    if (code == QLatin1String("ro")) {
        qt = std::make_unique<QTranslator>();
        if (!qt->load(QStringLiteral(":/i18n/qtbase_ro.qm")))
            qt.reset();
    }
    if (m_busola)
        QCoreApplication::removeTranslator(m_busola.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_busola = std::move(busola);
    m_qt = std::move(qt);
    QCoreApplication::installTranslator(m_busola.get());
    if (m_qt)
        QCoreApplication::installTranslator(m_qt.get());
    m_language = code;
    QLocale::setDefault(localeForLanguage(code));
    emit languageChanged(code);
    return true;
}

QString CommandLineLanguage::systemLanguage()
{
    const QString first = QLocale::system().uiLanguages().value(0);
    return first.startsWith(QLatin1String("ro")) ? QStringLiteral("ro") : QStringLiteral("en");
}

CommandLineLanguage::CommandLineLanguage()
{
    // English too: its catalogue holds the singular forms of the plural messages.
    m_busola = std::make_unique<QTranslator>();
    if (m_busola->load(QStringLiteral(":/i18n/busola_%1.qm").arg(systemLanguage())))
        QCoreApplication::installTranslator(m_busola.get());
    if (systemLanguage() != QLatin1String("ro"))
        return;
    m_qt = std::make_unique<QTranslator>();
    if (m_qt->load(QStringLiteral(":/i18n/qtbase_ro.qm")))
        QCoreApplication::installTranslator(m_qt.get());
}

CommandLineLanguage::~CommandLineLanguage()
{
    if (m_busola)
        QCoreApplication::removeTranslator(m_busola.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

} // namespace busola
