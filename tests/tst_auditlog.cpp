#include "AuditLog.h"
#include "Database.h"
#include "Schema.h"
#include "SecureBytes.h"
#include "Statement.h"
#include "TestSupport.h"
#include "Transaction.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace acta;

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void emptyLogVerifies();
    void appendChainsEntries();
    void appendOutsideTransactionIsRefused();
    void rolledBackAppendLeavesNoTrace();
    void hashKnownAnswer();
    void hashCoversEveryField();
    void tamperingIsDetected_data();
    void tamperingIsDetected();
    void triggersRefuseUpdateAndDelete();
    void entriesForActaFilters();
    void witnessedHeadsCatchARecomputedChain_data();
    void witnessedHeadsCatchARecomputedChain();
    void headsARestoreReplacedAreDiscarded();

private:
    // What someone holding the passphrase can do: rewrite entry `seq` and recompute every hash
    // after it and the head, so that verify() finds the chain intact.
    void rewriteFrom(qint64 seq, const QString &details);
    AuditLog::WitnessedHead headOf(qint64 recordSeq, qint64 auditSeq);
    void appendEvents(int n, std::optional<qint64> actaId = std::nullopt);
    void sql(const QString &statement);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
    ManualClock m_clock;
};

void TestAuditLog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAuditLog::init()
{
    m_clock = ManualClock();
    m_dir = std::make_unique<QTemporaryDir>();
    // The cheapest Argon2id cost: these tests are about the chain, not the key.
    Result<Database> db = Database::create(m_dir->filePath(QStringLiteral("station.db")),
                                           SecureBytes::fromUtf8(u"correct horse"), Argon2Params {1, 8192});
    QVERIFY2(db.isOk(), qPrintable(db.isOk() ? QString() : db.error()));
    m_db.emplace(std::move(db).value());
    const Result<int> v = Schema::migrate(*m_db);
    QVERIFY2(v.isOk(), qPrintable(v.isOk() ? QString() : v.error()));
}

void TestAuditLog::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestAuditLog::sql(const QString &statement)
{
    const Status s = m_db->exec(statement);
    QVERIFY2(s.isOk(), qPrintable(s.isOk() ? QString() : s.error()));
}

void TestAuditLog::appendEvents(int n, std::optional<qint64> actaId)
{
    Result<Transaction> tx = Transaction::begin(*m_db);
    QVERIFY(tx.isOk());
    for (int i = 0; i < n; ++i) {
        m_clock.advanceSeconds(1);
        const Result<qint64> seq = AuditLog::append(
            *m_db, m_clock,
            {QLatin1String(AuditAction::Login), std::nullopt, actaId, QStringLiteral("{\"n\":%1}").arg(i)});
        QVERIFY2(seq.isOk(), qPrintable(seq.isOk() ? QString() : seq.error()));
    }
    QVERIFY(tx->commit().isOk());
}

void TestAuditLog::emptyLogVerifies()
{
    const Result<AuditLog::Verification> v = AuditLog::verify(*m_db);
    QVERIFY(v.isOk());
    QVERIFY(v->intact());
    QCOMPARE(v->entriesChecked, 0);
}

void TestAuditLog::appendChainsEntries()
{
    appendEvents(3);
    const Result<QList<AuditLog::Entry>> all = AuditLog::entries(*m_db);
    QVERIFY(all.isOk());
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).seq, 1);
    QCOMPARE(all->at(0).prevHash, AuditLog::genesisHash());
    QCOMPARE(all->at(1).prevHash, all->at(0).hash);
    QCOMPARE(all->at(2).prevHash, all->at(1).hash);
    QCOMPARE(all->at(2).at, QStringLiteral("2027-06-06T18:00:03.000Z"));
    const Result<AuditLog::Verification> v = AuditLog::verify(*m_db);
    QVERIFY(v.isOk());
    QVERIFY2(v->intact(), qPrintable(v->problem));
    QCOMPARE(v->entriesChecked, 3);
}

