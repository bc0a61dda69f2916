#include "AdjudicationView.h"
#include "AuditLog.h"
#include "HistoryView.h"
#include "Sha256.h"
#include "StartView.h"
#include "Statement.h"
#include "TestSupport.h"
#include "tst_gui_support.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>

using namespace acta;
using namespace acta::gui;
using State = ActaWorkflow::State;

// The capture workstation end to end, offscreen: station start, login, intake of generated
// actas through the page pipeline, entry 1 and 2 typed with the keyboard, adjudication, and
// the refusals (same clerk twice, a clerk adjudicating, paste in entry 2), and the idle lock.
class TestGuiWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startCreatesDemoStationAndRefusesWrongSecrets();
    void drillAndOperationalWindowsStayApart();
    void equalEntriesVerify();
    void differentEntriesGoToDisputeThenAdjudication();
    void refusals();
    void sendBackForRecaptureNeedsAReason();
    void statusBarShowsUserStationAndQueues();
    void idleLockKeepsTheEntryInProgress();
    void rejectedPagesAreListedNotStored();
    void demoSampleScansAreAllAccepted();
    void cancelStopsTheImport();
    void sinActaIsRecordedWithItsReason();
    void unreadableIdentityIsTypedTwiceAndDuplicatesWarned();
    void readingsSurviveARestart();

private:
    // Opens the station of the fixture; the window is shown so focus moves like for a person.
    std::unique_ptr<StationWindow> startWindow(guitest::Fixture &f);
    // Imports a generated acta through the Import button and returns it.
    GeneratedPage intake(guitest::Fixture &f, StationWindow &w, quint64 seed);
    // Types the tally into the open entry, field by field, checking the focus follows Enter.
    void typeEntry(EntryView *view, const Tally &values);
    // The same into an empty (entry 2) form, with no key but the figures and Enter; the keys sent.
    int typeBlankEntry(EntryView *view, const Tally &values);
    // keystrokes/active_ms of the acta's newest entry of the kind ("NULL" when unknown).
    static std::pair<QString, QString> storedEffort(StationWindow &w, const QString &clave, EntryKind kind);
    // The page_refused rows of the audit log, by file name: their details.
    static QHash<QString, QJsonObject> refusedPages(StationWindow &w, int *rows = nullptr);

    std::optional<Election> m_sample;
};

void TestGuiWorkflow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Result<Election> sample = Election::sample();
    QVERIFY_OK(sample);
    m_sample = std::move(sample).value();
}

std::unique_ptr<StationWindow> TestGuiWorkflow::startWindow(guitest::Fixture &f)
{
    auto w = std::make_unique<StationWindow>(*m_sample, f.env);
    w->resize(1280, 800);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        qWarning("window not exposed");
    if (!w->openStation(DemoStation::passphrase()))
        qFatal("cannot open the demo station");
    return w;
}

GeneratedPage TestGuiWorkflow::intake(guitest::Fixture &f, StationWindow &w, quint64 seed)
{
    auto [path, page] = f.writeActa(seed);
    // Through the seam of the file dialog, as the Import button does.
    f.dialogs.next = {path};
    QSignalSpy done(w.intakeView(), &IntakeView::batchFinished);
    QPushButton *import = w.intakeView()->findChild<QPushButton *>(QStringLiteral("importButton"));
    if (!import)
        qFatal("no import button");
    QTest::mouseClick(import, Qt::LeftButton);
    if (!done.wait(180000))
        qFatal("intake did not finish");
    return page;
}

void TestGuiWorkflow::typeEntry(EntryView *view, const Tally &values)
{
    // As a clerk does: the focus is on the first field to fill; typing one and Enter takes it to
    // the next field to fill. A proposed value that is right is left for the commit (Ctrl+Enter);
    // a wrong one is reached with the arrow keys and typed over.
    QList<FieldInput *> shown;
    for (const TemplateField &f : m_sample->election.allFields()) {
        FieldInput *in = view->input(f.id);
        QVERIFY(in);
        // A contender that does not run in the acta's district has no box: its row is hidden.
        if (!in->isVisibleTo(view)) {
            QVERIFY(!values.values().contains(f.id));
            continue;
        }
        shown << in;
    }
    bool typedOne = false;
    for (FieldInput *in : std::as_const(shown)) {
        const FieldValue v = values.value(in->objectName().mid(6));
        if (in->value() && *in->value() == v) {
            QCOMPARE(in->proposed(), true); // shown, not yet the clerk's
            continue;
        }
        if (!in->value() && typedOne) {
            QCOMPARE(QApplication::focusWidget(), in); // Enter moved here from the previous one to fill
        } else {
            for (int guard = 0; guard < shown.size() && QApplication::focusWidget() != in; ++guard) {
                auto *at = qobject_cast<FieldInput *>(QApplication::focusWidget());
                QVERIFY(at);
                QTest::keyClick(at, shown.indexOf(at) < shown.indexOf(in) ? Qt::Key_Down : Qt::Key_Up);
            }
            QCOMPARE(QApplication::focusWidget(), in);
        }
        guitest::typeValue(in, v);
        typedOne = true;
    }
}

