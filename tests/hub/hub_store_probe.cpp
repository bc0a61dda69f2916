// The hub's store, seen from its own kind of process. Station tests (SQLCipher, which carries its
// own SQLite 3.15) must not open the hub's embedded store in their process: Qt's QSQLITE driver
// would bind to whichever SQLite was loaded first. They run this program instead; it links the
// hub's libraries only, as actahub does.
//
//   hub_store_probe query DB SQL                        prints the first column of the first row
//   hub_store_probe store DB HUBSEED ENROLLMENT ENVELOPE... enrolls, then stores each signed record
//                                                       twice, one JSON line per try, then
//                                                       {"records": N}
#include "EnrollmentRequest.h"
#include "HubStore.h"
#include "SignedRecord.h"
#include "SigningKey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

using namespace acta;

namespace {

int query(const QString &path, const QString &sql)
{
    int rc = 1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            QTextStream(stderr) << db.lastError().text() << Qt::endl;
        } else {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next()) {
                QTextStream(stdout) << q.value(0).toString() << Qt::endl;
                rc = 0;
            } else {
                QTextStream(stderr) << q.lastError().text() << Qt::endl;
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return rc;
}

QString kindName(StoreOutcome::Kind kind)
{
    switch (kind) {
    case StoreOutcome::Kind::Stored:
        return QStringLiteral("stored");
    case StoreOutcome::Kind::Duplicate:
        return QStringLiteral("duplicate");
    case StoreOutcome::Kind::SequenceTaken:
        return QStringLiteral("sequence-taken");
    case StoreOutcome::Kind::VersionTaken:
        return QStringLiteral("version-taken");
    case StoreOutcome::Kind::VersionOutOfOrder:
        return QStringLiteral("version-out-of-order");
    case StoreOutcome::Kind::Restated:
        return QStringLiteral("restated");
    case StoreOutcome::Kind::KeyRefused:
        return QStringLiteral("key-refused");
    case StoreOutcome::Kind::ModeRefused:
        return QStringLiteral("mode-refused");
    }
    return {};
}

int store(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    Result<std::unique_ptr<HubStore>> hub = HubStore::open(args.at(0));
    if (!hub) {
        err << hub.error() << Qt::endl;
        return 1;
    }
    Result<SigningKey> hubKey = SigningKey::fromSeed(SecureBytes::copyOf(QByteArray::fromHex(args.at(1).toLatin1())));
    Result<EnrollmentRequest> request = EnrollmentRequest::read(args.at(2));
    if (!hubKey || !request) {
        err << (hubKey ? request.error() : hubKey.error()) << Qt::endl;
        return 1;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto enrolled = (*hub)->enroll(*request, now); !enrolled) {
        err << enrolled.error() << Qt::endl;
        return 1;
    }
    for (const QString &path : args.mid(3)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            err << path << ": " << f.errorString() << Qt::endl;
            return 1;
        }
        Result<SignedRecord> record = SignedRecord::fromEnvelope(f.readAll());
        if (!record) {
            err << path << ": " << record.error() << Qt::endl;
            return 1;
        }
        if (Status verified = record->verify(request->publicKey); !verified) {
            err << path << ": " << verified.error() << Qt::endl;
            return 1;
        }
        for (int attempt = 0; attempt < 2; ++attempt) {
            Result<StoreOutcome> outcome = (*hub)->storeRecord(*record, *hubKey, now);
            if (!outcome) {
                err << path << ": " << outcome.error() << Qt::endl;
                return 1;
            }
            out << QJsonDocument(QJsonObject {{QStringLiteral("kind"), kindName(outcome->kind)},
                                              {QStringLiteral("receipt"), QString::fromUtf8(outcome->receipt)}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
        }
    }
    Result<qint64> records = (*hub)->count(QStringLiteral("records"));
    if (!records) {
        err << records.error() << Qt::endl;
        return 1;
    }
    out << QJsonDocument(QJsonObject {{QStringLiteral("records"), *records}}).toJson(QJsonDocument::Compact)
        << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() == 3 && args.at(0) == QLatin1String("query"))
        return query(args.at(1), args.at(2));
    if (args.size() >= 4 && args.at(0) == QLatin1String("store"))
        return store(args.mid(1));
    QTextStream(stderr) << "usage: hub_store_probe query DB SQL | store DB HUBSEED ENROLLMENT ENVELOPE..." << Qt::endl;
    return 2;
}
