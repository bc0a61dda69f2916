#pragma once

#include "ElectionTemplate.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

#include <initializer_list>

namespace acta {

// Internal to acta_core: ElectionTemplate::fromJson hands the parsed JSON tree to it.
// Reads and validates the JSON tree. Every check names the JSON path it failed at,
// so whoever edits a template by hand can find the line to fix.
class TemplateParser
{
    Q_DECLARE_TR_FUNCTIONS(ElectionTemplate)

public:
    static Result<ElectionTemplate> parse(const QJsonObject &root);
    // "actacapture.template/N": what $.schema must say, and what toJson() writes.
    static QString schemaId();

private:
    enum class Bound { Positive, NonNegative, Any };
    static constexpr int MaxTextLength = 200;
    // Names written into the pipe-separated publication (the election's, the candidates').
    static Status checkPublishedName(const QString &text, const QString &path);

    static QString describe(const QJsonValue &v);
    static Status checkKeys(const QJsonObject &o, const QString &path, std::initializer_list<const char *> allowed);
    // The object at path.key, holding no key but the allowed ones.
    static Status readObject(const QJsonObject &parent, const QString &path, const char *key,
                             std::initializer_list<const char *> allowed, QJsonObject *out);
    static Status readString(const QJsonObject &o, const QString &path, const char *key, QString *out);
    static Status readInt(const QJsonObject &o, const QString &path, const char *key, int min, int max, int *out);
    static Status readMm(const QJsonObject &o, const QString &path, const char *key, Bound bound, double *out);
    static Status readText(const QJsonObject &o, const QString &path, const char *key, LocalizedText *out);
    static Status readRect(const QJsonObject &o, const QString &path, const char *key, QRectF *out);
    static Status readField(const QJsonValue &v, const QString &path, bool voteList, TemplateField *out);
    static Status readFieldList(const QJsonObject &root, const char *key, bool voteList, QList<TemplateField> *out);
    static Status readLayout(const QJsonObject &root, FormLayout *out);
    static Status checkFieldRelations(const ElectionTemplate &t);
    // TemplateContests.cpp: who runs where, coalitions and their candidates.
    static Status readDistricts(const QJsonObject &o, const QString &path, const char *key, QList<DistrictRef> *out);
    static Status readCoalitions(const QJsonObject &root, ElectionTemplate *t);
    static Status readCandidates(const QJsonObject &root, ElectionTemplate *t);
    static Status checkGeometry(const ElectionTemplate &t);

    static QString child(const QString &path, const char *key) { return path + u'.' + QLatin1String(key); }
    static QString item(const QString &path, qsizetype i) { return path + u'[' + QString::number(i) + u']'; }
    static QString fieldPath(const ElectionTemplate &t, qsizetype indexInAll);
};

} // namespace acta
