// LEEME.txt: the data dictionary that ships with every cut, in Spanish, as INE's does. It is
// publication data (like the OBSERVACIONES labels), so it is fixed Spanish text, never translated.
#include "PrepRules.h"
#include "PublicationTotals.h"
#include "Publisher.h"

#include <QSet>

namespace acta {

namespace {

QString districtList(const QList<DistrictRef> &districts)
{
    if (districts.isEmpty())
        return QStringLiteral("todos los distritos");
    QStringList parts;
    for (const DistrictRef &d : districts)
        parts << QStringLiteral("estado %1, distrito %2").arg(d.state).arg(d.district);
    return parts.join(QStringLiteral("; "));
}

} // namespace

QByteArray publicationReadme(const ElectionTemplate &election, const Catalog &catalog, const QString &formatName,
                             bool simulation, bool finalCut)
{
    QStringList t;
    const auto line = [&t](const QString &s = QString()) {
        t << s;
    };
    const auto item = [&t](const QString &name, const QString &text) {
        t << QStringLiteral("%1: %2").arg(name, text);
    };

    line(QStringLiteral("LEEME: diccionario de datos del corte de resultados"));
    line(QStringLiteral("Elección: %1%2")
             .arg(election.electionName().es,
                  simulation ? QStringLiteral(" (SIMULACRO: no son resultados reales)") : QString()));
    line(QStringLiteral("Plantilla: %1, versión %2. Formato de publicación: %3.")
             .arg(election.id())
             .arg(election.version())
             .arg(formatName));
    line(finalCut ? QStringLiteral("Este es el último corte (corte final): la participación ciudadana incluye las "
                                   "casillas especiales.")
                  : QStringLiteral("Corte durante la operación: la participación ciudadana no incluye las casillas "
                                   "especiales (el último corte sí)."));
    line();
    line(QStringLiteral("ARCHIVOS"));
    item(QStringLiteral("resultados.csv"), QStringLiteral("una fila por acta (descrito abajo)."));
    item(
        QStringLiteral("resultados_candidatura.csv"),
        QStringLiteral("catálogo de candidaturas, separado por barras verticales: una línea con los nombres "
                       "ID_ESTADO | ESTADO | ID_DISTRITO_FEDERAL | DISTRITO_FEDERAL | PARTIDO_CI | "
                       "CANDIDATURA_PROPIETARIA | CANDIDATURA_SUPLENTE y luego una fila por candidatura. PARTIDO_CI "
                       "es la columna de un partido o de una candidatura independiente, o el identificador de una "
                       "coalición (abajo); donde una coalición participa, sus partidos no tienen candidatura propia."));
    item(QStringLiteral("resultados.json"),
         QStringLiteral("los mismos datos, con los totales por columna, partido, coalición y candidatura, por "
                        "distrito y en total (\"totales\")."));
    item(QStringLiteral("LEEME.txt"), QStringLiteral("este archivo."));
    item(QStringLiteral("registros.jsonl"),
         QStringLiteral("los registros firmados por las estaciones detrás de las filas: una línea por registro, "
                        "exactamente los bytes que la estación firmó (en un acta en conflicto, el último de cada "
                        "estación)."));
    item(QStringLiteral("estaciones.json"),
         QStringLiteral("las estaciones inscritas y sus llaves públicas, con las que se comprueba cada registro."));
    item(QStringLiteral("plantilla_eleccion.json"),
         QStringLiteral("la plantilla de la elección que siguen las filas."));
    item(QStringLiteral("llave_publica_concentrador.txt"),
         QStringLiteral("la llave pública del concentrador; su huella se comprueba por un canal independiente."));
    item(QStringLiteral("manifiesto.json, manifiesto.sig"),
         QStringLiteral("el SHA-256 y el tamaño de cada archivo del corte, firmados con la llave del concentrador. "
                        "El programa actaverify lo comprueba todo (docs/verify.md)."));
    line(QStringLiteral("El archivo .zip del corte los contiene todos."));
    line();
    line(QStringLiteral("EL GUION (-)"));
    line(
        QStringLiteral("\"-\" significa que no hay dato: el acta aún no llega; es Sin Acta (sin cifras); está fuera de "
                       "catálogo (sin casilla, distrito ni lista nominal); está EN CONFLICTO ENTRE ESTACIONES (sin "
                       "cifras hasta resolverse); el partido, la coalición o la candidatura independiente no "
                       "participa en ese distrito; o la estación no informó ORIGEN, DIGITALIZACION, TIPO_DOCUMENTO "
                       "o COTEJADA."));
    line();
    line(QStringLiteral("FORMATO DE resultados.csv"));
    line(QStringLiteral("Texto UTF-8, separado por barras verticales (|), fin de línea LF. Una celda con |, "
                        "comillas o salto de línea va entre comillas dobles. Una celda que una hoja de cálculo "
                        "tomaría por fórmula lleva un apóstrofo al inicio."));
    line(QStringLiteral("Línea 1: nombre de la elección. Línea 2: fecha y hora del corte con su zona, "
                        "p. ej. 06/06/2027 18:00 (UTC-6); todas las horas del archivo están en esa zona. "
                        "Línea 3: nombres de los contadores. Línea 4: sus valores. Línea 5: en blanco. "
                        "Línea 6: nombres de las columnas. Desde la línea 7: una fila por acta."));
    line();
    line(QStringLiteral("CONTADORES (porcentajes con 4 decimales, truncados, no redondeados)"));
    item(QStringLiteral("ACTAS_ESPERADAS"),
         QStringLiteral("actas de todas las casillas aprobadas (catálogo)%1.")
             .arg(election.rpActaType()
                      ? QStringLiteral(", incluidas las actas de representación proporcional de las casillas "
                                       "especiales")
                      : QString()));
    item(QStringLiteral("ACTAS_REGISTRADAS"),
         QStringLiteral("actas recibidas al corte, contabilizadas o no, incluidas las fuera de catálogo."));
    item(QStringLiteral("ACTAS_FUERA_DE_CATALOGO"), QStringLiteral("actas recibidas que el catálogo no espera."));
    item(QStringLiteral("ACTAS_CAPTURADAS"),
         QStringLiteral("actas recibidas que están en el catálogo, contabilizadas o no (incluidas las \"Sin Acta\"). "
                        "ACTAS_REGISTRADAS = ACTAS_CAPTURADAS + ACTAS_FUERA_DE_CATALOGO."));
    item(QStringLiteral("PORCENTAJE_ACTAS_CAPTURADAS"), QStringLiteral("ACTAS_CAPTURADAS sobre ACTAS_ESPERADAS."));
    item(QStringLiteral("ACTAS_CONTABILIZADAS"),
         QStringLiteral("actas del catálogo cuya suma no excede la lista nominal más representantes y que tienen "
                        "al menos una cifra legible."));
    item(QStringLiteral("PORCENTAJE_ACTAS_CONTABILIZADAS"),
         QStringLiteral("ACTAS_CONTABILIZADAS sobre ACTAS_ESPERADAS."));
    item(QStringLiteral("PORCENTAJE_ACTAS_CON_INCONSISTENCIAS"),
         QStringLiteral("actas del catálogo con Excede lista nominal, Ilegible, Sin dato, Todos los campos "
                        "ilegibles o Todos los campos vacíos (contabilizadas o no), sobre ACTAS_ESPERADAS."));
    item(QStringLiteral("ACTAS_NO_CONTABILIZADAS"),
         QStringLiteral("actas registradas no contabilizadas (errores de identificación, excede lista nominal, "
                        "sin cifras legibles, sin acta, en conflicto entre estaciones). ACTAS_CONTABILIZADAS + "
                        "ACTAS_NO_CONTABILIZADAS = ACTAS_REGISTRADAS."));
    item(QStringLiteral("LISTA_NOMINAL_ACTAS_CONTABILIZADAS"),
         QStringLiteral("suma de la LISTA_NOMINAL de las actas contabilizadas%1.")
             .arg(election.rpActaType() ? QStringLiteral(" de mayoría relativa") : QString()));
    item(QStringLiteral("TOTAL_VOTOS_C_CS"),
         QStringLiteral("votos de las actas contabilizadas, con casillas especiales%1.")
             .arg(election.rpActaType()
                      ? QStringLiteral(" (actas de mayoría relativa: las electoras y los electores del distrito de la "
                                       "casilla especial están en sus dos actas; sumar también la de representación "
                                       "proporcional los contaría dos veces. Sus votos, también los de quienes "
                                       "vienen de otros distritos, están en resultados.json, "
                                       "totales.representacion_proporcional)")
                      : QString()));
    item(QStringLiteral("TOTAL_VOTOS_S_CS"), QStringLiteral("los mismos votos sin las casillas especiales."));
    item(QStringLiteral("PORCENTAJE_PARTICIPACION_CIUDADANA"),
         QStringLiteral("TOTAL_VOTOS_S_CS sobre LISTA_NOMINAL_ACTAS_CONTABILIZADAS durante la operación; en el "
                        "último corte, TOTAL_VOTOS_C_CS sobre ella."));
    line();
    line(QStringLiteral("COLUMNAS DE LAS FILAS"));
    item(QStringLiteral("CLAVE_CASILLA"),
         QStringLiteral("ID_ESTADO (2) + SECCION (4) + TIPO_CASILLA (1) + ID_CASILLA (2) + EXT_CONTIGUA (2); "
                        "\"-\" en actas fuera de catálogo."));
    item(QStringLiteral("CLAVE_ACTA"), QStringLiteral("CLAVE_CASILLA + TIPO_ACTA (2)."));
    item(QStringLiteral("ID_ESTADO, ESTADO"), QStringLiteral("entidad federativa."));
    item(QStringLiteral("ID_DISTRITO_FEDERAL, DISTRITO_FEDERAL"), QStringLiteral("distrito electoral federal."));
    item(QStringLiteral("SECCION"), QStringLiteral("sección electoral."));
    item(QStringLiteral("ID_CASILLA"), QStringLiteral("número de casilla."));
    item(QStringLiteral("TIPO_CASILLA"),
         QStringLiteral("B básica, C contigua, E extraordinaria, S especial, V prisión preventiva."));
    item(QStringLiteral("EXT_CONTIGUA"), QStringLiteral("número de casilla contigua a una extraordinaria (0 si no)."));
    item(QStringLiteral("UBICACION_CASILLA"), QStringLiteral("1 Urbana, 2 No Urbana."));
    QString tipos = QStringLiteral("%1 mayoría relativa").arg(election.actaType());
    if (election.rpActaType())
        tipos += QStringLiteral("; %1 representación proporcional (solo casillas especiales; las candidaturas "
                                "independientes no participan en ella)")
                     .arg(*election.rpActaType());
    item(QStringLiteral("TIPO_ACTA"), tipos + QStringLiteral("; \"-\" en actas fuera de catálogo."));
    item(QStringLiteral("TOTAL_BOLETAS_SOBRANTES"), QStringLiteral("boletas sobrantes."));
    item(QStringLiteral("TOTAL_PERSONAS_VOTARON"), QStringLiteral("personas que votaron."));
    item(QStringLiteral("TOTAL_REP_PARTIDO_CI_VOTARON"),
         QStringLiteral("representantes de partidos y candidaturas independientes que votaron."));
    item(QStringLiteral("TOTAL_VOTOS_SACADOS"), QStringLiteral("votos sacados de la urna."));
    line(QStringLiteral("Columnas de votos: un número, \"Ilegible\", \"Sin dato\", o \"-\" donde el partido, la "
                        "coalición o la candidatura independiente no participa en ese distrito (o el acta aún no "
                        "llega):"));
    for (const TemplateField &f : election.voteFields()) {
        QString text = f.label.es;
        if (const Coalition *c = election.coalitionOf(f))
            text += QStringLiteral(" (votos por la combinación %1 de la coalición %2, %3; participa en: %4)")
                        .arg(f.parties.join(QStringLiteral(", ")), c->id, c->name.es, districtList(c->runsIn));
        else if (f.kind == FieldKind::Party || f.kind == FieldKind::Independent)
            text += QStringLiteral(" (participa en: %1)").arg(districtList(f.runsIn));
        item(QStringLiteral("  ") + f.id, text + QLatin1Char('.'));
    }
    item(QStringLiteral("TOTAL_VOTOS_ASENTADO"), QStringLiteral("total de votos escrito en el acta."));
    item(QStringLiteral("TOTAL_VOTOS_CALCULADO"),
         QStringLiteral("suma de las columnas de votos que participan (Ilegible y Sin dato cuentan 0)."));
    item(QStringLiteral("LISTA_NOMINAL"), QStringLiteral("electores de la casilla."));
    item(QStringLiteral("REPRESENTANTES_PP_CI"),
         QStringLiteral("representantes de partidos y candidaturas independientes que pueden votar en ella."));
    QStringList labels;
    for (Observation o : {Observation::FueraDeCatalogo, Observation::ExcedeListaNominal, Observation::TodosIlegibles,
                          Observation::TodosSinDato, Observation::Ilegible, Observation::SinDato,
                          Observation::IdentificacionProcesoTecnico})
        labels << PrepRules::publicationLabel(o);
    for (int reason = 1; reason <= 4; ++reason)
        labels << PrepRules::publicationLabel(Observation::SinActa, SinActaReason(reason));
    item(QStringLiteral("OBSERVACIONES"),
         QStringLiteral("por qué un acta no se contabiliza o qué tiene, separadas por coma: %1; "
                        "EN CONFLICTO ENTRE ESTACIONES cuando dos estaciones enviaron cifras distintas de la "
                        "misma acta (se publica sin cifras hasta resolverse); \"-\" si nada.")
             .arg(labels.join(QStringLiteral("; "))));
    item(QStringLiteral("CONTABILIZADA"), QStringLiteral("1 contabilizada, 0 no (el motivo va en OBSERVACIONES)."));
    item(QStringLiteral("MECANISMOS_TRASLADO"),
         QStringLiteral("D dispositivo de apoyo para el traslado, F centro de recepción y traslado fijo, "
                        "I itinerante; vacío si ninguno."));
    item(QStringLiteral("SHA"), QStringLiteral("SHA-256 del archivo de imagen del acta, en hexadecimal."));
    item(QStringLiteral("FECHA_HORA_ACOPIO, FECHA_HORA_CAPTURA, FECHA_HORA_VERIFICACION"),
         QStringLiteral("dd/mm/aaaa hh:mm:ss en la zona de la línea 2: recepción, captura y verificación."));
    item(QStringLiteral("ORIGEN"),
         QStringLiteral("CASILLA (digitalizada en la casilla) o CATD (en el centro de "
                        "acopio y transmisión de datos)."));
    item(QStringLiteral("DIGITALIZACION"),
         QStringLiteral("ESCANER, MOVIL (fotografía con teléfono) o URNA (urna electrónica)."));
    item(QStringLiteral("TIPO_DOCUMENTO"),
         QStringLiteral("Acta PREP, Acta Consejo, Acta Consejo S, Copia RPPCI, Copia PE, Acta Prisión o "
                        "Representación de Acta: la copia del acta que se digitalizó."));
    item(QStringLiteral("COTEJADA"),
         QStringLiteral("1 cotejada y aceptada a la primera, 2 aceptada después de una corrección, 3 en revisión "
                        "(devuelta para recaptura o redigitalización; sus horas pueden verse fuera de orden "
                        "hasta que termine)."));
    line();
    line(QStringLiteral("resultados.json"));
    item(QStringLiteral("counters"), QStringLiteral("los contadores (los porcentajes como texto)."));
    item(QStringLiteral("corte, cut_at"), QStringLiteral("la hora del corte como en la línea 2, y en ISO 8601."));
    item(QStringLiteral("corte_final"), QStringLiteral("true en el último corte."));
    item(QStringLiteral("columns, actas"),
         QStringLiteral("las columnas y una fila por acta, con EN_CONFLICTO (true o false)."));
    item(QStringLiteral("actas_en_conflicto, conflictos"),
         QStringLiteral("las actas en conflicto y, de cada una, la versión y el SHA-256 de la imagen de cada lado."));
    item(QStringLiteral("totales"),
         QStringLiteral("sobre las actas contabilizadas de mayoría relativa (\"base\"), votos y porcentaje (sobre "
                        "el total de votos, nulos y no registrados incluidos) de cada columna (\"columnas\"), de cada "
                        "partido y candidatura independiente, de cada coalición (sus partidos más todas sus "
                        "combinaciones, donde participa) y, por distrito (\"distritos\"), de cada candidatura. "
                        "Los totales de partidos y de coaliciones se superponen: no se suman entre sí. Los votos de "
                        "una combinación son de la coalición, no se reparten entre sus partidos."));
    if (election.rpActaType())
        item(QStringLiteral("totales.representacion_proporcional"),
             QStringLiteral("los votos por columna de las actas de representación proporcional contabilizadas."));
    line();
    line(QStringLiteral("Casillas del catálogo: %1.").arg(catalog.size()));
    line(QStringLiteral("Las tres columnas CODIGOS_* del formato 2021 (votación electrónica) no se publican: "
                        "esta elección se captura de actas en papel. Los archivos se llaman resultados*.csv para "
                        "todas las elecciones; el nombre del .zip dice la elección y la hora del corte."));
    return t.join(QLatin1Char('\n')).toUtf8() + '\n';
}

} // namespace acta