int TestGuiWorkflow::typeBlankEntry(EntryView *view, const Tally &values)
{
    int sent = 0;
    for (const TemplateField &f : m_sample->election.allFields()) {
        FieldInput *in = view->input(f.id);
        if (!in || !in->isVisibleTo(view))
            continue;
        const FieldValue v = values.value(f.id);
        if (v.kind() == FieldValue::Kind::Number) {
            const QString digits = QString::number(v.number());
            QTest::keyClicks(in, digits);
            QTest::keyClick(in, Qt::Key_Return);
            sent += int(digits.size()) + 1;
        } else {
            QTest::keyClick(in,
                            v.kind() == FieldValue::Kind::Ilegible ? FieldInput::IlegibleKey : FieldInput::SinDatoKey);
            sent += 1;
        }
    }
    return sent;
}

std::pair<QString, QString> TestGuiWorkflow::storedEffort(StationWindow &w, const QString &clave, EntryKind kind)
{
    Result<Statement> st = w.session()->station().database().prepare(
        QStringLiteral("SELECT e.keystrokes, e.active_ms FROM entries e JOIN actas a ON a.id = e.acta_id "
                       "WHERE a.clave_acta = ? AND e.kind = ? ORDER BY e.id DESC LIMIT 1"));
    if (!st || !st->bindText(1, clave) || !st->bindText(2, ActaRepository::entryKindId(kind)))
        return {};
    const Result<bool> row = st->step();
    if (!row || !*row)
        return {};
    const auto text = [&](int c) -> QString {
        return st->isNull(c) ? QStringLiteral("NULL") : QString::number(st->columnInt64(c));
    };
    return {text(0), text(1)};
}

QHash<QString, QJsonObject> TestGuiWorkflow::refusedPages(StationWindow &w, int *rows)
{
    QHash<QString, QJsonObject> byFile;
    Result<QList<AuditLog::Entry>> all = AuditLog::entries(w.session()->station().database());
    if (rows)
        *rows = 0;
    for (const AuditLog::Entry &e : all.isOk() ? *all : QList<AuditLog::Entry>()) {
        if (e.action != QLatin1String(AuditAction::PageRefused))
            continue;
        QJsonObject d = QJsonDocument::fromJson(e.details.toUtf8()).object();
        d.insert(QStringLiteral("acta_id"), e.actaId ? QJsonValue(*e.actaId) : QJsonValue());
        byFile.insert(d.value(QStringLiteral("file")).toString(), d);
        if (rows)
            ++*rows;
    }
    return byFile;
}

void TestGuiWorkflow::startCreatesDemoStationAndRefusesWrongSecrets()
{
    guitest::Fixture f;
    StationWindow w(*m_sample, f.env);
    QVERIFY(QFile::exists(Station::databasePath(f.env.stationDirectory)));
    QVERIFY(w.windowTitle().contains(QStringLiteral("SIMULACRO"))); // the demo is a drill station
    QCOMPARE(w.mode(), StationMode::Drill);
    QVERIFY(w.atStartView());
    QVERIFY(!w.startView()->atLoginStep());
    QVERIFY(!w.openStation(QStringLiteral("wrong passphrase")));
    QVERIFY(w.openStation(DemoStation::passphrase()));
    QVERIFY(w.startView()->atLoginStep());
    QVERIFY(!w.login(QStringLiteral("capturista1"), QStringLiteral("wrong password!")));
    QVERIFY(w.atStartView());
    QVERIFY(guitest::login(w, "capturista1"));
    QVERIFY(!w.atStartView());
    QCOMPARE(w.session()->user()->role, Role::Clerk);
    w.logout();
    QVERIFY(w.atStartView());
    QVERIFY(!w.session()->user());

    // A second start finds the station and does not create it again.
    StationWindow again(*m_sample, f.env);
    QVERIFY(again.openStation(DemoStation::passphrase()));
    QVERIFY(guitest::login(again, "supervisor1"));
}

