#pragma once

#include "AuditLog.h"
#include "ElectionTemplate.h"
#include "FieldValue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace acta::gui {

// The audit log's events on an acta in words for people, in the UI language: "Entry 1 saved by
// capturista1", "State: Digitized → Entry 1 done", the figures typed with their labels, the
// reasons given. An action it does not know keeps its code and its raw details: nothing of the
// log is hidden. Its own translation context, so lupdate and the lookup agree.
class AuditEventText
{
    Q_DECLARE_TR_FUNCTIONS(AuditEventText)

public:
    struct Description
    {
        QString what; // "Entry 1 saved by ana"; the action's code when unknown
        QString details; // readable lines; the raw details when they cannot be read
        bool known = false; // the action and its details were read
    };

    // who: the person's username, empty for the station itself.
    static Description describe(const AuditLog::Entry &entry, const QString &who, const ElectionTemplate &election);

    // A field's label as printed on the sheet: party, coalition and independent names are proper
    // nouns (the Spanish label always); the other figures' labels in the UI language.
    static QString fieldLabel(const TemplateField &field);
    // "PAN 120 · PRI 45 · …" in the template's order (fields it does not know last, by id).
    static QString tallyText(const Tally &tally, const ElectionTemplate &election);
    // A SHA-256 in four groups of 16, so it wraps.
    static QString groupedHash(const QString &hex);

private:
    static QString byWhom(const QString &phrase, const QString &who);
    static QString stepPhrase(const QString &triggerId);
    static QString stateText(const QString &stateId);
    static QString refusalText(const QString &reasonCode);
    static QString describeDetails(const QString &action, const QJsonObject &details, const ElectionTemplate &election,
                                   QStringList *consumed);
};

} // namespace acta::gui
