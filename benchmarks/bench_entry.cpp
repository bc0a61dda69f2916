// bench_entry: entry 1 with recognition pre-fill vs typing every field. A scripted clerk types
// what is written on generated actas (held-out digits) into the real entry view, offscreen:
// Enter to confirm a right pre-filled value, the digits and Enter otherwise, F2/F3 for ILEGIBLE
// and SIN DATO. Prints one "name: value unit" line per figure; "#" lines say what was measured.
//
//   bench_entry [--actas N] [--seed S] [--level clean|mild|moderate|severe] [--key-ms MS]

#include "ActaRepository.h"
#include "DemoStation.h"
#include "Election.h"
#include "EntryView.h"
#include "FieldInput.h"
#include "GlyphAtlas.h"
#include "PageGenerator.h"
#include "PageProcessor.h"
#include "SecureBytes.h"
#include "Session.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace acta;
using namespace acta::gui;

namespace {

void figure(const QByteArray &name, double value, const char *unit)
{
    std::printf("%s: %.4g %s\n", name.constData(), value, unit);
    std::fflush(stdout);
}

void note(const QString &text)
{
    std::printf("# %s\n", qPrintable(text));
    std::fflush(stdout);
}

[[noreturn]] void die(const QString &why)
{
    std::fprintf(stderr, "bench_entry: %s\n", qPrintable(why));
    std::exit(1);
}

struct Sheet
{
    GeneratedPage page;
    PageReading reading;
};

struct Outcome
{
    qint64 keystrokes = 0;
    qint64 fields = 0;
    qint64 prefilled = 0;
    qint64 prefilledWrong = 0; // recognition proposed a high-confidence value the clerk had to correct
    qint64 widgetNs = 0;
    qint64 saved = 0;
    qint64 savedExact = 0;
    qint64 commits = 0; // presses of the save key (one more per screenful of proposed values)
};

// One station with its session and an entry 1 view; the clerk logged in.
struct Desk
{
    QTemporaryDir dir;
    std::unique_ptr<Session> session;
    std::unique_ptr<EntryView> view;

