#pragma once

#include "ActaKey.h"
#include "Catalog.h"
#include "Election.h"
#include "ElectionTemplate.h"
#include "GlyphAtlas.h"
#include "ImageLoader.h"
#include "PageGenerator.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Shared by the image-pipeline suites: the sample election, generated pages, fixtures.
namespace imagingtest {

inline acta::ElectionTemplate sampleTemplate()
{
    acta::Result<acta::ElectionTemplate> t = acta::ElectionTemplate::fromFile(acta::Election::sampleTemplatePath());
    if (!t)
        qFatal("sample template: %s", qPrintable(t.error()));
    return *t;
}

inline acta::Catalog sampleCatalog()
{
    acta::Result<acta::Catalog> c = acta::Catalog::fromFile(acta::Election::sampleCatalogPath());
    if (!c)
        qFatal("sample catalog: %s", qPrintable(c.error()));
    return *c;
}

inline acta::ElectionTemplate otherForm()
{
    acta::Result<acta::ElectionTemplate> t
        = acta::ElectionTemplate::fromFile(QStringLiteral(ACTA_TEST_DATA "/templates/valid-minimal.json"));
    if (!t)
        qFatal("other form: %s", qPrintable(t.error()));
    return *t;
}

// The same layout under another template id: only the QR code tells them apart.
inline acta::ElectionTemplate renamedSample(const QString &id)
{
    QJsonObject o = QJsonDocument::fromJson(sampleTemplate().toJson()).object();
    o.insert(QStringLiteral("id"), id);
    acta::Result<acta::ElectionTemplate> t = acta::ElectionTemplate::fromJson(QJsonDocument(o).toJson());
    if (!t)
        qFatal("renamed template: %s", qPrintable(t.error()));
    return *t;
}

inline acta::ActaKey actaKey(const QString &text)
{
    acta::Result<acta::ActaKey> k = acta::ActaKey::parse(text);
    if (!k)
        qFatal("bad key %s", qPrintable(text));
    return *k;
}

inline acta::GlyphAtlas atlas()
{
    acta::Result<acta::GlyphAtlas> a = acta::GlyphAtlas::embedded();
    if (!a)
        qFatal("atlas: %s", qPrintable(a.error()));
    return *a;
}

// A generated page of casilla number `index` of the sample catalog.
inline acta::GeneratedPage generatePage(const acta::PageDefects &defects, quint64 seed,
                                        const acta::ElectionTemplate *other = nullptr,
                                        const acta::ElectionTemplate *drawn = nullptr)
{
    static const acta::ElectionTemplate election = sampleTemplate();
    static const acta::Catalog catalog = sampleCatalog();
    static const acta::GlyphAtlas glyphs = atlas();
    const acta::ElectionTemplate &form = drawn ? *drawn : election;
    const acta::PageGenerator generator(form, glyphs);
    const acta::CasillaInfo &casilla = catalog.casillas().at(qsizetype(seed % quint64(catalog.size())));
    acta::Result<acta::ActaKey> key = acta::ActaKey::make(casilla.key, form.actaType());
    const acta::Tally tally
        = generator.randomTally(seed, defects.crossedOutRate, defects.emptyRate, form.actaType(), &casilla);
    acta::Result<acta::GeneratedPage> page = generator.generate(*key, &casilla, tally, defects, seed, other);
    if (!page)
        qFatal("generate: %s", qPrintable(page.error()));
    return *page;
}

inline cv::Mat decode(const QByteArray &bytes)
{
    const acta::ImageLoader::Outcome o = acta::ImageLoader().loadBytes(bytes, QStringLiteral("page"));
    if (!o.image)
        qFatal("decode: %s", qPrintable(o.failure->message));
    return o.image->gray;
}

inline QByteArray fixtureBytes(const QString &name)
{
    QFile f(QStringLiteral(ACTA_TEST_DATA "/pages/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

inline QJsonObject fixtureTruth(const QString &imageName)
{
    QString json = imageName;
    json.replace(QLatin1String(".jpg"), QLatin1String(".json"));
    return QJsonDocument::fromJson(fixtureBytes(json)).object();
}

} // namespace imagingtest
