#include "../TestSupport.h"
#include "../tst_gui_support.h"
#include "EnrollmentRequest.h"
#include "HubDataDir.h"
#include "HubProcess.h"
#include "SyncWorker.h"

#include <QLabel>
#include <QStandardPaths>
#include <QStatusBar>

using namespace acta;
using namespace acta::gui;
using State = ActaWorkflow::State;

// The desktop station with a pinned hub: the worker starts with the station, verified actas
// go up while people work, and the status bar says whether the hub is reachable.
class TestGuiSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theOpenStationSyncsAndShowsIt();

private:
    std::unique_ptr<StationWindow> startWindow(guitest::Fixture &f);
    static QString statusText(StationWindow &w);
    std::optional<Election> m_sample;
};

void TestGuiSync::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sample.emplace(Election::sample().value());
}

std::unique_ptr<StationWindow> TestGuiSync::startWindow(guitest::Fixture &f)
{
    auto w = std::make_unique<StationWindow>(*m_sample, f.env);
    w->show();
    if (!w->openStation(DemoStation::passphrase()))
        qFatal("cannot open the demo station");
    return w;
}

QString TestGuiSync::statusText(StationWindow &w)
{
    QStringList parts;
    for (QLabel *l : w.statusBar()->findChildren<QLabel *>())
        parts << l->text();
    return parts.join(QLatin1Char('|'));
}

void TestGuiSync::theOpenStationSyncsAndShowsIt()
{
    guitest::Fixture f;
    const QString hubDir = f.dir.filePath(QStringLiteral("hub"));
    int rc = -1;
    // The demo is a drill station: its hub is a drill hub.
    const QString init = HubProcess::run(
        {QStringLiteral("init"), QStringLiteral("--data"), hubDir, QStringLiteral("--simulation")}, &rc);
    QVERIFY2(rc == 0, qPrintable(init));
    static const QRegularExpression keyLine(QStringLiteral("hub public key: ([0-9a-f]{64})"));
    const QByteArray hubKey = QByteArray::fromHex(keyLine.match(init).captured(1).toLatin1());
    HubProcess hub(hubDir, {QStringLiteral("--simulation")});
    QVERIFY(hub.start());

    {
        // First start: the demo station, no hub yet.
        auto w = startWindow(f);
        QVERIFY(guitest::login(*w, "admin"));
        QCOMPARE(w->session()->sync(), nullptr);
        QVERIFY2(statusText(*w).contains(w->session()->syncText()), qPrintable(statusText(*w)));
        // The administrator's part: enrollment at the hub, the hub pinned at the station.
        Station &station = w->session()->station();
        const SigningKey key = station.signingKey().value();
        const QString request = f.dir.filePath(QStringLiteral("enroll.json"));
        QVERIFY_OK(EnrollmentRequest::forKey(station.stationId(), station.name(), key, QDateTime::currentDateTimeUtc())
                       .write(request));
        const QString enrolled = HubProcess::run(
            {QStringLiteral("enroll"), QStringLiteral("--data"), hubDir, QStringLiteral("--simulation"), request}, &rc);
        QVERIFY2(rc == 0, qPrintable(enrolled));
        QFile ca(HubDataDir(hubDir).caCertificatePath());
        QVERIFY(ca.open(QIODevice::ReadOnly));
        QVERIFY_OK(station.upstream().addEndpoint(*w->session()->user(), QStringLiteral("primary"), hub.url(),
                                                  ca.readAll(), hubKey));
    }

    // Opened again: the worker runs with the station.
    auto w = startWindow(f);
    QVERIFY(w->session()->sync());
    QVERIFY(guitest::login(*w, "capturista1"));
    const QString casilla = m_sample->catalog.casillas().at(7).key.toString();
    QVERIFY(w->intakeView()->recordSinActa(casilla, SinActaReason::CasillaNoInstalada));
    const QString clave = ActaKey::make(*CasillaKey::parse(casilla), m_sample->election.actaType())->toString();
    QTRY_COMPARE_WITH_TIMEOUT(w->session()->actas().find(clave)->state, State::Synced, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(w->session()->sync()->allIdle(), 10000);
    QVERIFY2(statusText(*w).contains(w->session()->syncText()), qPrintable(statusText(*w)));

    // The hub goes away: the next acta waits, and the status bar says the station is offline.
    hub.kill();
    const QString casilla2 = m_sample->catalog.casillas().at(8).key.toString();
    QVERIFY(w->intakeView()->recordSinActa(casilla2, SinActaReason::CasillaNoInstalada));
    QTRY_VERIFY_WITH_TIMEOUT(w->session()->sync()->status().first().state == SyncWorker::LaneState::Waiting, 20000);
    const QString offline = w->session()->syncText();
    QTRY_VERIFY2_WITH_TIMEOUT(statusText(*w).contains(offline), qPrintable(statusText(*w)), 10000);
    const QString clave2 = ActaKey::make(*CasillaKey::parse(casilla2), m_sample->election.actaType())->toString();
    QCOMPARE(w->session()->actas().find(clave2)->state, State::QueuedForSync);

    // Back: it goes up without anyone doing anything.
    QVERIFY(hub.start());
    QTRY_COMPARE_WITH_TIMEOUT(w->session()->actas().find(clave2)->state, State::Synced, 30000);
}

QTEST_MAIN(TestGuiSync)
#include "tst_gui_sync.moc"
