#include "ActaImageView.h"
#include "ActaPage.h"
#include "AdjudicationView.h"
#include "AuditLog.h"
#include "HistoryView.h"
#include "Language.h"
#include "SecureBytes.h"
#include "TestSupport.h"
#include "tst_gui_support.h"

#include <QApplication>
#include <QDir>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>

using namespace acta;
using namespace acta::gui;
using State = ActaWorkflow::State;

// The supervisor's adjudication view, offscreen: the page beside the table (zoom, the selected
// field marked), the PREP rules on the decision in progress, the confirmation with its summary,
// the layout at small screens, the keyboard, and a language change.
class TestGuiAdjudication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void pageBesideTheTableZoomsAndMarksTheSelectedField();
    void warningsAndTotalFollowTheDecision();
    void confirmationSummarisesAndCancelChangesNothing();
    void sendBackIsConfirmedToo();
    void keyboardOnly();
    void fitsSmallScreens();
    void retranslatesEverythingShown();
    void aQuestionLeftOpenAtTheLockDecidesNothing();
    void anotherSupervisorDoesNotInheritTheDecision();

private:
    struct Dispute
    {
        std::unique_ptr<StationWindow> window;
        Tally truth; // what the sheet says (entry 1 typed it)
        QString clave;
        QString differing; // the vote field entry 2 typed 7 higher
        Tally entry2;
    };
    // A station window with one acta in dispute (entries by capturista1 and capturista2), the
    // supervisor logged in on the adjudication view with the acta open.
    void makeDispute(guitest::Fixture &f, quint64 seed, Dispute &d);
    static QTableWidget *table(AdjudicationView *adj);
    static QRectF markedRegion(ActaImageView *view);
    int rowOf(AdjudicationView *adj, const QString &fieldId) const;
    // What PrepRules says of the tally on this acta, as the view should show it.
    Classification classify(const QString &clave, const Tally &t) const;
    QStringList expectedWarnings(const QString &clave, const Tally &t) const;

    std::optional<Election> m_sample;
};

void TestGuiAdjudication::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Result<Election> sample = Election::sample();
    QVERIFY_OK(sample);
    m_sample = std::move(sample).value();
}

void TestGuiAdjudication::init()
{
    QVERIFY(Language::install(QCoreApplication::instance(), QStringLiteral("en")));
}

void TestGuiAdjudication::makeDispute(guitest::Fixture &f, quint64 seed, Dispute &d)
{
    d.window = std::make_unique<StationWindow>(*m_sample, f.env);
    StationWindow &w = *d.window;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openStation(DemoStation::passphrase()));
    QVERIFY(guitest::login(w, "capturista1"));
    auto [path, page] = f.writeActa(seed);
    QVERIFY(guitest::importAndWait(w, {path}));
    d.truth = page.truth;
    d.clave = page.acta.toString();
    Session &s = *w.session();
    const User c1 = *s.users().find(QStringLiteral("capturista1"));
    const User c2 = *s.users().find(QStringLiteral("capturista2"));
    d.differing = m_sample->election.voteFields().at(1).id;
    d.entry2 = page.truth;
    d.entry2.set(d.differing, FieldValue::number(page.truth.value(d.differing).countedValue() + 7));
    QVERIFY_OK(s.actas().submitEntry1(c1, d.clave, page.truth));
    QVERIFY_OK(s.actas().submitEntry2(c2, d.clave, d.entry2));
    QCOMPARE(s.actas().find(d.clave)->state, State::InDispute);
    w.logout();
    QVERIFY(guitest::login(w, "supervisor1"));
    QVERIFY(w.showView(StationWindow::View::Adjudication));
    AdjudicationView *adj = w.adjudicationView();
    QVERIFY(adj->queue().contains(d.clave));
    QVERIFY2(adj->openActa(d.clave), qPrintable(adj->message()));
    QCOMPARE(adj->differingFields(), QStringList {d.differing});
}

QTableWidget *TestGuiAdjudication::table(AdjudicationView *adj)
{
    return adj->findChild<QTableWidget *>(QStringLiteral("fieldsTable"));
}

