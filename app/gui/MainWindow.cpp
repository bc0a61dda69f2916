#include "MainWindow.h"

#include "ui_MainWindow.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

namespace acta::gui {

namespace {

QString kindName(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Party:
        return MainWindow::tr("Party");
    case FieldKind::Coalition:
        return MainWindow::tr("Coalition");
    case FieldKind::Independent:
        return MainWindow::tr("Independent candidate");
    case FieldKind::NoRegistrados:
        return MainWindow::tr("Unregistered candidates");
    case FieldKind::Nulos:
        return MainWindow::tr("Null votes");
    case FieldKind::BoletasSobrantes:
        return MainWindow::tr("Leftover ballots");
    case FieldKind::PersonasVotaron:
        return MainWindow::tr("People who voted");
    case FieldKind::RepresentantesVotaron:
        return MainWindow::tr("Representatives who voted");
    case FieldKind::VotosSacados:
        return MainWindow::tr("Votes taken out of the box");
    case FieldKind::TotalAsentado:
        return MainWindow::tr("Total written on the sheet");
    }
    return {};
}

QStandardItem *numberItem(qint64 n)
{
    auto *item = new QStandardItem;
    item->setData(n, Qt::DisplayRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void tidy(QTableView *view)
{
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
}

} // namespace

MainWindow::MainWindow(const Election &election, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_election(election)
    , m_fieldsModel(new QStandardItemModel(this))
    , m_districtsModel(new QStandardItemModel(this))
    , m_casillasModel(new QStandardItemModel(this))
    , m_casillasFilter(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_ui->fieldsView->setModel(m_fieldsModel);
    m_ui->districtsView->setModel(m_districtsModel);
    m_casillasFilter->setSourceModel(m_casillasModel);
    m_casillasFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_casillasFilter->setFilterKeyColumn(-1);
    m_ui->casillasView->setModel(m_casillasFilter);
    m_ui->casillasView->setSortingEnabled(true);
    m_ui->casillasView->sortByColumn(0, Qt::AscendingOrder);
    for (QTableView *v : {m_ui->fieldsView, m_ui->districtsView, m_ui->casillasView})
        tidy(v);
    connect(m_ui->catalogFilter, &QLineEdit::textChanged, m_casillasFilter,
            &QSortFilterProxyModel::setFilterFixedString);
    retranslate();
}

MainWindow::~MainWindow() = default;

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    const ElectionTemplate &t = m_election.election;
    setWindowTitle(tr("ActaCapture — %1 (DEMO)").arg(t.electionName().forLocale(QLocale())));
    m_ui->demoBadge->setText(tr("DEMO"));
    m_ui->electionTitle->setText(tr("<b>%1</b><br>Template %2, version %3 · acta type %4 · %n vote field(s)", nullptr,
                                    int(t.voteFields().size()))
                                     .arg(t.electionName().forLocale(QLocale()).toHtmlEscaped(), t.id())
                                     .arg(t.version())
                                     .arg(t.actaType(), 2, 10, QLatin1Char('0')));
    fillFields();
    fillCatalog();
    statusBar()->showMessage(
        tr("Sample election loaded: %n casilla(s) in the catalog.", nullptr, int(m_election.catalog.size())));
}

void MainWindow::fillFields()
{
    m_fieldsModel->clear();
    m_fieldsModel->setHorizontalHeaderLabels(
        {tr("Field"), tr("Kind"), tr("Label"), tr("Digits"), tr("Counts in total")});
    for (const TemplateField &f : m_election.election.allFields()) {
        const QString label = f.displayLabel(QLocale());
        m_fieldsModel->appendRow({new QStandardItem(f.id), new QStandardItem(kindName(f.kind)),
                                  new QStandardItem(label), numberItem(f.digits),
                                  new QStandardItem(isVoteKind(f.kind) ? tr("Yes") : tr("No"))});
    }
    m_ui->fieldsView->resizeColumnsToContents();
}

void MainWindow::fillCatalog()
{
    const Catalog &catalog = m_election.catalog;
    m_districtsModel->clear();
    m_districtsModel->setHorizontalHeaderLabels({tr("District"), tr("Name"), tr("Casillas"), tr("Voter list")});
    for (int d : catalog.districts()) {
        qint64 lista = 0;
        QString name;
        for (const CasillaInfo &c : catalog.casillas()) {
            if (c.district == d) {
                lista += c.listaNominal;
                name = c.districtName;
            }
        }
        m_districtsModel->appendRow(
            {numberItem(d), new QStandardItem(name), numberItem(catalog.countInDistrict(d)), numberItem(lista)});
    }
    m_ui->districtsView->resizeColumnsToContents();

    m_casillasModel->clear();
    m_casillasModel->setHorizontalHeaderLabels({tr("Casilla key"), tr("District"), tr("Section"), tr("Type"),
                                                tr("Location"), tr("Voter list"), tr("Representatives"),
                                                tr("Approved ballots")});
    for (const CasillaInfo &c : catalog.casillas()) {
        auto *ballots = c.approvedBallots ? numberItem(*c.approvedBallots) : new QStandardItem;
        m_casillasModel->appendRow({new QStandardItem(c.key.toString()), numberItem(c.district),
                                    numberItem(c.key.section()), new QStandardItem(casillaTypeName(c.key.type())),
                                    new QStandardItem(c.location.simplified()), numberItem(c.listaNominal),
                                    numberItem(c.representantes), ballots});
    }
    m_ui->casillasView->resizeColumnsToContents();
    m_ui->catalogSummary->setText(
        tr("%n approved casilla(s) in %1 district(s) of %2.", nullptr, int(catalog.size()))
            .arg(catalog.districts().size())
            .arg(catalog.casillas().isEmpty() ? QString() : catalog.casillas().first().stateName));
}

} // namespace acta::gui
