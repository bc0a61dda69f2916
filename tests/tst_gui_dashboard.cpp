#include "AuditLog.h"
#include "DashboardView.h"
#include "Language.h"
#include "ProgressChart.h"
#include "TestSupport.h"
#include "TrainerView.h"
#include "tst_gui_support.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>

using namespace acta;
using namespace acta::gui;
using Table = DashboardView::Table;

// The supervisor dashboard in the station window, offscreen: four actas of the sample
// election go through intake, entries and adjudication; the supervisor's dashboard shows them,
// exports a table through the file dialog seam, refreshes by itself while shown; a clerk cannot
// open it and a trainer sees it without exporting.
class TestGuiDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void supervisorSeesTheFigures();
    void exportWritesCsv();
    void refreshesWhileShownOnly();
    void clerkCannotOpenIt();
    void trainerSeesButDoesNotExport();
    void clerksChargedOnlyAfterTheDecision();
    void usableOnSmallScreens_data();
    void usableOnSmallScreens();
    void retranslatesWhatIsShown();

private:
    struct Actas
    {
        QString verified; // district 1: entries equal
        QString adjudicated; // district 1: entries differ, decided with ILEGIBLE and SIN DATO
        QString digitized; // district 2: waiting for entry 1
        QString sinActa; // district 3: recorded as sin acta
    };
    std::unique_ptr<StationWindow> startWindow(guitest::Fixture &f);
    Actas putActasThrough(guitest::Fixture &f, StationWindow &w);
    QString firstCasillaOf(int district) const;
    QString cell(Table t, const StationWindow &w, int row, int column) const;
    int rowOf(const QTableWidget *t, const QString &firstCell) const;

    std::optional<Election> m_sample;
};

void TestGuiDashboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Result<Election> sample = Election::sample();
    QVERIFY_OK(sample);
    m_sample = std::move(sample).value();
}

std::unique_ptr<StationWindow> TestGuiDashboard::startWindow(guitest::Fixture &f)
{
    auto w = std::make_unique<StationWindow>(*m_sample, f.env);
    w->resize(1280, 800);
    w->show();
    w->activateWindow(); // mnemonics (Alt+letter) need an active window
    if (!QTest::qWaitForWindowActive(w.get()))
        qWarning("window not active");
    if (!w->openStation(DemoStation::passphrase()))
        qFatal("cannot open the demo station");
    return w;
}

QString TestGuiDashboard::firstCasillaOf(int district) const
{
    for (const CasillaInfo &c : m_sample->catalog.casillas())
        if (c.district == district && c.key.type() == CasillaType::Basica)
            return c.key.toString();
    return {};
}

QString TestGuiDashboard::cell(Table t, const StationWindow &w, int row, int column) const
{
    const QTableWidgetItem *item = w.dashboardView()->table(t)->item(row, column);
    return item ? item->text() : QStringLiteral("<none>");
}

int TestGuiDashboard::rowOf(const QTableWidget *t, const QString &firstCell) const
{
    for (int r = 0; r < t->rowCount(); ++r)
        if (t->item(r, 0) && t->item(r, 0)->text() == firstCell)
            return r;
    return -1;
}

