#include "AdjudicationView.h"
#include "AuditEventText.h"
#include "AuditLog.h"
#include "HistoryView.h"
#include "Language.h"
#include "TestSupport.h"
#include "Transaction.h"
#include "tst_gui_support.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>

using namespace acta;
using namespace acta::gui;
using State = ActaWorkflow::State;

// The supervisor's history view, offscreen, on actas taken through the workflow: an acta whose
// entries agree, one in dispute then decided, one waiting for entry 1. The events read as words
// (the stored record in the tooltip), an acta is found by a part of its key or picked from the
// most recently changed by keyboard, its two entries stand side by side with the difference
// marked, and everything follows a change of language.
class TestGuiHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void eventsReadAsWords();
    void recentActasNewestFirstPickedByKeyboard();
    void searchByPartOfTheKey();
    void entriesSideBySide();
    void unknownActionsKeepTheirRecord();
    void fitsSmallScreensByKeyboard();
    void followsTheLanguage();

private:
    // Entry 1 or 2 of the acta with these values, through the entry view.
    void enter(int which, const QString &clave, const Tally &values);
    QTableWidget *table(const char *name) const;
    // The row of the events table whose What starts with text; -1 when none.
    int eventRow(const QString &what) const;
    HistoryView *history() const { return m_window->historyView(); }

    std::optional<Election> m_sample;
    std::unique_ptr<guitest::Fixture> m_fixture;
    std::unique_ptr<StationWindow> m_window;
    struct Acta
    {
        QString clave;
        Tally truth;
    };
    Acta m_agreed; // entries 1 and 2 agree: queued for sync
    Acta m_disputed; // entry 2 differs in one field; decided by supervisor1
    Acta m_waiting; // received only (entry 1 later)
    QString m_differingField;
};

void TestGuiHistory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QDir().mkpath(QStringLiteral("screenshots")));
    QVERIFY(Language::install(QCoreApplication::instance(), QStringLiteral("en")));
    Result<Election> sample = Election::sample();
    QVERIFY_OK(sample);
    m_sample = std::move(sample).value();
    m_fixture = std::make_unique<guitest::Fixture>();
    m_window = std::make_unique<StationWindow>(*m_sample, m_fixture->env);
    m_window->resize(1280, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openStation(DemoStation::passphrase()));

    QVERIFY(guitest::login(*m_window, "capturista1"));
    QStringList paths;
    for (auto [seed, page] : {std::pair {11, &m_agreed}, std::pair {23, &m_disputed}, std::pair {31, &m_waiting}}) {
        auto [path, generated] = m_fixture->writeActa(quint64(seed));
        paths << path;
        *page = Acta {generated.acta.toString(), generated.truth};
    }
    QVERIFY(guitest::importAndWait(*m_window, paths));
    for (const Acta *p : {&m_agreed, &m_disputed, &m_waiting})
        QCOMPARE(m_window->session()->actas().find(p->clave)->state, State::Digitized);

    enter(1, m_agreed.clave, m_agreed.truth);
    enter(1, m_disputed.clave, m_disputed.truth);
    m_window->logout();
    QVERIFY(guitest::login(*m_window, "capturista2"));
    enter(2, m_agreed.clave, m_agreed.truth);
    m_differingField = m_sample->election.voteFields().at(1).id;
    Tally typo = m_disputed.truth;
    typo.set(m_differingField, FieldValue::number(m_disputed.truth.value(m_differingField).countedValue() + 7));
    enter(2, m_disputed.clave, typo);
    QCOMPARE(m_window->session()->actas().find(m_disputed.clave)->state, State::InDispute);

    m_window->logout();
    QVERIFY(guitest::login(*m_window, "supervisor1"));
    AdjudicationView *adj = m_window->adjudicationView();
    QVERIFY2(adj->openActa(m_disputed.clave), qPrintable(adj->message()));
    adj->setDecision(m_differingField, QString::number(m_disputed.truth.value(m_differingField).number()));
    adj->setReason(QStringLiteral("La imagen muestra el valor de la captura 1"));
    QVERIFY2(adj->adjudicate(), qPrintable(adj->message()));
    QVERIFY(m_window->showView(StationWindow::View::History));
}

