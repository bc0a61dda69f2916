#!/usr/bin/python3
"""Reads a PREP results cut the way analysts' scripts read INE's published files, and checks it.

Independent of the hub's code: it knows only the 2021 layout (shared/docs/domain.md,
"Publication format") and recomputes every counter from the acta rows.

    read_prep_cut.py resultados.csv [--expect-rows N] [--final]

Layout read: line 1 the election, line 2 the cut time "dd/mm/yyyy HH:MM (UTC±H[:MM])", line 3 the
counter names, line 4 their values, line 5 blank, line 6 the column names, then one row per acta;
pipe-separated, UTF-8. Exit status 0 when everything holds; otherwise each problem on stderr and 1.
"""

import csv
import io
import re
import sys

COUNTERS = [
    "ACTAS_ESPERADAS", "ACTAS_REGISTRADAS", "ACTAS_FUERA_DE_CATALOGO", "ACTAS_CAPTURADAS",
    "PORCENTAJE_ACTAS_CAPTURADAS", "ACTAS_CONTABILIZADAS", "PORCENTAJE_ACTAS_CONTABILIZADAS",
    "PORCENTAJE_ACTAS_CON_INCONSISTENCIAS", "ACTAS_NO_CONTABILIZADAS",
    "LISTA_NOMINAL_ACTAS_CONTABILIZADAS", "TOTAL_VOTOS_C_CS", "TOTAL_VOTOS_S_CS",
    "PORCENTAJE_PARTICIPACION_CIUDADANA",
]
FIRST_COLUMNS = [
    "CLAVE_CASILLA", "CLAVE_ACTA", "ID_ESTADO", "ESTADO", "ID_DISTRITO_FEDERAL", "DISTRITO_FEDERAL",
    "SECCION", "ID_CASILLA", "TIPO_CASILLA", "EXT_CONTIGUA", "UBICACION_CASILLA", "TIPO_ACTA",
    "TOTAL_BOLETAS_SOBRANTES", "TOTAL_PERSONAS_VOTARON", "TOTAL_REP_PARTIDO_CI_VOTARON",
    "TOTAL_VOTOS_SACADOS",
]
LAST_COLUMNS = [
    "NO_REGISTRADOS", "NULOS", "TOTAL_VOTOS_ASENTADO", "TOTAL_VOTOS_CALCULADO", "LISTA_NOMINAL",
    "REPRESENTANTES_PP_CI", "OBSERVACIONES", "CONTABILIZADA", "MECANISMOS_TRASLADO", "SHA",
    "FECHA_HORA_ACOPIO", "FECHA_HORA_CAPTURA", "FECHA_HORA_VERIFICACION", "ORIGEN",
    "DIGITALIZACION", "TIPO_DOCUMENTO", "COTEJADA",
]
INCONSISTENT = ("Excede lista nominal", "Ilegible", "Sin dato", "Todos los campos ilegibles",
                "Todos los campos vacíos")
TIME = re.compile(r"^\d\d/\d\d/\d{4} \d\d:\d\d:\d\d$")


