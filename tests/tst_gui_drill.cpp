// The trainer's screen end to end: a trainer generates a drill in the demo drill station and
// starts it, its scans reach the hot folder, two clerks work them, and the trainer's report shows
// their work against the answer key (with the chart; screenshots in <build>/tests/screenshots).
#include "DrillChart.h"
#include "DrillGenerator.h"
#include "DrillKeyFile.h"
#include "HotFolder.h"
#include "Language.h"
#include "TestSupport.h"
#include "TrainerView.h"
#include "tst_gui_support.h"

#include <QApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLayout>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>

using namespace acta;
using namespace acta::gui;

class TestGuiDrill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void trainerGeneratesRunsAndScoresADrill();
    void productionStationHasNoDrillScreen();

private:
    void typeEntry(EntryView *view, const Tally &values);
    std::optional<Election> m_sample;
};

void TestGuiDrill::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sample = Election::sample().value();
    QVERIFY(QDir().mkpath(QStringLiteral("screenshots")));
}

void TestGuiDrill::typeEntry(EntryView *view, const Tally &values)
{
    for (const TemplateField &f : m_sample->election.allFields()) {
        FieldInput *in = view->input(f.id);
        QVERIFY(in);
        if (!in->isVisibleTo(view))
            continue;
        const FieldValue v = values.value(f.id);
        if (in->value() && *in->value() == v)
            QTest::keyClick(in, Qt::Key_Return);
        else
            guitest::typeValue(in, v);
    }
}