void TestGuiHistory::cleanupTestCase()
{
    m_window.reset();
    m_fixture.reset();
}

void TestGuiHistory::enter(int which, const QString &clave, const Tally &values)
{
    QVERIFY(m_window->showView(which == 1 ? StationWindow::View::Entry1 : StationWindow::View::Entry2));
    EntryView *view = m_window->entryView(which);
    QVERIFY2(view->openActa(clave), qPrintable(view->message()));
    for (const TemplateField &f : m_sample->election.allFields())
        if (FieldInput *in = view->input(f.id); in && in->isVisibleTo(view))
            in->setValue(values.value(f.id));
    QVERIFY2(view->save(), qPrintable(view->message()));
}

QTableWidget *TestGuiHistory::table(const char *name) const
{
    return history()->findChild<QTableWidget *>(QLatin1String(name));
}

int TestGuiHistory::eventRow(const QString &what) const
{
    QTableWidget *t = table("historyTable");
    for (int r = 0; r < t->rowCount(); ++r)
        if (t->item(r, HistoryView::ActionColumn)->text().startsWith(what))
            return r;
    return -1;
}

void TestGuiHistory::eventsReadAsWords()
{
    const QString clave = m_disputed.clave;
    QVERIFY2(history()->showActa(clave), qPrintable(history()->summary()));
    QTableWidget *t = table("historyTable");
    QVERIFY(t);
    // Received, image, accepted, entry 1 (step and figures), entry 2 (step and figures),
    // decision (step and figures), queued.
    QVERIFY2(t->rowCount() >= 9, qPrintable(QString::number(t->rowCount())));
    const QStringList codes {QStringLiteral("acta_created"), QStringLiteral("transition"), QStringLiteral("entry"),
                             QStringLiteral("image_stored"), QStringLiteral("adjudication")};
    for (int r = 0; r < t->rowCount(); ++r) {
        const QString what = t->item(r, HistoryView::ActionColumn)->text();
        const QString details = t->item(r, HistoryView::DetailsColumn)->text();
        QVERIFY2(!what.isEmpty() && !what.contains(QLatin1Char('_')), qPrintable(what));
        for (const QString &code : codes)
            QVERIFY2(what.compare(code, Qt::CaseInsensitive) != 0, qPrintable(what));
        QVERIFY2(!details.contains(QLatin1Char('{')) && !details.contains(QLatin1Char('"')), qPrintable(details));
        QVERIFY2(!details.contains(QLatin1String("from:")) && !details.contains(QLatin1String("trigger")),
                 qPrintable(details));
        // The record as stored stays at hand, in the tooltip.
        const QString raw = t->item(r, HistoryView::DetailsColumn)->data(HistoryView::RawDetailsRole).toString();
        QVERIFY(raw.startsWith(QLatin1Char('{')));
        QVERIFY(t->item(r, HistoryView::DetailsColumn)->toolTip().contains(QLatin1String("&quot;")));
        QVERIFY(!t->item(r, HistoryView::ActionColumn)->toolTip().isEmpty());
    }

    int r = eventRow(QStringLiteral("Entry 1 saved by capturista1"));
    QVERIFY(r >= 0);
    const TemplateField *field = m_sample->election.field(m_differingField);
    const QString entry1 = t->item(r, HistoryView::DetailsColumn)->text();
    QVERIFY2(entry1.contains(
                 QStringLiteral("%1: %2").arg(field->label.es).arg(m_disputed.truth.value(m_differingField).number())),
             qPrintable(entry1));
    QVERIFY(eventRow(QStringLiteral("Entry 2 saved by capturista2")) >= 0);
    r = eventRow(QStringLiteral("Entry 1 submitted by capturista1"));
    QVERIFY(r >= 0);
    QCOMPARE(t->item(r, HistoryView::DetailsColumn)->text(),
             QStringLiteral("State: %1 → %2")
                 .arg(ActaWorkflow::stateName(State::Digitized), ActaWorkflow::stateName(State::Entry1Done)));
    r = eventRow(QStringLiteral("Decision saved by supervisor1"));
    QVERIFY(r >= 0);
    QVERIFY(t->item(r, HistoryView::DetailsColumn)
                ->text()
                .contains(QLatin1String("Reason: La imagen muestra el valor de la captura 1")));
    r = eventRow(QStringLiteral("Queued for sync"));
    QVERIFY(r >= 0);
    QCOMPARE(t->item(r, HistoryView::UserColumn)->text(), QStringLiteral("station"));
    // The image: how it came in and its SHA-256, on lines of their own; the row is as tall as they.
    r = eventRow(QStringLiteral("Image stored by capturista1"));
    QVERIFY(r >= 0);
    const QString image = t->item(r, HistoryView::DetailsColumn)->text();
    QVERIFY2(image.contains(QLatin1String("Scanner at the CATD")) && image.contains(QLatin1String("SHA-256: ")),
             qPrintable(image));
    QVERIFY(t->rowHeight(r) >= 2 * t->fontMetrics().lineSpacing());
}

