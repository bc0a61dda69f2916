#pragma once

// The facts of one scoring by page SHA-256 and CLAVE_ACTA (DrillScorer's own, not an API).
#include "DrillScorer.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <optional>

namespace acta {

struct DrillScorer::Index
{
    QHash<QString, const DrillPage *> truthOf; // CLAVE_ACTA -> its original page
    QHash<QString, const DrillFacts::Acta *> actaOf; // the drill's actas only
    QHash<QString, const DrillFacts::Image *> imageOfSha;
    QHash<QString, QList<const DrillFacts::Refused *>> refusedOfSha;
    QHash<QString, QList<const DrillFacts::Entry *>> entriesOf; // oldest first
    QHash<QString, QByteArray> readingOf;

    // The figures an acta ended with: its newest second entry or decision, once it is final.
    std::optional<Tally> finalTally(const QString &clave) const
    {
        const DrillFacts::Acta *a = actaOf.value(clave);
        if (!a || !a->verifiedAt.isValid())
            return std::nullopt;
        const QList<const DrillFacts::Entry *> list = entriesOf.value(clave);
        for (auto it = list.crbegin(); it != list.crend(); ++it)
            if ((*it)->kind != EntryKind::Entry1)
                return (*it)->tally;
        return std::nullopt;
    }
};

} // namespace acta
