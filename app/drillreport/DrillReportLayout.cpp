#include "DrillReportLayout.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <utility>

namespace acta::drillreport {

namespace {

// The drill colour of the station's own watermark (gui/DrillWatermark), so screen and paper match.
const QColor DrillColor(179, 89, 0);
const QColor RuleColor(190, 190, 190);
const QColor HeaderFill(232, 232, 232);
const QColor ShadeFill(246, 246, 246);

constexpr qreal CellPadX = 6;
constexpr qreal CellPadY = 4;

// Untranslated on purpose: the word drills are known by, in every language (as on screen).
QString markWord()
{
    return QStringLiteral("SIMULACRO");
}

} // namespace

PageFlow::PageFlow(QPainter &painter, QPagedPaintDevice &device, PageTexts texts, int totalPages)
    : m_painter(painter)
    , m_device(device)
    , m_texts(std::move(texts))
    , m_totalPages(totalPages)
{
    const qreal mm = device.logicalDpiY() / 25.4;
    m_page = QRectF(0, 0, device.width(), device.height());
    // Under the band (8-18 mm) and over the footer rule (16 mm from the bottom).
    m_content = QRectF(15 * mm, 24 * mm, m_page.width() - 30 * mm, m_page.height() - 24 * mm - 20 * mm);
    m_y = m_content.top();
}

QFont PageFlow::font(qreal points, bool bold) const
{
    // DejaVu is what the station ships (fonts-dejavu-core): it has ✓, ✗ and — in every weight.
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

void PageFlow::finish()
{
    placeHeading(0);
    decoratePage();
}

void PageFlow::newPage()
{
    decoratePage();
    m_device.newPage();
    ++m_pageNumber;
    m_y = m_content.top();
}

void PageFlow::decoratePage()
{
    QPainter &p = m_painter;
    p.save();
    const qreal mm = m_device.logicalDpiY() / 25.4;

    // The band: the mark in white on the drill colour, then what and which drill.
    const QRectF band(m_content.left(), 8 * mm, m_content.width(), 10 * mm);
    p.fillRect(band, DrillColor);
    p.setPen(Qt::white);
    p.setFont(font(14, true));
    const QRectF markRect = band.adjusted(3 * mm, 0, -3 * mm, 0);
    p.drawText(markRect, Qt::AlignLeft | Qt::AlignVCenter, markWord());
    const qreal markWidth = p.fontMetrics().horizontalAdvance(markWord());
    p.setFont(font(9));
    const QRectF bandText = markRect.adjusted(markWidth + 4 * mm, 0, 0, 0);
    p.drawText(bandText, Qt::AlignRight | Qt::AlignVCenter,
               p.fontMetrics().elidedText(m_texts.band, Qt::ElideRight, int(bandText.width())));

    // The footer: a rule, the drill sentence and the page number.
    const qreal ruleY = m_page.height() - 16 * mm;
    p.setPen(QPen(DrillColor, 2));
    p.drawLine(QPointF(m_content.left(), ruleY), QPointF(m_content.right(), ruleY));
    const QRectF footer(m_content.left(), ruleY + 1 * mm, m_content.width(), 6 * mm);
    p.setFont(font(8, true));
    p.setPen(DrillColor);
    const QString number
        = m_totalPages > 0 ? m_texts.pageOf.arg(m_pageNumber).arg(m_totalPages) : QString::number(m_pageNumber);
    const qreal numberWidth = p.fontMetrics().horizontalAdvance(number);
    p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, number);
    const QString left = markWord() + QStringLiteral(" · ") + m_texts.footer;
    p.drawText(footer.adjusted(0, 0, -numberWidth - 4 * mm, 0), Qt::AlignLeft | Qt::AlignVCenter,
               p.fontMetrics().elidedText(left, Qt::ElideRight, int(footer.width() - numberWidth - 4 * mm)));

    // The watermark goes over the content, faint enough to read through, like the one on screen:
    // under it, shaded table rows would hide it.
    p.setRenderHint(QPainter::Antialiasing);
    QFont big = font(96, true);
    p.setFont(big);
    p.setPen(QColor(DrillColor.red(), DrillColor.green(), DrillColor.blue(), 30));
    p.translate(m_page.center());
    p.rotate(-55);
    const qreal diagonal = std::hypot(m_page.width(), m_page.height());
    p.drawText(QRectF(-diagonal / 2, -m_page.width() / 4, diagonal, m_page.width() / 2), Qt::AlignCenter, markWord());
    p.restore();
}

QRectF PageFlow::take(qreal height)
{
    placeHeading(height);
    if (m_y + height > m_content.bottom() && m_y > m_content.top())
        newPage();
    const QRectF r(m_content.left(), m_y, m_content.width(), std::min(height, m_content.bottom() - m_y));
    m_y += height;
    return r;
}

void PageFlow::space(qreal height)
{
    // Space at the top of a page is wasted: a block that opens a page starts at the top.
    if (m_y > m_content.top())
        m_y = std::min(m_y + height, m_content.bottom());
}

qreal PageFlow::textHeight(const QString &text, const QFont &font, qreal width) const
{
    m_painter.setFont(font);
    return m_painter.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

void PageFlow::heading(const QString &text)
{
    m_pendingHeading = text;
}

void PageFlow::placeHeading(qreal following)
{
    // Placed by the block under it, which knows how much of itself must fit below: a heading
    // never ends a page apart from what it heads.
    if (m_pendingHeading.isEmpty())
        return;
    const QString text = std::exchange(m_pendingHeading, QString());
    const QFont f = font(12, true);
    const qreal h = textHeight(text, f, width()) + 6;
    space(14);
    if (m_y + h + following > m_content.bottom() && m_y > m_content.top())
        newPage();
    m_painter.setFont(f);
    m_painter.setPen(Qt::black);
    m_painter.drawText(QRectF(m_content.left(), m_y, width(), h), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                       text);
    m_y += h;
    m_lastHeading = text;
    m_headingPage = m_pageNumber;
}

void PageFlow::paragraph(const QString &text, const QFont &font)
{
    const QRectF r = take(textHeight(text, font, width()) + 4);
    m_painter.setFont(font);
    m_painter.setPen(Qt::black);
    m_painter.drawText(r, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
}

void PageFlow::keyValues(const QList<QPair<QString, QString>> &items, int perRow)
{
    const QFont labelFont = font(8.5);
    const QFont valueFont = font(9.5, true);
    const qreal pairW = width() / perRow;
    // As wide as the longest label needs, so that values (ids, times) rarely wrap.
    m_painter.setFont(labelFont);
    qreal labelW = 0;
    for (const auto &item : items)
        labelW = std::max(labelW, m_painter.fontMetrics().horizontalAdvance(item.first) + 2 * CellPadX + 8);
    labelW = std::clamp(labelW, pairW * 0.3, pairW * 0.6);
    for (qsizetype i = 0; i < items.size(); i += perRow) {
        qreal h = 0;
        for (qsizetype j = i; j < std::min(i + perRow, items.size()); ++j) {
            h = std::max(h, textHeight(items[j].first, labelFont, labelW - 2 * CellPadX));
            h = std::max(h, textHeight(items[j].second, valueFont, pairW - labelW - 2 * CellPadX));
        }
        const QRectF row = take(h + 2 * CellPadY);
        for (qsizetype j = i; j < std::min(i + perRow, items.size()); ++j) {
            const qreal x = row.left() + (j - i) * pairW;
            m_painter.setPen(QColor(70, 70, 70));
            m_painter.setFont(labelFont);
            m_painter.drawText(QRectF(x + CellPadX, row.top() + CellPadY, labelW - 2 * CellPadX, h),
                               Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, items[j].first);
            m_painter.setPen(Qt::black);
            m_painter.setFont(valueFont);
            m_painter.drawText(QRectF(x + labelW + CellPadX, row.top() + CellPadY, pairW - labelW - 2 * CellPadX, h),
                               Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, items[j].second);
        }
        m_painter.setPen(QPen(RuleColor, 1));
        m_painter.drawLine(QPointF(row.left(), row.bottom()), QPointF(row.right(), row.bottom()));
    }
}

qreal PageFlow::rowHeight(const QList<qreal> &widths, const QStringList &cells, const QFont &font) const
{
    qreal h = 0;
    for (qsizetype c = 0; c < widths.size(); ++c)
        h = std::max(h, textHeight(cells.value(c), font, widths[c] - 2 * CellPadX));
    m_painter.setFont(font);
    return std::max(h, qreal(m_painter.fontMetrics().height())) + 2 * CellPadY;
}

void PageFlow::drawRow(const QList<qreal> &widths, const QList<TableColumn> &columns, const QStringList &cells,
                       const QFont &font, qreal height, bool header, bool shaded)
{
    QPainter &p = m_painter;
    const QRectF row(m_content.left(), m_y, m_content.width(), height);
    if (header || shaded)
        p.fillRect(row, header ? HeaderFill : ShadeFill);
    p.setFont(font);
    p.setPen(Qt::black);
    qreal x = m_content.left();
    for (qsizetype c = 0; c < widths.size(); ++c) {
        const QRectF cell(x + CellPadX, m_y + CellPadY, widths[c] - 2 * CellPadX, height - 2 * CellPadY);
        // Headers align with their column, so a number's header sits over its digits.
        const Qt::Alignment align = columns[c].align | (header ? Qt::AlignBottom : Qt::AlignTop);
        p.drawText(cell, int(align) | Qt::TextWordWrap, cells.value(c));
        x += widths[c];
    }
    p.setPen(QPen(header ? QColor(Qt::black) : RuleColor, header ? 1.5 : 1));
    p.drawLine(row.bottomLeft(), row.bottomRight());
    m_y += height;
}

QList<qreal> PageFlow::columnWidths(const QList<TableColumn> &columns, const QList<QStringList> &rows,
                                    const QFont &headerFont, const QFont &bodyFont) const
{
    // Every column at least as wide as its longest word (a word cannot wrap, and a header such as
    // "Keystrokes" would otherwise run into its neighbour); what is left is shared by weight.
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const auto longestWord = [&](const QString &text, const QFont &f) {
        m_painter.setFont(f);
        qreal w = 0;
        for (const QString &word : text.split(space, Qt::SkipEmptyParts))
            w = std::max(w, qreal(m_painter.fontMetrics().horizontalAdvance(word)));
        return w;
    };
    QList<qreal> minimum;
    qreal totalWeight = 0;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        qreal w = longestWord(columns[c].header, headerFont);
        // Figures ("18.5 s", "1 min 05 s") are never broken: only left-aligned text wraps.
        const bool figures = !(columns[c].align & Qt::AlignLeft);
        m_painter.setFont(bodyFont);
        for (const QStringList &row : rows)
            w = std::max(w,
                         figures ? qreal(m_painter.fontMetrics().horizontalAdvance(row.value(c)))
                                 : longestWord(row.value(c), bodyFont));
        minimum.append(w + 2 * CellPadX + 10);
        totalWeight += columns[c].weight;
    }
    qreal needed = 0;
    for (qreal w : minimum)
        needed += w;
    QList<qreal> widths;
    if (needed >= width()) {
        // Too many long words for the page: shrink in proportion (they clip, but nothing overlaps).
        for (qreal w : minimum)
            widths.append(w * width() / needed);
        return widths;
    }
    // Weighted shares, with columns below their minimum pinned to it and the rest re-shared.
    QList<bool> pinned(columns.size(), false);
    for (bool changed = true; changed;) {
        changed = false;
        qreal free = width();
        qreal weight = 0;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            if (pinned[c])
                free -= minimum[c];
            else
                weight += columns[c].weight;
        }
        widths.clear();
        for (qsizetype c = 0; c < columns.size(); ++c) {
            widths.append(pinned[c] ? minimum[c] : free * columns[c].weight / weight);
            if (!pinned[c] && widths[c] < minimum[c]) {
                pinned[c] = true;
                changed = true;
            }
        }
    }
    return widths;
}

void PageFlow::table(const QList<TableColumn> &columns, const QList<QStringList> &rows, const QString &emptyText)
{
    if (rows.isEmpty()) {
        paragraph(emptyText, font(9));
        return;
    }
    QStringList headers;
    for (const TableColumn &c : columns)
        headers.append(c.header);
    const QFont headerFont = font(8, true);
    const QFont bodyFont = font(8.5);
    const QList<qreal> widths = columnWidths(columns, rows, headerFont, bodyFont);
    const qreal headerHeight = rowHeight(widths, headers, headerFont);

    // A short table that does not fit under what is on the page starts on the next one whole,
    // rather than leaving a row or two behind.
    qreal whole = headerHeight;
    for (const QStringList &row : rows)
        whole += rowHeight(widths, row, bodyFont);
    const bool keepWhole = whole <= pageHeight() / 3;
    placeHeading(keepWhole ? whole : headerHeight + rowHeight(widths, rows.first(), bodyFont));
    if (keepWhole && m_y + whole > m_content.bottom() && m_y > m_content.top())
        newPage();

    bool headerOnPage = false;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const qreal h = rowHeight(widths, rows[i], bodyFont);
        const qreal needed = h + (headerOnPage ? 0 : headerHeight);
        if (m_y + needed > m_content.bottom() && m_y > m_content.top()) {
            newPage();
            headerOnPage = false;
        }
        if (!headerOnPage) {
            // On a page it continues on, the table says whose it is before its header again.
            if (m_pageNumber != m_headingPage && !m_lastHeading.isEmpty()) {
                const QString continued = m_texts.continued.arg(m_lastHeading);
                const qreal continuedHeight = textHeight(continued, font(9, true), width()) + 4;
                m_painter.setFont(font(9, true));
                m_painter.setPen(Qt::darkGray);
                m_painter.drawText(QRectF(m_content.left(), m_y, width(), continuedHeight),
                                   Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, continued);
                m_y += continuedHeight;
            }
            drawRow(widths, columns, headers, headerFont, headerHeight, true, false);
            headerOnPage = true;
        }
        drawRow(widths, columns, rows[i], bodyFont, h, false, i % 2 == 1);
    }
}

} // namespace acta::drillreport