void TestGuiWorkflow::equalEntriesVerify()
{
    guitest::Fixture f;
    auto w = startWindow(f);
    QVERIFY(guitest::login(*w, "capturista1"));
    const GeneratedPage page = intake(f, *w, 11);
    const QString clave = page.acta.toString();
    QVERIFY(!QTest::currentTestFailed());
    Result<ActaRecord> r = w->session()->actas().find(clave);
    QVERIFY_OK(r);
    QCOMPARE(r->state, State::Digitized);
    Result<std::optional<StoredImage>> image = w->session()->actas().images().latest(clave);
    QVERIFY_OK(image);
    QVERIFY(image->has_value());
    QVERIFY(!(*image)->normalized.isEmpty());

    // Entry 1: recognition pre-fills what it is sure of; the rest starts empty and highlighted.
    QVERIFY(w->showView(StationWindow::View::Entry1));
    EntryView *e1 = w->entryView(1);
    QVERIFY(e1->queue().contains(clave));
    QVERIFY(w->showView(StationWindow::View::Entry1)); // the form on screen
    QVERIFY(e1->openActa(clave));
    const PageReading *reading = w->session()->reading(clave);
    QVERIFY(reading);
    int prefilled = 0;
    for (const FieldReading &fr : reading->fields) {
        prefilled += fr.highConfidence ? 1 : 0;
        FieldInput *in = e1->input(fr.fieldId);
        QVERIFY(in);
        QCOMPARE(in->value().has_value(), fr.highConfidence);
        QCOMPARE(in->highlighted(), !fr.highConfidence);
    }
    QVERIFY2(prefilled > 0, "a clean page should have fields recognition is sure of");
    // Tab and Shift+Tab move between fields too.
    FieldInput *first = e1->inputs().at(0);
    QTest::keyClick(first, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), e1->inputs().at(1));
    QTest::keyClick(e1->inputs().at(1), Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), first);
    typeEntry(e1, page.truth);
    QVERIFY(!QTest::currentTestFailed());
    qint64 expectedTotal = 0;
    for (const TemplateField &tf : m_sample->election.voteFields())
        expectedTotal += page.truth.value(tf.id).countedValue();
    QCOMPARE(e1->totalCalculado(), expectedTotal);
    QVERIFY(!e1->save()); // the proposed values are not the clerk's until confirmed
    QVERIFY2(guitest::commitEntry(e1), qPrintable(e1->message()));
    QCOMPARE(w->session()->actas().find(clave)->state, State::Entry1Done);

    // Entry 2 by another clerk: blind, nothing pre-filled or highlighted.
    w->logout();
    QVERIFY(guitest::login(*w, "capturista2"));
    QVERIFY(w->showView(StationWindow::View::Entry2));
    EntryView *e2 = w->entryView(2);
    QVERIFY(e2->queue().contains(clave));
    QVERIFY(w->showView(StationWindow::View::Entry2)); // the form on screen
    QVERIFY(e2->openActa(clave));
    for (FieldInput *in : e2->inputs()) {
        QVERIFY(!in->value());
        QVERIFY(!in->highlighted());
        QVERIFY(!in->pasteAllowed());
    }
    // What it cost is measured from the moment the acta is open: every key pressed in the form
    // once, a key held down (auto-repeat) not again.
    QCOMPARE(e2->effort().keystrokes, std::optional<int>(0));
    const int sent = typeBlankEntry(e2, page.truth);
    QKeyEvent held(QEvent::KeyPress, Qt::Key_Left, Qt::NoModifier, QString(), true);
    QApplication::sendEvent(e2->inputs().first(), &held);
    QCOMPARE(e2->effort().keystrokes, std::optional<int>(sent));
    QTest::qWait(5); // a clerk takes time: the test too, so the elapsed time cannot round to 0
    QVERIFY2(e2->save(), qPrintable(e2->message()));
    QVERIFY(!e2->effort().keystrokes); // nothing open any more
    const auto [keys2, ms2] = storedEffort(*w, clave, EntryKind::Entry2);
    QCOMPARE(keys2, QString::number(sent));
    QVERIFY2(ms2.toLongLong() > 0, qPrintable(ms2));
    const auto [keys1, ms1] = storedEffort(*w, clave, EntryKind::Entry1);
    QVERIFY2(keys1.toInt() > 0 && ms1 != QLatin1String("NULL"), qPrintable(keys1 + QLatin1Char('/') + ms1));
    r = w->session()->actas().find(clave);
    QCOMPARE(r->state, State::QueuedForSync); // verified, and queued by the repository
    QCOMPARE(r->entry2User, QStringLiteral("capturista2"));
    QCOMPARE(**w->session()->actas().entry(clave, EntryKind::Entry1), page.truth);
    QVERIFY(!e2->queue().contains(clave));
}