void TestGuiDrill::trainerGeneratesRunsAndScoresADrill()
{
    guitest::Fixture f;
    f.env.mode = StationMode::Drill;
    f.env.drillsFolder = f.dir.filePath(QStringLiteral("simulacros"));
    StationWindow w(*m_sample, f.env);
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openStation(DemoStation::passphrase()));
    QVERIFY(guitest::login(w, "capacitador1"));
    TrainerView *trainer = w.trainerView();
    QVERIFY(trainer);
    QCOMPARE(w.findChild<QTabWidget *>(QStringLiteral("workTabs"))->currentWidget(), trainer);

    // Three actas, one of them fed upside down.
    trainer->findChild<QSpinBox *>(QStringLiteral("actasSpin"))->setValue(3);
    trainer->findChild<QSpinBox *>(QStringLiteral("seedSpin"))->setValue(4);
    auto *shares = trainer->findChild<QTableWidget *>(QStringLiteral("sharesTable"));
    for (int row = 0; row < shares->rowCount(); ++row)
        static_cast<QDoubleSpinBox *>(shares->cellWidget(row, 1))
            ->setValue(row + 1 == int(Contingency::UpsideDown) ? 34 : 0);
    f.dialogs.passphrases = {QStringLiteral("clave del capacitador"), QStringLiteral("clave del capacitador")};
    QSignalSpy generated(trainer, &TrainerView::generationFinished);
    trainer->generate();
    QVERIFY(trainer->generating());
    QVERIFY(generated.wait(180000));
    QVERIFY2(generated.first().first().toBool(), qPrintable(trainer->message()));
    const StoredDrill stored = w.session()->station().drills().find().value();
    QVERIFY(!stored.answerKey.contains("truth")); // sealed, not JSON
    const DrillKey key
        = DrillKeyFile::open(stored.answerKey, SecureBytes::fromUtf8(QStringLiteral("clave del capacitador")),
                             QStringLiteral("store"))
              .value();
    QCOMPARE(key.pages.size(), qsizetype(3));
    // The clerks' folder holds the scans and nothing of the key.
    const QString drillFolder = QDir(f.env.drillsFolder).filePath(key.drillId);
    QCOMPARE(QDir(QDir(drillFolder).filePath(DrillGenerator::scansFolderName())).entryList(QDir::Files).size(), 3);
    QVERIFY(!QDir(drillFolder).entryList(QDir::Files).join(QLatin1Char(' ')).contains(QLatin1String("clave")));

    // The night in one minute: every scan in the hot folder once the clock says so.
    trainer->findChild<QSpinBox *>(QStringLiteral("minutesSpin"))->setValue(1);
    QSignalSpy finished(trainer, &TrainerView::drillFinished);
    QVERIFY2(trainer->startDrill(), qPrintable(trainer->message()));
    f.clock.advanceSeconds(61);
    QVERIFY(finished.wait(10000));
    QCOMPARE(QDir(f.env.hotFolder).entryList({QStringLiteral("*.jpg")}, QDir::Files).size(), 3);

    // The clerks work the night as usual: the hot folder, entry 1, blind entry 2.
    w.logout();
    QVERIFY(guitest::login(w, "capturista1"));
    QSignalSpy batch(w.intakeView(), &IntakeView::batchFinished);
    QVERIFY(w.hotFolder()->scan().isEmpty()); // seen once: taken when it has not changed since
    QCOMPARE(w.hotFolder()->scan().size(), 3);
    QVERIFY(batch.wait(180000));
    for (int e = 1; e <= 2; ++e) {
        if (e == 2) {
            w.logout();
            QVERIFY(guitest::login(w, "capturista2"));
        }
        QVERIFY(w.showView(e == 1 ? StationWindow::View::Entry1 : StationWindow::View::Entry2));
        EntryView *view = w.entryView(e);
        view->refreshQueue();
        QCOMPARE(view->queue().size(), 3);
        for (const DrillPage &p : key.pages) {
            QVERIFY(view->openActa(p.clave));
            f.clock.advanceSeconds(40);
            typeEntry(view, p.truth);
            QVERIFY2(view->save(), qPrintable(view->message()));
        }
    }

    w.logout();
    QVERIFY(guitest::login(w, "capacitador1"));
    QVERIFY(w.showView(StationWindow::View::Training));
    // Another login: the key is sealed in the store again, and only the trainer's passphrase opens it.
    QVERIFY(!trainer->score());
    f.dialogs.passphrases = {QStringLiteral("a clerk's guess")};
    QVERIFY(!trainer->score());
    QVERIFY2(trainer->message().contains(QLatin1String("does not open")), qPrintable(trainer->message()));
    f.dialogs.passphrases = {QStringLiteral("clave del capacitador")};
    QVERIFY2(trainer->score(), qPrintable(trainer->message()));
    const DrillReport &report = *trainer->report();
    QCOMPARE(report.actasInKey, 3);
    QVERIFY(report.unfinished.isEmpty());
    QCOMPARE(report.clerks.size(), qsizetype(2));
    for (const DrillReport::ClerkScore &c : report.clerks) {
        QCOMPARE(c.entries, 3);
        QCOMPARE(c.fieldsWrong, 0);
        QVERIFY(c.keystrokes.value_or(0) > 0); // measured by the entry view as they typed
        QVERIFY(c.secondsPerEntry.has_value());
    }
    QCOMPARE(report.contingencySummary.size(), qsizetype(1));
    QCOMPARE(report.contingencySummary.first().kind, QStringLiteral("upside_down"));
    QCOMPARE(report.contingencySummary.first().right, 1);
    QCOMPARE(report.progress.at(2).total(), 3); // verified
    QCOMPARE(trainer->findChild<DrillChart *>()->series().at(2).total(), 3);

    f.dialogs.nextSave = QDir(drillFolder).filePath(QStringLiteral("informe.pdf"));
    QVERIFY2(trainer->exportPdf(), qPrintable(trainer->message()));
    QVERIFY(QFileInfo(f.dialogs.nextSave).size() > 1000);
    QVERIFY(f.dialogs.lastSuggestedPath.contains(QLatin1String("SIMULACRO")));

    for (const QString &language : {QStringLiteral("es_MX"), QStringLiteral("en")}) {
        QVERIFY(Language::install(QCoreApplication::instance(), language));
        QTest::qWait(300); // the language change reaches every label and the layouts settle
        w.layout()->activate();
        const QString file = QStringLiteral("screenshots/station-trainer-%1.png").arg(language);
        QVERIFY(w.grab().save(file));
    }
}

void TestGuiDrill::productionStationHasNoDrillScreen()
{
    guitest::Fixture f;
    f.env.mode = StationMode::Production;
    Station::initialise(f.env.stationDirectory, QStringLiteral("CATD"),
                        SecureBytes::fromUtf8(DemoStation::passphrase()), QStringLiteral("admin"),
                        SecureBytes::fromUtf8(DemoStation::password()), f.clock, f.env.stationOptions)
        .value();
    StationWindow w(*m_sample, f.env);
    QVERIFY(w.openStation(DemoStation::passphrase()));
    QCOMPARE(w.trainerView(), nullptr);
}

QTEST_MAIN(TestGuiDrill)
#include "tst_gui_drill.moc"
