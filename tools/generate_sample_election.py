#!/usr/bin/env python3
"""Generates the fictional sample election embedded in ActaCapture.

Writes, relative to the repository root:
  resources/sample/election.template.json  (format: resources/templates/README.md)
  resources/sample/catalog.csv             (format: app/core/Catalog.h)

Everything here is invented: the state, districts, parties, candidate and
locations do not exist. The output is deterministic (fixed seed, no clock,
no environment), so the committed files change only when this script does.

Rerun from anywhere, standard library only:
    /usr/bin/python3 tools/generate_sample_election.py           # rewrite both files
    /usr/bin/python3 tools/generate_sample_election.py --check   # exit 1 if they are stale
"""

import csv
import io
import itertools
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "resources" / "sample"
TEMPLATE_PATH = OUT_DIR / "election.template.json"
CATALOG_PATH = OUT_DIR / "catalog.csv"

SEED = 20270606  # fixed: the catalog must not change between runs

# ---------------------------------------------------------------- template

# Eight invented parties: (field id / acronym, Spanish name, English name).
PARTIES = [
    ("PLU", "Partido Luminaria", "Luminaria Party"),
    ("MRA", "Movimiento Raíz", "Root Movement"),
    ("UNV", "Unión Vecinal", "Neighbourhood Union"),
    ("PCS", "Partido Cosecha", "Harvest Party"),
    ("FRT", "Frente Tierra Común", "Common Land Front"),
    ("AMAR", "Alianza Marea", "Tide Alliance"),
    ("VOZ", "Voz Ciudadana", "Citizens' Voice"),
    ("CIMA", "Cima Democrática", "Democratic Summit"),
]

# One coalition ("Coalición Horizonte": PLU, MRA, UNV) and the combinations
# printed on the acta for ballots marking two or three of its parties. It runs
# in districts 1 and 2 only: in district 3 its parties run on their own and its
# combinations are "-" in the publication.
COALITION_ID = "HORIZONTE"
COALITION_ES = "Coalición Horizonte"
COALITION_EN = "Horizon Coalition"
COALITION_PARTIES = ["PLU", "MRA", "UNV"]
COALITION_DISTRICTS = [1, 2]
COALITIONS = [c for n in range(len(COALITION_PARTIES), 1, -1)
              for c in itertools.combinations(COALITION_PARTIES, n)]

# The independent candidate runs in district 2 only.
INDEPENDENT = ("CAND_IND_1", "Candidatura independiente: Rosario Quintanar Ibarra",
               "Independent candidate: Rosario Quintanar Ibarra")
INDEPENDENT_NAME = "Rosario Quintanar Ibarra"
INDEPENDENT_DISTRICTS = [2]

# Special casillas also fill an acta of representación proporcional (TIPO_ACTA 3 in this
# sample; the main acta, mayoría relativa, is 2).
TIPO_ACTA = 2
TIPO_ACTA_RP = 3

OTHER_FIELDS = [
    ("BOLETAS_SOBRANTES", "boletas_sobrantes", "Boletas sobrantes", "Leftover ballots"),
    ("PERSONAS_VOTARON", "personas_votaron", "Personas que votaron", "People who voted"),
    ("REP_PARTIDO_VOTARON", "representantes_votaron",
     "Representantes de partidos y candidaturas independientes que votaron",
     "Party and independent candidate representatives who voted"),
    ("VOTOS_SACADOS", "votos_sacados", "Votos sacados de la urna", "Votes taken out of the ballot box"),
    ("TOTAL_VOTOS_ASENTADO", "total_asentado", "Total de votos asentado en el acta",
     "Total votes written on the acta"),
]

# US letter, millimetres from the top-left corner.
PAGE_W, PAGE_H = 215.9, 279.4
MARKER_SIZE = 10.0
MARKER_INSET = 15.0  # marker centre from the page edges: a 10 mm safe margin
BOX_W, BOX_H, BOX_GAP = 9.0, 12.0, 2.0
DIGITS = 3  # up to 999: a casilla holds at most 750 voters + 18 representatives
QR = {"x_mm": 162.9, "y_mm": 10.0, "width_mm": 30.0, "height_mm": 30.0}
HEADER = {"x_mm": 24.0, "y_mm": 10.0, "width_mm": 134.9, "height_mm": 30.0}
FIRST_ROW_Y = 50.0
ROW_PITCH = 16.0
ROWS_PER_COLUMN = 11
# Right edge of each column's boxes; the label is printed to the left of the boxes.
COLUMN_BOX_RIGHT = [100.0, PAGE_W - MARKER_INSET - MARKER_SIZE / 2]