void TestGuiWorkflow::differentEntriesGoToDisputeThenAdjudication()
{
    guitest::Fixture f;
    auto w = startWindow(f);
    QVERIFY(guitest::login(*w, "capturista2"));
    const GeneratedPage page = intake(f, *w, 23);
    const QString clave = page.acta.toString();
    EntryView *e1 = w->entryView(1);
    QVERIFY(w->showView(StationWindow::View::Entry1)); // the form on screen
    QVERIFY(e1->openActa(clave));
    typeEntry(e1, page.truth);
    QVERIFY(guitest::commitEntry(e1));

    w->logout();
    QVERIFY(guitest::login(*w, "capturista1"));
    EntryView *e2 = w->entryView(2);
    QVERIFY(w->showView(StationWindow::View::Entry2)); // the form on screen
    QVERIFY(e2->openActa(clave));
    Tally typo = page.truth;
    const QString field = m_sample->election.voteFields().at(1).id;
    typo.set(field, FieldValue::number(page.truth.value(field).countedValue() + 7));
    typeEntry(e2, typo);
    QVERIFY(e2->save());
    QCOMPARE(w->session()->actas().find(clave)->state, State::InDispute);

    w->logout();
    QVERIFY(guitest::login(*w, "supervisor1"));
    QVERIFY(w->showView(StationWindow::View::Adjudication));
    AdjudicationView *adj = w->adjudicationView();
    QVERIFY(adj->queue().contains(clave));
    QVERIFY2(adj->openActa(clave), qPrintable(adj->message()));
    QCOMPARE(adj->differingFields(), QStringList {field});
    QVERIFY(!adj->adjudicate()); // the differing field is undecided and no reason yet
    // The decision typed in its cell: the cell editor's Enter counts too (its delegate takes it).
    auto *table = adj->findChild<QTableWidget *>(QStringLiteral("fieldsTable"));
    QVERIFY(table);
    const QString label = AdjudicationView::fieldLabel(*m_sample->election.field(field)); // as printed
    QTableWidgetItem *cell = nullptr;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, AdjudicationView::FieldColumn)->text() == label)
            cell = table->item(r, AdjudicationView::DecisionColumn);
    QVERIFY(cell);
    table->setCurrentItem(cell);
    table->editItem(cell);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && table->isAncestorOf(editor) && editor != table);
    const QString decided = QString::number(page.truth.value(field).number());
    QTest::keyClicks(editor, decided);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(cell->text(), decided); // the delegate commits after the event loop turns
    QVERIFY(!adj->adjudicate()); // still no reason
    adj->setReason(QStringLiteral("La imagen muestra el valor de la captura 1"));
    QCOMPARE(adj->effort().keystrokes, std::optional<int>(int(decided.size()) + 1));
    QVERIFY2(adj->adjudicate(), qPrintable(adj->message()));
    QCOMPARE(storedEffort(*w, clave, EntryKind::Adjudication).first, QString::number(decided.size() + 1));
    Result<ActaRecord> r = w->session()->actas().find(clave);
    QCOMPARE(r->state, State::QueuedForSync);
    QCOMPARE(**w->session()->actas().entry(clave, EntryKind::Adjudication), page.truth);
    Result<QList<AuditLog::Entry>> audit = AuditLog::entriesForActa(w->session()->station().database(), r->id);
    QVERIFY_OK(audit);
    bool audited = false;
    for (const AuditLog::Entry &e : *audit)
        audited
            |= e.action == QLatin1String(AuditAction::Adjudication) && e.details.contains(QStringLiteral("captura 1"));
    QVERIFY(audited);

    // The acta's history shows it all, the decision with its reason.
    QVERIFY(w->showView(StationWindow::View::History));
    QVERIFY(w->historyView()->showActa(clave));
    QCOMPARE(w->historyView()->rowCount(), audit->size());
    QVERIFY(audit->size() >= 6); // created, image, accepted, entry 1, entry 2, adjudication...
}

void TestGuiWorkflow::refusals()
{
    guitest::Fixture f;
    auto w = startWindow(f);
    QVERIFY(guitest::login(*w, "capturista1"));
    const GeneratedPage page = intake(f, *w, 31);
    const QString clave = page.acta.toString();
    EntryView *e1 = w->entryView(1);
    QVERIFY(w->showView(StationWindow::View::Entry1)); // the form on screen
    QVERIFY(e1->openActa(clave));
    typeEntry(e1, page.truth);
    QVERIFY(guitest::commitEntry(e1));

    // The same clerk is never offered entry 2, and cannot open it.
    EntryView *e2 = w->entryView(2);
    e2->refreshQueue();
    QVERIFY(!e2->queue().contains(clave));
    QVERIFY(!e2->openActa(clave));
    QVERIFY(e2->currentActa().isEmpty());

    // A clerk cannot open adjudication.
    QVERIFY(!w->viewAllowed(StationWindow::View::Adjudication));
    QVERIFY(!w->showView(StationWindow::View::Adjudication));
    QVERIFY(!w->adjudicationView()->openActa(clave));

    // Paste is refused in entry 2.
    w->logout();
    QVERIFY(guitest::login(*w, "capturista2"));
    QVERIFY(w->showView(StationWindow::View::Entry2)); // the form on screen
    QVERIFY(e2->openActa(clave));
    FieldInput *first = e2->inputs().first();
    QGuiApplication::clipboard()->setText(QStringLiteral("123"));
    first->setFocus();
    QTest::keySequence(first, QKeySequence::Paste);
    QVERIFY(first->text().isEmpty());
    QVERIFY(e2->message().contains(QStringLiteral("aste")) || e2->message().contains(QStringLiteral("egar")));
    QTest::keyClick(first, Qt::Key_Insert, Qt::ShiftModifier);
    QVERIFY(first->text().isEmpty());
    // ...while entry 1 keeps the ordinary editor.
    QVERIFY(e1->inputs().first()->pasteAllowed());

    // Saving with fields left empty is refused, with the keys named.
    QVERIFY(!e2->save());
    QCOMPARE(w->session()->actas().find(clave)->state, State::Entry1Done);
}

