#include "GuiEnvironment.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace acta::gui {

namespace {

class NativeFileDialogs : public FileDialogs
{
    Q_DECLARE_TR_FUNCTIONS(NativeFileDialogs)

public:
    QStringList openScans(QWidget *parent, const QString &startFolder) override
    {
        return QFileDialog::getOpenFileNames(
            parent, tr("Import scanned actas"),
            startFolder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) : startFolder,
            tr("Scanned actas (*.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"));
    }

    QString saveFile(QWidget *parent, const QString &title, const QString &suggestedPath,
                     const QString &filter) override
    {
        return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
    }

    QString askPassphrase(QWidget *parent, const QString &title, const QString &label) override
    {
        return QInputDialog::getText(parent, title, label, QLineEdit::Password);
    }

    QString openFile(QWidget *parent, const QString &title, const QString &startFolder, const QString &filter) override
    {
        return QFileDialog::getOpenFileName(
            parent, title,
            startFolder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::HomeLocation) : startFolder,
            filter);
    }

    QString chooseFolder(QWidget *parent, const QString &title, const QString &startFolder) override
    {
        return QFileDialog::getExistingDirectory(parent, title, startFolder);
    }

    bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptLabel) override
    {
        QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
        box.setTextFormat(Qt::PlainText);
        QPushButton *accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
        QPushButton *cancel = box.addButton(tr("Cancel"), QMessageBox::RejectRole);
        box.setDefaultButton(cancel);
        box.setEscapeButton(cancel);
        box.exec();
        return box.clickedButton() == accept;
    }
};

} // namespace

FileDialogs &FileDialogs::native()
{
    static NativeFileDialogs dialogs;
    return dialogs;
}

} // namespace acta::gui
