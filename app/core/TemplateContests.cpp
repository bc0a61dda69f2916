// Who runs where: the districts of parties and independents, the coalitions with every
// combination of their parties, and the candidacies of the candidates catalog.
#include "TemplateParser.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace acta {

namespace {

// Six parties make 57 combinations on one sheet; more would not fit any real form.
constexpr int MaxCoalitionParties = 6;

QString districtName(const DistrictRef &d)
{
    return QStringLiteral("%1-%2").arg(d.state).arg(d.district);
}

bool runsAt(const QList<DistrictRef> &runsIn, const DistrictRef &d)
{
    return runsIn.isEmpty() || runsIn.contains(d);
}

// Every combination of two or more of the parties, each in the parties' order.
QList<QStringList> combinations(const QStringList &parties)
{
    QList<QStringList> out;
    const int n = int(parties.size());
    for (int mask = 1; mask < (1 << n); ++mask) {
        if (__builtin_popcount(unsigned(mask)) < 2)
            continue;
        QStringList c;
        for (int i = 0; i < n; ++i)
            if (mask & (1 << i))
                c << parties.at(i);
        out << c;
    }
    return out;
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

} // namespace

Status TemplateParser::checkPublishedName(const QString &text, const QString &path)
{
    // Analysts split the cut on '|' without a CSV reader; a quote would start a quoted cell.
    if (text.contains(QLatin1Char('|')) || text.contains(QLatin1Char('"')))
        return fail(ErrorCode::InvalidInput, tr("%1: '|' and '\"' are not allowed in a published name").arg(path));
    return {};
}

Status TemplateParser::readDistricts(const QJsonObject &o, const QString &path, const char *key,
                                     QList<DistrictRef> *out)
{
    const QString p = child(path, key);
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isArray() || v.toArray().isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("%1: expected a non-empty array of districts ({\"state\": N, \"district\": N}), got %2")
                        .arg(p, describe(v)));
    const QJsonArray list = v.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString ip = item(p, i);
        if (!list.at(i).isObject())
            return fail(ErrorCode::InvalidInput,
                        tr("%1: expected a district object, got %2").arg(ip, describe(list.at(i))));
        const QJsonObject d = list.at(i).toObject();
        if (Status s = checkKeys(d, ip, {"state", "district"}); !s)
            return s;
        DistrictRef ref;
        if (Status s = readInt(d, ip, "state", 1, 99, &ref.state); !s)
            return s;
        if (Status s = readInt(d, ip, "district", 1, 999, &ref.district); !s)
            return s;
        if (out->contains(ref))
            return fail(ErrorCode::InvalidInput, tr("%1: district %2 is listed twice").arg(ip, districtName(ref)));
        out->append(ref);
    }
    return {};
}