void TestAuditLog::appendOutsideTransactionIsRefused()
{
    const Result<qint64> seq = AuditLog::append(*m_db, m_clock, {QLatin1String(AuditAction::Login), {}, {}, {}});
    QVERIFY(!seq.isOk());
    QVERIFY_FAILS_WITH(seq, ErrorCode::InvalidState);
}

void TestAuditLog::rolledBackAppendLeavesNoTrace()
{
    appendEvents(1);
    {
        Result<Transaction> tx = Transaction::begin(*m_db);
        QVERIFY(tx.isOk());
        QVERIFY(AuditLog::append(*m_db, m_clock, {QLatin1String(AuditAction::Logout), {}, {}, {}}).isOk());
    } // rolled back
    const Result<AuditLog::Verification> v = AuditLog::verify(*m_db);
    QVERIFY(v.isOk() && v->intact());
    QCOMPARE(v->entriesChecked, 1);
}

void TestAuditLog::hashKnownAnswer()
{
    AuditLog::Entry e;
    e.seq = 1;
    e.at = QStringLiteral("2027-06-06T18:00:00.000Z");
    e.userId = 7;
    e.action = QStringLiteral("transition");
    e.actaId = 42;
    e.details = QStringLiteral("{\"from\":\"entry1_done\",\"to\":\"verified\"}");
    e.prevHash = AuditLog::genesisHash();
    // SHA-256 of "acta-audit-v1;1:1;24:2027-06-06T18:00:00.000Z;1:7;10:transition;2:42;39:{...};64:000...;",
    // checked independently with Python's hashlib.
    QCOMPARE(AuditLog::computeHash(e),
             QStringLiteral("7e104e29cc83aa0e35c7f427d6ddb87d297ae16d508dac230d25d476c4484670"));
}

void TestAuditLog::hashCoversEveryField()
{
    AuditLog::Entry base;
    base.seq = 3;
    base.at = QStringLiteral("2027-06-06T18:00:00.000Z");
    base.action = QStringLiteral("login");
    base.prevHash = AuditLog::genesisHash();
    const QString h = AuditLog::computeHash(base);
    QList<AuditLog::Entry> variants(7, base);
    variants[0].seq = 4;
    variants[1].at = QStringLiteral("2027-06-06T18:00:00.001Z");
    variants[2].userId = 0; // null and 0 differ
    variants[3].action = QStringLiteral("logout");
    variants[4].actaId = 0;
    variants[5].details = QStringLiteral(" ");
    variants[6].prevHash = QString(64, QLatin1Char('1'));
    for (const AuditLog::Entry &v : variants)
        QVERIFY(AuditLog::computeHash(v) != h);
    // Length prefixes: moving a character between fields changes the hash.
    AuditLog::Entry a = base, b = base;
    a.action = QStringLiteral("ab");
    a.details = QStringLiteral("c");
    b.action = QStringLiteral("a");
    b.details = QStringLiteral("bc");
    QVERIFY(AuditLog::computeHash(a) != AuditLog::computeHash(b));
}