QRectF TestGuiAdjudication::markedRegion(ActaImageView *view)
{
    for (QGraphicsItem *item : view->scene()->items())
        if (auto *rect = qgraphicsitem_cast<QGraphicsRectItem *>(item))
            return rect->rect();
    return {};
}

int TestGuiAdjudication::rowOf(AdjudicationView *adj, const QString &fieldId) const
{
    QTableWidget *t = table(adj);
    const QString label = AdjudicationView::fieldLabel(*m_sample->election.field(fieldId));
    for (int r = 0; r < t->rowCount(); ++r)
        if (t->item(r, AdjudicationView::FieldColumn)->text() == label)
            return r;
    return -1;
}

Classification TestGuiAdjudication::classify(const QString &clave, const Tally &t) const
{
    ActaFacts facts;
    facts.casilla = m_sample->catalog.find(clave.left(11));
    facts.actaType = ActaKey::parse(clave)->actaType();
    facts.tally = t;
    return PrepRules::classify(m_sample->election, facts);
}

QStringList TestGuiAdjudication::expectedWarnings(const QString &clave, const Tally &t) const
{
    QStringList messages;
    for (const ConsistencyWarning &w : classify(clave, t).warnings)
        messages << w.message;
    return messages;
}

void TestGuiAdjudication::pageBesideTheTableZoomsAndMarksTheSelectedField()
{
    guitest::Fixture f;
    Dispute d;
    makeDispute(f, 11, d);
    if (QTest::currentTestFailed())
        return;
    AdjudicationView *adj = d.window->adjudicationView();
    auto *view = adj->findChild<ActaImageView *>(QStringLiteral("imageView"));
    QVERIFY(view && view->hasImage() && view->isVisible());
    QVERIFY2(view->width() >= 200, qPrintable(QString::number(view->width())));
    const ElectionTemplate &election = m_sample->election;

    // Opened on the first difference, its region marked on the page.
    QTableWidget *t = table(adj);
    QCOMPARE(t->currentRow(), rowOf(adj, d.differing));
    QCOMPARE(markedRegion(view), fieldRegionPx(election, *election.field(d.differing)));

    // Zoom by the buttons and by the keys, from wherever the focus is in the view.
    const qreal fit = view->transform().m11();
    QVERIFY(fit > 0);
    QTest::mouseClick(adj->findChild<QToolButton *>(QStringLiteral("zoomInButton")), Qt::LeftButton);
    QVERIFY(view->transform().m11() > fit * 1.2);
    QTest::mouseClick(adj->findChild<QToolButton *>(QStringLiteral("fitButton")), Qt::LeftButton);
    QVERIFY(qFuzzyCompare(view->transform().m11(), fit));
    t->setFocus();
    QTRY_VERIFY(t->hasFocus());
    QTest::keyClick(t, Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY2(view->transform().m11() > fit * 1.2, "Ctrl++ zooms in");
    QTest::keyClick(t, Qt::Key_0, Qt::ControlModifier);
    QVERIFY2(qFuzzyCompare(view->transform().m11(), fit), "Ctrl+0 shows the whole page");
    QTest::keyClick(t, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY2(view->transform().m11() < fit * 0.9, "Ctrl+- zooms out");
    QTest::keyClick(t, Qt::Key_0, Qt::ControlModifier);

    // The next row, chosen with the arrow key: its region is marked.
    QTest::keyClick(t, Qt::Key_Down);
    const QString next = election.voteFields().at(2).id;
    QCOMPARE(t->currentRow(), rowOf(adj, next));
    QCOMPARE(markedRegion(view), fieldRegionPx(election, *election.field(next)));

    // Zoomed in, a field far down the page is brought into view, at the same zoom.
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(t, Qt::Key_Plus, Qt::ControlModifier);
    const qreal zoomed = view->transform().m11();
    const QString last = QStringLiteral("TOTAL_VOTOS_ASENTADO");
    adj->selectField(last);
    const QRectF lastRegion = fieldRegionPx(election, *election.field(last));
    QCOMPARE(markedRegion(view), lastRegion);
    QVERIFY(qFuzzyCompare(view->transform().m11(), zoomed));
    QVERIFY(view->viewport()->rect().intersects(view->mapFromScene(lastRegion).boundingRect()));
    // "Show field" zooms to it.
    QTest::keyClick(t, Qt::Key_0, Qt::ControlModifier);
    QTest::mouseClick(adj->findChild<QToolButton *>(QStringLiteral("showFieldButton")), Qt::LeftButton);
    QVERIFY(view->transform().m11() > fit * 1.5);
    QVERIFY(view->viewport()->rect().contains(view->mapFromScene(lastRegion.center())));
}

void TestGuiAdjudication::warningsAndTotalFollowTheDecision()
{
    guitest::Fixture f;
    Dispute d;
    makeDispute(f, 12, d);
    if (QTest::currentTestFailed())
        return;
    AdjudicationView *adj = d.window->adjudicationView();
    QTableWidget *t = table(adj);
    auto *totalLabel = adj->findChild<QLabel *>(QStringLiteral("totalLabel"));
    auto *countedLabel = adj->findChild<QLabel *>(QStringLiteral("countedLabel"));
    auto *warningsLabel = adj->findChild<QLabel *>(QStringLiteral("warningsLabel"));
    QVERIFY(totalLabel && countedLabel && warningsLabel);
    const int diffRow = rowOf(adj, d.differing);
    QVERIFY(diffRow >= 0);

    // Undecided: the difference is marked in words, not only in colour.
    QCOMPARE(adj->source(d.differing), AdjudicationView::Source::Undecided);
    QVERIFY2(t->item(diffRow, AdjudicationView::StatusColumn)->text().contains(QChar(0x2260)),
             qPrintable(t->item(diffRow, AdjudicationView::StatusColumn)->text()));
    QVERIFY(t->item(diffRow, AdjudicationView::StatusColumn)->text().contains(QLatin1String("undecided")));
    QVERIFY(!t->item(rowOf(adj, m_sample->election.voteFields().at(0).id), AdjudicationView::StatusColumn)
                 ->text()
                 .contains(QChar(0x2260)));
    QVERIFY2(totalLabel->text().contains(QLatin1String("undecided: 1")), qPrintable(totalLabel->text()));
    QVERIFY(countedLabel->text().contains(QLatin1String("every field is decided")));

    // Entry 1's value: the rules on exactly that tally.
    adj->selectField(d.differing);
    QTest::mouseClick(adj->findChild<QPushButton *>(QStringLiteral("useEntry1Button")), Qt::LeftButton);
    QCOMPARE(adj->source(d.differing), AdjudicationView::Source::Entry1);
    QVERIFY(t->item(diffRow, AdjudicationView::StatusColumn)->text().contains(QLatin1String("entry 1")));
    Tally decided = d.truth;
    const QStringList consistent = expectedWarnings(d.clave, decided);
    QCOMPARE(adj->warnings(), consistent);
    qint64 total = 0;
    for (const TemplateField &v : m_sample->election.voteFields())
        total += decided.value(v.id).countedValue();
    QCOMPARE(adj->totalCalculado(), total);
    QVERIFY2(totalLabel->text().contains(QString::number(total)), qPrintable(totalLabel->text()));
    // Counted or not, as the rules say of this tally (the generated figures may exceed the voter list).
    const Classification expected = classify(d.clave, decided);
    QCOMPARE(adj->wouldBeCounted(), expected.contabilizada);
    QVERIFY2(countedLabel->text().startsWith(expected.contabilizada ? QLatin1String("Would be counted")
                                                                    : QLatin1String("Would NOT be counted")),
             qPrintable(countedLabel->text()));
    for (Observation o : expected.observations)
        QVERIFY2(countedLabel->text().contains(PrepRules::displayLabel(o)), qPrintable(countedLabel->text()));

    // A total on the sheet that does not add up: PrepRules' warning shows, and goes with the change.
    const QString asentado = QStringLiteral("TOTAL_VOTOS_ASENTADO");
    const qint64 wrong = total + 1 < 1000 ? total + 1 : total - 1;
    adj->setDecision(asentado, QString::number(wrong));
    decided.set(asentado, FieldValue::number(wrong));
    const QStringList inconsistent = expectedWarnings(d.clave, decided);
    QVERIFY(!inconsistent.isEmpty());
    QVERIFY(inconsistent != consistent);
    QCOMPARE(adj->warnings(), inconsistent);
    for (const QString &w : inconsistent)
        QVERIFY2(warningsLabel->text().contains(w), qPrintable(warningsLabel->text()));
    QCOMPARE(adj->source(asentado), AdjudicationView::Source::Typed);

    // Entry 2's value instead: TOTAL CALCULADO and the warnings follow.
    adj->selectField(d.differing);
    adj->useEntry(2);
    decided.set(d.differing, d.entry2.value(d.differing));
    QCOMPARE(adj->totalCalculado(), total + 7);
    QCOMPARE(adj->warnings(), expectedWarnings(d.clave, decided));
    QVERIFY(adj->warnings() != inconsistent);
    QVERIFY(totalLabel->text().contains(QString::number(total + 7)));

    // No figure in any vote field: not counted, and why.
    for (const TemplateField &v : m_sample->election.voteFields())
        adj->setDecision(v.id, FieldValue::ilegible().toDisplayString());
    QVERIFY(!adj->wouldBeCounted());
    QCOMPARE(adj->totalCalculado(), 0);
    QVERIFY2(countedLabel->text().contains(PrepRules::displayLabel(Observation::TodosIlegibles)),
             qPrintable(countedLabel->text()));
    QVERIFY(countedLabel->text().contains(QLatin1String("NOT")));
}

void TestGuiAdjudication::confirmationSummarisesAndCancelChangesNothing()
{
    guitest::Fixture f;
    Dispute d;
    makeDispute(f, 13, d);
    if (QTest::currentTestFailed())
        return;
    StationWindow &w = *d.window;
    AdjudicationView *adj = w.adjudicationView();
    const ElectionTemplate &election = m_sample->election;
    adj->selectField(d.differing);
    adj->useEntry(2);
    // The supervisor also corrects a field both entries agreed on.
    const QString nulos = QStringLiteral("NULOS");
    const qint64 typed = (d.truth.value(nulos).countedValue() + 3) % 1000;
    adj->setDecision(nulos, QString::number(typed));
    const QString reason = QStringLiteral("La imagen muestra el 7 en la segunda cifra");
    adj->setReason(reason);

    f.dialogs.confirmations.clear();
    f.dialogs.answers = {false};
    QVERIFY(!adj->adjudicate());
    QCOMPARE(f.dialogs.confirmations.size(), 1);
    const QString summary = f.dialogs.confirmations.first();
    const QString differingLine = QStringLiteral("%1: %2 — ")
                                      .arg(AdjudicationView::fieldLabel(*election.field(d.differing)),
                                           d.entry2.value(d.differing).toDisplayString());
    QVERIFY2(summary.contains(differingLine), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("entry 2, by capturista2")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("%1: %2 — typed by the supervisor")
                                  .arg(AdjudicationView::fieldLabel(*election.field(nulos)))
                                  .arg(typed)),
             qPrintable(summary));
    QVERIFY(summary.contains(reason));
    QVERIFY(summary.contains(ActaWorkflow::stateName(State::Adjudicated)));
    QVERIFY(summary.contains(QStringLiteral("Computed total: %1").arg(adj->totalCalculado())));
    QVERIFY(summary.contains(QLatin1String("counted")));
    // Fields the entries agreed on and the supervisor kept are not listed.
    QVERIFY(!summary.contains(AdjudicationView::fieldLabel(election.voteFields().at(0))));
    QCOMPARE(f.dialogs.lastAcceptLabel, QStringLiteral("Decide"));

    // Cancelled: nothing changed, the decision in progress is still on screen.
    QCOMPARE(w.session()->actas().find(d.clave)->state, State::InDispute);
    QVERIFY(!w.session()->actas().entry(d.clave, EntryKind::Adjudication)->has_value());
    QCOMPARE(adj->currentActa(), d.clave);
    QCOMPARE(adj->source(d.differing), AdjudicationView::Source::Entry2);
    QCOMPARE(adj->source(nulos), AdjudicationView::Source::Typed);
    QVERIFY2(adj->message().contains(QLatin1String("stays in dispute")), qPrintable(adj->message()));

    // Confirmed: adjudicated with exactly those values.
    f.dialogs.answers = {true};
    QVERIFY2(adj->adjudicate(), qPrintable(adj->message()));
    QCOMPARE(f.dialogs.confirmations.size(), 2);
    QCOMPARE(w.session()->actas().find(d.clave)->state, State::QueuedForSync);
    Tally expected = d.entry2;
    expected.set(nulos, FieldValue::number(typed));
    QCOMPARE(**w.session()->actas().entry(d.clave, EntryKind::Adjudication), expected);
    QVERIFY(adj->currentActa().isEmpty());
}

void TestGuiAdjudication::sendBackIsConfirmedToo()
{
    guitest::Fixture f;
    Dispute d;
    makeDispute(f, 14, d);
    if (QTest::currentTestFailed())
        return;
    StationWindow &w = *d.window;
    AdjudicationView *adj = w.adjudicationView();
    const QString reason = QStringLiteral("Ambas capturas dudosas");
    adj->setReason(reason);
    f.dialogs.answers = {false};
    QVERIFY(!adj->sendBack(ActaWorkflow::Trigger::SendBackForRecapture));
    QCOMPARE(f.dialogs.confirmations.size(), 1);
    QVERIFY(f.dialogs.confirmations.last().contains(reason));
    QVERIFY(f.dialogs.confirmations.last().contains(d.clave));
    QVERIFY(f.dialogs.confirmations.last().contains(ActaWorkflow::stateName(State::Digitized)));
    QCOMPARE(w.session()->actas().find(d.clave)->state, State::InDispute);
    QCOMPARE(adj->currentActa(), d.clave);

    f.dialogs.answers = {true};
    QVERIFY2(adj->sendBack(ActaWorkflow::Trigger::SendBackForRescan), qPrintable(adj->message()));
    QCOMPARE(f.dialogs.confirmations.size(), 2);
    QVERIFY(f.dialogs.confirmations.last().contains(ActaWorkflow::stateName(State::ImageRejected)));
    QCOMPARE(f.dialogs.lastAcceptLabel, QStringLiteral("Send back for re-scan"));
    QCOMPARE(w.session()->actas().find(d.clave)->state, State::ImageRejected);
}

void TestGuiAdjudication::keyboardOnly()
{
    guitest::Fixture f;
    Dispute d;
    makeDispute(f, 15, d);
    if (QTest::currentTestFailed())
        return;
    StationWindow &w = *d.window;
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    AdjudicationView *adj = w.adjudicationView();
    QTableWidget *t = table(adj);
    QVERIFY(adj->openActa(d.clave)); // again, now that the window is active: the focus goes to the table
    QTRY_COMPARE(QApplication::focusWidget(), t);
    QCOMPARE(t->currentRow(), rowOf(adj, d.differing));

    // Mnemonics for the choices.
    // (a mnemonic clicks its button after a short animation)
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::AltModifier);
    QTRY_COMPARE(adj->source(d.differing), AdjudicationView::Source::Entry2);
    t->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::AltModifier);
    QTRY_COMPARE(adj->source(d.differing), AdjudicationView::Source::Entry1);

    // Tab leaves the table for the buttons, then the reason and the decisions.
    t->setFocus();
    QStringList order;
    for (int i = 0; i < 6; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order << QApplication::focusWidget()->objectName();
    }
    QCOMPARE(order,
             (QStringList {QStringLiteral("useEntry1Button"), QStringLiteral("useEntry2Button"),
                           QStringLiteral("reasonEdit"), QStringLiteral("adjudicateButton"),
                           QStringLiteral("recaptureButton"), QStringLiteral("rescanButton")}));

    // The reason by its mnemonic, then Decide by its own; cancelled first.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_R, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("reasonEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("visto en la imagen"));
    f.dialogs.answers = {false, false};
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_D, Qt::AltModifier);
    QTRY_COMPARE(f.dialogs.confirmations.size(), 1);
    QVERIFY(f.dialogs.confirmations.last().contains(QLatin1String("visto en la imagen")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_C, Qt::AltModifier);
    QTRY_COMPARE(f.dialogs.confirmations.size(), 2);
    QVERIFY(f.dialogs.confirmations.last().contains(QLatin1String("re-capture")));
    QCOMPARE(w.session()->actas().find(d.clave)->state, State::InDispute);
    f.dialogs.answers = {true};
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_D, Qt::AltModifier);
    QTRY_COMPARE(f.dialogs.confirmations.size(), 3);
    QTRY_COMPARE(w.session()->actas().find(d.clave)->state, State::QueuedForSync);
}