def label(es, en):
    return {"es": es, "en": en}


def row_boxes(column, row):
    run = DIGITS * BOX_W + (DIGITS - 1) * BOX_GAP
    return {"x_mm": round(COLUMN_BOX_RIGHT[column] - run, 2), "y_mm": round(FIRST_ROW_Y + row * ROW_PITCH, 2)}


def districts_json(ids):
    return [{"state": STATE_ID, "district": d} for d in ids]


GIVEN_NAMES = ["María", "José", "Guadalupe", "Juan", "Verónica", "Luis", "Alejandra", "Carlos", "Rocío",
               "Fernando", "Patricia", "Miguel", "Leticia", "Jorge", "Araceli", "Ricardo", "Beatriz", "Arturo"]
SURNAMES = ["Hernández", "García", "Martínez", "López", "González", "Pérez", "Rodríguez", "Sánchez", "Ramírez",
            "Cruz", "Flores", "Gómez", "Morales", "Vázquez", "Jiménez", "Reyes", "Díaz", "Torres", "Ortiz",
            "Mendoza", "Aguilar", "Castillo", "Ruiz", "Salazar"]


def candidates():
    """Owner and substitute of every candidacy, per district (the candidates catalog)."""
    rng = random.Random(SEED + 2)  # a stream of its own: the catalog's stays as it was

    def person():
        return f"{rng.choice(GIVEN_NAMES)} {rng.choice(SURNAMES)} {rng.choice(SURNAMES)}"

    out = []
    for district, _, _, _ in DISTRICTS:
        contenders = []
        in_coalition = district in COALITION_DISTRICTS
        for pid, _, _ in PARTIES:
            if not (in_coalition and pid in COALITION_PARTIES):
                contenders.append(pid)
        if in_coalition:
            contenders.append(COALITION_ID)
        for contender in contenders:
            out.append({"contender": contender, "state": STATE_ID, "district": district,
                        "propietario": person(), "suplente": person()})
        if district in INDEPENDENT_DISTRICTS:
            out.append({"contender": INDEPENDENT[0], "state": STATE_ID, "district": district,
                        "propietario": INDEPENDENT_NAME, "suplente": person()})
    return out


def build_template():
    votes = []
    for pid, es, en in PARTIES:
        votes.append({"id": pid, "kind": "party", "label": label(es, en)})
    for combo in COALITIONS:
        es = ", ".join(combo[:-1]) + " y " + combo[-1]
        en = ", ".join(combo[:-1]) + " and " + combo[-1]
        votes.append({"id": "_".join(combo), "kind": "coalition", "parties": list(combo),
                      "label": label(f"{COALITION_ES}: {es}", f"{COALITION_EN}: {en}")})
    votes.append({"id": INDEPENDENT[0], "kind": "independent", "label": label(INDEPENDENT[1], INDEPENDENT[2]),
                  "runs_in": districts_json(INDEPENDENT_DISTRICTS)})
    votes.append({"id": "NO_REGISTRADOS", "kind": "no_registrados",
                  "label": label("Candidaturas no registradas", "Non-registered candidates")})
    votes.append({"id": "NULOS", "kind": "nulos", "label": label("Votos nulos", "Null votes")})
    others = [{"id": fid, "kind": kind, "label": label(es, en)} for fid, kind, es, en in OTHER_FIELDS]

    # Form order: the vote fields fill column 1 then column 2; one empty row
    # separates them from the other figures, which end column 2.
    slots = [(c, r) for c in range(2) for r in range(ROWS_PER_COLUMN)]
    gap_slot = len(votes)
    assert gap_slot + 1 + len(others) <= len(slots), "the fields do not fit on the form"
    for i, f in enumerate(votes):
        f["digits"] = DIGITS
        f["boxes"] = row_boxes(*slots[i])
    for i, f in enumerate(others):
        f["digits"] = DIGITS
        f["boxes"] = row_boxes(*slots[gap_slot + 1 + i])

    corners = [(MARKER_INSET, MARKER_INSET), (PAGE_W - MARKER_INSET, MARKER_INSET),
               (PAGE_W - MARKER_INSET, PAGE_H - MARKER_INSET), (MARKER_INSET, PAGE_H - MARKER_INSET)]
    markers = [{"x_mm": round(x, 2), "y_mm": round(y, 2), "size_mm": MARKER_SIZE} for x, y in corners]

    return {
        "schema": "actacapture.template/1",
        "id": "sample-dip-fed-2027",
        "version": 2,
        "election": {
            "id": "DIP_FED",
            "tipo_acta": TIPO_ACTA,
            "tipo_acta_rp_especiales": TIPO_ACTA_RP,
            "name": label("Diputaciones federales 2027 (elección ficticia de ejemplo)",
                          "Federal deputies 2027 (fictional sample election)"),
            "publication_utc_offset_min": -360,
        },
        "vote_fields": votes,
        "other_fields": others,
        "layout": {
            "page": {"width_mm": PAGE_W, "height_mm": PAGE_H},
            "box": {"width_mm": BOX_W, "height_mm": BOX_H, "gap_mm": BOX_GAP},
            "markers": markers,
            "qr": QR,
            "header": HEADER,
        },
        "coalitions": [{"id": COALITION_ID, "name": label(COALITION_ES, COALITION_EN),
                        "parties": COALITION_PARTIES, "runs_in": districts_json(COALITION_DISTRICTS)}],
        "candidates": candidates(),
    }