void TestGuiHistory::unknownActionsKeepTheirRecord()
{
    // Described directly: an unknown action keeps its code and details; a known one whose details
    // are no JSON object keeps its details.
    AuditLog::Entry e;
    e.action = QStringLiteral("mystery_step");
    e.details = QStringLiteral("{\"x\":1}");
    AuditEventText::Description d = AuditEventText::describe(e, QStringLiteral("ana"), m_sample->election);
    QCOMPARE(d.what, e.action);
    QCOMPARE(d.details, e.details);
    QVERIFY(!d.known);
    e.action = QLatin1String(AuditAction::Transition);
    e.details = QStringLiteral("not json");
    d = AuditEventText::describe(e, QString(), m_sample->election);
    QCOMPARE(d.details, e.details);
    QVERIFY(!d.known);
    // A known action with a detail it does not know: the rest in words, that one as it is.
    e.details = QStringLiteral("{\"trigger\":\"reopen\",\"from\":\"synced\",\"to\":\"in_dispute\",\"why\":\"x\"}");
    d = AuditEventText::describe(e, QStringLiteral("sara"), m_sample->election);
    QCOMPARE(d.what, QStringLiteral("Reopened by sara"));
    QVERIFY2(d.details.contains(QLatin1String("why: x")), qPrintable(d.details));

    // In the view: an event the station's log holds on the acta, of an action this build does not know.
    Database &db = m_window->session()->station().database();
    const qint64 actaId = m_window->session()->actas().find(m_waiting.clave)->id;
    {
        Result<Transaction> tx = Transaction::begin(db);
        QVERIFY_OK(tx);
        QVERIFY_OK(AuditLog::append(
            db, m_fixture->clock,
            {QStringLiteral("future_action"), std::nullopt, actaId, QStringLiteral("{\"note\":\"kept\"}")}));
        QVERIFY_OK(tx->commit());
    }
    QVERIFY(history()->showActa(m_waiting.clave));
    QTableWidget *t = table("historyTable");
    const int last = t->rowCount() - 1;
    QCOMPARE(t->item(last, HistoryView::ActionColumn)->text(), QStringLiteral("future_action"));
    QCOMPARE(t->item(last, HistoryView::DetailsColumn)->text(), QStringLiteral("{\"note\":\"kept\"}"));
}