void TestAuditLog::tamperingIsDetected_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<qint64>("firstBroken");
    QTest::addColumn<QString>("problemPart");
    // Five entries; the triggers are dropped first, as someone holding the passphrase could.
    QTest::newRow("edit details") << "UPDATE audit_log SET details = 'x' WHERE seq = 3" << qint64(3)
                                  << "entry 3 (2027-06-06T18:00:03.000Z, login) was changed";
    QTest::newRow("edit time") << "UPDATE audit_log SET at = '2027-06-06T17:00:00.000Z' WHERE seq = 2" << qint64(2)
                               << "was changed";
    QTest::newRow("edit user") << "UPDATE audit_log SET user_id = NULL, action = 'logout' WHERE seq = 5" << qint64(5)
                               << "was changed";
    QTest::newRow("edit and rehash") << "REHASH 3" << qint64(4) << "does not follow";
    QTest::newRow("delete middle") << "DELETE FROM audit_log WHERE seq = 3" << qint64(3) << "Audit entry 3 is missing";
    QTest::newRow("delete first") << "DELETE FROM audit_log WHERE seq = 1" << qint64(1) << "Audit entry 1 is missing";
    QTest::newRow("delete last") << "DELETE FROM audit_log WHERE seq = 5" << qint64(5)
                                 << "entries were removed from the end";
    QTest::newRow("delete all") << "DELETE FROM audit_log" << qint64(1) << "removed from the end";
    QTest::newRow("reorder") << "SWAP 2 3" << qint64(2) << "does not follow";
    QTest::newRow("renumber after delete")
        << "DELETE FROM audit_log WHERE seq = 2; UPDATE audit_log SET seq = seq - 1 WHERE seq > 2" << qint64(2)
        << "does not follow";
    QTest::newRow("forged entry at the end") << "FORGE" << qint64(6) << "does not match the log";
    QTest::newRow("head edited")
        << QStringLiteral("UPDATE audit_head SET hash = '%1'").arg(QString(64, QLatin1Char('f'))) << qint64(5)
        << "does not match the log";
}

void TestAuditLog::tamperingIsDetected()
{
    QFETCH(QString, tamper);
    appendEvents(5);
    sql(QStringLiteral("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;"));
    if (tamper.startsWith(QLatin1String("REHASH"))) {
        // Change entry 3 and give it a correct hash of its new content.
        Result<QList<AuditLog::Entry>> e = AuditLog::entries(*m_db, 3, 1);
        QVERIFY(e.isOk());
        AuditLog::Entry changed = e->first();
        changed.details = QStringLiteral("{\"n\":99}");
        changed.hash = AuditLog::computeHash(changed);
        sql(QStringLiteral("UPDATE audit_log SET details = '%1', hash = '%2' WHERE seq = 3")
                .arg(changed.details, changed.hash));
    } else if (tamper.startsWith(QLatin1String("SWAP"))) {
        sql(QStringLiteral("UPDATE audit_log SET seq = 100 WHERE seq = 2; UPDATE audit_log SET seq = 2 WHERE seq = 3;"
                           "UPDATE audit_log SET seq = 3 WHERE seq = 100;"));
    } else if (tamper == QLatin1String("FORGE")) {
        // A well-formed sixth entry appended straight into the table, not through append().
        Result<QList<AuditLog::Entry>> last = AuditLog::entries(*m_db, 5, 1);
        QVERIFY(last.isOk());
        AuditLog::Entry forged = last->first();
        forged.seq = 6;
        forged.prevHash = forged.hash;
        forged.hash = AuditLog::computeHash(forged);
        sql(QStringLiteral("INSERT INTO audit_log (seq, at, action, details, prev_hash, hash) "
                           "VALUES (6, '%1', '%2', '%3', '%4', '%5')")
                .arg(forged.at, forged.action, forged.details, forged.prevHash, forged.hash));
    } else {
        sql(tamper);
    }
    const Result<AuditLog::Verification> v = AuditLog::verify(*m_db);
    QVERIFY(v.isOk());
    QVERIFY(!v->intact());
    QTEST(v->firstBrokenSeq, "firstBroken");
    QFETCH(QString, problemPart);
    QVERIFY2(v->problem.contains(problemPart), qPrintable(v->problem));
}