void TestGuiAdjudication::fitsSmallScreens()
{
    guitest::Fixture f;
    Dispute d;
    makeDispute(f, 16, d);
    if (QTest::currentTestFailed())
        return;
    StationWindow &w = *d.window;
    AdjudicationView *adj = w.adjudicationView();
    QVERIFY(QDir().mkpath(QStringLiteral("screenshots")));
    const QFont original = QApplication::font();
    for (const qreal scale : {1.0, 1.5}) {
        QFont font = original;
        font.setPointSizeF(original.pointSizeF() * scale);
        QApplication::setFont(font);
        for (const QSize screen : {QSize(1280, 720), QSize(1366, 768)}) {
            w.resize(screen);
            QTest::qWait(50);
            const QString where
                = QStringLiteral("%1x%2 at %3%").arg(screen.width()).arg(screen.height()).arg(qRound(scale * 100));
            QVERIFY(w.grab().save(QStringLiteral("screenshots/adjudication-%1x%2-%3.png")
                                      .arg(screen.width())
                                      .arg(screen.height())
                                      .arg(qRound(scale * 100))));
            // The room the window leaves its views on that screen (the window's own header and
            // status bar are not this view's: measured, not assumed).
            const QSize chrome = w.size() - adj->size();
            const QSize room = screen - chrome;
            const QSize least = adj->minimumSizeHint();
            QVERIFY2(least.width() <= room.width() && least.height() <= room.height(),
                     qPrintable(where
                                + QStringLiteral(": needs %1x%2, has %3x%4")
                                      .arg(least.width())
                                      .arg(least.height())
                                      .arg(room.width())
                                      .arg(room.height())));
            // In exactly that room, nothing is squeezed below what it needs to show its text.
            AdjudicationView alone(*w.session(), f.dialogs);
            alone.resize(room);
            alone.show();
            QVERIFY(QTest::qWaitForWindowExposed(&alone));
            QVERIFY(alone.openActa(d.clave));
            QTest::qWait(20);
            QCOMPARE(alone.size(), room);
            for (QAbstractButton *b : alone.findChildren<QAbstractButton *>()) {
                if (!b->isVisible() || b->text().isEmpty())
                    continue;
                const QString what = where + QLatin1Char(' ') + b->objectName();
                QVERIFY2(b->width() >= b->minimumSizeHint().width(), qPrintable(what));
                QVERIFY2(alone.rect().contains(QRect(b->mapTo(&alone, QPoint()), b->size())), qPrintable(what));
            }
            auto *view = alone.findChild<ActaImageView *>(QStringLiteral("imageView"));
            QVERIFY2(view->width() >= 250 && view->height() >= 250, qPrintable(where));
            QVERIFY2(table(&alone)->width() >= 300 && table(&alone)->height() >= 90, qPrintable(where));
            auto *title = alone.findChild<QLabel *>(QStringLiteral("actaTitle"));
            QVERIFY2(title->width() >= 200 && title->wordWrap(), qPrintable(where));
        }
    }
    QApplication::setFont(original);
}

