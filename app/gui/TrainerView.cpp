#include "TrainerView.h"

#include "DrillFeeder.h"
#include "DrillGenerator.h"
#include "DrillKeyFile.h"
#include "DrillReportWriter.h"
#include "DrillScorer.h"
#include "GuiEnvironment.h"
#include "GuiLog.h"
#include "Session.h"
#include "ui_TrainerView.h"

#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHeaderView>
#include <QPointer>
#include <QThread>

namespace acta::gui {

namespace {

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

TrainerView::TrainerView(Session &session, FileDialogs &dialogs, QString hotFolder, QString drillsFolder,
                         Argon2Params keyCost, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TrainerView>())
    , m_session(session)
    , m_dialogs(dialogs)
    , m_hotFolder(std::move(hotFolder))
    , m_drillsFolder(std::move(drillsFolder))
    , m_keyCost(keyCost)
{
    m_ui->setupUi(this);
    m_ui->messageLabel->setHiddenWhenEmpty(true);
    fillShares();
    for (QTableWidget *t : {m_ui->sharesTable, m_ui->clerksTable, m_ui->contingencyTable}) {
        t->verticalHeader()->hide();
        t->horizontalHeader()->setStretchLastSection(true);
    }
    connect(m_ui->generateButton, &QPushButton::clicked, this, &TrainerView::generate);
    connect(m_ui->cancelGenerateButton, &QPushButton::clicked, this, &TrainerView::cancelGeneration);
    connect(m_ui->startButton, &QPushButton::clicked, this, &TrainerView::startDrill);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &TrainerView::stopDrill);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &TrainerView::score);
    connect(m_ui->exportPdfButton, &QPushButton::clicked, this, &TrainerView::exportPdf);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, &TrainerView::exportCsv);
    connect(&m_session, &Session::userChanged, this, [this] {
        m_ui->generateBox->setEnabled(m_session.can(Permission::RunDrills));
        m_ui->runBox->setEnabled(m_session.can(Permission::RunDrills));
        m_ui->reportBox->setEnabled(m_session.can(Permission::ScoreDrills));
        m_openKeys.clear();
        m_report.reset();
        refreshDrills();
    });
    refreshDrills();
    retranslate();
}

TrainerView::~TrainerView()
{
    if (m_cancel)
        *m_cancel = true;
    if (m_thread)
        m_thread->wait(); // the generator stops after the page it is drawing
}

void TrainerView::fillShares()
{
    const DrillProportions standard = DrillProportions::standard();
    m_ui->sharesTable->setColumnCount(2);
    m_ui->sharesTable->setRowCount(ContingencyCount - 1);
    for (int k = 1; k < ContingencyCount; ++k) {
        auto *spin = new QDoubleSpinBox(m_ui->sharesTable);
        spin->setRange(0, 100);
        spin->setDecimals(1);
        spin->setSingleStep(0.5);
        spin->setSuffix(QStringLiteral(" %"));
        spin->setValue(standard.of(Contingency(k)) * 100);
        m_ui->sharesTable->setItem(k - 1, 0, cell(QString()));
        m_ui->sharesTable->setCellWidget(k - 1, 1, spin);
    }
}

void TrainerView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void TrainerView::setHotFolder(const QString &folder)
{
    m_hotFolder = folder;
    retranslate();
}

void TrainerView::retranslate()
{
    m_ui->sharesTable->setHorizontalHeaderLabels({tr("Contingency"), tr("Share of the actas")});
    for (int k = 1; k < ContingencyCount; ++k)
        m_ui->sharesTable->item(k - 1, 0)->setText(DrillKey::contingencyLabel(Contingency(k)));
    m_ui->sharesTable->resizeColumnToContents(0);
    m_ui->sharesTable->setColumnWidth(0, std::min(m_ui->sharesTable->columnWidth(0), 260));
    refreshDrills();
    m_ui->nameEdit->setPlaceholderText(tr("SIM-<seed>-<actas>"));
    if (m_feeder == nullptr || !m_feeder->running())
        m_ui->feedLabel->setText(tr("The drill's scans go into the hot folder %1 as its night goes by.")
                                     .arg(QDir::toNativeSeparators(m_hotFolder)));
    if (m_report)
        showReport();
}

