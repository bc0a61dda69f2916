// A scripted drill of 200 actas: two clerks (beto makes known mistakes), a supervisor, every
// contingency handled as the script says (two of them wrongly, on purpose). The trainer's report
// must give exactly the script's figures. The pages are stand-ins (this scores people, not
// images: tst_drill checks the drawn pages); the PDF is rendered to PNG for a person to look at.
#include "DrillGenerator.h"
#include "DrillReportWriter.h"
#include "DrillScorer.h"
#include "Sha256.h"
#include "Station.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <map>

using namespace acta;

namespace {

SecureBytes s(const char *t)
{
    return SecureBytes::fromUtf8(QString::fromUtf8(t));
}

QString digitsOf(const Tally &t)
{
    QString out;
    for (auto it = t.values().cbegin(); it != t.values().cend(); ++it)
        if (it->isNumber())
            out += QString::number(it->number());
    return out;
}

} // namespace

class TestDrillScripted : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void durationsOf_data();
    void durationsOf();
    void reportEqualsTheScript();
};

void TestDrillScripted::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDrillScripted::durationsOf_data()
{
    QTest::addColumn<QList<double>>("seconds");
    QTest::addColumn<double>("median");
    QTest::addColumn<double>("p95");
    QTest::newRow("none") << QList<double>() << 0.0 << 0.0;
    QTest::newRow("one") << QList<double> {7} << 7.0 << 7.0;
    QTest::newRow("even") << QList<double> {4, 1, 3, 2} << 2.5 << 4.0;
    QList<double> hundred;
    for (int i = 100; i >= 1; --i)
        hundred << i;
    QTest::newRow("1..100") << hundred << 50.5 << 95.0;
    QTest::newRow("21 values") << QList<double>(21, 3.0) << 3.0 << 3.0;
}

void TestDrillScripted::durationsOf()
{
    QFETCH(QList<double>, seconds);
    QFETCH(double, median);
    QFETCH(double, p95);
    const DrillReport::Durations d = DrillReport::Durations::of(seconds);
    QCOMPARE(d.count, seconds.size());
    QCOMPARE(d.medianSeconds, median);
    QCOMPARE(d.p95Seconds, p95);
}

