#include "Election.h"
#include "Language.h"
#include "MainWindow.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace acta;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsEveryTemplateField();
    void showsCatalogByDistrict();
    void filterNarrowsCasillas();
    void spanishIsShownWhenInstalled();
    void screenshotsOfEachTab();

private:
    template<typename T> T *child(QWidget &w, const char *name)
    {
        T *c = w.findChild<T *>(QLatin1String(name));
        if (!c)
            qFatal("no child %s", name);
        return c;
    }
    std::optional<Election> m_sample;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Result<Election> sample = Election::sample();
    QVERIFY2(sample.isOk(), qPrintable(sample.isOk() ? QString() : sample.error()));
    m_sample = std::move(sample).value();
}

void TestMainWindow::showsEveryTemplateField()
{
    gui::MainWindow w(*m_sample);
    QTableView *fields = child<QTableView>(w, "fieldsView");
    QCOMPARE(fields->model()->rowCount(), m_sample->election.allFields().size());
    QCOMPARE(fields->model()->index(0, 0).data().toString(), m_sample->election.voteFields().first().id);
    QVERIFY(w.windowTitle().contains(QStringLiteral("DEMO")));
}

void TestMainWindow::showsCatalogByDistrict()
{
    gui::MainWindow w(*m_sample);
    QTableView *districts = child<QTableView>(w, "districtsView");
    QCOMPARE(districts->model()->rowCount(), 3);
    qint64 total = 0;
    for (int r = 0; r < 3; ++r)
        total += districts->model()->index(r, 2).data().toLongLong();
    QCOMPARE(total, m_sample->catalog.size());
    QTableView *casillas = child<QTableView>(w, "casillasView");
    QCOMPARE(casillas->model()->rowCount(), m_sample->catalog.size());
    // Listed by key, ascending.
    QVERIFY(casillas->model()->index(0, 0).data().toString() < casillas->model()->index(1, 0).data().toString());
}

void TestMainWindow::filterNarrowsCasillas()
{
    gui::MainWindow w(*m_sample);
    QTableView *casillas = child<QTableView>(w, "casillasView");
    const QString key = m_sample->catalog.casillas().at(10).key.toString();
    QTest::keyClicks(child<QLineEdit>(w, "catalogFilter"), key);
    QCOMPARE(casillas->model()->rowCount(), 1);
    QCOMPARE(casillas->model()->index(0, 0).data().toString(), key);
    child<QLineEdit>(w, "catalogFilter")->clear();
    QCOMPARE(casillas->model()->rowCount(), m_sample->catalog.size());
}

void TestMainWindow::spanishIsShownWhenInstalled()
{
    QVERIFY(Language::install(QCoreApplication::instance(), QStringLiteral("es_MX")));
    gui::MainWindow w(*m_sample);
    QTabWidget *tabs = child<QTabWidget>(w, "tabs");
    QCOMPARE(tabs->tabText(0), QStringLiteral("Elección"));
    QVERIFY2(child<QLabel>(w, "catalogSummary")->text().contains(QStringLiteral("casillas")),
             qPrintable(child<QLabel>(w, "catalogSummary")->text()));
}

void TestMainWindow::screenshotsOfEachTab()
{
    // For a person to look at (not compared): <build>/tests/screenshots/mainwindow-*.png
    gui::MainWindow w(*m_sample);
    w.resize(1100, 720);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QDir().mkpath(QStringLiteral("screenshots"));
    QTabWidget *tabs = child<QTabWidget>(w, "tabs");
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        const QString file = QStringLiteral("screenshots/mainwindow-%1.png").arg(i);
        QVERIFY(w.grab().save(file));
        QVERIFY(QFileInfo(file).size() > 1000);
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
