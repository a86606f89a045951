#include "settingspage.h"

#include "i18n/languagemanager.h"
#include "kpitargetseditor.h"
#include "shell/pageheader.h"
#include "store/backups.h"
#include "store/store.h"

#include <QBuffer>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace busola {

namespace {

// Locales an export may be written in; the first is the default for a new store.
const char *const importLocales[] = {"ro_RO", "en_US", "en_GB", "de_DE", "fr_FR", "hu_HU"};

/// Reads a store setting as a number, with a fallback for a missing or broken value.
double numberSetting(const Store &store, const QString &key, double fallback)
{
    bool ok = false;
    const double value = store.setting(key).toDouble(&ok);
    return ok ? value : fallback;
}

void setFormLabel(QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
        label->setText(text);
}

QByteArray logoBytes(const QString &value)
{
    const int comma = value.indexOf(QLatin1Char(','));
    if (!value.startsWith(QLatin1String("data:")) || comma < 0)
        return {};
    return QByteArray::fromBase64(value.mid(comma + 1).toLatin1());
}

} // namespace

SettingsPage::SettingsPage(Store &store, LanguageManager *languages, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_languages(languages)
    , m_header(new PageHeader(this))
{
    auto *content = new QWidget;
    auto *rows = new QVBoxLayout(content);
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    left->addWidget(createLanguageGroup());
    left->addWidget(createCompanyGroup());
    left->addWidget(createKpiGroup());
    left->addStretch();
    right->addWidget(createStoreGroup());
    right->addWidget(createBackupGroup());
    right->addStretch();
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    rows->addLayout(columns);
    // The targets table is wide (KPI names, scopes, months): it gets the page's full width.
    rows->addWidget(new KpiTargetsEditor(m_store), 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(scroll, 1);
    load();
    retranslate();
}

QGroupBox *SettingsPage::createLanguageGroup()
{
    m_languageGroup = new QGroupBox;
    m_languageForm = new QFormLayout(m_languageGroup);
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("language"));
    // Each language is named in itself, so a user lost in the wrong one finds theirs.
    m_language->addItem(QStringLiteral("Română"), QStringLiteral("ro"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setEnabled(m_languages != nullptr);
    m_languageForm->addRow(new QLabel, m_language);
    connect(m_language, &QComboBox::activated, this, [this] {
        const QString code = m_language->currentData().toString();
        if (m_languages && m_languages->setLanguage(code))
            QSettings().setValue(QStringLiteral("language"), code);
    });
    return m_languageGroup;
}

QGroupBox *SettingsPage::createCompanyGroup()
{
    m_companyGroup = new QGroupBox;
    m_companyForm = new QFormLayout(m_companyGroup);
    m_companyName = new QLineEdit;
    m_companyName->setObjectName(QStringLiteral("companyName"));
    connect(m_companyName, &QLineEdit::editingFinished, this,
            [this] { saveText(SettingKeys::CompanyName, m_companyName->text().trimmed()); });
    m_logo = new QLabel;
    m_logo->setFixedSize(160, 80);
    m_logo->setAlignment(Qt::AlignCenter);
    m_logo->setFrameShape(QFrame::StyledPanel);
    m_chooseLogo = new QPushButton;
    m_removeLogo = new QPushButton;
    connect(m_chooseLogo, &QPushButton::clicked, this, &SettingsPage::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, &SettingsPage::removeLogo);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_chooseLogo);
    buttons->addWidget(m_removeLogo);
    buttons->addStretch();
    logoRow->addLayout(buttons);
    logoRow->addStretch();
    m_companyForm->addRow(new QLabel, m_companyName);
    m_companyForm->addRow(new QLabel, logoRow);
    return m_companyGroup;
}

QGroupBox *SettingsPage::createStoreGroup()
{
    m_storeGroup = new QGroupBox;
    m_storeForm = new QFormLayout(m_storeGroup);
    m_location = new QLabel;
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_location->setWordWrap(true);
    m_openStore = new QPushButton;
    connect(m_openStore, &QPushButton::clicked, this, &SettingsPage::openAnotherStoreRequested);
    m_timeZone = new QComboBox;
    m_timeZone->setObjectName(QStringLiteral("timeZone"));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        if (id.contains('/'))
            m_timeZone->addItem(QString::fromLatin1(id));
    connect(m_timeZone, &QComboBox::activated, this,
            [this] { saveText(SettingKeys::TimeZone, m_timeZone->currentText()); });
    m_currency = new QLineEdit;
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setMaxLength(3);
    m_currency->setInputMask(QStringLiteral(">AAA"));
    connect(m_currency, &QLineEdit::editingFinished, this, [this] {
        if (m_currency->text().size() == 3)
            saveText(SettingKeys::Currency, m_currency->text());
    });
    m_lockedNote = new QLabel;
    m_lockedNote->setWordWrap(true);
    m_importLocale = new QComboBox;
    m_importLocale->setObjectName(QStringLiteral("importLocale"));
    for (const char *name : importLocales)
        m_importLocale->addItem(QString(), QString::fromLatin1(name));
    connect(m_importLocale, &QComboBox::activated, this, [this] {
        saveText(SettingKeys::ImportLocale, m_importLocale->currentData().toString());
    });
    m_storeForm->addRow(new QLabel, m_location);
    m_storeForm->addRow(new QLabel, m_openStore);
    m_storeForm->addRow(new QLabel, m_timeZone);
    m_storeForm->addRow(new QLabel, m_currency);
    m_storeForm->addRow(m_lockedNote);
    m_storeForm->addRow(new QLabel, m_importLocale);
    return m_storeGroup;
}

QGroupBox *SettingsPage::createKpiGroup()
{
    m_kpiGroup = new QGroupBox;
    m_kpiForm = new QFormLayout(m_kpiGroup);
    m_tolerance = new QDoubleSpinBox;
    m_tolerance->setObjectName(QStringLiteral("tolerance"));
    m_tolerance->setRange(0, 50);
    m_tolerance->setDecimals(1);
    m_tolerance->setSuffix(QStringLiteral(" %"));
    connect(m_tolerance, &QDoubleSpinBox::editingFinished, this, [this] {
        saveText(SettingKeys::NearTolerancePct, QString::number(m_tolerance->value()));
    });
    m_retentionWindow = new QSpinBox;
    m_retentionWindow->setObjectName(QStringLiteral("retentionWindow"));
    m_retentionWindow->setRange(1, 36);
    connect(m_retentionWindow, &QSpinBox::editingFinished, this, [this] {
        saveText(SettingKeys::RetentionWindowMonths, QString::number(m_retentionWindow->value()));
    });
    m_forecastHorizon = new QSpinBox;
    m_forecastHorizon->setObjectName(QStringLiteral("forecastHorizon"));
    m_forecastHorizon->setRange(1, 12);
    connect(m_forecastHorizon, &QSpinBox::editingFinished, this, [this] {
        saveText(SettingKeys::ForecastHorizon, QString::number(m_forecastHorizon->value()));
    });
    m_kpiForm->addRow(new QLabel, m_tolerance);
    m_kpiForm->addRow(new QLabel, m_retentionWindow);
    m_kpiForm->addRow(new QLabel, m_forecastHorizon);
    return m_kpiGroup;
}

QGroupBox *SettingsPage::createBackupGroup()
{
    m_backupGroup = new QGroupBox;
    auto *layout = new QVBoxLayout(m_backupGroup);
    m_backupNote = new QLabel;
    m_backupNote->setWordWrap(true);
    m_backupKeep = new QSpinBox;
    m_backupKeep->setObjectName(QStringLiteral("backupKeep"));
    m_backupKeep->setRange(1, 100);
    connect(m_backupKeep, &QSpinBox::editingFinished, this,
            [this] { saveText(SettingKeys::BackupKeep, QString::number(m_backupKeep->value())); });
    m_backups = new QListWidget;
    m_backups->setObjectName(QStringLiteral("backups"));
    m_backups->setMinimumHeight(140);
    m_restore = new QPushButton;
    m_restore->setEnabled(false);
    connect(m_backups, &QListWidget::currentRowChanged, this,
            [this](int row) { m_restore->setEnabled(row >= 0); });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        QListWidgetItem *item = m_backups->currentItem();
        if (!item)
            return;
        const auto answer = QMessageBox::question(
            this, tr("Restore a backup"),
            tr("Put the backup of %1 in place of the store? The store as it is now is kept as a "
               "backup first, so this can be undone.")
                .arg(item->text()));
        if (answer == QMessageBox::Yes)
            emit restoreBackupRequested(item->data(Qt::UserRole).toString());
    });
    layout->addWidget(m_backupNote);
    layout->addWidget(m_backupKeep);
    layout->addWidget(m_backups);
    layout->addWidget(m_restore, 0, Qt::AlignRight);
    return m_backupGroup;
}