Status TemplateParser::readCoalitions(const QJsonObject &root, ElectionTemplate *t)
{
    // Without the list, coalition fields stand alone (templates written before it).
    if (!root.contains(QLatin1String("coalitions")))
        return {};
    const QString path = QStringLiteral("$.coalitions");
    const QJsonValue v = root.value(QLatin1String("coalitions"));
    if (!v.isArray())
        return fail(ErrorCode::InvalidInput, tr("%1: expected an array of coalitions, got %2").arg(path, describe(v)));
    const QJsonArray list = v.toArray();
    static const QRegularExpression idPattern(QStringLiteral("^[A-Z][A-Z0-9_]{0,63}$"));
    QHash<QString, QString> partyCoalition; // party -> coalition id
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString p = item(path, i);
        if (!list.at(i).isObject())
            return fail(ErrorCode::InvalidInput,
                        tr("%1: expected a coalition object, got %2").arg(p, describe(list.at(i))));
        const QJsonObject o = list.at(i).toObject();
        if (Status s = checkKeys(o, p, {"id", "name", "parties", "runs_in"}); !s)
            return s;
        Coalition c;
        if (Status s = readString(o, p, "id", &c.id); !s)
            return s;
        if (!idPattern.match(c.id).hasMatch())
            return fail(ErrorCode::InvalidInput,
                        tr("%1: coalition id \"%2\" must be upper-case letters, digits and underscores, starting "
                           "with a letter")
                            .arg(child(p, "id"), c.id.left(80)));
        if (t->field(c.id))
            return fail(ErrorCode::InvalidInput, tr("%1: \"%2\" is already a field id").arg(child(p, "id"), c.id));
        for (const Coalition &other : std::as_const(t->m_coalitions))
            if (other.id == c.id)
                return fail(ErrorCode::InvalidInput,
                            tr("%1: coalition \"%2\" is listed twice").arg(child(p, "id"), c.id));
        if (Status s = readText(o, p, "name", &c.name); !s)
            return s;

        const QJsonValue parties = o.value(QLatin1String("parties"));
        const QString pp = child(p, "parties");
        if (!parties.isArray() || parties.toArray().size() < 2 || parties.toArray().size() > MaxCoalitionParties)
            return fail(ErrorCode::InvalidInput,
                        tr("%1: expected an array of 2 to %2 party field ids, got %3")
                            .arg(pp)
                            .arg(MaxCoalitionParties)
                            .arg(describe(parties)));
        const QJsonArray members = parties.toArray();
        for (qsizetype j = 0; j < members.size(); ++j) {
            const QString id = members.at(j).toString();
            const TemplateField *f = t->field(id);
            if (!f || f->kind != FieldKind::Party)
                return fail(
                    ErrorCode::InvalidInput,
                    tr("%1: %2 is not a party field of this template").arg(item(pp, j), describe(members.at(j))));
            if (c.parties.contains(id))
                return fail(ErrorCode::InvalidInput, tr("%1: party \"%2\" is listed twice").arg(item(pp, j), id));
            if (partyCoalition.contains(id))
                return fail(ErrorCode::InvalidInput,
                            tr("%1: party \"%2\" already belongs to coalition %3")
                                .arg(item(pp, j), id, partyCoalition.value(id)));
            c.parties << id;
            partyCoalition.insert(id, c.id);
        }
        if (o.contains(QLatin1String("runs_in"))) {
            if (Status s = readDistricts(o, p, "runs_in", &c.runsIn); !s)
                return s;
        }
        // A coalition cannot take a party where the party itself is not on the ballot.
        for (const QString &id : std::as_const(c.parties)) {
            const TemplateField *f = t->field(id);
            if (f->runsIn.isEmpty())
                continue;
            if (c.runsIn.isEmpty())
                return fail(ErrorCode::InvalidInput,
                            tr("%1: the coalition runs in every district but its party %2 does not").arg(p, id));
            for (const DistrictRef &d : std::as_const(c.runsIn))
                if (!f->runsIn.contains(d))
                    return fail(ErrorCode::InvalidInput,
                                tr("%1: the coalition runs in district %2 but its party %3 does not")
                                    .arg(p, districtName(d), id));
        }
        // The sheet has a box for every combination of the coalition's parties a voter can mark.
        for (const QStringList &combo : combinations(c.parties)) {
            const QStringList key = sorted(combo);
            const auto found
                = std::find_if(t->m_voteFields.cbegin(), t->m_voteFields.cend(), [&](const TemplateField &f) {
                      return f.kind == FieldKind::Coalition && sorted(f.parties) == key;
                  });
            if (found == t->m_voteFields.cend())
                return fail(ErrorCode::InvalidInput,
                            tr("%1: no vote field for the combination %2; add a coalition field with "
                               "\"parties\": [%3]")
                                .arg(p, combo.join(QLatin1Char('_')),
                                     QLatin1Char('"') + combo.join(QStringLiteral("\", \"")) + QLatin1Char('"')));
        }
        t->m_coalitions << c;
    }
    // Every combination field belongs to a declared coalition.
    for (qsizetype i = 0; i < t->m_voteFields.size(); ++i) {
        const TemplateField &f = t->m_voteFields.at(i);
        if (f.kind != FieldKind::Coalition)
            continue;
        const QString owner = partyCoalition.value(f.parties.first());
        for (const QString &party : f.parties)
            if (owner.isEmpty() || partyCoalition.value(party) != owner)
                return fail(ErrorCode::InvalidInput,
                            tr("%1.parties: %2 are not all members of one coalition of $.coalitions")
                                .arg(fieldPath(*t, i), f.parties.join(QStringLiteral(", "))));
    }
    return {};
}

