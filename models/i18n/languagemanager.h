#pragma once

#include <QLocale>
#include <QObject>
#include <QTranslator>

#include <memory>

namespace busola {

/// Owns the translators of Busola's own catalogue and of the strings Qt's dialogs show, and
/// swaps them when the language changes. Installing new translators makes Qt send
/// QEvent::LanguageChange to every widget, which retranslates itself: no restart.
class LanguageManager final : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    /// The languages Busola ships, as codes: "ro", "en".
    static QStringList availableLanguages();
    /// The language to start with: the saved choice, else the system's when Busola has it,
    /// else Romanian.
    static QString initialLanguage(const QString &saved);

    /// Installs the catalogues for code ("ro" or "en") and sets the default QLocale (ro_RO or
    /// en_US), so numbers, dates and money follow. False for a language Busola lacks.
    bool setLanguage(const QString &code);
    QString language() const { return m_language; }
    QLocale locale() const;

signals:
    void languageChanged(const QString &code);

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_busola;
    std::unique_ptr<QTranslator> m_qt;
};

/// The locale of a language code: ro → ro_RO, en → en_US.
QLocale localeForLanguage(const QString &code);

/// The command line's language: Romanian when the system's messages are Romanian (LANGUAGE,
/// LC_ALL, LC_MESSAGES, LANG), else English, so scripts run under LANG=C read stable English. Installs the catalogues while it lives (a QCoreApplication must exist);
/// it leaves the default QLocale alone: each command formats numbers as it says.
class CommandLineLanguage
{
public:
    CommandLineLanguage();
    ~CommandLineLanguage();
    CommandLineLanguage(const CommandLineLanguage &) = delete;
    CommandLineLanguage &operator=(const CommandLineLanguage &) = delete;

    /// "ro" or "en".
    static QString systemLanguage();

private:
    std::unique_ptr<QTranslator> m_busola;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace busola
