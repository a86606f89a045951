// The import wizard driven offscreen from a fixture export to the summary, the profile
// short-cut of the second month, a file dropped on the main window, `remove this import`.

#include "import/importsettings.h"
#include "importwizard/filepage.h"
#include "importwizard/importpage.h"
#include "importwizard/importrunner.h"
#include "importwizard/importstate.h"
#include "importwizard/importwizard.h"
#include "importwizard/mappingpage.h"
#include "importwizard/progresspage.h"
#include "importwizard/validationpage.h"
#include "importwizard/valuespage.h"
#include "itemmodels/columnmappingmodel.h"
#include "itemmodels/importhistorymodel.h"
#include "itemmodels/importpreviewmodel.h"
#include "itemmodels/importvaluemodel.h"
#include "itemmodels/problemmodel.h"
#include "mainwindow.h"
#include "store/store.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace busola;

namespace {

QString november()
{
    return QStringLiteral(BUSOLA_TEST_DATA "/wizard/tichete-noiembrie.csv");
}

QString december()
{
    return QStringLiteral(BUSOLA_TEST_DATA "/wizard/tichete-decembrie.csv");
}

int count(Store &store, const QString &sql)
{
    QSqlQuery q(store.db());
    if (!q.exec(sql) || !q.next())
        qFatal("%s", qPrintable(sql));
    return q.value(0).toInt();
}

QString text(Store &store, const QString &sql)
{
    QSqlQuery q(store.db());
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("<no row>");
    return q.value(0).toString();
}

template <typename T> T *page(ImportWizard &wizard, int id)
{
    return qobject_cast<T *>(wizard.page(id));
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Store> newStore(QString *location = nullptr)
    {
        const QString path = m_dir.filePath(QStringLiteral("w%1.db").arg(++m_counter));
        if (location)
            *location = path;
        QString error;
        auto store = Store::open(path, &error);
        if (!store)
            qFatal("%s", qPrintable(error));
        return store;
    }

    /// With BUSOLA_SCREENSHOTS=DIR, the page as it looks (docs/wizard-*.png come from here).
    static void shoot(QWidget &widget, const char *name)
    {
        const QString dir = qEnvironmentVariable("BUSOLA_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QCoreApplication::processEvents();
        QVERIFY(
            widget.grab().save(dir + QStringLiteral("/wizard-%1.png").arg(QLatin1String(name))));
    }

    static void next(ImportWizard &wizard)
    {
        QAbstractButton *button = wizard.button(
            wizard.currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
        QVERIFY2(button->isEnabled(), qPrintable(wizard.currentPage()->title()));
        QTest::mouseClick(button, Qt::LeftButton);
    }

    static void back(ImportWizard &wizard)
    {
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    }

    /// Chooses column `column` of the file for the mapping row of field, with the keyboard.
    static void mapByKeyboard(QTableView *view, int row, const QString &typed)
    {
        view->setFocus();
        view->setCurrentIndex(view->model()->index(row, ColumnMappingModel::SourceColumn));
        QTest::keyClick(view, Qt::Key_F2);
        auto *combo = view->findChild<QComboBox *>(QStringLiteral("choiceEditor"));
        QVERIFY(combo);
        QTest::keyClicks(combo, typed);
        QTest::keyClick(combo, Qt::Key_Return);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("busola-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_importwizard"));
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void everyPageFromFileToSummary()
    {
        auto store = newStore();
        ImportWizard wizard(*store);
        wizard.show();
        QCOMPARE(wizard.currentId(), int(FilePageId));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        auto *path = wizard.findChild<QLineEdit *>(QStringLiteral("filePath"));
        path->setText(m_dir.filePath(QStringLiteral("no such file.csv")));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        path->setText(november());
        const QString summary = wizard.findChild<QLabel *>(QStringLiteral("fileSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("Columns: 11.")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Support tickets")), qPrintable(summary));
        next(wizard);

        shoot(wizard, "file");
        // How to read it: detected, with the raw preview; Back and Next again.
        QCOMPARE(wizard.currentId(), int(SourcePageId));
        auto *raw = wizard.findChild<QTableView *>(QStringLiteral("rawPreview"));
        QCOMPARE(raw->model()->rowCount(), 7);
        QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("encoding"))->currentIndex(), 0);
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("sourceInfo"))
                    ->text()
                    .contains(QStringLiteral("UTF-8")));
        shoot(wizard, "source");
        back(wizard);
        QCOMPARE(wizard.currentId(), int(FilePageId));
        next(wizard);
        QCOMPARE(wizard.currentId(), int(SourcePageId));
        next(wizard);

        QCOMPARE(wizard.currentId(), int(DatasetPageId));
        QVERIFY(
            wizard.findChild<QAbstractButton *>(QStringLiteral("dataset_support"))->isChecked());
        next(wizard);

        shoot(wizard, "dataset");
        // Mapping: Observații feeds nothing until mapped to the subject, by keyboard.
        QCOMPARE(wizard.currentId(), int(MappingPageId));
        auto *mapping = page<MappingPage>(wizard, MappingPageId);
        ColumnMappingModel *model = mapping->mappingModel();
        const int subject = model->rowOf(Field::Subject);
        QCOMPARE(model->index(subject, ColumnMappingModel::SourceColumn).data(Qt::EditRole).toInt(),
                 -1);
        auto *view = wizard.findChild<QTableView *>(QStringLiteral("mappingView"));
        mapByKeyboard(view, subject, QStringLiteral("K"));
        QCOMPARE(model->index(subject, ColumnMappingModel::SourceColumn).data(Qt::EditRole).toInt(),
                 10);
        QCOMPARE(wizard.state().settings.columns.at(10).field, Field::Subject);
        // Tab leaves the table for the next control: the page works without a mouse.
        QApplication::setActiveWindow(&wizard);
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_Tab);
        QVERIFY(!view->hasFocus());
        QCOMPARE(model->index(subject, ColumnMappingModel::SampleColumn).data().toString(),
                 QStringLiteral("Factură dublă · Întrebare livrare · Reclamație preț"));
        // The bad dates of T-104 are marked in the parsed preview.
        QCOMPARE(mapping->previewModel()->problemCellCount(), 2);
        view->scrollToTop();
        shoot(wizard, "mapping");
        // Without a creation or first-response column, Next is blocked and says why.
        const int created = model->rowOf(Field::Created);
        const int first = model->rowOf(Field::FirstResponse);
        QVERIFY(model->setData(model->index(created, ColumnMappingModel::SourceColumn), -1));
        QVERIFY(model->setData(model->index(first, ColumnMappingModel::SourceColumn), -1));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        shoot(wizard, "mapping-missing");
        const QString message =
            wizard.findChild<QLabel *>(QStringLiteral("mappingMessage"))->text();
        QVERIFY2(message.contains(QStringLiteral("Created or First response")),
                 qPrintable(message));
        QVERIFY(model->setData(model->index(created, ColumnMappingModel::SourceColumn), 1));
        QVERIFY(model->setData(model->index(first, ColumnMappingModel::SourceColumn), 2));
        wizard.findChild<QLineEdit *>(QStringLiteral("profileName"))
            ->setText(QStringLiteral("Tichete lunare"));
        next(wizard);

        // Values: "Social media" becomes chat.
        QCOMPARE(wizard.currentId(), int(ValuesPageId));
        ImportValueModel *values = page<ValuesPage>(wizard, ValuesPageId)->valueModel();
        int social = -1;
        for (int r = 0; r < values->rowCount(); ++r)
            if (values->entryAt(r).value == QLatin1String("Social media"))
                social = r;
        QVERIFY(social >= 0);
        QVERIFY(values->setData(values->index(social, ImportValueModel::TargetColumn),
                                QStringLiteral("chat")));
        shoot(wizard, "values");
        next(wizard);

        // Validation: a dry run on the worker; nothing written.
        QCOMPARE(wizard.currentId(), int(ValidationPageId));
        auto *validation = page<ValidationPage>(wizard, ValidationPageId);
        QTRY_VERIFY(!validation->isValidating() && wizard.button(QWizard::NextButton)->isEnabled());
        const QString counts =
            wizard.findChild<QLabel *>(QStringLiteral("validationCounts"))->text();
        QVERIFY2(
            counts.contains(QStringLiteral("OK: 5, with warnings: 0, with errors (rejected): 1.")),
            qPrintable(counts));
        QCOMPARE(count(*store, QStringLiteral("SELECT COUNT(*) FROM interactions")), 0);
        QCOMPARE(count(*store, QStringLiteral("SELECT COUNT(*) FROM imports")), 0);
        shoot(wizard, "validation");
        ProblemModel *problems = validation->problemModel();
        QCOMPARE(problems->rowCount(), 2);
        QCOMPARE(problems->index(0, ProblemModel::RowColumn).data().toInt(), 5);
        QCOMPARE(problems->index(0, ProblemModel::ValueColumn).data().toString(),
                 QStringLiteral("31.11.2026 10:00"));
        auto *filter = wizard.findChild<QComboBox *>(QStringLiteral("problemFilter"));
        filter->setCurrentIndex(2); // warnings
        QCOMPARE(problems->rowCount(), 0);
        filter->setCurrentIndex(1); // errors
        QCOMPARE(problems->rowCount(), 2);
        const QString rejects = m_dir.filePath(QStringLiteral("rejected.csv"));
        QString error;
        QVERIFY2(validation->saveRejectedRows(rejects, &error), qPrintable(error));
        QFile rejected(rejects);
        QVERIFY(rejected.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(rejected.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2); // header and T-104
        QVERIFY(lines.at(1).startsWith(QStringLiteral("T-104;")) ||
                lines.at(1).startsWith(QStringLiteral("T-104,")));
        next(wizard);

        // Mode, then an import cancelled before it writes: the store is unchanged.
        QCOMPARE(wizard.currentId(), int(ModePageId));
        QCOMPARE(wizard.button(QWizard::NextButton)->text(), QStringLiteral("&Import"));
        shoot(wizard, "mode");
        auto *progress = page<ProgressPage>(wizard, ProgressPageId);
        QSemaphore gate;
        progress->runner()->setBeforeRunHook([&gate] { gate.acquire(); });
        next(wizard);
        QCOMPARE(wizard.currentId(), int(ProgressPageId));
        QVERIFY(progress->isRunning());
        QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("cancelImportButton")),
                          Qt::LeftButton);
        gate.release();
        QTRY_VERIFY(!progress->isRunning());
        QVERIFY(wizard.state().result.cancelled);
        QCOMPARE(wizard.currentId(), int(ProgressPageId));
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("importStatus"))
                    ->text()
                    .contains(QStringLiteral("cancelled")));
        QCOMPARE(count(*store, QStringLiteral("SELECT COUNT(*) FROM interactions")), 0);
        QCOMPARE(count(*store, QStringLiteral("SELECT COUNT(*) FROM imports")), 0);
        QCOMPARE(count(*store, QStringLiteral("SELECT COUNT(*) FROM import_profiles")), 0);

        shoot(wizard, "cancelled");
        // Back to the mode, and this time the import completes.
        progress->runner()->setBeforeRunHook({});
        back(wizard);
        QCOMPARE(wizard.currentId(), int(ModePageId));
        QSignalSpy imported(&wizard, &ImportWizard::imported);
        next(wizard);
        QTRY_COMPARE(wizard.currentId(), int(SummaryPageId));
        QCOMPARE(imported.count(), 1);
        QCOMPARE(wizard.findChild<QLabel *>(QStringLiteral("summaryCounts"))->text(),
                 QStringLiteral("Added: 5\nUpdated: 0\nUnchanged: 0\nRejected: 1"));
        shoot(wizard, "summary");
        QVERIFY(!wizard.button(QWizard::BackButton)->isEnabled() ||
                !wizard.button(QWizard::BackButton)->isVisible());
        QCOMPARE(count(*store, QStringLiteral("SELECT COUNT(*) FROM interactions")), 5);
        QCOMPARE(text(*store, QStringLiteral("SELECT channel FROM interactions"
                                             " WHERE external_id = 'T-105'")),
                 QStringLiteral("chat"));
        QCOMPARE(text(*store, QStringLiteral("SELECT subject FROM interactions"
                                             " WHERE external_id = 'T-101'")),
                 QStringLiteral("Factură dublă"));
        QCOMPARE(text(*store, QStringLiteral("SELECT name FROM import_profiles")),
                 QStringLiteral("Tichete lunare"));

        // The second month: same header (two columns swapped), three clicks.
        ImportWizard second(*store, december());
        second.show();
        QVERIFY(second.findChild<QLabel *>(QStringLiteral("profileNotice"))
                    ->text()
                    .contains(QStringLiteral("“Tichete lunare”")));
        shoot(second, "profile");
        next(second); // 1
        QCOMPARE(second.currentId(), int(ValidationPageId));
        QTRY_VERIFY(second.button(QWizard::NextButton)->isEnabled());
        next(second); // 2
        QCOMPARE(second.currentId(), int(ModePageId));
        next(second); // 3
        QTRY_COMPARE(second.currentId(), int(SummaryPageId));
        // T-201, T-202 new; T-105 resolved later; T-101 as it was.
        QCOMPARE(second.findChild<QLabel *>(QStringLiteral("summaryCounts"))->text(),
                 QStringLiteral("Added: 2\nUpdated: 1\nUnchanged: 1\nRejected: 0"));
        QCOMPARE(text(*store, QStringLiteral("SELECT channel FROM interactions"
                                             " WHERE external_id = 'T-202'")),
                 QStringLiteral("chat"));
        QCOMPARE(text(*store, QStringLiteral("SELECT agent FROM interactions"
                                             " WHERE external_id = 'T-201'")),
                 QStringLiteral("Ioana Dumitrescu"));
        QCOMPARE(text(*store, QStringLiteral("SELECT subject FROM interactions"
                                             " WHERE external_id = 'T-201'")),
                 QStringLiteral("Retur"));
    }

    void orderLinesAddedUpOnTheValidationPage()
    {
        auto store = newStore();
        ImportWizard wizard(*store, QStringLiteral(BUSOLA_TEST_DATA "/import/comenzi-ro-1250.csv"));
        wizard.show();
        for (int id : {FilePageId, SourcePageId, DatasetPageId, MappingPageId, ValuesPageId}) {
            QCOMPARE(wizard.currentId(), id);
            next(wizard);
        }
        auto *validation = page<ValidationPage>(wizard, ValidationPageId);
        QTRY_VERIFY(!validation->isValidating());
        // C-100 has two lines: nothing can go on until the user says what they are.
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        auto *lines = wizard.findChild<QComboBox *>(QStringLiteral("linesPolicy"));
        QVERIFY(lines->isVisible());
        lines->setCurrentIndex(lines->findData(int(LinesPolicy::Sum)));
        QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("checkAgainButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!validation->isValidating());
        QVERIFY2(
            wizard.button(QWizard::NextButton)->isEnabled(),
            qPrintable(wizard.findChild<QLabel *>(QStringLiteral("validationCounts"))->text()));
        next(wizard);
        next(wizard);
        QTRY_COMPARE(wizard.currentId(), int(SummaryPageId));
        QCOMPARE(wizard.findChild<QLabel *>(QStringLiteral("summaryCounts"))->text(),
                 QStringLiteral("Added: 3\nUpdated: 0\nUnchanged: 0\nRejected: 0"));
        // 1.234,50 + 265,50 lei.
        QCOMPARE(count(*store, QStringLiteral("SELECT amount_minor FROM deals"
                                              " WHERE external_id = 'C-100'")),
                 150000);
    }

    void wizardRemembersItsSize()
    {
        auto store = newStore();
        {
            ImportWizard wizard(*store);
            wizard.show();
            wizard.resize(1111, 777);
            wizard.reject();
        }
        ImportWizard again(*store);
        QCOMPARE(again.size(), QSize(1111, 777));
    }

    void droppedFileOpensTheWizard_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("opens");
        QTest::addRow("csv") << november() << true;
        QTest::addRow("pdf") << m_dir.filePath(QStringLiteral("raport.pdf")) << false;
    }

    void droppedFileOpensTheWizard()
    {
        QFETCH(QString, file);
        QFETCH(bool, opens);
        MainWindow window(newStore());
        window.show();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file)});
        // Offscreen a QDrag never completes: the events go to the window directly.
        QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QCOMPARE(enter.isAccepted(), opens);
        QDropEvent drop(QPointF(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        auto *importPage = qobject_cast<ImportPage *>(window.page(MainWindow::Import));
        QVERIFY(importPage);
        QCOMPARE(importPage->wizard() != nullptr, opens);
        if (!opens)
            return;
        QCOMPARE(window.currentPage(), MainWindow::Import);
        ImportWizard *wizard = importPage->wizard();
        QVERIFY(wizard->isVisible());
        QCOMPARE(wizard->findChild<QLineEdit *>(QStringLiteral("filePath"))->text(), file);
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    }

    void historyListsImportsAndRemovesOne()
    {
        QString location;
        auto store = newStore(&location);
        MainWindow window(std::move(store));
        window.show();
        ImportWizard *wizard = window.openImportWizard(november());
        // Straight through, keeping every guess.
        for (int id : {FilePageId, SourcePageId, DatasetPageId, MappingPageId, ValuesPageId}) {
            QCOMPARE(wizard->currentId(), id);
            next(*wizard);
        }
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        next(*wizard);
        next(*wizard);
        QTRY_COMPARE(wizard->currentId(), int(SummaryPageId));
        auto *importPage = qobject_cast<ImportPage *>(window.page(MainWindow::Import));
        ImportHistoryModel *history = importPage->historyModel();
        QCOMPARE(history->rowCount(), 1);
        QCOMPARE(history->index(0, ImportHistoryModel::InsertedColumn).data().toString(),
                 QStringLiteral("5"));
        // The dashboard button closes the wizard and shows the dashboard.
        QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("dashboardButton")),
                          Qt::LeftButton);
        QCOMPARE(window.currentPage(), MainWindow::Dashboard);
        QTRY_VERIFY(!importPage->wizard());
        QCOMPARE(count(window.store(), QStringLiteral("SELECT COUNT(*) FROM interactions")), 5);

        // Remove it: the confirmation says what will change.
        window.showPage(MainWindow::Import);
        importPage->historyView()->selectRow(0);
        auto *remove = importPage->findChild<QPushButton *>(QStringLiteral("removeImportButton"));
        QVERIFY(remove->isEnabled());
        QString informative;
        QTimer::singleShot(0, this, [&informative] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            informative = box->informativeText();
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                    b->click();
        });
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY2(informative.contains(QStringLiteral("The rows it added (5) are deleted.")),
                 qPrintable(informative));
        QCOMPARE(count(window.store(), QStringLiteral("SELECT COUNT(*) FROM interactions")), 0);
        QCOMPARE(history->index(0, 0).data(ImportHistoryModel::RemovedRole).toBool(), true);
        QVERIFY(!remove->isEnabled());
        shoot(window, "history");
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