void SettingsPage::load()
{
    if (m_languages)
        m_language->setCurrentIndex(m_language->findData(m_languages->language()));
    m_companyName->setText(m_store.setting(SettingKeys::CompanyName));
    showLogo();
    m_location->setText(m_store.location());
    m_timeZone->setCurrentText(QString::fromLatin1(m_store.clock().zoneId()));
    m_currency->setText(m_store.currency());
    // Months and amounts already stored were computed in this zone and currency: changing
    // them under existing data would silently shift every KPI.
    const bool empty = m_store.isEmpty();
    m_timeZone->setEnabled(empty);
    m_currency->setEnabled(empty);
    m_lockedNote->setVisible(!empty);
    const int locale = m_importLocale->findData(
        m_store.setting(SettingKeys::ImportLocale, QStringLiteral("ro_RO")));
    m_importLocale->setCurrentIndex(qMax(0, locale));
    m_tolerance->setValue(numberSetting(m_store, SettingKeys::NearTolerancePct, 10));
    m_retentionWindow->setValue(
        int(numberSetting(m_store, SettingKeys::RetentionWindowMonths, 12)));
    m_forecastHorizon->setValue(int(numberSetting(m_store, SettingKeys::ForecastHorizon, 3)));
    m_backupKeep->setValue(
        int(numberSetting(m_store, SettingKeys::BackupKeep, Backups::DefaultKeep)));
    loadBackups();
}