def percent(num, den):
    """4 decimals, truncated, as the dictionary says."""
    if den <= 0 or num <= 0:
        return "0.0000"
    scaled = num * 1000000 // den
    return "%d.%04d" % (scaled // 10000, scaled % 10000)


def main(argv):
    path = argv[1]
    expect_rows = None
    final = "--final" in argv
    if "--expect-rows" in argv:
        expect_rows = int(argv[argv.index("--expect-rows") + 1])
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    lines = text.split("\n")
    problems = []

    if not re.match(r"^\d\d/\d\d/\d{4} \d\d:\d\d \(UTC[+-]\d{1,2}(:\d\d)?\)$", lines[1]):
        problems.append("line 2 is not a cut time like 06/06/2021 18:00 (UTC-5): %r" % lines[1])
    if lines[2].split("|") != COUNTERS:
        problems.append("line 3 does not name the 13 counters: %r" % lines[2])
    values = dict(zip(COUNTERS, lines[3].split("|")))
    if lines[4] != "":
        problems.append("line 5 is not blank: %r" % lines[4])
    columns = lines[5].split("|")
    if columns[:len(FIRST_COLUMNS)] != FIRST_COLUMNS or columns[-len(LAST_COLUMNS):] != LAST_COLUMNS:
        problems.append("line 6 does not hold the 2021 columns: %r" % lines[5])

    # The rows: what a script does with skip=6 and a pipe separator.
    reader = csv.reader(io.StringIO("\n".join(lines[6:])), delimiter="|")
    rows = [dict(zip(columns, r)) for r in reader if r]
    if expect_rows is not None and len(rows) != expect_rows:
        problems.append("%d acta rows, expected %d" % (len(rows), expect_rows))
    for r in rows:
        if len(r) != len(columns):
            problems.append("row %s has %d cells, not %d" % (r.get("CLAVE_ACTA"), len(r), len(columns)))
        if r.get("UBICACION_CASILLA") not in ("1", "2", "-"):
            problems.append("row %s: UBICACION_CASILLA %r is not 1 (Urbana) or 2 (No Urbana)"
                            % (r.get("CLAVE_ACTA"), r.get("UBICACION_CASILLA")))
        if r.get("MECANISMOS_TRASLADO") not in ("", "D", "F", "I"):
            problems.append("row %s: MECANISMOS_TRASLADO %r is not D, F, I or empty"
                            % (r.get("CLAVE_ACTA"), r.get("MECANISMOS_TRASLADO")))
        for name in ("FECHA_HORA_ACOPIO", "FECHA_HORA_CAPTURA", "FECHA_HORA_VERIFICACION"):
            if r.get(name, "-") != "-" and not TIME.match(r[name]):
                problems.append("row %s: %s %r is not dd/mm/yyyy HH:MM:SS" % (r["CLAVE_ACTA"], name, r[name]))

    expected = [r for r in rows if r["CLAVE_CASILLA"] != "-"]
    registered = [r for r in rows if r["FECHA_HORA_ACOPIO"] != "-"]
    outside = [r for r in registered if r["CLAVE_CASILLA"] == "-"]
    captured = [r for r in registered if r["CLAVE_CASILLA"] != "-"]
    counted = [r for r in rows if r["CONTABILIZADA"] == "1"]
    inconsistent = [r for r in captured
                    if any(label in r["OBSERVACIONES"].split(", ") for label in INCONSISTENT)]
    lista = sum(int(r["LISTA_NOMINAL"]) for r in counted)
    with_special = sum(int(r["TOTAL_VOTOS_CALCULADO"]) for r in counted)
    without_special = sum(int(r["TOTAL_VOTOS_CALCULADO"]) for r in counted if r["TIPO_CASILLA"] != "S")
    for r in counted:
        if r["CLAVE_CASILLA"] == "-":
            problems.append("row %s is counted but outside the catalog" % r["CLAVE_ACTA"])
    recomputed = {
        "ACTAS_ESPERADAS": str(len(expected)),
        "ACTAS_REGISTRADAS": str(len(registered)),
        "ACTAS_FUERA_DE_CATALOGO": str(len(outside)),
        "ACTAS_CAPTURADAS": str(len(captured)),
        "PORCENTAJE_ACTAS_CAPTURADAS": percent(len(captured), len(expected)),
        "ACTAS_CONTABILIZADAS": str(len(counted)),
        "PORCENTAJE_ACTAS_CONTABILIZADAS": percent(len(counted), len(expected)),
        "PORCENTAJE_ACTAS_CON_INCONSISTENCIAS": percent(len(inconsistent), len(expected)),
        "ACTAS_NO_CONTABILIZADAS": str(len(registered) - len(counted)),
        "LISTA_NOMINAL_ACTAS_CONTABILIZADAS": str(lista),
        "TOTAL_VOTOS_C_CS": str(with_special),
        "TOTAL_VOTOS_S_CS": str(without_special),
        "PORCENTAJE_PARTICIPACION_CIUDADANA": percent(with_special if final else without_special, lista),
    }
    for name in COUNTERS:
        if values.get(name) != recomputed[name]:
            problems.append("%s is %s in the header, %s from the rows" % (name, values.get(name), recomputed[name]))
    # The dictionary's identities.
    if len(registered) != len(captured) + len(outside):
        problems.append("REGISTRADAS != CAPTURADAS + FUERA_DE_CATALOGO")

    for p in problems:
        print("read_prep_cut: " + p, file=sys.stderr)
    print("read_prep_cut: %d rows, %d registered, %d counted, %d problem(s)"
          % (len(rows), len(registered), len(counted), len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