    Desk(const Election &election, const QList<Sheet> &sheets, bool prefill)
    {
        GuiEnvironment env;
        env.stationDirectory = dir.filePath(QStringLiteral("station"));
        env.stationOptions.keyCost = Argon2Params {1, 8192};
        env.stationOptions.passwordCost = PasswordCost::minimum();
        if (Result<bool> made = DemoStation::ensure(env.stationDirectory, env); !made)
            die(made.error());
        Result<std::unique_ptr<Station>> station
            = Station::open(env.stationDirectory, SecureBytes::fromUtf8(DemoStation::passphrase()), Clock::system(),
                            PasswordCost::minimum());
        if (!station)
            die(station.error());
        session = std::make_unique<Session>(std::move(station).value(), election.election, election.catalog,
                                            Clock::system());
        Result<User> clerk = session->users().authenticate(QStringLiteral("capturista1"),
                                                           SecureBytes::fromUtf8(DemoStation::password()));
        if (!clerk)
            die(clerk.error());
        session->setUser(*clerk);
        for (const Sheet &s : sheets) {
            const QString clave = s.page.acta.toString();
            if (prefill) {
                // As the intake view does: the reading is kept with the page.
                if (Result<IntakeResult> r = session->actas().intake(
                        *clerk, s.page.acta, IntakePage {election.election.id(), false, s.page.bytes, {}, s.reading});
                    !r)
                    die(r.error());
                session->cacheReading(clave, s.reading);
                continue;
            }
            if (Result<ActaRecord> r = session->actas().receive(*clerk, s.page.acta, election.election.id(), false); !r)
                die(r.error());
            if (Result<QString> r = session->actas().storeImage(*clerk, clave, s.page.bytes); !r)
                die(r.error());
            if (Result<ActaRecord> r = session->actas().fire(*clerk, clave, ActaWorkflow::Trigger::AcceptImage); !r)
                die(r.error());
        }
        view = std::make_unique<EntryView>(*session, EntryView::Mode::Entry1);
        // The room the station window leaves its views on a 1280x720 screen (measured by
        // tst_gui_entry): not the whole screen.
        view->resize(1268, 629);
        view->show();
        view->activateWindow(); // Ctrl+Enter is a shortcut of the active window
        if (!QTest::qWaitForWindowActive(view.get()))
            die(QStringLiteral("the entry view did not become the active window"));
    }
};

// Moves the focus from the field that has it to `target` with the arrow keys; returns the keys.
qint64 walkTo(EntryView &view, const ElectionTemplate &election, FieldInput *target)
{
    QList<FieldInput *> shown;
    for (const TemplateField &f : election.allFields())
        if (FieldInput *in = view.input(f.id); in && in->isVisibleTo(&view))
            shown << in;
    qint64 keys = 0;
    for (int guard = 0; guard < 2 * shown.size() && QApplication::focusWidget() != target; ++guard) {
        auto *at = qobject_cast<FieldInput *>(QApplication::focusWidget());
        const qsizetype from = at ? shown.indexOf(at) : -1;
        const bool down = from < 0 || from < shown.indexOf(target);
        QTest::keyClick(at ? static_cast<QWidget *>(at) : target, down ? Qt::Key_Down : Qt::Key_Up);
        ++keys;
        if (!at)
            target->setFocus(); // not in a field: a clerk would Tab in; counted as the key above
    }
    return keys;
}

// The clerk enters one acta with the keyboard only, as the entry view is built for; returns the
// keystrokes. The focus starts on the first field to fill. A field that is empty is typed (digits
// and Enter, or F2/F3); Enter takes the focus to the next field to fill, and after the last one
// to Save. A proposed value that is right is left for the commit; a wrong one is reached with the
// arrow keys and typed over. Then the commit: Enter on Save (Ctrl+Enter elsewhere, two keys)
// confirms the proposed values on screen and saves; while some are further down it scrolls to
// them and the clerk presses it again. Typing every field is the same flow with nothing proposed.
qint64 typeActa(EntryView &view, const ElectionTemplate &election, const Tally &truth, Outcome &out)
{
    qint64 keys = 0;
    QCoreApplication::processEvents();
    for (const TemplateField &f : election.allFields()) {
        FieldInput *in = view.input(f.id);
        if (!in->isVisibleTo(&view))
            continue;
        const FieldValue want = truth.value(f.id);
        const std::optional<FieldValue> shown = in->value();
        ++out.fields;
        if (shown) {
            ++out.prefilled;
            if (*shown == want)
                continue; // confirmed by the commit, on screen
            ++out.prefilledWrong;
        }
        if (QApplication::focusWidget() != in)
            keys += walkTo(view, election, in);
        QCoreApplication::processEvents(); // the focus change selects what is there
        if (want.kind() == FieldValue::Kind::Ilegible) {
            QTest::keyClick(in, FieldInput::IlegibleKey);
            keys += 1;
        } else if (want.kind() == FieldValue::Kind::SinDato) {
            QTest::keyClick(in, FieldInput::SinDatoKey);
            keys += 1;
        } else {
            const QString digits = QString::number(want.number());
            QTest::keyClicks(in, digits);
            QTest::keyClick(in, Qt::Key_Return);
            keys += digits.size() + 1;
        }
    }
    const QString clave = view.currentActa();
    for (int press = 0; press < 10 && view.currentActa() == clave; ++press) {
        QWidget *focus = QApplication::focusWidget();
        if (qobject_cast<QPushButton *>(focus)) {
            QTest::keyClick(focus, Qt::Key_Return);
            keys += 1;
        } else {
            QTest::keyClick(focus ? focus : &view, Qt::Key_Return, Qt::ControlModifier);
            keys += 2;
        }
        ++out.commits;
    }
    return keys;
}

Outcome run(Desk &desk, const QList<Sheet> &sheets, const ElectionTemplate &election)
{
    Outcome out;
    for (const Sheet &s : sheets) {
        const QString clave = s.page.acta.toString();
        QElapsedTimer t;
        t.start();
        // Saving opens the next acta of the queue: the clerk goes on there.
        if (desk.view->currentActa() != clave && !desk.view->openActa(clave))
            die(desk.view->message());
        out.keystrokes += typeActa(*desk.view, election, s.page.truth, out);
        if (desk.view->currentActa() != clave)
            ++out.saved;
        out.widgetNs += t.nsecsElapsed();
        Result<std::optional<Tally>> stored = desk.session->actas().entry(clave, EntryKind::Entry1);
        if (stored && *stored && **stored == s.page.truth)
            ++out.savedExact;
    }
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(QStringLiteral("acta.*.info=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("actas"), QStringLiteral("Generated actas."), QStringLiteral("N"), QStringLiteral("200")});
    parser.addOption(
        {QStringLiteral("seed"), QStringLiteral("First seed."), QStringLiteral("S"), QStringLiteral("5000")});
    parser.addOption(
        {QStringLiteral("level"), QStringLiteral("Defect level."), QStringLiteral("LEVEL"), QStringLiteral("mild")});
    parser.addOption({QStringLiteral("key-ms"), QStringLiteral("A clerk's time per keystroke."), QStringLiteral("MS"),
                      QStringLiteral("300")});
    parser.process(app);
    const int count = parser.value(QStringLiteral("actas")).toInt();
    const quint64 seed = parser.value(QStringLiteral("seed")).toULongLong();
    const double keyMs = parser.value(QStringLiteral("key-ms")).toDouble();
    const QString levelName = parser.value(QStringLiteral("level"));
    const DefectLevel level = levelName == QLatin1String("clean") ? DefectLevel::Clean
        : levelName == QLatin1String("moderate")                  ? DefectLevel::Moderate
        : levelName == QLatin1String("severe")                    ? DefectLevel::Severe
                                                                  : DefectLevel::Mild;

    Result<Election> election = Election::sample();
    if (!election)
        die(election.error());
    Result<GlyphAtlas> atlas = GlyphAtlas::embedded();
    if (!atlas)
        die(atlas.error());
    Result<std::unique_ptr<PageProcessor>> processor = PageProcessor::create(election->election, &election->catalog);
    if (!processor)
        die(processor.error());
    const PageGenerator generator(election->election, *atlas);

    // Distinct casillas; pages the quality gate refuses are replaced (they never reach entry).
    QList<Sheet> sheets;
    int refused = 0;
    for (quint64 s = seed; sheets.size() < count && s < seed + quint64(count) * 3; ++s) {
        const CasillaInfo &casilla = election->catalog.casillas().at(qsizetype(s % quint64(election->catalog.size())));
        Result<ActaKey> key = ActaKey::make(casilla.key, election->election.actaType());
        const PageDefects defects = PageGenerator::randomDefects(level, s);
        const Tally tally
            = generator.randomTally(s, defects.crossedOutRate, defects.emptyRate, key->actaType(), &casilla);
        Result<GeneratedPage> page = generator.generate(*key, &casilla, tally, defects, s);
        if (!page)
            die(page.error());
        PageReading reading = (*processor)->processBytes(page->bytes, key->toString());
        if (!reading.accepted || !reading.acta || !(*reading.acta == *key)) {
            ++refused;
            continue;
        }
        sheets.append({std::move(page).value(), std::move(reading)});
    }
    note(QStringLiteral("%1 generated actas (%2 defects, seeds from %3); %4 refused by the quality gate and replaced")
             .arg(sheets.size())
             .arg(levelName)
             .arg(seed)
             .arg(refused));

    const qsizetype fieldsPerActa = election->election.allFields().size();
    double keysPerActa[2] = {0, 0};
    double exactShare[2] = {0, 0};
    for (bool prefill : {true, false}) {
        Desk desk(*election, sheets, prefill);
        const Outcome o = run(desk, sheets, election->election);
        const double n = double(sheets.size());
        const QByteArray mode = prefill ? "prefill" : "typed";
        note(prefill ? QStringLiteral("entry 1 pre-filled by recognition (high-confidence fields only)")
                     : QStringLiteral("entry 1 typing every field"));
        figure(QByteArray("entry1_") + mode + "_keystrokes_per_acta", double(o.keystrokes) / n, "keys");
        figure(QByteArray("entry1_") + mode + "_clerk_seconds_per_acta", double(o.keystrokes) / n * keyMs / 1000, "s");
        figure(QByteArray("entry1_") + mode + "_widget_ms_per_acta", double(o.widgetNs) / n / 1e6, "ms");
        figure(QByteArray("entry1_") + mode + "_prefilled_share",
               double(o.prefilled) / double(qMax<qint64>(1, o.fields)), "");
        figure(QByteArray("entry1_") + mode + "_prefilled_wrong", double(o.prefilledWrong), "fields");
        figure(QByteArray("entry1_") + mode + "_saved_exact_share", double(o.savedExact) / n, "");
        figure(QByteArray("entry1_") + mode + "_save_presses_per_acta", double(o.commits) / n, "keys");
        keysPerActa[prefill ? 0 : 1] = double(o.keystrokes) / n;
        exactShare[prefill ? 0 : 1] = double(o.savedExact) / n;
    }
    note(QStringLiteral("keystrokes count every key pressed, the save key(s) included; Ctrl+Enter counts two"));
    figure("entry1_prefill_keystroke_ratio", keysPerActa[0] / qMax(1e-9, keysPerActa[1]), "");
    if (exactShare[0] < 1 || exactShare[1] < 1)
        note(QStringLiteral("NOT EXACT: a saved entry differs from the sheet"));
    note(
        QStringLiteral("%1 fields per acta; clerk time modelled at %2 ms per keystroke").arg(fieldsPerActa).arg(keyMs));
    return 0;
}