void TestGuiHistory::searchByPartOfTheKey()
{
    const QString disputed = m_disputed.clave;
    // A part of its key no other acta has, typed in lower case.
    QString part;
    for (int len = 3; len <= 13 && part.isEmpty(); ++len)
        for (int at = 0; at + len <= 13 && part.isEmpty(); ++at) {
            const QString candidate = disputed.mid(at, len);
            if (!m_agreed.clave.contains(candidate) && !m_waiting.clave.contains(candidate))
                part = candidate;
        }
    QVERIFY(!part.isEmpty());
    auto *edit = history()->findChild<QLineEdit *>(QStringLiteral("claveEdit"));
    QVERIFY(edit);
    edit->clear();
    edit->setFocus();
    QTest::keyClicks(edit, part.toLower());
    QCOMPARE(history()->listedActas(), QStringList {disputed});
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(history()->currentActa(), disputed);

    // A part every acta has lists them all, newest change first; Down picks the next, Enter shows it.
    edit->clear();
    const QStringList all = history()->listedActas();
    QCOMPARE(all.size(), 3);
    const QString common = disputed.right(2);
    for (const QString &clave : all)
        QVERIFY(clave.endsWith(common));
    QTest::keyClicks(edit, common);
    QCOMPARE(history()->listedActas(), all);
    QTest::keyClick(edit, Qt::Key_Up); // to the newest
    QTest::keyClick(edit, Qt::Key_Down);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(history()->currentActa(), all.at(1));
    QCOMPARE(QApplication::focusWidget(), edit); // still typing

    // Nothing matches: said, nothing shown.
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("zz"));
    QVERIFY(history()->listedActas().isEmpty());
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(history()->currentActa().isEmpty());
    QVERIFY2(history()->summary().contains(QLatin1String("ZZ")), qPrintable(history()->summary()));
    edit->clear();
}

void TestGuiHistory::recentActasNewestFirstPickedByKeyboard()
{
    const QString agreed = m_agreed.clave;
    const QString disputed = m_disputed.clave;
    const QString waiting = m_waiting.clave;
    history()->findChild<QLineEdit *>(QStringLiteral("claveEdit"))->clear();
    QCOMPARE(history()->listedActas(), (QStringList {disputed, agreed, waiting}));
    auto *list = history()->findChild<QTreeWidget *>(QStringLiteral("recentList"));
    QVERIFY(list);
    QCOMPARE(list->topLevelItem(0)->text(HistoryView::RecentStateColumn),
             ActaWorkflow::stateName(State::QueuedForSync));
    QCOMPARE(list->topLevelItem(2)->text(HistoryView::RecentStateColumn), ActaWorkflow::stateName(State::Digitized));
    list->setFocus();
    list->setCurrentItem(list->topLevelItem(0));
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(history()->currentActa(), agreed);
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Enter);
    QCOMPARE(history()->currentActa(), waiting);

    // Work on the oldest brings it to the top, with its new state.
    m_window->logout();
    QVERIFY(guitest::login(*m_window, "capturista1"));
    enter(1, waiting, m_waiting.truth);
    m_window->logout();
    QVERIFY(guitest::login(*m_window, "supervisor1"));
    QVERIFY(m_window->showView(StationWindow::View::History));
    QCOMPARE(history()->listedActas(), (QStringList {waiting, disputed, agreed}));
    QCOMPARE(list->topLevelItem(0)->text(HistoryView::RecentStateColumn), ActaWorkflow::stateName(State::Entry1Done));
}

