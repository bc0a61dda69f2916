#include "AdjudicationView.h"
#include "DashboardView.h"
#include "HistoryView.h"
#include "StartView.h"
#include "TestSupport.h"
#include "tst_gui_support.h"

#include <QDir>
#include <QStandardPaths>
#include <QTabWidget>

#include <functional>

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
    void dashboard();

private:
    void shoot(QWidget &w, const QString &name);
    std::optional<Election> m_sample;
};

void TestGuiScreenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Result<Election> sample = Election::sample();
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

// The supervisor dashboard after two hours of a busy station: 45 actas over three districts,
// three clerks, disputes, sin acta, one fuera de catálogo, part of the outbox acknowledged.
void TestGuiScreenshots::dashboard()
{
    guitest::Fixture f;
    StationWindow w(*m_sample, f.env);
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openStation(DemoStation::passphrase()));
    Session &s = *w.session();
    const User admin = *s.users().find(QStringLiteral("admin"));
    QVERIFY_OK(s.users().add(admin, QStringLiteral("capturista3"), QStringLiteral("Third demo clerk"), Role::Clerk,
                             SecureBytes::fromUtf8(DemoStation::password())));
    const QList<User> clerks {*s.users().find(QStringLiteral("capturista1")),
                              *s.users().find(QStringLiteral("capturista2")),
                              *s.users().find(QStringLiteral("capturista3"))};
    const User supervisor = *s.users().find(QStringLiteral("supervisor1"));
    ActaRepository &actas = s.actas();
    const QList<TemplateField> votes = m_sample->election.voteFields();
    auto tally = [&votes](qint64 each, int seed) {
        Tally t;
        for (int i = 0; i < votes.size(); ++i)
            t.set(votes.at(i).id, FieldValue::number(each + (i * 7 + seed) % 11));
        return t;
    };

    // Events in time order: (seconds after 14:00 UTC = 08:00 station time, what happens).
    QList<std::pair<qint64, std::function<void()>>> events;
    auto must = [](const auto &r) {
        if (!r.isOk())
            qFatal("%s", qPrintable(r.error()));
    };
    QList<const CasillaInfo *> casillas;
    for (int d = 1; d <= 3; ++d) {
        int taken = 0;
        for (const CasillaInfo &c : m_sample->catalog.casillas())
            if (c.district == d && taken < 15) {
                casillas << &c;
                ++taken;
            }
    }
    for (int i = 0; i < casillas.size(); ++i) {
        const QString clave = ActaKey::make(casillas.at(i)->key, m_sample->election.actaType())->toString();
        const qint64 t = qint64(i) * 150 + (i % 4) * 40;
        const User &first = clerks.at(i % 3);
        const User &second = clerks.at((i + 1) % 3);
        events.append({t, [&, clave, first, i] {
                           must(actas.receive(first, *ActaKey::parse(clave), m_sample->election.id(), true));
                           if (i % 11 == 10)
                               must(actas.recordSinActa(first, clave, SinActaReason::CasillaNoInstalada));
                           else
                               must(actas.fire(first, clave, ActaWorkflow::Trigger::AcceptImage));
                       }});
        if (i % 11 == 10 || i >= 40)
            continue; // sin acta, or still waiting for entry 1
        const Tally right = i % 9 == 4 ? tally(90, i) : tally(8, i); // some exceed the lista nominal
        events.append({t + 420, [&, clave, first, right] {
                           must(actas.submitEntry1(first, clave, right));
                       }});
        if (i >= 36)
            continue; // waiting for entry 2
        const bool differ = i % 5 == 2;
        Tally typed = right;
        if (differ)
            typed.set(votes.first().id, FieldValue::number(right.value(votes.first().id).countedValue() + 10));
        events.append({t + 900, [&, clave, second, typed] {
                           must(actas.submitEntry2(second, clave, typed));
                       }});
        if (differ && i < 30) {
            Tally decided = right;
            if (i % 2 == 0)
                decided.set(votes.at(3).id, FieldValue::ilegible());
            events.append({t + 1500, [&, clave, decided] {
                               must(actas.adjudicate(supervisor, clave, decided, QStringLiteral("read on the sheet")));
                           }});
        }
    }
    events.append({2500, [&] {
                       const QString outside = QStringLiteral("219999B010002");
                       must(actas.receive(clerks.first(), *ActaKey::parse(outside), m_sample->election.id(), true));
                       must(actas.fire(clerks.first(), outside, ActaWorkflow::Trigger::MarkFueraDeCatalogo));
                   }});
    std::stable_sort(events.begin(), events.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    const QDateTime start(QDate(2027, 6, 6), QTime(14, 0), Qt::UTC);
    for (const auto &[at, happen] : events) {
        f.clock.set(start.addSecs(at));
        happen();
    }
    // The hub acknowledged what was queued in the first hour.
    QVERIFY_OK(s.station().database().exec(
        QStringLiteral("UPDATE sync_outbox SET acked_at = created_at WHERE created_at < '2027-06-06T15:00:00.000Z'")));
    f.clock.set(start.addSecs(2 * 3600 + 10 * 60));

    QVERIFY(guitest::login(w, "supervisor1"));
    QVERIFY(w.showView(StationWindow::View::Dashboard));
    shoot(w, QStringLiteral("10-dashboard"));
    auto *tabs = w.dashboardView()->findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    QVERIFY(tabs);
    tabs->setCurrentIndex(1);
    shoot(w, QStringLiteral("10b-dashboard-inconsistencies"));
    tabs->setCurrentIndex(2);
    shoot(w, QStringLiteral("10c-dashboard-clerks"));
}

QTEST_MAIN(TestGuiScreenshots)
#include "tst_gui_screenshots.moc"
