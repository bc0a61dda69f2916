#pragma once

#include <QStringList>

namespace acta::cli {

// render-form: the blank acta of one casilla as PDF or PNG. Needs a QGuiApplication (fonts).
int renderForm(const QStringList &args);

} // namespace acta::cli
