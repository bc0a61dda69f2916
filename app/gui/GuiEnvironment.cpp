#include "GuiEnvironment.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

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
        // A long summary (a decision on many fields) scrolls: the buttons never leave the screen.
        QDialog dialog(parent);
        dialog.setWindowTitle(title);
        auto *layout = new QVBoxLayout(&dialog);
        auto *summary = new QPlainTextEdit(text, &dialog);
        summary->setReadOnly(true);
        summary->setFocusPolicy(Qt::ClickFocus);
        const QFontMetrics metrics(summary->font());
        const int lines = int(text.count(QLatin1Char('\n'))) + 2;
        summary->setMinimumWidth(metrics.averageCharWidth() * 70);
        summary->setMinimumHeight(metrics.lineSpacing() * qMin(lines, 6));
        summary->setMaximumHeight(metrics.lineSpacing() * qMin(lines + 1, 22));
        layout->addWidget(summary);
        auto *buttons = new QDialogButtonBox(&dialog);
        QPushButton *accept = buttons->addButton(acceptLabel, QDialogButtonBox::AcceptRole);
        QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
        accept->setAutoDefault(false);
        cancel->setDefault(true); // Enter pressed out of habit cancels
        layout->addWidget(buttons);
        QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        cancel->setFocus();
        return dialog.exec() == QDialog::Accepted;
    }
};

} // namespace

FileDialogs &FileDialogs::native()
{
    static NativeFileDialogs dialogs;
    return dialogs;
}

} // namespace acta::gui