// Actas go through the station's repository as the views would put them, on the fixture's
// clock: 18:00 intake, 18:10 entries 1, 18:20 entries 2, 18:30 adjudication, now 18:40.
TestGuiDashboard::Actas TestGuiDashboard::putActasThrough(guitest::Fixture &f, StationWindow &w)
{
    auto must = [](const auto &r) {
        if (!r.isOk())
            qFatal("%s", qPrintable(r.error()));
    };
    Session &s = *w.session();
    ActaRepository &actas = s.actas();
    const User clerk1 = *s.users().find(QStringLiteral("capturista1"));
    const User clerk2 = *s.users().find(QStringLiteral("capturista2"));
    const User supervisor = *s.users().find(QStringLiteral("supervisor1"));
    const int type = m_sample->election.actaType();
    auto clave = [type](const QString &casilla) {
        return ActaKey::make(*CasillaKey::parse(casilla), type)->toString();
    };
    const QString d1 = firstCasillaOf(1);
    const QString d1b = d1.left(6) + QStringLiteral("C0100"); // its contigua
    if (!m_sample->catalog.contains(d1b))
        qFatal("the sample catalog has no %s", qPrintable(d1b));
    Actas a {clave(d1), clave(d1b), clave(firstCasillaOf(2)), clave(firstCasillaOf(3))};

    f.clock.set(QDateTime(QDate(2027, 6, 6), QTime(18, 0), Qt::UTC));
    for (const QString &k : {a.verified, a.adjudicated, a.digitized}) {
        must(actas.receive(clerk1, *ActaKey::parse(k), m_sample->election.id(), true)); // the demo is a drill station
        must(actas.fire(clerk1, k, ActaWorkflow::Trigger::AcceptImage));
    }
    if (!guitest::login(w, "capturista1")
        || !w.intakeView()->recordSinActa(firstCasillaOf(3), SinActaReason::PaqueteNoEntregado))
        qFatal("sin acta not recorded: %s", qPrintable(w.intakeView()->summary()));
    w.logout();

    Tally clean;
    for (const TemplateField &tf : m_sample->election.voteFields())
        clean.set(tf.id, FieldValue::number(5));
    Tally other = clean;
    other.set(QStringLiteral("PLU"), FieldValue::number(50));
    Tally decided = clean;
    decided.set(QStringLiteral("PLU"), FieldValue::ilegible());
    decided.set(QStringLiteral("NULOS"), FieldValue::sinDato());

    f.clock.set(QDateTime(QDate(2027, 6, 6), QTime(18, 10), Qt::UTC));
    must(actas.submitEntry1(clerk1, a.verified, clean));
    must(actas.submitEntry1(clerk1, a.adjudicated, clean));
    f.clock.set(QDateTime(QDate(2027, 6, 6), QTime(18, 20), Qt::UTC));
    must(actas.submitEntry2(clerk2, a.verified, clean));
    must(actas.submitEntry2(clerk2, a.adjudicated, other));
    f.clock.set(QDateTime(QDate(2027, 6, 6), QTime(18, 30), Qt::UTC));
    must(actas.adjudicate(supervisor, a.adjudicated, decided, QStringLiteral("PLU box torn, NULOS empty")));
    f.clock.set(QDateTime(QDate(2027, 6, 6), QTime(18, 40), Qt::UTC));
    return a;
}

