#!/usr/bin/python3
"""Reads a PREP results cut the way analysts' scripts read INE's published files, and checks it.

Independent of the hub's code: it knows only the 2021 layout (shared/docs/domain.md,
"Publication format") and recomputes every counter from the acta rows.

    read_prep_cut.py resultados.csv|CUT.zip [--expect-rows N] [--final]

Layout read: line 1 the election, line 2 the cut time "dd/mm/yyyy HH:MM (UTC±H[:MM])", line 3 the
counter names, line 4 their values, line 5 blank, line 6 the column names, then one row per acta;
pipe-separated, UTF-8. Given the cut's zip, it also reads the candidates catalog, the LEEME and the
JSON, and checks the JSON's totals against a sum of the CSV's rows. Exit status 0 when everything
holds; otherwise each problem on stderr and 1.
"""

import collections
import csv
import io
import json
import re
import sys
import zipfile

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
CANDIDATES_HEADER = ["ID_ESTADO", "ESTADO", "ID_DISTRITO_FEDERAL", "DISTRITO_FEDERAL", "PARTIDO_CI",
                     "CANDIDATURA_PROPIETARIA", "CANDIDATURA_SUPLENTE"]
CODES = {
    "ORIGEN": ("CASILLA", "CATD"),
    "DIGITALIZACION": ("MOVIL", "ESCANER", "URNA"),
    "TIPO_DOCUMENTO": ("Acta PREP", "Acta Consejo", "Acta Consejo S", "Copia RPPCI", "Copia PE", "Acta Prisión",
                       "Representación de Acta"),
    "COTEJADA": ("1", "2", "3"),
}
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
    problems = []
    archive = None
    if path.endswith(".zip"):
        archive = zipfile.ZipFile(path)
        names = set(archive.namelist())
        for needed in ("resultados.csv", "resultados_candidatura.csv", "resultados.json", "LEEME.txt"):
            if needed not in names:
                problems.append("the zip has no %s" % needed)
        text = archive.read("resultados.csv").decode("utf-8")
    else:
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
    lines = text.split("\n")

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
        for name, allowed in CODES.items():
            if r.get(name, "-") not in allowed + ("-",):
                problems.append("row %s: %s %r is not one of %s" % (r.get("CLAVE_ACTA"), name, r.get(name), allowed))

    # The vote columns lie between TOTAL_VOTOS_SACADOS and TOTAL_VOTOS_ASENTADO.
    vote_columns = columns[len(FIRST_COLUMNS):columns.index("TOTAL_VOTOS_ASENTADO")]

    def votes(r, name):
        cell = r[name]
        return int(cell) if cell.isdigit() else 0  # Ilegible, Sin dato and "-" count 0

    # The main acta is the one basic casillas fill; a special casilla's other acta is its RP one,
    # whose voters are already in its MR acta.
    main_types = collections.Counter(r["TIPO_ACTA"] for r in rows if r["TIPO_CASILLA"] == "B")
    main_type = main_types.most_common(1)[0][0] if main_types else None
    rp_rows = [r for r in rows if r["CLAVE_CASILLA"] != "-" and r["TIPO_ACTA"] != main_type]
    for r in rp_rows:
        if r["TIPO_CASILLA"] != "S":
            problems.append("row %s: acta type %s at a casilla that is not special" % (r["CLAVE_ACTA"], r["TIPO_ACTA"]))

    expected = [r for r in rows if r["CLAVE_CASILLA"] != "-"]
    registered = [r for r in rows if r["FECHA_HORA_ACOPIO"] != "-"]
    outside = [r for r in registered if r["CLAVE_CASILLA"] == "-"]
    captured = [r for r in registered if r["CLAVE_CASILLA"] != "-"]
    counted = [r for r in rows if r["CONTABILIZADA"] == "1"]
    inconsistent = [r for r in captured
                    if any(label in r["OBSERVACIONES"].split(", ") for label in INCONSISTENT)]
    counted_mr = [r for r in counted if r["TIPO_ACTA"] == main_type]
    lista = sum(int(r["LISTA_NOMINAL"]) for r in counted_mr)
    with_special = sum(int(r["TOTAL_VOTOS_CALCULADO"]) for r in counted_mr)
    without_special = sum(int(r["TOTAL_VOTOS_CALCULADO"]) for r in counted_mr if r["TIPO_CASILLA"] != "S")
    for r in counted:
        if r["CLAVE_CASILLA"] == "-":
            problems.append("row %s is counted but outside the catalog" % r["CLAVE_ACTA"])
        if sum(votes(r, c) for c in vote_columns) != int(r["TOTAL_VOTOS_CALCULADO"]):
            problems.append("row %s: the vote columns do not add up to TOTAL_VOTOS_CALCULADO" % r["CLAVE_ACTA"])
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

    if archive is not None:
        problems += check_archive(archive, rows, counted_mr, vote_columns, votes)

    for p in problems:
        print("read_prep_cut: " + p, file=sys.stderr)
    print("read_prep_cut: %d rows, %d registered, %d counted, %d problem(s)"
          % (len(rows), len(registered), len(counted), len(problems)))
    return 1 if problems else 0


