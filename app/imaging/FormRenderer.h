#pragma once

#include "ActaKey.h"
#include "Catalog.h"
#include "ElectionTemplate.h"
#include "QrPayload.h"
#include "Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QRect>
#include <QSize>
#include <QString>

#include <optional>

class QPainter;

namespace acta {

// Draws the blank acta of one casilla as the template lays it out: registration markers,
// identity QR code, printed header and one empty box per digit. The same drawing goes to a
// raster image (for tests and the scan simulator) and to a vector PDF (for printing).
// The printed sheet is always in Spanish, whatever the UI language: it is the electoral
// document itself. Only error messages are translated.
class FormRenderer
{
    Q_DECLARE_TR_FUNCTIONS(FormRenderer)

public:
    static constexpr int DefaultDpi = 200;
    static constexpr int MinDpi = 72;
    static constexpr int MaxDpi = 600; // a letter page at 600 dpi is already ~130 MB of RGB32
    static constexpr int QuietZoneModules = 4; // white modules around the QR symbol, inside its rect

    // The casilla, when given, must be the acta's; it only adds names to the header.
    FormRenderer(const ElectionTemplate &election, const ActaKey &acta, const CasillaInfo *casilla = nullptr);

    // ACTA1|<CLAVE_ACTA>|<template id>|<template version>; parseQrPayload() reads it back.
    static QString qrPayload(const ElectionTemplate &election, const ActaKey &acta);

    // Page size in pixels: width_mm / 25.4 * dpi, rounded.
    static QSize pageSizePx(const FormLayout &layout, int dpi);
    // A rectangle in millimetres as the pixels it covers at this dpi (edges rounded).
    static QRect toPixels(const QRectF &mm, int dpi);

    // A drill's sheet: "SIMULACRO" in its title and footer (outside the boxes, the QR code and the
    // markers, so the page still reads like any other).
    // Its QR code says SIMULACRO too, so a production station refuses the sheet.
    void setDrill(bool drill) { m_drill = drill; }

    Result<QImage> renderImage(int dpi = DefaultDpi) const; // white page, Format_RGB32, dpi set
    Status renderPng(const QString &path, int dpi = DefaultDpi) const; // 8-bit grayscale PNG
    Status renderPdf(const QString &path, int dpi = DefaultDpi) const; // one vector page

private:
    Status check(int dpi) const;
    Status paint(QPainter &painter, int dpi) const;
    Status paintQr(QPainter &painter, int dpi) const;
    void paintHeader(QPainter &painter, int dpi) const;
    void paintFields(QPainter &painter, int dpi) const;
    void paintFooter(QPainter &painter, int dpi) const;
    QStringList headerLines() const;

    ElectionTemplate m_election;
    ActaKey m_acta;
    std::optional<CasillaInfo> m_casilla;
    bool m_drill = false;
};

} // namespace acta