QString TrainerView::message() const
{
    return m_ui->messageLabel->text();
}

void TrainerView::refreshDrills()
{
    const QString current = m_ui->drillCombo->currentData().toString();
    m_ui->drillCombo->clear();
    Result<QList<StoredDrill>> drills = m_session.station().drills().list();
    if (!drills) {
        m_ui->messageLabel->showError(drills.error());
        return;
    }
    for (const StoredDrill &d : *drills)
        m_ui->drillCombo->addItem(d.startedAt.isValid() ? tr("%1 (started)").arg(d.drillId) : d.drillId, d.drillId);
    const int i = m_ui->drillCombo->findData(current);
    if (i >= 0)
        m_ui->drillCombo->setCurrentIndex(i);
    m_ui->startButton->setEnabled(!drills->isEmpty());
}

void TrainerView::generate()
{
    if (m_generating)
        return;
    if (!m_session.can(Permission::RunDrills)) {
        m_ui->messageLabel->showError(tr("Only a trainer may generate drills."));
        return;
    }
    DrillOptions o;
    o.actas = m_ui->actasSpin->value();
    o.seed = quint64(m_ui->seedSpin->value());
    o.nightMinutes = m_ui->nightSpin->value();
    o.drillId = m_ui->nameEdit->text().trimmed();
    for (int k = 1; k < ContingencyCount; ++k)
        o.proportions.set(Contingency(k),
                          static_cast<QDoubleSpinBox *>(m_ui->sharesTable->cellWidget(k - 1, 1))->value() / 100.0);
    Result<GlyphAtlas> atlas = GlyphAtlas::embedded();
    if (!atlas) {
        m_ui->messageLabel->showError(atlas.error());
        return;
    }
    auto generator = std::make_shared<DrillGenerator>(Election {m_session.election(), m_session.catalog()}, *atlas);
    Result<DrillPlan> check = generator->plan(o); // the options, before anything is asked
    if (!check) {
        m_ui->messageLabel->showError(check.error());
        return;
    }
    const QString id = check->key.drillId;
    if (m_session.station().drills().find(id)) {
        m_ui->messageLabel->showError(
            tr("A drill named %1 is already in this station: choose another name or seed.").arg(id));
        return;
    }
    // The answer key is sealed with the trainer's own passphrase: the station passphrase, which
    // every clerk types, does not open it. The pages are drawn from a seed only it unlocks.
    const QString pass = m_dialogs.askPassphrase(
        this, tr("Generate a drill"), tr("Your passphrase for this drill's answer key (8 characters or more):"));
    if (pass.isEmpty())
        return;
    if (m_dialogs.askPassphrase(this, tr("Generate a drill"), tr("Type the passphrase again:")) != pass) {
        m_ui->messageLabel->showError(tr("The two passphrases differ; nothing was generated."));
        return;
    }
    auto secretPass = std::make_shared<SecureBytes>(SecureBytes::fromUtf8(pass));
    // The drill's own folder, away from the hot folder: the clerks get its scans one by one.
    const QString folder = QDir(m_drillsFolder).filePath(id);
    const int pages = int(check->pages.size());
    m_generating = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_ui->generateButton->setEnabled(false);
    m_ui->cancelGenerateButton->setEnabled(true);
    m_ui->generateProgress->setRange(0, pages);
    m_ui->generateProgress->setValue(0);
    m_ui->messageLabel->showInfo(tr("Drawing %n scan(s)…", nullptr, pages));
    qCInfo(lcGui) << "generating drill" << id << "into" << folder;
    QPointer<TrainerView> self(this);
    m_thread = QThread::create([self, generator, o, secretPass, cost = m_keyCost, folder, cancel = m_cancel] {
        const auto run = [&]() -> Result<Generated> {
            Result<DrillSecret> secret = DrillSecret::derive(*secretPass, DrillSecret::saltFor(o.seed), cost);
            if (!secret)
                return secret.takeError();
            DrillOptions options = o;
            options.contentSeed = secret->contentSeed(o.seed);
            Result<DrillPlan> plan = generator->plan(options);
            if (!plan)
                return plan.takeError();
            Result<DrillKey> key = generator->write(*plan, folder, [self, cancel](int done, int) {
                QMetaObject::invokeMethod(self, [self, done] {
                    if (self)
                        self->m_ui->generateProgress->setValue(done);
                });
                return !*cancel;
            });
            if (!key)
                return key.takeError();
            Result<QByteArray> sealed = DrillKeyFile::seal(*key, *secret, cost);
            if (!sealed)
                return sealed.takeError();
            return Generated {*key, *sealed};
        };
        const Result<Generated> generated = run();
        QMetaObject::invokeMethod(self, [self, generated, folder] {
            if (self)
                self->onGenerated(generated, folder);
        });
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, this, [this] { m_thread = nullptr; });
    m_thread->start();
}

void TrainerView::cancelGeneration()
{
    if (m_cancel)
        *m_cancel = true;
}

void TrainerView::onGenerated(const Result<Generated> &generated, const QString &folder)
{
    const Result<DrillKey> key = generated ? Result<DrillKey>(generated->key) : Result<DrillKey>(generated.takeError());
    m_generating = false;
    m_ui->generateButton->setEnabled(true);
    m_ui->cancelGenerateButton->setEnabled(false);
    if (!key) {
        m_ui->messageLabel->showError(key.error());
        Q_EMIT generationFinished(false);
        return;
    }
    // The answer key lives sealed in the drill station's store only.
    if (Status s = m_session.station().drills().load(*m_session.user(), key->drillId, generated->sealed); !s) {
        m_ui->messageLabel->showError(s.error());
        Q_EMIT generationFinished(false);
        return;
    }
    m_openKeys.insert(key->drillId, *key);
    refreshDrills();
    m_ui->drillCombo->setCurrentIndex(m_ui->drillCombo->findData(key->drillId));
    m_ui->messageLabel->showSuccess(
        tr("Drill %1 ready: %2 scans in %3, %4 package(s) without acta listed in %5. Its answer key is kept in this "
           "drill station only.")
            .arg(key->drillId)
            .arg(key->pages.size())
            .arg(QDir::toNativeSeparators(QDir(folder).filePath(DrillGenerator::scansFolderName())))
            .arg(key->sinActa.size())
            .arg(DrillGenerator::sinActaFileName()));
    Q_EMIT generationFinished(true);
}

std::optional<DrillKey> TrainerView::selectedKey(QString *drillId)
{
    const QString id = m_ui->drillCombo->currentData().toString();
    if (id.isEmpty()) {
        m_ui->messageLabel->showError(tr("No drill is loaded: generate one first."));
        return std::nullopt;
    }
    if (drillId)
        *drillId = id;
    if (m_openKeys.contains(id))
        return m_openKeys.value(id);
    Result<StoredDrill> stored = m_session.station().drills().find(id);
    if (!stored) {
        m_ui->messageLabel->showError(stored.error());
        return std::nullopt;
    }
    const QString pass
        = m_dialogs.askPassphrase(this, tr("Drill %1").arg(id), tr("The passphrase of this drill's answer key:"));
    if (pass.isEmpty())
        return std::nullopt;
    Result<DrillKey> key = DrillKeyFile::open(stored->answerKey, SecureBytes::fromUtf8(pass), tr("drill %1").arg(id));
    if (!key) {
        m_ui->messageLabel->showError(key.error());
        return std::nullopt;
    }
    m_openKeys.insert(id, *key);
    return *key;
}

bool TrainerView::startDrill()
{
    if (!m_session.can(Permission::RunDrills)) {
        m_ui->messageLabel->showError(tr("Only a trainer may start drills."));
        return false;
    }
    if (m_feeder && m_feeder->running()) {
        m_ui->messageLabel->showError(tr("A drill is already running: stop it first."));
        return false;
    }
    const std::optional<DrillKey> key = selectedKey();
    if (!key)
        return false;
    const QString scans = QDir(QDir(m_drillsFolder).filePath(key->drillId)).filePath(DrillGenerator::scansFolderName());
    delete m_feeder;
    m_feeder = new DrillFeeder(*key, scans, m_hotFolder, m_session.clock(), this);
    connect(m_feeder, &DrillFeeder::pageCopied, this, [this](const QString &, int copied, int total) {
        m_ui->feedLabel->setText(tr("%1 of %2 scans are in the hot folder.").arg(copied).arg(total));
    });
    connect(m_feeder, &DrillFeeder::failed, this, [this](const QString &m) { m_ui->messageLabel->showWarning(m); });
    connect(m_feeder, &DrillFeeder::finished, this, [this] {
        m_ui->stopButton->setEnabled(false);
        m_ui->startButton->setEnabled(true);
        m_ui->messageLabel->showSuccess(tr("Every scan of the drill is in the hot folder."));
        Q_EMIT drillFinished();
    });
    // The scans are checked, then minute 0 stored, then the night begins.
    if (Status s = m_feeder->check(); !s) {
        m_ui->messageLabel->showError(s.error());
        return false;
    }
    if (Status s = m_session.station().drills().markStarted(*m_session.user(), key->drillId); !s) {
        m_ui->messageLabel->showError(s.error());
        return false;
    }
    if (Status s = m_feeder->start(m_ui->minutesSpin->value()); !s) {
        m_ui->messageLabel->showError(s.error());
        return false;
    }
    m_ui->startButton->setEnabled(false);
    m_ui->stopButton->setEnabled(m_feeder->running());
    refreshDrills();
    m_ui->messageLabel->showSuccess(
        tr("Drill %1 started: %2 scans over %n minute(s).", nullptr, m_ui->minutesSpin->value())
            .arg(key->drillId)
            .arg(key->pages.size()));
    return true;
}

void TrainerView::stopDrill()
{
    if (!m_feeder || !m_feeder->running())
        return;
    m_feeder->stop();
    m_ui->stopButton->setEnabled(false);
    m_ui->startButton->setEnabled(true);
    m_ui->messageLabel->showWarning(
        tr("Drill stopped: %1 of %2 scans were played.").arg(m_feeder->copied()).arg(m_feeder->total()));
}

bool TrainerView::score()
{
    if (!m_session.can(Permission::ScoreDrills)) {
        m_ui->messageLabel->showError(tr("Only a trainer may score drills."));
        return false;
    }
    QString id;
    const std::optional<DrillKey> key = selectedKey(&id);
    if (!key)
        return false;
    Result<DrillFacts> facts = m_session.station().drills().facts(*m_session.user());
    Result<StoredDrill> stored = m_session.station().drills().find(id);
    if (!facts || !stored) {
        m_ui->messageLabel->showError(!facts ? facts.error() : stored.error());
        return false;
    }
    const Election election {m_session.election(), m_session.catalog()};
    m_report = DrillScorer(election, *key).score(*facts, stored->startedAt, m_session.clock().nowUtc());
    showReport();
    m_ui->exportPdfButton->setEnabled(true);
    m_ui->exportCsvButton->setEnabled(true);
    m_ui->messageLabel->clearMessage();
    return true;
}

void TrainerView::showReport()
{
    const DrillReport &r = *m_report;
    int right = 0, total = 0;
    for (const DrillReport::ContingencySummary &c : r.contingencySummary) {
        right += c.right;
        total += c.total;
    }
    const DrillReport::RecognitionScore &rec = r.recognition;
    m_ui->summaryLabel->setText(
        tr("<b>%1</b>: %2 of %3 actas finished · contingencies handled right: %4 of %5 · disputes: %6<br>"
           "Intake → capture: median %7, 95%: %8 · capture → verified: median %9, 95%: %10<br>"
           "Recognition: %11 of %12 fields right, %13 wrong, %14 left to the clerk")
            .arg(r.drillId.toHtmlEscaped())
            .arg(r.actasInKey - r.unfinished.size())
            .arg(r.actasInKey)
            .arg(right)
            .arg(total)
            .arg(r.disputes.size())
            .arg(DrillReportWriter::formatDuration(r.intakeToCapture.medianSeconds),
                 DrillReportWriter::formatDuration(r.intakeToCapture.p95Seconds),
                 DrillReportWriter::formatDuration(r.captureToVerification.medianSeconds),
                 DrillReportWriter::formatDuration(r.captureToVerification.p95Seconds))
            .arg(rec.correct)
            .arg(rec.fields)
            .arg(rec.wrong)
            .arg(rec.abstained));
    // Named in the language shown now, not the one it was scored in.
    QList<DrillReport::Series> series = r.progress;
    const QStringList names = DrillScorer::seriesNames();
    for (qsizetype i = 0; i < series.size() && i < names.size(); ++i)
        series[i].name = names[i];
    m_ui->progressChart->setSeries(series);

    QTableWidget *c = m_ui->clerksTable;
    c->clear();
    c->setColumnCount(7);
    c->setHorizontalHeaderLabels({tr("Clerk"), tr("Actas"), tr("Keystrokes"), tr("Seconds per entry"),
                                  tr("Fields wrong"), tr("Disputes caused"), tr("Disputes right")});
    c->setRowCount(int(r.clerks.size()));
    for (int i = 0; i < r.clerks.size(); ++i) {
        const DrillReport::ClerkScore &s = r.clerks[i];
        c->setItem(i, 0, cell(s.fullName.isEmpty() ? s.username : tr("%1 (%2)").arg(s.fullName, s.username)));
        c->setItem(i, 1, cell(QString::number(s.actas), true));
        c->setItem(i, 2, cell(s.keystrokes ? QString::number(*s.keystrokes) : QStringLiteral("—"), true));
        c->setItem(
            i, 3, cell(s.secondsPerEntry ? QLocale().toString(*s.secondsPerEntry, 'f', 1) : QStringLiteral("—"), true));
        c->setItem(i, 4, cell(tr("%1 of %2").arg(s.fieldsWrong).arg(s.fieldsChecked), true));
        c->setItem(i, 5, cell(QString::number(s.disagreementsCaused), true));
        c->setItem(i, 6, cell(QString::number(s.disputesRight), true));
    }
    c->resizeColumnsToContents();

    QTableWidget *t = m_ui->contingencyTable;
    t->clear();
    t->setColumnCount(3);
    t->setHorizontalHeaderLabels({tr("Contingency"), tr("Handled right"), tr("Injected")});
    t->setRowCount(int(r.contingencySummary.size()));
    for (int i = 0; i < r.contingencySummary.size(); ++i) {
        const DrillReport::ContingencySummary &s = r.contingencySummary[i];
        const std::optional<Contingency> kind = DrillKey::contingencyFromId(s.kind);
        t->setItem(i, 0, cell(kind ? DrillKey::contingencyLabel(*kind) : s.kindLabel));
        t->setItem(i, 1, cell(QString::number(s.right), true));
        t->setItem(i, 2, cell(QString::number(s.total), true));
    }
    t->resizeColumnsToContents();
}

bool TrainerView::exportPdf()
{
    if (!m_report)
        return false;
    const QString suggested = QDir(QDir(m_drillsFolder).filePath(m_report->drillId))
                                  .filePath(QStringLiteral("SIMULACRO-informe-%1.pdf").arg(m_report->drillId));
    const QString path
        = m_dialogs.saveFile(this, tr("Export the drill report as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (Status s = DrillReportWriter::writePdf(*m_report, path); !s) {
        m_ui->messageLabel->showError(s.error());
        return false;
    }
    m_ui->messageLabel->showSuccess(tr("Report written to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool TrainerView::exportCsv()
{
    if (!m_report)
        return false;
    const QString suggested = QDir(QDir(m_drillsFolder).filePath(m_report->drillId))
                                  .filePath(QStringLiteral("SIMULACRO-informe-%1.csv").arg(m_report->drillId));
    const QString path
        = m_dialogs.saveFile(this, tr("Export the drill report as CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    if (Status s = DrillReportWriter::writeCsv(*m_report, path); !s) {
        m_ui->messageLabel->showError(s.error());
        return false;
    }
    m_ui->messageLabel->showSuccess(tr("Report written to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace acta::gui
