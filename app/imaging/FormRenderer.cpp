#include "FormRenderer.h"

#include "ImagingLog.h"
#include "QrCode.h"

#include <QFont>
#include <QFontMetricsF>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace acta {

namespace {

constexpr double MmPerInch = 25.4;
constexpr double BoxBorderMm = 0.25; // thin enough to leave the box to the handwriting
constexpr double LabelGapMm = 2.0; // between a label and its first box
constexpr double LabelClearMm = 3.0; // between a label and whatever sits to its left

double pxPerMm(int dpi)
{
    return dpi / MmPerInch;
}

QString pad(int value, int width)
{
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}

// The sheet is printed in Spanish whatever the UI language (see the class comment).
QString spanishCasillaType(CasillaType type)
{
    switch (type) {
    case CasillaType::Basica:
        return QStringLiteral("Básica");
    case CasillaType::Contigua:
        return QStringLiteral("Contigua");
    case CasillaType::Extraordinaria:
        return QStringLiteral("Extraordinaria");
    case CasillaType::Especial:
        return QStringLiteral("Especial");
    case CasillaType::PrisionPreventiva:
        return QStringLiteral("Prisión preventiva");
    }
    return {};
}

QFont formFont(double pointSize, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

// Draws the text word-wrapped in the rectangle at the largest size from maxPt down to minPt
// that fits; at minPt it is clipped rather than spilling over a neighbouring box.
void drawFitted(QPainter &painter, const QRectF &rect, const QString &text, int flags, double maxPt, double minPt,
                bool bold)
{
    flags |= Qt::TextWordWrap;
    QFont font = formFont(minPt, bold);
    for (double pt = maxPt; pt >= minPt; pt -= 0.25) {
        const QFont candidate = formFont(pt, bold);
        const QRectF needed = QFontMetricsF(candidate, painter.device()).boundingRect(rect, flags, text);
        if (needed.width() <= rect.width() && needed.height() <= rect.height()) {
            font = candidate;
            break;
        }
    }
    painter.save();
    painter.setClipRect(rect);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(rect, flags, text);
    painter.restore();
}

QRectF pxRect(const QRectF &mm, int dpi)
{
    const double k = pxPerMm(dpi);
    return QRectF(mm.x() * k, mm.y() * k, mm.width() * k, mm.height() * k);
}

bool overlapsRows(const QRectF &a, const QRectF &b)
{
    return a.top() < b.bottom() && b.top() < a.bottom();
}

} // namespace

FormRenderer::FormRenderer(const ElectionTemplate &election, const ActaKey &acta, const CasillaInfo *casilla)
    : m_election(election)
    , m_acta(acta)
{
    if (casilla)
        m_casilla = *casilla;
}

QString FormRenderer::qrPayload(const ElectionTemplate &election, const ActaKey &acta)
{
    return makeQrPayload(election, acta);
}

QSize FormRenderer::pageSizePx(const FormLayout &layout, int dpi)
{
    const double k = pxPerMm(dpi);
    return QSize(qRound(layout.pageWidthMm * k), qRound(layout.pageHeightMm * k));
}

QRect FormRenderer::toPixels(const QRectF &mm, int dpi)
{
    const double k = pxPerMm(dpi);
    const int left = qRound(mm.left() * k);
    const int top = qRound(mm.top() * k);
    return QRect(left, top, qRound(mm.right() * k) - left, qRound(mm.bottom() * k) - top);
}

Status FormRenderer::check(int dpi) const
{
    if (dpi < MinDpi || dpi > MaxDpi)
        return fail(ErrorCode::InvalidInput,
                    tr("The resolution must be from %1 to %2 dpi, not %3.").arg(MinDpi).arg(MaxDpi).arg(dpi));
    const FormLayout &layout = m_election.layout();
    if (layout.pageWidthMm <= 0 || layout.pageHeightMm <= 0 || layout.markers.size() != 4)
        return fail(ErrorCode::InvalidInput, tr("The template %1 has no printable layout.").arg(m_election.id()));
    if (!m_election.actaTypesFor(m_acta.casilla().type()).contains(m_acta.actaType()))
        return fail(ErrorCode::InvalidInput,
                    tr("The acta %1 is of type %2, but the template %3 is for type %4.")
                        .arg(m_acta.toString())
                        .arg(m_acta.actaType())
                        .arg(m_election.id())
                        .arg(m_election.actaType()));
    if (m_casilla && !(m_casilla->key == m_acta.casilla()))
        return fail(ErrorCode::InvalidInput,
                    tr("The catalog entry %1 is not the casilla of the acta %2.")
                        .arg(m_casilla->key.toString(), m_acta.toString()));
    // The QR must read back as this acta: a template id with "|" would not.
    Result<QrIdentity> identity = parseQrPayload(qrPayload(m_election, m_acta));
    if (!identity || identity->templateId != m_election.id())
        return fail(ErrorCode::InvalidInput,
                    tr("The template id \"%1\" cannot be written in the acta's QR code (it must not contain \"|\").")
                        .arg(m_election.id()));
    return {};
}

Result<QImage> FormRenderer::renderImage(int dpi) const
{
    if (Status ok = check(dpi); !ok)
        return ok.takeError();
    const QSize size = pageSizePx(m_election.layout(), dpi);
    QImage image(size, QImage::Format_RGB32);
    if (image.isNull())
        return fail(ErrorCode::Unavailable,
                    tr("Not enough memory for a page of %1 x %2 pixels.").arg(size.width()).arg(size.height()));
    // Point sizes follow the image's dpi, and the PNG records it for the scan pipeline.
    const int dotsPerMeter = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    const Status painted = paint(painter, dpi);
    painter.end();
    if (!painted)
        return painted.takeError();
    return image;
}

Status FormRenderer::renderPng(const QString &path, int dpi) const
{
    Result<QImage> image = renderImage(dpi);
    if (!image)
        return image.takeError();
    // A blank form is black on white: grayscale keeps the file small and looks like a scan.
    const QImage gray = image->convertToFormat(QImage::Format_Grayscale8);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (!gray.save(&file, "PNG")) {
        file.cancelWriting();
        return fail(ErrorCode::Io, tr("Cannot write %1: the PNG encoder failed.").arg(path));
    }
    if (!file.commit())
        return fail(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    qCInfo(lcImaging) << "Rendered acta" << m_acta.toString() << "at" << dpi << "dpi to" << path;
    return {};
}

Status FormRenderer::renderPdf(const QString &path, int dpi) const
{
    if (Status ok = check(dpi); !ok)
        return ok;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    {
        const FormLayout &layout = m_election.layout();
        QPdfWriter writer(&file);
        writer.setResolution(dpi);
        // ExactMatch: a custom sheet must not be snapped to the nearest standard size.
        writer.setPageSize(QPageSize(QSizeF(layout.pageWidthMm, layout.pageHeightMm), QPageSize::Millimeter, QString(),
                                     QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setTitle(QStringLiteral("Acta %1").arg(m_acta.toString()));
        writer.setCreator(QStringLiteral("ActaCapture"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return fail(ErrorCode::Io, tr("Cannot write %1: the PDF writer could not start.").arg(path));
        }
        const Status painted = paint(painter, dpi);
        painter.end();
        if (!painted) {
            file.cancelWriting();
            return painted;
        }
    }
    if (!file.commit())
        return fail(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    qCInfo(lcImaging) << "Rendered acta" << m_acta.toString() << "as PDF at" << dpi << "dpi to" << path;
    return {};
}

Status FormRenderer::paint(QPainter &painter, int dpi) const
{
    // Shapes on whole pixels, no anti-aliasing: markers, QR modules and box borders stay pure black.
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    for (const Marker &marker : m_election.layout().markers)
        painter.fillRect(toPixels(marker.rectMm(), dpi), Qt::black);
    if (Status ok = paintQr(painter, dpi); !ok)
        return ok;
    paintHeader(painter, dpi);
    paintFields(painter, dpi);
    paintFooter(painter, dpi);
    return {};
}

Status FormRenderer::paintQr(QPainter &painter, int dpi) const
{
    Result<QrMatrix> symbol = QrCode::encode(makeQrPayload(m_election, m_acta, m_drill));
    if (!symbol)
        return symbol.takeError();
    const QRect area = toPixels(m_election.layout().qrMm, dpi);
    const int modules = symbol->size + 2 * QuietZoneModules;
    const int modulePx = std::min(area.width(), area.height()) / modules; // whole pixels: crisp edges
    if (modulePx < 1)
        return fail(
            ErrorCode::InvalidInput,
            tr("The QR area of template %1 is too small for its code at %2 dpi.").arg(m_election.id()).arg(dpi));
    painter.fillRect(area, Qt::white);
    const int left = area.left() + (area.width() - symbol->size * modulePx) / 2;
    const int top = area.top() + (area.height() - symbol->size * modulePx) / 2;
    for (int y = 0; y < symbol->size; ++y)
        for (int x = 0; x < symbol->size; ++x)
            if (symbol->dark(x, y))
                painter.fillRect(QRect(left + x * modulePx, top + y * modulePx, modulePx, modulePx), Qt::black);
    return {};
}

QStringList FormRenderer::headerLines() const
{
    const CasillaKey &casilla = m_acta.casilla();
    QStringList lines;
    QString state = QStringLiteral("Entidad: %1").arg(pad(casilla.state(), 2));
    if (m_casilla && !m_casilla->stateName.isEmpty())
        state += u' ' + m_casilla->stateName;
    lines.append(state);
    // The district is only known from the catalog; without it the line is left out, not guessed.
    if (m_casilla)
        lines.append(QStringLiteral("Distrito: %1 %2").arg(pad(m_casilla->district, 2), m_casilla->districtName));
    lines.append(QStringLiteral("Sección: %1").arg(pad(casilla.section(), 4)));
    QString type = QStringLiteral("Casilla: %1 %2").arg(spanishCasillaType(casilla.type()), pad(casilla.number(), 2));
    if (casilla.extContigua() != 0)
        type += QStringLiteral(", extensión contigua %1").arg(pad(casilla.extContigua(), 2));
    lines.append(type);
    lines.append(QStringLiteral("Clave del acta: %1").arg(m_acta.toString()));
    return lines;
}

void FormRenderer::paintHeader(QPainter &painter, int dpi) const
{
    const QRectF area = pxRect(m_election.layout().headerMm, dpi);
    const QString title = m_election.electionName().es + (m_drill ? QStringLiteral(" — SIMULACRO") : QString());
    const QStringList lines = headerLines();

    // One size for the whole block: the largest at which every line fits the rectangle.
    double body = 5;
    for (double pt = 11; pt >= 5; pt -= 0.25) {
        const QFontMetricsF titleFm(formFont(pt + 1, true), painter.device());
        const QFontMetricsF bodyFm(formFont(pt, false), painter.device());
        double width = titleFm.horizontalAdvance(title);
        for (const QString &line : lines)
            width = std::max(width, bodyFm.horizontalAdvance(line));
        const double height = titleFm.lineSpacing() + lines.size() * bodyFm.lineSpacing();
        if (width <= area.width() && height <= area.height()) {
            body = pt;
            break;
        }
    }
    painter.save();
    painter.setClipRect(area);
    painter.setPen(Qt::black);
    double y = area.top();
    const auto drawLine = [&](const QString &text, const QFont &font) {
        const QFontMetricsF fm(font, painter.device());
        painter.setFont(font);
        painter.drawText(QRectF(area.left(), y, area.width(), fm.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(text, Qt::ElideRight, area.width()));
        y += fm.lineSpacing();
    };
    drawLine(title, formFont(body + 1, true));
    for (const QString &line : lines)
        drawLine(line, formFont(body, false));
    painter.restore();
}

void FormRenderer::paintFields(QPainter &painter, int dpi) const
{
    const FormLayout &layout = m_election.layout();
    const QList<TemplateField> fields = m_election.allFields();
    const int border = std::max(1, qRound(BoxBorderMm * pxPerMm(dpi)));

    // Everything a label must not run into, in millimetres.
    QList<QRectF> obstacles {layout.qrMm, layout.headerMm};
    for (const Marker &marker : layout.markers)
        obstacles.append(marker.rectMm());
    for (const TemplateField &field : fields)
        for (int i = 0; i < field.digits; ++i)
            obstacles.append(m_election.boxRectMm(field, i));

    double topmostBox = layout.pageHeightMm;
    for (const TemplateField &field : fields) {
        const QRectF first = m_election.boxRectMm(field, 0);
        topmostBox = std::min(topmostBox, first.top());
        for (int i = 0; i < field.digits; ++i) {
            const QRect box = toPixels(m_election.boxRectMm(field, i), dpi);
            // The border lies inside the box rectangle, so the box is exactly where the template says.
            painter.fillRect(QRect(box.left(), box.top(), box.width(), border), Qt::black);
            painter.fillRect(QRect(box.left(), box.bottom() - border + 1, box.width(), border), Qt::black);
            painter.fillRect(QRect(box.left(), box.top(), border, box.height()), Qt::black);
            painter.fillRect(QRect(box.right() - border + 1, box.top(), border, box.height()), Qt::black);
        }
        // The label runs from the nearest thing to the left in the same row up to the first box.
        double left = std::min(layout.markers.at(0).rectMm().left(), layout.markers.at(3).rectMm().left());
        for (const QRectF &o : std::as_const(obstacles))
            if (overlapsRows(o, first) && o.right() <= first.left())
                left = std::max(left, o.right() + LabelClearMm);
        const QRectF labelMm(left, first.top(), first.left() - LabelGapMm - left, first.height());
        // The boxes stay (registration checks every box's border), but a party, coalition or
        // independent not on this district's ballot is marked so that nobody writes in them.
        const bool onBallot = !m_casilla || !isVoteKind(field.kind)
            || m_election.runsIn(field, DistrictRef {m_casilla->key.state(), m_casilla->district}, m_acta.actaType());
        const QString text = onBallot ? field.label.es : field.label.es + QStringLiteral(" — NO PARTICIPA");
        if (labelMm.width() > 0)
            drawFitted(painter, pxRect(labelMm, dpi), text, Qt::AlignRight | Qt::AlignVCenter, 9, 5, !onBallot);
    }

    // A heading with the filling rule, between the header and the first row when there is room.
    const QRectF header = layout.headerMm;
    const double headingTop = std::max(header.bottom(), layout.qrMm.bottom()) + 1.5;
    const double headingHeight = std::min(6.0, topmostBox - 1.5 - headingTop);
    if (headingHeight >= 3.0) {
        const QRectF headingMm(header.left(), headingTop, layout.qrMm.right() - header.left(), headingHeight);
        drawFitted(painter, pxRect(headingMm, dpi),
                   QStringLiteral("Resultados de la votación: escriba un dígito por recuadro, alineado a la derecha"),
                   Qt::AlignLeft | Qt::AlignVCenter, 10, 5, true);
    }
}

void FormRenderer::paintFooter(QPainter &painter, int dpi) const
{
    // Between the bottom markers, for the people handling paper: which template printed it.
    const FormLayout &layout = m_election.layout();
    const QRectF right = layout.markers.at(2).rectMm();
    const QRectF left = layout.markers.at(3).rectMm();
    const QRectF footer(left.right() + LabelClearMm, left.top(),
                        right.left() - LabelClearMm - left.right() - LabelClearMm, left.height());
    if (footer.width() <= 0)
        return;
    for (const TemplateField &field : m_election.allFields())
        for (int i = 0; i < field.digits; ++i)
            if (m_election.boxRectMm(field, i).intersects(footer))
                return;
    if (layout.qrMm.intersects(footer) || layout.headerMm.intersects(footer))
        return;
    drawFitted(painter, pxRect(footer, dpi),
               QStringLiteral("%4Acta %1 · plantilla %2, versión %3")
                   .arg(m_acta.toString(), m_election.id())
                   .arg(m_election.version())
                   .arg(m_drill ? QStringLiteral("SIMULACRO · ") : QString()),
               Qt::AlignHCenter | Qt::AlignVCenter, 7, 5, false);
}

} // namespace acta