void TestGuiWorkflow::sendBackForRecaptureNeedsAReason()
{
    guitest::Fixture f;
    auto w = startWindow(f);
    QVERIFY(guitest::login(*w, "capturista1"));
    const GeneratedPage page = intake(f, *w, 61);
    const QString clave = page.acta.toString();
    QVERIFY(w->showView(StationWindow::View::Entry1)); // the form on screen
    QVERIFY(w->entryView(1)->openActa(clave));
    typeEntry(w->entryView(1), page.truth);
    QVERIFY(guitest::commitEntry(w->entryView(1)));
    w->logout();
    QVERIFY(guitest::login(*w, "capturista2"));
    Tally typo = page.truth;
    typo.set(m_sample->election.voteFields().first().id, FieldValue::ilegible());
    QVERIFY(w->showView(StationWindow::View::Entry2)); // the form on screen
    QVERIFY(w->entryView(2)->openActa(clave));
    typeEntry(w->entryView(2), typo);
    QVERIFY(w->entryView(2)->save());
    w->logout();
    QVERIFY(guitest::login(*w, "supervisor1"));
    AdjudicationView *adj = w->adjudicationView();
    QVERIFY(adj->openActa(clave));
    QVERIFY(!adj->sendBack(ActaWorkflow::Trigger::SendBackForRecapture)); // no reason
    QCOMPARE(w->session()->actas().find(clave)->state, State::InDispute);
    adj->setReason(QStringLiteral("Ambas capturas dudosas"));
    QVERIFY2(adj->sendBack(ActaWorkflow::Trigger::SendBackForRecapture), qPrintable(adj->message()));
    Result<ActaRecord> r = w->session()->actas().find(clave);
    QCOMPARE(r->state, State::Digitized);
    QVERIFY(r->entry1User.isEmpty());
    // Back in the entry 1 queue, for anyone (the entry users were cleared).
    w->logout();
    QVERIFY(guitest::login(*w, "capturista1"));
    QVERIFY(w->entryView(1)->queue().contains(clave));
}

void TestGuiWorkflow::statusBarShowsUserStationAndQueues()
{
    guitest::Fixture f;
    auto w = startWindow(f);
    QVERIFY(guitest::login(*w, "capturista1"));
    intake(f, *w, 71);
    QStringList texts;
    for (QLabel *l : w->statusBar()->findChildren<QLabel *>())
        texts << l->text();
    const QString all = texts.join(QLatin1Char('|'));
    QVERIFY2(all.contains(QStringLiteral("capturista1")), qPrintable(all));
    QVERIFY2(all.contains(roleName(Role::Clerk)), qPrintable(all));
    QVERIFY2(all.contains(w->session()->station().name()), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("DEMO")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral(": 1")), qPrintable(all)); // one acta waits for entry 1
}

