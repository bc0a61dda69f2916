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
                             bool simulation)
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
    line();
    line(QStringLiteral("ARCHIVOS"));
    item(QStringLiteral("resultados.csv"), QStringLiteral("una fila por acta (descrito abajo)."));
    item(QStringLiteral("resultados_candidatura.csv"),
         QStringLiteral("catálogo de candidaturas: ID_ESTADO | ESTADO | ID_DISTRITO_FEDERAL | DISTRITO_FEDERAL | "
                        "PARTIDO_CI (partido, coalición o candidatura independiente) | CANDIDATURA_PROPIETARIA | "
                        "CANDIDATURA_SUPLENTE."));
    item(QStringLiteral("resultados.json"),
         QStringLiteral("los mismos datos, con los totales por columna, partido, coalición y candidatura, por "
                        "distrito y en total (\"totales\")."));
    item(QStringLiteral("LEEME.txt"), QStringLiteral("este archivo."));
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
         QStringLiteral("actas recibidas del catálogo, contabilizadas o no (incluidas las \"Sin Acta\"). "
                        "ACTAS_REGISTRADAS = ACTAS_CAPTURADAS + ACTAS_FUERA_DE_CATALOGO."));
    item(QStringLiteral("PORCENTAJE_ACTAS_CAPTURADAS"), QStringLiteral("ACTAS_CAPTURADAS sobre ACTAS_ESPERADAS."));
    item(QStringLiteral("ACTAS_CONTABILIZADAS"),
         QStringLiteral("actas del catálogo cuya suma no excede la lista nominal más representantes y que tienen "
                        "al menos una cifra legible."));
    item(QStringLiteral("PORCENTAJE_ACTAS_CONTABILIZADAS"),
         QStringLiteral("ACTAS_CONTABILIZADAS sobre ACTAS_ESPERADAS."));
    item(QStringLiteral("PORCENTAJE_ACTAS_CON_INCONSISTENCIAS"),
         QStringLiteral("actas del catálogo con Excede lista nominal, Ilegible, Sin dato o Todos los campos… "
                        "(contabilizadas o no), sobre ACTAS_ESPERADAS."));
    item(QStringLiteral("ACTAS_NO_CONTABILIZADAS"),
         QStringLiteral("actas registradas no contabilizadas (errores de identificación, excede lista nominal, "
                        "sin cifras legibles, sin acta). ACTAS_CONTABILIZADAS + ACTAS_NO_CONTABILIZADAS = "
                        "ACTAS_REGISTRADAS."));
    item(QStringLiteral("LISTA_NOMINAL_ACTAS_CONTABILIZADAS"),
         QStringLiteral("suma de la LISTA_NOMINAL de las actas contabilizadas%1.")
             .arg(election.rpActaType() ? QStringLiteral(" de mayoría relativa") : QString()));
    item(QStringLiteral("TOTAL_VOTOS_C_CS"),
         QStringLiteral("votos de las actas contabilizadas, con casillas especiales%1.")
             .arg(election.rpActaType() ? QStringLiteral(" (actas de mayoría relativa; las de representación "
                                                         "proporcional no se suman otra vez)")
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
            text += QStringLiteral(" (votos por la combinación %1 de la coalición %2; participa en: %3)")
                        .arg(f.parties.join(QStringLiteral(", ")), c->id, districtList(c->runsIn));
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
    line(QStringLiteral("Casillas del catálogo: %1.").arg(catalog.size()));
    line(QStringLiteral("Las tres columnas CODIGOS_* del formato 2021 (votación electrónica) no se publican: "
                        "esta elección se captura de actas en papel."));
    return t.join(QLatin1Char('\n')).toUtf8() + '\n';
}

} // namespace acta