void TestGuiHistory::entriesSideBySide()
{
    QVERIFY(history()->showActa(m_disputed.clave));
    QCOMPARE(history()->differingFields(), QStringList {m_differingField});
    QTableWidget *t = table("entriesTable");
    QVERIFY(t);
    QVERIFY(t->rowCount() >= 3);
    const TemplateField *field = m_sample->election.field(m_differingField);
    QCOMPARE(field->kind, FieldKind::Party);
    const qint64 truth = m_disputed.truth.value(m_differingField).number();
    int marked = 0;
    for (int r = 0; r < t->rowCount(); ++r) {
        const QString mark = t->item(r, HistoryView::DiffersColumn)->text();
        if (t->item(r, HistoryView::FieldColumn)->text() != field->label.es) {
            QVERIFY2(mark.isEmpty(), qPrintable(t->item(r, HistoryView::FieldColumn)->text()));
            QCOMPARE(t->item(r, HistoryView::Entry1Column)->text(), t->item(r, HistoryView::Entry2Column)->text());
            continue;
        }
        ++marked;
        QVERIFY(mark.contains(QStringLiteral("≠")) && mark.contains(QLatin1String("differs")));
        QCOMPARE(t->item(r, HistoryView::Entry1Column)->text(), QString::number(truth));
        QCOMPARE(t->item(r, HistoryView::Entry2Column)->text(), QString::number(truth + 7));
        QCOMPARE(t->item(r, HistoryView::FinalColumn)->text(), QString::number(truth)); // decided
        QVERIFY(t->item(r, HistoryView::FieldColumn)->font().bold());
    }
    QCOMPARE(marked, 1);
    const QString caption = history()->findChild<QLabel *>(QStringLiteral("entriesCaption"))->text();
    for (const char *who : {"capturista1", "capturista2", "supervisor1", "La imagen muestra"})
        QVERIFY2(caption.contains(QLatin1String(who)), qPrintable(caption));
    QVERIFY2(caption.contains(QLatin1String("1 field differs")), qPrintable(caption));

    // Agreeing entries: nothing marked, the final values are theirs.
    QVERIFY(history()->showActa(m_agreed.clave));
    QVERIFY(history()->differingFields().isEmpty());
    for (int r = 0; r < t->rowCount(); ++r) {
        QVERIFY(t->item(r, HistoryView::DiffersColumn)->text().isEmpty());
        QCOMPARE(t->item(r, HistoryView::FinalColumn)->text(), t->item(r, HistoryView::Entry1Column)->text());
    }
    // Only entry 1 so far: entry 2 and the final values are still to come.
    QVERIFY(history()->showActa(m_waiting.clave));
    QCOMPARE(t->item(0, HistoryView::Entry2Column)->text(), QStringLiteral("—"));
    QCOMPARE(t->item(0, HistoryView::FinalColumn)->text(), QStringLiteral("—"));
    QVERIFY(
        history()->findChild<QLabel *>(QStringLiteral("entriesCaption"))->text().contains(QLatin1String("not typed")));
}