void TestGuiWorkflow::idleLockKeepsTheEntryInProgress()
{
    guitest::Fixture f;
    f.env.idleLockSeconds = 120;
    auto w = startWindow(f);
    QVERIFY(guitest::login(*w, "capturista1"));
    const GeneratedPage page = intake(f, *w, 47);
    const QString clave = page.acta.toString();
    EntryView *e1 = w->entryView(1);
    QVERIFY(w->showView(StationWindow::View::Entry1)); // the form on screen
    QVERIFY(e1->openActa(clave));
    FieldInput *first = e1->inputs().first();
    QTest::keyClick(first, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(first, QStringLiteral("42"));

    f.clock.advanceSeconds(119);
    w->checkIdle();
    QVERIFY(!w->locked());
    f.clock.advanceSeconds(1);
    w->checkIdle();
    QVERIFY(w->locked());
    QVERIFY(w->atStartView());
    QVERIFY(w->startView()->atLoginStep());
    QVERIFY(!w->session()->user());

    // The same clerk comes back to the entry as it was.
    QVERIFY(guitest::login(*w, "capturista1"));
    QVERIFY(!w->atStartView());
    QCOMPARE(e1->currentActa(), clave);
    QCOMPARE(first->text(), QStringLiteral("42"));

    // Someone else logging in after a lock does not get it.
    w->lock();
    QVERIFY(guitest::login(*w, "capturista2"));
    QVERIFY(e1->currentActa().isEmpty());
    QVERIFY(first->text().isEmpty());
}

void TestGuiWorkflow::rejectedPagesAreListedNotStored()
{
    guitest::Fixture f;
    auto w = startWindow(f);
    QVERIFY(guitest::login(*w, "capturista1"));
    // A blank page and a file that is no image.
    GeneratedPage blank = imagingtest::generatePage(PageGenerator::badDefects(PageDefects::Bad::Blank, 5), 5);
    const QString blankPath = f.dir.filePath(QStringLiteral("blank.png"));
    QFile b(blankPath);
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write(blank.bytes);
    b.close();
    const QString junk = f.dir.filePath(QStringLiteral("junk.jpg"));
    QFile j(junk);
    QVERIFY(j.open(QIODevice::WriteOnly));
    j.write("not an image");
    j.close();
    QVERIFY(guitest::importAndWait(*w, {blankPath, junk}));
    auto *table = w->intakeView()->findChild<QTableWidget *>(QStringLiteral("intakeTable"));
    QCOMPARE(table->rowCount(), 2);
    for (int r = 0; r < 2; ++r)
        QVERIFY(!table->item(r, IntakeView::ReasonColumn)->text().isEmpty());
    QVERIFY(!w->session()->actas().find(blank.acta.toString()).isOk());
    QVERIFY(w->session()->actas().inState(State::Digitized)->isEmpty());

    // A good page, then the same sheet again: the duplicate is refused.
    const auto [path, page] = f.writeActa(41);
    QVERIFY(guitest::importAndWait(*w, {path}));
    QVERIFY(guitest::importAndWait(*w, {path}));
    QCOMPARE(table->item(3, IntakeView::VerdictColumn)->text(), QStringLiteral("Duplicate"));

    // Each refused page left one trace, with the code of its reason and the text shown.
    int rows = 0;
    const QHash<QString, QJsonObject> refused = refusedPages(*w, &rows);
    QCOMPARE(rows, 3);
    const QJsonObject blankRow = refused.value(QStringLiteral("blank.png"));
    QCOMPARE(blankRow.value(QStringLiteral("reason")).toString(), QStringLiteral("quality"));
    QCOMPARE(blankRow.value(QStringLiteral("sha256")).toString(), sha256Hex(blank.bytes));
    QCOMPARE(blankRow.value(QStringLiteral("message")).toString(), table->item(0, IntakeView::ReasonColumn)->text());
    QVERIFY(blankRow.value(QStringLiteral("acta_id")).isNull());
    const QJsonObject junkRow = refused.value(QStringLiteral("junk.jpg"));
    QCOMPARE(junkRow.value(QStringLiteral("reason")).toString(), QStringLiteral("quality"));
    QCOMPARE(junkRow.value(QStringLiteral("sha256")).toString(), sha256Hex(QByteArrayView("not an image")));
    const QJsonObject duplicateRow = refused.value(QFileInfo(path).fileName());
    QCOMPARE(duplicateRow.value(QStringLiteral("reason")).toString(), QStringLiteral("already_received"));
    QCOMPARE(duplicateRow.value(QStringLiteral("clave")).toString(), page.acta.toString());
    QCOMPARE(duplicateRow.value(QStringLiteral("sha256")).toString(), sha256Hex(page.bytes));
    QCOMPARE(duplicateRow.value(QStringLiteral("acta_id")).toInteger(),
             w->session()->actas().find(page.acta.toString())->id);
    QVERIFY(AuditLog::verify(w->session()->station().database())->intact());
    // The acta's history (a supervisor's view) lists its refused page.
    w->logout();
    QVERIFY(guitest::login(*w, "supervisor1"));
    QVERIFY(w->showView(StationWindow::View::History));
    QVERIFY(w->historyView()->showActa(page.acta.toString()));
    auto *history = w->historyView()->findChild<QTableWidget *>(QStringLiteral("historyTable"));
    QVERIFY(history);
    const int last = history->rowCount() - 1;
    QCOMPARE(history->item(last, HistoryView::ActionColumn)->text(), QStringLiteral("Page refused by capturista1"));
    const QString details = history->item(last, HistoryView::DetailsColumn)->text();
    QVERIFY2(details.contains(QLatin1String("already received")) && details.contains(QFileInfo(path).fileName()),
             qPrintable(details));
    QVERIFY(history->item(last, HistoryView::DetailsColumn)
                ->data(HistoryView::RawDetailsRole)
                .toString()
                .contains(QLatin1String("\"reason\":\"already_received\"")));
}

void TestGuiWorkflow::demoSampleScansAreAllAccepted()
{
    guitest::Fixture f;
    auto w = startWindow(f);
    QVERIFY(guitest::login(*w, "capturista1"));
    QDir samples(f.env.sampleScansFolder);
    const QStringList files = samples.entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 6);
    QStringList paths;
    for (const QString &name : files)
        paths << samples.filePath(name);
    f.dialogs.next = paths;
    QSignalSpy done(w->intakeView(), &IntakeView::batchFinished);
    QTest::mouseClick(w->intakeView()->findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
    QVERIFY(done.wait(300000));
    QCOMPARE(f.dialogs.lastStartFolder, f.env.sampleScansFolder); // the dialog opens on them
    Result<QList<ActaRecord>> digitized = w->session()->actas().inState(State::Digitized);
    QVERIFY_OK(digitized);
    QCOMPARE(digitized->size(), 6);
}

void TestGuiWorkflow::cancelStopsTheImport()
{
    guitest::Fixture f;
    auto w = startWindow(f);
    QVERIFY(guitest::login(*w, "capturista1"));
    QDir samples(f.env.sampleScansFolder);
    QStringList paths;
    for (const QString &name : samples.entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name))
        paths << samples.filePath(name);
    QSignalSpy done(w->intakeView(), &IntakeView::batchFinished);
    w->intakeView()->importFiles(paths);
    QVERIFY(w->intakeView()->busy());
    QTest::mouseClick(w->intakeView()->findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
    QVERIFY(done.wait(300000));
    QCOMPARE(done.first().first().toBool(), true);
    QVERIFY(!w->intakeView()->busy());
    QVERIFY(w->session()->actas().inState(State::Digitized)->size() < paths.size());
}

void TestGuiWorkflow::sinActaIsRecordedWithItsReason()
{
    guitest::Fixture f;
    auto w = startWindow(f);
    QVERIFY(guitest::login(*w, "capturista1"));
    const QString casilla = m_sample->catalog.casillas().at(5).key.toString();
    IntakeView *intake = w->intakeView();
    QVERIFY(!intake->recordSinActa(QStringLiteral("990101B0100"), SinActaReason::SinSobre)); // not in the catalog
    QVERIFY(intake->recordSinActa(casilla, SinActaReason::CasillaNoInstalada));
    const QString clave = ActaKey::make(*CasillaKey::parse(casilla), m_sample->election.actaType())->toString();
    Result<ActaRecord> r = w->session()->actas().find(clave);
    QVERIFY_OK(r);
    QCOMPARE(r->state, State::QueuedForSync);
    QCOMPARE(r->sinActaReason, std::optional<SinActaReason>(SinActaReason::CasillaNoInstalada));
    QVERIFY(!intake->recordSinActa(casilla, SinActaReason::CasillaNoInstalada)); // already there
    // A special casilla's package holds its MR and its RP acta: both are recorded, in one step.
    const CasillaKey special = *CasillaKey::parse(QStringLiteral("210275S0100"));
    QVERIFY(m_sample->catalog.find(special));
    QVERIFY(intake->recordSinActa(special.toString(), SinActaReason::PaqueteNoEntregado));
    for (int actaType : {2, 3}) {
        Result<ActaRecord> a = w->session()->actas().find(ActaKey::make(special, actaType)->toString());
        QVERIFY_OK(a);
        QCOMPARE(a->sinActaReason, std::optional<SinActaReason>(SinActaReason::PaqueteNoEntregado));
    }
}

void TestGuiWorkflow::unreadableIdentityIsTypedTwiceAndDuplicatesWarned()
{
    guitest::Fixture f;
    auto w = startWindow(f);
    QVERIFY(guitest::login(*w, "capturista1"));
    const auto [path, page] = f.writeActa(12);
    QVERIFY(guitest::importAndWait(*w, {path}));
    QCOMPARE(w->session()->actas().find(page.acta.toString())->state, State::Digitized);

    // The same sheet with its QR and printed header blotted out (just those, 1 mm around them, so
    // the field area still hashes as the same sheet): no identity can be read.
    QImage image = QImage::fromData(page.bytes);
    QVERIFY(!image.isNull());
    const double pxPerMm = page.defects.dpi / 25.4;
    const FormLayout &layout = m_sample->election.layout();
    QPainter painter(&image);
    for (const QRectF &mm : {layout.qrMm, layout.headerMm}) {
        const QRectF grown = mm.adjusted(-1, -1, 1, 1);
        painter.fillRect(QRectF(grown.topLeft() * pxPerMm, grown.size() * pxPerMm), Qt::white);
    }
    painter.end();
    const QString blotted = f.dir.filePath(QStringLiteral("blotted.png"));
    QVERIFY(image.save(blotted));
    // This one was photographed at the casilla, from the electoral package's copy: chosen once at
    // the intake view, it holds for what is stored from now on.
    auto *kind = w->intakeView()->findChild<QComboBox *>(QStringLiteral("intakeKind"));
    auto *document = w->intakeView()->findChild<QComboBox *>(QStringLiteral("documentType"));
    QVERIFY(kind && document);
    QCOMPARE(kind->count(), 3);
    QCOMPARE(kind->currentText(), QStringLiteral("Scanner at the CATD"));
    QCOMPARE(document->count(), 7);
    QCOMPARE(document->currentData().toString(), QStringLiteral("Acta PREP"));
    kind->setCurrentIndex(kind->findData(int(Digitization::Kind::CasillaPhoto)));
    document->setCurrentIndex(document->findData(QStringLiteral("Copia PE")));
    QVERIFY(guitest::importAndWait(*w, {blotted}));
    IntakeView *intake = w->intakeView();
    QCOMPARE(intake->unidentifiedCount(), 1);
    QVERIFY(intake->findChild<QWidget *>(QStringLiteral("identityBox"))->isVisibleTo(intake));

    // Typed twice: the two must match, parse, and name a casilla of the catalog.
    const QString other = m_sample->catalog.casillas().at(40).key.toString() + QStringLiteral("02");
    QVERIFY(!intake->assignIdentity(other, QStringLiteral("210101B010003")));
    QVERIFY(intake->summary().contains(QStringLiteral("differ")));
    QVERIFY(!intake->assignIdentity(QStringLiteral("990101B010002"), QStringLiteral("990101B010002")));
    QCOMPARE(intake->unidentifiedCount(), 1);
    QSignalSpy processed(intake, &IntakeView::fileProcessed);
    auto *first = intake->findChild<QLineEdit *>(QStringLiteral("identityFirst"));
    auto *second = intake->findChild<QLineEdit *>(QStringLiteral("identitySecond"));
    QTest::keyClicks(first, other);
    QTest::keyClicks(second, other);
    QTest::keyClick(second, Qt::Key_Return);
    QCOMPARE(intake->unidentifiedCount(), 0);
    QCOMPARE(w->session()->actas().find(other)->state, State::Digitized);
    // Kept with how it came in, and that a person typed its identity; the first page as by default.
    QCOMPARE(w->session()->actas().images().latest(other)->value().digitization,
             std::optional<Digitization>(
                 Digitization::of(Digitization::Kind::CasillaPhoto, QStringLiteral("Copia PE"), true)));
    QCOMPARE(w->session()->actas().images().latest(page.acta.toString())->value().digitization,
             std::optional<Digitization>(Digitization {}));
    QCOMPARE(kind->currentData().toInt(), int(Digitization::Kind::CasillaPhoto)); // still chosen

    // It is the same sheet as the first acta: accepted, but the intake list says so.
    auto *table = intake->findChild<QTableWidget *>(QStringLiteral("intakeTable"));
    const QString reason = table->item(table->rowCount() - 1, IntakeView::ReasonColumn)->text();
    QVERIFY2(reason.contains(page.acta.toString()) && reason.contains(QStringLiteral("same sheet")),
             qPrintable(reason));
    QVERIFY2(reason.contains(QStringLiteral("typed twice")), qPrintable(reason));
    // Stored despite the warning: a hot folder would file it under processed/, not rejected/.
    QCOMPARE(processed.size(), 1);
    QCOMPARE(processed.first().at(1).toBool(), true);
}

void TestGuiWorkflow::readingsSurviveARestart()
{
    guitest::Fixture f;
    QString clave;
    {
        auto w = startWindow(f);
        QVERIFY(guitest::login(*w, "capturista1"));
        const auto [path, page] = f.writeActa(14);
        clave = page.acta.toString();
        QVERIFY(guitest::importAndWait(*w, {path}));
        QVERIFY(w->session()->reading(clave));
    }
    // A new window on the same station: the reading comes back from the store.
    auto w = startWindow(f);
    QVERIFY(guitest::login(*w, "capturista1"));
    const PageReading *r = w->session()->reading(clave);
    QVERIFY(r);
    QCOMPARE(r->acta->toString(), clave);
    QVERIFY(r->fields.size() >= 15 && r->fields.size() <= m_sample->election.allFields().size()); // on its ballot
}

void TestGuiWorkflow::drillAndOperationalWindowsStayApart()
{
    guitest::Fixture f;
    {
        // The demo: a drill station, watermarked on every view.
        StationWindow w(*m_sample, f.env);
        QCOMPARE(w.mode(), StationMode::Drill);
        QVERIFY(w.findChild<QWidget *>(QStringLiteral("drillWatermark")));
        QVERIFY(w.openStation(DemoStation::passphrase()));
        QVERIFY(w.session()->station().isDrill());
    }
    // The same store opened as the operational station: refused, and the screen says why.
    guitest::Fixture operational;
    operational.env.stationDirectory = f.env.stationDirectory;
    operational.env.mode = StationMode::Production;
    StationWindow w(*m_sample, operational.env);
    QVERIFY(!w.findChild<QWidget *>(QStringLiteral("drillWatermark")));
    QVERIFY(!w.openStation(DemoStation::passphrase()));
    QVERIFY(!w.session());
    // And an operational window never creates a station by itself.
    guitest::Fixture empty;
    empty.env.mode = StationMode::Production;
    StationWindow none(*m_sample, empty.env);
    QVERIFY(!QFileInfo::exists(Station::databasePath(empty.env.stationDirectory)));
}

QTEST_MAIN(TestGuiWorkflow)
#include "tst_gui_workflow.moc"