def check_archive(archive, rows, counted_mr, vote_columns, votes):
    """The candidates catalog, the LEEME and the JSON totals against the CSV's rows."""
    problems = []
    candidates = list(csv.reader(io.StringIO(archive.read("resultados_candidatura.csv").decode("utf-8")),
                                 delimiter="|"))
    if not candidates or candidates[0] != CANDIDATES_HEADER:
        problems.append("resultados_candidatura.csv does not start with %s" % "|".join(CANDIDATES_HEADER))
    districts = {(r["ID_ESTADO"], r["ID_DISTRITO_FEDERAL"]) for r in rows if r["CLAVE_CASILLA"] != "-"}
    for c in candidates[1:]:
        if len(c) != len(CANDIDATES_HEADER) or (c[0], c[2]) not in districts or not c[5]:
            problems.append("candidacy %r is not a full row of a district of the cut" % (c,))
    leeme = archive.read("LEEME.txt").decode("utf-8")
    for name in vote_columns + ["OBSERVACIONES", "COTEJADA", "ACTAS_ESPERADAS"]:
        if name not in leeme:
            problems.append("LEEME.txt does not explain %s" % name)
    totals = json.loads(archive.read("resultados.json").decode("utf-8")).get("totales", {})
    column_sums = {c: sum(votes(r, c) for r in counted_mr) for c in vote_columns}
    overall = sum(column_sums.values())
    if totals.get("total_votos") != overall:
        problems.append("JSON total_votos %s, the rows give %d" % (totals.get("total_votos"), overall))
    for c in vote_columns:
        got = totals.get("columnas", {}).get(c, {})
        if got.get("votos") != column_sums[c] or got.get("porcentaje") != percent(column_sums[c], overall):
            problems.append("JSON totals of %s are %r, the rows give %d (%s)"
                            % (c, got, column_sums[c], percent(column_sums[c], overall)))
    # Coalitions: the combination columns (NAME_NAME…) grouped by the parties they share; each group's
    # parties and combinations, summed over the rows where the group runs, is one coalition's votes.
    combos = [c for c in vote_columns if "_" in c and all(p in vote_columns for p in c.split("_"))]
    groups = []
    for c in combos:
        parts = set(c.split("_"))
        joined = [g for g in groups if g & parts]
        for g in joined:
            groups.remove(g)
            parts |= g
        groups.append(parts)
    expected_coalitions = []
    for g in groups:
        cols = [c for c in vote_columns if c in g or (c in combos and set(c.split("_")) <= g)]
        where = [r for r in counted_mr if any(r[c] != "-" for c in combos if c in cols)]
        expected_coalitions.append(sum(votes(r, c) for r in where for c in cols))
    got_coalitions = [v.get("votos") for v in totals.get("coaliciones", {}).values()]
    if sorted(got_coalitions) != sorted(expected_coalitions):
        problems.append("JSON coalition votes %s, the rows give %s" % (sorted(got_coalitions), sorted(expected_coalitions)))
    rp = totals.get("representacion_proporcional")
    if rp is not None:
        rp_rows = [r for r in rows if r["CONTABILIZADA"] == "1" and r not in counted_mr]
        rp_total = sum(votes(r, c) for r in rp_rows for c in vote_columns)
        if rp.get("total_votos") != rp_total:
            problems.append("JSON RP total_votos %s, the RP rows give %d" % (rp.get("total_votos"), rp_total))
    for d in totals.get("distritos", []):
        in_district = [r for r in counted_mr if (r["ID_ESTADO"], r["ID_DISTRITO_FEDERAL"])
                       == (str(d["id_estado"]), str(d["id_distrito_federal"]))]
        total = sum(votes(r, c) for r in in_district for c in vote_columns)
        if d.get("total_votos") != total:
            problems.append("JSON district %s: total_votos %s, the rows give %d"
                            % (d.get("id_distrito_federal"), d.get("total_votos"), total))
        for name, share in d.get("columnas", {}).items():
            if any(r[name] == "-" for r in in_district):
                problems.append("JSON district %s totals column %s, which does not run there"
                                % (d.get("id_distrito_federal"), name))
            if share.get("votos") != sum(votes(r, name) for r in in_district):
                problems.append("JSON district %s: %s does not match the rows" % (d.get("id_distrito_federal"), name))
        coalitions_here = d.get("coaliciones", {})
        for cand in d.get("candidaturas", []):
            who = cand.get("contendiente")
            own = coalitions_here[who]["votos"] if who in coalitions_here else sum(votes(r, who) for r in in_district)
            if cand.get("votos") != own:
                problems.append("JSON district %s: candidacy %s has %s votes, the rows give %d"
                                % (d.get("id_distrito_federal"), who, cand.get("votos"), own))
            if cand.get("porcentaje") != percent(cand.get("votos", 0), total):
                problems.append("JSON district %s: candidacy %s has a wrong percentage"
                                % (d.get("id_distrito_federal"), cand.get("contendiente")))
    return problems


if __name__ == "__main__":
    sys.exit(main(sys.argv))
