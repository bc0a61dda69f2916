#include "AdjudicationView.h"
#include "HistoryView.h"
#include "StartView.h"
#include "TestSupport.h"
#include "tst_gui_support.h"

#include <QDir>
#include <QStandardPaths>
#include <QTabWidget>

using namespace acta;
using namespace acta::gui;

// Renders each main view of the workstation to PNG for a person to look at (not compared):
// <build>/tests/screenshots/station-*.png
class TestGuiScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void eachMainView();

private:
    void shoot(QWidget &w, const QString &name);
    std::optional<SampleElection> m_sample;
};

void TestGuiScreenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Result<SampleElection> sample = SampleElection::load();
    QVERIFY_OK(sample);
    m_sample = std::move(sample).value();
    QVERIFY(QDir().mkpath(QStringLiteral("screenshots")));
}

void TestGuiScreenshots::shoot(QWidget &w, const QString &name)
{
    QTest::qWait(50);
    const QString file = QStringLiteral("screenshots/station-%1.png").arg(name);
    QVERIFY(w.grab().save(file));
    QVERIFY(QFileInfo(file).size() > 1000);
}

void TestGuiScreenshots::eachMainView()
{
    guitest::Fixture f;
    StationWindow w(*m_sample, f.env);
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    shoot(w, QStringLiteral("1-start"));
    QVERIFY(w.openStation(DemoStation::passphrase()));
    shoot(w, QStringLiteral("2-login"));

    QVERIFY(guitest::login(w, "capturista1"));
    auto [path1, page1] = f.writeActa(3);
    auto [path2, page2] = f.writeActa(4);
    GeneratedPage blank = imagingtest::generatePage(PageGenerator::badDefects(PageDefects::Bad::TooDark, 9), 9);
    const QString bad = f.dir.filePath(QStringLiteral("dark.png"));
    QFile b(bad);
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write(blank.bytes);
    b.close();
    QVERIFY(guitest::importAndWait(w, {path1, path2, bad}));
    QVERIFY(w.showView(StationWindow::View::Intake));
    shoot(w, QStringLiteral("3-intake"));

    QVERIFY(w.showView(StationWindow::View::Entry1));
    QVERIFY(w.entryView(1)->openActa(page1.acta.toString()));
    QTest::keyClick(w.entryView(1)->inputs().first(), Qt::Key_Return);
    shoot(w, QStringLiteral("4-entry1"));
    // Finish entry 1 of both, for entry 2 and the dispute.
    for (const GeneratedPage *p : {&page1, &page2}) {
        QVERIFY(w.entryView(1)->openActa(p->acta.toString()));
        for (const TemplateField &tf : m_sample->election.allFields())
            w.entryView(1)->input(tf.id)->setValue(p->truth.value(tf.id));
        QVERIFY(w.entryView(1)->save());
    }

    w.logout();
    shoot(w, QStringLiteral("5-logged-out"));
    QVERIFY(guitest::login(w, "capturista2"));
    QVERIFY(w.showView(StationWindow::View::Entry2));
    QVERIFY(w.entryView(2)->openActa(page2.acta.toString()));
    const QList<TemplateField> fields = m_sample->election.allFields();
    for (int i = 0; i < fields.size(); ++i) {
        const FieldValue v = page2.truth.value(fields.at(i).id);
        w.entryView(2)->input(fields.at(i).id)->setValue(i == 2 ? FieldValue::number(v.countedValue() + 1) : v);
    }
    QVERIFY(w.entryView(2)->openActa(page1.acta.toString()) || true);
    QVERIFY(w.entryView(2)->openActa(page2.acta.toString()));
    guitest::typeValue(w.entryView(2)->inputs().at(0), page2.truth.value(fields.at(0).id));
    shoot(w, QStringLiteral("6-entry2"));
    for (int i = 0; i < fields.size(); ++i) {
        const FieldValue v = page2.truth.value(fields.at(i).id);
        w.entryView(2)->input(fields.at(i).id)->setValue(i == 2 ? FieldValue::number(v.countedValue() + 1) : v);
    }
    QVERIFY(w.entryView(2)->save());

    w.logout();
    QVERIFY(guitest::login(w, "supervisor1"));
    QVERIFY(w.showView(StationWindow::View::Adjudication));
    QVERIFY(w.adjudicationView()->openActa(page2.acta.toString()));
    shoot(w, QStringLiteral("7-adjudication"));
    QVERIFY(w.showView(StationWindow::View::History));
    QVERIFY(w.historyView()->showActa(page1.acta.toString()));
    shoot(w, QStringLiteral("8-history"));
    QVERIFY(w.showView(StationWindow::View::Election));
    shoot(w, QStringLiteral("8b-election"));
    w.lock();
    shoot(w, QStringLiteral("9-locked"));
}

QTEST_MAIN(TestGuiScreenshots)
#include "tst_gui_screenshots.moc"