void TestAuditLog::rewriteFrom(qint64 seq, const QString &details)
{
    sql(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;"));
    Result<QList<AuditLog::Entry>> all = AuditLog::entries(*m_db);
    QVERIFY_OK(all);
    QString prev = all->at(int(seq) - 2 >= 0 ? int(seq) - 2 : 0).hash;
    if (seq == 1)
        prev = AuditLog::genesisHash();
    for (AuditLog::Entry e : *all) {
        if (e.seq < seq)
            continue;
        if (e.seq == seq)
            e.details = details;
        e.prevHash = prev;
        e.hash = AuditLog::computeHash(e);
        sql(QStringLiteral("UPDATE audit_log SET details = '%1', prev_hash = '%2', hash = '%3' WHERE seq = %4")
                .arg(e.details, e.prevHash, e.hash)
                .arg(e.seq));
        prev = e.hash;
        sql(QStringLiteral("UPDATE audit_head SET seq = %1, hash = '%2'").arg(e.seq).arg(e.hash));
    }
}

AuditLog::WitnessedHead TestAuditLog::headOf(qint64 recordSeq, qint64 auditSeq)
{
    Result<QList<AuditLog::Entry>> e = AuditLog::entries(*m_db, auditSeq, 1);
    return {recordSeq, auditSeq, e && !e->isEmpty() ? e->first().hash : QString(), QStringLiteral("primary")};
}

void TestAuditLog::witnessedHeadsCatchARecomputedChain_data()
{
    QTest::addColumn<qint64>("rewritten");
    QTest::addColumn<qint64>("firstMismatch"); // 0: every witnessed head still holds
    // Ten entries; the hub witnessed entries 4 and 8 (records 1 and 2).
    QTest::newRow("before the first head") << qint64(2) << qint64(4);
    QTest::newRow("the first head itself") << qint64(4) << qint64(4);
    QTest::newRow("between the heads") << qint64(6) << qint64(8);
    QTest::newRow("after the last head") << qint64(9) << qint64(0); // not witnessed yet: not caught
}

void TestAuditLog::witnessedHeadsCatchARecomputedChain()
{
    QFETCH(qint64, rewritten);
    QFETCH(qint64, firstMismatch);
    appendEvents(10);
    const QList<AuditLog::WitnessedHead> heads {headOf(1, 4), headOf(2, 8)};
    Result<AuditLog::WitnessCheck> before = AuditLog::checkWitnessed(*m_db, heads);
    QVERIFY_OK(before);
    QVERIFY(before->holds());
    QCOMPARE(before->matched, 2);
    QCOMPARE(before->newestMatchedSeq, 8);

    rewriteFrom(rewritten, QStringLiteral("{\"role\":\"administrator\"}"));
    // The attack works against the chain alone...
    Result<AuditLog::Verification> v = AuditLog::verify(*m_db);
    QVERIFY_OK(v);
    QVERIFY(v->intact());
    // ...but not against what the hub witnessed.
    Result<AuditLog::WitnessCheck> after = AuditLog::checkWitnessed(*m_db, heads);
    QVERIFY_OK(after);
    QCOMPARE(after->firstMismatchSeq, firstMismatch);
    if (firstMismatch != 0) {
        QVERIFY(!after->holds());
        QVERIFY2(after->problem.contains(QStringLiteral("entry %1 ").arg(firstMismatch))
                     && after->problem.contains(QLatin1String("primary")),
                 qPrintable(after->problem));
    }

    // Cut back below a witnessed head (and the head record fixed up): missing, and said so.
    sql(QStringLiteral("DELETE FROM audit_log WHERE seq > 7"));
    Result<QList<AuditLog::Entry>> last = AuditLog::entries(*m_db, 7, 1);
    QVERIFY_OK(last);
    sql(QStringLiteral("UPDATE audit_head SET seq = 7, hash = '%1'").arg(last->first().hash));
    QVERIFY(AuditLog::verify(*m_db)->intact());
    Result<AuditLog::WitnessCheck> cut = AuditLog::checkWitnessed(*m_db, {heads.at(1)});
    QVERIFY_OK(cut);
    QCOMPARE(cut->firstMismatchSeq, 8);
    QVERIFY2(cut->problem.contains(QLatin1String("missing")), qPrintable(cut->problem));
}

void TestAuditLog::headsARestoreReplacedAreDiscarded()
{
    // A backup held entries 1-3; the station went on to entry 5 and sent record 5 with that head;
    // then it was restored from the backup: entry 4 is now the restore, with sequence base 1000.
    appendEvents(3);
    const AuditLog::WitnessedHead beforeBackup = headOf(2, 3);
    {
        Result<Transaction> tx = Transaction::begin(*m_db);
        QVERIFY_OK(tx);
        QVERIFY_OK(AuditLog::append(*m_db, m_clock,
                                    {QLatin1String(AuditAction::StationRestored), std::nullopt, std::nullopt,
                                     QStringLiteral("{\"from\":\"b.db\",\"seq_base\":1000}")}));
        QVERIFY_OK(tx->commit());
    }
    const QString lostTimeline = QString(64, QLatin1Char('a'));
    QList<AuditLog::WitnessedHead> heads {
        beforeBackup, {5, 5, lostTimeline, QStringLiteral("primary")}, {4, 4, lostTimeline, QStringLiteral("primary")}};
    // Until a witness saw the station go on from the restore, the restore entry proves nothing: it
    // could have been written into a rewritten log.
    Result<AuditLog::WitnessCheck> unconfirmed = AuditLog::checkWitnessed(*m_db, heads);
    QVERIFY_OK(unconfirmed);
    QCOMPARE(unconfirmed->discarded, 0);
    QCOMPARE(unconfirmed->firstMismatchSeq, 4);
    // The first record after the restore (number 1000 on) carried the restored log's head.
    heads.append(headOf(1000, 4));
    Result<AuditLog::WitnessCheck> check = AuditLog::checkWitnessed(*m_db, heads);
    QVERIFY_OK(check);
    QVERIFY2(check->holds(), qPrintable(check->problem));
    QCOMPARE(check->matched, 2);
    QCOMPARE(check->discarded, 2);

    // After the restore the station numbers from 1000: a head there must match.
    Result<AuditLog::WitnessCheck> forged
        = AuditLog::checkWitnessed(*m_db, {{1001, 4, lostTimeline, QStringLiteral("primary")}});
    QVERIFY_OK(forged);
    QCOMPARE(forged->firstMismatchSeq, 4);
    // And entries the backup held stay witnessed: the restore does not excuse them.
    Result<AuditLog::WitnessCheck> early
        = AuditLog::checkWitnessed(*m_db, {{2, 3, lostTimeline, QStringLiteral("primary")}});
    QVERIFY_OK(early);
    QCOMPARE(early->firstMismatchSeq, 3);
}

void TestAuditLog::triggersRefuseUpdateAndDelete()
{
    appendEvents(2);
    const Status update = m_db->exec(QStringLiteral("UPDATE audit_log SET details = 'x' WHERE seq = 1"));
    QVERIFY(!update.isOk());
    QVERIFY_FAILS_WITH(update, ErrorCode::Constraint);
    const Status del = m_db->exec(QStringLiteral("DELETE FROM audit_log"));
    QVERIFY(!del.isOk());
    const Result<AuditLog::Verification> v = AuditLog::verify(*m_db);
    QVERIFY(v.isOk() && v->intact());
}

void TestAuditLog::entriesForActaFilters()
{
    sql(QStringLiteral("INSERT INTO actas (id, clave_acta, template_id, received_at, utc_offset_min) "
                       "VALUES (42, '010338B010002', 't', '2027-06-06T18:00:00.000Z', -360)"));
    appendEvents(2);
    appendEvents(3, 42);
    const Result<QList<AuditLog::Entry>> forActa = AuditLog::entriesForActa(*m_db, 42);
    QVERIFY(forActa.isOk());
    QCOMPARE(forActa->size(), 3);
    QCOMPARE(forActa->first().seq, 3);
    QCOMPARE(forActa->first().actaId.value_or(0), 42);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
