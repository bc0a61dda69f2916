<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ActaCapture</source>
        <translation>Acerca de ActaCapture</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>Station:</source>
        <translation>Estación:</translation>
    </message>
    <message>
        <source>Software &amp;fingerprint:</source>
        <translation>&amp;Huella del software:</translation>
    </message>
    <message>
        <source>Install folder:</source>
        <translation>Carpeta de instalación:</translation>
    </message>
</context>
<context>
    <name>ActaKey</name>
    <message>
        <source>Acta type %1 is out of range: it must be from 01 to 99.</source>
        <translation>El tipo de acta %1 está fuera de rango: debe ser de 01 a 99.</translation>
    </message>
    <message>
        <source>The acta key is empty.</source>
        <translation>La clave del acta está vacía.</translation>
    </message>
    <message numerus="yes">
        <source>The acta key &quot;%1&quot; has %n character(s); it must have 13 (e.g. 010338B010002).</source>
        <translation>
            <numerusform>La clave del acta &quot;%1&quot; tiene %n carácter; debe tener 13 (p. ej., 010338B010002).</numerusform>
            <numerusform>La clave del acta &quot;%1&quot; tiene %n caracteres; debe tener 13 (p. ej., 010338B010002).</numerusform>
        </translation>
    </message>
    <message>
        <source>The acta type in &quot;%1&quot; must be two digits, not &quot;%2&quot;.</source>
        <translation>El tipo de acta en &quot;%1&quot; debe tener dos dígitos, no &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>ActaRepository</name>
    <message>
        <source>The stored state of acta %1 is inconsistent: %2</source>
        <translation>El estado almacenado del acta %1 es incongruente: %2</translation>
    </message>
    <message>
        <source>Acta %1: %2</source>
        <translation>Acta %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2) may not record the intake of actas.</source>
        <translation>%1 (%2) no puede registrar el acopio de actas.</translation>
    </message>
    <message>
        <source>Acta %1 was already received (it is now: %2).</source>
        <translation>El acta %1 ya se había recibido (estado actual: %2).</translation>
    </message>
    <message>
        <source>The image of acta %1 is empty.</source>
        <translation>La imagen del acta %1 está vacía.</translation>
    </message>
    <message>
        <source>%1 (%2) may not store images.</source>
        <translation>%1 (%2) no puede guardar imágenes.</translation>
    </message>
    <message>
        <source>A trainer may store images only for simulated actas.</source>
        <translation>Un capacitador solo puede guardar imágenes de actas de simulacro.</translation>
    </message>
    <message>
        <source>%1 carries data or belongs to the station; it cannot be fired on its own.</source>
        <translation>La acción %1 lleva datos o la realiza la propia estación; no puede ejecutarse por sí sola.</translation>
    </message>
    <message>
        <source>Acta %1: an adjudication needs a reason.</source>
        <translation>Acta %1: un dictamen requiere un motivo.</translation>
    </message>
    <message>
        <source>There is no acta %1 at this station.</source>
        <translation>No existe el acta %1 en esta estación.</translation>
    </message>
    <message>
        <source>The account %1 is disabled or unknown; it cannot act on actas.</source>
        <translation>La cuenta %1 está deshabilitada o no existe; no puede actuar sobre actas.</translation>
    </message>
    <message>
        <source>Acta %1 is %2: images are stored at intake or after a rescan was requested.</source>
        <translation>El acta %1 está en «%2»: las imágenes se guardan en el acopio o cuando se pidió una redigitalización.</translation>
    </message>
    <message>
        <source>There is no outbox record %1.</source>
        <translation>No existe el registro %1 de la bandeja de salida.</translation>
    </message>
    <message>
        <source>Acta %1 was already received (%2); this page was not stored again.</source>
        <translation>El acta %1 ya se había recibido (%2); esta página no se volvió a guardar.</translation>
    </message>
    <message>
        <source>The history of acta %1 holds an unknown step: %2</source>
        <translation>El historial del acta %1 tiene un paso desconocido: %2</translation>
    </message>
    <message>
        <source>Acta %1: this is a drill (simulacro) station; it receives drill actas only.</source>
        <translation>Acta %1: esta es una estación de simulacro; solo recibe actas de simulacro.</translation>
    </message>
    <message>
        <source>Acta %1: this is a production station; a drill (simulacro) acta is never received here.</source>
        <translation>Acta %1: esta es una estación de producción; aquí nunca se recibe un acta de simulacro.</translation>
    </message>
    <message>
        <source>A refused page is recorded for the person who imported it.</source>
        <translation>Una página rechazada se registra a nombre de la persona que la importó.</translation>
    </message>
    <message>
        <source>A refused page is recorded with the reason it was refused.</source>
        <translation>Una página rechazada se registra con el motivo de su rechazo.</translation>
    </message>
    <message>
        <source>This page is a drill (SIMULACRO) sheet; a production station never takes it.</source>
        <translation>Esta página es una hoja de simulacro (SIMULACRO); una estación de producción nunca la recibe.</translation>
    </message>
    <message>
        <source>Acta %1 has an entry of an unknown kind: %2</source>
        <translation>El acta %1 tiene una captura de un tipo desconocido: %2</translation>
    </message>
</context>
<context>
    <name>ActaWorkflow</name>
    <message>
        <source>Unknown acta state &quot;%1&quot; in storage.</source>
        <translation>Estado de acta desconocido &quot;%1&quot; en el almacenamiento.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Digitized</source>
        <translation>Digitalizada</translation>
    </message>
    <message>
        <source>Image rejected</source>
        <translation>Imagen rechazada</translation>
    </message>
    <message>
        <source>Entry 1 done</source>
        <translation>Primera captura concluida</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <source>In dispute</source>
        <translation>Con discrepancia</translation>
    </message>
    <message>
        <source>Adjudicated</source>
        <translation>Dictaminada</translation>
    </message>
    <message>
        <source>Sin acta</source>
        <translation>Sin acta</translation>
    </message>
    <message>
        <source>Fuera de catálogo</source>
        <translation>Fuera de catálogo</translation>
    </message>
    <message>
        <source>Queued for sync</source>
        <translation>En cola de sincronización</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sincronizada</translation>
    </message>
    <message>
        <source>Unknown acta action &quot;%1&quot; in storage.</source>
        <translation>Acción de acta desconocida &quot;%1&quot; en el almacenamiento.</translation>
    </message>
    <message>
        <source>Accept image</source>
        <translation>Aceptar imagen</translation>
    </message>
    <message>
        <source>Reject image</source>
        <translation>Rechazar imagen</translation>
    </message>
    <message>
        <source>Mark fuera de catálogo</source>
        <translation>Marcar fuera de catálogo</translation>
    </message>
    <message>
        <source>Resolve identity</source>
        <translation>Resolver identidad</translation>
    </message>
    <message>
        <source>Record sin acta</source>
        <translation>Registrar sin acta</translation>
    </message>
    <message>
        <source>Submit entry 1</source>
        <translation>Enviar primera captura</translation>
    </message>
    <message>
        <source>Entry 2 matches</source>
        <translation>Segunda captura coincide</translation>
    </message>
    <message>
        <source>Entry 2 differs</source>
        <translation>Segunda captura no coincide</translation>
    </message>
    <message>
        <source>Adjudicate</source>
        <translation>Dictaminar</translation>
    </message>
    <message>
        <source>Send back for re-capture</source>
        <translation>Devolver para nueva captura</translation>
    </message>
    <message>
        <source>Send back for re-scan</source>
        <translation>Devolver para redigitalización</translation>
    </message>
    <message>
        <source>Queue for sync</source>
        <translation>Poner en cola de sincronización</translation>
    </message>
    <message>
        <source>Acknowledge sync</source>
        <translation>Confirmar sincronización</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Cannot restore an acta whose entry user id is only spaces.</source>
        <translation>No se puede restaurar un acta cuyo id de usuario de captura contiene solo espacios.</translation>
    </message>
    <message>
        <source>Cannot restore an acta with an entry-2 user (%1) but no entry-1 user.</source>
        <translation>No se puede restaurar un acta con usuario de segunda captura (%1) pero sin usuario de primera captura.</translation>
    </message>
    <message>
        <source>Cannot restore an acta whose entries 1 and 2 were both done by %1.</source>
        <translation>No se puede restaurar un acta cuya primera y segunda captura fueron hechas por %1.</translation>
    </message>
    <message>
        <source>Cannot restore an acta that is &quot;%1&quot; with entry users: that state has none.</source>
        <translation>No se puede restaurar un acta en estado &quot;%1&quot; con usuarios de captura: ese estado no los tiene.</translation>
    </message>
    <message>
        <source>Cannot restore an acta that is &quot;%1&quot; without its entry-1 user.</source>
        <translation>No se puede restaurar un acta en estado &quot;%1&quot; sin su usuario de primera captura.</translation>
    </message>
    <message>
        <source>Cannot restore an acta that is &quot;%1&quot; with an entry-2 user: entry 2 is not done yet.</source>
        <translation>No se puede restaurar un acta en estado &quot;%1&quot; con usuario de segunda captura: la segunda captura aún no se ha hecho.</translation>
    </message>
    <message>
        <source>Cannot restore an acta that is &quot;%1&quot; without both entry users.</source>
        <translation>No se puede restaurar un acta en estado &quot;%1&quot; sin sus dos usuarios de captura.</translation>
    </message>
    <message>
        <source>Cannot restore an acta that is &quot;%1&quot; with an entry-1 user but no entry-2 user.</source>
        <translation>No se puede restaurar un acta en estado &quot;%1&quot; con usuario de primera captura pero sin usuario de segunda captura.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is done by the station itself; %2 (%3) cannot do it.</source>
        <translation>&quot;%1&quot; lo realiza la propia estación; %2 (%3) no puede hacerlo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be done by a person with the permission &quot;%2&quot;, not by the station itself.</source>
        <translation>&quot;%1&quot; debe realizarlo una persona con el permiso &quot;%2&quot;, no la propia estación.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs the user id of the person doing it.</source>
        <translation>&quot;%1&quot; requiere el id de usuario de la persona que lo realiza.</translation>
    </message>
    <message>
        <source>A trainer may do &quot;%1&quot; only on a simulated acta; this acta is real.</source>
        <translation>Un capacitador solo puede realizar &quot;%1&quot; en un acta de simulacro; esta acta es real.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs the permission &quot;%2&quot;, which the role %3 does not have.</source>
        <translation>&quot;%1&quot; requiere el permiso &quot;%2&quot;, que el rol %3 no tiene.</translation>
    </message>
    <message>
        <source>Entry 2 must be done by someone other than %1, who did entry 1.</source>
        <translation>La segunda captura debe hacerla una persona distinta de %1, quien hizo la primera captura.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be done by someone who did neither entry; %2 did entry %3.</source>
        <translation>&quot;%1&quot; debe realizarlo alguien que no haya hecho ninguna de las dos capturas; %2 hizo la captura %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not possible while the acta is &quot;%2&quot;; the acta must be %3.</source>
        <translation>&quot;%1&quot; no es posible mientras el acta está en &quot;%2&quot;; el acta debe estar en %3.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a reason, which goes into the acta&apos;s history.</source>
        <translation>&quot;%1&quot; requiere un motivo, que se registra en el historial del acta.</translation>
    </message>
    <message>
        <source>Cannot restore an acta that is &quot;%1&quot; with a reopener: only an acta in dispute has one.</source>
        <translation>No se puede restaurar un acta que está &quot;%1&quot; con quien la reabrió: solo un acta en disputa lo tiene.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be done by someone other than %2, who reopened the acta.</source>
        <translation>&quot;%1&quot; debe hacerlo alguien distinto de %2, quien reabrió el acta.</translation>
    </message>
</context>
<context>
    <name>AdjudicationView</name>
    <message>
        <source>&amp;Open acta</source>
        <translation>&amp;Abrir acta</translation>
    </message>
    <message>
        <source>Use entry &amp;1</source>
        <translation>Usar captura &amp;1</translation>
    </message>
    <message>
        <source>Use entry &amp;2</source>
        <translation>Usar captura &amp;2</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Decide these values</source>
        <translation>&amp;Dictaminar estos valores</translation>
    </message>
    <message>
        <source>Send back for re-&amp;capture</source>
        <translation>Devolver para nueva &amp;captura</translation>
    </message>
    <message>
        <source>Send back for re-&amp;scan</source>
        <translation>Devolver para redigitali&amp;zación</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Página completa</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Girar</translation>
    </message>
    <message>
        <source>Show &amp;field</source>
        <translation>Mostrar &amp;campo</translation>
    </message>
</context>
<context>
    <name>AdministrationView</name>
    <message>
        <source>Station</source>
        <translation>Estación</translation>
    </message>
    <message>
        <source>SIMULACRO</source>
        <translation>SIMULACRO</translation>
    </message>
    <message>
        <source>Installed software</source>
        <translation>Software instalado</translation>
    </message>
    <message>
        <source>Software &amp;fingerprint (SHA-256 of the installed files):</source>
        <translation>&amp;Huella del software (SHA-256 de los archivos instalados):</translation>
    </message>
    <message>
        <source>&amp;Verify against a reference…</source>
        <translation>&amp;Verificar contra una referencia…</translation>
    </message>
    <message>
        <source>Compare every installed file with a reference fingerprint the auditors made (actacapture fingerprint --output FILE)</source>
        <translation>Comparar cada archivo instalado con una huella de referencia que hicieron los auditores (actacapture fingerprint --output ARCHIVO)</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Check the store &amp;again</source>
        <translation>Revisar el almacén de n&amp;uevo</translation>
    </message>
    <message>
        <source>Certificates of operations</source>
        <translation>Certificados de operaciones</translation>
    </message>
    <message>
        <source>Certify the &amp;start of operations…</source>
        <translation>Certificar el &amp;inicio de operaciones…</translation>
    </message>
    <message>
        <source>Certify the c&amp;lose of operations…</source>
        <translation>Certificar el &amp;cierre de operaciones…</translation>
    </message>
    <message>
        <source>Station and ce&amp;rtificates</source>
        <translation>Estación y ce&amp;rtificados</translation>
    </message>
</context>
<context>
    <name>AuditEventText</name>
    <message>
        <source>%1: %2</source>
        <comment>a field&apos;s label and its value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <comment>an event, then the person who did it</comment>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>State changed (%1)</source>
        <translation>Cambio de estado (%1)</translation>
    </message>
    <message>
        <source>Image accepted</source>
        <translation>Imagen aceptada</translation>
    </message>
    <message>
        <source>Image rejected</source>
        <translation>Imagen rechazada</translation>
    </message>
    <message>
        <source>Marked fuera de catálogo</source>
        <translation>Marcada fuera de catálogo</translation>
    </message>
    <message>
        <source>Identity resolved</source>
        <translation>Identidad resuelta</translation>
    </message>
    <message>
        <source>Recorded as sin acta</source>
        <translation>Registrada como sin acta</translation>
    </message>
    <message>
        <source>Entry 1 submitted</source>
        <translation>Primera captura enviada</translation>
    </message>
    <message>
        <source>Entry 2 matches entry 1</source>
        <translation>La segunda captura coincide con la primera</translation>
    </message>
    <message>
        <source>Entry 2 differs from entry 1</source>
        <translation>La segunda captura difiere de la primera</translation>
    </message>
    <message>
        <source>Dispute decided</source>
        <translation>Discrepancia dictaminada</translation>
    </message>
    <message>
        <source>Sent back for re-capture</source>
        <translation>Devuelta para recaptura</translation>
    </message>
    <message>
        <source>Sent back for re-scan</source>
        <translation>Devuelta para redigitalizar</translation>
    </message>
    <message>
        <source>Queued for sync</source>
        <translation>En cola para sincronizar</translation>
    </message>
    <message>
        <source>Synced upstream</source>
        <translation>Sincronizada con el concentrador</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reabierta</translation>
    </message>
    <message>
        <source>the image could not be used (quality or registration)</source>
        <translation>la imagen no se pudo usar (calidad o registro)</translation>
    </message>
    <message>
        <source>the page is another form</source>
        <translation>la página es de otro formato</translation>
    </message>
    <message>
        <source>its CLAVE_ACTA could not be read</source>
        <translation>no se pudo leer su CLAVE_ACTA</translation>
    </message>
    <message>
        <source>its casilla is not in the catalog</source>
        <translation>su casilla no está en el catálogo</translation>
    </message>
    <message>
        <source>the acta was already received (a duplicate)</source>
        <translation>el acta ya se había recibido (duplicada)</translation>
    </message>
    <message>
        <source>a drill (SIMULACRO) sheet and a station of the other mode</source>
        <translation>una hoja de simulacro en una estación del otro modo</translation>
    </message>
    <message>
        <source>it could not be stored</source>
        <translation>no se pudo guardar</translation>
    </message>
    <message>
        <source>CLAVE_ACTA %1 · template %2</source>
        <translation>CLAVE_ACTA %1 · plantilla %2</translation>
    </message>
    <message>
        <source>A drill (SIMULACRO) acta</source>
        <translation>Un acta de simulacro</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>CLAVE_ACTA typed by hand (its QR code could not be read)</source>
        <translation>CLAVE_ACTA tecleada a mano (no se pudo leer su código QR)</translation>
    </message>
    <message>
        <source>Record version %1 acknowledged by: %2</source>
        <translation>Versión %1 del registro con acuse de: %2</translation>
    </message>
    <message>
        <source>State: %1 → %2</source>
        <translation>Estado: %1 → %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Outbox record %1 refused by endpoint %2 (HTTP %3)</source>
        <translation>El concentrador %2 rechazó el registro %1 de la bandeja de salida (HTTP %3)</translation>
    </message>
    <message>
        <source>Record version %1 sent again with COTEJADA %2 (under review)</source>
        <translation>Versión %1 del registro enviada de nuevo con COTEJADA %2 (en revisión)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>CLAVE_ACTA read or typed: %1</source>
        <translation>CLAVE_ACTA leída o tecleada: %1</translation>
    </message>
    <message>
        <source>Shown at intake: %1</source>
        <translation>Mostrado en el acopio: %1</translation>
    </message>
    <message>
        <source>Acta received</source>
        <translation>Acta recibida</translation>
    </message>
    <message>
        <source>Image stored</source>
        <translation>Imagen guardada</translation>
    </message>
    <message>
        <source>Entry 1 saved</source>
        <translation>Primera captura guardada</translation>
    </message>
    <message>
        <source>Entry 2 saved</source>
        <translation>Segunda captura guardada</translation>
    </message>
    <message>
        <source>Entry saved</source>
        <translation>Captura guardada</translation>
    </message>
    <message>
        <source>Decision saved</source>
        <translation>Dictamen guardado</translation>
    </message>
    <message>
        <source>Acknowledged upstream</source>
        <translation>Con acuse del concentrador</translation>
    </message>
    <message>
        <source>Refused upstream</source>
        <translation>Rechazada por el concentrador</translation>
    </message>
    <message>
        <source>Queued again, under review</source>
        <translation>En cola de nuevo, en revisión</translation>
    </message>
    <message>
        <source>Page refused</source>
        <translation>Página rechazada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a detail&apos;s name and its value</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>AuditHeadJson</name>
    <message>
        <source>%1: expected an object with seq and hash</source>
        <translation>%1: se esperaba un objeto con seq y hash</translation>
    </message>
    <message>
        <source>%1: unknown field</source>
        <translation>%1: campo desconocido</translation>
    </message>
    <message>
        <source>%1: expected an integer of at least 1</source>
        <translation>%1: se esperaba un entero mayor o igual a 1</translation>
    </message>
    <message>
        <source>%1: expected 64 lowercase hex digits</source>
        <translation>%1: se esperaban 64 dígitos hexadecimales en minúsculas</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>An audit entry (%1) was written outside a transaction; nothing was recorded.</source>
        <translation>Se intentó escribir un registro de auditoría (%1) fuera de una transacción; no se registró nada.</translation>
    </message>
    <message>
        <source>The audit log&apos;s head record is missing from %1.</source>
        <translation>Falta el registro de cabecera de la bitácora de auditoría en %1.</translation>
    </message>
    <message>
        <source>entry %1 (%2, %3)</source>
        <translation>registro %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing: the log goes from entry %2 to %3.</source>
        <translation>Falta el registro de auditoría %1: la bitácora pasa del registro %2 al %3.</translation>
    </message>
    <message>
        <source>Audit %1 does not follow the entry before it: the log was reordered or an entry was removed or replaced.</source>
        <translation>En la bitácora de auditoría, el %1 no sigue al registro anterior: la bitácora se reordenó, o se eliminó o reemplazó un registro.</translation>
    </message>
    <message>
        <source>Audit %1 was changed after it was written.</source>
        <translation>En la bitácora de auditoría, el %1 se modificó después de escribirse.</translation>
    </message>
    <message>
        <source>The audit log&apos;s head record is missing.</source>
        <translation>Falta el registro de cabecera de la bitácora de auditoría.</translation>
    </message>
    <message>
        <source>The audit log ends at entry %1, but the station recorded entry %2 as its newest: entries were removed from the end.</source>
        <translation>La bitácora de auditoría termina en el registro %1, pero la estación anotó el registro %2 como el más reciente: se eliminaron registros del final.</translation>
    </message>
    <message>
        <source>The audit log&apos;s head record (entry %1) does not match the log, which ends at entry %2: the log or its head was altered.</source>
        <translation>El registro de cabecera de la bitácora de auditoría (registro %1) no coincide con la bitácora, que termina en el registro %2: se alteró la bitácora o su cabecera.</translation>
    </message>
    <message>
        <source>Audit entry %1 is not the one %2 witnessed with record %3: the log was rewritten at or before entry %1.</source>
        <translation>La entrada %1 de la bitácora no es la que %2 atestiguó con el registro %3: la bitácora se reescribió en la entrada %1 o antes.</translation>
    </message>
    <message>
        <source>Audit entry %1, which %2 witnessed with record %3, is missing: the log was cut back.</source>
        <translation>Falta la entrada %1 de la bitácora, que %2 atestiguó con el registro %3: la bitácora fue recortada.</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>The bundle has %1 bytes, more than the %2 allowed.</source>
        <translation>El paquete tiene %1 bytes, más de los %2 permitidos.</translation>
    </message>
    <message>
        <source>This is not an ActaCapture bundle (%1): it does not start with the bundle member and end with its signature.</source>
        <translation>Esto no es un paquete de ActaCapture (%1): no comienza con el miembro bundle ni termina con su firma.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature is not %1 bytes in base64.</source>
        <translation>La firma del paquete no tiene %1 bytes en base64.</translation>
    </message>
    <message>
        <source>The bundle is refused: $.bundle: %1</source>
        <translation>Se rechaza el paquete: $.bundle: %1</translation>
    </message>
    <message>
        <source>The bundle is refused: $.bundle.%1: unknown field</source>
        <translation>Se rechaza el paquete: $.bundle.%1: campo desconocido</translation>
    </message>
    <message>
        <source>The bundle is refused: $.bundle.format: expected &quot;%1&quot;</source>
        <translation>Se rechaza el paquete: $.bundle.format: se esperaba &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The bundle is refused: $.bundle.station_id: expected a station id</source>
        <translation>Se rechaza el paquete: $.bundle.station_id: se esperaba un id de estación</translation>
    </message>
    <message>
        <source>The bundle is refused: $.bundle.key: expected a key fingerprint</source>
        <translation>Se rechaza el paquete: $.bundle.key: se esperaba una huella de clave</translation>
    </message>
    <message>
        <source>The bundle is refused: $.bundle.created_at: expected a UTC time</source>
        <translation>Se rechaza el paquete: $.bundle.created_at: se esperaba una fecha y hora UTC</translation>
    </message>
    <message>
        <source>The bundle is refused: $.bundle.records: expected an array</source>
        <translation>Se rechaza el paquete: $.bundle.records: se esperaba un arreglo</translation>
    </message>
    <message>
        <source>The bundle is refused: %1: %2</source>
        <translation>Se rechaza el paquete: %1: %2</translation>
    </message>
    <message>
        <source>The bundle is refused: $.bundle.images: expected an array</source>
        <translation>Se rechaza el paquete: $.bundle.images: se esperaba un arreglo</translation>
    </message>
    <message>
        <source>The bundle is refused: %1: expected {&quot;data&quot;: base64, &quot;sha256&quot;: 64 hex digits}</source>
        <translation>Se rechaza el paquete: %1: se esperaba {&quot;data&quot;: base64, &quot;sha256&quot;: 64 dígitos hexadecimales}</translation>
    </message>
    <message>
        <source>The bundle is refused: %1: the image&apos;s SHA-256 is not %2</source>
        <translation>Se rechaza el paquete: %1: el SHA-256 de la imagen no es %2</translation>
    </message>
    <message>
        <source>The bundle is signed with key %1, not with the key enrolled for station %2.</source>
        <translation>El paquete está firmado con la clave %1, no con la clave registrada para la estación %2.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not hold: %1</source>
        <translation>La firma del paquete no es válida: %1</translation>
    </message>
    <message>
        <source>The bundle would have %1 bytes, more than the %2 a hub reads; sync part of the outbox first or carry it in several trips.</source>
        <translation>El paquete tendría %1 bytes, más de los %2 que lee un concentrador; sincronice primero parte de la bandeja de salida o llévelo en varios viajes.</translation>
    </message>
</context>
<context>
    <name>CanonicalJson</name>
    <message>
        <source>%1: expected an integer between -%2 and %2</source>
        <translation>%1: se esperaba un número entero entre -%2 y %2</translation>
    </message>
    <message>
        <source>%1: the text holds an unpaired surrogate</source>
        <translation>%1: el texto contiene un sustituto UTF-16 sin pareja</translation>
    </message>
    <message>
        <source>%1: a key holds an unpaired surrogate</source>
        <translation>%1: una clave contiene un sustituto UTF-16 sin pareja</translation>
    </message>
    <message>
        <source>%1: the value is undefined</source>
        <translation>%1: el valor no está definido</translation>
    </message>
    <message>
        <source>$: not valid JSON at byte %1: %2</source>
        <translation>$: JSON no válido en el byte %1: %2</translation>
    </message>
    <message>
        <source>$: expected a JSON object</source>
        <translation>$: se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>$: the document is not in canonical form (whitespace, key order, escapes or number spelling differ from docs/protocol.md)</source>
        <translation>$: el documento no está en forma canónica (los espacios en blanco, el orden de las claves, los escapes o la escritura de los números difieren de docs/protocol.md)</translation>
    </message>
</context>
<context>
    <name>CasillaKey</name>
    <message>
        <source>State %1 is out of range: it must be from 01 to %2.</source>
        <translation>La entidad %1 está fuera de rango: debe ser de 01 a %2.</translation>
    </message>
    <message>
        <source>Section %1 is out of range: it must be from 0001 to 9999.</source>
        <translation>La sección %1 está fuera de rango: debe ser de 0001 a 9999.</translation>
    </message>
    <message>
        <source>Casilla number %1 is out of range: it must be from 01 to 99.</source>
        <translation>El número de casilla %1 está fuera de rango: debe ser de 01 a 99.</translation>
    </message>
    <message>
        <source>A basic casilla (B) is always number 01, not %1.</source>
        <translation>Una casilla básica (B) siempre es la número 01, no %1.</translation>
    </message>
    <message>
        <source>Contiguous extension %1 is out of range: it must be from 00 to 99.</source>
        <translation>La extensión contigua %1 está fuera de rango: debe ser de 00 a 99.</translation>
    </message>
    <message>
        <source>Only an extraordinary casilla (E) can have a contiguous extension; this one has %1.</source>
        <translation>Solo una casilla extraordinaria (E) puede tener extensión contigua; esta tiene %1.</translation>
    </message>
    <message>
        <source>The casilla key is empty.</source>
        <translation>La clave de casilla está vacía.</translation>
    </message>
    <message numerus="yes">
        <source>The casilla key &quot;%1&quot; has %n character(s); it must have 11 (e.g. 010338B0100).</source>
        <translation>
            <numerusform>La clave de casilla &quot;%1&quot; tiene %n carácter; debe tener 11 (p. ej., 010338B0100).</numerusform>
            <numerusform>La clave de casilla &quot;%1&quot; tiene %n caracteres; debe tener 11 (p. ej., 010338B0100).</numerusform>
        </translation>
    </message>
    <message>
        <source>The state in &quot;%1&quot; must be two digits, not &quot;%2&quot;.</source>
        <translation>La entidad en &quot;%1&quot; debe tener dos dígitos, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The section in &quot;%1&quot; must be four digits, not &quot;%2&quot;.</source>
        <translation>La sección en &quot;%1&quot; debe tener cuatro dígitos, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The casilla type in &quot;%1&quot; must be B, C, E, S or V, not &quot;%2&quot;.</source>
        <translation>El tipo de casilla en &quot;%1&quot; debe ser B, C, E, S o V, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The casilla number in &quot;%1&quot; must be two digits, not &quot;%2&quot;.</source>
        <translation>El número de casilla en &quot;%1&quot; debe tener dos dígitos, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The contiguous extension in &quot;%1&quot; must be two digits, not &quot;%2&quot;.</source>
        <translation>La extensión contigua en &quot;%1&quot; debe tener dos dígitos, no &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>CasillaType</name>
    <message>
        <source>Basic</source>
        <translation>Básica</translation>
    </message>
    <message>
        <source>Contiguous</source>
        <translation>Contigua</translation>
    </message>
    <message>
        <source>Extraordinary</source>
        <translation>Extraordinaria</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>Especial</translation>
    </message>
    <message>
        <source>Pre-trial detention</source>
        <translation>Prisión preventiva</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Cannot read the catalog file %1: %2</source>
        <translation>No se puede leer el archivo de catálogo %1: %2</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>catálogo</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text.</source>
        <translation>%1 no es texto UTF-8 válido.</translation>
    </message>
    <message>
        <source>%1 is empty: it needs a header row and at least one casilla.</source>
        <translation>%1 está vacío: necesita una fila de encabezado y al menos una casilla.</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted value is never closed.</source>
        <translation>%1, línea %2: un valor entre comillas no tiene comilla de cierre.</translation>
    </message>
    <message>
        <source>%1, line 1: the header must be exactly &quot;%2&quot;, found &quot;%3&quot;.</source>
        <translation>%1, línea 1: el encabezado debe ser exactamente &quot;%2&quot;; se encontró &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1, line %2: expected %3 columns, found %4.</source>
        <translation>%1, línea %2: se esperaban %3 columnas; se encontraron %4.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, línea %2, columna %3: %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>&quot;%1&quot; no es un número entero.</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3).</source>
        <translation>%1 está fuera de rango (de %2 a %3).</translation>
    </message>
    <message>
        <source>%1 does not match the state in the key %2.</source>
        <translation>%1 no coincide con la entidad de la clave %2.</translation>
    </message>
    <message>
        <source>%1 does not match the section in the key %2.</source>
        <translation>%1 no coincide con la sección de la clave %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the casilla type in the key %2.</source>
        <translation>&quot;%1&quot; no coincide con el tipo de casilla de la clave %2.</translation>
    </message>
    <message>
        <source>a special casilla (S) needs its number of approved ballots.</source>
        <translation>una casilla especial (S) requiere su número de boletas aprobadas.</translation>
    </message>
    <message>
        <source>only special casillas (S) have approved ballots; leave it empty.</source>
        <translation>solo las casillas especiales (S) tienen boletas aprobadas; deje el valor vacío.</translation>
    </message>
    <message>
        <source>the casilla %1 is listed twice (first on line %2).</source>
        <translation>la casilla %1 aparece dos veces (la primera, en la línea %2).</translation>
    </message>
    <message>
        <source>%1 has a header but no casillas.</source>
        <translation>%1 tiene encabezado, pero ninguna casilla.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a transfer mechanism: D, F, I, or empty for none.</source>
        <translation>&quot;%1&quot; no es un mecanismo de traslado: D, F, I, o vacío si no hay ninguno.</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>Certificate of the start of operations</source>
        <translation>Certificado de inicio de operaciones</translation>
    </message>
    <message>
        <source>Certificate of the close of operations</source>
        <translation>Certificado de cierre de operaciones</translation>
    </message>
    <message>
        <source>Checks a certificate&apos;s signed JSON twin: its canonical form, that its key matches its fingerprint, and the signature. With --key, that it was signed by that key (the station&apos;s or hub&apos;s fingerprint as you got it from the enrollment or the notary). Prints what it certifies.</source>
        <translation>Verifica la versión JSON firmada de un certificado: su forma canónica, que su clave coincida con su huella, y la firma. Con --key, que lo haya firmado esa clave (la huella de la estación o del concentrador tal como la obtuvo en el registro o del notario). Muestra lo que certifica.</translation>
    </message>
    <message>
        <source>The fingerprint the signer must have.</source>
        <translation>La huella que debe tener el firmante.</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>HUELLA</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>The certificate&apos;s .json file.</source>
        <translation>El archivo .json del certificado.</translation>
    </message>
    <message>
        <source>Name one certificate file.</source>
        <translation>Indique un archivo de certificado.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the signature holds (key %2).</source>
        <translation>%1: la firma es válida (clave %2).</translation>
    </message>
    <message>
        <source>Kind: %1; issuer: %2 %3; mode: %4; issued %5 by %6.</source>
        <translation>Tipo: %1; emisor: %2 %3; modo: %4; emitido el %5 por %6.</translation>
    </message>
    <message>
        <source>Software fingerprint: %1</source>
        <translation>Huella del software: %1</translation>
    </message>
    <message>
        <source>Compare the key&apos;s fingerprint with the one you got from the enrollment or the notary; --key does it for you.</source>
        <translation>Compare la huella de la clave con la que obtuvo en el registro o del notario; --key lo hace por usted.</translation>
    </message>
</context>
<context>
    <name>CertificatePdf</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Capture station %1 (%2)</source>
        <translation>Estación de captura %1 (%2)</translation>
    </message>
    <message>
        <source>SIMULACRO: a drill. This certificate has no value for any election.</source>
        <translation>SIMULACRO: un ejercicio de práctica. Este certificado no tiene validez para ninguna elección.</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Emitido por</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>drill (simulacro)</source>
        <translation>simulacro</translation>
    </message>
    <message>
        <source>production</source>
        <translation>producción</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Fingerprint of the installed files (SHA-256)</source>
        <translation>Huella de los archivos instalados (SHA-256)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Equal to the reference</source>
        <translation>Igual a la referencia</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>sin revisar</translation>
    </message>
    <message>
        <source>yes, file by file</source>
        <translation>sí, archivo por archivo</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>Installed files</source>
        <translation>Archivos instalados</translation>
    </message>
    <message>
        <source>Signed electronic twin</source>
        <translation>Versión electrónica firmada</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Its SHA-256</source>
        <translation>Su SHA-256</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <source>The undersigned witnessed, on %1, that the software installed has the fingerprint %2, equal file by file to the reference, and that the store was blank, as stated on the previous pages.</source>
        <translation>Los abajo firmantes presenciamos, el %1, que el software instalado tiene la huella %2, igual archivo por archivo a la referencia, y que el almacén estaba en blanco, según consta en las páginas anteriores.</translation>
    </message>
    <message>
        <source>The undersigned witnessed, on %1, the final state stated on the previous pages, with the software of fingerprint %2.</source>
        <translation>Los abajo firmantes presenciamos, el %1, el estado final que consta en las páginas anteriores, con el software de huella %2.</translation>
    </message>
    <message>
        <source>Notary public: name, notary number, signature and seal</source>
        <translation>Notario público: nombre, número de notaría, firma y sello</translation>
    </message>
    <message>
        <source>Witness: name and signature</source>
        <translation>Testigo: nombre y firma</translation>
    </message>
    <message>
        <source>Station administrator: name and signature</source>
        <translation>Administrador de la estación: nombre y firma</translation>
    </message>
    <message>
        <source>Hub operator: name and signature</source>
        <translation>Operador del concentrador: nombre y firma</translation>
    </message>
    <message>
        <source>Installed files and their SHA-256</source>
        <translation>Archivos instalados y su SHA-256</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>No se pudo iniciar el PDF.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 exists already; a certificate is never overwritten.</source>
        <translation>%1 ya existe; un certificado nunca se sobrescribe.</translation>
    </message>
    <message>
        <source>Hub with the key %1</source>
        <translation>Concentrador con la clave %1</translation>
    </message>
    <message>
        <source>Install folder</source>
        <translation>Carpeta de instalación</translation>
    </message>
    <message>
        <source>Signed with the hub key (the key that signs its receipts and results cuts)</source>
        <translation>Firmado con la clave del concentrador (la que firma sus acuses y sus cortes de resultados)</translation>
    </message>
    <message>
        <source>Signed with the station key (the key that signs its records)</source>
        <translation>Firmado con la clave de la estación (la que firma sus registros)</translation>
    </message>
    <message>
        <source>Public key (base64)</source>
        <translation>Clave pública (base64)</translation>
    </message>
    <message>
        <source>Place: ________________________________________</source>
        <translation>Lugar: ________________________________________</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Checks an election template (JSON) and a casilla catalog (CSV).</source>
        <translation>Verifica una plantilla de elección (JSON) y un catálogo de casillas (CSV).</translation>
    </message>
    <message>
        <source>Election template JSON file.</source>
        <translation>Archivo JSON de la plantilla de elección.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Casilla catalog CSV file.</source>
        <translation>Archivo CSV del catálogo de casillas.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>Template %1 (version %2): %3 vote fields, %4 other fields: valid.</source>
        <translation>Plantilla %1 (versión %2): %3 campos de votos, %4 campos adicionales: válida.</translation>
    </message>
    <message>
        <source>Catalog %1: %2 casillas in %3 districts: valid.</source>
        <translation>Catálogo %1: %2 casillas en %3 distritos: válido.</translation>
    </message>
    <message>
        <source>ActaCapture: election result capture workstation.</source>
        <translation>ActaCapture: estación de captura de resultados electorales.</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>Comando que se ejecutará (vea abajo).</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No se indicó ningún comando.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Comando desconocido: %1</translation>
    </message>
    <message>
        <source>command</source>
        <translation>comando</translation>
    </message>
    <message>
        <source>The station folder (default: %1).</source>
        <translation>Carpeta de la estación (predeterminada: %1).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>The user acting (password from %1, or asked).</source>
        <translation>Usuario que realiza la acción (la contraseña se toma de %1 o se solicita).</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>The station passphrase comes from %1, or is asked on the terminal.</source>
        <translation>La frase de acceso de la estación se toma de %1 o se solicita en la terminal.</translation>
    </message>
    <message>
        <source>Expected %1 argument(s), got %2.</source>
        <translation>Se esperaban %1 argumento(s); se recibieron %2.</translation>
    </message>
    <message>
        <source>This command changes the station: name the acting user with --as USER.</source>
        <translation>Este comando modifica la estación: indique el usuario que realiza la acción con --as USER.</translation>
    </message>
    <message>
        <source>Station passphrase: </source>
        <translation>Frase de acceso de la estación: </translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deshabilitado</translation>
    </message>
    <message>
        <source>locked until %1 UTC</source>
        <translation>bloqueado hasta las %1 UTC</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>habilitado</translation>
    </message>
    <message>
        <source>Creates a new, empty station: its encrypted store and first administrator.
The administrator&apos;s password comes from %1, or is asked.</source>
        <translation>Crea una estación nueva y vacía: su base de datos cifrada y su primer administrador.
La contraseña del administrador se toma de %1 o se solicita.</translation>
    </message>
    <message>
        <source>User name of the first administrator.</source>
        <translation>Nombre de usuario del primer administrador.</translation>
    </message>
    <message>
        <source>The station&apos;s name, e.g. CATD 05.</source>
        <translation>Nombre de la estación, p. ej., CATD 05.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Name the first administrator with --admin USER.</source>
        <translation>Indique el primer administrador con --admin USER.</translation>
    </message>
    <message>
        <source>New station passphrase: </source>
        <translation>Nueva frase de acceso de la estación: </translation>
    </message>
    <message>
        <source>Password for the administrator %1: </source>
        <translation>Contraseña del administrador %1: </translation>
    </message>
    <message>
        <source>Capture station</source>
        <translation>Estación de captura</translation>
    </message>
    <message>
        <source>Lists the station&apos;s users.</source>
        <translation>Lista los usuarios de la estación.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Muestra JSON en lugar de una tabla.</translation>
    </message>
    <message>
        <source>Adds a user. Their password comes from %1, or is asked.</source>
        <translation>Agrega un usuario. Su contraseña se toma de %1 o se solicita.</translation>
    </message>
    <message>
        <source>The new user name.</source>
        <translation>Nombre de usuario nuevo.</translation>
    </message>
    <message>
        <source>clerk, supervisor, trainer or administrator.</source>
        <translation>clerk, supervisor, trainer o administrator.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>The person&apos;s full name.</source>
        <translation>Nombre completo de la persona.</translation>
    </message>
    <message>
        <source>User %1 added as %2.</source>
        <translation>Usuario %1 agregado como %2.</translation>
    </message>
    <message>
        <source>Disables a user. Users are never deleted: the history keeps their names.</source>
        <translation>Deshabilita un usuario. Los usuarios nunca se eliminan: el historial conserva sus nombres.</translation>
    </message>
    <message>
        <source>The user to disable.</source>
        <translation>Usuario que se deshabilitará.</translation>
    </message>
    <message>
        <source>User %1 disabled.</source>
        <translation>Usuario %1 deshabilitado.</translation>
    </message>
    <message>
        <source>user add|disable|list: manage the station&apos;s users.</source>
        <translation>user add|disable|list: administra los usuarios de la estación.</translation>
    </message>
    <message>
        <source>Say what to do: user add, user disable or user list.</source>
        <translation>Indique qué hacer: user add, user disable o user list.</translation>
    </message>
    <message>
        <source>Unknown user action: %1</source>
        <translation>Acción de usuario desconocida: %1</translation>
    </message>
    <message>
        <source>The audit log is broken at entry %1: %2</source>
        <translation>La cadena de la bitácora de auditoría se rompe en el registro %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entry(ies) checked.</source>
        <translation>
            <numerusform>La bitácora de auditoría está íntegra: se verificó %n registro.</numerusform>
            <numerusform>La bitácora de auditoría está íntegra: se verificaron %n registros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prints everything that happened to one acta: images, entries, decisions, sync.</source>
        <translation>Muestra todo lo que ocurrió con un acta: imágenes, capturas, decisiones y sincronización.</translation>
    </message>
    <message>
        <source>clave_acta</source>
        <translation>clave_acta</translation>
    </message>
    <message>
        <source>The acta key, e.g. 010338B010002.</source>
        <translation>Clave del acta, p. ej., 010338B010002.</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv (predeterminado) o json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>Unknown format %1: use csv or json.</source>
        <translation>Formato desconocido %1: use csv o json.</translation>
    </message>
    <message>
        <source>Writes an encrypted, consistent copy of the station (and its keying file) while it may be in use.</source>
        <translation>Escribe una copia cifrada y coherente de la estación (y de su archivo de claves), incluso mientras está en uso.</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>Archivo de respaldo que se escribirá.</translation>
    </message>
    <message>
        <source>Backup written to %1 (with %2).</source>
        <translation>Respaldo escrito en %1 (junto con %2).</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>Archivo de respaldo.</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase: </source>
        <translation>Frase de acceso del respaldo: </translation>
    </message>
    <message>
        <source>Station in %1 restored from %2.</source>
        <translation>Estación en %1 restaurada desde %2.</translation>
    </message>
    <message>
        <source>The previous store was kept as %1.</source>
        <translation>La base de datos anterior se conservó como %1.</translation>
    </message>
    <message>
        <source>Changes the station passphrase (new key, same data). The new one comes from %1, or is asked twice.</source>
        <translation>Cambia la frase de acceso de la estación (nueva clave de cifrado, mismos datos). La nueva se toma de %1 o se pide dos veces.</translation>
    </message>
    <message>
        <source>Current station passphrase: </source>
        <translation>Frase de acceso actual de la estación: </translation>
    </message>
    <message>
        <source>The station passphrase was changed.</source>
        <translation>Se cambió la frase de acceso de la estación.</translation>
    </message>
    <message>
        <source>Draws the blank acta of one casilla (markers, QR code, header and digit boxes):
a PDF to print or a PNG image. Without --template, the embedded sample election.</source>
        <translation>Dibuja el acta en blanco de una casilla (marcas, código QR, encabezado y recuadros de dígitos):
un PDF para imprimir o una imagen PNG. Sin --template, la elección de ejemplo incluida.</translation>
    </message>
    <message>
        <source>The acta&apos;s key, e.g. 210101B010002.</source>
        <translation>La clave del acta, p. ej. 210101B010002.</translation>
    </message>
    <message>
        <source>CLAVE_ACTA</source>
        <translation>CLAVE_ACTA</translation>
    </message>
    <message>
        <source>Output file: .pdf or .png.</source>
        <translation>Archivo de salida: .pdf o .png.</translation>
    </message>
    <message>
        <source>Resolution in dots per inch, %1 to %2 (default %3).</source>
        <translation>Resolución en puntos por pulgada, de %1 a %2 (predeterminada: %3).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Name the acta with --acta CLAVE_ACTA.</source>
        <translation>Indique el acta con --acta CLAVE_ACTA.</translation>
    </message>
    <message>
        <source>Name the output file with --out FILE.pdf or --out FILE.png.</source>
        <translation>Indique el archivo de salida con --out ARCHIVO.pdf o --out ARCHIVO.png.</translation>
    </message>
    <message>
        <source>The output file must end in .pdf or .png: %1</source>
        <translation>El archivo de salida debe terminar en .pdf o .png: %1</translation>
    </message>
    <message>
        <source>--dpi must be a whole number from %1 to %2, not &quot;%3&quot;.</source>
        <translation>--dpi debe ser un número entero de %1 a %2, no «%3».</translation>
    </message>
    <message>
        <source>Note: casilla %1 is not in the catalog; the header shows only what its key says.</source>
        <translation>Nota: la casilla %1 no está en el catálogo; el encabezado muestra solo lo que dice su clave.</translation>
    </message>
    <message>
        <source>Acta %1 (template %2, version %3) written to %4 at %5 dpi.</source>
        <translation>Acta %1 (plantilla %2, versión %3) escrita en %4 a %5 ppp.</translation>
    </message>
    <message>
        <source>(then: %1)</source>
        <translation>(alternativas: %1)</translation>
    </message>
    <message>
        <source>[changed to agree with the written total]</source>
        <translation>[cambiado para coincidir con el total asentado]</translation>
    </message>
    <message>
        <source>%1: REJECTED</source>
        <translation>%1: RECHAZADA</translation>
    </message>
    <message>
        <source>Time: %1 ms</source>
        <translation>Tiempo: %1 ms</translation>
    </message>
    <message>
        <source>%1: accepted</source>
        <translation>%1: aceptada</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>%1 (QR code)</source>
        <translation>%1 (código QR)</translation>
    </message>
    <message>
        <source>%1 (printed header)</source>
        <translation>%1 (encabezado impreso)</translation>
    </message>
    <message>
        <source>Acta: %1</source>
        <translation>Acta: %1</translation>
    </message>
    <message>
        <source>Registration: %1, score %2, %3 dpi%4</source>
        <translation>Alineación: %1, puntuación %2, %3 ppp%4</translation>
    </message>
    <message>
        <source>markers</source>
        <translation>marcas de registro</translation>
    </message>
    <message>
        <source>feature matching</source>
        <translation>correspondencia de características</translation>
    </message>
    <message>
        <source>, page was upside down</source>
        <translation>, la página estaba de cabeza</translation>
    </message>
    <message>
        <source>Perceptual hash: %1</source>
        <translation>Hash perceptual: %1</translation>
    </message>
    <message>
        <source>Fields (value, confidence, * = high confidence):</source>
        <translation>Campos (valor, confianza, * = confianza alta):</translation>
    </message>
    <message>
        <source>The vote fields add up to the written total.</source>
        <translation>Los campos de votos suman el total asentado.</translation>
    </message>
    <message>
        <source>The vote fields do not add up to the written total (or it was not read).</source>
        <translation>Los campos de votos no suman el total asentado (o este no se pudo leer).</translation>
    </message>
    <message>
        <source>Time: %1 ms (%2)</source>
        <translation>Tiempo: %1 ms (%2)</translation>
    </message>
    <message>
        <source>Checks and reads scanned actas: quality, registration, identity, hashes and the figures recognised in every field. Folders are read for PNG, JPEG and TIFF files.
Exit status: 0 when every page was accepted, 1 when some were rejected.</source>
        <translation>Verifica y lee actas escaneadas: calidad, alineación, identidad, hashes y las cifras reconocidas en cada campo. En las carpetas se leen los archivos PNG, JPEG y TIFF.
Código de salida: 0 si se aceptaron todas las páginas, 1 si se rechazó alguna.</translation>
    </message>
    <message>
        <source>One JSON object per page, one per line.</source>
        <translation>Un objeto JSON por página, uno por línea.</translation>
    </message>
    <message>
        <source>Scanned pages or folders of them.</source>
        <translation>Páginas escaneadas o carpetas que las contienen.</translation>
    </message>
    <message>
        <source>Name at least one scanned page or folder.</source>
        <translation>Indique al menos una página escaneada o una carpeta.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) processed</source>
        <translation>
            <numerusform>%n página procesada</numerusform>
            <numerusform>%n páginas procesadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected.</source>
        <translation>
            <numerusform>%n rechazada.</numerusform>
            <numerusform>%n rechazadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes acta pages filled with handwritten digits and aged like real scans, each with its ground truth (JSON), for drills and tests. The same seed gives the same pages.</source>
        <translation>Escribe páginas de actas llenadas con dígitos manuscritos y envejecidas como escaneos reales, cada una con sus valores de referencia (JSON), para simulacros y pruebas. La misma semilla produce las mismas páginas.</translation>
    </message>
    <message>
        <source>Folder for the pages.</source>
        <translation>Carpeta para las páginas.</translation>
    </message>
    <message>
        <source>Number of pages (default 10).</source>
        <translation>Número de páginas (predeterminado: 10).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Semilla aleatoria (predeterminada: 1).</translation>
    </message>
    <message>
        <source>Defects: clean, mild, moderate or severe (default moderate).</source>
        <translation>Defectos: clean, mild, moderate o severe (predeterminado: moderate).</translation>
    </message>
    <message>
        <source>level</source>
        <translation>nivel</translation>
    </message>
    <message>
        <source>Make pages the quality gate must refuse: low_resolution, blurred, too_dark, too_bright, low_contrast, cut_off, blank or other_form.</source>
        <translation>Genera páginas que el control de calidad debe rechazar: low_resolution, blurred, too_dark, too_bright, low_contrast, cut_off, blank u other_form.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>Template of the other form, for --bad other_form.</source>
        <translation>Plantilla del otro formato, para --bad other_form.</translation>
    </message>
    <message>
        <source>Digit atlas PNG (default: the embedded held-out digits).</source>
        <translation>Atlas de dígitos PNG (predeterminado: los dígitos integrados que no se usaron en el entrenamiento).</translation>
    </message>
    <message>
        <source>Also register every page and append its labelled digit-box crops to this file (training data for tools/digits/train_digits.py).</source>
        <translation>Además, alinea cada página y agrega a este archivo sus recortes etiquetados de recuadros de dígitos (datos de entrenamiento para tools/digits/train_digits.py).</translation>
    </message>
    <message>
        <source>Name the output folder with --out.</source>
        <translation>Indique la carpeta de salida con --out.</translation>
    </message>
    <message>
        <source>--count must be a whole number from 1 to 100000.</source>
        <translation>--count debe ser un número entero de 1 a 100000.</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed debe ser un número entero.</translation>
    </message>
    <message>
        <source>Unknown --level: %1</source>
        <translation>Valor de --level desconocido: %1</translation>
    </message>
    <message>
        <source>Unknown --bad kind: %1</source>
        <translation>Tipo de --bad desconocido: %1</translation>
    </message>
    <message>
        <source>--bad other_form needs --other-template.</source>
        <translation>--bad other_form requiere --other-template.</translation>
    </message>
    <message>
        <source>Generated pages need a catalog to draw casillas from (--catalog).</source>
        <translation>Las páginas generadas necesitan un catálogo del cual tomar las casillas (--catalog).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1: not registered, no crops.</source>
        <translation>%1: no se pudo alinear; sin recortes.</translation>
    </message>
    <message numerus="yes">
        <source>%n crop(s) written to %1</source>
        <translation>
            <numerusform>%n recorte escrito en %1</numerusform>
            <numerusform>%n recortes escritos en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1</source>
        <translation>
            <numerusform>%n página escrita en %1</numerusform>
            <numerusform>%n páginas escritas en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes the enrollment request of this station (its id, name and public signing key) to FILE, for the hub administrator to import with &quot;actahub enroll FILE&quot;. Read the fingerprint it prints to the hub administrator so both sides can compare it.</source>
        <translation>Escribe en FILE la solicitud de registro de esta estación (su id, su nombre y su clave pública de firma) para que el administrador del concentrador la importe con &quot;actahub enroll FILE&quot;. Léale al administrador del concentrador la huella que se muestra, para que ambas partes puedan compararla.</translation>
    </message>
    <message>
        <source>The request file to write.</source>
        <translation>Archivo de solicitud que se escribirá.</translation>
    </message>
    <message>
        <source>Enrollment request of station %1 (%2) written to %3.</source>
        <translation>Solicitud de registro de la estación %1 (%2) escrita en %3.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Huella: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: up to date (%2 sent)</source>
        <translation>%1: al día (%2 enviados)</translation>
    </message>
    <message>
        <source>%1: sending (%2 sent)</source>
        <translation>%1: enviando (%2 enviados)</translation>
    </message>
    <message>
        <source>%1: waiting, attempt %2 failed: %3; next try at %4 UTC</source>
        <translation>%1: en espera; falló el intento %2: %3; próximo intento a las %4 UTC</translation>
    </message>
    <message>
        <source>Lists the hubs this station sends to, the quorum, the outbox and refused records.</source>
        <translation>Lista los concentradores a los que envía esta estación, el quórum, la bandeja de salida y los registros rechazados.</translation>
    </message>
    <message>
        <source>hub key %1</source>
        <translation>clave del concentrador %1</translation>
    </message>
    <message>
        <source>No hub is configured.</source>
        <translation>No hay ningún concentrador configurado.</translation>
    </message>
    <message>
        <source>Quorum: %1 of %2</source>
        <translation>Quórum: %1 de %2</translation>
    </message>
    <message>
        <source>Outbox: %1 records, %2 acknowledged, %3 pending</source>
        <translation>Bandeja de salida: %1 registros, %2 con acuse de recibo, %3 pendientes</translation>
    </message>
    <message>
        <source>Refused by %1: acta %2 version %3 (HTTP %4): %5</source>
        <translation>Rechazado por %1: acta %2 versión %3 (HTTP %4): %5</translation>
    </message>
    <message>
        <source>Pins a hub: its HTTPS address, the CA certificate its TLS certificate must chain to, and the public key that signs its receipts (printed by &quot;actahub init&quot;).</source>
        <translation>Fija un concentrador: su dirección HTTPS, el certificado de la CA con el que debe encadenarse su certificado TLS y la clave pública que firma sus acuses de recibo (la muestra &quot;actahub init&quot;).</translation>
    </message>
    <message>
        <source>The hub&apos;s CA certificate (PEM).</source>
        <translation>Certificado de la CA del concentrador (PEM).</translation>
    </message>
    <message>
        <source>The hub&apos;s public key, 64 hex digits (&quot;hub public key&quot; in actahub&apos;s output).</source>
        <translation>Clave pública del concentrador, 64 dígitos hexadecimales (&quot;clave pública del concentrador&quot; en la salida de actahub).</translation>
    </message>
    <message>
        <source>hex</source>
        <translation>hex</translation>
    </message>
    <message>
        <source>A name for the endpoint, e.g. primary.</source>
        <translation>Nombre para el destino, p. ej., primary.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The hub&apos;s address, e.g. https://127.0.0.1:8443/</source>
        <translation>Dirección del concentrador, p. ej., https://127.0.0.1:8443/</translation>
    </message>
    <message>
        <source>Both --ca and --hub-key are needed: a hub is trusted only when pinned.</source>
        <translation>Se necesitan --ca y --hub-key: un concentrador solo es de confianza si está fijado.</translation>
    </message>
    <message>
        <source>Hub %1 added: %2, hub key %3.</source>
        <translation>Se agregó el concentrador %1: %2, clave del concentrador %3.</translation>
    </message>
    <message>
        <source>Stops sending to a hub (its receipts are forgotten).</source>
        <translation>Deja de enviar a un concentrador (se descartan sus acuses de recibo).</translation>
    </message>
    <message>
        <source>The endpoint&apos;s name.</source>
        <translation>Nombre del destino.</translation>
    </message>
    <message>
        <source>Hub %1 removed.</source>
        <translation>Se quitó el concentrador %1.</translation>
    </message>
    <message>
        <source>How many hubs must hold a record before its acta counts as synced.</source>
        <translation>Cuántos concentradores deben tener un registro para que su acta se considere sincronizada.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>The quorum.</source>
        <translation>El quórum.</translation>
    </message>
    <message>
        <source>The quorum must be a whole number.</source>
        <translation>El quórum debe ser un número entero.</translation>
    </message>
    <message>
        <source>Quorum set to %1.</source>
        <translation>Quórum establecido en %1.</translation>
    </message>
    <message>
        <source>Sends the records hubs refused again (after the cause was fixed at the hub).</source>
        <translation>Vuelve a enviar los registros que rechazaron los concentradores (después de corregir la causa en el concentrador).</translation>
    </message>
    <message numerus="yes">
        <source>%n refused record(s) will be sent again.</source>
        <translation>
            <numerusform>Se volverá a enviar %n registro rechazado.</numerusform>
            <numerusform>Se volverán a enviar %n registros rechazados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: upstream add|remove|list|quorum|retry-refused (see --help of each).</source>
        <translation>Uso: upstream add|remove|list|quorum|retry-refused (consulte el --help de cada uno).</translation>
    </message>
    <message>
        <source>Sends verified actas to the configured hubs over HTTPS and stores their signed receipts. Stops when every hub holds every record (refused ones aside), unless --watch.</source>
        <translation>Envía por HTTPS las actas verificadas a los concentradores configurados y guarda sus acuses de recibo firmados. Termina cuando todos los concentradores tienen todos los registros (salvo los rechazados), a menos que se indique --watch.</translation>
    </message>
    <message>
        <source>Keep running and send new records as they come.</source>
        <translation>Sigue en ejecución y envía los registros nuevos conforme llegan.</translation>
    </message>
    <message>
        <source>Give up after this many seconds (exit status 3); 0: never.</source>
        <translation>Desiste después de esta cantidad de segundos (código de salida 3); 0: nunca.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>--timeout wants a number of seconds.</source>
        <translation>--timeout requiere un número de segundos.</translation>
    </message>
    <message>
        <source>%1 refused acta %2 version %3: %4</source>
        <translation>%1 rechazó el acta %2 versión %3: %4</translation>
    </message>
    <message>
        <source>actacapture: %1</source>
        <translation>actacapture: %1</translation>
    </message>
    <message>
        <source>Outbox: %1 records, %2 acknowledged, %3 pending, %4 refused.</source>
        <translation>Bandeja de salida: %1 registros, %2 con acuse de recibo, %3 pendientes, %4 rechazados.</translation>
    </message>
    <message>
        <source>Gave up after %1 s; what was not sent stays in the outbox.</source>
        <translation>Se desistió después de %1 s; lo que no se envió permanece en la bandeja de salida.</translation>
    </message>
    <message>
        <source>Writes every record no quorum of hubs acknowledged yet, with its image, as one signed file for &quot;actahub import-bundle&quot; (when no network reaches the hub).</source>
        <translation>Escribe cada registro que aún no tiene acuse de recibo de un quórum de concentradores, con su imagen, en un solo archivo firmado para &quot;actahub import-bundle&quot; (cuando no hay red que llegue al concentrador).</translation>
    </message>
    <message>
        <source>The bundle file to write.</source>
        <translation>Archivo de paquete que se escribirá.</translation>
    </message>
    <message>
        <source>Bundle of station %1 written to %2: %3 record(s), %4 image(s), %5 bytes.</source>
        <translation>Paquete de la estación %1 escrito en %2: %3 registro(s), %4 imagen(es), %5 bytes.</translation>
    </message>
    <message>
        <source>Left out: acta %1 version %2, refused by %3: %4</source>
        <translation>Se dejó fuera: acta %1 versión %2, rechazada por %3: %4</translation>
    </message>
    <message>
        <source>Create a station: encrypted store and first administrator.</source>
        <translation>Crea una estación: base de datos cifrada y primer administrador.</translation>
    </message>
    <message>
        <source>Manage the station&apos;s users.</source>
        <translation>Administra los usuarios de la estación.</translation>
    </message>
    <message>
        <source>Check the audit log&apos;s hash chain.</source>
        <translation>Verifica la cadena de hashes de la bitácora de auditoría.</translation>
    </message>
    <message>
        <source>Everything that happened to one acta (CSV or JSON).</source>
        <translation>Todo lo que ocurrió con un acta (CSV o JSON).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Encrypted copy of the station while it is in use.</source>
        <translation>Copia cifrada de la estación mientras está en uso.</translation>
    </message>
    <message>
        <source>Replace the station with a checked backup.</source>
        <translation>Reemplaza la estación con un respaldo verificado.</translation>
    </message>
    <message>
        <source>New station passphrase (administrators).</source>
        <translation>Nueva frase de acceso de la estación (administradores).</translation>
    </message>
    <message>
        <source>The station&apos;s public key for the hub (actahub enroll).</source>
        <translation>Clave pública de la estación para el concentrador (actahub enroll).</translation>
    </message>
    <message>
        <source>The hubs the station sends to.</source>
        <translation>Concentradores a los que envía la estación.</translation>
    </message>
    <message>
        <source>Send verified actas to the hubs (HTTPS) and keep their receipts.</source>
        <translation>Envía las actas verificadas a los concentradores (HTTPS) y guarda sus acuses de recibo.</translation>
    </message>
    <message>
        <source>Unacknowledged records and images as one signed file (USB).</source>
        <translation>Registros sin acuse de recibo y sus imágenes en un solo archivo firmado (USB).</translation>
    </message>
    <message>
        <source>Load an election template and catalog and report the first problem.</source>
        <translation>Carga una plantilla de elección y un catálogo, e informa el primer problema.</translation>
    </message>
    <message>
        <source>Draw the blank acta of one casilla as PDF or PNG.</source>
        <translation>Dibuja el acta en blanco de una casilla como PDF o PNG.</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>ARCHIVO...</translation>
    </message>
    <message>
        <source>Check and read scanned actas (quality, identity, figures).</source>
        <translation>Verifica y lee actas escaneadas (calidad, identidad, cifras).</translation>
    </message>
    <message>
        <source>Write filled, aged acta pages with their ground truth.</source>
        <translation>Escribe páginas de actas llenadas y envejecidas, con sus valores de referencia.</translation>
    </message>
    <message>
        <source>Use &quot;actacapture COMMAND --help&quot; for a command&apos;s options.
Without a command, the desktop application starts.</source>
        <translation>Use &quot;actacapture COMANDO --help&quot; para ver las opciones de un comando.
Sin comando, se inicia la aplicación de escritorio.</translation>
    </message>
    <message>
        <source>files</source>
        <translation>archivos</translation>
    </message>
    <message>
        <source>(the embedded sample)</source>
        <translation>(la muestra integrada)</translation>
    </message>
    <message>
        <source>Replaces the station with a backup after checking it (passphrase, integrity, schema, audit chain) and logging in an administrator of the backup (--as). The replaced store is kept beside it.</source>
        <translation>Reemplaza la estación con un respaldo después de revisarlo (frase de acceso, integridad, esquema, cadena de auditoría) e iniciar sesión con un administrador del respaldo (--as). El almacén reemplazado se conserva junto a ella.</translation>
    </message>
    <message>
        <source>Password for %1 (an administrator of the backup): </source>
        <translation>Contraseña de %1 (un administrador del respaldo): </translation>
    </message>
    <message>
        <source>%1 is not an export of &quot;actahub stations heads STATION --json&quot;.</source>
        <translation>%1 no es una exportación de &quot;actahub stations heads ESTACIÓN --json&quot;.</translation>
    </message>
    <message>
        <source>--hub-key wants the hub&apos;s public key as 64 hexadecimal digits.</source>
        <translation>--hub-key espera la clave pública del concentrador en 64 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>%1, receipt %2</source>
        <translation>%1, acuse %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is for station %2, not %3.</source>
        <translation>%1 es de la estación %2, no de %3.</translation>
    </message>
    <message>
        <source>Walks the audit log&apos;s hash chain and reports the first broken entry; then compares the log with the audit heads the hubs witnessed (the receipts kept here and, with --witnessed, the hub&apos;s own list), which catches a log rewritten by someone holding the passphrase.</source>
        <translation>Recorre la cadena de hashes de la bitácora y reporta la primera entrada rota; después compara la bitácora con las cabezas que atestiguaron los concentradores (los acuses guardados aquí y, con --witnessed, la lista del propio concentrador), lo que detecta una bitácora reescrita por alguien que tiene la frase de acceso.</translation>
    </message>
    <message>
        <source>The output of &quot;actahub stations heads STATION --json&quot;.</source>
        <translation>La salida de &quot;actahub stations heads ESTACIÓN --json&quot;.</translation>
    </message>
    <message>
        <source>The public key (hex) of the hub that signed --witnessed, read from the hub itself rather than from this station&apos;s configuration.</source>
        <translation>La clave pública (hex) del concentrador que firmó --witnessed, tomada del propio concentrador y no de la configuración de esta estación.</translation>
    </message>
    <message>
        <source>The audit log does not match what the hubs witnessed: %1</source>
        <translation>La bitácora no coincide con lo que atestiguaron los concentradores: %1</translation>
    </message>
    <message>
        <source>No hub has witnessed this log yet (no receipt carries an audit head).</source>
        <translation>Ningún concentrador ha atestiguado aún esta bitácora (ningún acuse lleva una cabeza de bitácora).</translation>
    </message>
    <message numerus="yes">
        <source>%n audit head(s) witnessed by the hubs match, up to entry %1.</source>
        <translation>
            <numerusform>%n cabeza de bitácora atestiguada por los concentradores coincide, hasta la entrada %1.</numerusform>
            <numerusform>%n cabezas de bitácora atestiguadas por los concentradores coinciden, hasta la entrada %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n witnessed head(s) belong to entries a restore replaced.</source>
        <translation>
            <numerusform>%n cabeza atestiguada corresponde a entradas que reemplazó una restauración.</numerusform>
            <numerusform>%n cabezas atestiguadas corresponden a entradas que reemplazó una restauración.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the station&apos;s signing key too (when the old passphrase may have leaked): then send a new enrollment request to each hub, whose operator revokes the old key.</source>
        <translation>Reemplaza también la clave de firma de la estación (cuando la frase de acceso anterior pudo filtrarse): después envíe una nueva solicitud de registro a cada concentrador, cuyo operador revoca la clave anterior.</translation>
    </message>
    <message>
        <source>The signing key was not replaced: %1</source>
        <translation>La clave de firma no se reemplazó: %1</translation>
    </message>
    <message>
        <source>New signing key: %1. Write a new enrollment request (actacapture enrollment-request FILE) for each hub; until its operator revokes the old key and enrolls this one, the hub refuses new records (retry them with &quot;actacapture upstream retry-refused&quot;).</source>
        <translation>Nueva clave de firma: %1. Genere una nueva solicitud de registro (actacapture enrollment-request ARCHIVO) para cada concentrador; hasta que su operador revoque la clave anterior y registre esta, el concentrador rechaza los registros nuevos (reinténtelos con &quot;actacapture upstream retry-refused&quot;).</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes.</source>
        <translation>%1 ocupa más de %2 bytes.</translation>
    </message>
    <message>
        <source>%1 was signed by hub key %2, not by the key given (%3).</source>
        <translation>%1 fue firmado con la clave de concentrador %2, no con la clave indicada (%3).</translation>
    </message>
    <message>
        <source>%1: the summary&apos;s signature does not hold: the file was changed after the hub wrote it.</source>
        <translation>%1: la firma del resumen no es válida: el archivo se modificó después de que el concentrador lo escribió.</translation>
    </message>
    <message>
        <source>%1 holds %2 receipt(s), not the %3 its signed summary names: receipts were removed.</source>
        <translation>%1 contiene %2 acuse(s), no los %3 que indica su resumen firmado: se quitaron acuses.</translation>
    </message>
    <message>
        <source>--witnessed and --hub-key go together: the hub&apos;s list and the hub&apos;s public key (as &quot;actahub init&quot; printed it, or from GET /v1/hub).</source>
        <translation>--witnessed y --hub-key van juntos: la lista del concentrador y la clave pública del concentrador (como la mostró &quot;actahub init&quot;, o de GET /v1/hub).</translation>
    </message>
    <message>
        <source>The hub&apos;s list (exported %1) holds %2 head(s), up to record %3 and audit entry %4.</source>
        <translation>La lista del concentrador (exportada el %1) contiene %2 cabeza(s), hasta el registro %3 y la entrada de bitácora %4.</translation>
    </message>
    <message>
        <source>Compared with the receipts kept in this station only: someone holding the passphrase can replace those too. The hub&apos;s own list (--witnessed) is the independent check.</source>
        <translation>Se comparó solo con los acuses guardados en esta estación: quien tenga la frase de acceso también puede reemplazarlos. La lista del propio concentrador (--witnessed) es la verificación independiente.</translation>
    </message>
    <message>
        <source>Take scanned actas into the station, with how they came in.</source>
        <translation>Recibe actas escaneadas en la estación, con la forma en que llegaron.</translation>
    </message>
    <message>
        <source>%1: rejected, not stored</source>
        <translation>%1: rechazada, no se guardó</translation>
    </message>
    <message>
        <source>%1: its CLAVE_ACTA could not be read; not stored (type it twice in the intake view)</source>
        <translation>%1: no se pudo leer su CLAVE_ACTA; no se guardó (escríbala dos veces en la vista de recepción)</translation>
    </message>
    <message>
        <source>%1: acta %2 is not in the catalog; not stored</source>
        <translation>%1: el acta %2 no está en el catálogo; no se guardó</translation>
    </message>
    <message>
        <source>%1: not stored: %2</source>
        <translation>%1: no se guardó: %2</translation>
    </message>
    <message>
        <source>%1: acta %2 stored (%3, %4)</source>
        <translation>%1: acta %2 guardada (%3, %4)</translation>
    </message>
    <message>
        <source>Duplicate warning: this very file was already stored for acta %1.</source>
        <translation>Aviso de duplicado: este mismo archivo ya se guardó para el acta %1.</translation>
    </message>
    <message>
        <source>Duplicate warning: this page looks like the same sheet as acta %1.</source>
        <translation>Aviso de duplicado: esta página parece la misma hoja que el acta %1.</translation>
    </message>
    <message>
        <source>Takes scanned actas into the station, as the intake view does: each page is checked and read, and accepted pages of catalog actas are stored with their image and how they came in, ready for entry 1. Pages whose identity cannot be read are not stored (type their CLAVE_ACTA in the intake view). Folders are read for PNG, JPEG and TIFF files.
Exit status: 0 when every page was stored, 1 when some were not.</source>
        <translation>Recibe actas escaneadas en la estación, como la vista de recepción: cada página se verifica y se lee, y las páginas aceptadas de actas del catálogo se guardan con su imagen y la forma en que llegaron, listas para la captura 1. Las páginas cuya identidad no se puede leer no se guardan (escriba su CLAVE_ACTA en la vista de recepción). De las carpetas se leen los archivos PNG, JPEG y TIFF.
Código de salida: 0 cuando se guardaron todas las páginas, 1 cuando alguna no.</translation>
    </message>
    <message>
        <source>How the scans came in: %1 (scanner at the CATD, the default), %2 (photograph at the CATD) or %3 (photograph from the casilla).</source>
        <translation>Cómo llegaron las imágenes: %1 (escáner del CATD, predeterminado), %2 (fotografía en el CATD) o %3 (fotografía desde la casilla).</translation>
    </message>
    <message>
        <source>Which copy of the acta was scanned, as the publication names it: %1 (default &quot;%2&quot;).</source>
        <translation>Qué copia del acta se digitalizó, como la nombra la publicación: %1 (predeterminado &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) stored</source>
        <translation>
            <numerusform>%n página guardada</numerusform>
            <numerusform>%n páginas guardadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not stored.</source>
        <translation>
            <numerusform>%n no se guardó.</numerusform>
            <numerusform>%n no se guardaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>Station %1 (%2, %3) created in %4; first administrator: %5.</source>
        <translation>Estación %1 (%2, %3) creada en %4; primer administrador: %5.</translation>
    </message>
    <message>
        <source>A drill (simulacro) station: its own store (default folder %1), never the operational one; without this option a drill station is refused.</source>
        <translation>Una estación de simulacro: su propio almacén (carpeta predeterminada %1), nunca el de la operación; sin esta opción se rechaza una estación de simulacro.</translation>
    </message>
    <message>
        <source>A drill&apos;s sheet: SIMULACRO in its title and footer.</source>
        <translation>La hoja de un simulacro: SIMULACRO en su título y su pie.</translation>
    </message>
    <message>
        <source>There is no operational station in %1, but there is a drill (simulacro) station in %2: add --simulation to work on the drill.</source>
        <translation>No hay estación de la operación en %1, pero sí una estación de simulacro en %2: agregue --simulation para trabajar en el simulacro.</translation>
    </message>
    <message>
        <source>Drills (simulacros): generate one, load its key, play it, score it.</source>
        <translation>Simulacros: genere uno, cargue su clave, reprodúzcalo y evalúelo.</translation>
    </message>
    <message>
        <source>--share takes KIND=SHARE with a share from 0 to 1 and KIND one of: %1.</source>
        <translation>--share recibe TIPO=PROPORCIÓN, con PROPORCIÓN de 0 a 1 y TIPO uno de: %1.</translation>
    </message>
    <message>
        <source>Writes a drill: filled acta scans with handwritten figures and scan defects, with injected contingencies, into FOLDER/%1, the list of packages without their acta (%2), and the trainer&apos;s answer key, sealed with the trainer&apos;s passphrase (from %3, or asked). The same seed gives the same files, byte for byte. Give the clerks the scans folder only.</source>
        <translation>Escribe un simulacro: escaneos de actas llenadas con cifras manuscritas y defectos de escaneo, con contingencias inyectadas, en CARPETA/%1; la lista de paquetes sin su acta (%2), y la clave de respuestas del capacitador, sellada con la frase de acceso del capacitador (se toma de %3 o se solicita). La misma semilla produce los mismos archivos, byte por byte. Entregue a los capturistas solo la carpeta de escaneos.</translation>
    </message>
    <message>
        <source>Number of actas (default 100).</source>
        <translation>Número de actas (predeterminado: 100).</translation>
    </message>
    <message>
        <source>Folder for the drill.</source>
        <translation>Carpeta del simulacro.</translation>
    </message>
    <message>
        <source>The arrivals spread over this many minutes of the night (default 480).</source>
        <translation>Minutos de la noche en los que se reparten las llegadas (predeterminado: 480).</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>The drill&apos;s name (default SIM-&lt;seed&gt;-&lt;actas&gt;).</source>
        <translation>Nombre del simulacro (predeterminado: SIM-&lt;semilla&gt;-&lt;actas&gt;).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>One contingency&apos;s share of the actas, e.g. blurred=0.05 (repeatable; the rest keep their default).</source>
        <translation>Proporción de las actas con una contingencia, p. ej., blurred=0.05 (se puede repetir; las demás conservan su valor predeterminado).</translation>
    </message>
    <message>
        <source>kind=share</source>
        <translation>tipo=proporción</translation>
    </message>
    <message>
        <source>Where the sealed answer key goes (default FOLDER/%1).</source>
        <translation>Dónde se guarda la clave de respuestas sellada (predeterminado: CARPETA/%1).</translation>
    </message>
    <message>
        <source>Name the drill&apos;s folder with --out.</source>
        <translation>Indique la carpeta del simulacro con --out.</translation>
    </message>
    <message>
        <source>--actas must be a whole number from 1 to %1.</source>
        <translation>--actas debe ser un número entero de 1 a %1.</translation>
    </message>
    <message>
        <source>--night-minutes must be a whole number.</source>
        <translation>--night-minutes debe ser un número entero.</translation>
    </message>
    <message>
        <source>The answer key must not go into the scans folder %1.</source>
        <translation>La clave de respuestas no debe guardarse en la carpeta de escaneos %1.</translation>
    </message>
    <message>
        <source>Trainer&apos;s passphrase for the answer key: </source>
        <translation>Frase de acceso del capacitador para la clave de respuestas: </translation>
    </message>
    <message>
        <source>%1 of %2 pages drawn</source>
        <translation>%1 de %2 páginas generadas</translation>
    </message>
    <message>
        <source>Loads a drill&apos;s sealed answer key (drill generate) into the drill station, for scoring. Its passphrase comes from %1, or is asked. Trainers only.</source>
        <translation>Carga la clave de respuestas sellada de un simulacro (drill generate) en la estación de simulacro, para evaluarlo. Su frase de acceso se toma de %1 o se solicita. Solo para capacitadores.</translation>
    </message>
    <message>
        <source>key-file</source>
        <translation>archivo-clave</translation>
    </message>
    <message>
        <source>The sealed answer key.</source>
        <translation>La clave de respuestas sellada.</translation>
    </message>
    <message>
        <source>Passphrase of the answer key: </source>
        <translation>Frase de acceso de la clave de respuestas: </translation>
    </message>
    <message>
        <source>Drill %1 loaded: %2 scans, %3 actas expected.</source>
        <translation>Simulacro %1 cargado: %2 escaneos, %3 actas esperadas.</translation>
    </message>
    <message>
        <source>Starts a loaded drill: its scans go into the hot folder as the night goes by, squeezed into --minutes. Runs until every scan is copied. Trainers only.</source>
        <translation>Inicia un simulacro cargado: sus escaneos llegan a la carpeta vigilada conforme transcurre la noche, comprimida en --minutes. Se ejecuta hasta copiar todos los escaneos. Solo para capacitadores.</translation>
    </message>
    <message>
        <source>The drill&apos;s scans folder.</source>
        <translation>Carpeta de escaneos del simulacro.</translation>
    </message>
    <message>
        <source>The station&apos;s hot folder.</source>
        <translation>Carpeta de entrada de la estación.</translation>
    </message>
    <message>
        <source>How long the drill&apos;s night lasts (default 60).</source>
        <translation>Duración de la noche del simulacro, en minutos (predeterminado: 60).</translation>
    </message>
    <message>
        <source>Which drill (default: the newest loaded).</source>
        <translation>Qué simulacro (predeterminado: el cargado más recientemente).</translation>
    </message>
    <message>
        <source>Name the drill&apos;s scans with --scans and the hot folder with --hot-folder.</source>
        <translation>Indique los escaneos del simulacro con --scans y la carpeta vigilada con --hot-folder.</translation>
    </message>
    <message>
        <source>--minutes must be a whole number from 1 to 1440.</source>
        <translation>--minutes debe ser un número entero de 1 a 1440.</translation>
    </message>
    <message>
        <source>%1 into the hot folder (%2 of %3)</source>
        <translation>%1 a la carpeta vigilada (%2 de %3)</translation>
    </message>
    <message>
        <source>Drill %1: %2 scans played into %3.</source>
        <translation>Simulacro %1: se enviaron %2 escaneos a %3.</translation>
    </message>
    <message>
        <source>The trainer&apos;s report of a drill: the station&apos;s work scored against the answer key, as PDF (with charts) and, with --csv, as CSV. Trainers only.</source>
        <translation>Reporte del capacitador sobre un simulacro: el trabajo de la estación evaluado contra la clave de respuestas, en PDF (con gráficas) y, con --csv, en CSV. Solo para capacitadores.</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>El PDF que se escribirá.</translation>
    </message>
    <message>
        <source>Also write the figures as CSV.</source>
        <translation>También escribe las cifras en CSV.</translation>
    </message>
    <message>
        <source>Name the report with --out FILE.pdf (and --csv FILE.csv).</source>
        <translation>Indique el reporte con --out ARCHIVO.pdf (y --csv ARCHIVO.csv).</translation>
    </message>
    <message>
        <source>Drill %1: %2 of %3 actas finished, %4 of %5 contingencies handled right, %6 dispute(s). Written: %7</source>
        <translation>Simulacro %1: %2 de %3 actas concluidas, %4 de %5 contingencias atendidas correctamente, %6 discrepancia(s). Archivos escritos: %7</translation>
    </message>
    <message>
        <source>The refusal could not be recorded in the audit log: %1</source>
        <translation>No se pudo registrar el rechazo en la bitácora de auditoría: %1</translation>
    </message>
    <message>
        <source>Seed (default: a random one, printed). With the same passphrase, the same seed gives the same drill; the seed alone gives nothing.</source>
        <translation>Semilla (predeterminada: una al azar, que se imprime). Con la misma frase de acceso, la misma semilla da el mismo simulacro; la semilla sola no da nada.</translation>
    </message>
    <message>
        <source>Drill %1 (seed %8): %2 actas, %3 scans in %4, %5 packages without acta, %6 actas with a contingency. Answer key: %7</source>
        <translation>Simulacro %1 (semilla %8): %2 actas, %3 escaneos en %4, %5 paquetes sin acta, %6 actas con una contingencia. Clave de respuestas: %7</translation>
    </message>
    <message>
        <source>%1 may not run drills.</source>
        <translation>%1 no puede conducir simulacros.</translation>
    </message>
    <message>
        <source>A drill&apos;s answer key can only be loaded into a drill station.</source>
        <translation>La clave de respuestas de un simulacro solo se puede cargar en una estación de simulacro.</translation>
    </message>
    <message>
        <source>drill %1</source>
        <translation>simulacro %1</translation>
    </message>
    <message>
        <source>%1 may not score drills.</source>
        <translation>%1 no puede evaluar simulacros.</translation>
    </message>
    <message>
        <source>Drill %1 was made for the election template %2 version %3, not %4 version %5: name its files with --template and --catalog.</source>
        <translation>El simulacro %1 se hizo para la plantilla de elección %2 versión %3, no %4 versión %5: indique sus archivos con --template y --catalog.</translation>
    </message>
    <message>
        <source>Drills (simulacros), in the order a trainer runs them:
  drill generate   write a drill&apos;s scans and its sealed answer key (no station needed)
  drill load       put the answer key into the drill station (--simulation)
  drill start      play the scans into the station&apos;s hot folder over the drill&apos;s minutes
  drill report     score the clerks&apos; work against the key: PDF and CSV
Each has --help. The key&apos;s passphrase comes from %1, or is asked.</source>
        <translation>Simulacros, en el orden en que los conduce un capacitador:
  drill generate   escribe los escaneos del simulacro y su clave de respuestas sellada (sin estación)
  drill load       carga la clave de respuestas en la estación de simulacro (--simulation)
  drill start      envía los escaneos a la carpeta vigilada de la estación durante los minutos del simulacro
  drill report     evalúa el trabajo de los capturistas contra la clave: PDF y CSV
Cada uno tiene --help. La frase de acceso de la clave se toma de %1 o se solicita.</translation>
    </message>
    <message>
        <source>With %1 actas these contingencies got no acta (raise --actas or their --share): %2.</source>
        <translation>Con %1 actas estas contingencias no recibieron ninguna acta (aumente --actas o su --share): %2.</translation>
    </message>
    <message>
        <source>Certifies the start of operations: the installed software equals the reference the auditors made, and the store is blank (no acta, entry, image, outbox record or drill; only set-up events in the audit log). Writes the certificate as PDF, for the notary&apos;s and witnesses&apos; signatures, and as JSON signed with the station&apos;s key. Refuses, naming what is there, when the store is not blank. Administrators.</source>
        <translation>Certifica el inicio de operaciones: el software instalado es igual a la referencia que hicieron los auditores, y el almacén está en blanco (sin actas, capturas, imágenes, registros en la bandeja de salida ni simulacros; en la bitácora de auditoría, solo eventos de configuración). Escribe el certificado en PDF, para las firmas del notario y de los testigos, y en JSON firmado con la clave de la estación. Si el almacén no está en blanco, se niega e indica lo que contiene. Solo para administradores.</translation>
    </message>
    <message>
        <source>Certifies the close of operations: the software fingerprint again, the actas by state and by OBSERVACIONES, the last receipt of each hub and the audit head. Writes the certificate as PDF and as JSON signed with the station&apos;s key. Administrators.</source>
        <translation>Certifica el cierre de operaciones: de nuevo la huella del software, las actas por estado y por OBSERVACIONES, el último acuse de cada concentrador y la cabeza de la bitácora de auditoría. Escribe el certificado en PDF y en JSON firmado con la clave de la estación. Solo para administradores.</translation>
    </message>
    <message>
        <source>The reference fingerprint the auditors made (actacapture fingerprint --output FILE).</source>
        <translation>La huella de referencia que hicieron los auditores (actacapture fingerprint --output ARCHIVO).</translation>
    </message>
    <message>
        <source>Where to write the certificate (default: the station folder&apos;s %1).</source>
        <translation>Dónde escribir el certificado (predeterminado: %1 en la carpeta de la estación).</translation>
    </message>
    <message>
        <source>Name the reference fingerprint with --reference FILE.</source>
        <translation>Indique la huella de referencia con --reference ARCHIVO.</translation>
    </message>
    <message>
        <source>Certificate written:
  %1
  %2 (signed; its SHA-256 %3 is printed on the PDF)</source>
        <translation>Certificado escrito:
  %1
  %2 (firmado; su SHA-256 %3 está impreso en el PDF)</translation>
    </message>
    <message>
        <source>Certificates for the notary (docs/certification.md):
  certify start   the software is the reference&apos;s and the store is blank
  certify close   the final state: actas, receipts, audit head
  certify check   check a certificate&apos;s signed JSON
Each has --help.</source>
        <translation>Certificados para el notario (docs/certification.md):
  certify start   el software es el de la referencia y el almacén está en blanco
  certify close   el estado final: actas, acuses, cabeza de la bitácora
  certify check   verifica el JSON firmado de un certificado
Cada uno tiene --help.</translation>
    </message>
    <message>
        <source>SHA-256 of every installed file and their combined digest; --verify against a reference.</source>
        <translation>SHA-256 de cada archivo instalado y su resumen combinado; --verify compara con una referencia.</translation>
    </message>
    <message>
        <source>Certificates for the notary: start and close of operations (PDF and signed JSON).</source>
        <translation>Certificados para el notario: inicio y cierre de operaciones (PDF y JSON firmado).</translation>
    </message>
    <message>
        <source>Every record the station signed, one per line, to check a published cut (actaverify --records).</source>
        <translation>Todos los registros que firmó la estación, uno por línea, para verificar un corte publicado (actaverify --records).</translation>
    </message>
    <message>
        <source>Writes every record this station signed, acknowledged or not, one signed envelope per line (the bytes it sent the hubs), for &quot;actaverify CUT --records FILE&quot;: a party representative or auditor can then check that the published cut shows the latest version of each of the station&apos;s actas and leaves none out.</source>
        <translation>Escribe todos los registros que firmó esta estación, con acuse o sin él, un sobre firmado por línea (los bytes que envió a los concentradores), para &quot;actaverify CORTE --records ARCHIVO&quot;: así, un representante de partido o un auditor puede verificar que el corte publicado muestra la versión más reciente de cada una de las actas de la estación y que no omite ninguna.</translation>
    </message>
    <message>
        <source>The records file to write (JSON lines).</source>
        <translation>Archivo de registros que se escribirá (líneas JSON).</translation>
    </message>
    <message numerus="yes">
        <source>%n signed record(s) of station %1 written to %2.</source>
        <translation>
            <numerusform>%n registro firmado de la estación %1 escrito en %2.</numerusform>
            <numerusform>%n registros firmados de la estación %1 escritos en %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>--hub-key: %1</source>
        <translation>--hub-key: %1</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Language of messages (es_MX, en).</source>
        <translation>Idioma de los mensajes (es_MX, en).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Election template JSON (default: the embedded sample).</source>
        <translation>Archivo JSON de la plantilla de elección (predeterminado: la elección de ejemplo integrada).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Casilla catalog CSV (default: the embedded sample).</source>
        <translation>Archivo CSV del catálogo de casillas (predeterminado: el catálogo de ejemplo integrado).</translation>
    </message>
    <message>
        <source>--template and --catalog go together.</source>
        <translation>--template y --catalog deben indicarse juntos.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; messages stay in %2 (available: %3).</source>
        <translation>Idioma desconocido &quot;%1&quot;; los mensajes siguen en %2 (disponibles: %3).</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
</context>
<context>
    <name>CutManifest</name>
    <message>
        <source>The manifest needs the election&apos;s and the template&apos;s ids.</source>
        <translation>El manifiesto necesita los id de la elección y de la plantilla.</translation>
    </message>
    <message>
        <source>The manifest needs the cut&apos;s time.</source>
        <translation>El manifiesto necesita la hora del corte.</translation>
    </message>
    <message>
        <source>The manifest needs the cut&apos;s archive name and the hub&apos;s public key.</source>
        <translation>El manifiesto necesita el nombre del archivo zip del corte y la clave pública del concentrador.</translation>
    </message>
    <message>
        <source>A manifest lists 1 to %1 files, not %2.</source>
        <translation>Un manifiesto lista de 1 a %1 archivos, no %2.</translation>
    </message>
    <message>
        <source>The manifest&apos;s entry %1 is not a file name with its hash and size.</source>
        <translation>La entrada %1 del manifiesto no es un nombre de archivo con su hash y su tamaño.</translation>
    </message>
    <message>
        <source>The manifest has %1 bytes, more than the %2 allowed.</source>
        <translation>El manifiesto tiene %1 bytes, más de los %2 permitidos.</translation>
    </message>
    <message>
        <source>%1: unknown field</source>
        <translation>%1: campo desconocido</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: falta</translation>
    </message>
    <message>
        <source>%1: expected &quot;%2&quot; (a newer format needs a newer actaverify)</source>
        <translation>%1: se esperaba &quot;%2&quot; (un formato más reciente requiere un actaverify más reciente)</translation>
    </message>
    <message>
        <source>%1: expected an id</source>
        <translation>%1: se esperaba un id</translation>
    </message>
    <message>
        <source>%1: expected a UTC time like 2027-06-06T04:00:00.000Z</source>
        <translation>%1: se esperaba una fecha y hora UTC como 2027-06-06T04:00:00.000Z</translation>
    </message>
    <message>
        <source>%1: expected &quot;produccion&quot; or &quot;simulacro&quot;</source>
        <translation>%1: se esperaba &quot;produccion&quot; o &quot;simulacro&quot;</translation>
    </message>
    <message>
        <source>%1: expected true or false</source>
        <translation>%1: se esperaba true o false</translation>
    </message>
    <message>
        <source>%1: expected the name of a .zip file</source>
        <translation>%1: se esperaba el nombre de un archivo .zip</translation>
    </message>
    <message>
        <source>%1: expected %2 bytes in base64</source>
        <translation>%1: se esperaban %2 bytes en base64</translation>
    </message>
    <message>
        <source>%1: not the fingerprint of %2</source>
        <translation>%1: no es la huella de %2</translation>
    </message>
    <message>
        <source>%1: expected an object of 1 to %2 files</source>
        <translation>%1: se esperaba un objeto de 1 a %2 archivos</translation>
    </message>
    <message>
        <source>%1: not a plain file name</source>
        <translation>%1: no es un nombre de archivo simple</translation>
    </message>
    <message>
        <source>%1: expected {&quot;sha256&quot;: 64 lowercase hex digits, &quot;size&quot;: bytes}</source>
        <translation>%1: se esperaba {&quot;sha256&quot;: 64 dígitos hexadecimales en minúsculas, &quot;size&quot;: bytes}</translation>
    </message>
    <message>
        <source>%1 has %2 bytes; a signature file has about 90.</source>
        <translation>%1 tiene %2 bytes; un archivo de firma tiene unos 90.</translation>
    </message>
    <message>
        <source>%1 does not hold %2 bytes in base64 on one line.</source>
        <translation>%1 no contiene %2 bytes en base64 en una sola línea.</translation>
    </message>
</context>
<context>
    <name>CutSource</name>
    <message>
        <source>%1 is not a file in %2.</source>
        <translation>%1 no es un archivo en %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 has %2 bytes, more than the %3 this program reads.</source>
        <translation>%1 tiene %2 bytes, más de los %3 que lee este programa.</translation>
    </message>
    <message>
        <source>%1 grew past %2 bytes while it was read.</source>
        <translation>%1 creció a más de %2 bytes mientras se leía.</translation>
    </message>
    <message>
        <source>%1 is not in %2.</source>
        <translation>%1 no está en %2.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a file.</source>
        <translation>%1 no es una carpeta ni un archivo.</translation>
    </message>
</context>
<context>
    <name>CutVerifier</name>
    <message>
        <source>not checked (give a folder of acta images with --images).</source>
        <translation>sin revisar (indique una carpeta de imágenes de actas con --images).</translation>
    </message>
    <message>
        <source>not checked: it needs resultados.csv (above).</source>
        <translation>sin revisar: necesita resultados.csv (arriba).</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>sin revisar</translation>
    </message>
    <message>
        <source>%1 holds more than %2 files; the rest were not read.</source>
        <translation>%1 contiene más de %2 archivos; el resto no se leyó.</translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1 has %2 bytes, more than the %3 this program reads for an image.</source>
        <translation>%1 tiene %2 bytes, más de los %3 que este programa lee para una imagen.</translation>
    </message>
    <message>
        <source>%1 is named after acta %2, but it is the image of acta %3 (SHA-256 %4).</source>
        <translation>%1 lleva el nombre del acta %2, pero es la imagen del acta %3 (SHA-256 %4).</translation>
    </message>
    <message>
        <source>(a side of a dispute)</source>
        <translation>(una de las versiones en discrepancia)</translation>
    </message>
    <message>
        <source>%1: SHA-256 %2, but the row of acta %3 says %4: not the image the station signed.</source>
        <translation>%1: SHA-256 %2, pero la fila del acta %3 dice %4: no es la imagen que firmó la estación.</translation>
    </message>
    <message>
        <source>%1 is named after SHA-256 %2, but its content&apos;s SHA-256 is %3.</source>
        <translation>%1 lleva el nombre del SHA-256 %2, pero el SHA-256 de su contenido es %3.</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2) is the image of no row of the cut.</source>
        <translation>%1 (SHA-256 %2) no es la imagen de ninguna fila del corte.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with an image SHA-256 have no image in %1: %2</source>
        <translation>
            <numerusform>%n fila con SHA-256 de imagen no tiene imagen en %1: %2</numerusform>
            <numerusform>%n filas con SHA-256 de imagen no tienen imagen en %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 rows with an image found in %3; %n file(s) read.</source>
        <translation>
            <numerusform>en %3 están las imágenes de %1 de %2 filas con imagen; se leyó %n archivo.</numerusform>
            <numerusform>en %3 están las imágenes de %1 de %2 filas con imagen; se leyeron %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not checked: the stations&apos; keys cannot be read.</source>
        <translation>sin revisar: no se pueden leer las claves de las estaciones.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 no es un archivo regular.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 has %2 bytes, more than the %3 this program reads.</source>
        <translation>%1 tiene %2 bytes, más de los %3 que lee este programa.</translation>
    </message>
    <message>
        <source>not checked: the records cannot be read.</source>
        <translation>sin revisar: no se pueden leer los registros.</translation>
    </message>
    <message>
        <source>%1: the last line has no line feed; the file may be cut short.</source>
        <translation>%1: la última línea no tiene salto de línea; es posible que el archivo esté truncado.</translation>
    </message>
    <message>
        <source>%1: more than %2 records; the rest were not read.</source>
        <translation>%1: más de %2 registros; el resto no se leyó.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <source>%1, line %2 (acta %3, station %4, version %5)</source>
        <translation>%1, línea %2 (acta %3, estación %4, versión %5)</translation>
    </message>
    <message>
        <source>%1: signed with key %2, which %3 does not list.</source>
        <translation>%1: firmado con la clave %2, que %3 no incluye.</translation>
    </message>
    <message>
        <source>%1: signed with key %2, which %3 gives to station %4.</source>
        <translation>%1: firmado con la clave %2, que %3 asigna a la estación %4.</translation>
    </message>
    <message>
        <source>%1: the station&apos;s signature does not hold: the record was changed after the station signed it.</source>
        <translation>%1: la firma de la estación no es válida: el registro se modificó después de que la estación lo firmó.</translation>
    </message>
    <message>
        <source>%1: a production record in a drill cut.</source>
        <translation>%1: un registro de producción en un corte de simulacro.</translation>
    </message>
    <message>
        <source>%1: a drill (simulacro) record in a production cut.</source>
        <translation>%1: un registro de simulacro en un corte de producción.</translation>
    </message>
    <message>
        <source>%1: a record of template %2, not of the cut&apos;s %3.</source>
        <translation>%1: un registro de la plantilla %2, no de la plantilla del corte (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) signed with a key the hub revoked later (revoked_at in %1); the hub takes nothing signed with a key after revoking it.</source>
        <translation>
            <numerusform>%n registro firmado con una clave que el concentrador revocó después (revoked_at en %1); el concentrador no acepta nada firmado con una clave después de revocarla.</numerusform>
            <numerusform>%n registros firmados con una clave que el concentrador revocó después (revoked_at en %1); el concentrador no acepta nada firmado con una clave después de revocarla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in %1, each signed by its station&apos;s published key.</source>
        <translation>
            <numerusform>%n registro en %1, firmado con la clave publicada de su estación.</numerusform>
            <numerusform>%n registros en %1, cada uno firmado con la clave publicada de su estación.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 records in %3 hold.</source>
        <translation>%1 de %2 registros en %3 son válidos.</translation>
    </message>
    <message>
        <source>not checked: it needs resultados.csv, the template and the records (above).</source>
        <translation>sin revisar: necesita resultados.csv, la plantilla y los registros (arriba).</translation>
    </message>
    <message>
        <source>resultados.csv, line %1 (acta %2)</source>
        <translation>resultados.csv, línea %1 (acta %2)</translation>
    </message>
    <message>
        <source>%1: no signed record of it is published in %2.</source>
        <translation>%1: %2 no contiene ningún registro firmado de esta acta.</translation>
    </message>
    <message>
        <source>%1: the row says the acta was not received, but station %2 signed a record of it (%3, line %4).</source>
        <translation>%1: la fila dice que el acta no se recibió, pero la estación %2 firmó un registro de ella (%3, línea %4).</translation>
    </message>
    <message>
        <source>%1: published as in dispute between stations, but %2 holds no two stations&apos; records that disagree.</source>
        <translation>%1: se publicó como en discrepancia entre estaciones, pero %2 no contiene registros de dos estaciones que difieran.</translation>
    </message>
    <message>
        <source>%1, %2: an acta in dispute shows no figures, this row shows &quot;%3&quot;.</source>
        <translation>%1, %2: un acta en discrepancia no muestra cifras; esta fila muestra &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1: %2 records of it are published, but its row is not in dispute.</source>
        <translation>%1: se publican %2 registros de esta acta, pero su fila no está en discrepancia.</translation>
    </message>
    <message>
        <source>%1: not an acta key: %2</source>
        <translation>%1: no es una clave de acta: %2</translation>
    </message>
    <message>
        <source>%1, %2: the row says &quot;%3&quot;, station %4 signed &quot;%5&quot; (%6, line %7).</source>
        <translation>%1, %2: la fila dice &quot;%3&quot;; la estación %4 firmó &quot;%5&quot; (%6, línea %7).</translation>
    </message>
    <message>
        <source>%1, line %2: a record of acta %3, which has no row in resultados.csv.</source>
        <translation>%1, línea %2: un registro del acta %3, que no tiene fila en resultados.csv.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) agree with the latest record their station signed.</source>
        <translation>
            <numerusform>%n fila coincide con el último registro que firmó su estación.</numerusform>
            <numerusform>%n filas coinciden con el último registro que firmó su estación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) compared; not all agree.</source>
        <translation>
            <numerusform>%n fila comparada; no todo coincide.</numerusform>
            <numerusform>%n filas comparadas; no todo coincide.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not listed in the manifest.</source>
        <translation>%1 no aparece en el manifiesto.</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifiesto</translation>
    </message>
    <message>
        <source>without a manifest signed by the hub key you gave, nothing in %1 can be trusted; the other checks were not run.</source>
        <translation>sin un manifiesto firmado con la clave del concentrador que usted indicó, nada en %1 es confiable; las demás revisiones no se hicieron.</translation>
    </message>
    <message>
        <source>Cut %1 of election %2 (template %3), %4, cut at %5 UTC%6.</source>
        <translation>Corte %1 de la elección %2 (plantilla %3), %4, con corte al %5 UTC%6.</translation>
    </message>
    <message>
        <source>a DRILL (simulacro)</source>
        <translation>SIMULACRO</translation>
    </message>
    <message>
        <source>production</source>
        <translation>producción</translation>
    </message>
    <message>
        <source>, the final cut</source>
        <translation>, el corte final</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Contadores</translation>
    </message>
    <message>
        <source>Station signatures</source>
        <translation>Firmas de las estaciones</translation>
    </message>
    <message>
        <source>Rows against the records</source>
        <translation>Filas contra los registros</translation>
    </message>
    <message>
        <source>Acta images</source>
        <translation>Imágenes de las actas</translation>
    </message>
    <message>
        <source>%1 has no %2: it is not a signed cut.</source>
        <translation>%1 no tiene %2: no es un corte firmado.</translation>
    </message>
    <message>
        <source>%1 has no %2: the hub is writing the next cut (try again in a moment, or check the cut&apos;s .zip, which carries its own), or the folder is not a signed cut.</source>
        <translation>%1 no tiene %2: el concentrador está escribiendo el siguiente corte (inténtelo de nuevo en un momento, o revise el .zip del corte, que lleva el suyo), o la carpeta no es un corte firmado.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <source>%1 is missing: the manifest is not signed.</source>
        <translation>Falta %1: el manifiesto no está firmado.</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>sin firma</translation>
    </message>
    <message>
        <source>%1 names hub key %2, not the hub key you gave (%3): this cut was not signed by the hub you trust, or the key you were given is another one.</source>
        <translation>%1 indica la clave de concentrador %2, no la clave de concentrador que usted indicó (%3): este corte no lo firmó el concentrador en el que usted confía, o la clave que le dieron es otra.</translation>
    </message>
    <message>
        <source>another hub&apos;s key</source>
        <translation>clave de otro concentrador</translation>
    </message>
    <message>
        <source>%1: the signature does not hold with hub key %2: %3 was changed after the hub signed it, or another key signed it.</source>
        <translation>%1: la firma no es válida con la clave de concentrador %2: %3 se modificó después de que el concentrador lo firmó, o lo firmó otra clave.</translation>
    </message>
    <message>
        <source>signature does not hold</source>
        <translation>la firma no es válida</translation>
    </message>
    <message numerus="yes">
        <source>signed by hub key %1; it lists %n file(s).</source>
        <translation>
            <numerusform>firmado con la clave de concentrador %1; lista %n archivo.</numerusform>
            <numerusform>firmado con la clave de concentrador %1; lista %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is listed in the manifest but missing.</source>
        <translation>%1 aparece en el manifiesto, pero falta.</translation>
    </message>
    <message>
        <source>%1: SHA-256 %2 (%3 bytes); the manifest says %4 (%5 bytes): the file was changed after the hub signed the cut.</source>
        <translation>%1: SHA-256 %2 (%3 bytes); el manifiesto dice %4 (%5 bytes): el archivo se modificó después de que el concentrador firmó el corte.</translation>
    </message>
    <message>
        <source>%1 is in the cut but not in the manifest: nothing vouches for it.</source>
        <translation>%1 está en el corte pero no en el manifiesto: nadie responde por él.</translation>
    </message>
    <message numerus="yes">
        <source>all %n file(s) are as the hub signed them; none missing, none unlisted.</source>
        <translation>
            <numerusform>el %n archivo está tal como lo firmó el concentrador; no falta ni sobra ninguno.</numerusform>
            <numerusform>los %n archivos están tal como los firmó el concentrador; no falta ni sobra ninguno.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 listed files as the hub signed them.</source>
        <translation>%1 de %2 archivos listados están tal como los firmó el concentrador.</translation>
    </message>
    <message>
        <source>%1: %2 (without the election&apos;s template the rows cannot be read).</source>
        <translation>%1: %2 (sin la plantilla de la elección no se pueden leer las filas).</translation>
    </message>
    <message>
        <source>%1 is template %2 of election %3; the manifest says template %4 of election %5.</source>
        <translation>%1 es la plantilla %2 de la elección %3; el manifiesto dice plantilla %4 de la elección %5.</translation>
    </message>
    <message>
        <source>resultados.csv cannot be read: %1</source>
        <translation>No se puede leer resultados.csv: %1</translation>
    </message>
    <message>
        <source>resultados.csv, line 1: the manifest says this is a drill, the title lacks (SIMULACRO).</source>
        <translation>resultados.csv, línea 1: el manifiesto dice que es un simulacro, pero al título le falta (SIMULACRO).</translation>
    </message>
    <message>
        <source>resultados.csv, line 1: the title says (SIMULACRO), the manifest says production.</source>
        <translation>resultados.csv, línea 1: el título dice (SIMULACRO), pero el manifiesto dice producción.</translation>
    </message>
    <message>
        <source>resultados.csv, line 2: the cut time is %1, the manifest says %2 (UTC).</source>
        <translation>resultados.csv, línea 2: la hora del corte es %1; el manifiesto dice %2 (UTC).</translation>
    </message>
    <message numerus="yes">
        <source>the 13 counters of line 4 agree with the %n row(s) of resultados.csv.</source>
        <translation>
            <numerusform>los 13 contadores de la línea 4 coinciden con la %n fila de resultados.csv.</numerusform>
            <numerusform>los 13 contadores de la línea 4 coinciden con las %n filas de resultados.csv.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>resultados.csv does not add up (%n row(s) read).</source>
        <translation>
            <numerusform>resultados.csv no cuadra (se leyó %n fila).</numerusform>
            <numerusform>resultados.csv no cuadra (se leyeron %n filas).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2: not &quot;STATION_ID FINGERPRINT&quot; (like EST-01 a1b2-c3d4-e5f6-0718-293a-4b5c-6d7e-8f90).</source>
        <translation>%1, línea %2: no es &quot;ID_ESTACION HUELLA&quot; (como EST-01 a1b2-c3d4-e5f6-0718-293a-4b5c-6d7e-8f90).</translation>
    </message>
    <message>
        <source>%1 gives station %2 %3 keys in service at once (%4): a station has one; the others may be keys the hub made to sign in its name.</source>
        <translation>%1 asigna a la estación %2 %3 claves en servicio a la vez (%4): una estación tiene una sola; las demás podrían ser claves que creó el concentrador para firmar en su nombre.</translation>
    </message>
    <message>
        <source>--station-keys: %1</source>
        <translation>--station-keys: %1</translation>
    </message>
    <message>
        <source>not checked: the stations&apos; keys you gave cannot be read.</source>
        <translation>sin revisar: no se pueden leer las claves de las estaciones que usted indicó.</translation>
    </message>
    <message>
        <source>%1: signed with key %2, which the station keys you gave (%3) do not give to station %4: only the hub vouches for this key.</source>
        <translation>%1: firmado con la clave %2, que las claves de estación que usted indicó (%3) no asignan a la estación %4: solo el concentrador responde por esta clave.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>not checked: it needs resultados.csv and the template (above).</source>
        <translation>sin revisar: necesita resultados.csv y la plantilla (arriba).</translation>
    </message>
    <message>
        <source>%1, %2: it says %3, resultados.csv gives %4.</source>
        <translation>%1, %2: dice %3; resultados.csv da %4.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 no es un objeto JSON: %2</translation>
    </message>
    <message>
        <source>actas[%1] (acta %2)</source>
        <translation>actas[%1] (acta %2)</translation>
    </message>
    <message>
        <source>%1, %2: no row of resultados.csv is this acta, or another entry is.</source>
        <translation>%1, %2: ninguna fila de resultados.csv corresponde a esta acta, u otra entrada ya corresponde a ella.</translation>
    </message>
    <message>
        <source>totales.distritos[%1] (state %2, district %3)</source>
        <translation>totales.distritos[%1] (estado %2, distrito %3)</translation>
    </message>
    <message>
        <source>%1, %2: no row of resultados.csv is in this district, or it is listed twice.</source>
        <translation>%1, %2: ninguna fila de resultados.csv está en este distrito, o el distrito aparece dos veces.</translation>
    </message>
    <message>
        <source>%1, totales.distritos: state %2, district %3 has rows in resultados.csv but no entry.</source>
        <translation>%1, totales.distritos: el estado %2, distrito %3 tiene filas en resultados.csv, pero ninguna entrada.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more difference(s) not listed.</source>
        <translation>
            <numerusform>%1: hay %n diferencia más que no se lista.</numerusform>
            <numerusform>%1: hay %n diferencias más que no se listan.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot;; the template the cut publishes (%4) gives &quot;%5&quot;.</source>
        <translation>%1, línea %2: &quot;%3&quot;; la plantilla que publica el corte (%4) da &quot;%5&quot;.</translation>
    </message>
    <message>
        <source>Not checked in %1: the names of states and districts in totales.distritos, and the sides of each dispute in conflictos (version and image SHA-256).</source>
        <translation>Sin revisar en %1: los nombres de estados y distritos en totales.distritos, y las versiones en discrepancia de cada acta en conflictos (versión y SHA-256 de la imagen).</translation>
    </message>
    <message>
        <source>%1 and %2 agree with resultados.csv and the template.</source>
        <translation>%1 y %2 coinciden con resultados.csv y la plantilla.</translation>
    </message>
    <message>
        <source>%1 or %2 does not agree with resultados.csv and the template.</source>
        <translation>%1 o %2 no coincide con resultados.csv y la plantilla.</translation>
    </message>
    <message>
        <source>%1 is not as the hub signed it (see Files above): not read.</source>
        <translation>%1 no es como lo firmó el concentrador (vea Archivos, arriba): no se leyó.</translation>
    </message>
    <message>
        <source>The archive is named %1; its manifest calls it %2 (a renamed copy, or another cut&apos;s name).</source>
        <translation>El archivo zip se llama %1; su manifiesto lo llama %2 (una copia renombrada, o el nombre de otro corte).</translation>
    </message>
    <message>
        <source>Published totals</source>
        <translation>Totales publicados</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>sin calcular</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Read the figures again (they refresh by themselves every 30 seconds while shown)</source>
        <translation>Volver a leer las cifras (se actualizan solas cada 30 segundos mientras están a la vista)</translation>
    </message>
    <message>
        <source>Actas by state</source>
        <translation>Actas por estado</translation>
    </message>
    <message>
        <source>Export &amp;states (CSV)…</source>
        <translation>Exportar &amp;estados (CSV)…</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Avance en el tiempo</translation>
    </message>
    <message>
        <source>Sync with the upstream center</source>
        <translation>Sincronización con el centro concentrador</translation>
    </message>
    <message>
        <source>Export s&amp;ync (CSV)…</source>
        <translation>Exportar &amp;sincronización (CSV)…</translation>
    </message>
    <message>
        <source>By district</source>
        <translation>Por distrito</translation>
    </message>
    <message>
        <source>Export &amp;districts (CSV)…</source>
        <translation>Exportar &amp;distritos (CSV)…</translation>
    </message>
    <message>
        <source>Inconsistencies</source>
        <translation>Inconsistencias</translation>
    </message>
    <message>
        <source>Export &amp;inconsistencies (CSV)…</source>
        <translation>Exportar &amp;inconsistencias (CSV)…</translation>
    </message>
    <message>
        <source>By clerk</source>
        <translation>Por capturista</translation>
    </message>
    <message>
        <source>Export &amp;clerks (CSV)…</source>
        <translation>Exportar &amp;capturistas (CSV)…</translation>
    </message>
    <message>
        <source>Per hour: entries 1 and 2 over the person&apos;s active span (first to last entry). Disagreements: actas where the person&apos;s entry differed from the figures decided after a dispute; a dispute not yet decided is pending and charges nobody.</source>
        <translation>Por hora: primeras y segundas capturas en el lapso activo de la persona (de la primera a la última captura). Discrepancias: actas donde la captura de la persona difirió de las cifras dictaminadas tras una discrepancia; una discrepancia aún sin dictaminar queda pendiente y no se carga a nadie.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not set up the station store %1 (%2): %3</source>
        <translation>No se pudo configurar la base de datos de la estación %1 (%2): %3</translation>
    </message>
    <message>
        <source>Could not set up the station store %1: it refused write-ahead logging (journal mode is &quot;%2&quot;).</source>
        <translation>No se pudo configurar la base de datos de la estación %1: no aceptó el registro de escritura anticipada (WAL); el modo de diario es &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 decrypts, but it is not an ActaCapture station store (application id %2).</source>
        <translation>%1 se puede descifrar, pero no es una base de datos de estación de ActaCapture (id de aplicación %2).</translation>
    </message>
    <message>
        <source>The station store %1 does not exist.</source>
        <translation>La base de datos de la estación %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a file, so it cannot be a station store.</source>
        <translation>%1 no es un archivo, así que no puede ser una base de datos de estación.</translation>
    </message>
    <message>
        <source>Could not read the station store %1: %2</source>
        <translation>No se pudo leer la base de datos de la estación %1: %2</translation>
    </message>
    <message>
        <source>The station store %1 is empty (0 bytes): it was truncated or never finished.</source>
        <translation>La base de datos de la estación %1 está vacía (0 bytes): se truncó o nunca se terminó de crear.</translation>
    </message>
    <message>
        <source>%1 is a plain, unencrypted SQLite database, not an encrypted ActaCapture station store.</source>
        <translation>%1 es una base de datos SQLite común, sin cifrar, no una base de datos de estación cifrada de ActaCapture.</translation>
    </message>
    <message>
        <source>The station store %1 is truncated or damaged: its %2 bytes are not a whole number of %3-byte pages.</source>
        <translation>La base de datos de la estación %1 está truncada o dañada: sus %2 bytes no corresponden a un número entero de páginas de %3 bytes.</translation>
    </message>
    <message>
        <source>The passphrase of a station store must not be empty.</source>
        <translation>La frase de acceso de una base de datos de estación no debe estar vacía.</translation>
    </message>
    <message>
        <source>Will not create a station store at %1: %2 already exists, and an existing store is never overwritten.</source>
        <translation>No se creará una base de datos de estación en %1: %2 ya existe, y una base de datos existente nunca se sobrescribe.</translation>
    </message>
    <message>
        <source>Will not create a station store at %1: the folder %2 does not exist.</source>
        <translation>No se creará una base de datos de estación en %1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>Could not create the station store %1: %2</source>
        <translation>No se pudo crear la base de datos de la estación %1: %2</translation>
    </message>
    <message>
        <source>Could not make the station store %1 private to its owner: %2</source>
        <translation>No se pudo restringir el acceso a la base de datos de la estación %1 a su propietario: %2</translation>
    </message>
    <message>
        <source>The keying file %1 of the station store %2 is missing; without it the store cannot be opened. Restore it from the station&apos;s backup.</source>
        <translation>Falta el archivo de claves %1 de la base de datos de la estación %2; sin él, la base de datos no se puede abrir. Restáurelo desde el respaldo de la estación.</translation>
    </message>
    <message>
        <source>The passphrase for the station store %1 is wrong.</source>
        <translation>La frase de acceso de la base de datos de la estación %1 es incorrecta.</translation>
    </message>
    <message>
        <source>The passphrase for the station store %1 is the previous one: a passphrase change was interrupted after it had taken effect. Open the store with the new passphrase.</source>
        <translation>La frase de acceso de la base de datos de la estación %1 es la anterior: un cambio de frase de acceso se interrumpió después de surtir efecto. Abra la base de datos con la frase de acceso nueva.</translation>
    </message>
    <message>
        <source>The passphrase for the station store %1 is the one of a passphrase change that was interrupted before it took effect. Open the store with the previous passphrase.</source>
        <translation>La frase de acceso de la base de datos de la estación %1 es la de un cambio de frase de acceso que se interrumpió antes de surtir efecto. Abra la base de datos con la frase de acceso anterior.</translation>
    </message>
    <message>
        <source>The station store %1 cannot be decrypted with its keying file %2 although the passphrase is right: the database is damaged, or the keying file belongs to another store.</source>
        <translation>La base de datos de la estación %1 no se puede descifrar con su archivo de claves %2 aunque la frase de acceso es correcta: la base de datos está dañada o el archivo de claves pertenece a otra base de datos.</translation>
    </message>
    <message>
        <source>The station store %1 is damaged or truncated: %2</source>
        <translation>La base de datos de la estación %1 está dañada o truncada: %2</translation>
    </message>
    <message>
        <source>Could not open the station store %1: %2</source>
        <translation>No se pudo abrir la base de datos de la estación %1: %2</translation>
    </message>
    <message>
        <source>Could not finish the interrupted passphrase change of %1: %2</source>
        <translation>No se pudo concluir el cambio interrumpido de frase de acceso de %1: %2</translation>
    </message>
    <message>
        <source>The station store %1 is closed.</source>
        <translation>La base de datos de la estación %1 está cerrada.</translation>
    </message>
    <message>
        <source>Could not run &quot;%1&quot; on the station store %2: %3</source>
        <translation>No se pudo ejecutar &quot;%1&quot; en la base de datos de la estación %2: %3</translation>
    </message>
    <message>
        <source>Could not prepare &quot;%1&quot; on the station store %2: %3</source>
        <translation>No se pudo preparar &quot;%1&quot; en la base de datos de la estación %2: %3</translation>
    </message>
    <message>
        <source>There is no SQL statement in &quot;%1&quot;.</source>
        <translation>No hay ninguna sentencia SQL en &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds more than one SQL statement; prepare them one at a time.</source>
        <translation>&quot;%1&quot; contiene más de una sentencia SQL; prepárelas de una en una.</translation>
    </message>
    <message>
        <source>Could not write the log of the station store %1 into the database: %2</source>
        <translation>No se pudo transferir el registro WAL de la base de datos de la estación %1 a la base de datos: %2</translation>
    </message>
    <message>
        <source>The passphrase of %1 cannot be changed inside a transaction.</source>
        <translation>La frase de acceso de %1 no se puede cambiar dentro de una transacción.</translation>
    </message>
    <message>
        <source>The new passphrase must not be empty; the passphrase was not changed.</source>
        <translation>La frase de acceso nueva no debe estar vacía; la frase de acceso no se cambió.</translation>
    </message>
    <message>
        <source>The current passphrase for %1 is wrong; the passphrase was not changed.</source>
        <translation>La frase de acceso actual de %1 es incorrecta; la frase de acceso no se cambió.</translation>
    </message>
    <message>
        <source>The passphrase of %1 was not changed: %2</source>
        <translation>La frase de acceso de %1 no se cambió: %2</translation>
    </message>
    <message>
        <source>the new key did not take effect</source>
        <translation>la nueva clave de cifrado no surtió efecto</translation>
    </message>
    <message>
        <source>Could not re-encrypt the station store %1, so the passphrase was not changed: %2. The store was closed; open it again with the current passphrase.</source>
        <translation>No se pudo volver a cifrar la base de datos de la estación %1, así que la frase de acceso no se cambió: %2. La base de datos se cerró; ábrala de nuevo con la frase de acceso actual.</translation>
    </message>
    <message>
        <source>Re-encrypting the station store %1 failed: %2. The store was closed; open it again with the new passphrase, or with the current one if the new one is refused.</source>
        <translation>Falló el nuevo cifrado de la base de datos de la estación %1: %2. La base de datos se cerró; ábrala de nuevo con la frase de acceso nueva, o con la actual si la nueva es rechazada.</translation>
    </message>
    <message>
        <source>The station store %1 now uses the new passphrase, but its keying file could not be replaced (%2); the next open finishes the change.</source>
        <translation>La base de datos de la estación %1 ya usa la frase de acceso nueva, pero su archivo de claves no se pudo reemplazar (%2); el cambio se concluirá la próxima vez que se abra.</translation>
    </message>
    <message>
        <source>The station store %1 cannot be written: check the permissions of the file and of its folder. Nothing was changed.</source>
        <translation>No se puede escribir en la base de datos de la estación %1: revise los permisos del archivo y de su carpeta. No se cambió nada.</translation>
    </message>
    <message>
        <source>The disk that holds the station store %1 is full: nothing of this change was saved. Free space and try again. (%2)</source>
        <translation>El disco donde está la base de datos de la estación %1 está lleno: no se guardó nada de este cambio. Libere espacio e inténtelo de nuevo. (%2)</translation>
    </message>
    <message>
        <source>The station store %1 could not be written to disk (full or failing): nothing of this change was saved. Check the disk and its free space, then try again. (%2)</source>
        <translation>No se pudo escribir la base de datos de la estación %1 en el disco (lleno o con fallas): no se guardó nada de este cambio. Revise el disco y su espacio libre, e inténtelo de nuevo. (%2)</translation>
    </message>
    <message>
        <source>The station store %1 cannot be written: check the permissions of the file and of its folder. Nothing was changed. (%2)</source>
        <translation>No se puede escribir en la base de datos de la estación %1: revise los permisos del archivo y de su carpeta. No se cambió nada. (%2)</translation>
    </message>
    <message>
        <source>The station store %1 needs SQLCipher, but this process talks to SQLite %2 without encryption (another SQLite library was loaded first); nothing was opened.</source>
        <translation>La base de datos de la estación %1 necesita SQLCipher, pero este proceso usa SQLite %2 sin cifrado (otra biblioteca SQLite se cargó antes); no se abrió nada.</translation>
    </message>
</context>
<context>
    <name>DemoStation</name>
    <message>
        <source>Demo administrator</source>
        <translation>Administrador de demostración</translation>
    </message>
    <message>
        <source>First demo clerk</source>
        <translation>Capturista de demostración 1</translation>
    </message>
    <message>
        <source>Second demo clerk</source>
        <translation>Capturista de demostración 2</translation>
    </message>
    <message>
        <source>Demo supervisor</source>
        <translation>Supervisor de demostración</translation>
    </message>
    <message>
        <source>Demo station</source>
        <translation>Estación de demostración</translation>
    </message>
    <message>
        <source>Demo trainer</source>
        <translation>Capacitador de demostración</translation>
    </message>
</context>
<context>
    <name>DevCertificates</name>
    <message>
        <source>Cannot make the TLS certificates (%1): %2</source>
        <translation>No se pueden generar los certificados TLS (%1): %2</translation>
    </message>
</context>
<context>
    <name>DigitClassifier</name>
    <message>
        <source>Cannot open the digit model %1: %2</source>
        <translation>No se puede abrir el modelo de dígitos %1: %2</translation>
    </message>
    <message>
        <source>The digit model %1 cannot be loaded: %2</source>
        <translation>No se puede cargar el modelo de dígitos %1: %2</translation>
    </message>
    <message>
        <source>The digit model %1 is empty.</source>
        <translation>El modelo de dígitos %1 está vacío.</translation>
    </message>
    <message>
        <source>A digit crop has the wrong size.</source>
        <translation>Un recorte de dígito tiene un tamaño incorrecto.</translation>
    </message>
    <message>
        <source>The digit model failed: %1</source>
        <translation>Falló el modelo de dígitos: %1</translation>
    </message>
    <message>
        <source>The digit model gives %1 outputs instead of %2.</source>
        <translation>El modelo de dígitos devuelve %1 salidas en lugar de %2.</translation>
    </message>
</context>
<context>
    <name>Digitization</name>
    <message>
        <source>Unknown way of intake &quot;%1&quot;; expected one of: %2.</source>
        <translation>Forma de recepción desconocida &quot;%1&quot;; se esperaba una de: %2.</translation>
    </message>
    <message>
        <source>Scanner at the CATD</source>
        <translation>Escáner del CATD</translation>
    </message>
    <message>
        <source>Photograph at the CATD</source>
        <translation>Fotografía en el CATD</translation>
    </message>
    <message>
        <source>Photograph from the casilla</source>
        <translation>Fotografía desde la casilla</translation>
    </message>
    <message>
        <source>PREP copy (Acta PREP)</source>
        <translation>Acta PREP</translation>
    </message>
    <message>
        <source>Council copy (Acta Consejo)</source>
        <translation>Acta Consejo</translation>
    </message>
    <message>
        <source>Council copy S (Acta Consejo S)</source>
        <translation>Acta Consejo S</translation>
    </message>
    <message>
        <source>Representatives&apos; copy (Copia RPPCI)</source>
        <translation>Copia RPPCI (representantes)</translation>
    </message>
    <message>
        <source>PE copy (Copia PE)</source>
        <translation>Copia PE</translation>
    </message>
    <message>
        <source>Prison casilla acta (Acta Prisión)</source>
        <translation>Acta Prisión</translation>
    </message>
    <message>
        <source>Representation of the acta (Representación de Acta)</source>
        <translation>Representación de Acta</translation>
    </message>
    <message>
        <source>Unknown document type &quot;%1&quot;; expected one of: %2.</source>
        <translation>Tipo de documento desconocido &quot;%1&quot;; se esperaba uno de: %2.</translation>
    </message>
    <message>
        <source>Unknown origin &quot;%1&quot; (ORIGEN).</source>
        <translation>Origen desconocido &quot;%1&quot; (ORIGEN).</translation>
    </message>
    <message>
        <source>Unknown digitization &quot;%1&quot; (DIGITALIZACION).</source>
        <translation>Digitalización desconocida &quot;%1&quot; (DIGITALIZACION).</translation>
    </message>
</context>
<context>
    <name>DrillGenerator</name>
    <message>
        <source>A drill has from 1 to %1 actas.</source>
        <translation>Un simulacro tiene de 1 a %1 actas.</translation>
    </message>
    <message>
        <source>The catalog has %1 casillas; a drill of %2 actas needs that many.</source>
        <translation>El catálogo tiene %1 casillas; un simulacro de %2 actas necesita otras tantas casillas.</translation>
    </message>
    <message>
        <source>The night of a drill lasts from 10 to 1440 minutes.</source>
        <translation>La noche de un simulacro dura de 10 a 1440 minutos.</translation>
    </message>
    <message>
        <source>The share of &quot;%1&quot; must be from 0 to 1.</source>
        <translation>La proporción de &quot;%1&quot; debe estar entre 0 y 1.</translation>
    </message>
    <message>
        <source>The contingencies add up to %1 actas, more than the drill&apos;s %2.</source>
        <translation>Las contingencias suman %1 actas, más que las %2 del simulacro.</translation>
    </message>
    <message>
        <source>No section outside the catalog is left for the drill.</source>
        <translation>No queda ninguna sección fuera del catálogo para el simulacro.</translation>
    </message>
    <message>
        <source>Page %1 was not drawn as planned.</source>
        <translation>La página %1 no se generó según lo previsto.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The drill was not generated: cancelled.</source>
        <translation>No se generó el simulacro: se canceló.</translation>
    </message>
    <message>
        <source>The drill&apos;s name &quot;%1&quot; may hold letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot; only (64 at most).</source>
        <translation>El nombre del simulacro &quot;%1&quot; solo puede tener letras, dígitos, &quot;.&quot;, &quot;_&quot; y &quot;-&quot; (64 como máximo).</translation>
    </message>
</context>
<context>
    <name>DrillKey</name>
    <message>
        <source>The drill&apos;s answer key is damaged: %1.</source>
        <translation>La clave de respuestas del simulacro está dañada: %1.</translation>
    </message>
    <message>
        <source>No contingency</source>
        <translation>Sin contingencia</translation>
    </message>
    <message>
        <source>Illegible fields</source>
        <translation>Campos ilegibles</translation>
    </message>
    <message>
        <source>Empty fields</source>
        <translation>Campos vacíos</translation>
    </message>
    <message>
        <source>Votes over the lista nominal</source>
        <translation>Votos por encima de la lista nominal</translation>
    </message>
    <message>
        <source>Acta outside the catalog</source>
        <translation>Acta fuera de catálogo</translation>
    </message>
    <message>
        <source>Duplicated sheet</source>
        <translation>Hoja duplicada</translation>
    </message>
    <message>
        <source>Unreadable QR code</source>
        <translation>Código QR ilegible</translation>
    </message>
    <message>
        <source>Blurred scan</source>
        <translation>Escaneo borroso</translation>
    </message>
    <message>
        <source>Cut-off scan</source>
        <translation>Escaneo recortado</translation>
    </message>
    <message>
        <source>Page upside down</source>
        <translation>Página de cabeza</translation>
    </message>
    <message>
        <source>Package without its acta</source>
        <translation>Paquete sin acta</translation>
    </message>
    <message>
        <source>Written total differs from the sum</source>
        <translation>El total escrito no coincide con la suma</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>no es JSON (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;</source>
        <translation>formato desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>página %1</translation>
    </message>
    <message>
        <source>sin acta package %1</source>
        <translation>paquete sin acta %1</translation>
    </message>
    <message>
        <source>no valid drill id or seed</source>
        <translation>no tiene un nombre de simulacro o una semilla válidos</translation>
    </message>
    <message>
        <source>its size or night is out of range</source>
        <translation>su tamaño o su noche están fuera de rango</translation>
    </message>
    <message>
        <source>it lists more pages than its actas can have</source>
        <translation>lista más páginas de las que pueden tener sus actas</translation>
    </message>
</context>
<context>
    <name>DrillKeyFile</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>No se pudo iniciar la biblioteca criptográfica.</translation>
    </message>
    <message>
        <source>%1 is not a drill answer key.</source>
        <translation>%1 no es una clave de respuestas de simulacro.</translation>
    </message>
    <message>
        <source>%1 is a drill answer key of another version (%2); this ActaCapture reads version %3.</source>
        <translation>%1 es una clave de respuestas de simulacro de otra versión (%2); este ActaCapture lee la versión %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The passphrase does not open the drill answer key %1 (or the file was changed).</source>
        <translation>La frase de acceso no abre la clave de respuestas del simulacro %1 (o el archivo fue modificado).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than any drill answer key (%2 MiB at most).</source>
        <translation>%1 es más grande que cualquier clave de respuestas de simulacro (%2 MiB como máximo).</translation>
    </message>
    <message>
        <source>%1 asks for a key derivation far costlier than ActaCapture makes; it is not opened.</source>
        <translation>%1 pide una derivación de clave mucho más costosa que las que hace ActaCapture; no se abre.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
</context>
<context>
    <name>DrillReportWriter</name>
    <message>
        <source>drill report, not election results</source>
        <translation>reporte de simulacro, no son resultados electorales</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Entry 1</source>
        <translation>Primera captura</translation>
    </message>
    <message>
        <source>Entry 2</source>
        <translation>Segunda captura</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Ambas</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Drill report</source>
        <translation>Reporte del simulacro</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Simulacro</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Estación</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Pages in the answer key</source>
        <translation>Páginas en la clave de respuestas</translation>
    </message>
    <message>
        <source>Actas in the answer key</source>
        <translation>Actas en la clave de respuestas</translation>
    </message>
    <message>
        <source>Actas unfinished</source>
        <translation>Actas sin concluir</translation>
    </message>
    <message>
        <source>Clerks</source>
        <translation>Capturistas</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Discrepancias</translation>
    </message>
    <message>
        <source>Supervisor decisions right</source>
        <translation>Resoluciones correctas del supervisor</translation>
    </message>
    <message>
        <source>%1 of %2 decided</source>
        <translation>%1 de %2 resueltas</translation>
    </message>
    <message>
        <source>Contingencies handled right</source>
        <translation>Contingencias atendidas correctamente</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 de %2 (%3)</translation>
    </message>
    <message>
        <source>Recognition fields correct</source>
        <translation>Campos de reconocimiento correctos</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Minutes since the drill started</source>
        <translation>Minutos desde el inicio del simulacro</translation>
    </message>
    <message>
        <source>Cumulative count</source>
        <translation>Conteo acumulado</translation>
    </message>
    <message>
        <source>Nothing happened during the drill.</source>
        <translation>No ocurrió nada durante el simulacro.</translation>
    </message>
    <message>
        <source>Durations</source>
        <translation>Duraciones</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Actas</source>
        <translation>Actas</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>Percentil 95</translation>
    </message>
    <message>
        <source>Intake to capture (image accepted to entry 1 saved)</source>
        <translation>Acopio a captura (de imagen aceptada a primera captura guardada)</translation>
    </message>
    <message>
        <source>Capture to verification (entry 1 saved to verified or adjudicated)</source>
        <translation>Captura a verificación (de primera captura guardada a verificada o resuelta)</translation>
    </message>
    <message>
        <source>No durations.</source>
        <translation>Sin duraciones.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Seconds per entry</source>
        <translation>Segundos por captura</translation>
    </message>
    <message>
        <source>Fields wrong, of fields checked</source>
        <translation>Campos incorrectos, de los campos revisados</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Capturas</translation>
    </message>
    <message>
        <source>Keystrokes</source>
        <translation>Pulsaciones</translation>
    </message>
    <message>
        <source>Per entry</source>
        <translation>Por captura</translation>
    </message>
    <message>
        <source>Fields checked</source>
        <translation>Campos revisados</translation>
    </message>
    <message>
        <source>Fields wrong</source>
        <translation>Campos incorrectos</translation>
    </message>
    <message>
        <source>Disagreements caused</source>
        <translation>Diferencias causadas</translation>
    </message>
    <message>
        <source>Disputes right</source>
        <translation>Discrepancias acertadas</translation>
    </message>
    <message>
        <source>No clerk typed an entry.</source>
        <translation>Ningún capturista realizó una captura.</translation>
    </message>
    <message>
        <source>— undecided</source>
        <translation>— sin resolver</translation>
    </message>
    <message>
        <source>✓ right</source>
        <translation>✓ correcta</translation>
    </message>
    <message>
        <source>✗ wrong</source>
        <translation>✗ incorrecta</translation>
    </message>
    <message>
        <source>Acta</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>Entry 1 by</source>
        <translation>Primera captura por</translation>
    </message>
    <message>
        <source>Entry 2 by</source>
        <translation>Segunda captura por</translation>
    </message>
    <message>
        <source>Matched the key</source>
        <translation>Coincidió con la clave</translation>
    </message>
    <message>
        <source>Supervisor&apos;s decision</source>
        <translation>Resolución del supervisor</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Resuelta por</translation>
    </message>
    <message>
        <source>No acta went to a supervisor.</source>
        <translation>Ningún acta pasó a un supervisor.</translation>
    </message>
    <message>
        <source>Contingencies by kind</source>
        <translation>Contingencias por tipo</translation>
    </message>
    <message>
        <source>All contingencies</source>
        <translation>Todas las contingencias</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Contingencia</translation>
    </message>
    <message>
        <source>Injected</source>
        <translation>Inyectadas</translation>
    </message>
    <message>
        <source>Handled right</source>
        <translation>Atendidas correctamente</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Aciertos</translation>
    </message>
    <message>
        <source>The drill injected no contingency.</source>
        <translation>El simulacro no inyectó ninguna contingencia.</translation>
    </message>
    <message>
        <source>Contingencies, one by one</source>
        <translation>Contingencias, una por una</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>What the station did</source>
        <translation>Lo que hizo la estación</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Reconocimiento</translation>
    </message>
    <message>
        <source>Recognition read no page of the answer key.</source>
        <translation>El reconocimiento no leyó ninguna página de la clave de respuestas.</translation>
    </message>
    <message>
        <source>Pages read</source>
        <translation>Páginas leídas</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correctos</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Incorrectos</translation>
    </message>
    <message>
        <source>Abstained (left to the clerk)</source>
        <translation>Omitidos (se dejaron al capturista)</translation>
    </message>
    <message>
        <source>Correct, of all fields</source>
        <translation>Correctos, del total de campos</translation>
    </message>
    <message>
        <source>Pages with every field correct</source>
        <translation>Páginas con todos los campos correctos</translation>
    </message>
    <message>
        <source>Unfinished actas</source>
        <translation>Actas sin concluir</translation>
    </message>
    <message>
        <source>The station finished every acta of the answer key.</source>
        <translation>La estación concluyó todas las actas de la clave de respuestas.</translation>
    </message>
    <message>
        <source>Drill report %1</source>
        <translation>Reporte del simulacro %1</translation>
    </message>
    <message>
        <source>The PDF writer could not start.</source>
        <translation>No se pudo iniciar el generador de PDF.</translation>
    </message>
    <message>
        <source>drill document, not an election result</source>
        <translation>documento de simulacro, no es un resultado electoral</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
    <message>
        <source>Could not write the drill report %1: %2</source>
        <translation>No se pudo escribir el reporte del simulacro %1: %2</translation>
    </message>
    <message>
        <source>Could not write the drill report %1: the folder %2 does not exist.</source>
        <translation>No se pudo escribir el reporte del simulacro %1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>Could not make the drill report %1 private to its owner: %2</source>
        <translation>No se pudo restringir el acceso al reporte del simulacro %1 a su propietario: %2</translation>
    </message>
</context>
<context>
    <name>DrillRepository</name>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>La cuenta %1 está deshabilitada.</translation>
    </message>
    <message>
        <source>%1 may not run drills.</source>
        <translation>%1 no puede ejecutar simulacros.</translation>
    </message>
    <message>
        <source>%1 may not score drills.</source>
        <translation>%1 no puede evaluar simulacros.</translation>
    </message>
    <message>
        <source>The drill %1 is already loaded in this station.</source>
        <translation>El simulacro %1 ya está cargado en esta estación.</translation>
    </message>
    <message>
        <source>A drill&apos;s answer key can only be loaded into a drill station.</source>
        <translation>La clave de respuestas de un simulacro solo se puede cargar en una estación de simulacro.</translation>
    </message>
    <message>
        <source>No drill %1 is loaded in this station.</source>
        <translation>El simulacro %1 no está cargado en esta estación.</translation>
    </message>
    <message>
        <source>No drill is loaded in this station.</source>
        <translation>No hay ningún simulacro cargado en esta estación.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a drill name.</source>
        <translation>&quot;%1&quot; no es un nombre de simulacro.</translation>
    </message>
</context>
<context>
    <name>DrillScorer</name>
    <message>
        <source>never received</source>
        <translation>nunca se recibió</translation>
    </message>
    <message>
        <source>not finished (%1)</source>
        <translation>sin concluir (%1)</translation>
    </message>
    <message>
        <source>Second copy flagged, not stored again</source>
        <translation>Segunda copia señalada, no se guardó de nuevo</translation>
    </message>
    <message>
        <source>refused (%1)</source>
        <translation>rechazada (%1)</translation>
    </message>
    <message>
        <source>stored for acta %1</source>
        <translation>guardada para el acta %1</translation>
    </message>
    <message>
        <source>never taken in</source>
        <translation>nunca ingresó al acopio</translation>
    </message>
    <message>
        <source>The crossed-out fields captured as ILEGIBLE</source>
        <translation>Los campos tachados capturados como ILEGIBLE</translation>
    </message>
    <message>
        <source>The blank fields captured as SIN DATO</source>
        <translation>Los campos en blanco capturados como SIN DATO</translation>
    </message>
    <message>
        <source>%1 of %2 fields so</source>
        <translation>%1 de %2 campos así</translation>
    </message>
    <message>
        <source>counted (%1 votes)</source>
        <translation>contabilizada (%1 votos)</translation>
    </message>
    <message>
        <source>not counted: %1</source>
        <translation>no contabilizada: %1</translation>
    </message>
    <message>
        <source>Captured as written, not counted (exceeds the lista nominal)</source>
        <translation>Capturada tal como está escrita, no contabilizada (excede la lista nominal)</translation>
    </message>
    <message>
        <source>total captured as %1, the sheet says %2</source>
        <translation>total capturado como %1, la hoja dice %2</translation>
    </message>
    <message>
        <source>total captured as written</source>
        <translation>total capturado tal como está escrito</translation>
    </message>
    <message>
        <source>The written total captured as written, not corrected</source>
        <translation>El total escrito capturado tal como está, sin corregir</translation>
    </message>
    <message>
        <source>Captured with the figures on the sheet</source>
        <translation>Capturada con las cifras de la hoja</translation>
    </message>
    <message>
        <source>figures right</source>
        <translation>cifras correctas</translation>
    </message>
    <message>
        <source>figures differ from the sheet</source>
        <translation>las cifras difieren de la hoja</translation>
    </message>
    <message>
        <source>Identity typed by hand, the right one</source>
        <translation>Identidad tecleada a mano, la correcta</translation>
    </message>
    <message>
        <source>filed as %1%2</source>
        <translation>archivada como %1%2</translation>
    </message>
    <message>
        <source>, typed</source>
        <translation>, tecleada</translation>
    </message>
    <message>
        <source>filed as %1, a different acta</source>
        <translation>archivada como %1, un acta distinta</translation>
    </message>
    <message>
        <source>Not counted: refused or marked fuera de catálogo</source>
        <translation>No contabilizada: rechazada o marcada como fuera de catálogo</translation>
    </message>
    <message>
        <source>stored, %1</source>
        <translation>guardada, %1</translation>
    </message>
    <message>
        <source>stored as if readable</source>
        <translation>guardada como si fuera legible</translation>
    </message>
    <message>
        <source>the rescan was captured</source>
        <translation>la redigitalización se capturó</translation>
    </message>
    <message>
        <source>the rescan is not captured yet</source>
        <translation>la redigitalización aún no se captura</translation>
    </message>
    <message>
        <source>Refused and sent to rescan</source>
        <translation>Rechazada y enviada a redigitalización</translation>
    </message>
    <message>
        <source>Digitized</source>
        <translation>Digitalizada</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Capturada</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sincronizada</translation>
    </message>
    <message>
        <source>total as written, but other figures differ from the sheet</source>
        <translation>total como está escrito, pero otras cifras difieren de la hoja</translation>
    </message>
</context>
<context>
    <name>DrillSecret</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>No se pudo iniciar la biblioteca criptográfica.</translation>
    </message>
    <message>
        <source>The answer key&apos;s passphrase needs at least 8 characters.</source>
        <translation>La frase de acceso de la clave de respuestas necesita al menos 8 caracteres.</translation>
    </message>
</context>
<context>
    <name>Election</name>
    <message>
        <source>The embedded sample election is damaged: %1</source>
        <translation>La elección de ejemplo integrada está dañada: %1</translation>
    </message>
    <message>
        <source>The embedded sample catalog is damaged: %1</source>
        <translation>El catálogo de ejemplo integrado está dañado: %1</translation>
    </message>
    <message>
        <source>The template says %1 runs in district %2-%3, which has no casilla in the catalog.</source>
        <translation>La plantilla dice que %1 participa en el distrito %2-%3, que no tiene casillas en el catálogo.</translation>
    </message>
    <message>
        <source>The template lists candidacies, but none for district %1-%2 of the catalog.</source>
        <translation>La plantilla lista candidaturas, pero ninguna para el distrito %1-%2 del catálogo.</translation>
    </message>
    <message>
        <source>%1 and %2 do not fit together: %3</source>
        <translation>%1 y %2 no corresponden entre sí: %3</translation>
    </message>
</context>
<context>
    <name>ElectionTemplate</name>
    <message>
        <source>x %1 to %2 mm, y %3 to %4 mm</source>
        <translation>x: de %1 a %2 mm; y: de %3 a %4 mm</translation>
    </message>
    <message>
        <source>nothing (the key is missing)</source>
        <translation>nada (falta la clave)</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>el número %1</translation>
    </message>
    <message>
        <source>an empty string</source>
        <translation>una cadena vacía</translation>
    </message>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation>la cadena &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un arreglo</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot;; expected only: %3</source>
        <translation>%1: clave desconocida &quot;%2&quot;; solo se esperaba: %3</translation>
    </message>
    <message>
        <source>%1: expected an object, got %2</source>
        <translation>%1: se esperaba un objeto; se obtuvo %2</translation>
    </message>
    <message>
        <source>%1: expected a non-empty string, got %2</source>
        <translation>%1: se esperaba una cadena no vacía; se obtuvo %2</translation>
    </message>
    <message>
        <source>%1: expected a whole number of at least %2, got %3</source>
        <translation>%1: se esperaba un número entero mayor o igual que %2; se obtuvo %3</translation>
    </message>
    <message>
        <source>%1: expected a whole number from %2 to %3, got %4</source>
        <translation>%1: se esperaba un número entero de %2 a %3; se obtuvo %4</translation>
    </message>
    <message>
        <source>%1: expected a number of millimetres, got %2</source>
        <translation>%1: se esperaba una medida en milímetros; se obtuvo %2</translation>
    </message>
    <message>
        <source>%1: expected a size in millimetres greater than 0, got %2</source>
        <translation>%1: se esperaba un tamaño en milímetros mayor que 0; se obtuvo %2</translation>
    </message>
    <message>
        <source>%1: expected millimetres, 0 or more, got %2</source>
        <translation>%1: se esperaban milímetros, 0 o más; se obtuvo %2</translation>
    </message>
    <message>
        <source>%1: expected a field object, got %2</source>
        <translation>%1: se esperaba un objeto de campo; se obtuvo %2</translation>
    </message>
    <message>
        <source>%1: field id &quot;%2&quot; must be upper-case letters, digits and underscores, starting with a letter (e.g. NO_REGISTRADOS)</source>
        <translation>%1: el id de campo &quot;%2&quot; debe contener solo letras mayúsculas, dígitos y guiones bajos, y comenzar con una letra (p. ej., NO_REGISTRADOS)</translation>
    </message>
    <message>
        <source>%1: unknown field kind &quot;%2&quot;; expected one of: %3</source>
        <translation>%1: tipo de campo desconocido &quot;%2&quot;; se esperaba uno de: %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is a vote kind; the field belongs in vote_fields</source>
        <translation>%1: &quot;%2&quot; es un tipo de voto; el campo va en vote_fields</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a vote kind; the field belongs in other_fields</source>
        <translation>%1: &quot;%2&quot; no es un tipo de voto; el campo va en other_fields</translation>
    </message>
    <message>
        <source>%1: a coalition lists its member parties as an array of field ids, got %2</source>
        <translation>%1: una coalición indica sus partidos integrantes como un arreglo de ids de campo; se obtuvo %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: a coalition needs at least 2 parties, got %n</source>
        <translation>
            <numerusform>%1: una coalición necesita al menos 2 partidos; se obtuvo %n</numerusform>
            <numerusform>%1: una coalición necesita al menos 2 partidos; se obtuvieron %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: expected a party field id, got %2</source>
        <translation>%1: se esperaba un id de campo de partido; se obtuvo %2</translation>
    </message>
    <message>
        <source>%1: party &quot;%2&quot; is listed twice</source>
        <translation>%1: el partido &quot;%2&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>%1: only coalition fields list parties; this field is &quot;%2&quot;</source>
        <translation>%1: solo los campos de coalición indican partidos; este campo es &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: expected an array of fields, got %2</source>
        <translation>%1: se esperaba un arreglo de campos; se obtuvo %2</translation>
    </message>
    <message>
        <source>%1: expected exactly 4 markers (top-left, top-right, bottom-right, bottom-left), got %2</source>
        <translation>%1: se esperaban exactamente 4 marcas (superior izquierda, superior derecha, inferior derecha, inferior izquierda); se obtuvo %2</translation>
    </message>
    <message numerus="yes">
        <source>%n marker(s)</source>
        <translation>
            <numerusform>%n marca</numerusform>
            <numerusform>%n marcas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: expected a marker object, got %2</source>
        <translation>%1: se esperaba un objeto de marca; se obtuvo %2</translation>
    </message>
    <message>
        <source>%1.id: duplicate field id &quot;%2&quot; (already used by %3)</source>
        <translation>%1.id: id de campo duplicado &quot;%2&quot; (ya lo usa %3)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a party field of this template</source>
        <translation>%1: &quot;%2&quot; no es un campo de partido de esta plantilla</translation>
    </message>
    <message>
        <source>%1.parties: the same parties as %2 (%3)</source>
        <translation>%1.parties: los mismos partidos que %2 (%3)</translation>
    </message>
    <message>
        <source>$.vote_fields: expected exactly one field of kind &quot;%1&quot;, found %2</source>
        <translation>$.vote_fields: se esperaba exactamente un campo de tipo &quot;%1&quot;; se encontraron %2</translation>
    </message>
    <message>
        <source>%1.kind: a field of kind &quot;%2&quot; already exists at %3</source>
        <translation>%1.kind: ya existe un campo de tipo &quot;%2&quot; en %3</translation>
    </message>
    <message>
        <source>%1 x %2 mm page</source>
        <translation>página de %1 x %2 mm</translation>
    </message>
    <message>
        <source>top-left</source>
        <translation>superior izquierda</translation>
    </message>
    <message>
        <source>top-right</source>
        <translation>superior derecha</translation>
    </message>
    <message>
        <source>bottom-right</source>
        <translation>inferior derecha</translation>
    </message>
    <message>
        <source>bottom-left</source>
        <translation>inferior izquierda</translation>
    </message>
    <message>
        <source>%1: the marker (%2) lies outside the %3</source>
        <translation>%1: la marca (%2) queda fuera de la %3</translation>
    </message>
    <message>
        <source>%1: the marker overlaps %2</source>
        <translation>%1: la marca se superpone con %2</translation>
    </message>
    <message>
        <source>$.layout.qr: the QR area must be square, got %1 x %2 mm</source>
        <translation>$.layout.qr: el área del QR debe ser cuadrada; se obtuvo %1 x %2 mm</translation>
    </message>
    <message>
        <source>%1: the area (%2) lies outside the %3</source>
        <translation>%1: el área (%2) queda fuera de la %3</translation>
    </message>
    <message>
        <source>%1: the area (%2) overlaps %3</source>
        <translation>%1: el área (%2) se superpone con %3</translation>
    </message>
    <message>
        <source>digit box %1 of %2 (%3)</source>
        <translation>el recuadro de dígito %1 de %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 lies outside the %3</source>
        <translation>%1: %2 queda fuera de la %3</translation>
    </message>
    <message>
        <source>%1: %2 overlaps %3</source>
        <translation>%1: %2 se superpone con %3</translation>
    </message>
    <message>
        <source>%1: %2 overlaps digit box %3 of field %4 (%5)</source>
        <translation>%1: %2 se superpone con el recuadro de dígito %3 del campo %4 (%5)</translation>
    </message>
    <message>
        <source>$.schema: expected &quot;%1&quot;, got %2</source>
        <translation>$.schema: se esperaba &quot;%1&quot;; se obtuvo %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at line %2, column %3 (byte offset %4)</source>
        <translation>JSON no válido: %1 en la línea %2, columna %3 (posición en bytes %4)</translation>
    </message>
    <message>
        <source>$: expected a JSON object, got %1</source>
        <translation>$: se esperaba un objeto JSON; se obtuvo %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Cannot read the template file %1: %2</source>
        <translation>No se puede leer el archivo de plantilla %1: %2</translation>
    </message>
    <message>
        <source>The template file %1 is too large (%2 bytes) to be an election template.</source>
        <translation>El archivo de plantilla %1 es demasiado grande (%2 bytes) para ser una plantilla de elección.</translation>
    </message>
    <message>
        <source>Template file %1: %2</source>
        <translation>Archivo de plantilla %1: %2</translation>
    </message>
    <message>
        <source>%1: this marker must be the %2 one; its centre is in another quarter of the page</source>
        <translation>%1: esta marca debe ser la %2; su centro está en otro cuadrante de la página</translation>
    </message>
    <message>
        <source>$.id: &quot;%1&quot; must be 1 to 64 ASCII letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>$.id: &quot;%1&quot; debe tener de 1 a 64 letras ASCII, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <source>%1: expected a non-empty array of districts ({&quot;state&quot;: N, &quot;district&quot;: N}), got %2</source>
        <translation>%1: se esperaba un arreglo no vacío de distritos ({&quot;state&quot;: N, &quot;district&quot;: N}), se obtuvo %2</translation>
    </message>
    <message>
        <source>%1: expected a district object, got %2</source>
        <translation>%1: se esperaba un objeto de distrito, se obtuvo %2</translation>
    </message>
    <message>
        <source>%1: district %2 is listed twice</source>
        <translation>%1: el distrito %2 aparece dos veces</translation>
    </message>
    <message>
        <source>%1: expected an array of coalitions, got %2</source>
        <translation>%1: se esperaba un arreglo de coaliciones, se obtuvo %2</translation>
    </message>
    <message>
        <source>%1: expected a coalition object, got %2</source>
        <translation>%1: se esperaba un objeto de coalición, se obtuvo %2</translation>
    </message>
    <message>
        <source>%1: coalition id &quot;%2&quot; must be upper-case letters, digits and underscores, starting with a letter</source>
        <translation>%1: el id de coalición &quot;%2&quot; debe tener mayúsculas, dígitos y guiones bajos, y empezar con una letra</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is already a field id</source>
        <translation>%1: &quot;%2&quot; ya es el id de un campo</translation>
    </message>
    <message>
        <source>%1: coalition &quot;%2&quot; is listed twice</source>
        <translation>%1: la coalición &quot;%2&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>%1: expected an array of 2 to %2 party field ids, got %3</source>
        <translation>%1: se esperaba un arreglo de 2 a %2 ids de campos de partido, se obtuvo %3</translation>
    </message>
    <message>
        <source>%1: %2 is not a party field of this template</source>
        <translation>%1: %2 no es un campo de partido de esta plantilla</translation>
    </message>
    <message>
        <source>%1: party &quot;%2&quot; already belongs to coalition %3</source>
        <translation>%1: el partido &quot;%2&quot; ya pertenece a la coalición %3</translation>
    </message>
    <message>
        <source>%1: the coalition runs in every district but its party %2 does not</source>
        <translation>%1: la coalición participa en todos los distritos pero su partido %2 no</translation>
    </message>
    <message>
        <source>%1: the coalition runs in district %2 but its party %3 does not</source>
        <translation>%1: la coalición participa en el distrito %2 pero su partido %3 no</translation>
    </message>
    <message>
        <source>%1: no vote field for the combination %2; add a coalition field with &quot;parties&quot;: [%3]</source>
        <translation>%1: no hay campo de votos para la combinación %2; agregue un campo de coalición con &quot;parties&quot;: [%3]</translation>
    </message>
    <message>
        <source>%1.parties: %2 are not all members of one coalition of $.coalitions</source>
        <translation>%1.parties: %2 no son todos miembros de una misma coalición de $.coalitions</translation>
    </message>
    <message>
        <source>%1: expected an array of candidacies, got %2</source>
        <translation>%1: se esperaba un arreglo de candidaturas, se obtuvo %2</translation>
    </message>
    <message>
        <source>%1: expected a candidacy object, got %2</source>
        <translation>%1: se esperaba un objeto de candidatura, se obtuvo %2</translation>
    </message>
    <message>
        <source>%1: coalition %2 does not run in district %3</source>
        <translation>%1: la coalición %2 no participa en el distrito %3</translation>
    </message>
    <message>
        <source>%1: %2 does not run in district %3</source>
        <translation>%1: %2 no participa en el distrito %3</translation>
    </message>
    <message>
        <source>%1: %2 runs in coalition %3 in district %4; the candidacy is the coalition&apos;s</source>
        <translation>%1: %2 participa en la coalición %3 en el distrito %4; la candidatura es de la coalición</translation>
    </message>
    <message>
        <source>%1.contender: &quot;%2&quot; is neither a party, an independent nor a coalition of this template</source>
        <translation>%1.contender: &quot;%2&quot; no es partido, candidatura independiente ni coalición de esta plantilla</translation>
    </message>
    <message>
        <source>%1: %2 already has a candidacy in district %3</source>
        <translation>%1: %2 ya tiene una candidatura en el distrito %3</translation>
    </message>
    <message>
        <source>%1: %2 runs in district %3 but has no candidacy there</source>
        <translation>%1: %2 participa en el distrito %3 pero no tiene candidatura ahí</translation>
    </message>
    <message>
        <source>%1: only party and independent fields say where they run; this field is &quot;%2&quot;</source>
        <translation>%1: solo los campos de partido y de candidatura independiente dicen dónde participan; este campo es &quot;%2&quot;</translation>
    </message>
    <message>
        <source>$.election.tipo_acta_rp_especiales: %1 is already the main acta&apos;s tipo_acta</source>
        <translation>$.election.tipo_acta_rp_especiales: %1 ya es el tipo_acta del acta principal</translation>
    </message>
    <message>
        <source>%1: &apos;|&apos; and &apos;&quot;&apos; are not allowed in a published name</source>
        <translation>%1: no se permiten &apos;|&apos; ni &apos;&quot;&apos; en un nombre que se publica</translation>
    </message>
    <message>
        <source>%1: at most %2 characters, got %3</source>
        <translation>%1: como máximo %2 caracteres, tiene %3</translation>
    </message>
    <message>
        <source>%1: a line break or control character (U+%2) is not allowed</source>
        <translation>%1: no se permite un salto de línea ni un carácter de control (U+%2)</translation>
    </message>
</context>
<context>
    <name>EnrollmentRequest</name>
    <message>
        <source>An enrollment request needs the station&apos;s id and name.</source>
        <translation>Una solicitud de registro necesita el id y el nombre de la estación.</translation>
    </message>
    <message>
        <source>An enrollment request needs a %1-byte public key.</source>
        <translation>Una solicitud de registro necesita una clave pública de %1 bytes.</translation>
    </message>
    <message>
        <source>An enrollment request needs its creation time.</source>
        <translation>Una solicitud de registro necesita su fecha y hora de creación.</translation>
    </message>
    <message>
        <source>%1: unknown field</source>
        <translation>%1: campo desconocido</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: falta</translation>
    </message>
    <message>
        <source>%1: expected a non-empty string</source>
        <translation>%1: se esperaba una cadena no vacía</translation>
    </message>
    <message>
        <source>$.format: expected &quot;%1&quot;, found &quot;%2&quot;</source>
        <translation>$.format: se esperaba &quot;%1&quot;; se encontró &quot;%2&quot;</translation>
    </message>
    <message>
        <source>$.public_key: expected 64 lowercase hexadecimal digits</source>
        <translation>$.public_key: se esperaban 64 dígitos hexadecimales en minúsculas</translation>
    </message>
    <message>
        <source>$.created_at: expected a UTC time like 2027-06-06T18:00:00.000Z</source>
        <translation>$.created_at: se esperaba una fecha y hora UTC como 2027-06-06T18:00:00.000Z</translation>
    </message>
    <message>
        <source>$.fingerprint: %1 is not the fingerprint of the public key (%2)</source>
        <translation>$.fingerprint: %1 no es la huella de la clave pública (%2)</translation>
    </message>
    <message>
        <source>Cannot write the enrollment request %1: %2</source>
        <translation>No se puede escribir la solicitud de registro %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the enrollment request %1: %2</source>
        <translation>No se puede leer la solicitud de registro %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be an enrollment request.</source>
        <translation>%1 es demasiado grande para ser una solicitud de registro.</translation>
    </message>
    <message>
        <source>%1 is not a valid enrollment request: %2</source>
        <translation>%1 no es una solicitud de registro válida: %2</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <source>Open acta</source>
        <translation>Abrir acta</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Página completa</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Girar</translation>
    </message>
</context>
<context>
    <name>FieldValue</name>
    <message>
        <source>A field value is empty; write a number, ILEGIBLE or SIN_DATO.</source>
        <translation>Un valor de campo está vacío; escriba un número, ILEGIBLE o SIN_DATO.</translation>
    </message>
    <message>
        <source>The field value &quot;%1&quot; is too long for a vote count.</source>
        <translation>El valor de campo &quot;%1&quot; es demasiado largo para una cantidad de votos.</translation>
    </message>
    <message>
        <source>The field value &quot;%1&quot; is not a whole number, ILEGIBLE or SIN_DATO.</source>
        <translation>El valor de campo &quot;%1&quot; no es un número entero, ILEGIBLE ni SIN_DATO.</translation>
    </message>
    <message>
        <source>ILLEGIBLE</source>
        <translation>ILEGIBLE</translation>
    </message>
    <message>
        <source>NO DATA</source>
        <translation>SIN DATO</translation>
    </message>
</context>
<context>
    <name>FormAligner</name>
    <message numerus="yes">
        <source>only %n of the 4 registration markers are in the image.</source>
        <translation>
            <numerusform>solo %n de las 4 marcas de registro está en la imagen.</numerusform>
            <numerusform>solo %n de las 4 marcas de registro están en la imagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>part of the digit boxes or of the QR code is outside the image.</source>
        <translation>parte de los recuadros de dígitos o del código QR queda fuera de la imagen.</translation>
    </message>
    <message>
        <source>the registration markers are not where template %1 prints them.</source>
        <translation>las marcas de registro no están donde las imprime la plantilla %1.</translation>
    </message>
    <message>
        <source>the digit boxes are not where template %1 prints them (alignment score %2%).</source>
        <translation>los recuadros de dígitos no están donde los imprime la plantilla %1 (puntuación de alineación: %2%).</translation>
    </message>
    <message>
        <source>no registration marker and no part of template %1 was found.</source>
        <translation>no se encontró ninguna marca de registro ni ninguna parte de la plantilla %1.</translation>
    </message>
</context>
<context>
    <name>FormRenderer</name>
    <message>
        <source>The resolution must be from %1 to %2 dpi, not %3.</source>
        <translation>La resolución debe ser de %1 a %2 ppp, no %3.</translation>
    </message>
    <message>
        <source>The template %1 has no printable layout.</source>
        <translation>La plantilla %1 no tiene un diseño imprimible.</translation>
    </message>
    <message>
        <source>The acta %1 is of type %2, but the template %3 is for type %4.</source>
        <translation>El acta %1 es de tipo %2, pero la plantilla %3 es para el tipo %4.</translation>
    </message>
    <message>
        <source>The catalog entry %1 is not the casilla of the acta %2.</source>
        <translation>La entrada del catálogo %1 no es la casilla del acta %2.</translation>
    </message>
    <message>
        <source>The template id &quot;%1&quot; cannot be written in the acta&apos;s QR code (it must not contain &quot;|&quot;).</source>
        <translation>El identificador de plantilla «%1» no puede escribirse en el código QR del acta (no debe contener «|»).</translation>
    </message>
    <message>
        <source>Not enough memory for a page of %1 x %2 pixels.</source>
        <translation>No hay memoria suficiente para una página de %1 x %2 píxeles.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PNG encoder failed.</source>
        <translation>No se puede escribir %1: falló el codificador PNG.</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF writer could not start.</source>
        <translation>No se puede escribir %1: no se pudo iniciar el generador de PDF.</translation>
    </message>
    <message>
        <source>The QR area of template %1 is too small for its code at %2 dpi.</source>
        <translation>El área del QR de la plantilla %1 es demasiado pequeña para su código a %2 ppp.</translation>
    </message>
</context>
<context>
    <name>GlyphAtlas</name>
    <message>
        <source>Cannot open the digit atlas %1 and %2.</source>
        <translation>No se pueden abrir los archivos del atlas de dígitos %1 y %2.</translation>
    </message>
    <message>
        <source>The digit atlas description %1 is not an actacapture.glyphs/1 file.</source>
        <translation>La descripción del atlas de dígitos %1 no es un archivo actacapture.glyphs/1.</translation>
    </message>
    <message>
        <source>The digit atlas %1 is not a readable PNG image.</source>
        <translation>El atlas de dígitos %1 no es una imagen PNG legible.</translation>
    </message>
    <message>
        <source>The digit atlas %1 does not use %2-pixel cells.</source>
        <translation>El atlas de dígitos %1 no usa celdas de %2 píxeles.</translation>
    </message>
    <message>
        <source>The digit atlas %1 has a malformed class entry.</source>
        <translation>El atlas de dígitos %1 tiene una entrada de clase mal formada.</translation>
    </message>
    <message>
        <source>The digit atlas %1 is smaller than its description says.</source>
        <translation>El atlas de dígitos %1 es más pequeño de lo que indica su descripción.</translation>
    </message>
    <message>
        <source>The digit atlas %1 has no sample of the digit %2.</source>
        <translation>El atlas de dígitos %1 no tiene ninguna muestra del dígito %2.</translation>
    </message>
</context>
<context>
    <name>GuiApp</name>
    <message>
        <source>ActaCapture cannot start</source>
        <translation>No se puede iniciar ActaCapture</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>&amp;Acta key (or part of it):</source>
        <translation>Clave del &amp;acta (o parte de ella):</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Eventos</translation>
    </message>
    <message>
        <source>E&amp;ntry 1 and entry 2</source>
        <translation>Primera y segu&amp;nda captura</translation>
    </message>
</context>
<context>
    <name>HubCommands</name>
    <message>
        <source>actahub: %1</source>
        <translation>actahub: %1</translation>
    </message>
    <message>
        <source>Hub data directory (default %1).</source>
        <translation>Directorio de datos del concentrador (predeterminado: %1).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>directorio</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Address and port to serve HTTPS on (default 127.0.0.1:8443; port 0 picks a free one).</source>
        <translation>Dirección y puerto en los que se atiende HTTPS (predeterminado: 127.0.0.1:8443; con el puerto 0 se elige uno libre).</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:puerto</translation>
    </message>
    <message>
        <source>Minutes between publication cuts while serving (0: never).</source>
        <translation>Minutos entre cortes de resultados mientras el concentrador está en servicio (0: nunca).</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>Publication folder (default: publication/ in the data directory).</source>
        <translation>Carpeta de publicación (predeterminada: publication/ en el directorio de datos).</translation>
    </message>
    <message>
        <source>Requests a second allowed per station.</source>
        <translation>Solicitudes por segundo permitidas por estación.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Burst of requests allowed per station.</source>
        <translation>Ráfaga de solicitudes permitida por estación.</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>se creó %1</translation>
    </message>
    <message>
        <source>data directory: %1</source>
        <translation>directorio de datos: %1</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>base de datos: %1</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>hub key fingerprint: %1</source>
        <translation>huella de la clave del concentrador: %1</translation>
    </message>
    <message>
        <source>hub public key: %1</source>
        <translation>clave pública del concentrador: %1</translation>
    </message>
    <message>
        <source>enrolled station %1 (%2), key fingerprint %3</source>
        <translation>se registró la estación %1 (%2), huella de la clave %3</translation>
    </message>
    <message>
        <source>--listen wants an IP address and a port, like 127.0.0.1:8443.</source>
        <translation>--listen requiere una dirección IP y un puerto, como 127.0.0.1:8443.</translation>
    </message>
    <message>
        <source>--publish-every wants a number of minutes.</source>
        <translation>--publish-every requiere un número de minutos.</translation>
    </message>
    <message>
        <source>--rate must be above 0 and --burst at least 1.</source>
        <translation>--rate debe ser mayor que 0 y --burst, al menos 1.</translation>
    </message>
    <message>
        <source>listening on https://%1:%2/ hub key %3, %4</source>
        <translation>escuchando en https://%1:%2/ clave del concentrador %3, %4</translation>
    </message>
    <message>
        <source>simulation</source>
        <translation>simulacro</translation>
    </message>
    <message>
        <source>production</source>
        <translation>producción</translation>
    </message>
    <message>
        <source>actahub: unknown command or wrong arguments: %1</source>
        <translation>actahub: comando desconocido o argumentos incorrectos: %1</translation>
    </message>
    <message>
        <source>import-bundle: show what would be imported, skipped or refused; change nothing.</source>
        <translation>import-bundle: muestra lo que se importaría, omitiría o rechazaría; no cambia nada.</translation>
    </message>
    <message>
        <source>import-bundle: import it all, or nothing when anything is refused.</source>
        <translation>import-bundle: importa todo, o nada si se rechaza cualquier elemento.</translation>
    </message>
    <message>
        <source>record %1/%2 acta %3 version %4</source>
        <translation>registro %1/%2 acta %3 versión %4</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>imagen %1</translation>
    </message>
    <message>
        <source>import  %1</source>
        <translation>importar  %1</translation>
    </message>
    <message>
        <source>skip    %1: %2</source>
        <translation>omitir    %1: %2</translation>
    </message>
    <message>
        <source>REFUSE  %1: %2</source>
        <translation>RECHAZAR  %1: %2</translation>
    </message>
    <message>
        <source>import-bundle needs exactly one of --preview and --apply.</source>
        <translation>import-bundle requiere exactamente una de las opciones --preview y --apply.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than a bundle may be (%2 bytes).</source>
        <translation>%1 supera el tamaño máximo de un paquete (%2 bytes).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: station %2 is not enrolled at this hub; nothing imported.</source>
        <translation>%1: la estación %2 no está registrada en este concentrador; no se importó nada.</translation>
    </message>
    <message>
        <source>%1: %2; nothing imported.</source>
        <translation>%1: %2; no se importó nada.</translation>
    </message>
    <message>
        <source>a record of station %1 in the bundle of station %2</source>
        <translation>un registro de la estación %1 en el paquete de la estación %2</translation>
    </message>
    <message>
        <source>signed with key %1, not the enrolled %2</source>
        <translation>firmado con la clave %1, no con la registrada %2</translation>
    </message>
    <message>
        <source>a production record, and this is a simulation (drill) hub</source>
        <translation>un registro de producción, y este es un concentrador de simulacro</translation>
    </message>
    <message>
        <source>a simulation (drill) record, and this is a production hub</source>
        <translation>un registro de simulacro, y este es un concentrador de producción</translation>
    </message>
    <message>
        <source>bundle of station %1 made %2: %3 to import, %4 already there, %5 refused</source>
        <translation>paquete de la estación %1 creado el %2: %3 por importar, %4 ya presentes, %5 rechazados</translation>
    </message>
    <message numerus="yes">
        <source>actahub: %n item(s) refused: nothing was imported.</source>
        <translation>
            <numerusform>actahub: se rechazó %n elemento: no se importó nada.</numerusform>
            <numerusform>actahub: se rechazaron %n elementos: no se importó nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>imported.</source>
        <translation>importación concluida.</translation>
    </message>
    <message>
        <source>preview only: nothing was changed.</source>
        <translation>solo vista previa: no se cambió nada.</translation>
    </message>
    <message>
        <source>stations pin: --ca %1 --hub-key %2</source>
        <translation>para fijar en las estaciones: --ca %1 --hub-key %2</translation>
    </message>
    <message>
        <source>Serve the HTTPS API (the default).</source>
        <translation>Atiende la API HTTPS (comando predeterminado).</translation>
    </message>
    <message>
        <source>Create the data directory: store, hub key, TLS CA and certificate.</source>
        <translation>Crea el directorio de datos: base de datos, clave del concentrador, CA y certificado TLS.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Enroll a station from its enrollment request file.</source>
        <translation>Registra una estación a partir de su archivo de solicitud de registro.</translation>
    </message>
    <message>
        <source>--preview|--apply FILE</source>
        <translation>--preview|--apply ARCHIVO</translation>
    </message>
    <message>
        <source>Import a station&apos;s offline bundle (all or nothing).</source>
        <translation>Importa el paquete fuera de línea de una estación (todo o nada).</translation>
    </message>
    <message>
        <source>ActaCapture hub: receives signed acta records over HTTPS and publishes results cuts.</source>
        <translation>Concentrador de ActaCapture: recibe por HTTPS registros de actas firmados y publica cortes de resultados.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>comando</translation>
    </message>
    <message>
        <source>Requests a second allowed per client address, before any signature is checked.</source>
        <translation>Solicitudes por segundo permitidas por dirección de cliente, antes de comprobar cualquier firma.</translation>
    </message>
    <message>
        <source>Burst of requests allowed per client address.</source>
        <translation>Ráfaga de solicitudes permitida por dirección de cliente.</translation>
    </message>
    <message>
        <source>Open connections allowed in all.</source>
        <translation>Conexiones abiertas permitidas en total.</translation>
    </message>
    <message>
        <source>Open connections allowed per client address.</source>
        <translation>Conexiones abiertas permitidas por dirección de cliente.</translation>
    </message>
    <message>
        <source>Seconds a connection may stay silent (headers or body included) before it is closed.</source>
        <translation>Segundos que una conexión puede quedar en silencio (encabezados y cuerpo incluidos) antes de cerrarse.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>--client-rate must be above 0 and --client-burst at least 1.</source>
        <translation>--client-rate debe ser mayor que 0 y --client-burst al menos 1.</translation>
    </message>
    <message>
        <source>--max-connections, --max-client-connections and --idle-timeout want whole numbers of at least 1.</source>
        <translation>--max-connections, --max-client-connections e --idle-timeout requieren números enteros de al menos 1.</translation>
    </message>
    <message>
        <source>File whose first line is the PostgreSQL password (a password never goes on the command line).</source>
        <translation>Archivo cuya primera línea es la contraseña de PostgreSQL (una contraseña nunca va en la línea de órdenes).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>PostgreSQL connection URL without a password (postgresql://user@host:port/db; the password from --database-password-file or $ACTAHUB_DATABASE); default: $ACTAHUB_DATABASE, else the embedded store in the data directory.</source>
        <translation>URL de conexión a PostgreSQL sin contraseña (postgresql://usuario@host:puerto/bd; la contraseña de --database-password-file o de $ACTAHUB_DATABASE); predeterminado: $ACTAHUB_DATABASE, si no, el almacén integrado en el directorio de datos.</translation>
    </message>
    <message>
        <source>--database carries a password, which would be visible to every user of this machine (ps): put it in a file for --database-password-file, or the whole URL in $ACTAHUB_DATABASE.</source>
        <translation>--database lleva una contraseña, que vería cualquier usuario de esta máquina (ps): póngala en un archivo para --database-password-file, o la URL completa en $ACTAHUB_DATABASE.</translation>
    </message>
    <message>
        <source>The database password file %1 cannot be read.</source>
        <translation>No se puede leer el archivo de contraseña de la base de datos %1.</translation>
    </message>
    <message>
        <source>enroll: the districts (numbers, comma-separated) whose actas the station may report; without it, any.</source>
        <translation>enroll: los distritos (números separados por comas) cuyas actas puede reportar la estación; sin esta opción, cualquiera.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>--districts wants district numbers separated by commas, not &quot;%1&quot;.</source>
        <translation>--districts requiere números de distrito separados por comas, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Note: station %1 may report actas of any district (no --districts).</source>
        <translation>Nota: la estación %1 puede reportar actas de cualquier distrito (sin --districts).</translation>
    </message>
    <message>
        <source>conflicts resolve: the station whose version is published.</source>
        <translation>conflicts resolve: la estación cuya versión se publica.</translation>
    </message>
    <message>
        <source>station</source>
        <translation>estación</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>Use: conflicts list | conflicts show CLAVE | conflicts resolve CLAVE --keep STATION --reason TEXT</source>
        <translation>Uso: conflicts list | conflicts show CLAVE | conflicts resolve CLAVE --keep ESTACIÓN --reason TEXTO</translation>
    </message>
    <message>
        <source>conflicts resolve needs --keep STATION and --reason TEXT.</source>
        <translation>conflicts resolve necesita --keep ESTACIÓN y --reason TEXTO.</translation>
    </message>
    <message>
        <source>Acta %1: the version of station %2 is published from the next cut on.</source>
        <translation>Acta %1: la versión de la estación %2 se publica a partir del siguiente corte.</translation>
    </message>
    <message>
        <source>  station %1, sequence %2, version %3, image %4</source>
        <translation>  estación %1, secuencia %2, versión %3, imagen %4</translation>
    </message>
    <message>
        <source>Acta %1 is not in dispute.</source>
        <translation>El acta %1 no está en disputa.</translation>
    </message>
    <message>
        <source>No acta is in dispute.</source>
        <translation>Ninguna acta está en disputa.</translation>
    </message>
    <message>
        <source>list|show CLAVE|resolve CLAVE</source>
        <translation>list|show CLAVE|resolve CLAVE</translation>
    </message>
    <message>
        <source>Actas whose stations disagree: list them, show both sides, or decide (--keep, --reason).</source>
        <translation>Actas en las que las estaciones no coinciden: listarlas, mostrar ambos lados o decidir (--keep, --reason).</translation>
    </message>
    <message>
        <source>STATION</source>
        <translation>ESTACIÓN</translation>
    </message>
    <message>
        <source>Take a station&apos;s key out of service (--reason); it may then enroll a new key.</source>
        <translation>Retira de servicio la clave de una estación (--reason); después puede registrar una clave nueva.</translation>
    </message>
    <message>
        <source>list|heads STATION|gaps [STATION]</source>
        <translation>list|heads ESTACIÓN|gaps [ESTACIÓN]</translation>
    </message>
    <message>
        <source>Enrolled stations, the audit heads a station&apos;s records carried (--json for verify-audit), and jumps in record numbers.</source>
        <translation>Estaciones registradas, las cabezas de bitácora que llevaron los registros de una estación (--json para verify-audit) y saltos en la numeración de registros.</translation>
    </message>
    <message>
        <source>list|verify</source>
        <translation>list|verify</translation>
    </message>
    <message>
        <source>The hub&apos;s own audit log: print it, or check its chain.</source>
        <translation>La bitácora propia del concentrador: mostrarla o verificar su cadena.</translation>
    </message>
    <message>
        <source>conflicts resolve, revoke: why, for the audit log.</source>
        <translation>conflicts resolve, revoke: el motivo, para la bitácora.</translation>
    </message>
    <message>
        <source>stations heads: JSON, the file actacapture verify-audit --witnessed reads.</source>
        <translation>stations heads: JSON, el archivo que lee actacapture verify-audit --witnessed.</translation>
    </message>
    <message>
        <source>serve, init, enroll, revoke, stations, audit, publish, conflicts or import-bundle.</source>
        <translation>serve, init, enroll, revoke, stations, audit, publish, conflicts o import-bundle.</translation>
    </message>
    <message>
        <source>The revoked key of station %1 is replaced; the station retries what was refused with &quot;actacapture upstream retry-refused&quot;.</source>
        <translation>La clave revocada de la estación %1 quedó reemplazada; la estación reintenta lo rechazado con &quot;actacapture upstream retry-refused&quot;.</translation>
    </message>
    <message>
        <source>revoke needs --reason TEXT (it goes into the hub&apos;s audit log).</source>
        <translation>revoke necesita --reason TEXTO (queda en la bitácora del concentrador).</translation>
    </message>
    <message>
        <source>The key %1 of station %2 is revoked: nothing signed with it is taken any more. Enroll the station&apos;s new key with &quot;actahub enroll FILE&quot;.</source>
        <translation>La clave %1 de la estación %2 quedó revocada: ya no se acepta nada firmado con ella. Registre la clave nueva de la estación con &quot;actahub enroll ARCHIVO&quot;.</translation>
    </message>
    <message>
        <source>Use: stations list | stations heads STATION [--json] | stations gaps [STATION]</source>
        <translation>Uso: stations list | stations heads ESTACIÓN [--json] | stations gaps [ESTACIÓN]</translation>
    </message>
    <message>
        <source>%1  %2  key %3  districts %4%5</source>
        <translation>%1  %2  clave %3  distritos %4%5</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>  REVOKED %1: %2</source>
        <translation>  REVOCADA %1: %2</translation>
    </message>
    <message>
        <source>No station is enrolled.</source>
        <translation>No hay estaciones registradas.</translation>
    </message>
    <message>
        <source>%1: after record %2 came record %3 (%4 UTC): %5 number(s) never arrived, or the station was restored</source>
        <translation>%1: después del registro %2 llegó el registro %3 (%4 UTC): %5 número(s) nunca llegaron, o la estación fue restaurada</translation>
    </message>
    <message>
        <source>No jump in record numbers.</source>
        <translation>No hay saltos en la numeración de registros.</translation>
    </message>
    <message>
        <source>record %1 (%2 version %3, %4 UTC): audit entry %5 %6</source>
        <translation>registro %1 (%2 versión %3, %4 UTC): entrada de bitácora %5 %6</translation>
    </message>
    <message>
        <source>No record of station %1 carried an audit head.</source>
        <translation>Ningún registro de la estación %1 llevó una cabeza de bitácora.</translation>
    </message>
    <message>
        <source>Use: audit list | audit verify</source>
        <translation>Uso: audit list | audit verify</translation>
    </message>
    <message>
        <source>The hub&apos;s audit log is broken: %1</source>
        <translation>La bitácora del concentrador está rota: %1</translation>
    </message>
    <message numerus="yes">
        <source>The hub&apos;s audit log is intact: %n entry(ies) checked.</source>
        <translation>
            <numerusform>La bitácora del concentrador está íntegra: %n entrada verificada.</numerusform>
            <numerusform>La bitácora del concentrador está íntegra: %n entradas verificadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the key of station %2 was revoked at this hub; the station exports the bundle again once its new key is enrolled. Nothing imported.</source>
        <translation>%1: la clave de la estación %2 fue revocada en este concentrador; la estación exporta el paquete de nuevo cuando su clave nueva esté registrada. No se importó nada.</translation>
    </message>
    <message>
        <source>--client-connect-rate must be above 0.</source>
        <translation>--client-connect-rate debe ser mayor que 0.</translation>
    </message>
    <message>
        <source>New connections a second allowed per client address (bursts of three times that), before any TLS handshake.</source>
        <translation>Conexiones nuevas por segundo permitidas por dirección de cliente (ráfagas del triple), antes de cualquier negociación TLS.</translation>
    </message>
    <message>
        <source>Use: revoke STATION --reason TEXT</source>
        <translation>Uso: revoke ESTACIÓN --reason TEXTO</translation>
    </message>
    <message>
        <source>publish: the last cut of the count (participation then includes the special casillas&apos; votes).</source>
        <translation>publish: el último corte del conteo (la participación incluye entonces los votos de las casillas especiales).</translation>
    </message>
    <message>
        <source>UTC offset of published cut times, in minutes (default: the election&apos;s publication zone, else this machine&apos;s).</source>
        <translation>Desfase respecto de UTC de las horas publicadas en los cortes, en minutos (predeterminado: la zona de publicación de la elección; si no la tiene, la de esta máquina).</translation>
    </message>
    <message>
        <source>publish, serve: the publication layout (prep2021, the default: INE&apos;s PREP 2021 data dictionary).</source>
        <translation>publish, serve: el formato de publicación (prep2021, el predeterminado: el diccionario de datos del PREP 2021 del INE).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>published a cut of %1 registered actas (of %2 expected) to %3 (%4)</source>
        <translation>se publicó un corte con %1 actas registradas (de %2 esperadas) en %3 (%4)</translation>
    </message>
    <message>
        <source>Write a results cut now: the PREP CSV, the candidates catalog, the JSON with totals and the LEEME, loose and in one zip.</source>
        <translation>Escribe ahora un corte de resultados: el CSV del PREP, el catálogo de candidaturas, el JSON con totales y el LEEME, sueltos y en un zip.</translation>
    </message>
    <message>
        <source>hub mode: %1</source>
        <translation>modo del concentrador: %1</translation>
    </message>
    <message>
        <source>drill (simulation)</source>
        <translation>simulacro</translation>
    </message>
    <message>
        <source>The hub store %1 has no mode yet: run &quot;actahub init&quot; on it first (with --simulation for a drill hub).</source>
        <translation>El almacén del concentrador %1 aún no tiene modo: ejecute primero &quot;actahub init&quot; sobre él (con --simulation para un concentrador de simulacro).</translation>
    </message>
    <message>
        <source>The hub store %1 is a drill (simulation) store, and a store&apos;s mode never changes; this command was given for production (without --simulation). Give --simulation to work on this drill store, or name the production store with --data or --database.</source>
        <translation>El almacén del concentrador %1 es de simulacro, y el modo de un almacén nunca cambia; esta orden se dio para producción (sin --simulation). Indique --simulation para trabajar con este almacén de simulacro, o indique el almacén de producción con --data o --database.</translation>
    </message>
    <message>
        <source>The hub store %1 is a production store, and a store&apos;s mode never changes; this command was given for a drill (--simulation). Leave out --simulation to work on this production store, or name the drill store with --data or --database.</source>
        <translation>El almacén del concentrador %1 es de producción, y el modo de un almacén nunca cambia; esta orden se dio para un simulacro (--simulation). Quite --simulation para trabajar con este almacén de producción, o indique el almacén de simulacro con --data o --database.</translation>
    </message>
    <message>
        <source>Drill hub: init (or serve on a new data directory) makes a drill store, which takes simulation records only; every command on a drill store needs it, and a production store refuses it.</source>
        <translation>Concentrador de simulacro: init (o serve en un directorio de datos nuevo) crea un almacén de simulacro, que solo acepta registros de simulacro; toda orden sobre un almacén de simulacro lo requiere, y un almacén de producción lo rechaza.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>audit entries &quot;%1&quot; (not a set-up event): %2</source>
        <translation>entradas de la bitácora &quot;%1&quot; (no es un evento de configuración): %2</translation>
    </message>
    <message>
        <source>Audit entries by kind</source>
        <translation>Entradas de la bitácora por tipo</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entradas de la bitácora</translation>
    </message>
    <message>
        <source>Audit chain intact</source>
        <translation>Cadena de la bitácora íntegra</translation>
    </message>
    <message>
        <source>Audit head: entry</source>
        <translation>Cabeza de la bitácora: entrada</translation>
    </message>
    <message>
        <source>, districts %1</source>
        <translation>, distritos %1</translation>
    </message>
    <message>
        <source>, revoked</source>
        <translation>, revocada</translation>
    </message>
    <message>
        <source>%1: no audit head received</source>
        <translation>%1: no se recibió ninguna cabeza de bitácora</translation>
    </message>
    <message>
        <source>%1: record %2 (%3 v%4) carried audit entry %5, hash %6</source>
        <translation>%1: el registro %2 (%3 v%4) llevó la entrada de bitácora %5, hash %6</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Estaciones</translation>
    </message>
    <message>
        <source>Enrolled (id, name, key)</source>
        <translation>Registradas (id, nombre, clave)</translation>
    </message>
    <message>
        <source>Last audit head witnessed per station</source>
        <translation>Última cabeza de bitácora atestiguada por estación</translation>
    </message>
    <message>
        <source>Publication folder</source>
        <translation>Carpeta de publicación</translation>
    </message>
    <message>
        <source>a published cut in %1: %2</source>
        <translation>un corte publicado en %1: %2</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Files and their SHA-256</source>
        <translation>Archivos y su SHA-256</translation>
    </message>
    <message>
        <source>Name the reference fingerprint the auditors made with --reference FILE.</source>
        <translation>Indique con --reference ARCHIVO la huella de referencia que hicieron los auditores.</translation>
    </message>
    <message>
        <source>The installed software is not the reference&apos;s:
%1</source>
        <translation>El software instalado no es el de la referencia:
%1</translation>
    </message>
    <message>
        <source>The hub store is not blank, so the start of operations cannot be certified:
%1</source>
        <translation>El almacén del concentrador no está en blanco, así que no se puede certificar el inicio de operaciones:
%1</translation>
    </message>
    <message>
        <source>Software at the close</source>
        <translation>Software al cierre</translation>
    </message>
    <message>
        <source>Differences from the reference</source>
        <translation>Diferencias con la referencia</translation>
    </message>
    <message>
        <source>Certificate written:
  %1
  %2 (signed with the hub key %3; its SHA-256 %4 is printed on the PDF)</source>
        <translation>Certificado escrito:
  %1
  %2 (firmado con la clave del concentrador %3; su SHA-256 %4 está impreso en el PDF)</translation>
    </message>
    <message>
        <source>Use: certify start --reference FILE | certify close --reference FILE | certify check FILE [--key FINGERPRINT]</source>
        <translation>Uso: certify start --reference ARCHIVO | certify close --reference ARCHIVO | certify check ARCHIVO [--key HUELLA]</translation>
    </message>
    <message>
        <source>its manifest is signed with hub key %1; anyone can check the cut with: actaverify %2 --hub-key %1</source>
        <translation>su manifiesto está firmado con la clave del concentrador %1; cualquiera puede verificar el corte con: actaverify %2 --hub-key %1</translation>
    </message>
    <message>
        <source>start|close|check FILE</source>
        <translation>start|close|check ARCHIVO</translation>
    </message>
    <message>
        <source>Certificates for the notary: start and close of operations (PDF and JSON signed with the hub key).</source>
        <translation>Certificados para el notario: inicio y cierre de operaciones (PDF y JSON firmado con la clave del concentrador).</translation>
    </message>
    <message>
        <source>SHA-256 of every installed file and their combined digest; --verify against a reference.</source>
        <translation>SHA-256 de cada archivo instalado y su resumen combinado; --verify compara con una referencia.</translation>
    </message>
    <message>
        <source>certify: the reference fingerprint the auditors made.</source>
        <translation>certify: la huella de referencia que hicieron los auditores.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>certify: where to write the certificate (default: the data directory&apos;s certificados/).</source>
        <translation>certify: dónde escribir el certificado (predeterminado: certificados/ en el directorio de datos).</translation>
    </message>
    <message>
        <source>certify check: the fingerprint the signer must have.</source>
        <translation>certify check: la huella que debe tener el firmante.</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>HUELLA</translation>
    </message>
    <message>
        <source>Last cut: archive</source>
        <translation>Último corte: archivo zip</translation>
    </message>
    <message>
        <source>Last cut: time (UTC)</source>
        <translation>Último corte: hora (UTC)</translation>
    </message>
    <message>
        <source>Last cut: final</source>
        <translation>Último corte: es el final</translation>
    </message>
    <message>
        <source>Last cut: SHA-256 of its manifest</source>
        <translation>Último corte: SHA-256 de su manifiesto</translation>
    </message>
    <message>
        <source>The hub&apos;s audit log is broken (%1), so the start of operations cannot be certified.</source>
        <translation>La bitácora de auditoría del concentrador está rota (%1), así que no se puede certificar el inicio de operaciones.</translation>
    </message>
    <message>
        <source>Records received</source>
        <translation>Registros recibidos</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Conflicts between stations</source>
        <translation>Conflictos entre estaciones</translation>
    </message>
    <message>
        <source>Stations enrolled</source>
        <translation>Estaciones registradas</translation>
    </message>
</context>
<context>
    <name>HubDataDir</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the hub data directory %1.</source>
        <translation>No se puede crear el directorio de datos del concentrador %1.</translation>
    </message>
    <message>
        <source>hub signing key %1 (%2)</source>
        <translation>la clave de firma del concentrador %1 (%2)</translation>
    </message>
    <message>
        <source>TLS CA certificate %1 (pin it in the stations)</source>
        <translation>el certificado de la CA de TLS %1 (fíjelo en las estaciones)</translation>
    </message>
    <message>
        <source>TLS server certificate %1 for localhost, 127.0.0.1 and ::1</source>
        <translation>el certificado de servidor TLS %1 para localhost, 127.0.0.1 y ::1</translation>
    </message>
    <message>
        <source>Cannot read the hub key %1: %2 (run `actahub init` first).</source>
        <translation>No se puede leer la clave del concentrador %1: %2 (ejecute primero `actahub init`).</translation>
    </message>
    <message>
        <source>The hub key %1 is damaged: %2</source>
        <translation>La clave del concentrador %1 está dañada: %2</translation>
    </message>
    <message>
        <source>Cannot read the TLS server certificate %1 (run `actahub init` first).</source>
        <translation>No se puede leer el certificado de servidor TLS %1 (ejecute primero `actahub init`).</translation>
    </message>
    <message>
        <source>Cannot read the TLS server key %1: %2</source>
        <translation>No se puede leer la clave del servidor TLS %1: %2</translation>
    </message>
    <message>
        <source>The TLS server key %1 is not an EC private key in PEM.</source>
        <translation>La clave del servidor TLS %1 no es una clave privada EC en formato PEM.</translation>
    </message>
</context>
<context>
    <name>HubKeyArgument</name>
    <message>
        <source>--hub-key wants the hub&apos;s public key (64 hex digits or its base64) or its fingerprint (like a1b2-c3d4-e5f6-0718-293a-4b5c-6d7e-8f90), as the notary&apos;s certificate gives it.</source>
        <translation>--hub-key espera la clave pública del concentrador (64 dígitos hexadecimales o su base64) o su huella (como a1b2-c3d4-e5f6-0718-293a-4b5c-6d7e-8f90), tal como la da el certificado del notario.</translation>
    </message>
</context>
<context>
    <name>HubStore</name>
    <message>
        <source>The Qt SQL driver %1 is not installed (Debian package %2).</source>
        <translation>El controlador SQL de Qt %1 no está instalado (paquete de Debian %2).</translation>
    </message>
    <message>
        <source>The database address %1 is not a valid URL.</source>
        <translation>La dirección de la base de datos %1 no es una URL válida.</translation>
    </message>
    <message>
        <source>Cannot open the hub database %1: %2</source>
        <translation>No se puede abrir la base de datos del concentrador %1: %2</translation>
    </message>
    <message>
        <source>Database error in &quot;%1&quot;: %2</source>
        <translation>Error de base de datos en &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Database error preparing &quot;%1&quot;: %2</source>
        <translation>Error de base de datos al preparar &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot start a database transaction: %1</source>
        <translation>No se puede iniciar una transacción de base de datos: %1</translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation>No se puede confirmar la transacción: %1</translation>
    </message>
    <message>
        <source>Cannot enroll station %1: %2</source>
        <translation>No se puede registrar la estación %1: %2</translation>
    </message>
    <message>
        <source>No image %1 is stored.</source>
        <translation>No hay ninguna imagen %1 almacenada.</translation>
    </message>
    <message>
        <source>A stored record no longer reads: %1</source>
        <translation>Un registro almacenado ya no se puede leer: %1</translation>
    </message>
    <message>
        <source>There is no table %1.</source>
        <translation>No existe la tabla %1.</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>ya presente</translation>
    </message>
    <message>
        <source>sequence %1 of station %2 was already used for another record</source>
        <translation>la secuencia %1 de la estación %2 ya se usó para otro registro</translation>
    </message>
    <message>
        <source>version %1 of acta %2 was already sent with other content</source>
        <translation>la versión %1 del acta %2 ya se envió con otro contenido</translation>
    </message>
    <message>
        <source>no record names this image</source>
        <translation>ningún registro hace referencia a esta imagen</translation>
    </message>
    <message>
        <source>The hub&apos;s embedded store needs SQLite 3.24 or later, but this process talks to SQLite %1 (another SQLite library, such as SQLCipher&apos;s, was loaded before Qt&apos;s SQLite driver).</source>
        <translation>El almacén integrado del concentrador necesita SQLite 3.24 o posterior, pero este proceso usa SQLite %1 (otra biblioteca SQLite, como la de SQLCipher, se cargó antes que el controlador SQLite de Qt).</translation>
    </message>
    <message>
        <source>The hub database did not say its version.</source>
        <translation>La base de datos del concentrador no informó su versión.</translation>
    </message>
    <message>
        <source>version %1 of acta %2 is out of order: the next version of this station is %3</source>
        <translation>la versión %1 del acta %2 está fuera de orden: la siguiente versión de esta estación es la %3</translation>
    </message>
    <message>
        <source>already there under another sequence number; receipt for this one</source>
        <translation>ya estaba con otro número de secuencia; acuse para este</translation>
    </message>
    <message>
        <source>Station %1 is not enrolled.</source>
        <translation>La estación %1 no está registrada.</translation>
    </message>
    <message>
        <source>hub audit entry %1 does not follow from the one before it</source>
        <translation>la entrada %1 de la auditoría del concentrador no se sigue de la anterior</translation>
    </message>
    <message>
        <source>Deciding a dispute needs a reason; it goes into the hub&apos;s audit log.</source>
        <translation>Decidir una disputa necesita un motivo; queda en la bitácora de auditoría del concentrador.</translation>
    </message>
    <message>
        <source>Acta %1 is not in dispute.</source>
        <translation>El acta %1 no está en disputa.</translation>
    </message>
    <message>
        <source>Station %1 is not a side of the dispute on acta %2.</source>
        <translation>La estación %1 no es parte de la disputa sobre el acta %2.</translation>
    </message>
    <message>
        <source>Key %1 was revoked at %2 (station %3) and is not taken again; the station makes a new one (actacapture change-passphrase --rotate-key) and sends a new enrollment request.</source>
        <translation>La clave %1 fue revocada el %2 (estación %3) y no se vuelve a aceptar; la estación genera una nueva (actacapture change-passphrase --rotate-key) y envía una nueva solicitud de registro.</translation>
    </message>
    <message>
        <source>Station %1 is already enrolled with another key (%2). If the station&apos;s key changed, revoke the old one first (actahub revoke %1 --reason TEXT).</source>
        <translation>La estación %1 ya está registrada con otra clave (%2). Si la clave de la estación cambió, revoque primero la anterior (actahub revoke %1 --reason TEXTO).</translation>
    </message>
    <message>
        <source>Cannot enroll station %1 again: %2</source>
        <translation>No se puede registrar de nuevo la estación %1: %2</translation>
    </message>
    <message>
        <source>Revoking a station&apos;s key needs a reason; it goes into the hub&apos;s audit log.</source>
        <translation>Revocar la clave de una estación requiere un motivo; queda en la bitácora del concentrador.</translation>
    </message>
    <message>
        <source>The key of station %1 (%2) was already revoked at %3.</source>
        <translation>La clave de la estación %1 (%2) ya fue revocada el %3.</translation>
    </message>
    <message>
        <source>Station %1 is not enrolled at this hub.</source>
        <translation>La estación %1 no está registrada en este concentrador.</translation>
    </message>
    <message>
        <source>Key %1 of station %2 was revoked at this hub at %3.</source>
        <translation>La clave %1 de la estación %2 fue revocada en este concentrador el %3.</translation>
    </message>
    <message>
        <source>Station %1 is enrolled with key %2, not %3.</source>
        <translation>La estación %1 está registrada con la clave %2, no con %3.</translation>
    </message>
    <message>
        <source>Station %1 was enrolled again by someone else meanwhile; look at it with &quot;actahub stations list&quot;.</source>
        <translation>Alguien más registró de nuevo la estación %1 mientras tanto; revísela con &quot;actahub stations list&quot;.</translation>
    </message>
    <message>
        <source>The hub store %1 records the mode &quot;%2&quot;, which is neither production nor simulation.</source>
        <translation>El almacén del concentrador %1 registra el modo &quot;%2&quot;, que no es ni producción ni simulacro.</translation>
    </message>
    <message>
        <source>A drill (simulation) record is refused: this hub&apos;s store is a production store.</source>
        <translation>Se rechaza un registro de simulacro: el almacén de este concentrador es de producción.</translation>
    </message>
    <message>
        <source>A production record is refused: this hub&apos;s store is a drill (simulation) store.</source>
        <translation>Se rechaza un registro de producción: el almacén de este concentrador es de simulacro.</translation>
    </message>
    <message>
        <source>The hub store %1 was made before hubs recorded their mode, and holds both production records (%2) and drill records (%3): nobody can tell any more which results are real, so it is used neither to serve, nor to publish, nor to import. Keep it to look into, and start the production hub and the drill hub each on a new store (actahub init, with --simulation for the drill).</source>
        <translation>El almacén del concentrador %1 se creó antes de que los concentradores registraran su modo y contiene registros de producción (%2) y de simulacro (%3): ya nadie puede saber qué resultados son reales, así que no se usa para servir, publicar ni importar. Consérvelo para revisarlo e inicie el concentrador de producción y el de simulacro cada uno en un almacén nuevo (actahub init, con --simulation para el simulacro).</translation>
    </message>
</context>
<context>
    <name>ImageLoader</name>
    <message>
        <source>a PDF document</source>
        <translation>un documento PDF</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>una imagen GIF</translation>
    </message>
    <message>
        <source>a BMP image</source>
        <translation>una imagen BMP</translation>
    </message>
    <message>
        <source>a ZIP archive or office document</source>
        <translation>un archivo ZIP o un documento de Office</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>una imagen WebP</translation>
    </message>
    <message>
        <source>an empty file</source>
        <translation>un archivo vacío</translation>
    </message>
    <message>
        <source>not an image</source>
        <translation>un archivo que no es una imagen</translation>
    </message>
    <message>
        <source>the PNG header is incomplete</source>
        <translation>el encabezado PNG está incompleto</translation>
    </message>
    <message>
        <source>the JPEG structure is damaged at byte %1</source>
        <translation>la estructura JPEG está dañada en el byte %1</translation>
    </message>
    <message>
        <source>the JPEG file has no frame header</source>
        <translation>el archivo JPEG no tiene encabezado de cuadro</translation>
    </message>
    <message>
        <source>the TIFF header is incomplete</source>
        <translation>el encabezado TIFF está incompleto</translation>
    </message>
    <message>
        <source>the TIFF directory lies outside the file</source>
        <translation>el directorio TIFF queda fuera del archivo</translation>
    </message>
    <message>
        <source>the TIFF directory is truncated</source>
        <translation>el directorio TIFF está truncado</translation>
    </message>
    <message>
        <source>it is %1, not a PNG, JPEG or TIFF image</source>
        <translation>es %1, no una imagen PNG, JPEG ni TIFF</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB; the limit for a scanned page is %3 MB.</source>
        <translation>%1 pesa %2 MB; el límite para una página escaneada es de %3 MB.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: the image declares no pixels.</source>
        <translation>%1: la imagen no declara ningún píxel.</translation>
    </message>
    <message>
        <source>%1 declares %2 x %3 pixels (%4 megapixels); the limit is %5 megapixels. It was not decoded.</source>
        <translation>%1 declara %2 x %3 píxeles (%4 megapíxeles); el límite es de %5 megapíxeles. No se decodificó.</translation>
    </message>
    <message>
        <source>%1: the %2 file is incomplete (truncated during copy or transfer?).</source>
        <translation>%1: el archivo %2 está incompleto (¿se truncó durante la copia o la transferencia?).</translation>
    </message>
    <message>
        <source>%1: the %2 data is damaged and cannot be decoded.</source>
        <translation>%1: los datos %2 están dañados y no se pueden decodificar.</translation>
    </message>
    <message>
        <source>the TIFF directories form a loop</source>
        <translation>los directorios del TIFF forman un ciclo</translation>
    </message>
    <message>
        <source>the TIFF file has more than %1 pages</source>
        <translation>el archivo TIFF tiene más de %1 páginas</translation>
    </message>
    <message>
        <source>page %1 of the TIFF file declares tag %2 more than once (a forged header: readers disagree on which value counts)</source>
        <translation>la página %1 del archivo TIFF declara la etiqueta %2 más de una vez (un encabezado falsificado: los lectores no coinciden en qué valor cuenta)</translation>
    </message>
    <message>
        <source>the TIFF structure is damaged and cannot be read</source>
        <translation>la estructura del TIFF está dañada y no se puede leer</translation>
    </message>
    <message>
        <source>page %1 of the TIFF file does not declare its size</source>
        <translation>la página %1 del archivo TIFF no declara su tamaño</translation>
    </message>
    <message>
        <source>page %1 of the TIFF file has %2 samples of %3 bits per pixel; a scanned page has at most 4 samples of 16 bits</source>
        <translation>la página %1 del archivo TIFF tiene %2 muestras de %3 bits por píxel; una página escaneada tiene a lo más 4 muestras de 16 bits</translation>
    </message>
    <message>
        <source>page %1 of the TIFF file stores %2 bytes of uncompressed pixels where its declared size needs %3 (a forged header)</source>
        <translation>la página %1 del archivo TIFF guarda %2 bytes de píxeles sin comprimir donde su tamaño declarado necesita %3 (un encabezado falsificado)</translation>
    </message>
    <message>
        <source>%1: page %2 declares %3 x %4 pixels (%5 megapixels); the limit is %6 megapixels. It was not decoded.</source>
        <translation>%1: la página %2 declara %3 x %4 píxeles (%5 megapíxeles); el límite es %6 megapíxeles. No se decodificó.</translation>
    </message>
    <message>
        <source>%1: the TIFF data is stored in strips or tiles of %2 x %3 pixels (%4 megapixels); the limit is %5 megapixels. It was not decoded.</source>
        <translation>%1: los datos del TIFF están en franjas o mosaicos de %2 x %3 píxeles (%4 megapíxeles); el límite es %5 megapíxeles. No se decodificó.</translation>
    </message>
    <message>
        <source>%1: the %2 file declares %3 x %4 pixels but decodes to %5 x %6 (a forged or damaged header). It was refused.</source>
        <translation>%1: el archivo %2 declara %3 x %4 píxeles pero se decodifica como %5 x %6 (un encabezado falsificado o dañado). Se rechazó.</translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <source>Import scanned actas (PNG, JPEG, TIFF) with the button or by dropping the files here. Each page is checked for quality and read; accepted pages go to the capture queue.</source>
        <translation>Importe actas escaneadas (PNG, JPEG, TIFF) con el botón o arrastrando los archivos aquí. Se revisa la calidad de cada página y se lee su contenido; las páginas aceptadas pasan a la cola de captura.</translation>
    </message>
    <message>
        <source>Sin acta: record a casilla whose acta did not arrive</source>
        <translation>Sin acta: registrar una casilla cuya acta no llegó</translation>
    </message>
    <message>
        <source>Identity typed twice: a page whose QR could not be read</source>
        <translation>Identidad escrita dos veces: una página cuyo QR no se pudo leer</translation>
    </message>
    <message>
        <source>&amp;Import scans…</source>
        <translation>&amp;Importar escaneos…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>&amp;How the scans come in:</source>
        <translation>&amp;Cómo llegan los escaneos:</translation>
    </message>
    <message>
        <source>&amp;Document scanned:</source>
        <translation>&amp;Documento escaneado:</translation>
    </message>
    <message>
        <source>C&amp;LAVE_ACTA:</source>
        <translation>C&amp;LAVE_ACTA:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>&amp;Otra vez:</translation>
    </message>
    <message>
        <source>&amp;Assign identity</source>
        <translation>&amp;Asignar identidad</translation>
    </message>
    <message>
        <source>Casilla &amp;key:</source>
        <translation>Clave de la &amp;casilla:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Record &amp;sin acta</source>
        <translation>Registrar &amp;sin acta</translation>
    </message>
</context>
<context>
    <name>KeyDerivation</name>
    <message>
        <source>The Argon2id pass count %1 is out of range: it must be from %2 to %3.</source>
        <translation>El número de pasadas de Argon2id %1 está fuera de rango: debe ser de %2 a %3.</translation>
    </message>
    <message>
        <source>The Argon2id memory size of %1 bytes is out of range: it must be from %2 bytes to %3 GiB.</source>
        <translation>El tamaño de memoria de Argon2id de %1 bytes está fuera de rango: debe ser de %2 bytes a %3 GiB.</translation>
    </message>
    <message>
        <source>The key derivation salt has %1 bytes; it must have %2.</source>
        <translation>La sal de la derivación de clave tiene %1 bytes; debe tener %2.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the database key: Argon2id needs %1 MiB.</source>
        <translation>No hay memoria suficiente para derivar la clave de la base de datos: Argon2id necesita %1 MiB.</translation>
    </message>
</context>
<context>
    <name>KeyingFile</name>
    <message numerus="yes">
        <source>The keying file %1 is truncated: it has %n byte(s) of %2.</source>
        <translation>
            <numerusform>El archivo de claves %1 está truncado: tiene %n byte de %2.</numerusform>
            <numerusform>El archivo de claves %1 está truncado: tiene %n bytes de %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keying file %1 is empty.</source>
        <translation>El archivo de claves %1 está vacío.</translation>
    </message>
    <message>
        <source>%1 is not an ActaCapture keying file.</source>
        <translation>%1 no es un archivo de claves de ActaCapture.</translation>
    </message>
    <message>
        <source>The keying file %1 has format version %2, written by a newer ActaCapture; this version reads version %3.</source>
        <translation>El archivo de claves %1 tiene la versión de formato %2, escrita por una versión más reciente de ActaCapture; esta versión lee la versión %3.</translation>
    </message>
    <message>
        <source>The keying file %1 has format version %2, which ActaCapture never wrote; it reads version %3.</source>
        <translation>El archivo de claves %1 tiene la versión de formato %2, que ActaCapture nunca ha escrito; esta versión lee la versión %3.</translation>
    </message>
    <message numerus="yes">
        <source>The keying file %1 is damaged: it has %n byte(s) instead of %2.</source>
        <translation>
            <numerusform>El archivo de claves %1 está dañado: tiene %n byte en lugar de %2.</numerusform>
            <numerusform>El archivo de claves %1 está dañado: tiene %n bytes en lugar de %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keying file %1 is damaged: its checksum does not match its contents.</source>
        <translation>El archivo de claves %1 está dañado: su suma de verificación no coincide con su contenido.</translation>
    </message>
    <message>
        <source>The keying file %1 asks for key derivation %2 and cipher profile %3; this version of ActaCapture knows only derivation %4 (Argon2id) with profile %5 (SQLCipher 3).</source>
        <translation>El archivo de claves %1 solicita la derivación de clave %2 y el perfil de cifrado %3; esta versión de ActaCapture solo admite la derivación %4 (Argon2id) con el perfil %5 (SQLCipher 3).</translation>
    </message>
    <message>
        <source>The keying file %1 holds unusable key derivation settings: %2</source>
        <translation>El archivo de claves %1 contiene parámetros de derivación de clave inutilizables: %2</translation>
    </message>
    <message>
        <source>The keying file %1 is missing.</source>
        <translation>Falta el archivo de claves %1.</translation>
    </message>
    <message>
        <source>Could not read the keying file %1: %2</source>
        <translation>No se pudo leer el archivo de claves %1: %2</translation>
    </message>
    <message>
        <source>Could not write the keying file %1: %2</source>
        <translation>No se pudo escribir el archivo de claves %1: %2</translation>
    </message>
    <message>
        <source>Could not make the keying file %1 private to its owner: %2</source>
        <translation>No se pudo restringir el acceso al archivo de claves %1 a su propietario: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ActaCapture</source>
        <translation>ActaCapture</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Elección</translation>
    </message>
    <message>
        <source>Fields of the acta, in the order they are captured:</source>
        <translation>Campos del acta, en el orden en que se capturan:</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Filter casillas by key, section or location…</source>
        <translation>Filtrar casillas por clave, sección o ubicación…</translation>
    </message>
</context>
<context>
    <name>NativeFileDialogs</name>
    <message>
        <source>Import scanned actas</source>
        <translation>Importar actas escaneadas</translation>
    </message>
    <message>
        <source>Scanned actas (*.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Actas escaneadas (*.png *.jpg *.jpeg *.tif *.tiff);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>OutboxPayload</name>
    <message>
        <source>The outbox payload is not a JSON object: %1</source>
        <translation>El contenido de la bandeja de salida no es un objeto JSON: %1</translation>
    </message>
    <message>
        <source>The outbox payload&apos;s cotejada %1 is not 1, 2 or 3.</source>
        <translation>El valor cotejada %1 de la bandeja de salida no es 1, 2 ni 3.</translation>
    </message>
</context>
<context>
    <name>OutboxRecords</name>
    <message>
        <source>Outbox entry %1 (acta %2): %3</source>
        <translation>Registro %1 de la bandeja de salida (acta %2): %3</translation>
    </message>
    <message>
        <source>Outbox entry %1 (acta %2) belongs to election template %3, not to %4, the one given.</source>
        <translation>La entrada %1 de la bandeja de salida (acta %2) pertenece a la plantilla de elección %3, no a %4, la indicada.</translation>
    </message>
</context>
<context>
    <name>PageGenerator</name>
    <message>
        <source>A page of another form needs that form&apos;s template.</source>
        <translation>Una página de otro formato necesita la plantilla de ese formato.</translation>
    </message>
    <message>
        <source>The generated page could not be encoded.</source>
        <translation>No se pudo codificar la página generada.</translation>
    </message>
</context>
<context>
    <name>PageProblem</name>
    <message>
        <source>Not a readable image</source>
        <translation>No es una imagen legible</translation>
    </message>
    <message>
        <source>Image too large</source>
        <translation>Imagen demasiado grande</translation>
    </message>
    <message>
        <source>Resolution too low</source>
        <translation>Resolución demasiado baja</translation>
    </message>
    <message>
        <source>Blurred</source>
        <translation>Borrosa</translation>
    </message>
    <message>
        <source>Too dark</source>
        <translation>Demasiado oscura</translation>
    </message>
    <message>
        <source>Too bright</source>
        <translation>Demasiado clara</translation>
    </message>
    <message>
        <source>Low contrast</source>
        <translation>Bajo contraste</translation>
    </message>
    <message>
        <source>Blank page</source>
        <translation>Página en blanco</translation>
    </message>
    <message>
        <source>Page cut off</source>
        <translation>Página cortada</translation>
    </message>
    <message>
        <source>Not this form</source>
        <translation>No es este formato</translation>
    </message>
    <message>
        <source>Could not align the form</source>
        <translation>No se pudo alinear el formato</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PageProcessor</name>
    <message>
        <source>nothing is printed or written on it.</source>
        <translation>no tiene nada impreso ni escrito.</translation>
    </message>
    <message>
        <source>the paper reads as grey level %1 of 255.</source>
        <translation>el papel tiene un nivel de gris de %1 de 255.</translation>
    </message>
    <message>
        <source>the darkest ink reads as grey level %1 of 255.</source>
        <translation>la tinta más oscura tiene un nivel de gris de %1 de 255.</translation>
    </message>
    <message>
        <source>ink and paper differ by only %1 grey levels of 255.</source>
        <translation>la tinta y el papel difieren solo en %1 niveles de gris de 255.</translation>
    </message>
    <message>
        <source>about %1 dpi; at least %2 dpi are needed.</source>
        <translation>aproximadamente %1 ppp; se necesitan al menos %2 ppp.</translation>
    </message>
    <message>
        <source>printed edges are spread over %1 mm; at most %2 mm is readable.</source>
        <translation>los bordes impresos se difuminan en %1 mm; el máximo legible es %2 mm.</translation>
    </message>
    <message>
        <source>the image could not be processed: %1</source>
        <translation>no se pudo procesar la imagen: %1</translation>
    </message>
    <message>
        <source>its QR code is for template %1 version %2; this station captures template %3 version %4.</source>
        <translation>su código QR corresponde a la plantilla %1 versión %2; esta estación captura la plantilla %3 versión %4.</translation>
    </message>
    <message>
        <source>The QR code could not be read; the key was read from the printed header. Check it against the sheet.</source>
        <translation>No se pudo leer el código QR; la clave se leyó del encabezado impreso. Cotéjela con el acta física.</translation>
    </message>
    <message>
        <source>Neither the QR code nor the printed header could be read: type the acta&apos;s key.</source>
        <translation>No se pudo leer ni el código QR ni el encabezado impreso: escriba la clave del acta.</translation>
    </message>
    <message>
        <source>The QR code is not an acta&apos;s (%1): type the acta&apos;s key.</source>
        <translation>El código QR no es de un acta (%1): escriba la clave del acta.</translation>
    </message>
    <message>
        <source>the acta %1 is of type %2; this template captures type %3.</source>
        <translation>el acta %1 es de tipo %2; esta plantilla captura el tipo %3.</translation>
    </message>
    <message>
        <source>The casilla %1 is not in the catalog: the acta is fuera de catálogo.</source>
        <translation>La casilla %1 no está en el catálogo: el acta queda fuera de catálogo.</translation>
    </message>
</context>
<context>
    <name>PageReading</name>
    <message>
        <source>Stored reading: %1</source>
        <translation>Lectura almacenada: %1</translation>
    </message>
    <message>
        <source>Stored reading of %1: %2</source>
        <translation>Lectura almacenada de %1: %2</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>Record intake</source>
        <translation>Registrar acopio</translation>
    </message>
    <message>
        <source>Accept or reject images</source>
        <translation>Aceptar o rechazar imágenes</translation>
    </message>
    <message>
        <source>Enter data</source>
        <translation>Capturar datos</translation>
    </message>
    <message>
        <source>Adjudicate disputes</source>
        <translation>Dictaminar discrepancias</translation>
    </message>
    <message>
        <source>Record sin acta</source>
        <translation>Registrar sin acta</translation>
    </message>
    <message>
        <source>Resolve acta identity</source>
        <translation>Resolver identidad del acta</translation>
    </message>
    <message>
        <source>Reopen actas</source>
        <translation>Reabrir actas</translation>
    </message>
    <message>
        <source>View dashboard</source>
        <translation>Ver tablero</translation>
    </message>
    <message>
        <source>Export reports</source>
        <translation>Exportar reportes</translation>
    </message>
    <message>
        <source>View acta history</source>
        <translation>Ver historial de actas</translation>
    </message>
    <message>
        <source>View audit log</source>
        <translation>Ver bitácora de auditoría</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>Administrar usuarios</translation>
    </message>
    <message>
        <source>Configure station</source>
        <translation>Configurar estación</translation>
    </message>
    <message>
        <source>Certify station</source>
        <translation>Certificar estación</translation>
    </message>
    <message>
        <source>Run drills</source>
        <translation>Realizar simulacros</translation>
    </message>
    <message>
        <source>Score drills</source>
        <translation>Evaluar simulacros</translation>
    </message>
</context>
<context>
    <name>PrepCut</name>
    <message>
        <source>resultados.csv, line %1: more than %2 cells.</source>
        <translation>resultados.csv, línea %1: más de %2 celdas.</translation>
    </message>
    <message>
        <source>resultados.csv has more than %1 rows.</source>
        <translation>resultados.csv tiene más de %1 filas.</translation>
    </message>
    <message>
        <source>resultados.csv, line %1: a quoted cell is never closed.</source>
        <translation>resultados.csv, línea %1: una celda entre comillas no tiene comilla de cierre.</translation>
    </message>
    <message>
        <source>resultados.csv, line %1: text after a closing quote.</source>
        <translation>resultados.csv, línea %1: hay texto después de una comilla de cierre.</translation>
    </message>
    <message>
        <source>resultados.csv has %1 bytes, more than the %2 this program reads.</source>
        <translation>resultados.csv tiene %1 bytes, más de los %2 que lee este programa.</translation>
    </message>
    <message>
        <source>resultados.csv is not UTF-8 text.</source>
        <translation>resultados.csv no es texto UTF-8.</translation>
    </message>
    <message>
        <source>resultados.csv has %1 lines; its header alone has 6.</source>
        <translation>resultados.csv tiene %1 líneas; solo su encabezado tiene 6.</translation>
    </message>
    <message>
        <source>resultados.csv, line 2: &quot;%1&quot; is not a cut time like 05/06/2027 22:00 (UTC-6).</source>
        <translation>resultados.csv, línea 2: &quot;%1&quot; no es una hora de corte como 05/06/2027 22:00 (UTC-6).</translation>
    </message>
    <message>
        <source>resultados.csv, line 3: not the 13 counters of the 2021 layout.</source>
        <translation>resultados.csv, línea 3: no son los 13 contadores del formato de 2021.</translation>
    </message>
    <message>
        <source>resultados.csv, line 4: %1 counter values for 13 counters.</source>
        <translation>resultados.csv, línea 4: %1 valores para 13 contadores.</translation>
    </message>
    <message>
        <source>resultados.csv, line 5: not blank.</source>
        <translation>resultados.csv, línea 5: no está en blanco.</translation>
    </message>
    <message>
        <source>resultados.csv, line 6: not the columns of the 2021 layout for template %1.</source>
        <translation>resultados.csv, línea 6: no son las columnas del formato de 2021 para la plantilla %1.</translation>
    </message>
    <message>
        <source>resultados.csv, line %1: %2 cells, not %3.</source>
        <translation>resultados.csv, línea %1: %2 celdas, no %3.</translation>
    </message>
    <message>
        <source>resultados.csv, line %1: acta %2 has a row already (line %3).</source>
        <translation>resultados.csv, línea %1: el acta %2 ya tiene una fila (línea %3).</translation>
    </message>
    <message>
        <source>resultados.csv, line %1 (acta %2), %3: &quot;%4&quot; is not a number.</source>
        <translation>resultados.csv, línea %1 (acta %2), %3: &quot;%4&quot; no es un número.</translation>
    </message>
    <message>
        <source>resultados.csv, line %1 (acta %2), CONTABILIZADA: &quot;%3&quot; is neither 0 nor 1.</source>
        <translation>resultados.csv, línea %1 (acta %2), CONTABILIZADA: &quot;%3&quot; no es 0 ni 1.</translation>
    </message>
    <message>
        <source>resultados.csv, line %1 (acta %2): counted, but %3.</source>
        <translation>resultados.csv, línea %1 (acta %2): contabilizada, pero %3.</translation>
    </message>
    <message>
        <source>outside the catalog</source>
        <translation>fuera del catálogo</translation>
    </message>
    <message>
        <source>never received</source>
        <translation>nunca se recibió</translation>
    </message>
    <message>
        <source>resultados.csv, line %1 (acta %2): the vote columns add up to %3, TOTAL_VOTOS_CALCULADO says %4.</source>
        <translation>resultados.csv, línea %1 (acta %2): las columnas de votos suman %3; TOTAL_VOTOS_CALCULADO dice %4.</translation>
    </message>
    <message>
        <source>resultados.csv, line 4, %1: the header says %2, the rows give %3.</source>
        <translation>resultados.csv, línea 4, %1: el encabezado dice %2; las filas dan %3.</translation>
    </message>
</context>
<context>
    <name>PrepRules</name>
    <message>
        <source>Sin acta reason %1 is unknown: it must be 1 to 4.</source>
        <translation>El motivo de sin acta %1 no existe: debe ser de 1 a 4.</translation>
    </message>
    <message>
        <source>Not in the catalog</source>
        <translation>Fuera de catálogo</translation>
    </message>
    <message>
        <source>No acta: package not delivered</source>
        <translation>Sin acta: paquete no entregado</translation>
    </message>
    <message>
        <source>No acta: casilla not installed</source>
        <translation>Sin acta: casilla no instalada</translation>
    </message>
    <message>
        <source>No acta: package delivered without envelope</source>
        <translation>Sin acta: paquete entregado sin sobre</translation>
    </message>
    <message>
        <source>No acta: electronic ballot box contingency</source>
        <translation>Sin acta: contingencia en urna electrónica</translation>
    </message>
    <message>
        <source>Exceeds the voter list</source>
        <translation>Excede lista nominal</translation>
    </message>
    <message>
        <source>All fields illegible</source>
        <translation>Todos los campos ilegibles</translation>
    </message>
    <message>
        <source>All fields without data</source>
        <translation>Todos los campos sin dato</translation>
    </message>
    <message>
        <source>Illegible fields</source>
        <translation>Campos ilegibles</translation>
    </message>
    <message>
        <source>Fields without data</source>
        <translation>Campos sin dato</translation>
    </message>
    <message>
        <source>The field %1 is not part of the template %2.</source>
        <translation>El campo %1 no forma parte de la plantilla %2.</translation>
    </message>
    <message>
        <source>The value %1 of %2 has more digits than the %3 boxes on the form.</source>
        <translation>El valor %1 de %2 tiene más dígitos que los %3 recuadros del formato.</translation>
    </message>
    <message>
        <source>Identity typed from the sheet</source>
        <translation>Identidad escrita a partir de la hoja</translation>
    </message>
    <message>
        <source>The total written on the sheet (%1) differs from the calculated total (%2).</source>
        <translation>El total de votos asentado en el acta (%1) no coincide con el total calculado (%2).</translation>
    </message>
    <message>
        <source>Votes taken out of the ballot box (%1) differ from the calculated total (%2).</source>
        <translation>Los votos sacados de la urna (%1) no coinciden con el total calculado (%2).</translation>
    </message>
    <message>
        <source>People who voted (%1) plus representatives who voted (%2) differ from votes taken out (%3).</source>
        <translation>Las personas que votaron (%1) más los representantes que votaron (%2) no coinciden con los votos sacados de la urna (%3).</translation>
    </message>
    <message>
        <source>People who voted (%1) exceed the voter list (%2).</source>
        <translation>Las personas que votaron (%1) exceden la lista nominal (%2).</translation>
    </message>
    <message>
        <source>Leftover ballots (%1) plus people and representatives who voted (%2) exceed the %3 ballots the casilla could receive.</source>
        <translation>Las boletas sobrantes (%1) más las personas y representantes que votaron (%2) exceden las %3 boletas que podía recibir la casilla.</translation>
    </message>
</context>
<context>
    <name>ProgressQueries</name>
    <message>
        <source>The station store holds a malformed time: %1</source>
        <translation>La base de datos de la estación contiene una fecha y hora mal formada: %1</translation>
    </message>
    <message>
        <source>Acta %1: %2</source>
        <translation>Acta %1: %2</translation>
    </message>
    <message>
        <source>No vote field holds a number</source>
        <translation>Ningún campo de votos tiene un número</translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message>
        <source>Cannot create the publication folder %1.</source>
        <translation>No se puede crear la carpeta de publicación %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Unknown publication format &quot;%1&quot;; this hub writes: %2.</source>
        <translation>Formato de publicación desconocido &quot;%1&quot;; este concentrador escribe: %2.</translation>
    </message>
    <message>
        <source>Cannot make the cut&apos;s archive: %1</source>
        <translation>No se puede crear el archivo zip del corte: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The publication folder %1 has a MODO file that says neither &quot;produccion&quot; nor &quot;simulacro&quot;; nothing is published there until it is put right.</source>
        <translation>La carpeta de publicación %1 tiene un archivo MODO que no dice &quot;produccion&quot; ni &quot;simulacro&quot;; no se publica nada en ella hasta que se corrija.</translation>
    </message>
    <message>
        <source>The publication folder %1 holds earlier results (%2) but no MODO file, and no resultados.json that says whether they were a drill: nothing is published there. Check them, then write &quot;produccion&quot; or &quot;simulacro&quot; into %1/MODO, or publish into another folder (--out).</source>
        <translation>La carpeta de publicación %1 contiene resultados anteriores (%2) pero no tiene archivo MODO ni un resultados.json que diga si eran de simulacro: no se publica nada en ella. Revíselos y escriba &quot;produccion&quot; o &quot;simulacro&quot; en %1/MODO, o publique en otra carpeta (--out).</translation>
    </message>
    <message>
        <source>The publication folder %1 holds production cuts: a drill (simulation) cut is never written there. Publish drill cuts into another folder (--out).</source>
        <translation>La carpeta de publicación %1 contiene cortes de producción: nunca se escribe en ella un corte de simulacro. Publique los cortes de simulacro en otra carpeta (--out).</translation>
    </message>
    <message>
        <source>The publication folder %1 holds drill (simulation) cuts: a production cut is never written there. Publish production cuts into another folder (--out).</source>
        <translation>La carpeta de publicación %1 contiene cortes de simulacro: nunca se escribe en ella un corte de producción. Publique los cortes de producción en otra carpeta (--out).</translation>
    </message>
    <message>
        <source>The hub store %1 is a production store: its cuts are never published as drill (simulation) cuts.</source>
        <translation>El almacén del concentrador %1 es de producción: sus cortes nunca se publican como cortes de simulacro.</translation>
    </message>
    <message>
        <source>The hub store %1 is a drill (simulation) store: its cuts are never published as production cuts.</source>
        <translation>El almacén del concentrador %1 es de simulacro: sus cortes nunca se publican como cortes de producción.</translation>
    </message>
    <message>
        <source>The stored envelope of record %1 of station %2 (acta %3) cannot be published as one line.</source>
        <translation>El sobre guardado del registro %1 de la estación %2 (acta %3) no se puede publicar en una sola línea.</translation>
    </message>
    <message>
        <source>Cannot remove the previous cut&apos;s %1 to write the next.</source>
        <translation>No se puede eliminar el %1 del corte anterior para escribir el siguiente.</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>Cannot encode an empty QR code.</source>
        <translation>No se puede codificar un código QR vacío.</translation>
    </message>
    <message>
        <source>Could not encode the QR code: %1</source>
        <translation>No se pudo codificar el código QR: %1</translation>
    </message>
    <message>
        <source>Could not encode the QR code: the encoder returned no symbol.</source>
        <translation>No se pudo codificar el código QR: el codificador no devolvió ningún símbolo.</translation>
    </message>
    <message>
        <source>Could not encode the QR code: the encoder returned a malformed symbol.</source>
        <translation>No se pudo codificar el código QR: el codificador devolvió un símbolo mal formado.</translation>
    </message>
    <message>
        <source>Cannot look for QR codes in an empty image.</source>
        <translation>No se pueden buscar códigos QR en una imagen vacía.</translation>
    </message>
    <message>
        <source>Could not read QR codes from the image: %1</source>
        <translation>No se pudieron leer códigos QR de la imagen: %1</translation>
    </message>
</context>
<context>
    <name>QrPayload</name>
    <message>
        <source>The QR code is empty.</source>
        <translation>El código QR está vacío.</translation>
    </message>
    <message>
        <source>The QR code uses label format %1; this version of ActaCapture reads %2.</source>
        <translation>El código QR usa el formato de etiqueta %1; esta versión de ActaCapture lee %2.</translation>
    </message>
    <message>
        <source>The QR code is not an ActaCapture acta label: &quot;%1&quot;.</source>
        <translation>El código QR no es una etiqueta de acta de ActaCapture: «%1».</translation>
    </message>
    <message>
        <source>The acta QR code has %1 parts separated by &quot;|&quot;; expected 4 (ACTA1|CLAVE_ACTA|template|version): &quot;%2&quot;.</source>
        <translation>El código QR del acta tiene %1 partes separadas por «|»; se esperaban 4 (ACTA1|CLAVE_ACTA|plantilla|versión): «%2».</translation>
    </message>
    <message>
        <source>The acta QR code holds an invalid CLAVE_ACTA: &quot;%1&quot;.</source>
        <translation>El código QR del acta contiene una CLAVE_ACTA no válida: «%1».</translation>
    </message>
    <message>
        <source>The acta QR code holds an invalid CLAVE_ACTA: %1</source>
        <translation>El código QR del acta contiene una CLAVE_ACTA no válida: %1</translation>
    </message>
    <message>
        <source>The acta QR code names no template.</source>
        <translation>El código QR del acta no indica ninguna plantilla.</translation>
    </message>
    <message>
        <source>The acta QR code&apos;s template version &quot;%1&quot; is not a whole number from 1.</source>
        <translation>La versión de plantilla «%1» del código QR del acta no es un número entero a partir de 1.</translation>
    </message>
</context>
<context>
    <name>ReadingRepository</name>
    <message>
        <source>There is no acta %1 to keep a reading for.</source>
        <translation>No existe el acta %1 para la cual guardar una lectura.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>The receipt has no valid hub key fingerprint.</source>
        <translation>El acuse de recibo no tiene una huella válida de la clave del concentrador.</translation>
    </message>
    <message>
        <source>The receipt lacks the station, sequence, acta or version.</source>
        <translation>Al acuse de recibo le falta la estación, la secuencia, el acta o la versión.</translation>
    </message>
    <message>
        <source>The receipt&apos;s record hash is not 64 lowercase hex digits.</source>
        <translation>El hash del registro del acuse de recibo no tiene 64 dígitos hexadecimales en minúsculas.</translation>
    </message>
    <message>
        <source>The receipt has no reception time.</source>
        <translation>El acuse de recibo no tiene la fecha y hora de recepción.</translation>
    </message>
    <message>
        <source>%1: unknown field</source>
        <translation>%1: campo desconocido</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: falta</translation>
    </message>
    <message>
        <source>%1: expected &quot;%2&quot;</source>
        <translation>%1: se esperaba &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: expected a key fingerprint</source>
        <translation>%1: se esperaba una huella de clave</translation>
    </message>
    <message>
        <source>%1: expected a non-empty string</source>
        <translation>%1: se esperaba una cadena no vacía</translation>
    </message>
    <message>
        <source>%1: expected an integer of at least 1</source>
        <translation>%1: se esperaba un número entero mayor o igual que 1</translation>
    </message>
    <message>
        <source>%1: expected 64 lowercase hex digits</source>
        <translation>%1: se esperaban 64 dígitos hexadecimales en minúsculas</translation>
    </message>
    <message>
        <source>%1: expected a UTC time like 2027-06-06T02:15:30.125Z</source>
        <translation>%1: se esperaba una fecha y hora UTC como 2027-06-06T02:15:30.125Z</translation>
    </message>
    <message>
        <source>The receipt&apos;s audit head is not a sequence number with a hash.</source>
        <translation>La cabeza de bitácora del acuse no es un número de secuencia con un hash.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Unknown role &quot;%1&quot;: expected one of %2.</source>
        <translation>Rol desconocido &quot;%1&quot;: se esperaba uno de %2.</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Capturista</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Capacitador</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>%1 was created by a newer ActaCapture (schema %2); this version knows up to %3.</source>
        <translation>%1 se creó con una versión más reciente de ActaCapture (esquema %2); esta versión admite hasta el esquema %3.</translation>
    </message>
    <message>
        <source>The schema migrations are out of order: step %1 leads to version %2.</source>
        <translation>Las migraciones del esquema están desordenadas: el paso %1 lleva a la versión %2.</translation>
    </message>
    <message>
        <source>Could not bring %1 to schema version %2; it stays at version %3: %4</source>
        <translation>No se pudo llevar %1 a la versión de esquema %2; permanece en la versión %3: %4</translation>
    </message>
</context>
<context>
    <name>SecretSource</name>
    <message>
        <source>No terminal to ask on.</source>
        <translation>No hay una terminal donde solicitar el dato.</translation>
    </message>
</context>
<context>
    <name>SignedCertificate</name>
    <message>
        <source>The certificate is larger than any certificate (%1 bytes at most).</source>
        <translation>El certificado es más grande que cualquier certificado válido (%1 bytes como máximo).</translation>
    </message>
    <message>
        <source>The certificate is not canonical JSON: %1</source>
        <translation>El certificado no es JSON canónico: %1</translation>
    </message>
    <message>
        <source>The certificate must hold exactly certificate, key, public_key and signature.</source>
        <translation>El certificado debe contener exactamente certificate, key, public_key y signature.</translation>
    </message>
    <message>
        <source>Not a certificate of format %1.</source>
        <translation>No es un certificado con formato %1.</translation>
    </message>
    <message>
        <source>The certificate&apos;s public key does not match its fingerprint %1.</source>
        <translation>La clave pública del certificado no coincide con su huella %1.</translation>
    </message>
    <message>
        <source>The certificate was signed with key %1, not with %2.</source>
        <translation>El certificado se firmó con la clave %1, no con %2.</translation>
    </message>
    <message>
        <source>The certificate&apos;s signature does not hold: %1</source>
        <translation>La firma del certificado no es válida: %1</translation>
    </message>
</context>
<context>
    <name>SignedReceipt</name>
    <message>
        <source>The receipt names another hub key than the one signing it.</source>
        <translation>El acuse de recibo indica una clave del concentrador distinta de la que lo firma.</translation>
    </message>
    <message>
        <source>The receipt is refused: it has %1 bytes, more than the %2 allowed.</source>
        <translation>Se rechaza el acuse de recibo: tiene %1 bytes, más de los %2 permitidos.</translation>
    </message>
    <message>
        <source>The receipt is refused: %1</source>
        <translation>Se rechaza el acuse de recibo: %1</translation>
    </message>
    <message>
        <source>The receipt is refused: %1: unknown field</source>
        <translation>Se rechaza el acuse de recibo: %1: campo desconocido</translation>
    </message>
    <message>
        <source>The receipt is refused: $.signature: expected %1 bytes in base64</source>
        <translation>Se rechaza el acuse de recibo: $.signature: se esperaban %1 bytes en base64</translation>
    </message>
    <message>
        <source>The receipt is refused: $.receipt: expected an object</source>
        <translation>Se rechaza el acuse de recibo: $.receipt: se esperaba un objeto</translation>
    </message>
    <message>
        <source>The receipt was signed by hub key %1, not by the pinned hub key %2.</source>
        <translation>El acuse de recibo lo firmó la clave del concentrador %1, no la clave fijada del concentrador %2.</translation>
    </message>
    <message>
        <source>The receipt&apos;s signature does not hold: %1</source>
        <translation>La firma del acuse de recibo no es válida: %1</translation>
    </message>
</context>
<context>
    <name>SignedRecord</name>
    <message>
        <source>The signed record is refused: it has %1 bytes, more than the %2 allowed.</source>
        <translation>Se rechaza el registro firmado: tiene %1 bytes, más de los %2 permitidos.</translation>
    </message>
    <message>
        <source>The signed record is refused: %1</source>
        <translation>Se rechaza el registro firmado: %1</translation>
    </message>
    <message>
        <source>The signed record is refused: %1: unknown field</source>
        <translation>Se rechaza el registro firmado: %1: campo desconocido</translation>
    </message>
    <message>
        <source>The signed record is refused: $.key: expected a key fingerprint like a1b2-c3d4-e5f6-0718-293a-4b5c-6d7e-8f90</source>
        <translation>Se rechaza el registro firmado: $.key: se esperaba una huella de clave como a1b2-c3d4-e5f6-0718-293a-4b5c-6d7e-8f90</translation>
    </message>
    <message>
        <source>The signed record is refused: $.signature: expected %1 bytes in base64</source>
        <translation>Se rechaza el registro firmado: $.signature: se esperaban %1 bytes en base64</translation>
    </message>
    <message>
        <source>The signed record is refused: $.record: expected an object</source>
        <translation>Se rechaza el registro firmado: $.record: se esperaba un objeto</translation>
    </message>
    <message>
        <source>Record %1 of station %2 names key %3, not the key %4 it is checked with.</source>
        <translation>El registro %1 de la estación %2 indica la clave %3, no la clave %4 con la que se verifica.</translation>
    </message>
    <message>
        <source>Record %1 of station %2 is refused: %3</source>
        <translation>Se rechaza el registro %1 de la estación %2: %3</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>A signing key seed has %1 bytes, not %2.</source>
        <translation>Una semilla de clave de firma tiene %1 bytes, no %2.</translation>
    </message>
    <message>
        <source>A stored signing key has %1 bytes, not %2.</source>
        <translation>Una clave de firma almacenada tiene %1 bytes, no %2.</translation>
    </message>
    <message>
        <source>The stored signing key is damaged: its public half does not match its secret half.</source>
        <translation>La clave de firma almacenada está dañada: su mitad pública no coincide con su mitad secreta.</translation>
    </message>
    <message>
        <source>A public key has %1 bytes, not %2.</source>
        <translation>Una clave pública tiene %1 bytes, no %2.</translation>
    </message>
    <message>
        <source>The signature has %1 bytes, not %2.</source>
        <translation>La firma tiene %1 bytes, no %2.</translation>
    </message>
    <message>
        <source>The signature does not match: the document was changed after it was signed, or another key signed it.</source>
        <translation>La firma no coincide: el documento se modificó después de firmarse, o lo firmó otra clave.</translation>
    </message>
</context>
<context>
    <name>SoftwareFingerprint</name>
    <message>
        <source>Prints the SHA-256 of every installed file of ActaCapture and their combined digest, in sha256sum&apos;s format (docs/certification.md). With --verify, compares the installed files with a reference made earlier and names every file that differs, is missing or is extra.</source>
        <translation>Muestra el SHA-256 de cada archivo instalado de ActaCapture y su resumen combinado, en el formato de sha256sum (docs/certification.md). Con --verify, compara los archivos instalados con una referencia hecha antes e indica cada archivo que difiere, que falta o que sobra.</translation>
    </message>
    <message>
        <source>The install folder (default: this program&apos;s, %1).</source>
        <translation>La carpeta de instalación (predeterminada: la de este programa, %1).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Compare with this reference file; exit 1 on any difference.</source>
        <translation>Compara con este archivo de referencia; termina con código 1 ante cualquier diferencia.</translation>
    </message>
    <message>
        <source>REFERENCE</source>
        <translation>REFERENCIA</translation>
    </message>
    <message>
        <source>Write the fingerprint to this file instead of the terminal.</source>
        <translation>Escribe la huella en este archivo en lugar de la terminal.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Also list the resources embedded in this program (models, templates, translations); informative, not part of the digest.</source>
        <translation>Lista también los recursos incluidos en este programa (modelos, plantillas, traducciones); es informativo, no forma parte del resumen.</translation>
    </message>
    <message>
        <source>This command takes no argument.</source>
        <translation>Este comando no acepta argumentos.</translation>
    </message>
    <message>
        <source>--verify and --output do not go together.</source>
        <translation>--verify y --output no se pueden usar juntos.</translation>
    </message>
    <message>
        <source>Installed files (%1): %2</source>
        <translation>Archivos instalados (%1): %2</translation>
    </message>
    <message>
        <source>Reference (%1): %2</source>
        <translation>Referencia (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>The installed software is the reference&apos;s: %n file(s), all equal.</source>
        <translation>
            <numerusform>El software instalado es el de la referencia: %n archivo, igual.</numerusform>
            <numerusform>El software instalado es el de la referencia: %n archivos, todos iguales.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The installed software is NOT the reference&apos;s: %n difference(s).</source>
        <translation>
            <numerusform>El software instalado NO es el de la referencia: %n diferencia.</numerusform>
            <numerusform>El software instalado NO es el de la referencia: %n diferencias.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Fingerprint of %n file(s) written to %1; combined digest %2.</source>
        <translation>
            <numerusform>Huella de %n archivo escrita en %1; resumen combinado %2.</numerusform>
            <numerusform>Huella de %n archivos escrita en %1; resumen combinado %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The file name %1 holds a line break or a backslash; a fingerprint cannot name it. Remove it.</source>
        <translation>El nombre de archivo %1 contiene un salto de línea o una barra invertida; una huella no lo puede nombrar. Elimine ese archivo.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to a folder; a fingerprint does not follow those.</source>
        <translation>%1 es un enlace simbólico a una carpeta; una huella no sigue esos enlaces.</translation>
    </message>
    <message>
        <source>%1 is neither a file nor a folder (a device, socket or broken link).</source>
        <translation>%1 no es un archivo ni una carpeta (es un dispositivo, un socket o un enlace roto).</translation>
    </message>
    <message>
        <source>The install folder %1 does not exist.</source>
        <translation>La carpeta de instalación %1 no existe.</translation>
    </message>
    <message>
        <source>No file of ActaCapture was found under %1 (bin/acta*, share/actacapture/).</source>
        <translation>No se encontró ningún archivo de ActaCapture en %1 (bin/acta*, share/actacapture/).</translation>
    </message>
    <message>
        <source>%1 is larger than a fingerprint can be (%2 bytes at most).</source>
        <translation>%1 es más grande de lo que puede ser una huella (%2 bytes como máximo).</translation>
    </message>
    <message>
        <source>%1: the last line does not end with a line feed (a cut-off file?).</source>
        <translation>%1: la última línea no termina con un salto de línea (¿un archivo truncado?).</translation>
    </message>
    <message>
        <source>%1, line %2: the file name must be relative to the install folder and stay in it.</source>
        <translation>%1, línea %2: el nombre de archivo debe ser relativo a la carpeta de instalación y quedar dentro de ella.</translation>
    </message>
    <message>
        <source>%1, line %2: %3 is listed twice (also line %4).</source>
        <translation>%1, línea %2: %3 aparece dos veces (también en la línea %4).</translation>
    </message>
    <message>
        <source>%1 lists no file.</source>
        <translation>%1 no lista ningún archivo.</translation>
    </message>
    <message>
        <source>%1: its combined digest (%2) is not the digest of the files it lists (%3): the file was edited.</source>
        <translation>%1: su resumen combinado (%2) no es el resumen de los archivos que lista (%3): el archivo se editó.</translation>
    </message>
    <message>
        <source>Cannot read the fingerprint %1: %2</source>
        <translation>No se puede leer la huella %1: %2</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>no es un archivo</translation>
    </message>
    <message>
        <source>differs: %1 (its content is not the reference&apos;s)</source>
        <translation>difiere: %1 (su contenido no es el de la referencia)</translation>
    </message>
    <message>
        <source>missing: %1 (in the reference, not installed)</source>
        <translation>falta: %1 (está en la referencia, no está instalado)</translation>
    </message>
    <message>
        <source>extra: %1 (installed, not in the reference)</source>
        <translation>sobra: %1 (está instalado, no está en la referencia)</translation>
    </message>
    <message>
        <source>%1, line %2: expected a SHA-256 (64 lowercase hex digits), two spaces and a file name.</source>
        <translation>%1, línea %2: se esperaba un SHA-256 (64 dígitos hexadecimales en minúsculas), dos espacios y un nombre de archivo.</translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Open the station</source>
        <translation>Abrir la estación</translation>
    </message>
    <message>
        <source>Station passphrase:</source>
        <translation>Frase de acceso de la estación:</translation>
    </message>
    <message>
        <source>Open station</source>
        <translation>Abrir estación</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>%1 (statement &quot;%2&quot; on %3): %4</source>
        <translation>%1 (sentencia &quot;%2&quot; en %3): %4</translation>
    </message>
    <message>
        <source>Could not bind parameter %1</source>
        <translation>No se pudo asignar el parámetro %1</translation>
    </message>
    <message>
        <source>The statement &quot;%1&quot; has no parameter named %2.</source>
        <translation>La sentencia &quot;%1&quot; no tiene ningún parámetro llamado %2.</translation>
    </message>
    <message>
        <source>Could not run the statement</source>
        <translation>No se pudo ejecutar la sentencia</translation>
    </message>
    <message>
        <source>Could not clear the parameters</source>
        <translation>No se pudieron borrar los parámetros</translation>
    </message>
    <message>
        <source>The query &quot;%1&quot; returned no row.</source>
        <translation>La consulta &quot;%1&quot; no devolvió ninguna fila.</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation>No se puede eliminar %1.</translation>
    </message>
    <message>
        <source>%1 has no station record: it was never initialised completely.</source>
        <translation>%1 no tiene registro de estación: nunca se terminó de inicializar.</translation>
    </message>
    <message>
        <source>The station passphrase is too short: it needs at least 12 characters.</source>
        <translation>La frase de acceso de la estación es demasiado corta: debe tener al menos 12 caracteres.</translation>
    </message>
    <message>
        <source>The station needs a name.</source>
        <translation>La estación requiere un nombre.</translation>
    </message>
    <message>
        <source>Cannot create the station folder %1.</source>
        <translation>No se puede crear la carpeta de la estación %1.</translation>
    </message>
    <message>
        <source>There is no station in %1 (no station.db). Create one with init-station.</source>
        <translation>No hay ninguna estación en %1 (no existe station.db). Cree una con init-station.</translation>
    </message>
    <message>
        <source>%1 (%2) may not back up the station.</source>
        <translation>%1 (%2) no puede respaldar la estación.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another backup file.</source>
        <translation>%1 ya existe; elija otro archivo de respaldo.</translation>
    </message>
    <message>
        <source>The backup cannot be written over the station itself.</source>
        <translation>El respaldo no se puede escribir sobre la propia estación.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>No se puede escribir el respaldo %1: %2</translation>
    </message>
    <message>
        <source>Cannot move the backup&apos;s keying file to %1.</source>
        <translation>No se puede mover el archivo de claves del respaldo a %1.</translation>
    </message>
    <message>
        <source>Cannot move the backup to %1.</source>
        <translation>No se puede mover el respaldo a %1.</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>Falló el respaldo en %1: %2</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>El respaldo %1 no existe.</translation>
    </message>
    <message>
        <source>The backup %1 has no keying file beside it (%2).</source>
        <translation>El respaldo %1 no tiene su archivo de claves junto a él (%2).</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 into %2 to check it.</source>
        <translation>No se puede copiar el respaldo %1 en %2 para verificarlo.</translation>
    </message>
    <message>
        <source>The backup cannot be used: %1</source>
        <translation>El respaldo no se puede usar: %1</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation>El respaldo %1 está dañado: %2</translation>
    </message>
    <message>
        <source>The backup %1 has schema version %2, which this ActaCapture cannot use.</source>
        <translation>El respaldo %1 tiene la versión de esquema %2, que esta versión de ActaCapture no puede usar.</translation>
    </message>
    <message>
        <source>The backup&apos;s audit log does not verify: %1</source>
        <translation>La bitácora de auditoría del respaldo no pasa la verificación: %1</translation>
    </message>
    <message>
        <source>Cannot set the current station aside as %1.</source>
        <translation>No se puede apartar la estación actual como %1.</translation>
    </message>
    <message>
        <source>Cannot set the current keying file aside as %1.</source>
        <translation>No se puede apartar el archivo de claves actual como %1.</translation>
    </message>
    <message>
        <source>Cannot put the checked backup in place as %1.</source>
        <translation>No se puede colocar el respaldo verificado en su lugar como %1.</translation>
    </message>
    <message>
        <source>%1 (%2) may not change the station passphrase.</source>
        <translation>%1 (%2) no puede cambiar la frase de acceso de la estación.</translation>
    </message>
    <message>
        <source>The station %1 has no signing key.</source>
        <translation>La estación %1 no tiene clave de firma.</translation>
    </message>
    <message>
        <source>The signing key of station %1 is damaged.</source>
        <translation>La clave de firma de la estación %1 está dañada.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be brought to this version&apos;s schema: %2</source>
        <translation>El respaldo %1 no se puede llevar al esquema de esta versión: %2</translation>
    </message>
    <message>
        <source>%1 (%2) may not restore the station: only an administrator of the backup may.</source>
        <translation>%1 (%2) no puede restaurar la estación: solo puede hacerlo un administrador del respaldo.</translation>
    </message>
    <message>
        <source>%1 (%2) may not replace the station&apos;s signing key.</source>
        <translation>%1 (%2) no puede reemplazar la clave de firma de la estación.</translation>
    </message>
    <message>
        <source>drill (simulacro)</source>
        <translation>de simulacro</translation>
    </message>
    <message>
        <source>production</source>
        <translation>de producción</translation>
    </message>
    <message>
        <source>The station in %1 is a %2 station; this program was opened for a %3 station. A drill never shares a store with the operational count: open a drill station with --simulation (or from the trainer&apos;s screen), the operational one without it.</source>
        <translation>La estación en %1 es %2; este programa se abrió para una estación %3. Un simulacro nunca comparte almacén con el conteo de la operación: abra una estación de simulacro con --simulation (o desde la pantalla del capacitador) y la de la operación sin esa opción.</translation>
    </message>
    <message>
        <source>The backup %1 is of a %2 station; this is a restore for a %3 station.</source>
        <translation>El respaldo %1 es de una estación %2; esta restauración es para una estación %3.</translation>
    </message>
</context>
<context>
    <name>StationCertifier</name>
    <message>
        <source>Actas</source>
        <translation>Actas</translation>
    </message>
    <message>
        <source>Data entries</source>
        <translation>Capturas</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Recognition readings</source>
        <translation>Lecturas del reconocimiento</translation>
    </message>
    <message>
        <source>Records to send (outbox)</source>
        <translation>Registros por enviar (bandeja de salida)</translation>
    </message>
    <message>
        <source>Hub receipts</source>
        <translation>Acuses de los concentradores</translation>
    </message>
    <message>
        <source>Hub refusals</source>
        <translation>Rechazos de los concentradores</translation>
    </message>
    <message>
        <source>Drills loaded</source>
        <translation>Simulacros cargados</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>audit entries &quot;%1&quot; (not a set-up event): %2</source>
        <translation>entradas de la bitácora &quot;%1&quot; (no es un evento de configuración): %2</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Audit entries by kind</source>
        <translation>Entradas de la bitácora por tipo</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entradas de la bitácora</translation>
    </message>
    <message>
        <source>Audit chain intact</source>
        <translation>Cadena de la bitácora íntegra</translation>
    </message>
    <message>
        <source>Audit head: entry</source>
        <translation>Cabeza de la bitácora: entrada</translation>
    </message>
    <message>
        <source>Audit head: hash</source>
        <translation>Cabeza de la bitácora: hash</translation>
    </message>
    <message>
        <source>, disabled</source>
        <translation>, deshabilitado</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Hubs</source>
        <translation>Concentradores</translation>
    </message>
    <message>
        <source>Hubs the station sends to (name, address, key)</source>
        <translation>Concentradores a los que envía la estación (nombre, dirección, clave)</translation>
    </message>
    <message>
        <source>%1: no receipt</source>
        <translation>%1: sin acuse</translation>
    </message>
    <message>
        <source>%1: unreadable receipt (%2)</source>
        <translation>%1: acuse ilegible (%2)</translation>
    </message>
    <message>
        <source>%1: record %2 (%3 v%4), received %5, record SHA-256 %6</source>
        <translation>%1: registro %2 (%3 v%4), recibido el %5, SHA-256 del registro %6</translation>
    </message>
    <message>
        <source>; audit head witnessed: entry %1, hash %2</source>
        <translation>; cabeza de bitácora atestiguada: entrada %1, hash %2</translation>
    </message>
    <message>
        <source>Last receipt of each hub</source>
        <translation>Último acuse de cada concentrador</translation>
    </message>
    <message>
        <source>Records to send</source>
        <translation>Registros por enviar</translation>
    </message>
    <message>
        <source>Acknowledged by the hubs</source>
        <translation>Con acuse de los concentradores</translation>
    </message>
    <message>
        <source>Not yet acknowledged</source>
        <translation>Aún sin acuse</translation>
    </message>
    <message>
        <source>Refused for good (record, hub)</source>
        <translation>Rechazados definitivamente (registro, concentrador)</translation>
    </message>
    <message>
        <source>Actas by state</source>
        <translation>Actas por estado</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Under the PREP rules</source>
        <translation>Según las reglas del PREP</translation>
    </message>
    <message>
        <source>Actas expected (catalog)</source>
        <translation>Actas esperadas (catálogo)</translation>
    </message>
    <message>
        <source>Actas received</source>
        <translation>Actas recibidas</translation>
    </message>
    <message>
        <source>Actas verified</source>
        <translation>Actas verificadas</translation>
    </message>
    <message>
        <source>Actas counted (CONTABILIZADA 1)</source>
        <translation>Actas contabilizadas (CONTABILIZADA 1)</translation>
    </message>
    <message>
        <source>Final actas by OBSERVACIONES</source>
        <translation>Actas en estado final, por OBSERVACIONES</translation>
    </message>
    <message>
        <source>The start of operations is certified against a reference fingerprint: name the file the auditors made (actacapture fingerprint --output FILE).</source>
        <translation>El inicio de operaciones se certifica contra una huella de referencia: indique el archivo que hicieron los auditores (actacapture fingerprint --output ARCHIVO).</translation>
    </message>
    <message>
        <source>The installed software is not the reference&apos;s:
%1</source>
        <translation>El software instalado no es el de la referencia:
%1</translation>
    </message>
    <message>
        <source>The store is not blank, so the start of operations cannot be certified:
%1</source>
        <translation>El almacén no está en blanco, así que no se puede certificar el inicio de operaciones:
%1</translation>
    </message>
    <message>
        <source>Software at the close</source>
        <translation>Software al cierre</translation>
    </message>
    <message>
        <source>Differences from the reference</source>
        <translation>Diferencias con la referencia</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>La cuenta %1 está deshabilitada.</translation>
    </message>
    <message>
        <source>%1 may not certify the station (administrators only).</source>
        <translation>%1 no puede certificar la estación (solo administradores).</translation>
    </message>
    <message>
        <source>The audit log&apos;s chain is broken at entry %1, so the start of operations cannot be certified.</source>
        <translation>La cadena de la bitácora de auditoría está rota en la entrada %1, así que no se puede certificar el inicio de operaciones.</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Elección</translation>
    </message>
    <message>
        <source>Election template</source>
        <translation>Plantilla de la elección</translation>
    </message>
    <message>
        <source>Template version</source>
        <translation>Versión de la plantilla</translation>
    </message>
    <message>
        <source>Casillas in the catalog</source>
        <translation>Casillas en el catálogo</translation>
    </message>
</context>
<context>
    <name>StationKeyList</name>
    <message>
        <source>The key of station %1 cannot be published: it lacks its id, key or enrollment time.</source>
        <translation>La clave de la estación %1 no se puede publicar: le falta su id, su clave o su fecha y hora de registro.</translation>
    </message>
    <message>
        <source>%1 has %2 bytes, more than the %3 allowed.</source>
        <translation>%1 tiene %2 bytes, más de los %3 permitidos.</translation>
    </message>
    <message>
        <source>$.format: expected &quot;%1&quot;</source>
        <translation>$.format: se esperaba &quot;%1&quot;</translation>
    </message>
    <message>
        <source>$.keys: expected an array</source>
        <translation>$.keys: se esperaba un arreglo</translation>
    </message>
    <message>
        <source>%1: expected a station id, a %2-byte public key in base64 and an enrollment time</source>
        <translation>%1: se esperaba un id de estación, una clave pública de %2 bytes en base64 y una fecha y hora de registro</translation>
    </message>
    <message>
        <source>%1.fingerprint: not the fingerprint of its public key</source>
        <translation>%1.fingerprint: no es la huella de su clave pública</translation>
    </message>
    <message>
        <source>%1.revoked_at: expected a UTC time or null</source>
        <translation>%1.revoked_at: se esperaba una fecha y hora UTC o null</translation>
    </message>
</context>
<context>
    <name>StationSettings</name>
    <message>
        <source>The stored idle lock time &quot;%1&quot; is not a number of minutes.</source>
        <translation>El tiempo de bloqueo por inactividad guardado «%1» no es un número de minutos.</translation>
    </message>
    <message>
        <source>A production station must lock when left alone: choose between %1 and %2 minutes.</source>
        <translation>Una estación de producción debe bloquearse cuando se deja sola: elija entre %1 y %2 minutos.</translation>
    </message>
    <message>
        <source>The idle lock time must be between %1 and %2 minutes, not %3.</source>
        <translation>El tiempo de bloqueo por inactividad debe estar entre %1 y %2 minutos, no %3.</translation>
    </message>
    <message>
        <source>The hot folder must be given by its full path, not &quot;%1&quot;.</source>
        <translation>La carpeta de entrada debe darse con su ruta completa, no «%1».</translation>
    </message>
    <message>
        <source>The hot folder %1 does not exist or is not a folder.</source>
        <translation>La carpeta de entrada %1 no existe o no es una carpeta.</translation>
    </message>
</context>
<context>
    <name>StationWindow</name>
    <message>
        <source>ActaCapture</source>
        <translation>ActaCapture</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Version, Qt and the software fingerprint (F1)</source>
        <translation>Versión, Qt y la huella del software (F1)</translation>
    </message>
    <message>
        <source>Locks the station; only you can unlock it (Ctrl+Shift+L)</source>
        <translation>Bloquea la estación; solo usted puede desbloquearla (Ctrl+Mayús+L)</translation>
    </message>
    <message>
        <source>About…</source>
        <translation>Acerca de…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Ends your session (Ctrl+Shift+Q)</source>
        <translation>Termina su sesión (Ctrl+Mayús+Q)</translation>
    </message>
</context>
<context>
    <name>SyncRecordJson</name>
    <message>
        <source>%1: missing</source>
        <translation>%1: falta</translation>
    </message>
    <message>
        <source>%1: expected a string</source>
        <translation>%1: se esperaba una cadena</translation>
    </message>
    <message>
        <source>%1: must not be empty</source>
        <translation>%1: no debe estar vacío</translation>
    </message>
    <message>
        <source>%1: expected a string or null</source>
        <translation>%1: se esperaba una cadena o null</translation>
    </message>
    <message>
        <source>%1: expected an integer</source>
        <translation>%1: se esperaba un número entero</translation>
    </message>
    <message>
        <source>%1: %2 is outside %3..%4</source>
        <translation>%1: %2 está fuera de %3..%4</translation>
    </message>
    <message>
        <source>%1: expected true or false</source>
        <translation>%1: se esperaba true o false</translation>
    </message>
    <message>
        <source>%1: expected a UTC time like 2027-06-06T18:00:00.000Z</source>
        <translation>%1: se esperaba una fecha y hora UTC como 2027-06-06T18:00:00.000Z</translation>
    </message>
    <message>
        <source>The record of acta %1 does not survive its own serialization (a time without milliseconds precision or not in UTC?).</source>
        <translation>El registro del acta %1 no sobrevive a su propia serialización (¿una hora sin precisión de milisegundos o que no está en UTC?).</translation>
    </message>
    <message>
        <source>%1: unknown field</source>
        <translation>%1: campo desconocido</translation>
    </message>
    <message>
        <source>%1: expected &quot;%2&quot;, found &quot;%3&quot;</source>
        <translation>%1: se esperaba &quot;%2&quot;; se encontró &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: expected 64 lowercase hexadecimal digits</source>
        <translation>%1: se esperaban 64 dígitos hexadecimales en minúsculas</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1: se esperaba un objeto</translation>
    </message>
    <message>
        <source>%1: a field id must not be empty</source>
        <translation>%1: un id de campo no debe estar vacío</translation>
    </message>
    <message>
        <source>%1: expected digits without leading zeros, &quot;ILEGIBLE&quot; or &quot;SIN_DATO&quot;, found &quot;%2&quot;</source>
        <translation>%1: se esperaban dígitos sin ceros a la izquierda, &quot;ILEGIBLE&quot; o &quot;SIN_DATO&quot;; se encontró &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: expected an array of user ids</source>
        <translation>%1: se esperaba un arreglo de ids de usuario</translation>
    </message>
    <message>
        <source>%1: expected a user id</source>
        <translation>%1: se esperaba un id de usuario</translation>
    </message>
    <message>
        <source>expected 1, 2, 3, 4 or null</source>
        <translation>se esperaba 1, 2, 3, 4 o null</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: expected 1 to %2 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>%1: se esperaban de 1 a %2 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an acta key (13 characters such as 210101B010002)</source>
        <translation>%1: &quot;%2&quot; no es una clave de acta (13 caracteres, como 210101B010002)</translation>
    </message>
    <message>
        <source>%1: expected at most %2 characters of text without control characters</source>
        <translation>%1: se esperaban a lo más %2 caracteres de texto sin caracteres de control</translation>
    </message>
    <message>
        <source>%1: expected one of &quot;%2&quot;</source>
        <translation>%1: se esperaba uno de &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: expected true (left out when false)</source>
        <translation>%1: se esperaba true (se omite cuando es falso)</translation>
    </message>
    <message>
        <source>%1: not in a sin acta record</source>
        <translation>%1: no va en un registro sin acta</translation>
    </message>
</context>
<context>
    <name>Tally</name>
    <message>
        <source>Stored value of %1: %2</source>
        <translation>Valor almacenado de %1: %2</translation>
    </message>
    <message>
        <source>Stored field values are not a JSON object: %1</source>
        <translation>Los valores de campo almacenados no son un objeto JSON: %1</translation>
    </message>
</context>
<context>
    <name>TesseractReader</name>
    <message>
        <source>Tesseract could not start with the language &quot;%1&quot; (is tesseract-ocr-%1 installed?).</source>
        <translation>Tesseract no pudo iniciarse con el idioma &quot;%1&quot; (¿está instalado tesseract-ocr-%1?).</translation>
    </message>
    <message>
        <source>The printed header could not be read.</source>
        <translation>No se pudo leer el encabezado impreso.</translation>
    </message>
    <message>
        <source>The printed header has no readable &quot;Clave del acta&quot; line.</source>
        <translation>El encabezado impreso no tiene una línea &quot;Clave del acta&quot; legible.</translation>
    </message>
</context>
<context>
    <name>TrainerView</name>
    <message>
        <source>Generate a drill</source>
        <translation>Generar un simulacro</translation>
    </message>
    <message>
        <source>Actas:</source>
        <translation>Actas:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Semilla:</translation>
    </message>
    <message>
        <source>Night (minutes):</source>
        <translation>Noche (minutos):</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Run the drill</source>
        <translation>Ejecutar el simulacro</translation>
    </message>
    <message>
        <source>Drill:</source>
        <translation>Simulacro:</translation>
    </message>
    <message>
        <source>Lasts (minutes):</source>
        <translation>Duración (minutos):</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Reporte</translation>
    </message>
    <message>
        <source>Score now</source>
        <translation>Evaluar ahora</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Cannot start a transaction: the station store is closed.</source>
        <translation>No se puede iniciar una transacción: la base de datos de la estación está cerrada.</translation>
    </message>
    <message>
        <source>There is no open transaction to commit.</source>
        <translation>No hay ninguna transacción abierta que confirmar.</translation>
    </message>
    <message>
        <source>Cannot start a transaction on %1: one is already open (a step of it joins with nest()).</source>
        <translation>No se puede iniciar una transacción en %1: ya hay una abierta (un paso de ella se une con nest()).</translation>
    </message>
    <message>
        <source>Cannot write to %1 inside a read-only snapshot.</source>
        <translation>No se puede escribir en %1 dentro de una instantánea de solo lectura.</translation>
    </message>
    <message>
        <source>The station store %1 ended the transaction of this action after an earlier failure; nothing of the action was saved.</source>
        <translation>El almacén de la estación %1 terminó la transacción de esta acción tras una falla anterior; no se guardó nada de la acción.</translation>
    </message>
    <message>
        <source>A step inside this transaction on %1 is still open; nothing was committed.</source>
        <translation>Un paso dentro de esta transacción en %1 sigue abierto; no se confirmó nada.</translation>
    </message>
    <message>
        <source>A step of this action on %1 could not be undone, so none of the action is saved.</source>
        <translation>Un paso de esta acción en %1 no se pudo deshacer, así que no se guarda nada de la acción.</translation>
    </message>
</context>
<context>
    <name>UpstreamRepository</name>
    <message>
        <source>%1 may not configure where the station sends its actas.</source>
        <translation>%1 no puede configurar a dónde envía sus actas la estación.</translation>
    </message>
    <message>
        <source>The hub address %1 is not an https:// URL with a host.</source>
        <translation>La dirección del concentrador %1 no es una URL https:// con un host.</translation>
    </message>
    <message>
        <source>The endpoint needs a name.</source>
        <translation>El destino necesita un nombre.</translation>
    </message>
    <message>
        <source>The CA certificate for %1 is not a PEM certificate.</source>
        <translation>El certificado de la CA para %1 no es un certificado PEM.</translation>
    </message>
    <message>
        <source>The hub key for %1 must be 32 bytes (64 hex digits), not %2 bytes.</source>
        <translation>La clave del concentrador para %1 debe tener 32 bytes (64 dígitos hexadecimales), no %2 bytes.</translation>
    </message>
    <message>
        <source>There is already an endpoint named %1.</source>
        <translation>Ya existe un destino llamado %1.</translation>
    </message>
    <message>
        <source>There is no endpoint named %1.</source>
        <translation>No existe ningún destino llamado %1.</translation>
    </message>
    <message>
        <source>Removing %1 would leave fewer endpoints than the quorum of %2; lower the quorum first.</source>
        <translation>Quitar %1 dejaría menos destinos que el quórum de %2; primero reduzca el quórum.</translation>
    </message>
    <message>
        <source>The quorum must be between 1 and the %1 configured endpoint(s), not %2.</source>
        <translation>El quórum debe estar entre 1 y el número de destinos configurados (%1), no %2.</translation>
    </message>
    <message>
        <source>The station holds no image with SHA-256 %1.</source>
        <translation>La estación no tiene ninguna imagen con SHA-256 %1.</translation>
    </message>
    <message>
        <source>A stored receipt of endpoint %1 does not hold: %2</source>
        <translation>Un acuse guardado del destino %1 no es válido: %2</translation>
    </message>
    <message>
        <source>A stored receipt of endpoint %1 is for station %2, not this one.</source>
        <translation>Un acuse guardado del destino %1 es de la estación %2, no de esta.</translation>
    </message>
    <message>
        <source>The hub key must be 64 hexadecimal digits.</source>
        <translation>La clave del concentrador debe tener 64 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a CA certificate (more than %2 bytes).</source>
        <translation>%1 es demasiado grande para un certificado de CA (más de %2 bytes).</translation>
    </message>
    <message>
        <source>%1 is not a PEM certificate (no BEGIN CERTIFICATE line).</source>
        <translation>%1 no es un certificado PEM (no tiene la línea BEGIN CERTIFICATE).</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>The user name &quot;%1&quot; is not valid: use 2 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>El nombre de usuario &quot;%1&quot; no es válido: use de 2 a 32 letras minúsculas, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, y comience con una letra o un dígito.</translation>
    </message>
    <message>
        <source>The password is too short: it needs at least %1 characters.</source>
        <translation>La contraseña es demasiado corta: debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The password may not be the user name.</source>
        <translation>La contraseña no puede ser igual al nombre de usuario.</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>No hay memoria suficiente para calcular el hash de la contraseña.</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>La cuenta %1 está deshabilitada.</translation>
    </message>
    <message>
        <source>%1 (%2) may not manage users.</source>
        <translation>%1 (%2) no puede administrar usuarios.</translation>
    </message>
    <message>
        <source>The full name of %1 is empty.</source>
        <translation>El nombre completo de %1 está vacío.</translation>
    </message>
    <message>
        <source>The user %1 already exists.</source>
        <translation>El usuario %1 ya existe.</translation>
    </message>
    <message>
        <source>The station already has users; a first administrator can only be created once.</source>
        <translation>La estación ya tiene usuarios; el primer administrador solo puede crearse una vez.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>No puede deshabilitar su propia cuenta.</translation>
    </message>
    <message>
        <source>The user %1 is already disabled.</source>
        <translation>El usuario %1 ya está deshabilitado.</translation>
    </message>
    <message>
        <source>Unknown user or wrong password.</source>
        <translation>Usuario desconocido o contraseña incorrecta.</translation>
    </message>
    <message>
        <source>The account %1 is disabled; ask an administrator.</source>
        <translation>La cuenta %1 está deshabilitada; comuníquese con un administrador.</translation>
    </message>
    <message numerus="yes">
        <source>The account %1 is locked after %2 failed logins; try again in %n minute(s).</source>
        <translation>
            <numerusform>La cuenta %1 está bloqueada tras %2 intentos fallidos de inicio de sesión; intente de nuevo en %n minuto.</numerusform>
            <numerusform>La cuenta %1 está bloqueada tras %2 intentos fallidos de inicio de sesión; intente de nuevo en %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>No existe el usuario %1.</translation>
    </message>
    <message>
        <source>There is no user with id %1.</source>
        <translation>No existe ningún usuario con id %1.</translation>
    </message>
    <message>
        <source>%1 (%2) may not do this: %3.</source>
        <translation>%1 (%2) no puede hacer esto: %3.</translation>
    </message>
    <message>
        <source>%1 is the last enabled administrator: nobody could manage the station after it is disabled.</source>
        <translation>%1 es el último administrador habilitado: nadie podría administrar la estación si se deshabilita.</translation>
    </message>
    <message>
        <source>The user %1 is not disabled.</source>
        <translation>El usuario %1 no está deshabilitado.</translation>
    </message>
    <message>
        <source>The account %1 is not locked.</source>
        <translation>La cuenta %1 no está bloqueada.</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Checks a results cut published by an ActaCapture hub: the manifest&apos;s signature with the hub key you trust, every file&apos;s SHA-256, the counters of resultados.csv against its rows, each station&apos;s signature on the records behind the rows and each row against them, and with --images the acta images. Exit status 0 when everything holds, 1 when something does not, 2 on a usage error.</source>
        <translation>Verifica un corte de resultados publicado por un concentrador de ActaCapture: la firma del manifiesto con la clave del concentrador en la que usted confía, el SHA-256 de cada archivo, los contadores de resultados.csv contra sus filas, la firma de cada estación en los registros que respaldan las filas y cada fila contra ellos, y, con --images, las imágenes de las actas. Código de salida: 0 cuando todo es válido, 1 cuando algo no lo es, 2 ante un error de uso.</translation>
    </message>
    <message>
        <source>The hub&apos;s public key (64 hex digits or base64) or its fingerprint, taken from an independent channel (the notary&apos;s certificate), not from the cut.</source>
        <translation>La clave pública del concentrador (64 dígitos hexadecimales o base64) o su huella, tomada de un medio independiente (el certificado del notario), no del corte.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message>
        <source>A folder of acta images to check against each row&apos;s SHA.</source>
        <translation>Una carpeta de imágenes de actas para revisarlas contra el SHA de cada fila.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Signed records to check the rows against (one envelope a line), instead of the cut&apos;s registros.jsonl.</source>
        <translation>Registros firmados contra los que se revisan las filas (un sobre por línea), en lugar del registros.jsonl del corte.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>cut</source>
        <translation>corte</translation>
    </message>
    <message>
        <source>The publication folder, a folder with one cut&apos;s files, or a cut&apos;s .zip.</source>
        <translation>La carpeta de publicación, una carpeta con los archivos de un corte, o el .zip de un corte.</translation>
    </message>
    <message>
        <source>Name one cut: a folder or a .zip.</source>
        <translation>Indique un corte: una carpeta o un .zip.</translation>
    </message>
    <message>
        <source>--hub-key is required: the hub key (or its fingerprint) from the notary&apos;s certificate or another channel you trust. The key file inside the cut proves nothing alone.</source>
        <translation>--hub-key es obligatoria: la clave del concentrador (o su huella) tomada del certificado del notario o de otro medio en el que usted confíe. El archivo de la clave dentro del corte no prueba nada por sí solo.</translation>
    </message>
    <message>
        <source>The stations&apos; keys from a source other than the hub (their enrollment or certificates): one line &quot;STATION_ID FINGERPRINT&quot; a key. A record signed with a key this file does not give its station is a problem.</source>
        <translation>Las claves de las estaciones, obtenidas de una fuente distinta del concentrador (su registro o sus certificados): una línea &quot;ID_ESTACION HUELLA&quot; por clave. Un registro firmado con una clave que este archivo no asigna a su estación es un problema.</translation>
    </message>
</context>
<context>
    <name>VerifyReport</name>
    <message>
        <source>[ OK ]</source>
        <translation>[ OK ]</translation>
    </message>
    <message>
        <source>[FAIL]</source>
        <translation>[FALLA]</translation>
    </message>
    <message>
        <source>[ -- ]</source>
        <translation>[ -- ]</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… y %n más.</numerusform>
            <numerusform>… y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Se detuvo la verificación: %1</translation>
    </message>
    <message>
        <source>Result: VERIFIED. Every file is the one the hub signed, the counters agree with the rows, and every row checked agrees with what its station signed.</source>
        <translation>Resultado: VERIFICADO. Cada archivo es el que firmó el concentrador, los contadores coinciden con las filas y cada fila revisada coincide con lo que firmó su estación.</translation>
    </message>
    <message numerus="yes">
        <source>Result: NOT VERIFIED: %n problem(s) found. Each line above says what does not hold and where.</source>
        <translation>
            <numerusform>Resultado: NO VERIFICADO: se encontró %n problema. Cada línea de arriba indica qué falla y dónde.</numerusform>
            <numerusform>Resultado: NO VERIFICADO: se encontraron %n problemas. Cada línea de arriba indica qué falla y dónde.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>%1 is not a whole ZIP archive: it ends before its own records do.</source>
        <translation>%1 no es un archivo ZIP completo: termina antes que sus propios registros.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a ZIP archive this program reads: %2</source>
        <translation>%1 no es un archivo ZIP que este programa pueda leer: %2</translation>
    </message>
    <message>
        <source>it is too short</source>
        <translation>es demasiado corto</translation>
    </message>
    <message>
        <source>it spans several disks</source>
        <translation>abarca varios discos</translation>
    </message>
    <message>
        <source>it is a ZIP64 archive</source>
        <translation>es un archivo ZIP64</translation>
    </message>
    <message>
        <source>it has %1 entries, more than the %2 allowed</source>
        <translation>tiene %1 entradas, más de las %2 permitidas</translation>
    </message>
    <message>
        <source>its central directory lies outside the file</source>
        <translation>su directorio central está fuera del archivo</translation>
    </message>
    <message>
        <source>central directory entry %1 is damaged</source>
        <translation>la entrada %1 del directorio central está dañada</translation>
    </message>
    <message>
        <source>entry %1 is encrypted</source>
        <translation>la entrada %1 está cifrada</translation>
    </message>
    <message>
        <source>entry %1 uses compression method %2</source>
        <translation>la entrada %1 usa el método de compresión %2</translation>
    </message>
    <message>
        <source>entry %1 is stored with two different sizes</source>
        <translation>la entrada %1 está guardada con dos tamaños distintos</translation>
    </message>
    <message>
        <source>entry %1 has a name that is not UTF-8</source>
        <translation>la entrada %1 tiene un nombre que no es UTF-8</translation>
    </message>
    <message>
        <source>it holds %1 twice</source>
        <translation>contiene %1 dos veces</translation>
    </message>
    <message>
        <source>%1 in %2 has %3 bytes, more than the %4 this program reads.</source>
        <translation>%1 en %2 tiene %3 bytes, más de los %4 que lee este programa.</translation>
    </message>
    <message>
        <source>%1 in %2: its local header is damaged.</source>
        <translation>%1 en %2: su encabezado local está dañado.</translation>
    </message>
    <message>
        <source>%1 in %2: its data runs into the central directory.</source>
        <translation>%1 en %2: sus datos invaden el directorio central.</translation>
    </message>
    <message>
        <source>%1 in %2: its compressed data is damaged.</source>
        <translation>%1 en %2: sus datos comprimidos están dañados.</translation>
    </message>
    <message>
        <source>zlib could not start inflating %1.</source>
        <translation>zlib no pudo empezar a descomprimir %1.</translation>
    </message>
    <message>
        <source>%1 in %2: its CRC-32 does not match; the archive is damaged.</source>
        <translation>%1 en %2: su CRC-32 no coincide; el archivo ZIP está dañado.</translation>
    </message>
    <message>
        <source>its last 22 bytes are not its end of central directory record (a comment, or bytes after the archive)</source>
        <translation>sus últimos 22 bytes no son su registro de fin del directorio central (hay un comentario, o bytes después del archivo zip)</translation>
    </message>
    <message>
        <source>it carries an archive comment</source>
        <translation>lleva un comentario de archivo zip</translation>
    </message>
    <message>
        <source>its central directory does not end where its end record starts (%1 bytes between)</source>
        <translation>su directorio central no termina donde empieza su registro final (hay %1 bytes entre ambos)</translation>
    </message>
    <message>
        <source>entry %1 has flags %2, not those of a plain file</source>
        <translation>la entrada %1 tiene los indicadores %2, que no son los de un archivo simple</translation>
    </message>
    <message>
        <source>entry %1 carries extra fields or a comment</source>
        <translation>la entrada %1 lleva campos adicionales o un comentario</translation>
    </message>
    <message>
        <source>entry %1 starts at byte %2, not right after the entry before it (byte %3)</source>
        <translation>la entrada %1 empieza en el byte %2, no justo después de la entrada anterior (byte %3)</translation>
    </message>
    <message>
        <source>entry %1 runs into the central directory</source>
        <translation>la entrada %1 invade el directorio central</translation>
    </message>
    <message>
        <source>entry %1 has no local header where the central directory says</source>
        <translation>la entrada %1 no tiene encabezado local donde indica el directorio central</translation>
    </message>
    <message>
        <source>the local header of entry %1 does not say what the central directory says</source>
        <translation>el encabezado local de la entrada %1 no dice lo mismo que el directorio central</translation>
    </message>
    <message>
        <source>its central directory holds %1 bytes after its last entry</source>
        <translation>su directorio central contiene %1 bytes después de su última entrada</translation>
    </message>
    <message>
        <source>%1 bytes between its last entry and its central directory belong to no entry</source>
        <translation>%1 bytes entre su última entrada y su directorio central no pertenecen a ninguna entrada</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>the name is empty</source>
        <translation>el nombre está vacío</translation>
    </message>
    <message>
        <source>the name starts with &apos;/&apos;</source>
        <translation>el nombre empieza con &apos;/&apos;</translation>
    </message>
    <message>
        <source>the name contains a backslash; use &apos;/&apos;</source>
        <translation>el nombre contiene una barra invertida; use &apos;/&apos;</translation>
    </message>
    <message>
        <source>the name contains &apos;:&apos;</source>
        <translation>el nombre contiene &apos;:&apos;</translation>
    </message>
    <message>
        <source>the name contains a control character</source>
        <translation>el nombre contiene un carácter de control</translation>
    </message>
    <message>
        <source>the name is not valid Unicode</source>
        <translation>el nombre no es Unicode válido</translation>
    </message>
    <message>
        <source>the name is longer than 65535 bytes</source>
        <translation>el nombre tiene más de 65535 bytes</translation>
    </message>
    <message>
        <source>the name has an empty part (&quot;//&quot; or a trailing &apos;/&apos;)</source>
        <translation>el nombre tiene una parte vacía (&quot;//&quot; o una &apos;/&apos; al final)</translation>
    </message>
    <message>
        <source>the name has a &quot;.&quot; or &quot;..&quot; part</source>
        <translation>el nombre tiene una parte &quot;.&quot; o &quot;..&quot;</translation>
    </message>
    <message>
        <source>Cannot add &quot;%1&quot; to the archive: %2.</source>
        <translation>No se puede agregar &quot;%1&quot; al archivo zip: %2.</translation>
    </message>
    <message>
        <source>Cannot add &quot;%1&quot; to the archive: it is there already.</source>
        <translation>No se puede agregar &quot;%1&quot; al archivo zip: ya está en él.</translation>
    </message>
    <message>
        <source>Cannot add &quot;%1&quot; to the archive: its modification time is not valid.</source>
        <translation>No se puede agregar &quot;%1&quot; al archivo zip: su fecha de modificación no es válida.</translation>
    </message>
    <message>
        <source>Cannot add &quot;%1&quot; to the archive: it holds %2 entries, the most a ZIP without ZIP64 can.</source>
        <translation>No se puede agregar &quot;%1&quot; al archivo zip: ya tiene %2 entradas, el máximo de un ZIP sin ZIP64.</translation>
    </message>
    <message>
        <source>Cannot add &quot;%1&quot; to the archive: the archive would reach 4 GiB, the most a ZIP without ZIP64 can hold.</source>
        <translation>No se puede agregar &quot;%1&quot; al archivo zip: llegaría a 4 GiB, el máximo de un ZIP sin ZIP64.</translation>
    </message>
</context>
<context>
    <name>acta::DrillFeeder</name>
    <message>
        <source>A drill lasts at least one minute.</source>
        <translation>Un simulacro dura al menos un minuto.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 is already in the hot folder; it was not copied again.</source>
        <translation>%1 ya está en la carpeta vigilada; no se volvió a copiar.</translation>
    </message>
    <message>
        <source>Cannot copy %1 into the hot folder %2.</source>
        <translation>No se puede copiar %1 a la carpeta vigilada %2.</translation>
    </message>
    <message>
        <source>The drill&apos;s scan %1 is missing from %2: is this drill %3&apos;s scans folder?</source>
        <translation>Falta el escaneo %1 del simulacro en %2: ¿es esta la carpeta de escaneos del simulacro %3?</translation>
    </message>
    <message>
        <source>The scan %1 in %2 is not the one drill %3 made (changed, or another drill&apos;s).</source>
        <translation>El escaneo %1 en %2 no es el que hizo el simulacro %3 (cambió, o es de otro simulacro).</translation>
    </message>
</context>
<context>
    <name>acta::HubServer</name>
    <message>
        <source>There is no %1 %2 in this API.</source>
        <translation>Esta API no tiene %1 %2.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>No se puede escuchar en %1:%2: %3</translation>
    </message>
    <message>
        <source>Station %1 sends too fast (at most %2 requests a second); retry in %3 s.</source>
        <translation>La estación %1 envía demasiado rápido (máximo %2 solicitudes por segundo); reintente en %3 s.</translation>
    </message>
    <message>
        <source>Station %1 is not enrolled at this hub.</source>
        <translation>La estación %1 no está registrada en este concentrador.</translation>
    </message>
    <message>
        <source>Station %1 is enrolled with key %2, not %3.</source>
        <translation>La estación %1 está registrada con la clave %2, no con %3.</translation>
    </message>
    <message>
        <source>The signature does not hold: %1</source>
        <translation>La firma no es válida: %1</translation>
    </message>
    <message>
        <source>A simulation (drill) record is refused by this production hub.</source>
        <translation>Este concentrador de producción rechaza los registros de simulacro.</translation>
    </message>
    <message>
        <source>A production record is refused by this simulation (drill) hub.</source>
        <translation>Este concentrador de simulacro rechaza los registros de producción.</translation>
    </message>
    <message>
        <source>Sequence %1 of station %2 was already used for another record.</source>
        <translation>La secuencia %1 de la estación %2 ya se usó para otro registro.</translation>
    </message>
    <message>
        <source>Station %1 already sent another record as version %2 of acta %3.</source>
        <translation>La estación %1 ya envió otro registro como versión %2 del acta %3.</translation>
    </message>
    <message>
        <source>already stored: same receipt</source>
        <translation>ya almacenado: mismo acuse de recibo</translation>
    </message>
    <message>
        <source>stored; conflicts with another station&apos;s figures</source>
        <translation>almacenado; en conflicto con las cifras de otra estación</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>almacenado</translation>
    </message>
    <message>
        <source>The image name must be its SHA-256 in 64 lowercase hex digits.</source>
        <translation>El nombre de la imagen debe ser su SHA-256 en 64 dígitos hexadecimales en minúsculas.</translation>
    </message>
    <message>
        <source>The image&apos;s SHA-256 is %1, not the %2 it was sent as.</source>
        <translation>El SHA-256 de la imagen es %1, no el %2 con el que se envió.</translation>
    </message>
    <message>
        <source>No stored record names image %1: send the record first.</source>
        <translation>Ningún registro almacenado hace referencia a la imagen %1: envíe primero el registro.</translation>
    </message>
    <message>
        <source>image stored</source>
        <translation>imagen almacenada</translation>
    </message>
    <message>
        <source>image already stored</source>
        <translation>imagen ya almacenada</translation>
    </message>
    <message>
        <source>Station %1 sent version %2 of acta %3; the next version it may send is %4.</source>
        <translation>La estación %1 envió la versión %2 del acta %3; la siguiente versión que puede enviar es la %4.</translation>
    </message>
    <message>
        <source>The hub is stopping; send the request again later.</source>
        <translation>El concentrador se está deteniendo; envíe la solicitud de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The hub already listens.</source>
        <translation>El concentrador ya está escuchando.</translation>
    </message>
    <message>
        <source>The hub needs a TLS certificate and its private key to listen.</source>
        <translation>El concentrador necesita un certificado TLS y su clave privada para escuchar.</translation>
    </message>
    <message>
        <source>Too many requests from %1 (at most %2 a second); retry in %3 s.</source>
        <translation>Demasiadas solicitudes desde %1 (a lo más %2 por segundo); reintente en %3 s.</translation>
    </message>
    <message>
        <source>The request body of %1 bytes is over this request&apos;s limit of %2 bytes.</source>
        <translation>El cuerpo de la solicitud, de %1 bytes, excede el límite de %2 bytes de esta solicitud.</translation>
    </message>
    <message>
        <source>The request body is over this request&apos;s limit of %1 bytes.</source>
        <translation>El cuerpo de la solicitud excede el límite de %1 bytes de esta solicitud.</translation>
    </message>
    <message>
        <source>already stored under another sequence number: receipt for this one</source>
        <translation>ya guardado con otro número de secuencia: acuse para este</translation>
    </message>
    <message>
        <source>Record of template %1; this hub publishes template %2.</source>
        <translation>Registro de la plantilla %1; este concentrador publica la plantilla %2.</translation>
    </message>
    <message>
        <source>Acta %1 is not of acta type %2, the one of template %3.</source>
        <translation>El acta %1 no es del tipo de acta %2, el de la plantilla %3.</translation>
    </message>
    <message>
        <source>Acta %1 carries a figure for %2, which template %3 does not have.</source>
        <translation>El acta %1 trae una cifra para %2, que la plantilla %3 no tiene.</translation>
    </message>
    <message numerus="yes">
        <source>Acta %1 carries figures typed by %n person(s); double entry needs two.</source>
        <translation>
            <numerusform>El acta %1 trae cifras capturadas por %n persona; la doble captura necesita dos.</numerusform>
            <numerusform>El acta %1 trae cifras capturadas por %n personas; la doble captura necesita dos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Acta %1 names more than two entries.</source>
        <translation>El acta %1 nombra más de dos capturas.</translation>
    </message>
    <message>
        <source>Both entries of acta %1 were typed by %2: double entry needs two people.</source>
        <translation>Ambas capturas del acta %1 las hizo %2: la doble captura necesita dos personas.</translation>
    </message>
    <message>
        <source>Acta %1 was made final by %2, who typed its first entry.</source>
        <translation>El acta %1 la dio por definitiva %2, quien hizo su primera captura.</translation>
    </message>
    <message>
        <source>Station %1 serves districts %2; acta %3 is not in the catalog.</source>
        <translation>La estación %1 atiende los distritos %2; el acta %3 no está en el catálogo.</translation>
    </message>
    <message>
        <source>Station %1 serves districts %2; acta %3 is of district %4.</source>
        <translation>La estación %1 atiende los distritos %2; el acta %3 es del distrito %4.</translation>
    </message>
    <message>
        <source>The key of station %1 was revoked at this hub; the station must make a new key and be enrolled again.</source>
        <translation>La clave de la estación %1 fue revocada en este concentrador; la estación debe generar una clave nueva y registrarse de nuevo.</translation>
    </message>
    <message>
        <source>Acta %1 carries a figure for %2, which is not on the ballot of district %3-%4.</source>
        <translation>El acta %1 trae una cifra para %2, que no está en la boleta del distrito %3-%4.</translation>
    </message>
</context>
<context>
    <name>acta::SyncWorker</name>
    <message>
        <source>No upstream hub is configured: add one with &quot;actacapture upstream add&quot;.</source>
        <translation>No hay ningún concentrador configurado: agregue uno con &quot;actacapture upstream add&quot;.</translation>
    </message>
    <message>
        <source>The pinned CA certificate of endpoint %1 cannot be read.</source>
        <translation>No se puede leer el certificado fijado de la CA del destino %1.</translation>
    </message>
    <message>
        <source>Outbox record %1 (acta %2) cannot be signed: %3</source>
        <translation>El registro %1 de la bandeja de salida (acta %2) no se puede firmar: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the hub answered %2 %3</source>
        <translation>%1: el concentrador respondió %2 %3</translation>
    </message>
    <message>
        <source>record %1 (acta %2)</source>
        <translation>registro %1 (acta %2)</translation>
    </message>
    <message>
        <source>%1: the hub answered %2</source>
        <translation>%1: el concentrador respondió %2</translation>
    </message>
    <message>
        <source>the receipt is for another record (station %1, seq %2, acta %3)</source>
        <translation>el acuse de recibo corresponde a otro registro (estación %1, secuencia %2, acta %3)</translation>
    </message>
    <message>
        <source>%1: the hub&apos;s receipt does not hold: %2</source>
        <translation>%1: el acuse de recibo del concentrador no es válido: %2</translation>
    </message>
    <message>
        <source>image of acta %1</source>
        <translation>imagen del acta %1</translation>
    </message>
    <message>
        <source>The sync worker stopped at once; see the message before this one.</source>
        <translation>La sincronización se detuvo de inmediato; vea el mensaje anterior.</translation>
    </message>
</context>
<context>
    <name>acta::cli::StandardSecretSource</name>
    <message>
        <source>%1 is not set and there is no terminal to ask on.</source>
        <translation>La variable %1 no está definida y no hay una terminal donde solicitar el dato.</translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Escríbala de nuevo: </translation>
    </message>
    <message>
        <source>The two entries differ; nothing was changed.</source>
        <translation>Las dos entradas no coinciden; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>acta::gui::AboutDialog</name>
    <message>
        <source>&lt;b style=&quot;font-size:14pt&quot;&gt;ActaCapture&lt;/b&gt;&lt;br&gt;Election results capture station (preliminary results, PREP)</source>
        <translation>&lt;b style=&quot;font-size:14pt&quot;&gt;ActaCapture&lt;/b&gt;&lt;br&gt;Estación de captura de resultados electorales (resultados preliminares, PREP)</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilado con %2)</translation>
    </message>
    <message>
        <source>%1 · id %2 · drill (simulacro)</source>
        <translation>%1 · id %2 · simulacro</translation>
    </message>
    <message>
        <source>%1 · id %2 · production</source>
        <translation>%1 · id %2 · producción</translation>
    </message>
    <message>
        <source>none open yet</source>
        <translation>ninguna abierta todavía</translation>
    </message>
    <message>
        <source>The fingerprint is the SHA-256 of the installed files of ActaCapture. How to check it against the auditors&apos; reference (&lt;tt&gt;actacapture fingerprint --verify FILE&lt;/tt&gt;) and what the notary certifies at the start and close of operations: &lt;tt&gt;%1&lt;/tt&gt;.</source>
        <translation>La huella es el SHA-256 de los archivos instalados de ActaCapture. Cómo compararla con la referencia de los auditores (&lt;tt&gt;actacapture fingerprint --verify ARCHIVO&lt;/tt&gt;) y qué certifica el notario al inicio y al cierre de operaciones: &lt;tt&gt;%1&lt;/tt&gt;.</translation>
    </message>
</context>
<context>
    <name>acta::gui::AdjudicationView</name>
    <message numerus="yes">
        <source>Disputes: %n acta(s)</source>
        <translation>
            <numerusform>Discrepancias: %n acta</numerusform>
            <numerusform>Discrepancias: %n actas</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a supervisor may adjudicate.</source>
        <translation>Solo un supervisor puede dictaminar.</translation>
    </message>
    <message>
        <source>Acta %1 is %2: it is not in dispute.</source>
        <translation>El acta %1 está en estado «%2»: no tiene discrepancia.</translation>
    </message>
    <message>
        <source>You entered acta %1: a supervisor who entered neither decides.</source>
        <translation>Usted capturó el acta %1: debe dictaminarla un supervisor que no haya hecho ninguna de las dos capturas.</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Acta %1&lt;/b&gt; · entry 1 by %2, entry 2 by %3 · %n field(s) differ</source>
        <translation>
            <numerusform>&lt;b&gt;Acta %1&lt;/b&gt; · primera captura de %2, segunda captura de %3 · %n campo no coincide</numerusform>
            <numerusform>&lt;b&gt;Acta %1&lt;/b&gt; · primera captura de %2, segunda captura de %3 · %n campos no coinciden</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the reason for the decision.</source>
        <translation>Indique el motivo de la decisión.</translation>
    </message>
    <message>
        <source>Decide %1: pick an entry or type a number, ILEGIBLE or SIN DATO.</source>
        <translation>Decida el valor de %1: elija una captura o escriba un número, ILEGIBLE o SIN DATO.</translation>
    </message>
    <message>
        <source>Acta %1 decided and queued for sync.</source>
        <translation>Acta %1 dictaminada y en cola de sincronización.</translation>
    </message>
    <message>
        <source>Give the reason for sending the acta back.</source>
        <translation>Indique el motivo para devolver el acta.</translation>
    </message>
    <message>
        <source>Acta %1 sent back for re-scan.</source>
        <translation>Acta %1 devuelta para redigitalización.</translation>
    </message>
    <message>
        <source>Acta %1 sent back for re-capture: both entries will be typed again.</source>
        <translation>Acta %1 devuelta para nueva captura: se volverán a hacer las dos capturas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No acta open.&lt;/b&gt; Choose a dispute from the queue.</source>
        <translation>&lt;b&gt;No hay ningún acta abierta.&lt;/b&gt; Elija una discrepancia de la cola.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Entry 1</source>
        <translation>Captura 1</translation>
    </message>
    <message>
        <source>Entry 2</source>
        <translation>Captura 2</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Reconocimiento</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Why: what the image shows, or why it goes back</source>
        <translation>Motivo: qué muestra la imagen o por qué se devuelve</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>sin decidir</translation>
    </message>
    <message>
        <source>not a valid value</source>
        <translation>no es un valor válido</translation>
    </message>
    <message>
        <source>entry 1</source>
        <translation>primera captura</translation>
    </message>
    <message>
        <source>entry 2</source>
        <translation>segunda captura</translation>
    </message>
    <message>
        <source>both entries</source>
        <translation>ambas capturas</translation>
    </message>
    <message>
        <source>typed by the supervisor</source>
        <translation>tecleado por el supervisor</translation>
    </message>
    <message>
        <source>Differ: %1</source>
        <translation>Difieren: %1</translation>
    </message>
    <message>
        <source>Entries 1 and 2 differ in this field.</source>
        <translation>La primera y la segunda captura difieren en este campo.</translation>
    </message>
    <message>
        <source>= Agree</source>
        <translation>= Coinciden</translation>
    </message>
    <message>
        <source>= Agree, now: %1</source>
        <translation>= Coinciden, ahora: %1</translation>
    </message>
    <message>
        <source>Entries 1 and 2 agree in this field.</source>
        <translation>La primera y la segunda captura coinciden en este campo.</translation>
    </message>
    <message>
        <source>No rule warnings for this decision.</source>
        <translation>Este dictamen no tiene advertencias de las reglas.</translation>
    </message>
    <message>
        <source>Check (deciding is still allowed):</source>
        <translation>Revise (aun así se puede dictaminar):</translation>
    </message>
    <message numerus="yes">
        <source>Counted or not: known when every field is decided (%n left).</source>
        <translation>
            <numerusform>Contabilizada o no: se sabrá cuando todos los campos estén decididos (falta %n).</numerusform>
            <numerusform>Contabilizada o no: se sabrá cuando todos los campos estén decididos (faltan %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Would NOT be counted: %1.</source>
        <translation>NO se contabilizaría: %1.</translation>
    </message>
    <message>
        <source>Would be counted (notes: %1).</source>
        <translation>Se contabilizaría (observaciones: %1).</translation>
    </message>
    <message>
        <source>Would be counted.</source>
        <translation>Se contabilizaría.</translation>
    </message>
    <message>
        <source>Acta %1 will be decided with these values:</source>
        <translation>El acta %1 se dictaminará con estos valores:</translation>
    </message>
    <message>
        <source>entry 1, by %1</source>
        <translation>primera captura, de %1</translation>
    </message>
    <message>
        <source>entry 2, by %1</source>
        <translation>segunda captura, de %1</translation>
    </message>
    <message>
        <source>typed by the supervisor (entry 1: %1, entry 2: %2)</source>
        <translation>tecleado por el supervisor (primera captura: %1, segunda captura: %2)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Result: the acta becomes %1 and is queued for sync.</source>
        <translation>Resultado: el acta pasa a %1 y queda en cola para sincronizar.</translation>
    </message>
    <message numerus="yes">
        <source>Rule warnings (%n):</source>
        <translation>
            <numerusform>Advertencias de las reglas (%n):</numerusform>
            <numerusform>Advertencias de las reglas (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Acta %1 goes back for re-scan: its image is rejected and it waits for a new scan (state: %2). Both entries are discarded.</source>
        <translation>El acta %1 se devuelve para redigitalización: su imagen se rechaza y espera un nuevo escaneo (estado: %2). Ambas capturas se descartan.</translation>
    </message>
    <message>
        <source>Acta %1 goes back for re-capture: both entries are discarded and two clerks type it again (state: %2).</source>
        <translation>El acta %1 se devuelve para nueva captura: ambas capturas se descartan y dos capturistas la teclean de nuevo (estado: %2).</translation>
    </message>
    <message>
        <source>Decide acta %1?</source>
        <translation>¿Dictaminar el acta %1?</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Dictaminar</translation>
    </message>
    <message>
        <source>Nothing was decided: acta %1 stays in dispute.</source>
        <translation>No se dictaminó nada: el acta %1 sigue en discrepancia.</translation>
    </message>
    <message>
        <source>Send acta %1 back?</source>
        <translation>¿Devolver el acta %1?</translation>
    </message>
    <message>
        <source>Send back for re-scan</source>
        <translation>Devolver para redigitalización</translation>
    </message>
    <message>
        <source>Send back for re-capture</source>
        <translation>Devolver para nueva captura</translation>
    </message>
    <message>
        <source>Nothing was sent back: acta %1 stays in dispute.</source>
        <translation>No se devolvió nada: el acta %1 sigue en discrepancia.</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Capturas</translation>
    </message>
    <message>
        <source>Zoom in (%1)</source>
        <translation>Acercar (%1)</translation>
    </message>
    <message>
        <source>Zoom out (%1)</source>
        <translation>Alejar (%1)</translation>
    </message>
    <message>
        <source>The whole page (%1)</source>
        <translation>La página completa (%1)</translation>
    </message>
    <message>
        <source>Zoom to the selected field on the page</source>
        <translation>Acercar al campo seleccionado en la página</translation>
    </message>
    <message>
        <source>Decide the selected fields with entry 1&apos;s values</source>
        <translation>Dictaminar los campos seleccionados con los valores de la primera captura</translation>
    </message>
    <message>
        <source>Decide the selected fields with entry 2&apos;s values</source>
        <translation>Dictaminar los campos seleccionados con los valores de la segunda captura</translation>
    </message>
    <message>
        <source>Computed total of this decision: &lt;b&gt;%1&lt;/b&gt; · fields undecided: %2</source>
        <translation>TOTAL CALCULADO de este dictamen: &lt;b&gt;%1&lt;/b&gt; · campos sin decidir: %2</translation>
    </message>
    <message>
        <source>Computed total: %1</source>
        <translation>TOTAL CALCULADO: %1</translation>
    </message>
</context>
<context>
    <name>acta::gui::AdminHubsPanel</name>
    <message>
        <source>Hubs this station sends its actas to</source>
        <translation>Concentradores a los que esta estación envía sus actas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Hub key (fingerprint)</source>
        <translation>Clave del concentrador (huella)</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>&amp;Quorum:</source>
        <translation>Quór&amp;um:</translation>
    </message>
    <message>
        <source>How many hubs must hold a record before its acta counts as synced.</source>
        <translation>Cuántos concentradores deben tener un registro para que su acta cuente como sincronizada.</translation>
    </message>
    <message>
        <source>&amp;Set quorum</source>
        <translation>&amp;Fijar quórum</translation>
    </message>
    <message>
        <source>Send refused records a&amp;gain</source>
        <translation>Enviar de &amp;nuevo los registros rechazados</translation>
    </message>
    <message>
        <source>After the cause was fixed at the hub (for example the station&apos;s key enrolled).</source>
        <translation>Después de corregir la causa en el concentrador (por ejemplo, al inscribir la clave de la estación).</translation>
    </message>
    <message>
        <source>Add a hub</source>
        <translation>Agregar un concentrador</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>e.g. primary</source>
        <translation>p. ej. principal</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>https://host:8443/</source>
        <translation>https://host:8443/</translation>
    </message>
    <message>
        <source>Hub &amp;key:</source>
        <translation>&amp;Clave del concentrador:</translation>
    </message>
    <message>
        <source>64 hexadecimal digits</source>
        <translation>64 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>A hub is trusted only when pinned: give the public key &quot;actahub init&quot; printed (&quot;hub public key&quot;) and, when you add it, choose the CA certificate file (PEM) its TLS certificate chains to.</source>
        <translation>Solo se confía en un concentrador fijado: dé la clave pública que imprimió «actahub init» («hub public key») y, al agregarlo, elija el archivo del certificado de CA (PEM) del que depende su certificado TLS.</translation>
    </message>
    <message>
        <source>A&amp;dd hub…</source>
        <translation>&amp;Agregar concentrador…</translation>
    </message>
    <message>
        <source>Only an administrator may configure the hubs.</source>
        <translation>Solo un administrador puede configurar los concentradores.</translation>
    </message>
    <message>
        <source>The hubs could not be read: %1</source>
        <translation>No se pudieron leer los concentradores: %1</translation>
    </message>
    <message>
        <source>No hub is configured: the outbox waits, or goes to the hub as a bundle file.</source>
        <translation>No hay concentrador configurado: la bandeja de salida espera, o va al concentrador como archivo de paquete.</translation>
    </message>
    <message>
        <source>Quorum: %1 of %2</source>
        <translation>Quórum: %1 de %2</translation>
    </message>
    <message>
        <source>Outbox: %1 records, %2 acknowledged, %3 pending</source>
        <translation>Bandeja de salida: %1 registros, %2 con acuse, %3 pendientes</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) refused by a hub.</source>
        <translation>
            <numerusform>%n registro rechazado por un concentrador.</numerusform>
            <numerusform>%n registros rechazados por un concentrador.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hub was not added: %1</source>
        <translation>No se agregó el concentrador: %1</translation>
    </message>
    <message>
        <source>give it a name, e.g. primary.</source>
        <translation>dele un nombre, p. ej. principal.</translation>
    </message>
    <message>
        <source>The CA certificate of hub %1</source>
        <translation>El certificado de CA del concentrador %1</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The hub was not added: no CA certificate was chosen.</source>
        <translation>No se agregó el concentrador: no se eligió un certificado de CA.</translation>
    </message>
    <message>
        <source>Hub %1 added: %2, hub key %3.</source>
        <translation>Se agregó el concentrador %1: %2, clave del concentrador %3.</translation>
    </message>
    <message>
        <source>Remove a hub</source>
        <translation>Quitar un concentrador</translation>
    </message>
    <message>
        <source>Stop sending to the hub %1 (%2)? The receipts it gave are forgotten here; records count as synced only once the remaining hubs hold them.</source>
        <translation>¿Dejar de enviar al concentrador %1 (%2)? Los acuses que dio se olvidan aquí; los registros cuentan como sincronizados solo cuando los tengan los concentradores restantes.</translation>
    </message>
    <message>
        <source>&amp;Remove %1</source>
        <translation>&amp;Quitar %1</translation>
    </message>
    <message>
        <source>The hub %1 was not removed.</source>
        <translation>No se quitó el concentrador %1.</translation>
    </message>
    <message>
        <source>The hub %1 was not removed: %2</source>
        <translation>No se quitó el concentrador %1: %2</translation>
    </message>
    <message>
        <source>Hub %1 removed.</source>
        <translation>Se quitó el concentrador %1.</translation>
    </message>
    <message>
        <source>The quorum was not changed: %1</source>
        <translation>No se cambió el quórum: %1</translation>
    </message>
    <message>
        <source>Quorum set to %1.</source>
        <translation>Quórum establecido en %1.</translation>
    </message>
    <message>
        <source>The refused records were not cleared: %1</source>
        <translation>No se limpiaron los registros rechazados: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n refused record(s) will be sent again.</source>
        <translation>
            <numerusform>%n registro rechazado se enviará de nuevo.</numerusform>
            <numerusform>%n registros rechazados se enviarán de nuevo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acta::gui::AdminSettingsPanel</name>
    <message>
        <source>Locking when idle</source>
        <translation>Bloqueo por inactividad</translation>
    </message>
    <message>
        <source>&amp;Lock the station after this many minutes without a key or a click:</source>
        <translation>&amp;Bloquear la estación tras estos minutos sin una tecla ni un clic:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Hot folder</source>
        <translation>Carpeta de entrada</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>C&amp;arpeta:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>The folder the scanner writes into: each complete scan is taken in while someone who may accept images is logged in, then moved into its processed/ or rejected/ folder.</source>
        <translation>La carpeta donde escribe el escáner: cada escaneo completo se toma mientras hay una sesión de alguien que puede aceptar imágenes, y luego pasa a su carpeta processed/ o rejected/.</translation>
    </message>
    <message>
        <source>Only an administrator may change the station&apos;s settings.</source>
        <translation>Solo un administrador puede cambiar la configuración de la estación.</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>No se pudo leer la configuración: %1</translation>
    </message>
    <message numerus="yes">
        <source>Not set on this station: the program&apos;s default applies (%n minute(s)).</source>
        <translation>
            <numerusform>Sin fijar en esta estación: se aplica el valor del programa (%n minuto).</numerusform>
            <numerusform>Sin fijar en esta estación: se aplica el valor del programa (%n minutos).</numerusform>
        </translation>
    </message>
    <message>
        <source>This drill station never locks by itself; lock it with the header&apos;s button.</source>
        <translation>Esta estación de simulacro nunca se bloquea sola; bloquéela con el botón de la cabecera.</translation>
    </message>
    <message numerus="yes">
        <source>The station locks after %n minute(s) idle; the work in progress is kept for the same user.</source>
        <translation>
            <numerusform>La estación se bloquea tras %n minuto de inactividad; el trabajo en curso se conserva para el mismo usuario.</numerusform>
            <numerusform>La estación se bloquea tras %n minutos de inactividad; el trabajo en curso se conserva para el mismo usuario.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not set on this station: the program&apos;s default folder</source>
        <translation>Sin fijar en esta estación: la carpeta predeterminada del programa</translation>
    </message>
    <message>
        <source>The idle lock time was not changed: %1</source>
        <translation>No se cambió el tiempo de bloqueo: %1</translation>
    </message>
    <message>
        <source>Saved: this drill station no longer locks by itself.</source>
        <translation>Guardado: esta estación de simulacro ya no se bloquea sola.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: the station locks after %n minute(s) idle.</source>
        <translation>
            <numerusform>Guardado: la estación se bloquea tras %n minuto de inactividad.</numerusform>
            <numerusform>Guardado: la estación se bloquea tras %n minutos de inactividad.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hot folder the scanner writes into</source>
        <translation>La carpeta de entrada donde escribe el escáner</translation>
    </message>
    <message>
        <source>The hot folder was not changed: no folder was chosen.</source>
        <translation>No se cambió la carpeta de entrada: no se eligió ninguna carpeta.</translation>
    </message>
    <message>
        <source>The hot folder was not changed: %1</source>
        <translation>No se cambió la carpeta de entrada: %1</translation>
    </message>
    <message>
        <source>Saved: scans are now taken from %1.</source>
        <translation>Guardado: los escaneos ahora se toman de %1.</translation>
    </message>
</context>
<context>
    <name>acta::gui::AdminUsersPanel</name>
    <message>
        <source>Users of this station</source>
        <translation>Usuarios de esta estación</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Deshabilitar…</translation>
    </message>
    <message>
        <source>The user can no longer log in; the history keeps their name.</source>
        <translation>El usuario ya no puede iniciar sesión; el historial conserva su nombre.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Habilitar</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>Desb&amp;loquear</translation>
    </message>
    <message>
        <source>Lift the lock after %1 failed logins before its %2 minutes run out.</source>
        <translation>Quitar el bloqueo por %1 intentos fallidos antes de que pasen sus %2 minutos.</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Restablecer &amp;contraseña…</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Agregar un usuario</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>e.g. ana.lopez</source>
        <translation>p. ej. ana.lopez</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nombre &amp;completo:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>The password is asked twice, without showing it: at least %1 characters, and not the user name. Users are never deleted, only disabled.</source>
        <translation>La contraseña se pide dos veces, sin mostrarla: al menos %1 caracteres, y no el nombre de usuario. Los usuarios nunca se borran, solo se deshabilitan.</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Agregar usuario…</translation>
    </message>
    <message>
        <source>Only an administrator may manage users.</source>
        <translation>Solo un administrador puede administrar usuarios.</translation>
    </message>
    <message>
        <source>The users could not be read: %1</source>
        <translation>No se pudieron leer los usuarios: %1</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deshabilitado</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Bloqueado hasta %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation>Contraseña de %1</translation>
    </message>
    <message>
        <source>New password for %1 (at least %2 characters):</source>
        <translation>Nueva contraseña para %1 (al menos %2 caracteres):</translation>
    </message>
    <message>
        <source>Nothing was changed: no password was given.</source>
        <translation>No se cambió nada: no se dio ninguna contraseña.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>No se cambió nada: %1</translation>
    </message>
    <message>
        <source>The same password again, to be sure of it:</source>
        <translation>La misma contraseña otra vez, para confirmarla:</translation>
    </message>
    <message>
        <source>Nothing was changed: the two passwords differ.</source>
        <translation>No se cambió nada: las dos contraseñas son distintas.</translation>
    </message>
    <message>
        <source>The user was not added: %1</source>
        <translation>No se agregó el usuario: %1</translation>
    </message>
    <message>
        <source>The user was not added: give the person&apos;s full name.</source>
        <translation>No se agregó el usuario: dé el nombre completo de la persona.</translation>
    </message>
    <message>
        <source>User %1 added as %2.</source>
        <translation>Usuario %1 agregado como %2.</translation>
    </message>
    <message>
        <source>You cannot disable your own account: another administrator must do it, so the station always keeps one who can manage it.</source>
        <translation>No puede deshabilitar su propia cuenta: debe hacerlo otro administrador, para que la estación siempre conserve a alguien que pueda administrarla.</translation>
    </message>
    <message>
        <source>Disable a user</source>
        <translation>Deshabilitar un usuario</translation>
    </message>
    <message>
        <source>Disable %1 (%2)? They can no longer log in until an administrator enables them again; what they did stays in the history under their name.</source>
        <translation>¿Deshabilitar a %1 (%2)? No podrá iniciar sesión hasta que un administrador lo habilite de nuevo; lo que hizo queda en el historial con su nombre.</translation>
    </message>
    <message>
        <source>&amp;Disable %1</source>
        <translation>&amp;Deshabilitar a %1</translation>
    </message>
    <message>
        <source>%1 was not disabled.</source>
        <translation>%1 no se deshabilitó.</translation>
    </message>
    <message>
        <source>%1 was not disabled: %2</source>
        <translation>%1 no se deshabilitó: %2</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 está deshabilitado.</translation>
    </message>
    <message>
        <source>%1 was not enabled: %2</source>
        <translation>%1 no se habilitó: %2</translation>
    </message>
    <message>
        <source>%1 is enabled and can log in again.</source>
        <translation>%1 está habilitado y puede iniciar sesión de nuevo.</translation>
    </message>
    <message>
        <source>%1 was not unlocked: %2</source>
        <translation>%1 no se desbloqueó: %2</translation>
    </message>
    <message>
        <source>%1 is unlocked and can log in again.</source>
        <translation>%1 está desbloqueado y puede iniciar sesión de nuevo.</translation>
    </message>
    <message>
        <source>The password of %1 was not changed: %2</source>
        <translation>No se cambió la contraseña de %1: %2</translation>
    </message>
    <message>
        <source>The password of %1 was changed (and any lock lifted). Give it to them in person.</source>
        <translation>Se cambió la contraseña de %1 (y se quitó cualquier bloqueo). Entréguesela en persona.</translation>
    </message>
</context>
<context>
    <name>acta::gui::AdministrationView</name>
    <message>
        <source>Fingerprint references (*.txt *.reference *.sha256);;All files (*)</source>
        <translation>Referencias de huella (*.txt *.reference *.sha256);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Only an administrator may certify the station.</source>
        <translation>Solo un administrador puede certificar la estación.</translation>
    </message>
    <message>
        <source>Each certificate is a PDF for the notary&apos;s and the witnesses&apos; signatures and its JSON twin signed with the station&apos;s key. The start of operations needs the auditors&apos; reference and a blank store; the close of operations states what the store holds at the end. Both are recorded in the audit log (docs/certification.md).</source>
        <translation>Cada certificado es un PDF para las firmas del notario y de los testigos, más su versión JSON firmada con la clave de la estación. El inicio de operaciones requiere la referencia de los auditores y un almacén en blanco; el cierre de operaciones hace constar lo que contiene el almacén al final. Ambos se registran en la bitácora de auditoría (docs/certification.md).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Id: &lt;tt&gt;%2&lt;/tt&gt; · %3&lt;br&gt;Signing key: &lt;tt&gt;%4&lt;/tt&gt;&lt;br&gt;Folder: %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Id: &lt;tt&gt;%2&lt;/tt&gt; · %3&lt;br&gt;Clave de firma: &lt;tt&gt;%4&lt;/tt&gt;&lt;br&gt;Carpeta: %5</translation>
    </message>
    <message>
        <source>Mode: drill (simulacro)</source>
        <translation>Modo: simulacro</translation>
    </message>
    <message>
        <source>Mode: production</source>
        <translation>Modo: producción</translation>
    </message>
    <message>
        <source>SIMULACRO</source>
        <translation>SIMULACRO</translation>
    </message>
    <message>
        <source>Install folder: %1</source>
        <translation>Carpeta de instalación: %1</translation>
    </message>
    <message>
        <source>Only an administrator may check the software.</source>
        <translation>Solo un administrador puede verificar el software.</translation>
    </message>
    <message>
        <source>Verify against a reference</source>
        <translation>Verificar contra una referencia</translation>
    </message>
    <message>
        <source>Comparing the installed files with %1…</source>
        <translation>Comparando los archivos instalados con %1…</translation>
    </message>
    <message>
        <source>The check against %1 could not be made: %2</source>
        <translation>No se pudo hacer la verificación contra %1: %2</translation>
    </message>
    <message>
        <source>Every installed file equals the reference %1 (combined digest %2).</source>
        <translation>Cada archivo instalado es igual al de la referencia %1 (resumen combinado %2).</translation>
    </message>
    <message numerus="yes">
        <source>The installed software is NOT the reference&apos;s (%1): %n difference(s).</source>
        <translation>
            <numerusform>El software instalado NO es el de la referencia (%1): %n diferencia.</numerusform>
            <numerusform>El software instalado NO es el de la referencia (%1): %n diferencias.</numerusform>
        </translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>No se pudo leer el almacén: %1</translation>
    </message>
    <message>
        <source>The store is blank: no acta, entry, image, outbox record or drill, and only set-up events in the audit log. The start of operations can be certified.</source>
        <translation>El almacén está en blanco: sin actas, capturas, imágenes, registros en la bandeja de salida ni simulacros, y en la bitácora de auditoría solo hay eventos de configuración. Se puede certificar el inicio de operaciones.</translation>
    </message>
    <message>
        <source>The store is not blank, so the start of operations cannot be certified. It holds:</source>
        <translation>El almacén no está en blanco, así que no se puede certificar el inicio de operaciones. Contiene:</translation>
    </message>
    <message>
        <source>%1: the auditors&apos; reference fingerprint</source>
        <translation>%1: la huella de referencia de los auditores</translation>
    </message>
    <message>
        <source>Nothing was certified: no reference file was chosen.</source>
        <translation>No se certificó nada: no se eligió ningún archivo de referencia.</translation>
    </message>
    <message>
        <source>%1: where to write it</source>
        <translation>%1: dónde escribirlo</translation>
    </message>
    <message>
        <source>Nothing was certified: no folder was chosen.</source>
        <translation>No se certificó nada: no se eligió ninguna carpeta.</translation>
    </message>
    <message>
        <source>Certifying: reading the installed files and writing the certificate…</source>
        <translation>Certificando: leyendo los archivos instalados y escribiendo el certificado…</translation>
    </message>
    <message>
        <source>The start of operations was NOT certified.</source>
        <translation>NO se certificó el inicio de operaciones.</translation>
    </message>
    <message>
        <source>The close of operations was NOT certified.</source>
        <translation>NO se certificó el cierre de operaciones.</translation>
    </message>
    <message>
        <source>The certificate of the start of operations was written and recorded in the audit log.</source>
        <translation>Se escribió el certificado de inicio de operaciones y quedó registrado en la bitácora de auditoría.</translation>
    </message>
    <message>
        <source>The certificate of the close of operations was written and recorded in the audit log.</source>
        <translation>Se escribió el certificado de cierre de operaciones y quedó registrado en la bitácora de auditoría.</translation>
    </message>
    <message>
        <source>PDF, for the notary&apos;s and the witnesses&apos; signatures:
%1

JSON twin, signed with the station&apos;s key:
%2

SHA-256 of the JSON (printed on the PDF):
%3</source>
        <translation>PDF, para las firmas del notario y de los testigos:
%1

Versión JSON, firmada con la clave de la estación:
%2

SHA-256 del JSON (impreso en el PDF):
%3</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Usuarios</translation>
    </message>
    <message>
        <source>&amp;Hubs</source>
        <translation>&amp;Concentradores</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Con&amp;figuración</translation>
    </message>
</context>
<context>
    <name>acta::gui::DashboardView</name>
    <message>
        <source>Your role may not see the dashboard.</source>
        <translation>Su rol no permite ver el tablero.</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>No se pudieron leer las cifras: %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Waiting for upstream</source>
        <translation>En espera del concentrador</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Con acuse de recibo</translation>
    </message>
    <message>
        <source>Oldest waiting since</source>
        <translation>El más antiguo en espera desde</translation>
    </message>
    <message>
        <source>Oldest waiting for (minutes)</source>
        <translation>Espera del más antiguo (minutos)</translation>
    </message>
    <message>
        <source>Last acknowledgement</source>
        <translation>Último acuse de recibo</translation>
    </message>
    <message>
        <source>Nothing acknowledged for 15 minutes or more: check the link to the hub.</source>
        <translation>Ningún acuse de recibo en 15 minutos o más: revise el enlace con el concentrador.</translation>
    </message>
    <message>
        <source>Outside the catalog (not expected)</source>
        <translation>Fuera de catálogo (no esperadas)</translation>
    </message>
    <message>
        <source>(identity unreadable)</source>
        <translation>(identidad ilegible)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 expected actas received (%3 %) · &lt;b&gt;%4&lt;/b&gt; verified (%5 %) · &lt;b&gt;%6&lt;/b&gt; counted (%7 %) · &lt;b&gt;%8&lt;/b&gt; with observaciones · &lt;b&gt;%9&lt;/b&gt; waiting for sync</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; de %2 actas esperadas recibidas (%3 %) · &lt;b&gt;%4&lt;/b&gt; verificadas (%5 %) · &lt;b&gt;%6&lt;/b&gt; contabilizadas (%7 %) · &lt;b&gt;%8&lt;/b&gt; con observaciones · &lt;b&gt;%9&lt;/b&gt; en espera de sincronización</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Actualizado a las %1</translation>
    </message>
    <message>
        <source>Your role may not export reports.</source>
        <translation>Su rol no permite exportar reportes.</translation>
    </message>
    <message>
        <source>states</source>
        <translation>estados</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>sincronizacion</translation>
    </message>
    <message>
        <source>districts</source>
        <translation>distritos</translation>
    </message>
    <message>
        <source>inconsistencies</source>
        <translation>inconsistencias</translation>
    </message>
    <message>
        <source>clerks</source>
        <translation>capturistas</translation>
    </message>
    <message>
        <source>dashboard-%1-%2.csv</source>
        <translation>tablero-%1-%2.csv</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exportar como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>No se pudo exportar: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 was written, but the export could not be recorded in the audit log: %2</source>
        <translation>Se escribió %1, pero la exportación no se pudo registrar en la bitácora de auditoría: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n row(s)).</source>
        <translation>
            <numerusform>Se guardó %1 (%n fila).</numerusform>
            <numerusform>Se guardó %1 (%n filas).</numerusform>
        </translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Actas</source>
        <translation>Actas</translation>
    </message>
    <message>
        <source>Outbox records</source>
        <translation>Registros de la bandeja de salida</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperadas</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidas</translation>
    </message>
    <message>
        <source>Received %</source>
        <translation>Recibidas %</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificadas</translation>
    </message>
    <message>
        <source>Verified %</source>
        <translation>Verificadas %</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contabilizadas</translation>
    </message>
    <message>
        <source>Counted %</source>
        <translation>Contabilizadas %</translation>
    </message>
    <message>
        <source>Acta</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>Observaciones</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Entry 1</source>
        <translation>Primeras capturas</translation>
    </message>
    <message>
        <source>Entry 2</source>
        <translation>Segundas capturas</translation>
    </message>
    <message>
        <source>Adjudications</source>
        <translation>Dictámenes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Por hora</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Comparadas</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Discrepancias</translation>
    </message>
    <message>
        <source>Disagreement %</source>
        <translation>Discrepancias %</translation>
    </message>
    <message>
        <source>Casillas of the catalog in the district: one acta each</source>
        <translation>Casillas del catálogo en el distrito: un acta por casilla</translation>
    </message>
    <message>
        <source>Actas registered at this station, sin acta included</source>
        <translation>Actas registradas en esta estación, incluidas las sin acta</translation>
    </message>
    <message>
        <source>Entries 1 and 2 matched, or a third person decided</source>
        <translation>La primera y la segunda captura coincidieron, o una tercera persona dictaminó</translation>
    </message>
    <message>
        <source>Contabilizadas under the PREP counting rules</source>
        <translation>Contabilizadas según las reglas de contabilización del PREP</translation>
    </message>
    <message>
        <source>Entries 1 and 2 stored in the last 60 minutes</source>
        <translation>Primeras y segundas capturas guardadas en los últimos 60 minutos</translation>
    </message>
    <message>
        <source>Entries 1 and 2 per hour from the person&apos;s first to last entry (n entries close n - 1 intervals)</source>
        <translation>Primeras y segundas capturas por hora, desde la primera hasta la última captura de la persona (n capturas delimitan n - 1 intervalos)</translation>
    </message>
    <message>
        <source>Actas by state</source>
        <translation>Actas por estado</translation>
    </message>
    <message>
        <source>Sync with the upstream center</source>
        <translation>Sincronización con el centro concentrador</translation>
    </message>
    <message>
        <source>Actas by district</source>
        <translation>Actas por distrito</translation>
    </message>
    <message>
        <source>Actas with observaciones</source>
        <translation>Actas con observaciones</translation>
    </message>
    <message>
        <source>Entries by clerk</source>
        <translation>Capturas por capturista</translation>
    </message>
    <message>
        <source>By district</source>
        <translation>Por distrito</translation>
    </message>
    <message>
        <source>Inconsistencies (%1)</source>
        <translation>Inconsistencias (%1)</translation>
    </message>
    <message>
        <source>Inconsistencies</source>
        <translation>Inconsistencias</translation>
    </message>
    <message>
        <source>By clerk</source>
        <translation>Por capturista</translation>
    </message>
    <message>
        <source>drill figures, not results</source>
        <translation>cifras de un simulacro, no son resultados</translation>
    </message>
    <message>
        <source>Why not counted</source>
        <translation>Por qué no se contabiliza</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>OBSERVACIONES exactly as the acta&apos;s record for publication carries them</source>
        <translation>OBSERVACIONES tal como las lleva el registro del acta para publicación</translation>
    </message>
    <message>
        <source>Why the PREP rules leave the acta out of the count</source>
        <translation>Por qué las reglas del PREP dejan el acta fuera del conteo</translation>
    </message>
    <message>
        <source>Actas where this person&apos;s entry 1 or 2 was compared with the other entry and the outcome is known: the two matched, or the figures were decided</source>
        <translation>Actas donde la primera o segunda captura de esta persona se comparó con la otra y se conoce el resultado: coincidieron, o las cifras se dictaminaron</translation>
    </message>
    <message>
        <source>Actas where this person&apos;s entry differed on some field from the figures decided after the dispute (by the adjudication, or by the matching entries after a send-back); one per acta. The person whose entry matched the decision is not counted.</source>
        <translation>Actas donde la captura de esta persona difirió en algún campo de las cifras decididas tras la discrepancia (por el dictamen, o por las capturas coincidentes tras una devolución); una por acta. No se cuenta a quien capturó lo que se decidió.</translation>
    </message>
    <message>
        <source>Actas in dispute with this person&apos;s entry, waiting for the supervisor&apos;s decision: nobody is charged until then</source>
        <translation>Actas en discrepancia con una captura de esta persona, en espera del dictamen del supervisor: hasta entonces no se carga a nadie</translation>
    </message>
    <message>
        <source>Disagreements over compared actas</source>
        <translation>Discrepancias sobre actas comparadas</translation>
    </message>
</context>
<context>
    <name>acta::gui::DrillChart</name>
    <message>
        <source>Minutes since the drill started</source>
        <translation>Minutos desde el inicio del simulacro</translation>
    </message>
    <message>
        <source>Actas (cumulative)</source>
        <translation>Actas (acumuladas)</translation>
    </message>
    <message>
        <source>Nothing to chart yet: score the drill once clerks have worked.</source>
        <translation>Aún no hay nada que graficar: evalúe el simulacro cuando los capturistas hayan trabajado.</translation>
    </message>
</context>
<context>
    <name>acta::gui::EntryView</name>
    <message>
        <source>Paste is disabled in entry 2: type what the sheet says.</source>
        <translation>En la segunda captura no se permite pegar: escriba lo que dice el acta física.</translation>
    </message>
    <message numerus="yes">
        <source>Queue: %n acta(s)</source>
        <translation>
            <numerusform>En cola: %n acta</numerusform>
            <numerusform>En cola: %n actas</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role may not enter data.</source>
        <translation>Su rol no permite capturar datos.</translation>
    </message>
    <message>
        <source>Acta %1 is %2: it is not waiting for this entry.</source>
        <translation>El acta %1 está en estado «%2»: no está pendiente de esta captura.</translation>
    </message>
    <message>
        <source>You entered acta %1 first: entry 2 must be typed by another clerk.</source>
        <translation>Usted hizo la primera captura del acta %1: la segunda captura debe hacerla otro capturista.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Acta %1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;Acta %1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>No recognition reading for this acta in this session: type every field.</source>
        <translation>No hay lectura de reconocimiento de esta acta en esta sesión: capture todos los campos.</translation>
    </message>
    <message>
        <source>Not counted: %1</source>
        <translation>No contabilizada: %1</translation>
    </message>
    <message>
        <source>Check (saving is still allowed):</source>
        <translation>Revise (aun así se puede guardar):</translation>
    </message>
    <message>
        <source>%1 is empty: type the figure, or %2 for ILEGIBLE or %3 for SIN DATO.</source>
        <translation>%1 está vacío: escriba la cifra, o presione %2 para ILEGIBLE o %3 para SIN DATO.</translation>
    </message>
    <message>
        <source>Entry 1 of acta %1 saved; it waits for entry 2 by another clerk.</source>
        <translation>Se guardó la primera captura del acta %1; queda en espera de la segunda captura, que hará otro capturista.</translation>
    </message>
    <message>
        <source>Entry 2 of acta %1 differs from entry 1: the acta goes to a supervisor.</source>
        <translation>La segunda captura del acta %1 no coincide con la primera: el acta pasa a un supervisor.</translation>
    </message>
    <message>
        <source>Entries 1 and 2 of acta %1 match: verified and queued for sync.</source>
        <translation>La primera y la segunda captura del acta %1 coinciden: el acta quedó verificada y en cola de sincronización.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No acta open.&lt;/b&gt; Choose one from the queue.</source>
        <translation>&lt;b&gt;No hay ningún acta abierta.&lt;/b&gt; Elija una de la cola.</translation>
    </message>
    <message numerus="yes">
        <source>Not listed: %n acta(s) you entered yourself; another clerk must type this entry.</source>
        <translation>
            <numerusform>No se listan: %n acta que usted capturó; esta captura la debe teclear otro capturista.</numerusform>
            <numerusform>No se listan: %n actas que usted capturó; esta captura la debe teclear otro capturista.</numerusform>
        </translation>
    </message>
    <message>
        <source>check</source>
        <translation>revisar</translation>
    </message>
    <message>
        <source>Pre-filled by recognition: compare it with the image. Enter confirms it; Ctrl+Enter confirms every pre-filled field on screen and saves.</source>
        <translation>Prellenado por el reconocimiento: compárelo con la imagen. Intro lo confirma; Ctrl+Intro confirma todos los campos prellenados en pantalla y guarda.</translation>
    </message>
    <message>
        <source>type it</source>
        <translation>teclear</translation>
    </message>
    <message>
        <source>Recognition was not sure of this field: type what the sheet says.</source>
        <translation>El reconocimiento no estuvo seguro de este campo: teclee lo que dice el acta.</translation>
    </message>
    <message>
        <source>Entered.</source>
        <translation>Capturado.</translation>
    </message>
    <message>
        <source>Computed total: &lt;b&gt;%1&lt;/b&gt; · fields left: %2</source>
        <translation>TOTAL CALCULADO: &lt;b&gt;%1&lt;/b&gt; · campos por llenar: %2</translation>
    </message>
    <message>
        <source>pre-filled to check: %1</source>
        <translation>prellenados por revisar: %1</translation>
    </message>
    <message>
        <source>%1 was pre-filled by recognition and is not confirmed yet: compare it with the image and press Enter, or Ctrl+Enter for every field on screen.</source>
        <translation>%1 fue prellenado por el reconocimiento y aún no está confirmado: compárelo con la imagen y presione Intro, o Ctrl+Intro para todos los campos en pantalla.</translation>
    </message>
    <message>
        <source>Now acta %1.</source>
        <translation>Ahora el acta %1.</translation>
    </message>
    <message>
        <source>The queue is empty: new actas appear here as they arrive.</source>
        <translation>La cola está vacía: las actas nuevas aparecen aquí conforme llegan.</translation>
    </message>
    <message>
        <source>Keys: digits · Enter next field to fill · Tab/↓ next field · Shift+Tab/↑ previous · %1 %2 · %3 %4 · %5 show the field on the image</source>
        <translation>Teclas: dígitos · Intro siguiente campo por llenar · Tab/↓ campo siguiente · Mayús+Tab/↑ anterior · %1 %2 · %3 %4 · %5 muestra el campo en la imagen</translation>
    </message>
    <message>
        <source>Ctrl+Enter (or Enter on Save) confirms the pre-filled fields on screen and saves; then the next acta opens.</source>
        <translation>Ctrl+Intro (o Intro sobre Guardar) confirma los campos prellenados en pantalla y guarda; luego se abre la siguiente acta.</translation>
    </message>
    <message>
        <source>Ctrl+Enter (or Enter on Save) saves; then the next acta opens.</source>
        <translation>Ctrl+Intro (o Intro sobre Guardar) guarda; luego se abre la siguiente acta.</translation>
    </message>
    <message>
        <source>&amp;Save entry 1 (Ctrl+Enter)</source>
        <translation>&amp;Guardar primera captura (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>&amp;Save entry 2 (Ctrl+Enter)</source>
        <translation>&amp;Guardar segunda captura (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>The page of acta %1 could not be shown: type every field from the paper sheet, or ask for it to be scanned again.</source>
        <translation>No se pudo mostrar la página del acta %1: teclee cada campo desde el acta en papel, o pida que se escanee de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>%n pre-filled field(s) were not on screen yet: the form shows them now; compare them with the image, then press Ctrl+Enter again.</source>
        <translation>
            <numerusform>%n campo prellenado aún no estaba en pantalla: el formulario ya lo muestra; compárelo con la imagen y presione Ctrl+Intro otra vez.</numerusform>
            <numerusform>%n campos prellenados aún no estaban en pantalla: el formulario ya los muestra; compárelos con la imagen y presione Ctrl+Intro otra vez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acta::gui::FieldInput</name>
    <message numerus="yes">
        <source>This field has %n box(es): at most %n digit(s). The %1 was not taken; select the figure to type it again.</source>
        <translation>
            <numerusform>Este campo tiene %n casilla: a lo sumo %n dígito. El %1 no se tomó; seleccione la cifra para teclearla de nuevo.</numerusform>
            <numerusform>Este campo tiene %n casillas: a lo sumo %n dígitos. El %1 no se tomó; seleccione la cifra para teclearla de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only digits go in a field (%1 for %2, %3 for %4): “%5” was not taken.</source>
        <translation>En un campo solo van dígitos (%1 para %2, %3 para %4): «%5» no se tomó.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a figure of at most %n digit(s): nothing was pasted.</source>
        <translation>
            <numerusform>«%1» no es una cifra de a lo sumo %n dígito: no se pegó nada.</numerusform>
            <numerusform>«%1» no es una cifra de a lo sumo %n dígitos: no se pegó nada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acta::gui::HistoryView</name>
    <message>
        <source>Your role may not see acta histories.</source>
        <translation>Su rol no permite ver el historial de las actas.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Acta %1&lt;/b&gt; · now: %2 · %n event(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Acta %1&lt;/b&gt; · estado actual: %2 · %n evento</numerusform>
            <numerusform>&lt;b&gt;Acta %1&lt;/b&gt; · estado actual: %2 · %n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>station</source>
        <translation>estación</translation>
    </message>
    <message>
        <source>When (station time)</source>
        <translation>Cuándo (hora de la estación)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>&amp;Recent actas:</source>
        <translation>Actas &amp;recientes:</translation>
    </message>
    <message>
        <source>&amp;Recent actas: your role may not see acta histories.</source>
        <translation>Actas &amp;recientes: su rol no puede ver historiales de actas.</translation>
    </message>
    <message>
        <source>&amp;Recent actas: %1</source>
        <translation>Actas &amp;recientes: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Recent actas, newest change first (%n):</source>
        <translation>
            <numerusform>Actas &amp;recientes, el cambio más nuevo primero (%n):</numerusform>
            <numerusform>Actas &amp;recientes, el cambio más nuevo primero (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Recent actas whose key contains %1 (%n):</source>
        <translation>
            <numerusform>Actas &amp;recientes cuya clave contiene %1 (%n):</numerusform>
            <numerusform>Actas &amp;recientes cuya clave contiene %1 (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a CLAVE_ACTA, or a part of it, or pick an acta from the list.</source>
        <translation>Teclee una CLAVE_ACTA, o parte de ella, o elija un acta de la lista.</translation>
    </message>
    <message>
        <source>≠ differs</source>
        <translation>≠ difiere</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>who typed an entry, and when</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>not typed</source>
        <translation>sin teclear</translation>
    </message>
    <message>
        <source>No figures were typed for this acta.</source>
        <translation>No se tecleó ninguna cifra de esta acta.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Entry 1:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Primera captura:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Entry 2:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Segunda captura:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decision:&lt;/b&gt; %1 · reason: %2</source>
        <translation>&lt;b&gt;Dictamen:&lt;/b&gt; %1 · motivo: %2</translation>
    </message>
    <message>
        <source>Entries 1 and 2 agree in every field.</source>
        <translation>La primera y la segunda captura coinciden en todos los campos.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ between entries 1 and 2 (marked ≠).</source>
        <translation>
            <numerusform>%n campo difiere entre la primera y la segunda captura (marcado ≠).</numerusform>
            <numerusform>%n campos difieren entre la primera y la segunda captura (marcados ≠).</numerusform>
        </translation>
    </message>
    <message>
        <source>No final values yet: the acta is %1.</source>
        <translation>Aún no hay valores finales: el acta está %1.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Entry 1</source>
        <translation>Primera captura</translation>
    </message>
    <message>
        <source>Entry 2</source>
        <translation>Segunda captura</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Entries differ?</source>
        <translation>¿Difieren?</translation>
    </message>
    <message>
        <source>Acta</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Type the CLAVE_ACTA or any part of it; Up and Down pick from the list, Enter shows the acta.</source>
        <translation>Teclee la CLAVE_ACTA o cualquier parte de ella; Arriba y Abajo eligen de la lista, Intro muestra el acta.</translation>
    </message>
</context>
<context>
    <name>acta::gui::HotFolder</name>
    <message>
        <source>%1 is a link or not a folder: the hot folder does not write through it.</source>
        <translation>%1 es un enlace o no es una carpeta: la carpeta vigilada no escribe a través de ella.</translation>
    </message>
    <message>
        <source>Cannot open the folder %1: %2</source>
        <translation>No se puede abrir la carpeta %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the reason for %1 in %2: %3</source>
        <translation>No se puede escribir el motivo de %1 en %2: %3</translation>
    </message>
    <message>
        <source>Cannot move %1 into %2: %3</source>
        <translation>No se puede mover %1 a %2: %3</translation>
    </message>
    <message>
        <source>Cannot move %1 into %2: no free name left.</source>
        <translation>No se puede mover %1 a %2: no queda ningún nombre libre.</translation>
    </message>
</context>
<context>
    <name>acta::gui::InstalledFingerprint</name>
    <message>
        <source>computing…</source>
        <translation>calculando…</translation>
    </message>
    <message>
        <source>cannot be computed</source>
        <translation>no se puede calcular</translation>
    </message>
    <message>
        <source>no installation reference</source>
        <translation>sin referencia de instalación</translation>
    </message>
    <message>
        <source>equals the installation reference</source>
        <translation>igual a la referencia de instalación</translation>
    </message>
    <message numerus="yes">
        <source>does NOT equal the installation reference: %n file(s) differ</source>
        <translation>
            <numerusform>NO es igual a la referencia de instalación: difiere %n archivo</numerusform>
            <numerusform>NO es igual a la referencia de instalación: difieren %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>the installation reference cannot be read: %1</source>
        <translation>no se puede leer la referencia de instalación: %1</translation>
    </message>
    <message>
        <source>The fingerprint cannot be computed: %1</source>
        <translation>No se puede calcular la huella: %1</translation>
    </message>
    <message>
        <source>There is no installation reference (%1) to compare with, as in a build tree.</source>
        <translation>No hay referencia de instalación (%1) con la cual comparar, como ocurre en un árbol de compilación.</translation>
    </message>
    <message>
        <source>The installed files equal the installation reference (%1).</source>
        <translation>Los archivos instalados son iguales a la referencia de instalación (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The installed files do NOT equal the installation reference (%1): %n file(s) differ.</source>
        <translation>
            <numerusform>Los archivos instalados NO son iguales a la referencia de instalación (%1): difiere %n archivo.</numerusform>
            <numerusform>Los archivos instalados NO son iguales a la referencia de instalación (%1): difieren %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The installation reference cannot be read: %1</source>
        <translation>No se puede leer la referencia de instalación: %1</translation>
    </message>
    <message>
        <source>Software fingerprint: computing…</source>
        <translation>Huella del software: calculando…</translation>
    </message>
    <message>
        <source>Software fingerprint: %1 (%2)</source>
        <translation>Huella del software: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>acta::gui::IntakeView</name>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>The acta&apos;s identity could not be read or is not in the catalog; the page was not stored.</source>
        <translation>No se pudo leer la identidad del acta o no está en el catálogo; la página no se guardó.</translation>
    </message>
    <message>
        <source>No identity</source>
        <translation>Sin identidad</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>No guardada</translation>
    </message>
    <message>
        <source>Nobody is logged in: import the file again after logging in.</source>
        <translation>No hay ninguna sesión iniciada: importe el archivo de nuevo después de iniciar sesión.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicada</translation>
    </message>
    <message>
        <source>Acta %1 was already received (%2); this page was not stored again.</source>
        <translation>El acta %1 ya se había recibido (%2); esta página no se volvió a guardar.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Import cancelled. %1 page(s) accepted, %2 not.</source>
        <translation>Importación cancelada. Páginas aceptadas: %1; no aceptadas: %2.</translation>
    </message>
    <message>
        <source>%1 page(s) accepted, %2 not.</source>
        <translation>Páginas aceptadas: %1; no aceptadas: %2.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Acta</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reason for rejection / notes</source>
        <translation>Motivo del rechazo / notas</translation>
    </message>
    <message>
        <source>Sample scans for the demo: %1</source>
        <translation>Escaneos de ejemplo para la demostración: %1</translation>
    </message>
    <message>
        <source>Nobody is logged in.</source>
        <translation>No hay ninguna sesión iniciada.</translation>
    </message>
    <message>
        <source>Casilla %1 is not in the catalog.</source>
        <translation>La casilla %1 no está en el catálogo.</translation>
    </message>
    <message>
        <source>Acta %1 was already received (%2).</source>
        <translation>El acta %1 ya se había recibido (%2).</translation>
    </message>
    <message>
        <source>Sin acta</source>
        <translation>Sin acta</translation>
    </message>
    <message>
        <source>Acta %1 recorded as sin acta and queued for sync.</source>
        <translation>El acta %1 se registró como sin acta y quedó en cola de sincronización.</translation>
    </message>
    <message>
        <source>Type its CLAVE_ACTA twice below (identity box).</source>
        <translation>Escriba su CLAVE_ACTA dos veces abajo (recuadro de identidad).</translation>
    </message>
    <message>
        <source>Identity needed</source>
        <translation>Requiere identidad</translation>
    </message>
    <message>
        <source>Accepted, check</source>
        <translation>Aceptada, revisar</translation>
    </message>
    <message>
        <source>Duplicate warning: this very file was already stored for acta %1.</source>
        <translation>Aviso de duplicado: este mismo archivo ya se guardó para el acta %1.</translation>
    </message>
    <message>
        <source>Duplicate warning: this page looks like the same sheet as acta %1 (difference %2 of 64).</source>
        <translation>Aviso de duplicado: esta página parece la misma hoja que el acta %1 (diferencia de %2 de 64).</translation>
    </message>
    <message>
        <source>No page is waiting for its identity.</source>
        <translation>Ninguna página está en espera de su identidad.</translation>
    </message>
    <message>
        <source>The two CLAVE_ACTA typed differ; type them again.</source>
        <translation>Las dos CLAVE_ACTA escritas no coinciden; escríbalas de nuevo.</translation>
    </message>
    <message>
        <source>Casilla %1 is not in the catalog; check the sheet.</source>
        <translation>La casilla %1 no está en el catálogo; revise el acta física.</translation>
    </message>
    <message>
        <source>Acta type %1 is not this election&apos;s (%2).</source>
        <translation>El tipo de acta %1 no es el de esta elección (%2).</translation>
    </message>
    <message>
        <source>Identity typed twice by %1.</source>
        <translation>Identidad escrita dos veces por %1.</translation>
    </message>
    <message>
        <source>Acta %1 identified and accepted.</source>
        <translation>Acta %1 identificada y aceptada.</translation>
    </message>
    <message>
        <source>Actas %1 (the special casilla&apos;s MR and RP actas) recorded as sin acta and queued for sync.</source>
        <translation>Actas %1 (las de MR y RP de la casilla especial) registradas como sin acta y en cola para sincronizar.</translation>
    </message>
    <message>
        <source>The refusal could not be recorded in the audit log: %1</source>
        <translation>No se pudo registrar el rechazo en la bitácora de auditoría: %1</translation>
    </message>
    <message>
        <source>The file could not be moved out of %1 (see the log); it is offered again when the station starts.</source>
        <translation>No se pudo sacar el archivo de %1 (vea el registro); se ofrecerá de nuevo cuando arranque la estación.</translation>
    </message>
    <message>
        <source>The file is kept in %1 with this reason.</source>
        <translation>El archivo se conserva en %1 con este motivo.</translation>
    </message>
    <message>
        <source>Not stored: %1 (%2)</source>
        <translation>No guardado: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n more not stored: see the list.</source>
        <translation>
            <numerusform>%n más no guardado: vea la lista.</numerusform>
            <numerusform>%n más no guardados: vea la lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hot folder: files a scanner writes into %1 are taken once they stop changing; a file that cannot be stored (cut short, not an image...) is kept in %2 with its reason.</source>
        <translation>Carpeta de entrada: los archivos que un escáner escribe en %1 se toman cuando dejan de cambiar; un archivo que no se puede guardar (cortado, no es imagen...) se conserva en %2 con su motivo.</translation>
    </message>
</context>
<context>
    <name>acta::gui::MainWindow</name>
    <message>
        <source>Party</source>
        <translation>Partido</translation>
    </message>
    <message>
        <source>Coalition</source>
        <translation>Coalición</translation>
    </message>
    <message>
        <source>Independent candidate</source>
        <translation>Candidatura independiente</translation>
    </message>
    <message>
        <source>Unregistered candidates</source>
        <translation>Candidaturas no registradas</translation>
    </message>
    <message>
        <source>Null votes</source>
        <translation>Votos nulos</translation>
    </message>
    <message>
        <source>Leftover ballots</source>
        <translation>Boletas sobrantes</translation>
    </message>
    <message>
        <source>People who voted</source>
        <translation>Personas que votaron</translation>
    </message>
    <message>
        <source>Representatives who voted</source>
        <translation>Representantes que votaron</translation>
    </message>
    <message>
        <source>Votes taken out of the box</source>
        <translation>Votos sacados de la urna</translation>
    </message>
    <message>
        <source>Total written on the sheet</source>
        <translation>Total de votos asentado</translation>
    </message>
    <message>
        <source>ActaCapture — %1 (DEMO)</source>
        <translation>ActaCapture — %1 (DEMO)</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Template %2, version %3 · acta type %4 · %n vote field(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Plantilla %2, versión %3 · tipo de acta %4 · %n campo de votos</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Plantilla %2, versión %3 · tipo de acta %4 · %n campos de votos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sample election loaded: %n casilla(s) in the catalog.</source>
        <translation>
            <numerusform>Elección de ejemplo cargada: %n casilla en el catálogo.</numerusform>
            <numerusform>Elección de ejemplo cargada: %n casillas en el catálogo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Dígitos</translation>
    </message>
    <message>
        <source>Counts in total</source>
        <translation>Suma al total</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Casillas</source>
        <translation>Casillas</translation>
    </message>
    <message>
        <source>Voter list</source>
        <translation>Lista nominal</translation>
    </message>
    <message>
        <source>Casilla key</source>
        <translation>Clave de casilla</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation>Representantes</translation>
    </message>
    <message>
        <source>Approved ballots</source>
        <translation>Boletas aprobadas</translation>
    </message>
    <message numerus="yes">
        <source>%n approved casilla(s) in %1 district(s) of %2.</source>
        <translation>
            <numerusform>%n casilla aprobada en %1 distrito(s) de %2.</numerusform>
            <numerusform>%n casillas aprobadas en %1 distrito(s) de %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acta::gui::ProgressChart</name>
    <message>
        <source>Progress over time</source>
        <translation>Avance en el tiempo</translation>
    </message>
    <message>
        <source>No actas received yet.</source>
        <translation>Aún no se ha recibido ningún acta.</translation>
    </message>
    <message>
        <source>From %1 to %2 (station time), in buckets of %3 minutes: %4 actas received, %5 verified.</source>
        <translation>De %1 a %2 (hora de la estación), en intervalos de %3 minutos: %4 actas recibidas, %5 verificadas.</translation>
    </message>
    <message>
        <source>Received (%1)</source>
        <translation>Recibidas (%1)</translation>
    </message>
    <message>
        <source>Verified (%1)</source>
        <translation>Verificadas (%1)</translation>
    </message>
    <message>
        <source>Expected (%1)</source>
        <translation>Esperadas (%1)</translation>
    </message>
    <message>
        <source>Actas</source>
        <translation>Actas</translation>
    </message>
    <message>
        <source>Station time</source>
        <translation>Hora de la estación</translation>
    </message>
</context>
<context>
    <name>acta::gui::Session</name>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Sincronización detenida: %1</translation>
    </message>
    <message>
        <source>No hub configured</source>
        <translation>Sin concentrador configurado</translation>
    </message>
    <message>
        <source>Offline: retrying</source>
        <translation>Sin conexión: reintentando</translation>
    </message>
    <message>
        <source>Sync: %1 of %2 hubs unreachable</source>
        <translation>Sincronización: %1 de %2 concentradores inaccesibles</translation>
    </message>
    <message>
        <source>Sync: sending</source>
        <translation>Sincronización: enviando</translation>
    </message>
    <message>
        <source>Sync: up to date</source>
        <translation>Sincronización: al día</translation>
    </message>
</context>
<context>
    <name>acta::gui::StartView</name>
    <message>
        <source>&lt;b&gt;ActaCapture&lt;/b&gt; · capture station</source>
        <translation>&lt;b&gt;ActaCapture&lt;/b&gt; · estación de captura</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo station.&lt;/b&gt; Its encrypted store was created in your data folder with fictional data.&lt;br&gt;Passphrase: &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;Every demo user&apos;s password: &lt;tt&gt;%2&lt;/tt&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;User&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Role&lt;/th&gt;&lt;/tr&gt;%3&lt;/table&gt;</source>
        <translation>&lt;b&gt;Estación de demostración.&lt;/b&gt; Su base de datos cifrada se creó en su carpeta de datos con información ficticia.&lt;br&gt;Frase de acceso: &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;Contraseña de todos los usuarios de demostración: &lt;tt&gt;%2&lt;/tt&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Usuario&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Rol&lt;/th&gt;&lt;/tr&gt;%3&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Station: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Estación: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The session of %1 was locked. Log in again to continue where you left off.</source>
        <translation>La sesión de %1 se bloqueó. Inicie sesión de nuevo para continuar donde se quedó.</translation>
    </message>
    <message>
        <source>DEMO · SIMULACRO</source>
        <translation>DEMO · SIMULACRO</translation>
    </message>
    <message>
        <source>F1: about ActaCapture</source>
        <translation>F1: acerca de ActaCapture</translation>
    </message>
</context>
<context>
    <name>acta::gui::StationWindow</name>
    <message>
        <source>Your role may not open this view.</source>
        <translation>Su rol no permite abrir esta vista.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>User: %1 · %2</source>
        <translation>Usuario: %1 · %2</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Sesión bloqueada</translation>
    </message>
    <message>
        <source>Nobody logged in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>Station: %1</source>
        <translation>Estación: %1</translation>
    </message>
    <message>
        <source>Station closed</source>
        <translation>Estación cerrada</translation>
    </message>
    <message>
        <source>ActaCapture — %1</source>
        <translation>ActaCapture — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;ActaCapture&lt;/b&gt; · %1%2</source>
        <translation>&lt;b&gt;ActaCapture&lt;/b&gt; · %1%2</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Acopio</translation>
    </message>
    <message>
        <source>Entry 1</source>
        <translation>Primera captura</translation>
    </message>
    <message>
        <source>Entry 2</source>
        <translation>Segunda captura</translation>
    </message>
    <message>
        <source>Adjudication</source>
        <translation>Dictamen</translation>
    </message>
    <message>
        <source>Election and catalog</source>
        <translation>Elección y catálogo</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Entry 1: %1 · Entry 2: %2 · Disputes: %3 · Waiting for sync: %4 · %5</source>
        <translation>Captura 1: %1 · Captura 2: %2 · Discrepancias: %3 · Por enviar: %4 · %5</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <source>There is no station in %1. Create it with: actacapture init-station</source>
        <translation>No hay ninguna estación en %1. Créela con: actacapture init-station</translation>
    </message>
    <message>
        <source>DEMO · SIMULACRO</source>
        <translation>DEMO · SIMULACRO</translation>
    </message>
    <message>
        <source>SIMULACRO</source>
        <translation>SIMULACRO</translation>
    </message>
    <message>
        <source>ActaCapture — %1 (SIMULACRO)</source>
        <translation>ActaCapture — %1 (SIMULACRO)</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>Simulacros</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message numerus="yes">
        <source>No activity: the station locks in %n second(s). Press any key to keep working.</source>
        <translation>
            <numerusform>Sin actividad: la estación se bloquea en %n segundo. Presione cualquier tecla para seguir trabajando.</numerusform>
            <numerusform>Sin actividad: la estación se bloquea en %n segundos. Presione cualquier tecla para seguir trabajando.</numerusform>
        </translation>
    </message>
    <message>
        <source>Language of the screens</source>
        <translation>Idioma de las pantallas</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
</context>
<context>
    <name>acta::gui::TrainerView</name>
    <message>
        <source>Contingency</source>
        <translation>Contingencia</translation>
    </message>
    <message>
        <source>Share of the actas</source>
        <translation>Proporción de las actas</translation>
    </message>
    <message>
        <source>SIM-&lt;seed&gt;-&lt;actas&gt;</source>
        <translation>SIM-&lt;semilla&gt;-&lt;actas&gt;</translation>
    </message>
    <message>
        <source>The drill&apos;s scans go into the hot folder %1 as its night goes by.</source>
        <translation>Los escaneos del simulacro llegan a la carpeta vigilada %1 conforme transcurre su noche.</translation>
    </message>
    <message>
        <source>%1 (started)</source>
        <translation>%1 (iniciado)</translation>
    </message>
    <message>
        <source>Only a trainer may generate drills.</source>
        <translation>Solo un capacitador puede generar simulacros.</translation>
    </message>
    <message>
        <source>A drill named %1 is already in this station: choose another name or seed.</source>
        <translation>Ya existe un simulacro llamado %1 en esta estación: elija otro nombre u otra semilla.</translation>
    </message>
    <message numerus="yes">
        <source>Drawing %n scan(s)…</source>
        <translation>
            <numerusform>Generando %n escaneo…</numerusform>
            <numerusform>Generando %n escaneos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Drill %1 ready: %2 scans in %3, %4 package(s) without acta listed in %5. Its answer key is kept in this drill station only.</source>
        <translation>Simulacro %1 listo: %2 escaneos en %3, %4 paquete(s) sin acta listados en %5. Su clave de respuestas se conserva solo en esta estación de simulacro.</translation>
    </message>
    <message>
        <source>No drill is loaded: generate one first.</source>
        <translation>No hay ningún simulacro cargado: primero genere uno.</translation>
    </message>
    <message>
        <source>Only a trainer may start drills.</source>
        <translation>Solo un capacitador puede iniciar simulacros.</translation>
    </message>
    <message>
        <source>A drill is already running: stop it first.</source>
        <translation>Ya hay un simulacro en curso: primero deténgalo.</translation>
    </message>
    <message>
        <source>%1 of %2 scans are in the hot folder.</source>
        <translation>%1 de %2 escaneos están en la carpeta vigilada.</translation>
    </message>
    <message>
        <source>Every scan of the drill is in the hot folder.</source>
        <translation>Todos los escaneos del simulacro están en la carpeta vigilada.</translation>
    </message>
    <message numerus="yes">
        <source>Drill %1 started: %2 scans over %n minute(s).</source>
        <translation>
            <numerusform>Simulacro %1 iniciado: %2 escaneos en %n minuto.</numerusform>
            <numerusform>Simulacro %1 iniciado: %2 escaneos en %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drill stopped: %1 of %2 scans were played.</source>
        <translation>Simulacro detenido: se enviaron %1 de %2 escaneos.</translation>
    </message>
    <message>
        <source>Only a trainer may score drills.</source>
        <translation>Solo un capacitador puede evaluar simulacros.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 of %3 actas finished · contingencies handled right: %4 of %5 · disputes: %6&lt;br&gt;Intake → capture: median %7, 95%: %8 · capture → verified: median %9, 95%: %10&lt;br&gt;Recognition: %11 of %12 fields right, %13 wrong, %14 left to the clerk</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 de %3 actas concluidas · contingencias atendidas correctamente: %4 de %5 · discrepancias: %6&lt;br&gt;Acopio → captura: mediana %7, 95%: %8 · captura → verificada: mediana %9, 95%: %10&lt;br&gt;Reconocimiento: %11 de %12 campos correctos, %13 incorrectos, %14 se dejaron al capturista</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Capturista</translation>
    </message>
    <message>
        <source>Actas</source>
        <translation>Actas</translation>
    </message>
    <message>
        <source>Keystrokes</source>
        <translation>Pulsaciones</translation>
    </message>
    <message>
        <source>Seconds per entry</source>
        <translation>Segundos por captura</translation>
    </message>
    <message>
        <source>Fields wrong</source>
        <translation>Campos incorrectos</translation>
    </message>
    <message>
        <source>Disputes caused</source>
        <translation>Discrepancias causadas</translation>
    </message>
    <message>
        <source>Disputes right</source>
        <translation>Discrepancias acertadas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Handled right</source>
        <translation>Atendidas correctamente</translation>
    </message>
    <message>
        <source>Injected</source>
        <translation>Inyectadas</translation>
    </message>
    <message>
        <source>Export the drill report as PDF</source>
        <translation>Exportar el reporte del simulacro en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Reporte guardado en %1.</translation>
    </message>
    <message>
        <source>Export the drill report as CSV</source>
        <translation>Exportar el reporte del simulacro en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Generate a drill</source>
        <translation>Generar un simulacro</translation>
    </message>
    <message>
        <source>Your passphrase for this drill&apos;s answer key (8 characters or more):</source>
        <translation>Su frase de acceso para la clave de respuestas de este simulacro (8 caracteres o más):</translation>
    </message>
    <message>
        <source>Type the passphrase again:</source>
        <translation>Escriba la frase de acceso otra vez:</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was generated.</source>
        <translation>Las dos frases de acceso difieren; no se generó nada.</translation>
    </message>
    <message>
        <source>Drill %1</source>
        <translation>Simulacro %1</translation>
    </message>
    <message>
        <source>The passphrase of this drill&apos;s answer key:</source>
        <translation>La frase de acceso de la clave de respuestas de este simulacro:</translation>
    </message>
    <message>
        <source>drill %1</source>
        <translation>simulacro %1</translation>
    </message>
</context>
</TS>