# ----------------------------------------------------------------- catalog

STATE_ID = 21
STATE_NAME = "Estado de Ejemplo"
# (ID_DISTRITO, DISTRITO, first section, last section)
DISTRICTS = [
    (1, "Valle de Azahares", 101, 300),
    (2, "Puerto Almendro", 301, 500),
    (3, "Sierra del Colibrí", 501, 700),
]
REPRESENTANTES = 2 * len(PARTIES) + 2  # two per party and two for the independent candidate

SCHOOL_KINDS = ["Escuela Primaria", "Escuela Secundaria Técnica", "Jardín de Niños", "Telebachillerato",
                "Escuela Primaria Rural", "Centro de Educación Básica"]
SCHOOL_NAMES = ["Lucero del Alba", "Nuevo Horizonte", "Tierra Fértil", "Manantial de Saberes", "Los Fresnos",
                "Rayito de Sol", "Flor de Mayo", "Aurora Boreal", "Colibrí Azul", "Semilla del Mañana",
                "Río Claro", "Piedra Bola", "Camino Real", "Vientos del Norte", "Estrella Polar"]
PUBLIC_PLACES = ["Biblioteca Pública Municipal", "Casa de la Cultura", "Centro Comunitario", "Salón Ejidal",
                 "Auditorio Municipal", "Unidad Deportiva"]
STREETS = ["Calle Fresno", "Calle Olmo", "Avenida de los Colibríes", "Calle Jacaranda", "Calle Río Azul",
           "Avenida Las Torres", "Calle Cedro", "Privada del Sauce", "Calle Mezquite", "Avenida del Puerto",
           "Calle Girasol", "Calzada de la Sierra", "Calle Naranjo", "Andador Las Lomas"]
COLONIAS = {
    1: ["Centro", "Las Palmas", "Los Azahares", "El Vergel", "Huertas del Valle", "San Isidro del Valle"],
    2: ["Centro", "La Marina", "Faro Viejo", "Los Almendros", "Punta Arena", "Barrio del Muelle"],
    3: ["Centro", "El Mirador", "Loma Alta", "Ojo de Agua", "Los Pinos", "Cañada Honda"],
}
RANCHERIAS = ["El Mirador", "Las Ánimas", "Agua Zarca", "La Cumbrita", "Tres Palos", "El Saucillo", "Los Otates"]
SPECIAL_PLACES = ["Central de Autobuses", "Hospital General Regional", "Plaza Cívica", "Terminal Marítima",
                  "Ciudad Universitaria, explanada"]


def school_location(rng, district):
    street = f"{rng.choice(STREETS)} {rng.randint(1, 999)}"
    colonia = f"Col. {rng.choice(COLONIAS[district])}"
    kind = rng.random()
    if kind < 0.55:
        # Quotes inside a quoted CSV value exercise RFC 4180 "" escaping.
        return f'{rng.choice(SCHOOL_KINDS)} "{rng.choice(SCHOOL_NAMES)}", {street}, {colonia}'
    if kind < 0.85:
        return f"{rng.choice(PUBLIC_PLACES)}, {street}, {colonia}"
    return f"Domicilio particular {street} {colonia}"  # no comma: stays unquoted


def clave(section, letter, number, ext):
    return f"{STATE_ID:02d}{section:04d}{letter}{number:02d}{ext:02d}"


