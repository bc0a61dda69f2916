#pragma once

#include "Election.h"

#include <QMainWindow>

#include <memory>

class QSortFilterProxyModel;
class QStandardItemModel;

namespace Ui {
class MainWindow;
}

namespace acta::gui {

// The station's main window. For now it shows the loaded election: the acta's fields
// (template) and the approved casillas (catalog) with a per-district summary.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const Election &election, QWidget *parent = nullptr);
    ~MainWindow() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillFields();
    void fillCatalog();
    void retranslate();

    std::unique_ptr<Ui::MainWindow> m_ui;
    const Election &m_election;
    QStandardItemModel *m_fieldsModel = nullptr;
    QStandardItemModel *m_districtsModel = nullptr;
    QStandardItemModel *m_casillasModel = nullptr;
    QSortFilterProxyModel *m_casillasFilter = nullptr;
};

} // namespace acta::gui