void TestGuiHistory::fitsSmallScreensByKeyboard()
{
    QVERIFY(history()->showActa(m_disputed.clave));
    auto *tabs = history()->findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    QVERIFY(tabs);
    for (const QSize size : {QSize(1280, 720), QSize(1366, 768)}) {
        m_window->resize(size);
        QTest::qWait(50);
        QVERIFY(m_window->width() <= size.width() && m_window->height() <= size.height());
        QVERIFY(history()->minimumSizeHint().width() <= size.width() / 2);
        auto *splitter = history()->findChild<QSplitter *>(QStringLiteral("splitter"));
        QVERIFY(splitter->sizes().at(0) >= 200 && splitter->sizes().at(1) >= 600);
        QTableWidget *events = table("historyTable");
        // Every column within the table's width: the details wrap, nothing runs off the side.
        int width = 0;
        for (int c = 0; c < HistoryView::ColumnCount; ++c)
            width += events->columnWidth(c);
        QVERIFY2(width <= events->viewport()->width() + 1,
                 qPrintable(QStringLiteral("%1 > %2").arg(width).arg(events->viewport()->width())));
        // Every row as tall as its wrapped text, at the width it is painted in: nothing cut off.
        for (int r = 0; r < events->rowCount(); ++r)
            for (int c : {HistoryView::ActionColumn, HistoryView::DetailsColumn}) {
                const QString text = events->item(r, c)->text();
                const QRect need = events->fontMetrics().boundingRect(QRect(0, 0, events->columnWidth(c) - 7, 100000),
                                                                      Qt::TextWordWrap, text);
                QVERIFY2(need.height() <= events->rowHeight(r),
                         qPrintable(QStringLiteral("row %1: %2 > %3: %4")
                                        .arg(r)
                                        .arg(need.height())
                                        .arg(events->rowHeight(r))
                                        .arg(text)));
            }
        QVERIFY(m_window->grab().save(
            QStringLiteral("screenshots/history-%1x%2.png").arg(size.width()).arg(size.height())));
        tabs->setCurrentIndex(1);
        QVERIFY(m_window->grab().save(
            QStringLiteral("screenshots/history-entries-%1x%2.png").arg(size.width()).arg(size.height())));
        tabs->setCurrentIndex(0);
    }
    // Keyboard only: the search box first, then the button, the list, the tabs; Alt+N the entries.
    auto *edit = history()->findChild<QLineEdit *>(QStringLiteral("claveEdit"));
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), history()->findChild<QPushButton *>(QStringLiteral("showButton")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), history()->findChild<QTreeWidget *>(QStringLiteral("recentList")));
    tabs->setCurrentIndex(0);
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::AltModifier);
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("entriesTab"));
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::AltModifier);
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("eventsTab"));
    QTest::keyClick(m_window.get(), Qt::Key_A, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), edit);
    m_window->resize(1280, 720);
}

void TestGuiHistory::followsTheLanguage()
{
    const QString clave = m_disputed.clave;
    QVERIFY(history()->showActa(clave));
    QTableWidget *t = table("historyTable");
    const int rows = t->rowCount();
    const QString englishDigitized = ActaWorkflow::stateName(State::Digitized);
    QVERIFY(Language::install(QCoreApplication::instance(), QStringLiteral("es_MX")));
    QCoreApplication::processEvents();
    const QString spanishDigitized = ActaWorkflow::stateName(State::Digitized);
    QVERIFY(spanishDigitized != englishDigitized); // the catalogue has it
    // The acta on screen is shown again in Spanish: headers, summary, the states in the events.
    QCOMPARE(history()->currentActa(), clave);
    QCOMPARE(t->rowCount(), rows);
    QCOMPARE(t->horizontalHeaderItem(HistoryView::TimeColumn)->text(),
             QCoreApplication::translate("acta::gui::HistoryView", "When (station time)"));
    QVERIFY(t->horizontalHeaderItem(HistoryView::TimeColumn)->text() != QLatin1String("When (station time)"));
    QVERIFY2(history()->summary().contains(ActaWorkflow::stateName(State::QueuedForSync)),
             qPrintable(history()->summary()));
    bool spanishState = false;
    for (int r = 0; r < t->rowCount(); ++r)
        spanishState |= t->item(r, HistoryView::DetailsColumn)->text().contains(spanishDigitized);
    QVERIFY(spanishState);
    auto *list = history()->findChild<QTreeWidget *>(QStringLiteral("recentList"));
    QCOMPARE(list->topLevelItemCount(), 3);
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QString listed = list->topLevelItem(i)->text(HistoryView::RecentClaveColumn);
        QCOMPARE(list->topLevelItem(i)->text(HistoryView::RecentStateColumn),
                 ActaWorkflow::stateName(m_window->session()->actas().find(listed)->state));
    }
    QVERIFY(m_window->grab().save(QStringLiteral("screenshots/history-es_MX.png")));
    QVERIFY(Language::install(QCoreApplication::instance(), QStringLiteral("en")));
    QCoreApplication::processEvents();
    QCOMPARE(t->horizontalHeaderItem(HistoryView::TimeColumn)->text(), QStringLiteral("When (station time)"));
}

QTEST_MAIN(TestGuiHistory)
#include "tst_gui_history.moc"