void TestDrillScripted::reportEqualsTheScript()
{
    const Election election = Election::sample().value();
    const ElectionTemplate &t = election.election;
    DrillGenerator generator(election, GlyphAtlas::embedded().value());
    generator.setRenderer([](const PlannedPage &p) -> Result<QByteArray> {
        return QByteArray(QByteArray("stand-in scan ") + p.page.file.toUtf8() + ' ' + p.page.clave.toUtf8());
    });
    DrillOptions options;
    options.actas = 200;
    options.seed = 11;
    QTemporaryDir dir;
    const DrillKey key = generator.write(generator.plan(options).value(), dir.path()).value();

    ManualClock clock(QDateTime(QDate(2027, 6, 6), QTime(20, 0), Qt::UTC));
    std::unique_ptr<Station> station
        = Station::initialise(dir.filePath(QStringLiteral("station")), QStringLiteral("CATD simulacro"),
                              s("station passphrase"), QStringLiteral("admin"), s("admin-password"), clock,
                              {Argon2Params {1, 8192}, PasswordCost::minimum(), StationMode::Drill})
              .value();
    const User admin = station->users().find(QStringLiteral("admin")).value();
    for (const auto &[name, role] : {std::pair {"trainer", Role::Trainer}, std::pair {"ana", Role::Clerk},
                                     std::pair {"beto", Role::Clerk}, std::pair {"sup", Role::Supervisor}})
        QVERIFY_OK(station->users().add(admin, QLatin1String(name), QLatin1String(name), role, s("password-1234")));
    const auto user = [&](const char *name) {
        return station->users().find(QLatin1String(name)).value();
    };
    const User trainer = user("trainer"), ana = user("ana"), beto = user("beto"), sup = user("sup");
    QVERIFY_OK(station->drills().load(trainer, key.drillId, key.toBytes()));
    QVERIFY_OK(station->drills().markStarted(trainer, key.drillId));
    const QDateTime start = clock.nowUtc();
    ActaRepository &actas = station->actas();

    // The script's own tally of what the report must say.
    struct ClerkTruth
    {
        int entries = 0;
        QSet<QString> actas;
        qint64 keystrokes = 0;
        qint64 activeMs = 0;
        int fieldsChecked = 0;
        int fieldsWrong = 0;
        int caused = 0;
        int right = 0;
    };
    std::map<QString, ClerkTruth> clerks;
    QList<double> toCapture, toVerify;
    int disputes = 0, recFields = 0, recCorrect = 0, recWrong = 0, recAbstained = 0, recPages = 0, recAllRight = 0;
    QMap<QString, std::pair<int, int>> contingency; // id -> (total, right)
    QStringList unfinished;
    const auto expect = [&](Contingency c, bool right) {
        auto &[total, ok] = contingency[DrillKey::contingencyId(c)];
        ++total;
        ok += right ? 1 : 0;
    };

    // Everything happens on a timeline: events sorted by time, the clock moved to each.
    std::multimap<qint64, std::function<void()>> timeline;
    const auto at = [&](qint64 second, std::function<void()> f) {
        timeline.emplace(second, std::move(f));
    };

    int typed = 0; // actas typed so far, for beto's mistakes
    int totalMismatchSeen = 0;
    const QStringList pending = [&] {
        // The last three ordinary actas are never captured: the report lists them unfinished.
        QStringList out;
        for (auto it = key.pages.crbegin(); it != key.pages.crend() && out.size() < 3; ++it)
            if (it->role == DrillPage::Role::Original && it->contingency == Contingency::None)
                out << it->clave;
        return out;
    }();
    const int drillSecondsPerNightSecond = 8; // a 480-minute night in 60 minutes
    for (qsizetype i = 0; i < key.pages.size(); ++i) {
        const DrillPage &p = key.pages[i];
        const qint64 arrival = p.arrivalSecond / drillSecondsPerNightSecond;
        const QString clave = p.clave;
        const QByteArray bytes = QByteArray(QByteArray("stand-in scan ") + p.file.toUtf8() + ' ' + clave.toUtf8());
        QCOMPARE(sha256Hex(bytes), p.sha256);
        const auto refuse = [&, p, bytes](const char *reason) {
            QVERIFY_OK(actas.recordRefusedPage(
                ana,
                RefusedPage {p.file, sha256Hex(bytes), p.clave, QLatin1String(reason), QStringLiteral("refused")}));
        };
        const Contingency c = p.role == DrillPage::Role::Original ? p.contingency : Contingency::None;
        if (p.role == DrillPage::Role::Duplicate) {
            at(arrival, [=] { refuse(RefusalReason::AlreadyReceived); });
            expect(Contingency::DuplicateSheet, true);
            continue;
        }
        if (c == Contingency::Blurred || c == Contingency::CutOff) {
            at(arrival, [=] { refuse(RefusalReason::Quality); });
            expect(c, true);
            continue; // its rescan comes later as its own page
        }
        if (c == Contingency::OutsideCatalog) {
            at(arrival, [=] { refuse(RefusalReason::NotInCatalog); });
            expect(c, true);
            continue;
        }

        // Recognition: right everywhere, but one field wrong on every 10th page and one left to the
        // clerk on every 7th.
        PageReading reading;
        reading.accepted = true;
        reading.acta = ActaKey::parse(clave).value();
        reading.inCatalog = true;
        reading.sha256 = p.sha256;
        int field = 0, wrongHere = 0, abstainedHere = 0;
        for (const TemplateField &f : t.allFields()) {
            if (!p.truth.has(f.id))
                continue;
            FieldReading fr;
            fr.fieldId = f.id;
            fr.value = p.truth.value(f.id);
            fr.highConfidence = true;
            if (field == 0 && i % 10 == 0 && fr.value.isNumber()) {
                fr.value = FieldValue::number(fr.value.number() + 1);
                ++wrongHere;
            } else if (field == 1 && i % 7 == 0) {
                fr.highConfidence = false;
                ++abstainedHere;
            }
            ++field;
            reading.fields << fr;
        }
        const bool identityTyped = c == Contingency::UnreadableQr;
        at(arrival, [=, &actas] {
            QVERIFY_OK(actas.intake(ana, *reading.acta, IntakePage {t.id(), true, bytes, QByteArray(), reading},
                                    Digitization::of(Digitization::Kind::CatdScanner,
                                                     Digitization::defaultTipoDocumento(), identityTyped)));
        });
        ++recPages;
        recFields += field;
        recWrong += wrongHere;
        recAbstained += abstainedHere;
        recCorrect += field - wrongHere - abstainedHere;
        recAllRight += wrongHere + abstainedHere == 0 ? 1 : 0;
        if (pending.contains(clave)) {
            unfinished << clave;
            continue;
        }

        // Entry 1 and 2 alternate between the clerks; beto slips one digit on every 4th acta he types.
        const bool anaFirst = i % 2 == 0;
        const User first = anaFirst ? ana : beto, second = anaFirst ? beto : ana;
        Tally written = p.truth;
        const bool correctedTotal = c == Contingency::TotalMismatch && totalMismatchSeen++ == 0;
        if (correctedTotal) // on purpose: both clerks "fix" the first wrong total into the sum
            for (const TemplateField &f : t.otherFields())
                if (f.kind == FieldKind::TotalAsentado) {
                    qint64 sum = 0;
                    for (const TemplateField &v : t.voteFields())
                        sum += p.truth.value(v.id).countedValue();
                    written.set(f.id, FieldValue::number(sum));
                }
        const bool betoSlips = (typed++ % 4) == 3;
        Tally betoTyped = written;
        QString slipped;
        if (betoSlips)
            for (const TemplateField &f : t.voteFields())
                if (written.value(f.id).isNumber()) {
                    betoTyped.set(f.id, FieldValue::number(written.value(f.id).number() + 1));
                    slipped = f.id;
                    break;
                }
        const qint64 captureAt = arrival + 60 + (i % 5) * 20;
        const qint64 verifyAt = captureAt + 45 + (i % 3) * 15;
        toCapture << double(captureAt - arrival);
        const int active1 = 20000 + int(i) * 10, active2 = 18000 + int(i) * 10;
        const Tally firstTally = first.username == QLatin1String("beto") ? betoTyped : written;
        const Tally secondTally = second.username == QLatin1String("beto") ? betoTyped : written;
        const int keys1 = int(digitsOf(firstTally).size()) + field, keys2 = int(digitsOf(secondTally).size()) + field;
        at(captureAt, [=, &actas] {
            QVERIFY_OK(actas.submitEntry1(first, clave, firstTally, EntryEffort {keys1, active1}));
        });
        at(verifyAt, [=, &actas] {
            QVERIFY_OK(actas.submitEntry2(second, clave, secondTally, EntryEffort {keys2, active2}));
        });
        for (const auto &[who, tally, keys, active] : {std::tuple {first.username, firstTally, keys1, active1},
                                                       std::tuple {second.username, secondTally, keys2, active2}}) {
            ClerkTruth &ct = clerks[who];
            ++ct.entries;
            ct.actas.insert(clave);
            ct.keystrokes += keys;
            ct.activeMs += active;
            for (const TemplateField &f : t.allFields()) {
                if (!p.truth.has(f.id) && !tally.has(f.id))
                    continue;
                ++ct.fieldsChecked;
                ct.fieldsWrong += tally.value(f.id) != p.truth.value(f.id) ? 1 : 0;
            }
        }
        if (betoSlips) {
            // A dispute: the supervisor decides with the sheet (what the clerks agreed it says).
            ++disputes;
            // Judged on the field they disagree on (beto's slip): ana is right there, even on the acta
            // whose total both "corrected".
            clerks[QStringLiteral("beto")].caused += 1;
            clerks[QStringLiteral("ana")].right += 1;
            at(verifyAt + 120, [=, &actas] {
                QVERIFY_OK(actas.adjudicate(sup, clave, written, QStringLiteral("sheet checked"), EntryEffort {}));
            });
            toVerify << double(verifyAt + 120 - captureAt);
        } else {
            toVerify << double(verifyAt - captureAt);
        }
        switch (c) {
        case Contingency::TotalMismatch:
            expect(c, !correctedTotal);
            break;
        case Contingency::Illegible:
        case Contingency::Empty:
        case Contingency::OverListaNominal:
        case Contingency::UpsideDown:
        case Contingency::UnreadableQr:
            expect(c, true);
            break;
        default:
            break;
        }
    }
    // Packages without their acta: the first one recorded with the wrong reason, on purpose.
    for (qsizetype k = 0; k < key.sinActa.size(); ++k) {
        const DrillSinActa sin = key.sinActa[k];
        const SinActaReason reason = k == 0
            ? (sin.reason == SinActaReason::SinSobre ? SinActaReason::PaqueteNoEntregado : SinActaReason::SinSobre)
            : sin.reason;
        QList<ActaKey> keys;
        for (const QString &c : sin.claves)
            keys << ActaKey::parse(c).value();
        at(sin.arrivalSecond / drillSecondsPerNightSecond,
           [=, &actas] { QVERIFY_OK(actas.intakeSinActa(ana, keys, t.id(), true, reason)); });
        expect(Contingency::SinActa, k != 0);
    }
    for (auto &[second, event] : timeline) {
        if (start.addSecs(second) > clock.nowUtc())
            clock.set(start.addSecs(second));
        event();
        if (QTest::currentTestFailed())
            return;
    }

    const DrillFacts facts = station->drills().facts(trainer).value();
    const StoredDrill stored = station->drills().find().value();
    const DrillReport report = DrillScorer(election, key).score(facts, stored.startedAt, clock.nowUtc());

    QCOMPARE(report.startedAt, start);
    QCOMPARE(report.clerks.size(), qsizetype(2));
    for (const DrillReport::ClerkScore &c : report.clerks) {
        const ClerkTruth &want = clerks[c.username];
        QCOMPARE(c.entries, want.entries);
        QCOMPARE(c.actas, int(want.actas.size()));
        QCOMPARE(c.keystrokes.value_or(-1), want.keystrokes);
        QCOMPARE(c.secondsPerEntry.value_or(-1), double(want.activeMs) / 1000.0 / want.entries);
        QCOMPARE(c.fieldsChecked, want.fieldsChecked);
        QCOMPARE(c.fieldsWrong, want.fieldsWrong);
        QCOMPARE(c.disagreementsCaused, want.caused);
        QCOMPARE(c.disputesRight, want.right);
    }
    QVERIFY(clerks[QStringLiteral("beto")].fieldsWrong > clerks[QStringLiteral("ana")].fieldsWrong);
    QCOMPARE(report.disputes.size(), qsizetype(disputes));
    for (const DrillReport::Dispute &d : report.disputes) {
        QVERIFY(d.decisionRight.has_value());
        QCOMPARE(d.decidedBy, QStringLiteral("sup"));
    }
    QMap<QString, std::pair<int, int>> got;
    for (const DrillReport::ContingencySummary &c : report.contingencySummary)
        got.insert(c.kind, {c.total, c.right});
    QCOMPARE(got, contingency);
    QCOMPARE(report.intakeToCapture.medianSeconds, DrillReport::Durations::of(toCapture).medianSeconds);
    QCOMPARE(report.intakeToCapture.p95Seconds, DrillReport::Durations::of(toCapture).p95Seconds);
    QCOMPARE(report.captureToVerification.count, int(toVerify.size()));
    QCOMPARE(report.captureToVerification.medianSeconds, DrillReport::Durations::of(toVerify).medianSeconds);
    QCOMPARE(report.captureToVerification.p95Seconds, DrillReport::Durations::of(toVerify).p95Seconds);
    QCOMPARE(report.recognition.pages, recPages);
    QCOMPARE(report.recognition.fields, recFields);
    QCOMPARE(report.recognition.correct, recCorrect);
    QCOMPARE(report.recognition.wrong, recWrong);
    QCOMPARE(report.recognition.abstained, recAbstained);
    QCOMPARE(report.recognition.pagesAllCorrect, recAllRight);
    std::sort(unfinished.begin(), unfinished.end());
    QStringList reported = report.unfinished;
    std::sort(reported.begin(), reported.end());
    QCOMPARE(reported, unfinished);
    QCOMPARE(report.progress.size(), qsizetype(4));
    QCOMPARE(report.progress[0].total(), recPages);
    QCOMPARE(report.progress[1].total(), int(toCapture.size()));
    QCOMPARE(report.progress[2].total(), int(toVerify.size()));
    qInfo("scripted drill: %d actas, %d scans, %d disputes, intake->capture median %.0f s p95 %.0f s, "
          "capture->verified median %.0f s p95 %.0f s",
          report.actasInKey, report.pagesInKey, int(report.disputes.size()), report.intakeToCapture.medianSeconds,
          report.intakeToCapture.p95Seconds, report.captureToVerification.medianSeconds,
          report.captureToVerification.p95Seconds);

    // The report as the trainer gets it, and as a person looks at it.
    const QString outDir = QCoreApplication::applicationDirPath() + QStringLiteral("/drill-report-scripted");
    QDir(outDir).removeRecursively();
    QVERIFY(QDir().mkpath(outDir));
    const QString pdf = outDir + QStringLiteral("/informe.pdf");
    QVERIFY_OK(DrillReportWriter::writePdf(report, pdf));
    QVERIFY_OK(DrillReportWriter::writeCsv(report, outDir + QStringLiteral("/informe.csv")));
    QFile csv(outDir + QStringLiteral("/informe.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray csvText = csv.readAll();
    QVERIFY(csvText.startsWith("# SIMULACRO"));
    for (const auto &[name, c] : clerks)
        QVERIFY2(csvText.contains(QByteArray(name.toUtf8() + ',')), name.toUtf8().constData());
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty())
        QSKIP("pdftoppm (poppler-utils) is not installed: the PDF was written, not rendered");
    QProcess render;
    render.start(
        pdftoppm,
        {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), pdf, outDir + QStringLiteral("/informe")});
    QVERIFY(render.waitForFinished(60000));
    QCOMPARE(render.exitCode(), 0);
    const QStringList pngs = QDir(outDir).entryList({QStringLiteral("informe*.png")}, QDir::Files, QDir::Name);
    QVERIFY(pngs.size() >= 2);
    const QImage first(outDir + QLatin1Char('/') + pngs.first());
    QVERIFY(!first.isNull());
    qInfo("drill report rendered: %s (%d pages)", qPrintable(outDir), int(pngs.size()));
}

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the PDF needs fonts
    TestDrillScripted test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_drill_scripted.moc"