void TestGuiAdjudication::retranslatesEverythingShown()
{
    guitest::Fixture f;
    Dispute d;
    makeDispute(f, 17, d);
    if (QTest::currentTestFailed())
        return;
    AdjudicationView *adj = d.window->adjudicationView();
    QTableWidget *t = table(adj);
    const ElectionTemplate &election = m_sample->election;
    QVERIFY(!adj->adjudicate()); // no reason: the message says so
    QCOMPARE(adj->message(), QStringLiteral("Give the reason for the decision."));
    // A decision that draws a warning.
    adj->selectField(d.differing);
    adj->useEntry(1);
    Tally decided = d.truth;
    decided.set(QStringLiteral("TOTAL_VOTOS_ASENTADO"), FieldValue::number(999));
    adj->setDecision(QStringLiteral("TOTAL_VOTOS_ASENTADO"), QStringLiteral("999"));
    const QStringList english = adj->warnings();
    QVERIFY(!english.isEmpty());
    const QString party = election.voteFields().at(0).label.es;
    QCOMPARE(t->item(rowOf(adj, election.voteFields().at(0).id), AdjudicationView::FieldColumn)->text(), party);
    const int nulosRow = rowOf(adj, QStringLiteral("NULOS"));
    QCOMPARE(t->item(nulosRow, AdjudicationView::FieldColumn)->text(),
             election.field(QStringLiteral("NULOS"))->label.en);
    QCOMPARE(t->horizontalHeaderItem(AdjudicationView::FieldColumn)->text(), QStringLiteral("Field"));

    QVERIFY(Language::install(QCoreApplication::instance(), QStringLiteral("es_MX")));
    QTest::qWait(50);
    QCOMPARE(adj->message(), QStringLiteral("Indique el motivo de la decisión."));
    QCOMPARE(t->horizontalHeaderItem(AdjudicationView::FieldColumn)->text(), QStringLiteral("Campo"));
    QCOMPARE(t->item(nulosRow, AdjudicationView::FieldColumn)->text(),
             election.field(QStringLiteral("NULOS"))->label.es);
    QCOMPARE(t->item(rowOf(adj, election.voteFields().at(0).id), AdjudicationView::FieldColumn)->text(), party);
    QCOMPARE(adj->warnings(), expectedWarnings(d.clave, decided)); // PrepRules' Spanish
    QVERIFY(adj->warnings() != english);
    auto *warningsLabel = adj->findChild<QLabel *>(QStringLiteral("warningsLabel"));
    QVERIFY(warningsLabel->text().contains(adj->warnings().first()));
    auto *title = adj->findChild<QLabel *>(QStringLiteral("actaTitle"));
    QVERIFY2(title->text().contains(QLatin1String("primera captura de capturista1")), qPrintable(title->text()));
    // The decision in progress survives the change.
    QCOMPARE(adj->source(d.differing), AdjudicationView::Source::Entry1);
    QCOMPARE(adj->source(QStringLiteral("TOTAL_VOTOS_ASENTADO")), AdjudicationView::Source::Typed);
}