void TestGuiDashboard::supervisorSeesTheFigures()
{
    guitest::Fixture f;
    auto w = startWindow(f);
    const Actas a = putActasThrough(f, *w);
    QVERIFY(guitest::login(*w, "supervisor1"));
    QVERIFY(w->viewAllowed(StationWindow::View::Dashboard));
    QSignalSpy refreshed(w->dashboardView(), &DashboardView::refreshed);
    QVERIFY(w->showView(StationWindow::View::Dashboard));
    QCOMPARE(refreshed.size(), 1); // shown: read at once
    DashboardView *d = w->dashboardView();
    QVERIFY(d->isVisible());

    // States: every state listed, then the total.
    QTableWidget *states = d->table(Table::States);
    QCOMPARE(states->rowCount(), int(ActaWorkflow::allStates().size()) + 1);
    QCOMPARE(cell(Table::States, *w, rowOf(states, QStringLiteral("Digitized")), 1), QStringLiteral("1"));
    QCOMPARE(cell(Table::States, *w, rowOf(states, QStringLiteral("Queued for sync")), 1), QStringLiteral("3"));
    QCOMPARE(cell(Table::States, *w, rowOf(states, QStringLiteral("In dispute")), 1), QStringLiteral("0"));
    QCOMPARE(cell(Table::States, *w, rowOf(states, QStringLiteral("Total")), 1), QStringLiteral("4"));

    // Districts of the sample catalog (779, 762 and 751 casillas; their 1, 2 and 4 special casillas
    // fill an RP acta too), then the total.
    QTableWidget *districts = d->table(Table::Districts);
    QCOMPARE(districts->rowCount(), 4);
    const QStringList header {QStringLiteral("District"),   QStringLiteral("Name"),       QStringLiteral("Expected"),
                              QStringLiteral("Received"),   QStringLiteral("Received %"), QStringLiteral("Verified"),
                              QStringLiteral("Verified %"), QStringLiteral("Counted"),    QStringLiteral("Counted %")};
    for (int c = 0; c < header.size(); ++c)
        QCOMPARE(districts->horizontalHeaderItem(c)->text(), header.at(c));
    auto row = [&](int r) {
        QStringList cells;
        for (int c = 0; c < districts->columnCount(); ++c)
            cells << cell(Table::Districts, *w, r, c);
        return cells.join(QLatin1Char('|'));
    };
    QCOMPARE(row(0), QStringLiteral("1|Valle de Azahares|780|2|0.2|2|0.2|2|0.2"));
    QCOMPARE(row(1), QStringLiteral("2|Puerto Almendro|764|1|0.1|0|0.0|0|0.0"));
    QCOMPARE(row(2), QStringLiteral("3|Sierra del Colibrí|755|1|0.1|0|0.0|0|0.0"));
    QCOMPARE(row(3), QStringLiteral("Total||2299|4|0.1|2|0.0|2|0.0"));

    // Inconsistencies: the adjudicated acta (counted) and the sin acta (not counted).
    QTableWidget *inc = d->table(Table::Inconsistencies);
    QCOMPARE(inc->rowCount(), 2);
    QCOMPARE(cell(Table::Inconsistencies, *w, 0, 0), a.adjudicated);
    QCOMPARE(cell(Table::Inconsistencies, *w, 0, 1), QStringLiteral("1"));
    QCOMPARE(cell(Table::Inconsistencies, *w, 0, 3), QStringLiteral("Ilegible, Sin dato"));
    QCOMPARE(cell(Table::Inconsistencies, *w, 0, 4), QStringLiteral("Yes"));
    QCOMPARE(cell(Table::Inconsistencies, *w, 0, 5), QString());
    QCOMPARE(cell(Table::Inconsistencies, *w, 1, 0), a.sinActa);
    QCOMPARE(cell(Table::Inconsistencies, *w, 1, 3), QStringLiteral("Sin Acta (Paquete no Entregado)"));
    QCOMPARE(cell(Table::Inconsistencies, *w, 1, 4), QStringLiteral("No"));
    QCOMPARE(cell(Table::Inconsistencies, *w, 1, 5), QStringLiteral("No acta: package not delivered"));
    auto *tabs = d->findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(1), QStringLiteral("Inconsistencies (2)"));

    // Clerks: the disputed acta was decided with figures neither clerk typed (PLU illegible,
    // NULOS empty): both were wrong there, once each in two actas.
    QTableWidget *clerks = d->table(Table::Clerks);
    QCOMPARE(clerks->rowCount(), 3);
    auto clerkRow = [&](const char *user) {
        const int r = rowOf(clerks, QLatin1String(user));
        QStringList cells;
        for (int c = 3; c < clerks->columnCount(); ++c) // entry 1 ... disagreement %
            cells << cell(Table::Clerks, *w, r, c);
        return cells.join(QLatin1Char('|'));
    };
    // entry 1 | entry 2 | adjudications | last hour | per hour | compared | disagreements | pending | %
    QCOMPARE(clerkRow("capturista1"), QStringLiteral("2|0|0|2|—|2|1|0|50.0"));
    QCOMPARE(clerkRow("capturista2"), QStringLiteral("0|2|0|2|—|2|1|0|50.0"));
    QCOMPARE(clerkRow("supervisor1"), QStringLiteral("0|0|1|0|—|0|0|0|—"));
    QCOMPARE(cell(Table::Clerks, *w, rowOf(clerks, QStringLiteral("capturista1")), 2), QStringLiteral("Clerk"));

    // Sync: three records waiting since 18:00 UTC (12:00 station time), 40 minutes.
    QTableWidget *sync = d->table(Table::Sync);
    QCOMPARE(sync->rowCount(), 5);
    QCOMPARE(cell(Table::Sync, *w, 0, 1), QStringLiteral("3"));
    QCOMPARE(cell(Table::Sync, *w, 1, 1), QStringLiteral("0"));
    QCOMPARE(cell(Table::Sync, *w, 2, 1), QStringLiteral("2027-06-06 12:00"));
    QCOMPARE(cell(Table::Sync, *w, 3, 1), QStringLiteral("40"));
    QCOMPARE(cell(Table::Sync, *w, 4, 1), QStringLiteral("—"));

    // The chart: all four received at 18:00, verified at 18:20 and 18:30; it ends at now (18:40 on
    // the session clock), with no bucket nor axis mark after it.
    const ProgressSeries &series = d->chart()->series();
    QCOMPARE(series.bucketMinutes, 10);
    QVERIFY(!series.points.isEmpty());
    const QDateTime now = w->session()->clock().nowUtc();
    QCOMPARE(series.points.size(), 4);
    QCOMPARE(series.points.last().at, now);
    for (const ProgressPoint &p : series.points)
        QVERIFY2(p.at <= now, qPrintable(p.at.toString(Qt::ISODate)));
    const QList<QDateTime> marks = ProgressChart::boundaries(series);
    QCOMPARE(marks.size(), 5); // 18:00 ... 18:40
    QCOMPARE(marks.last(), now);
    f.clock.set(now.addSecs(5 * 60)); // 18:45: the last bucket is cut at now
    QVERIFY(d->refresh());
    QCOMPARE(d->chart()->series().points.last().at, now.addSecs(5 * 60));
    QCOMPARE(ProgressChart::boundaries(d->chart()->series()).last(), now);
    QVERIFY(d->chart()->grab().size().isValid()); // paints with a partial last bucket
    QCOMPARE(series.points.last().received, 4);
    QCOMPARE(series.points.last().verified, 2);
    QVERIFY(d->chart()->accessibleDescription().contains(QStringLiteral("4 actas received, 2 verified")));

    auto *summary = d->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(QStringLiteral("<b>4</b> of 2299 expected actas received (0.1 %)")),
             qPrintable(summary->text()));
}