void SettingsPage::loadBackups()
{
    m_backups->clear();
    const QLocale locale;
    for (const BackupInfo &backup : Backups::list(m_store.location())) {
        auto *item =
            new QListWidgetItem(QStringLiteral("%1 — %2 (%3)")
                                    .arg(locale.toString(backup.created, QLocale::ShortFormat),
                                         backup.reason, locale.formattedDataSize(backup.size)),
                                m_backups);
        item->setData(Qt::UserRole, backup.path);
    }
}

void SettingsPage::saveText(const QString &key, const QString &value)
{
    if (m_store.setting(key) == value)
        return;
    if (!m_store.setSetting(key, value))
        QMessageBox::warning(this, tr("Settings"), tr("The setting could not be saved."));
}

void SettingsPage::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Company logo"), QString(), tr("Images (*.png *.jpg *.jpeg *.svg *.bmp)"));
    if (path.isEmpty())
        return;
    QImageReader reader(path);
    QImage image = reader.read();
    if (image.isNull()) {
        QMessageBox::warning(
            this, tr("Company logo"),
            tr("%1 could not be read as an image: %2").arg(path, reader.errorString()));
        return;
    }
    // The logo travels inside the store, so the report is the same on every machine.
    if (image.width() > 600 || image.height() > 300)
        image = image.scaled(600, 300, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    saveText(SettingKeys::CompanyLogo,
             QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64()));
    showLogo();
}

void SettingsPage::removeLogo()
{
    saveText(SettingKeys::CompanyLogo, QString());
    showLogo();
}

void SettingsPage::showLogo()
{
    QPixmap pixmap;
    pixmap.loadFromData(logoBytes(m_store.setting(SettingKeys::CompanyLogo)));
    if (pixmap.isNull()) {
        m_logo->setPixmap(QPixmap());
        m_logo->setText(tr("No logo"));
    } else {
        m_logo->setPixmap(pixmap.scaled(m_logo->size() - QSize(8, 8), Qt::KeepAspectRatio,
                                        Qt::SmoothTransformation));
    }
    m_removeLogo->setEnabled(!pixmap.isNull());
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslate()
{
    m_header->setTitle(tr("Settings"));
    m_header->setDescription(tr("Your language, and what this store holds to: company, time "
                                "zone, currency, KPI rules and backups."));
    m_languageGroup->setTitle(tr("Language"));
    setFormLabel(m_languageForm, m_language, tr("Language of Busola:"));
    m_companyGroup->setTitle(tr("Company"));
    setFormLabel(m_companyForm, m_companyName, tr("Name:"));
    m_companyName->setPlaceholderText(tr("Shown on the report's cover"));
    m_chooseLogo->setText(tr("Choose a logo…"));
    m_removeLogo->setText(tr("Remove"));
    if (m_logo->pixmap().isNull())
        m_logo->setText(tr("No logo"));
    m_storeGroup->setTitle(tr("Store"));
    setFormLabel(m_storeForm, m_location, tr("Location:"));
    m_openStore->setText(tr("Open another store…"));
    setFormLabel(m_storeForm, m_timeZone, tr("Time zone:"));
    setFormLabel(m_storeForm, m_currency, tr("Currency:"));
    m_lockedNote->setText(tr("The time zone and the currency can be changed only while the "
                             "store is empty: the data already in it was counted in them."));
    setFormLabel(m_storeForm, m_importLocale, tr("Exports are usually written in:"));
    for (int i = 0; i < m_importLocale->count(); ++i) {
        const QLocale locale(m_importLocale->itemData(i).toString());
        // Each locale named in its own language, as the exporting program would show it.
        m_importLocale->setItemText(i, QStringLiteral("%1 (%2)").arg(locale.nativeLanguageName(),
                                                                     locale.nativeTerritoryName()));
    }
    m_kpiGroup->setTitle(tr("KPI rules"));
    setFormLabel(m_kpiForm, m_tolerance, tr("“Near the target” within:"));
    setFormLabel(m_kpiForm, m_retentionWindow, tr("Customer active window (months):"));
    setFormLabel(m_kpiForm, m_forecastHorizon, tr("Forecast horizon (months):"));
    m_backupGroup->setTitle(tr("Backups"));
    m_backupNote->setText(tr("Busola copies the store before every import, removal of an import "
                             "and upgrade. Number of copies kept:"));
    m_restore->setText(tr("Restore this backup…"));
}

} // namespace busola
