#pragma once

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace busola {

class LanguageManager;
class PageHeader;
class Store;

/// Settings: the language (this user's), and what belongs to the store (company name and
/// logo, time zone, currency, default import locale, the "near" tolerance, the retention
/// window, the forecast horizon, backups). Every change is saved at once.
class SettingsPage final : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(Store &store, LanguageManager *languages, QWidget *parent = nullptr);

signals:
    void openAnotherStoreRequested();
    /// The user chose a backup to put in place of the store (the window closes and reopens it).
    void restoreBackupRequested(const QString &backupPath);

protected:
    void changeEvent(QEvent *event) override;

private:
    QGroupBox *createLanguageGroup();
    QGroupBox *createCompanyGroup();
    QGroupBox *createStoreGroup();
    QGroupBox *createKpiGroup();
    QGroupBox *createBackupGroup();
    void load();
    void loadBackups();
    void chooseLogo();
    void removeLogo();
    void showLogo();
    void saveText(const QString &key, const QString &value);
    void retranslate();

    Store &m_store;
    LanguageManager *m_languages;
    PageHeader *m_header;
    QGroupBox *m_languageGroup = nullptr;
    QGroupBox *m_companyGroup = nullptr;
    QGroupBox *m_storeGroup = nullptr;
    QGroupBox *m_kpiGroup = nullptr;
    QGroupBox *m_backupGroup = nullptr;
    QFormLayout *m_languageForm = nullptr;
    QFormLayout *m_companyForm = nullptr;
    QFormLayout *m_storeForm = nullptr;
    QFormLayout *m_kpiForm = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_companyName = nullptr;
    QLabel *m_logo = nullptr;
    QPushButton *m_chooseLogo = nullptr;
    QPushButton *m_removeLogo = nullptr;
    QLabel *m_location = nullptr;
    QPushButton *m_openStore = nullptr;
    QComboBox *m_timeZone = nullptr;
    QLineEdit *m_currency = nullptr;
    QLabel *m_lockedNote = nullptr;
    QComboBox *m_importLocale = nullptr;
    QDoubleSpinBox *m_tolerance = nullptr;
    QSpinBox *m_retentionWindow = nullptr;
    QSpinBox *m_forecastHorizon = nullptr;
    QSpinBox *m_backupKeep = nullptr;
    QListWidget *m_backups = nullptr;
    QPushButton *m_restore = nullptr;
    QLabel *m_backupNote = nullptr;
};

} // namespace busola