void TestGuiDashboard::exportWritesCsv()
{
    guitest::Fixture f;
    auto w = startWindow(f);
    const Actas a = putActasThrough(f, *w);
    QVERIFY(guitest::login(*w, "supervisor1"));
    QVERIFY(w->showView(StationWindow::View::Dashboard));
    DashboardView *d = w->dashboardView();

    // Through the Export button of the visible tab, as a person does; the dialog is scripted.
    const QString path = f.dir.filePath(QStringLiteral("inconsistencies.csv"));
    f.dialogs.nextSave = path;
    auto *tabs = d->findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    tabs->setCurrentIndex(1);
    auto *button = d->findChild<QPushButton *>(QStringLiteral("exportInconsistenciesButton"));
    QVERIFY(button && button->isEnabled() && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY2(QFile::exists(path), qPrintable(d->message()));
    // The demo is a drill station: its exports say so in the name and before any figure.
    QVERIFY(
        f.dialogs.lastSuggestedPath.endsWith(QStringLiteral("SIMULACRO-dashboard-inconsistencies-20270606-1240.csv")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray expected = "# SIMULACRO: drill figures, not results\r\n"
                                "Acta,District,State,Observaciones,Counted,Why not counted\r\n"
        + a.adjudicated.toLatin1() + ",1,Queued for sync,\"Ilegible, Sin dato\",Yes,\r\n" + a.sinActa.toLatin1()
        + ",3,Queued for sync,Sin Acta (Paquete no Entregado),No,No acta: package not delivered\r\n";
    QCOMPARE(file.readAll(), expected);
    QVERIFY(d->message().contains(QStringLiteral("2 row(s)")) || d->message().contains(QStringLiteral("2 rows")));

    // Districts by keyboard: Alt+D is the button's mnemonic on the first tab. Non-ASCII names
    // come out as UTF-8; the "—" of nothing expected is an empty field.
    tabs->setCurrentIndex(0);
    const QString districtsPath = f.dir.filePath(QStringLiteral("districts")); // no suffix: .csv is added
    f.dialogs.nextSave = districtsPath;
    QTest::keyClick(w.get(), Qt::Key_D, Qt::AltModifier);
    QFile districts(districtsPath + QStringLiteral(".csv"));
    QTRY_VERIFY(districts.exists()); // a mnemonic clicks the button after its short animation
    QVERIFY2(districts.open(QIODevice::ReadOnly), qPrintable(d->message()));
    const QByteArray csv = districts.readAll();
    QVERIFY(csv.startsWith("# SIMULACRO: drill figures, not results\r\n"
                           "District,Name,Expected,Received,Received %,Verified,Verified %,Counted,Counted %\r\n"
                           "1,Valle de Azahares,780,2,0.2,2,0.2,2,0.2\r\n"));
    QVERIFY(csv.contains(QStringLiteral("3,Sierra del Colibrí,755,1,0.1,0,0.0,0,0.0\r\n").toUtf8()));
    QVERIFY(csv.endsWith("Total,,2299,4,0.1,2,0.0,2,0.0\r\n"));

    // The clerks table: "—" (no pace yet) exports as an empty field.
    const QByteArray clerksCsv = DashboardView::toCsv(d->table(Table::Clerks));
    QVERIFY(clerksCsv.contains("supervisor1,Demo supervisor,Supervisor,0,0,1,0,,0,0,0,\r\n"));

    // Each export is in the audit log, by whom, with the file's hash.
    Result<QList<AuditLog::Entry>> log = AuditLog::entries(w->session()->station().database());
    QVERIFY_OK(log);
    QList<QJsonObject> exports;
    for (const AuditLog::Entry &e : *log)
        if (e.action == QLatin1String(AuditAction::Export))
            exports << QJsonDocument::fromJson(e.details.toUtf8()).object();
    QCOMPARE(exports.size(), 2);
    QCOMPARE(exports.at(0).value(QStringLiteral("table")).toString(), QStringLiteral("inconsistencyTable"));
    QCOMPARE(exports.at(0).value(QStringLiteral("rows")).toInt(), 2);
    QCOMPARE(exports.at(0).value(QStringLiteral("sha256")).toString(),
             QString::fromLatin1(QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(exports.at(1).value(QStringLiteral("file")).toString(), QStringLiteral("districts.csv"));

    // Cancelled: nothing written, nothing recorded.
    f.dialogs.nextSave.clear();
    QVERIFY(!d->exportCsv(Table::States));
    log = AuditLog::entries(w->session()->station().database());
    QVERIFY_OK(log);
    qsizetype after = 0;
    for (const AuditLog::Entry &e : *log)
        after += e.action == QLatin1String(AuditAction::Export) ? 1 : 0;
    QCOMPARE(after, 2);

    // A file that cannot be written is refused with the reason, and leaves no audit entry.
    f.dialogs.nextSave = f.dir.filePath(QStringLiteral("no-such-folder/states.csv"));
    QVERIFY(!d->exportCsv(Table::States));
    QVERIFY(d->message().startsWith(QStringLiteral("Could not write")));
    log = AuditLog::entries(w->session()->station().database());
    QVERIFY_OK(log);
    after = 0;
    for (const AuditLog::Entry &e : *log)
        after += e.action == QLatin1String(AuditAction::Export) ? 1 : 0;
    QCOMPARE(after, 2);
}

void TestGuiDashboard::refreshesWhileShownOnly()
{
    guitest::Fixture f;
    auto w = startWindow(f);
    QVERIFY(guitest::login(*w, "supervisor1"));
    DashboardView *d = w->dashboardView();
    QVERIFY(!d->autoRefreshing());
    QVERIFY(w->showView(StationWindow::View::Dashboard));
    QVERIFY(d->autoRefreshing());
    QCOMPARE(d->report().total().received, 0);
    QVERIFY(d->chart()->series().points.isEmpty());

    // Something changes behind the dashboard's back (another view, another process): the
    // timer picks it up.
    d->setRefreshInterval(50);
    const User clerk = *w->session()->users().find(QStringLiteral("capturista1"));
    QVERIFY_OK(w->session()->actas().receive(clerk, *ActaKey::parse(QString(firstCasillaOf(1) + QStringLiteral("02"))),
                                             m_sample->election.id(), true));
    QSignalSpy refreshed(d, &DashboardView::refreshed);
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(d->report().total().received, 1);
    QCOMPARE(d->table(Table::States)->item(0, 1)->text(), QStringLiteral("1")); // Received

    // Alt+R is the Refresh button.
    refreshed.clear();
    d->setRefreshInterval(DashboardView::DefaultRefreshMs);
    QTest::keyClick(w.get(), Qt::Key_R, Qt::AltModifier);
    QTRY_COMPARE(refreshed.size(), 1);

    // Another view: the timer stops; locking hides the whole workspace.
    QVERIFY(w->showView(StationWindow::View::History));
    QVERIFY(!d->autoRefreshing());
    QVERIFY(w->showView(StationWindow::View::Dashboard));
    QVERIFY(d->autoRefreshing());
    w->lock();
    QVERIFY(!d->autoRefreshing());
}

void TestGuiDashboard::clerkCannotOpenIt()
{
    guitest::Fixture f;
    auto w = startWindow(f);
    putActasThrough(f, *w);
    // The supervisor looked at it first; the clerk who logs in next sees nothing of it.
    QVERIFY(guitest::login(*w, "supervisor1"));
    QVERIFY(w->showView(StationWindow::View::Dashboard));
    QVERIFY(w->dashboardView()->table(Table::Districts)->rowCount() > 0);
    w->logout();

    QVERIFY(guitest::login(*w, "capturista1"));
    QVERIFY(!w->viewAllowed(StationWindow::View::Dashboard));
    QVERIFY(!w->showView(StationWindow::View::Dashboard));
    QVERIFY(!w->dashboardView()->isVisible());
    auto *tabs = w->findChild<QTabWidget *>(QStringLiteral("workTabs"));
    QVERIFY(tabs);
    QVERIFY(!tabs->isTabEnabled(tabs->indexOf(w->dashboardView())));
    DashboardView *d = w->dashboardView();
    for (Table t : {Table::States, Table::Sync, Table::Districts, Table::Inconsistencies, Table::Clerks})
        QCOMPARE(d->table(t)->rowCount(), 0);
    QVERIFY(!d->refresh());
    QCOMPARE(d->message(), QStringLiteral("Your role may not see the dashboard."));
    QCOMPARE(d->table(Table::States)->rowCount(), 0);
    f.dialogs.nextSave = f.dir.filePath(QStringLiteral("clerk.csv"));
    QVERIFY(!d->exportCsv(Table::States));
    QVERIFY(!QFile::exists(f.dialogs.nextSave));

    // The administrator runs the station but does not watch the count either.
    w->logout();
    QVERIFY(guitest::login(*w, "admin"));
    QVERIFY(!w->showView(StationWindow::View::Dashboard));
}

void TestGuiDashboard::trainerSeesButDoesNotExport()
{
    guitest::Fixture f;
    auto w = startWindow(f);
    Session &s = *w->session();
    const User admin = *s.users().find(QStringLiteral("admin"));
    QVERIFY_OK(s.users().add(admin, QStringLiteral("entrenadora"), QStringLiteral("Trainer"), Role::Trainer,
                             SecureBytes::fromUtf8(DemoStation::password())));
    QVERIFY(guitest::login(*w, "entrenadora"));
    // A trainer has no capture view: in a drill station the workspace opens on the drills screen,
    // and the dashboard is there too.
    auto *tabs = w->findChild<QTabWidget *>(QStringLiteral("workTabs"));
    QCOMPARE(tabs->currentWidget(), w->trainerView());
    QVERIFY(w->showView(StationWindow::View::Dashboard));
    DashboardView *d = w->dashboardView();
    QVERIFY(d->refresh());
    QCOMPARE(d->table(Table::Districts)->rowCount(), 4);
    auto *button = d->findChild<QPushButton *>(QStringLiteral("exportStatesButton"));
    QVERIFY(!button->isEnabled());
    f.dialogs.nextSave = f.dir.filePath(QStringLiteral("trainer.csv"));
    QVERIFY(!d->exportCsv(Table::States));
    QCOMPARE(d->message(), QStringLiteral("Your role may not export reports."));
    QVERIFY(!QFile::exists(f.dialogs.nextSave));
}

// "Disagreement %" charges the clerk whose entry the supervisor's decision did not bear out, and
// nobody while the dispute waits: the dispute shows as pending.
void TestGuiDashboard::clerksChargedOnlyAfterTheDecision()
{
    guitest::Fixture f;
    auto w = startWindow(f);
    Session &s = *w->session();
    const User clerk1 = *s.users().find(QStringLiteral("capturista1"));
    const User clerk2 = *s.users().find(QStringLiteral("capturista2"));
    const User supervisor = *s.users().find(QStringLiteral("supervisor1"));
    const QString clave
        = ActaKey::make(*CasillaKey::parse(firstCasillaOf(1)), m_sample->election.actaType())->toString();
    QVERIFY_OK(s.actas().receive(clerk1, *ActaKey::parse(clave), m_sample->election.id(), true));
    QVERIFY_OK(s.actas().fire(clerk1, clave, ActaWorkflow::Trigger::AcceptImage));
    Tally right;
    for (const TemplateField &tf : m_sample->election.voteFields())
        right.set(tf.id, FieldValue::number(7));
    Tally wrong = right;
    wrong.set(QStringLiteral("PLU"), FieldValue::number(71));
    QVERIFY_OK(s.actas().submitEntry1(clerk1, clave, right));
    QVERIFY_OK(s.actas().submitEntry2(clerk2, clave, wrong));

    QVERIFY(guitest::login(*w, "supervisor1"));
    QVERIFY(w->showView(StationWindow::View::Dashboard));
    DashboardView *d = w->dashboardView();
    QTableWidget *clerks = d->table(Table::Clerks);
    auto clerkRow = [&](const char *user) {
        const int r = rowOf(clerks, QLatin1String(user));
        QStringList cells;
        for (int c = 8; c < clerks->columnCount(); ++c) // compared | disagreements | pending | %
            cells << cell(Table::Clerks, *w, r, c);
        return cells.join(QLatin1Char('|'));
    };
    QCOMPARE(clerks->horizontalHeaderItem(10)->text(), QStringLiteral("Pending"));
    QCOMPARE(clerkRow("capturista1"), QStringLiteral("0|0|1|—"));
    QCOMPARE(clerkRow("capturista2"), QStringLiteral("0|0|1|—"));
    // What the column counts is said where it is read.
    const QString tip = clerks->horizontalHeaderItem(9)->toolTip();
    QVERIFY2(tip.contains(QLatin1String("decided")) && tip.contains(QLatin1String("per acta")), qPrintable(tip));
    QVERIFY(!clerks->horizontalHeaderItem(10)->toolTip().isEmpty());
    QVERIFY(!clerks->horizontalHeaderItem(11)->toolTip().isEmpty());

    // The supervisor reads the sheet: capturista1 typed it right.
    QVERIFY_OK(s.actas().adjudicate(supervisor, clave, right, QStringLiteral("PLU reads 7")));
    QVERIFY(d->refresh());
    QCOMPARE(clerkRow("capturista1"), QStringLiteral("1|0|0|0.0"));
    QCOMPARE(clerkRow("capturista2"), QStringLiteral("1|1|0|100.0"));
}

// Every label of the view either wraps or is shown whole, every button whole, its tables scroll,
// and the window keeps the size it was given (nothing in the view forced it wider or taller).
static void checkNothingCutOff(QWidget *window, QWidget *view, const QSize &size)
{
    QVERIFY2(window->width() <= size.width() && window->height() <= size.height(),
             qPrintable(QStringLiteral("grew to %1x%2").arg(window->width()).arg(window->height())));
    for (QLabel *l : view->findChildren<QLabel *>()) {
        if (!l->isVisible() || l->text().isEmpty())
            continue;
        if (l->wordWrap())
            QVERIFY2(l->height() >= l->heightForWidth(l->width()) - 2, qPrintable(l->objectName()));
        else
            QVERIFY2(
                l->width() >= l->sizeHint().width() - 1,
                qPrintable(
                    QStringLiteral("%1: %2 < %3").arg(l->objectName()).arg(l->width()).arg(l->sizeHint().width())));
    }
    for (QAbstractButton *b : view->findChildren<QAbstractButton *>()) {
        if (!b->isVisible() || qobject_cast<QTabBar *>(b->parentWidget()))
            continue;
        QVERIFY2(b->width() >= b->minimumSizeHint().width() && b->height() >= b->minimumSizeHint().height(),
                 qPrintable(b->objectName()));
    }
    for (QTableWidget *t : view->findChildren<QTableWidget *>()) {
        QVERIFY(t->horizontalScrollBarPolicy() != Qt::ScrollBarAlwaysOff);
        QVERIFY(t->verticalScrollBarPolicy() != Qt::ScrollBarAlwaysOff);
        if (t->isVisible()) // room for a few rows
            QVERIFY2(t->viewport()->height() > 2 * t->fontMetrics().height(), qPrintable(t->objectName()));
    }
}

void TestGuiDashboard::usableOnSmallScreens_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("fontScale");
    QTest::addColumn<QString>("language");
    // Spanish first: the station's language, and the longer words.
    for (const QString &language : {QStringLiteral("es_MX"), QStringLiteral("en")}) {
        const QByteArray l = language.toLatin1();
        QTest::newRow(QByteArray(l + " 1280x720").constData()) << QSize(1280, 720) << 1.0 << language;
        QTest::newRow(QByteArray(l + " 1366x768").constData()) << QSize(1366, 768) << 1.0 << language;
        QTest::newRow(QByteArray(l + " 1280x720 at 150%").constData()) << QSize(1280, 720) << 1.5 << language;
        QTest::newRow(QByteArray(l + " 1366x768 at 150%").constData()) << QSize(1366, 768) << 1.5 << language;
    }
}

void TestGuiDashboard::usableOnSmallScreens()
{
    QFETCH(QSize, size);
    QFETCH(double, fontScale);
    QFETCH(QString, language);
    QVERIFY(Language::install(QCoreApplication::instance(), language));
    auto english = qScopeGuard([] { Language::install(QCoreApplication::instance(), QStringLiteral("en")); });
    const QFont before = QApplication::font();
    QFont scaled = before;
    scaled.setPointSizeF(before.pointSizeF() * fontScale);
    QApplication::setFont(scaled);
    auto restore = qScopeGuard([&] { QApplication::setFont(before); });

    guitest::Fixture f;
    auto w = startWindow(f);
    putActasThrough(f, *w);
    QVERIFY(guitest::login(*w, "supervisor1"));
    QVERIFY(w->showView(StationWindow::View::Dashboard));
    QVERIFY(w->dashboardView()->refresh());
    QVERIFY(QDir().mkpath(QStringLiteral("screenshots")));
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
    // The view alone, in what the station window leaves it (its header, tabs and status bar take
    // about 120 pixels), filled with the figures. (The station window's own header is not this
    // view's: in Spanish it alone asks for more than 1280 pixels.)
    DashboardView view(*w->session(), f.dialogs);
    const QSize room(size.width(), size.height() - 120);
    view.resize(room);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.refresh());
    auto *tabs = view.findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QApplication::processEvents();
        view.layout()->activate();
        checkNothingCutOff(&view, &view, room);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(view.table(Table::Clerks)->isVisible(), tab == 2);
    }
    view.grab().save(QStringLiteral("screenshots/dashboard-%1.png").arg(tag));
}

// On LanguageChange everything shown follows, messages already shown included.
void TestGuiDashboard::retranslatesWhatIsShown()
{
    guitest::Fixture f;
    auto w = startWindow(f);
    putActasThrough(f, *w);
    auto restore = qScopeGuard([] { Language::install(QCoreApplication::instance(), QStringLiteral("en")); });
    QVERIFY(guitest::login(*w, "capturista1"));
    DashboardView *d = w->dashboardView();
    QVERIFY(!d->refresh());
    const char *context = "acta::gui::DashboardView";
    const char *refused = "Your role may not see the dashboard.";
    QCOMPARE(d->message(), QLatin1String(refused));
    QVERIFY(Language::install(QCoreApplication::instance(), QStringLiteral("es_MX")));
    QApplication::processEvents();
    const QString spanish = QCoreApplication::translate(context, refused);
    QVERIFY(spanish != QLatin1String(refused)); // there is a translation to show
    QCOMPARE(d->message(), spanish);

    // The supervisor's figures: headers, names and the summary in the language chosen now.
    w->logout();
    QVERIFY(guitest::login(*w, "supervisor1"));
    QVERIFY(w->showView(StationWindow::View::Dashboard));
    QCOMPARE(d->table(Table::Districts)->horizontalHeaderItem(2)->text(),
             QCoreApplication::translate(context, "Expected"));
    QVERIFY(Language::install(QCoreApplication::instance(), QStringLiteral("en")));
    QApplication::processEvents();
    QCOMPARE(d->table(Table::Districts)->horizontalHeaderItem(2)->text(), QStringLiteral("Expected"));
    auto *summary = d->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY(summary->text().contains(QLatin1String("expected actas received")));
    QVERIFY(Language::install(QCoreApplication::instance(), QStringLiteral("es_MX")));
    QApplication::processEvents();
    QVERIFY2(!summary->text().contains(QLatin1String("expected actas received")), qPrintable(summary->text()));
}

QTEST_MAIN(TestGuiDashboard)
#include "tst_gui_dashboard.moc"