def build_catalog():
    rng = random.Random(SEED)
    rows = []

    def add(district, name, section, letter, number, ext, location, lista, boletas=""):
        rows.append([clave(section, letter, number, ext), STATE_ID, STATE_NAME, district, name, section, letter,
                     location, lista, REPRESENTANTES, boletas])

    # Contiguous casillas per section: most sections split their voters over 2-4 casillas.
    contiguas = [0, 1, 2, 3, 4, 5, 6]
    weights = [10, 20, 25, 20, 12, 8, 5]
    prison_sections = {rng.randint(301, 500) for _ in range(2)}
    for district, name, first, last in DISTRICTS:
        for section in range(first, last + 1):
            here = school_location(rng, district)
            add(district, name, section, "B", 1, 0, here, rng.randint(100, 750))
            for n in range(1, rng.choices(contiguas, weights)[0] + 1):
                add(district, name, section, "C", n, 0, here, rng.randint(100, 750))
            if rng.random() < 0.05:
                # Extraordinary casillas serve remote localities; E01C01 is number 01, extension 01.
                for number in range(1, (2 if rng.random() < 0.25 else 1) + 1):
                    remote = f"Salón Ejidal, Ranchería {rng.choice(RANCHERIAS)}"
                    add(district, name, section, "E", number, 0, remote, rng.randint(100, 750))
                    for ext in range(1, rng.choice([0, 0, 1, 2]) + 1):
                        add(district, name, section, "E", number, ext, remote, rng.randint(100, 750))
            if rng.random() < 0.01:
                # Special casillas have no list of their own: voters in transit, limited by approved ballots.
                place = f"{rng.choice(SPECIAL_PLACES)}, {rng.choice(STREETS)} s/n"
                add(district, name, section, "S", 1, 0, place, 0, rng.randint(750, 980))
            if section in prison_sections:
                add(district, name, section, "V", 1, 0, "Centro de Reinserción Social Regional, módulo de visitas",
                    rng.randint(100, 300))
    return rows


def place_and_transfer(rows):
    """UBICACION_CASILLA (1 Urbana, 2 No Urbana) and MECANISMOS_TRASLADO (D, F, I or empty) of each
    casilla, from a random stream of their own so the other columns stay as they were."""
    rng = random.Random(SEED + 1)
    out = []
    for r in rows:
        district, letter, location = r[3], r[6], r[7]
        rural = letter == "E" or "Ranchería" in location or (district == 3 and rng.random() < 0.6) \
            or rng.random() < 0.08
        ubicacion = 2 if rural else 1
        if letter == "E":
            mecanismo = "D"  # a transfer support device takes the package from a remote locality
        elif rural:
            mecanismo = rng.choices(["I", "F", "D", ""], [4, 2, 1, 3])[0]
        else:
            mecanismo = rng.choices(["F", ""], [1, 9])[0]
        out.append(r[:8] + [ubicacion, mecanismo] + r[8:])
    return out


def render_catalog(rows):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(["CLAVE_CASILLA", "ID_ESTADO", "ESTADO", "ID_DISTRITO", "DISTRITO", "SECCION", "TIPO_CASILLA",
                     "DOMICILIO", "UBICACION_CASILLA", "MECANISMOS_TRASLADO", "LISTA_NOMINAL",
                     "REPRESENTANTES_PP_CI", "BOLETAS_APROBADAS"])
    writer.writerows(place_and_transfer(rows))
    return out.getvalue()


def check_catalog(rows):
    keys = [r[0] for r in rows]
    assert len(keys) == len(set(keys)), "duplicate CLAVE_CASILLA"
    assert len(rows) >= 2000, f"only {len(rows)} casillas"
    assert any(r[6] == "S" for r in rows) and any(r[6] == "E" for r in rows) and any(r[6] == "V" for r in rows)
    assert any(r[6] == "E" and r[0].endswith("01") and r[0][-4:-2] == "01" for r in rows), "no E01C01"


def main(argv):
    check_only = argv[1:] == ["--check"]
    if argv[1:] and not check_only:
        print(__doc__, file=sys.stderr)
        return 2
    rows = build_catalog()
    check_catalog(rows)
    outputs = {
        TEMPLATE_PATH: json.dumps(build_template(), ensure_ascii=False, indent=2) + "\n",
        CATALOG_PATH: render_catalog(rows),
    }
    stale = []
    for path, text in outputs.items():
        data = text.encode("utf-8")
        if check_only:
            if not path.exists() or path.read_bytes() != data:
                stale.append(path)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    if stale:
        for path in stale:
            print(f"stale: {path.relative_to(ROOT)} (rerun tools/generate_sample_election.py)", file=sys.stderr)
        return 1
    counts = {t: sum(1 for r in rows if r[6] == t) for t in "BCESV"}
    print(f"{'checked' if check_only else 'wrote'}: {len(rows)} casillas {counts}, "
          f"{len(outputs[TEMPLATE_PATH])} bytes of template")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