void TestGuiAdjudication::aQuestionLeftOpenAtTheLockDecidesNothing()
{
    guitest::Fixture f;
    Dispute d;
    makeDispute(f, 17, d);
    if (QTest::currentTestFailed())
        return;
    AdjudicationView *adj = d.window->adjudicationView();
    adj->useEntry(1);
    adj->setReason(QStringLiteral("la imagen muestra la primera captura"));
    // The station locks (idle time) while the confirmation is open; then someone answers it.
    f.dialogs.duringConfirm = [&d] {
        d.window->lock();
    };
    QVERIFY(!adj->adjudicate());
    QCOMPARE(d.window->session()->actas().find(d.clave)->state, ActaWorkflow::State::InDispute);
}

void TestGuiAdjudication::anotherSupervisorDoesNotInheritTheDecision()
{
    guitest::Fixture f;
    Dispute d;
    makeDispute(f, 19, d);
    if (QTest::currentTestFailed())
        return;
    StationWindow &w = *d.window;
    Session &s = *w.session();
    const User admin = *s.users().find(QStringLiteral("admin"));
    QVERIFY_OK(s.users().add(admin, QStringLiteral("supervisor2"), QStringLiteral("Second supervisor"),
                             Role::Supervisor, SecureBytes::fromUtf8(DemoStation::password())));
    AdjudicationView *adj = w.adjudicationView();
    adj->useEntry(2);
    adj->setReason(QStringLiteral("a medias"));
    w.lock();
    QVERIFY(guitest::login(w, "supervisor2"));
    QVERIFY(adj->currentActa().isEmpty()); // the first supervisor's half-made decision is gone
}

QTEST_MAIN(TestGuiAdjudication)
#include "tst_gui_adjudication.moc"