Status TemplateParser::readCandidates(const QJsonObject &root, ElectionTemplate *t)
{
    if (!root.contains(QLatin1String("candidates")))
        return {};
    const QString path = QStringLiteral("$.candidates");
    const QJsonValue v = root.value(QLatin1String("candidates"));
    if (!v.isArray())
        return fail(ErrorCode::InvalidInput, tr("%1: expected an array of candidacies, got %2").arg(path, describe(v)));

    // Where a contender runs; for a party, nowhere its coalition runs (the coalition's candidate
    // stands for it there).
    const auto coalitionById = [&](const QString &id) -> const Coalition * {
        for (const Coalition &c : std::as_const(t->m_coalitions))
            if (c.id == id)
                return &c;
        return nullptr;
    };
    const auto coalitionOfParty = [&](const QString &party) -> const Coalition * {
        for (const Coalition &c : std::as_const(t->m_coalitions))
            if (c.parties.contains(party))
                return &c;
        return nullptr;
    };
    const auto standsAlone = [&](const TemplateField &f, const DistrictRef &d) {
        if (!runsAt(f.runsIn, d))
            return false;
        const Coalition *c = f.kind == FieldKind::Party ? coalitionOfParty(f.id) : nullptr;
        return !c || !runsAt(c->runsIn, d);
    };

    const QJsonArray list = v.toArray();
    QList<DistrictRef> districts;
    QSet<QString> districtSet;
    QSet<QString> seen; // contender@state-district: the checks stay linear in the list's size
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString p = item(path, i);
        if (!list.at(i).isObject())
            return fail(ErrorCode::InvalidInput,
                        tr("%1: expected a candidacy object, got %2").arg(p, describe(list.at(i))));
        const QJsonObject o = list.at(i).toObject();
        if (Status s = checkKeys(o, p, {"contender", "state", "district", "propietario", "suplente"}); !s)
            return s;
        Candidacy c;
        if (Status s = readString(o, p, "contender", &c.contender); !s)
            return s;
        if (Status s = readInt(o, p, "state", 1, 99, &c.district.state); !s)
            return s;
        if (Status s = readInt(o, p, "district", 1, 999, &c.district.district); !s)
            return s;
        if (Status s = readString(o, p, "propietario", &c.propietario); !s)
            return s;
        if (Status s = readString(o, p, "suplente", &c.suplente); !s)
            return s;
        if (Status s = checkPublishedName(c.propietario, child(p, "propietario")); !s)
            return s;
        if (Status s = checkPublishedName(c.suplente, child(p, "suplente")); !s)
            return s;
        const QString where = districtName(c.district);
        if (const Coalition *coalition = coalitionById(c.contender)) {
            if (!runsAt(coalition->runsIn, c.district))
                return fail(ErrorCode::InvalidInput,
                            tr("%1: coalition %2 does not run in district %3").arg(p, c.contender, where));
        } else if (const TemplateField *f = t->field(c.contender);
                   f && (f->kind == FieldKind::Party || f->kind == FieldKind::Independent)) {
            if (!runsAt(f->runsIn, c.district))
                return fail(ErrorCode::InvalidInput,
                            tr("%1: %2 does not run in district %3").arg(p, c.contender, where));
            if (!standsAlone(*f, c.district))
                return fail(ErrorCode::InvalidInput,
                            tr("%1: %2 runs in coalition %3 in district %4; the candidacy is the coalition's")
                                .arg(p, c.contender, coalitionOfParty(f->id)->id, where));
        } else {
            return fail(ErrorCode::InvalidInput,
                        tr("%1.contender: \"%2\" is neither a party, an independent nor a coalition of this template")
                            .arg(p, c.contender));
        }
        const QString seenKey = c.contender + QLatin1Char('@') + where;
        if (seen.contains(seenKey))
            return fail(ErrorCode::InvalidInput,
                        tr("%1: %2 already has a candidacy in district %3").arg(p, c.contender, where));
        seen.insert(seenKey);
        if (!districtSet.contains(where)) {
            districtSet.insert(where);
            districts << c.district;
        }
        t->m_candidacies << c;
    }

    // In every district the list names, every contender on the ballot has its candidacy.
    for (const DistrictRef &d : std::as_const(districts)) {
        QStringList contenders;
        for (const TemplateField &f : std::as_const(t->m_voteFields))
            if ((f.kind == FieldKind::Party || f.kind == FieldKind::Independent) && standsAlone(f, d))
                contenders << f.id;
        for (const Coalition &c : std::as_const(t->m_coalitions))
            if (runsAt(c.runsIn, d))
                contenders << c.id;
        for (const QString &who : std::as_const(contenders)) {
            if (!seen.contains(who + QLatin1Char('@') + districtName(d)))
                return fail(
                    ErrorCode::InvalidInput,
                    tr("%1: %2 runs in district %3 but has no candidacy there").arg(path, who, districtName(d)));
        }
    }
    return {};
}

} // namespace acta
