#pragma once

#include <QFont>
#include <QList>
#include <QPair>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;
class QPagedPaintDevice;

namespace acta::drillreport {

// The texts the page furniture carries; translated by the caller (DrillReportWriter owns every tr()).
struct PageTexts
{
    QString band; // beside the mark in the top band: what the document is and which drill
    QString footer; // left of the footer: that it is a drill, not a result
    QString pageOf; // "Page %1 of %2"
    QString continued; // "%1 (continued)": a table's heading again on the page it continues on
};

struct TableColumn
{
    QString header;
    qreal weight = 1; // share of the content width
    Qt::Alignment align = Qt::AlignLeft;
};

// Flows a report down A4 pages: blocks of text, painted figures and tables, breaking pages where
// a block does not fit and repeating a table's header on the page it continues on. Every page
// carries the SIMULACRO band, footer and watermark, so no page of a drill's report can pass for
// an operational document once separated from the others.
class PageFlow
{
public:
    // totalPages may be 0 when unknown (the first of two passes): the footer then shows no total.
    PageFlow(QPainter &painter, QPagedPaintDevice &device, PageTexts texts, int totalPages);

    void finish(); // decorates the last page; call once, before QPainter::end()
    int pageCount() const { return m_pageNumber; }

    qreal width() const { return m_content.width(); }
    qreal pageHeight() const { return m_content.height(); }
    // A block of this height at the cursor, on a new page when it does not fit on this one.
    QRectF take(qreal height);
    void space(qreal height);
    // Drawn with the next block, on the page where that block starts.
    void heading(const QString &text);
    void paragraph(const QString &text, const QFont &font);
    // Label and value pairs, `perRow` pairs to a row: the report's facts and figures.
    void keyValues(const QList<QPair<QString, QString>> &items, int perRow);
    void table(const QList<TableColumn> &columns, const QList<QStringList> &rows, const QString &emptyText);

    QFont font(qreal points, bool bold = false) const;

private:
    void newPage();
    void placeHeading(qreal following);
    void decoratePage();
    qreal textHeight(const QString &text, const QFont &font, qreal width) const;
    qreal rowHeight(const QList<qreal> &widths, const QStringList &cells, const QFont &font) const;
    QList<qreal> columnWidths(const QList<TableColumn> &columns, const QList<QStringList> &rows,
                              const QFont &headerFont, const QFont &bodyFont) const;
    void drawRow(const QList<qreal> &widths, const QList<TableColumn> &columns, const QStringList &cells,
                 const QFont &font, qreal height, bool header, bool shaded);

    QPainter &m_painter;
    QPagedPaintDevice &m_device;
    PageTexts m_texts;
    int m_totalPages;
    QRectF m_page; // the whole sheet, in device pixels
    QRectF m_content; // inside the margins, under the band and over the footer
    qreal m_y = 0;
    int m_pageNumber = 1;
    QString m_lastHeading; // for "(continued)" over a table that runs onto a new page
    int m_headingPage = 0;
    QString m_pendingHeading; // waits for the block under it
};

} // namespace acta::drillreport
