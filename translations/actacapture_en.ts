<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ActaCapture</source>
        <translation>About ActaCapture</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>Station:</source>
        <translation>Station:</translation>
    </message>
    <message>
        <source>Software &amp;fingerprint:</source>
        <translation>Software &amp;fingerprint:</translation>
    </message>
    <message>
        <source>Install folder:</source>
        <translation>Install folder:</translation>
    </message>
</context>
<context>
    <name>ActaKey</name>
    <message>
        <source>Acta type %1 is out of range: it must be from 01 to 99.</source>
        <translation>Acta type %1 is out of range: it must be from 01 to 99.</translation>
    </message>
    <message>
        <source>The acta key is empty.</source>
        <translation>The acta key is empty.</translation>
    </message>
    <message numerus="yes">
        <source>The acta key &quot;%1&quot; has %n character(s); it must have 13 (e.g. 010338B010002).</source>
        <translation>
            <numerusform>The acta key &quot;%1&quot; has %n character; it must have 13 (e.g. 010338B010002).</numerusform>
            <numerusform>The acta key &quot;%1&quot; has %n characters; it must have 13 (e.g. 010338B010002).</numerusform>
        </translation>
    </message>
    <message>
        <source>The acta type in &quot;%1&quot; must be two digits, not &quot;%2&quot;.</source>
        <translation>The acta type in &quot;%1&quot; must be two digits, not &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>ActaRepository</name>
    <message>
        <source>The stored state of acta %1 is inconsistent: %2</source>
        <translation>The stored state of acta %1 is inconsistent: %2</translation>
    </message>
    <message>
        <source>Acta %1: %2</source>
        <translation>Acta %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2) may not record the intake of actas.</source>
        <translation>%1 (%2) may not record the intake of actas.</translation>
    </message>
    <message>
        <source>Acta %1 was already received (it is now: %2).</source>
        <translation>Acta %1 was already received (it is now: %2).</translation>
    </message>
    <message>
        <source>The image of acta %1 is empty.</source>
        <translation>The image of acta %1 is empty.</translation>
    </message>
    <message>
        <source>%1 (%2) may not store images.</source>
        <translation>%1 (%2) may not store images.</translation>
    </message>
    <message>
        <source>A trainer may store images only for simulated actas.</source>
        <translation>A trainer may store images only for simulated actas.</translation>
    </message>
    <message>
        <source>%1 carries data or belongs to the station; it cannot be fired on its own.</source>
        <translation>%1 carries data or belongs to the station; it cannot be fired on its own.</translation>
    </message>
    <message>
        <source>Acta %1: an adjudication needs a reason.</source>
        <translation>Acta %1: an adjudication needs a reason.</translation>
    </message>
    <message>
        <source>There is no acta %1 at this station.</source>
        <translation>There is no acta %1 at this station.</translation>
    </message>
    <message>
        <source>The account %1 is disabled or unknown; it cannot act on actas.</source>
        <translation>The account %1 is disabled or unknown; it cannot act on actas.</translation>
    </message>
    <message>
        <source>Acta %1 is %2: images are stored at intake or after a rescan was requested.</source>
        <translation>Acta %1 is %2: images are stored at intake or after a rescan was requested.</translation>
    </message>
    <message>
        <source>There is no outbox record %1.</source>
        <translation>There is no outbox record %1.</translation>
    </message>
    <message>
        <source>Acta %1 was already received (%2); this page was not stored again.</source>
        <translation>Acta %1 was already received (%2); this page was not stored again.</translation>
    </message>
    <message>
        <source>The history of acta %1 holds an unknown step: %2</source>
        <translation>The history of acta %1 holds an unknown step: %2</translation>
    </message>
    <message>
        <source>Acta %1: this is a drill (simulacro) station; it receives drill actas only.</source>
        <translation>Acta %1: this is a drill (simulacro) station; it receives drill actas only.</translation>
    </message>
    <message>
        <source>Acta %1: this is a production station; a drill (simulacro) acta is never received here.</source>
        <translation>Acta %1: this is a production station; a drill (simulacro) acta is never received here.</translation>
    </message>
    <message>
        <source>A refused page is recorded for the person who imported it.</source>
        <translation>A refused page is recorded for the person who imported it.</translation>
    </message>
    <message>
        <source>A refused page is recorded with the reason it was refused.</source>
        <translation>A refused page is recorded with the reason it was refused.</translation>
    </message>
    <message>
        <source>This page is a drill (SIMULACRO) sheet; a production station never takes it.</source>
        <translation>This page is a drill (SIMULACRO) sheet; a production station never takes it.</translation>
    </message>
    <message>
        <source>Acta %1 has an entry of an unknown kind: %2</source>
        <translation>Acta %1 has an entry of an unknown kind: %2</translation>
    </message>
</context>
<context>
    <name>ActaWorkflow</name>
    <message>
        <source>Unknown acta state &quot;%1&quot; in storage.</source>
        <translation>Unknown acta state &quot;%1&quot; in storage.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Digitized</source>
        <translation>Digitized</translation>
    </message>
    <message>
        <source>Image rejected</source>
        <translation>Image rejected</translation>
    </message>
    <message>
        <source>Entry 1 done</source>
        <translation>Entry 1 done</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>In dispute</source>
        <translation>In dispute</translation>
    </message>
    <message>
        <source>Adjudicated</source>
        <translation>Adjudicated</translation>
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
        <translation>Queued for sync</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synced</translation>
    </message>
    <message>
        <source>Unknown acta action &quot;%1&quot; in storage.</source>
        <translation>Unknown acta action &quot;%1&quot; in storage.</translation>
    </message>
    <message>
        <source>Accept image</source>
        <translation>Accept image</translation>
    </message>
    <message>
        <source>Reject image</source>
        <translation>Reject image</translation>
    </message>
    <message>
        <source>Mark fuera de catálogo</source>
        <translation>Mark fuera de catálogo</translation>
    </message>
    <message>
        <source>Resolve identity</source>
        <translation>Resolve identity</translation>
    </message>
    <message>
        <source>Record sin acta</source>
        <translation>Record sin acta</translation>
    </message>
    <message>
        <source>Submit entry 1</source>
        <translation>Submit entry 1</translation>
    </message>
    <message>
        <source>Entry 2 matches</source>
        <translation>Entry 2 matches</translation>
    </message>
    <message>
        <source>Entry 2 differs</source>
        <translation>Entry 2 differs</translation>
    </message>
    <message>
        <source>Adjudicate</source>
        <translation>Adjudicate</translation>
    </message>
    <message>
        <source>Send back for re-capture</source>
        <translation>Send back for re-capture</translation>
    </message>
    <message>
        <source>Send back for re-scan</source>
        <translation>Send back for re-scan</translation>
    </message>
    <message>
        <source>Queue for sync</source>
        <translation>Queue for sync</translation>
    </message>
    <message>
        <source>Acknowledge sync</source>
        <translation>Acknowledge sync</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Cannot restore an acta whose entry user id is only spaces.</source>
        <translation>Cannot restore an acta whose entry user id is only spaces.</translation>
    </message>
    <message>
        <source>Cannot restore an acta with an entry-2 user (%1) but no entry-1 user.</source>
        <translation>Cannot restore an acta with an entry-2 user (%1) but no entry-1 user.</translation>
    </message>
    <message>
        <source>Cannot restore an acta whose entries 1 and 2 were both done by %1.</source>
        <translation>Cannot restore an acta whose entries 1 and 2 were both done by %1.</translation>
    </message>
    <message>
        <source>Cannot restore an acta that is &quot;%1&quot; with entry users: that state has none.</source>
        <translation>Cannot restore an acta that is &quot;%1&quot; with entry users: that state has none.</translation>
    </message>
    <message>
        <source>Cannot restore an acta that is &quot;%1&quot; without its entry-1 user.</source>
        <translation>Cannot restore an acta that is &quot;%1&quot; without its entry-1 user.</translation>
    </message>
    <message>
        <source>Cannot restore an acta that is &quot;%1&quot; with an entry-2 user: entry 2 is not done yet.</source>
        <translation>Cannot restore an acta that is &quot;%1&quot; with an entry-2 user: entry 2 is not done yet.</translation>
    </message>
    <message>
        <source>Cannot restore an acta that is &quot;%1&quot; without both entry users.</source>
        <translation>Cannot restore an acta that is &quot;%1&quot; without both entry users.</translation>
    </message>
    <message>
        <source>Cannot restore an acta that is &quot;%1&quot; with an entry-1 user but no entry-2 user.</source>
        <translation>Cannot restore an acta that is &quot;%1&quot; with an entry-1 user but no entry-2 user.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is done by the station itself; %2 (%3) cannot do it.</source>
        <translation>&quot;%1&quot; is done by the station itself; %2 (%3) cannot do it.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be done by a person with the permission &quot;%2&quot;, not by the station itself.</source>
        <translation>&quot;%1&quot; must be done by a person with the permission &quot;%2&quot;, not by the station itself.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs the user id of the person doing it.</source>
        <translation>&quot;%1&quot; needs the user id of the person doing it.</translation>
    </message>
    <message>
        <source>A trainer may do &quot;%1&quot; only on a simulated acta; this acta is real.</source>
        <translation>A trainer may do &quot;%1&quot; only on a simulated acta; this acta is real.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs the permission &quot;%2&quot;, which the role %3 does not have.</source>
        <translation>&quot;%1&quot; needs the permission &quot;%2&quot;, which the role %3 does not have.</translation>
    </message>
    <message>
        <source>Entry 2 must be done by someone other than %1, who did entry 1.</source>
        <translation>Entry 2 must be done by someone other than %1, who did entry 1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be done by someone who did neither entry; %2 did entry %3.</source>
        <translation>&quot;%1&quot; must be done by someone who did neither entry; %2 did entry %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not possible while the acta is &quot;%2&quot;; the acta must be %3.</source>
        <translation>&quot;%1&quot; is not possible while the acta is &quot;%2&quot;; the acta must be %3.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a reason, which goes into the acta&apos;s history.</source>
        <translation>&quot;%1&quot; needs a reason, which goes into the acta&apos;s history.</translation>
    </message>
    <message>
        <source>Cannot restore an acta that is &quot;%1&quot; with a reopener: only an acta in dispute has one.</source>
        <translation>Cannot restore an acta that is &quot;%1&quot; with a reopener: only an acta in dispute has one.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be done by someone other than %2, who reopened the acta.</source>
        <translation>&quot;%1&quot; must be done by someone other than %2, who reopened the acta.</translation>
    </message>
</context>
<context>
    <name>AdjudicationView</name>
    <message>
        <source>&amp;Open acta</source>
        <translation>&amp;Open acta</translation>
    </message>
    <message>
        <source>Use entry &amp;1</source>
        <translation>Use entry &amp;1</translation>
    </message>
    <message>
        <source>Use entry &amp;2</source>
        <translation>Use entry &amp;2</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Decide these values</source>
        <translation>&amp;Decide these values</translation>
    </message>
    <message>
        <source>Send back for re-&amp;capture</source>
        <translation>Send back for re-&amp;capture</translation>
    </message>
    <message>
        <source>Send back for re-&amp;scan</source>
        <translation>Send back for re-&amp;scan</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotate</translation>
    </message>
    <message>
        <source>Show &amp;field</source>
        <translation>Show &amp;field</translation>
    </message>
</context>
<context>
    <name>AdministrationView</name>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>SIMULACRO</source>
        <translation>SIMULACRO</translation>
    </message>
    <message>
        <source>Installed software</source>
        <translation>Installed software</translation>
    </message>
    <message>
        <source>Software &amp;fingerprint (SHA-256 of the installed files):</source>
        <translation>Software &amp;fingerprint (SHA-256 of the installed files):</translation>
    </message>
    <message>
        <source>&amp;Verify against a reference…</source>
        <translation>&amp;Verify against a reference…</translation>
    </message>
    <message>
        <source>Compare every installed file with a reference fingerprint the auditors made (actacapture fingerprint --output FILE)</source>
        <translation>Compare every installed file with a reference fingerprint the auditors made (actacapture fingerprint --output FILE)</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Check the store &amp;again</source>
        <translation>Check the store &amp;again</translation>
    </message>
    <message>
        <source>Certificates of operations</source>
        <translation>Certificates of operations</translation>
    </message>
    <message>
        <source>Certify the &amp;start of operations…</source>
        <translation>Certify the &amp;start of operations…</translation>
    </message>
    <message>
        <source>Certify the c&amp;lose of operations…</source>
        <translation>Certify the c&amp;lose of operations…</translation>
    </message>
    <message>
        <source>Station and ce&amp;rtificates</source>
        <translation>Station and ce&amp;rtificates</translation>
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
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>State changed (%1)</source>
        <translation>State changed (%1)</translation>
    </message>
    <message>
        <source>Image accepted</source>
        <translation>Image accepted</translation>
    </message>
    <message>
        <source>Image rejected</source>
        <translation>Image rejected</translation>
    </message>
    <message>
        <source>Marked fuera de catálogo</source>
        <translation>Marked fuera de catálogo</translation>
    </message>
    <message>
        <source>Identity resolved</source>
        <translation>Identity resolved</translation>
    </message>
    <message>
        <source>Recorded as sin acta</source>
        <translation>Recorded as sin acta</translation>
    </message>
    <message>
        <source>Entry 1 submitted</source>
        <translation>Entry 1 submitted</translation>
    </message>
    <message>
        <source>Entry 2 matches entry 1</source>
        <translation>Entry 2 matches entry 1</translation>
    </message>
    <message>
        <source>Entry 2 differs from entry 1</source>
        <translation>Entry 2 differs from entry 1</translation>
    </message>
    <message>
        <source>Dispute decided</source>
        <translation>Dispute decided</translation>
    </message>
    <message>
        <source>Sent back for re-capture</source>
        <translation>Sent back for re-capture</translation>
    </message>
    <message>
        <source>Sent back for re-scan</source>
        <translation>Sent back for re-scan</translation>
    </message>
    <message>
        <source>Queued for sync</source>
        <translation>Queued for sync</translation>
    </message>
    <message>
        <source>Synced upstream</source>
        <translation>Synced upstream</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>the image could not be used (quality or registration)</source>
        <translation>the image could not be used (quality or registration)</translation>
    </message>
    <message>
        <source>the page is another form</source>
        <translation>the page is another form</translation>
    </message>
    <message>
        <source>its CLAVE_ACTA could not be read</source>
        <translation>its CLAVE_ACTA could not be read</translation>
    </message>
    <message>
        <source>its casilla is not in the catalog</source>
        <translation>its casilla is not in the catalog</translation>
    </message>
    <message>
        <source>the acta was already received (a duplicate)</source>
        <translation>the acta was already received (a duplicate)</translation>
    </message>
    <message>
        <source>a drill (SIMULACRO) sheet and a station of the other mode</source>
        <translation>a drill (SIMULACRO) sheet and a station of the other mode</translation>
    </message>
    <message>
        <source>it could not be stored</source>
        <translation>it could not be stored</translation>
    </message>
    <message>
        <source>CLAVE_ACTA %1 · template %2</source>
        <translation>CLAVE_ACTA %1 · template %2</translation>
    </message>
    <message>
        <source>A drill (SIMULACRO) acta</source>
        <translation>A drill (SIMULACRO) acta</translation>
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
        <translation>CLAVE_ACTA typed by hand (its QR code could not be read)</translation>
    </message>
    <message>
        <source>Record version %1 acknowledged by: %2</source>
        <translation>Record version %1 acknowledged by: %2</translation>
    </message>
    <message>
        <source>State: %1 → %2</source>
        <translation>State: %1 → %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Outbox record %1 refused by endpoint %2 (HTTP %3)</source>
        <translation>Outbox record %1 refused by endpoint %2 (HTTP %3)</translation>
    </message>
    <message>
        <source>Record version %1 sent again with COTEJADA %2 (under review)</source>
        <translation>Record version %1 sent again with COTEJADA %2 (under review)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>CLAVE_ACTA read or typed: %1</source>
        <translation>CLAVE_ACTA read or typed: %1</translation>
    </message>
    <message>
        <source>Shown at intake: %1</source>
        <translation>Shown at intake: %1</translation>
    </message>
    <message>
        <source>Acta received</source>
        <translation>Acta received</translation>
    </message>
    <message>
        <source>Image stored</source>
        <translation>Image stored</translation>
    </message>
    <message>
        <source>Entry 1 saved</source>
        <translation>Entry 1 saved</translation>
    </message>
    <message>
        <source>Entry 2 saved</source>
        <translation>Entry 2 saved</translation>
    </message>
    <message>
        <source>Entry saved</source>
        <translation>Entry saved</translation>
    </message>
    <message>
        <source>Decision saved</source>
        <translation>Decision saved</translation>
    </message>
    <message>
        <source>Acknowledged upstream</source>
        <translation>Acknowledged upstream</translation>
    </message>
    <message>
        <source>Refused upstream</source>
        <translation>Refused upstream</translation>
    </message>
    <message>
        <source>Queued again, under review</source>
        <translation>Queued again, under review</translation>
    </message>
    <message>
        <source>Page refused</source>
        <translation>Page refused</translation>
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
        <translation>%1: expected an object with seq and hash</translation>
    </message>
    <message>
        <source>%1: unknown field</source>
        <translation>%1: unknown field</translation>
    </message>
    <message>
        <source>%1: expected an integer of at least 1</source>
        <translation>%1: expected an integer of at least 1</translation>
    </message>
    <message>
        <source>%1: expected 64 lowercase hex digits</source>
        <translation>%1: expected 64 lowercase hex digits</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>An audit entry (%1) was written outside a transaction; nothing was recorded.</source>
        <translation>An audit entry (%1) was written outside a transaction; nothing was recorded.</translation>
    </message>
    <message>
        <source>The audit log&apos;s head record is missing from %1.</source>
        <translation>The audit log&apos;s head record is missing from %1.</translation>
    </message>
    <message>
        <source>entry %1 (%2, %3)</source>
        <translation>entry %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing: the log goes from entry %2 to %3.</source>
        <translation>Audit entry %1 is missing: the log goes from entry %2 to %3.</translation>
    </message>
    <message>
        <source>Audit %1 does not follow the entry before it: the log was reordered or an entry was removed or replaced.</source>
        <translation>Audit %1 does not follow the entry before it: the log was reordered or an entry was removed or replaced.</translation>
    </message>
    <message>
        <source>Audit %1 was changed after it was written.</source>
        <translation>Audit %1 was changed after it was written.</translation>
    </message>
    <message>
        <source>The audit log&apos;s head record is missing.</source>
        <translation>The audit log&apos;s head record is missing.</translation>
    </message>
    <message>
        <source>The audit log ends at entry %1, but the station recorded entry %2 as its newest: entries were removed from the end.</source>
        <translation>The audit log ends at entry %1, but the station recorded entry %2 as its newest: entries were removed from the end.</translation>
    </message>
    <message>
        <source>The audit log&apos;s head record (entry %1) does not match the log, which ends at entry %2: the log or its head was altered.</source>
        <translation>The audit log&apos;s head record (entry %1) does not match the log, which ends at entry %2: the log or its head was altered.</translation>
    </message>
    <message>
        <source>Audit entry %1 is not the one %2 witnessed with record %3: the log was rewritten at or before entry %1.</source>
        <translation>Audit entry %1 is not the one %2 witnessed with record %3: the log was rewritten at or before entry %1.</translation>
    </message>
    <message>
        <source>Audit entry %1, which %2 witnessed with record %3, is missing: the log was cut back.</source>
        <translation>Audit entry %1, which %2 witnessed with record %3, is missing: the log was cut back.</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>The bundle has %1 bytes, more than the %2 allowed.</source>
        <translation>The bundle has %1 bytes, more than the %2 allowed.</translation>
    </message>
    <message>
        <source>This is not an ActaCapture bundle (%1): it does not start with the bundle member and end with its signature.</source>
        <translation>This is not an ActaCapture bundle (%1): it does not start with the bundle member and end with its signature.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature is not %1 bytes in base64.</source>
        <translation>The bundle&apos;s signature is not %1 bytes in base64.</translation>
    </message>
    <message>
        <source>The bundle is refused: $.bundle: %1</source>
        <translation>The bundle is refused: $.bundle: %1</translation>
    </message>
    <message>
        <source>The bundle is refused: $.bundle.%1: unknown field</source>
        <translation>The bundle is refused: $.bundle.%1: unknown field</translation>
    </message>
    <message>
        <source>The bundle is refused: $.bundle.format: expected &quot;%1&quot;</source>
        <translation>The bundle is refused: $.bundle.format: expected &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The bundle is refused: $.bundle.station_id: expected a station id</source>
        <translation>The bundle is refused: $.bundle.station_id: expected a station id</translation>
    </message>
    <message>
        <source>The bundle is refused: $.bundle.key: expected a key fingerprint</source>
        <translation>The bundle is refused: $.bundle.key: expected a key fingerprint</translation>
    </message>
    <message>
        <source>The bundle is refused: $.bundle.created_at: expected a UTC time</source>
        <translation>The bundle is refused: $.bundle.created_at: expected a UTC time</translation>
    </message>
    <message>
        <source>The bundle is refused: $.bundle.records: expected an array</source>
        <translation>The bundle is refused: $.bundle.records: expected an array</translation>
    </message>
    <message>
        <source>The bundle is refused: %1: %2</source>
        <translation>The bundle is refused: %1: %2</translation>
    </message>
    <message>
        <source>The bundle is refused: $.bundle.images: expected an array</source>
        <translation>The bundle is refused: $.bundle.images: expected an array</translation>
    </message>
    <message>
        <source>The bundle is refused: %1: expected {&quot;data&quot;: base64, &quot;sha256&quot;: 64 hex digits}</source>
        <translation>The bundle is refused: %1: expected {&quot;data&quot;: base64, &quot;sha256&quot;: 64 hex digits}</translation>
    </message>
    <message>
        <source>The bundle is refused: %1: the image&apos;s SHA-256 is not %2</source>
        <translation>The bundle is refused: %1: the image&apos;s SHA-256 is not %2</translation>
    </message>
    <message>
        <source>The bundle is signed with key %1, not with the key enrolled for station %2.</source>
        <translation>The bundle is signed with key %1, not with the key enrolled for station %2.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not hold: %1</source>
        <translation>The bundle&apos;s signature does not hold: %1</translation>
    </message>
    <message>
        <source>The bundle would have %1 bytes, more than the %2 a hub reads; sync part of the outbox first or carry it in several trips.</source>
        <translation>The bundle would have %1 bytes, more than the %2 a hub reads; sync part of the outbox first or carry it in several trips.</translation>
    </message>
</context>
<context>
    <name>CanonicalJson</name>
    <message>
        <source>%1: expected an integer between -%2 and %2</source>
        <translation>%1: expected an integer between -%2 and %2</translation>
    </message>
    <message>
        <source>%1: the text holds an unpaired surrogate</source>
        <translation>%1: the text holds an unpaired surrogate</translation>
    </message>
    <message>
        <source>%1: a key holds an unpaired surrogate</source>
        <translation>%1: a key holds an unpaired surrogate</translation>
    </message>
    <message>
        <source>%1: the value is undefined</source>
        <translation>%1: the value is undefined</translation>
    </message>
    <message>
        <source>$: not valid JSON at byte %1: %2</source>
        <translation>$: not valid JSON at byte %1: %2</translation>
    </message>
    <message>
        <source>$: expected a JSON object</source>
        <translation>$: expected a JSON object</translation>
    </message>
    <message>
        <source>$: the document is not in canonical form (whitespace, key order, escapes or number spelling differ from docs/protocol.md)</source>
        <translation>$: the document is not in canonical form (whitespace, key order, escapes or number spelling differ from docs/protocol.md)</translation>
    </message>
</context>
<context>
    <name>CasillaKey</name>
    <message>
        <source>State %1 is out of range: it must be from 01 to %2.</source>
        <translation>State %1 is out of range: it must be from 01 to %2.</translation>
    </message>
    <message>
        <source>Section %1 is out of range: it must be from 0001 to 9999.</source>
        <translation>Section %1 is out of range: it must be from 0001 to 9999.</translation>
    </message>
    <message>
        <source>Casilla number %1 is out of range: it must be from 01 to 99.</source>
        <translation>Casilla number %1 is out of range: it must be from 01 to 99.</translation>
    </message>
    <message>
        <source>A basic casilla (B) is always number 01, not %1.</source>
        <translation>A basic casilla (B) is always number 01, not %1.</translation>
    </message>
    <message>
        <source>Contiguous extension %1 is out of range: it must be from 00 to 99.</source>
        <translation>Contiguous extension %1 is out of range: it must be from 00 to 99.</translation>
    </message>
    <message>
        <source>Only an extraordinary casilla (E) can have a contiguous extension; this one has %1.</source>
        <translation>Only an extraordinary casilla (E) can have a contiguous extension; this one has %1.</translation>
    </message>
    <message>
        <source>The casilla key is empty.</source>
        <translation>The casilla key is empty.</translation>
    </message>
    <message numerus="yes">
        <source>The casilla key &quot;%1&quot; has %n character(s); it must have 11 (e.g. 010338B0100).</source>
        <translation>
            <numerusform>The casilla key &quot;%1&quot; has %n character; it must have 11 (e.g. 010338B0100).</numerusform>
            <numerusform>The casilla key &quot;%1&quot; has %n characters; it must have 11 (e.g. 010338B0100).</numerusform>
        </translation>
    </message>
    <message>
        <source>The state in &quot;%1&quot; must be two digits, not &quot;%2&quot;.</source>
        <translation>The state in &quot;%1&quot; must be two digits, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The section in &quot;%1&quot; must be four digits, not &quot;%2&quot;.</source>
        <translation>The section in &quot;%1&quot; must be four digits, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The casilla type in &quot;%1&quot; must be B, C, E, S or V, not &quot;%2&quot;.</source>
        <translation>The casilla type in &quot;%1&quot; must be B, C, E, S or V, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The casilla number in &quot;%1&quot; must be two digits, not &quot;%2&quot;.</source>
        <translation>The casilla number in &quot;%1&quot; must be two digits, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The contiguous extension in &quot;%1&quot; must be two digits, not &quot;%2&quot;.</source>
        <translation>The contiguous extension in &quot;%1&quot; must be two digits, not &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>CasillaType</name>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Contiguous</source>
        <translation>Contiguous</translation>
    </message>
    <message>
        <source>Extraordinary</source>
        <translation>Extraordinary</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>Special</translation>
    </message>
    <message>
        <source>Pre-trial detention</source>
        <translation>Pre-trial detention</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Cannot read the catalog file %1: %2</source>
        <translation>Cannot read the catalog file %1: %2</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>catalog</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text.</source>
        <translation>%1 is not valid UTF-8 text.</translation>
    </message>
    <message>
        <source>%1 is empty: it needs a header row and at least one casilla.</source>
        <translation>%1 is empty: it needs a header row and at least one casilla.</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted value is never closed.</source>
        <translation>%1, line %2: a quoted value is never closed.</translation>
    </message>
    <message>
        <source>%1, line 1: the header must be exactly &quot;%2&quot;, found &quot;%3&quot;.</source>
        <translation>%1, line 1: the header must be exactly &quot;%2&quot;, found &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1, line %2: expected %3 columns, found %4.</source>
        <translation>%1, line %2: expected %3 columns, found %4.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, line %2, column %3: %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>&quot;%1&quot; is not a whole number.</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3).</source>
        <translation>%1 is out of range (%2 to %3).</translation>
    </message>
    <message>
        <source>%1 does not match the state in the key %2.</source>
        <translation>%1 does not match the state in the key %2.</translation>
    </message>
    <message>
        <source>%1 does not match the section in the key %2.</source>
        <translation>%1 does not match the section in the key %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the casilla type in the key %2.</source>
        <translation>&quot;%1&quot; does not match the casilla type in the key %2.</translation>
    </message>
    <message>
        <source>a special casilla (S) needs its number of approved ballots.</source>
        <translation>a special casilla (S) needs its number of approved ballots.</translation>
    </message>
    <message>
        <source>only special casillas (S) have approved ballots; leave it empty.</source>
        <translation>only special casillas (S) have approved ballots; leave it empty.</translation>
    </message>
    <message>
        <source>the casilla %1 is listed twice (first on line %2).</source>
        <translation>the casilla %1 is listed twice (first on line %2).</translation>
    </message>
    <message>
        <source>%1 has a header but no casillas.</source>
        <translation>%1 has a header but no casillas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a transfer mechanism: D, F, I, or empty for none.</source>
        <translation>&quot;%1&quot; is not a transfer mechanism: D, F, I, or empty for none.</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>Certificate of the start of operations</source>
        <translation>Certificate of the start of operations</translation>
    </message>
    <message>
        <source>Certificate of the close of operations</source>
        <translation>Certificate of the close of operations</translation>
    </message>
    <message>
        <source>Checks a certificate&apos;s signed JSON twin: its canonical form, that its key matches its fingerprint, and the signature. With --key, that it was signed by that key (the station&apos;s or hub&apos;s fingerprint as you got it from the enrollment or the notary). Prints what it certifies.</source>
        <translation>Checks a certificate&apos;s signed JSON twin: its canonical form, that its key matches its fingerprint, and the signature. With --key, that it was signed by that key (the station&apos;s or hub&apos;s fingerprint as you got it from the enrollment or the notary). Prints what it certifies.</translation>
    </message>
    <message>
        <source>The fingerprint the signer must have.</source>
        <translation>The fingerprint the signer must have.</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>FINGERPRINT</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>The certificate&apos;s .json file.</source>
        <translation>The certificate&apos;s .json file.</translation>
    </message>
    <message>
        <source>Name one certificate file.</source>
        <translation>Name one certificate file.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the signature holds (key %2).</source>
        <translation>%1: the signature holds (key %2).</translation>
    </message>
    <message>
        <source>Kind: %1; issuer: %2 %3; mode: %4; issued %5 by %6.</source>
        <translation>Kind: %1; issuer: %2 %3; mode: %4; issued %5 by %6.</translation>
    </message>
    <message>
        <source>Software fingerprint: %1</source>
        <translation>Software fingerprint: %1</translation>
    </message>
    <message>
        <source>Compare the key&apos;s fingerprint with the one you got from the enrollment or the notary; --key does it for you.</source>
        <translation>Compare the key&apos;s fingerprint with the one you got from the enrollment or the notary; --key does it for you.</translation>
    </message>
</context>
<context>
    <name>CertificatePdf</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Capture station %1 (%2)</source>
        <translation>Capture station %1 (%2)</translation>
    </message>
    <message>
        <source>SIMULACRO: a drill. This certificate has no value for any election.</source>
        <translation>SIMULACRO: a drill. This certificate has no value for any election.</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>drill (simulacro)</source>
        <translation>drill (simulacro)</translation>
    </message>
    <message>
        <source>production</source>
        <translation>production</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Fingerprint of the installed files (SHA-256)</source>
        <translation>Fingerprint of the installed files (SHA-256)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Equal to the reference</source>
        <translation>Equal to the reference</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>yes, file by file</source>
        <translation>yes, file by file</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>Installed files</source>
        <translation>Installed files</translation>
    </message>
    <message>
        <source>Signed electronic twin</source>
        <translation>Signed electronic twin</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Its SHA-256</source>
        <translation>Its SHA-256</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>The undersigned witnessed, on %1, that the software installed has the fingerprint %2, equal file by file to the reference, and that the store was blank, as stated on the previous pages.</source>
        <translation>The undersigned witnessed, on %1, that the software installed has the fingerprint %2, equal file by file to the reference, and that the store was blank, as stated on the previous pages.</translation>
    </message>
    <message>
        <source>The undersigned witnessed, on %1, the final state stated on the previous pages, with the software of fingerprint %2.</source>
        <translation>The undersigned witnessed, on %1, the final state stated on the previous pages, with the software of fingerprint %2.</translation>
    </message>
    <message>
        <source>Notary public: name, notary number, signature and seal</source>
        <translation>Notary public: name, notary number, signature and seal</translation>
    </message>
    <message>
        <source>Witness: name and signature</source>
        <translation>Witness: name and signature</translation>
    </message>
    <message>
        <source>Station administrator: name and signature</source>
        <translation>Station administrator: name and signature</translation>
    </message>
    <message>
        <source>Hub operator: name and signature</source>
        <translation>Hub operator: name and signature</translation>
    </message>
    <message>
        <source>Installed files and their SHA-256</source>
        <translation>Installed files and their SHA-256</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>The PDF could not be started.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>%1 exists already; a certificate is never overwritten.</source>
        <translation>%1 exists already; a certificate is never overwritten.</translation>
    </message>
    <message>
        <source>Hub with the key %1</source>
        <translation>Hub with the key %1</translation>
    </message>
    <message>
        <source>Install folder</source>
        <translation>Install folder</translation>
    </message>
    <message>
        <source>Signed with the hub key (the key that signs its receipts and results cuts)</source>
        <translation>Signed with the hub key (the key that signs its receipts and results cuts)</translation>
    </message>
    <message>
        <source>Signed with the station key (the key that signs its records)</source>
        <translation>Signed with the station key (the key that signs its records)</translation>
    </message>
    <message>
        <source>Public key (base64)</source>
        <translation>Public key (base64)</translation>
    </message>
    <message>
        <source>Place: ________________________________________</source>
        <translation>Place: ________________________________________</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Checks an election template (JSON) and a casilla catalog (CSV).</source>
        <translation>Checks an election template (JSON) and a casilla catalog (CSV).</translation>
    </message>
    <message>
        <source>Election template JSON file.</source>
        <translation>Election template JSON file.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Casilla catalog CSV file.</source>
        <translation>Casilla catalog CSV file.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>Template %1 (version %2): %3 vote fields, %4 other fields: valid.</source>
        <translation>Template %1 (version %2): %3 vote fields, %4 other fields: valid.</translation>
    </message>
    <message>
        <source>Catalog %1: %2 casillas in %3 districts: valid.</source>
        <translation>Catalog %1: %2 casillas in %3 districts: valid.</translation>
    </message>
    <message>
        <source>ActaCapture: election result capture workstation.</source>
        <translation>ActaCapture: election result capture workstation.</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>The command to run (see below).</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>command</source>
        <translation>command</translation>
    </message>
    <message>
        <source>The station folder (default: %1).</source>
        <translation>The station folder (default: %1).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>The user acting (password from %1, or asked).</source>
        <translation>The user acting (password from %1, or asked).</translation>
    </message>
    <message>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <source>The station passphrase comes from %1, or is asked on the terminal.</source>
        <translation>The station passphrase comes from %1, or is asked on the terminal.</translation>
    </message>
    <message>
        <source>Expected %1 argument(s), got %2.</source>
        <translation>Expected %1 argument(s), got %2.</translation>
    </message>
    <message>
        <source>This command changes the station: name the acting user with --as USER.</source>
        <translation>This command changes the station: name the acting user with --as USER.</translation>
    </message>
    <message>
        <source>Station passphrase: </source>
        <translation>Station passphrase: </translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>locked until %1 UTC</source>
        <translation>locked until %1 UTC</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>enabled</translation>
    </message>
    <message>
        <source>Creates a new, empty station: its encrypted store and first administrator.
The administrator&apos;s password comes from %1, or is asked.</source>
        <translation>Creates a new, empty station: its encrypted store and first administrator.
The administrator&apos;s password comes from %1, or is asked.</translation>
    </message>
    <message>
        <source>User name of the first administrator.</source>
        <translation>User name of the first administrator.</translation>
    </message>
    <message>
        <source>The station&apos;s name, e.g. CATD 05.</source>
        <translation>The station&apos;s name, e.g. CATD 05.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Name the first administrator with --admin USER.</source>
        <translation>Name the first administrator with --admin USER.</translation>
    </message>
    <message>
        <source>New station passphrase: </source>
        <translation>New station passphrase: </translation>
    </message>
    <message>
        <source>Password for the administrator %1: </source>
        <translation>Password for the administrator %1: </translation>
    </message>
    <message>
        <source>Capture station</source>
        <translation>Capture station</translation>
    </message>
    <message>
        <source>Lists the station&apos;s users.</source>
        <translation>Lists the station&apos;s users.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Print JSON instead of a table.</translation>
    </message>
    <message>
        <source>Adds a user. Their password comes from %1, or is asked.</source>
        <translation>Adds a user. Their password comes from %1, or is asked.</translation>
    </message>
    <message>
        <source>The new user name.</source>
        <translation>The new user name.</translation>
    </message>
    <message>
        <source>clerk, supervisor, trainer or administrator.</source>
        <translation>clerk, supervisor, trainer or administrator.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>The person&apos;s full name.</source>
        <translation>The person&apos;s full name.</translation>
    </message>
    <message>
        <source>User %1 added as %2.</source>
        <translation>User %1 added as %2.</translation>
    </message>
    <message>
        <source>Disables a user. Users are never deleted: the history keeps their names.</source>
        <translation>Disables a user. Users are never deleted: the history keeps their names.</translation>
    </message>
    <message>
        <source>The user to disable.</source>
        <translation>The user to disable.</translation>
    </message>
    <message>
        <source>User %1 disabled.</source>
        <translation>User %1 disabled.</translation>
    </message>
    <message>
        <source>user add|disable|list: manage the station&apos;s users.</source>
        <translation>user add|disable|list: manage the station&apos;s users.</translation>
    </message>
    <message>
        <source>Say what to do: user add, user disable or user list.</source>
        <translation>Say what to do: user add, user disable or user list.</translation>
    </message>
    <message>
        <source>Unknown user action: %1</source>
        <translation>Unknown user action: %1</translation>
    </message>
    <message>
        <source>The audit log is broken at entry %1: %2</source>
        <translation>The audit log is broken at entry %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entry(ies) checked.</source>
        <translation>
            <numerusform>The audit log is intact: %n entry checked.</numerusform>
            <numerusform>The audit log is intact: %n entries checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prints everything that happened to one acta: images, entries, decisions, sync.</source>
        <translation>Prints everything that happened to one acta: images, entries, decisions, sync.</translation>
    </message>
    <message>
        <source>clave_acta</source>
        <translation>clave_acta</translation>
    </message>
    <message>
        <source>The acta key, e.g. 010338B010002.</source>
        <translation>The acta key, e.g. 010338B010002.</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv (default) or json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Unknown format %1: use csv or json.</source>
        <translation>Unknown format %1: use csv or json.</translation>
    </message>
    <message>
        <source>Writes an encrypted, consistent copy of the station (and its keying file) while it may be in use.</source>
        <translation>Writes an encrypted, consistent copy of the station (and its keying file) while it may be in use.</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>The backup file to write.</translation>
    </message>
    <message>
        <source>Backup written to %1 (with %2).</source>
        <translation>Backup written to %1 (with %2).</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>The backup file.</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase: </source>
        <translation>The backup&apos;s passphrase: </translation>
    </message>
    <message>
        <source>Station in %1 restored from %2.</source>
        <translation>Station in %1 restored from %2.</translation>
    </message>
    <message>
        <source>The previous store was kept as %1.</source>
        <translation>The previous store was kept as %1.</translation>
    </message>
    <message>
        <source>Changes the station passphrase (new key, same data). The new one comes from %1, or is asked twice.</source>
        <translation>Changes the station passphrase (new key, same data). The new one comes from %1, or is asked twice.</translation>
    </message>
    <message>
        <source>Current station passphrase: </source>
        <translation>Current station passphrase: </translation>
    </message>
    <message>
        <source>The station passphrase was changed.</source>
        <translation>The station passphrase was changed.</translation>
    </message>
    <message>
        <source>Draws the blank acta of one casilla (markers, QR code, header and digit boxes):
a PDF to print or a PNG image. Without --template, the embedded sample election.</source>
        <translation>Draws the blank acta of one casilla (markers, QR code, header and digit boxes):
a PDF to print or a PNG image. Without --template, the embedded sample election.</translation>
    </message>
    <message>
        <source>The acta&apos;s key, e.g. 210101B010002.</source>
        <translation>The acta&apos;s key, e.g. 210101B010002.</translation>
    </message>
    <message>
        <source>CLAVE_ACTA</source>
        <translation>CLAVE_ACTA</translation>
    </message>
    <message>
        <source>Output file: .pdf or .png.</source>
        <translation>Output file: .pdf or .png.</translation>
    </message>
    <message>
        <source>Resolution in dots per inch, %1 to %2 (default %3).</source>
        <translation>Resolution in dots per inch, %1 to %2 (default %3).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Name the acta with --acta CLAVE_ACTA.</source>
        <translation>Name the acta with --acta CLAVE_ACTA.</translation>
    </message>
    <message>
        <source>Name the output file with --out FILE.pdf or --out FILE.png.</source>
        <translation>Name the output file with --out FILE.pdf or --out FILE.png.</translation>
    </message>
    <message>
        <source>The output file must end in .pdf or .png: %1</source>
        <translation>The output file must end in .pdf or .png: %1</translation>
    </message>
    <message>
        <source>--dpi must be a whole number from %1 to %2, not &quot;%3&quot;.</source>
        <translation>--dpi must be a whole number from %1 to %2, not &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Note: casilla %1 is not in the catalog; the header shows only what its key says.</source>
        <translation>Note: casilla %1 is not in the catalog; the header shows only what its key says.</translation>
    </message>
    <message>
        <source>Acta %1 (template %2, version %3) written to %4 at %5 dpi.</source>
        <translation>Acta %1 (template %2, version %3) written to %4 at %5 dpi.</translation>
    </message>
    <message>
        <source>(then: %1)</source>
        <translation>(then: %1)</translation>
    </message>
    <message>
        <source>[changed to agree with the written total]</source>
        <translation>[changed to agree with the written total]</translation>
    </message>
    <message>
        <source>%1: REJECTED</source>
        <translation>%1: REJECTED</translation>
    </message>
    <message>
        <source>Time: %1 ms</source>
        <translation>Time: %1 ms</translation>
    </message>
    <message>
        <source>%1: accepted</source>
        <translation>%1: accepted</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 (QR code)</source>
        <translation>%1 (QR code)</translation>
    </message>
    <message>
        <source>%1 (printed header)</source>
        <translation>%1 (printed header)</translation>
    </message>
    <message>
        <source>Acta: %1</source>
        <translation>Acta: %1</translation>
    </message>
    <message>
        <source>Registration: %1, score %2, %3 dpi%4</source>
        <translation>Registration: %1, score %2, %3 dpi%4</translation>
    </message>
    <message>
        <source>markers</source>
        <translation>markers</translation>
    </message>
    <message>
        <source>feature matching</source>
        <translation>feature matching</translation>
    </message>
    <message>
        <source>, page was upside down</source>
        <translation>, page was upside down</translation>
    </message>
    <message>
        <source>Perceptual hash: %1</source>
        <translation>Perceptual hash: %1</translation>
    </message>
    <message>
        <source>Fields (value, confidence, * = high confidence):</source>
        <translation>Fields (value, confidence, * = high confidence):</translation>
    </message>
    <message>
        <source>The vote fields add up to the written total.</source>
        <translation>The vote fields add up to the written total.</translation>
    </message>
    <message>
        <source>The vote fields do not add up to the written total (or it was not read).</source>
        <translation>The vote fields do not add up to the written total (or it was not read).</translation>
    </message>
    <message>
        <source>Time: %1 ms (%2)</source>
        <translation>Time: %1 ms (%2)</translation>
    </message>
    <message>
        <source>Checks and reads scanned actas: quality, registration, identity, hashes and the figures recognised in every field. Folders are read for PNG, JPEG and TIFF files.
Exit status: 0 when every page was accepted, 1 when some were rejected.</source>
        <translation>Checks and reads scanned actas: quality, registration, identity, hashes and the figures recognised in every field. Folders are read for PNG, JPEG and TIFF files.
Exit status: 0 when every page was accepted, 1 when some were rejected.</translation>
    </message>
    <message>
        <source>One JSON object per page, one per line.</source>
        <translation>One JSON object per page, one per line.</translation>
    </message>
    <message>
        <source>Scanned pages or folders of them.</source>
        <translation>Scanned pages or folders of them.</translation>
    </message>
    <message>
        <source>Name at least one scanned page or folder.</source>
        <translation>Name at least one scanned page or folder.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) processed</source>
        <translation>
            <numerusform>%n page processed</numerusform>
            <numerusform>%n pages processed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected.</source>
        <translation>
            <numerusform>%n rejected.</numerusform>
            <numerusform>%n rejected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes acta pages filled with handwritten digits and aged like real scans, each with its ground truth (JSON), for drills and tests. The same seed gives the same pages.</source>
        <translation>Writes acta pages filled with handwritten digits and aged like real scans, each with its ground truth (JSON), for drills and tests. The same seed gives the same pages.</translation>
    </message>
    <message>
        <source>Folder for the pages.</source>
        <translation>Folder for the pages.</translation>
    </message>
    <message>
        <source>Number of pages (default 10).</source>
        <translation>Number of pages (default 10).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Random seed (default 1).</translation>
    </message>
    <message>
        <source>Defects: clean, mild, moderate or severe (default moderate).</source>
        <translation>Defects: clean, mild, moderate or severe (default moderate).</translation>
    </message>
    <message>
        <source>level</source>
        <translation>level</translation>
    </message>
    <message>
        <source>Make pages the quality gate must refuse: low_resolution, blurred, too_dark, too_bright, low_contrast, cut_off, blank or other_form.</source>
        <translation>Make pages the quality gate must refuse: low_resolution, blurred, too_dark, too_bright, low_contrast, cut_off, blank or other_form.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>Template of the other form, for --bad other_form.</source>
        <translation>Template of the other form, for --bad other_form.</translation>
    </message>
    <message>
        <source>Digit atlas PNG (default: the embedded held-out digits).</source>
        <translation>Digit atlas PNG (default: the embedded held-out digits).</translation>
    </message>
    <message>
        <source>Also register every page and append its labelled digit-box crops to this file (training data for tools/digits/train_digits.py).</source>
        <translation>Also register every page and append its labelled digit-box crops to this file (training data for tools/digits/train_digits.py).</translation>
    </message>
    <message>
        <source>Name the output folder with --out.</source>
        <translation>Name the output folder with --out.</translation>
    </message>
    <message>
        <source>--count must be a whole number from 1 to 100000.</source>
        <translation>--count must be a whole number from 1 to 100000.</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed must be a whole number.</translation>
    </message>
    <message>
        <source>Unknown --level: %1</source>
        <translation>Unknown --level: %1</translation>
    </message>
    <message>
        <source>Unknown --bad kind: %1</source>
        <translation>Unknown --bad kind: %1</translation>
    </message>
    <message>
        <source>--bad other_form needs --other-template.</source>
        <translation>--bad other_form needs --other-template.</translation>
    </message>
    <message>
        <source>Generated pages need a catalog to draw casillas from (--catalog).</source>
        <translation>Generated pages need a catalog to draw casillas from (--catalog).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1: not registered, no crops.</source>
        <translation>%1: not registered, no crops.</translation>
    </message>
    <message numerus="yes">
        <source>%n crop(s) written to %1</source>
        <translation>
            <numerusform>%n crop written to %1</numerusform>
            <numerusform>%n crops written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1</source>
        <translation>
            <numerusform>%n page written to %1</numerusform>
            <numerusform>%n pages written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes the enrollment request of this station (its id, name and public signing key) to FILE, for the hub administrator to import with &quot;actahub enroll FILE&quot;. Read the fingerprint it prints to the hub administrator so both sides can compare it.</source>
        <translation>Writes the enrollment request of this station (its id, name and public signing key) to FILE, for the hub administrator to import with &quot;actahub enroll FILE&quot;. Read the fingerprint it prints to the hub administrator so both sides can compare it.</translation>
    </message>
    <message>
        <source>The request file to write.</source>
        <translation>The request file to write.</translation>
    </message>
    <message>
        <source>Enrollment request of station %1 (%2) written to %3.</source>
        <translation>Enrollment request of station %1 (%2) written to %3.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1: up to date (%2 sent)</source>
        <translation>%1: up to date (%2 sent)</translation>
    </message>
    <message>
        <source>%1: sending (%2 sent)</source>
        <translation>%1: sending (%2 sent)</translation>
    </message>
    <message>
        <source>%1: waiting, attempt %2 failed: %3; next try at %4 UTC</source>
        <translation>%1: waiting, attempt %2 failed: %3; next try at %4 UTC</translation>
    </message>
    <message>
        <source>Lists the hubs this station sends to, the quorum, the outbox and refused records.</source>
        <translation>Lists the hubs this station sends to, the quorum, the outbox and refused records.</translation>
    </message>
    <message>
        <source>hub key %1</source>
        <translation>hub key %1</translation>
    </message>
    <message>
        <source>No hub is configured.</source>
        <translation>No hub is configured.</translation>
    </message>
    <message>
        <source>Quorum: %1 of %2</source>
        <translation>Quorum: %1 of %2</translation>
    </message>
    <message>
        <source>Outbox: %1 records, %2 acknowledged, %3 pending</source>
        <translation>Outbox: %1 records, %2 acknowledged, %3 pending</translation>
    </message>
    <message>
        <source>Refused by %1: acta %2 version %3 (HTTP %4): %5</source>
        <translation>Refused by %1: acta %2 version %3 (HTTP %4): %5</translation>
    </message>
    <message>
        <source>Pins a hub: its HTTPS address, the CA certificate its TLS certificate must chain to, and the public key that signs its receipts (printed by &quot;actahub init&quot;).</source>
        <translation>Pins a hub: its HTTPS address, the CA certificate its TLS certificate must chain to, and the public key that signs its receipts (printed by &quot;actahub init&quot;).</translation>
    </message>
    <message>
        <source>The hub&apos;s CA certificate (PEM).</source>
        <translation>The hub&apos;s CA certificate (PEM).</translation>
    </message>
    <message>
        <source>The hub&apos;s public key, 64 hex digits (&quot;hub public key&quot; in actahub&apos;s output).</source>
        <translation>The hub&apos;s public key, 64 hex digits (&quot;hub public key&quot; in actahub&apos;s output).</translation>
    </message>
    <message>
        <source>hex</source>
        <translation>hex</translation>
    </message>
    <message>
        <source>A name for the endpoint, e.g. primary.</source>
        <translation>A name for the endpoint, e.g. primary.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The hub&apos;s address, e.g. https://127.0.0.1:8443/</source>
        <translation>The hub&apos;s address, e.g. https://127.0.0.1:8443/</translation>
    </message>
    <message>
        <source>Both --ca and --hub-key are needed: a hub is trusted only when pinned.</source>
        <translation>Both --ca and --hub-key are needed: a hub is trusted only when pinned.</translation>
    </message>
    <message>
        <source>Hub %1 added: %2, hub key %3.</source>
        <translation>Hub %1 added: %2, hub key %3.</translation>
    </message>
    <message>
        <source>Stops sending to a hub (its receipts are forgotten).</source>
        <translation>Stops sending to a hub (its receipts are forgotten).</translation>
    </message>
    <message>
        <source>The endpoint&apos;s name.</source>
        <translation>The endpoint&apos;s name.</translation>
    </message>
    <message>
        <source>Hub %1 removed.</source>
        <translation>Hub %1 removed.</translation>
    </message>
    <message>
        <source>How many hubs must hold a record before its acta counts as synced.</source>
        <translation>How many hubs must hold a record before its acta counts as synced.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>The quorum.</source>
        <translation>The quorum.</translation>
    </message>
    <message>
        <source>The quorum must be a whole number.</source>
        <translation>The quorum must be a whole number.</translation>
    </message>
    <message>
        <source>Quorum set to %1.</source>
        <translation>Quorum set to %1.</translation>
    </message>
    <message>
        <source>Sends the records hubs refused again (after the cause was fixed at the hub).</source>
        <translation>Sends the records hubs refused again (after the cause was fixed at the hub).</translation>
    </message>
    <message numerus="yes">
        <source>%n refused record(s) will be sent again.</source>
        <translation>
            <numerusform>%n refused record will be sent again.</numerusform>
            <numerusform>%n refused records will be sent again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: upstream add|remove|list|quorum|retry-refused (see --help of each).</source>
        <translation>Use: upstream add|remove|list|quorum|retry-refused (see --help of each).</translation>
    </message>
    <message>
        <source>Sends verified actas to the configured hubs over HTTPS and stores their signed receipts. Stops when every hub holds every record (refused ones aside), unless --watch.</source>
        <translation>Sends verified actas to the configured hubs over HTTPS and stores their signed receipts. Stops when every hub holds every record (refused ones aside), unless --watch.</translation>
    </message>
    <message>
        <source>Keep running and send new records as they come.</source>
        <translation>Keep running and send new records as they come.</translation>
    </message>
    <message>
        <source>Give up after this many seconds (exit status 3); 0: never.</source>
        <translation>Give up after this many seconds (exit status 3); 0: never.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>--timeout wants a number of seconds.</source>
        <translation>--timeout wants a number of seconds.</translation>
    </message>
    <message>
        <source>%1 refused acta %2 version %3: %4</source>
        <translation>%1 refused acta %2 version %3: %4</translation>
    </message>
    <message>
        <source>actacapture: %1</source>
        <translation>actacapture: %1</translation>
    </message>
    <message>
        <source>Outbox: %1 records, %2 acknowledged, %3 pending, %4 refused.</source>
        <translation>Outbox: %1 records, %2 acknowledged, %3 pending, %4 refused.</translation>
    </message>
    <message>
        <source>Gave up after %1 s; what was not sent stays in the outbox.</source>
        <translation>Gave up after %1 s; what was not sent stays in the outbox.</translation>
    </message>
    <message>
        <source>Writes every record no quorum of hubs acknowledged yet, with its image, as one signed file for &quot;actahub import-bundle&quot; (when no network reaches the hub).</source>
        <translation>Writes every record no quorum of hubs acknowledged yet, with its image, as one signed file for &quot;actahub import-bundle&quot; (when no network reaches the hub).</translation>
    </message>
    <message>
        <source>The bundle file to write.</source>
        <translation>The bundle file to write.</translation>
    </message>
    <message>
        <source>Bundle of station %1 written to %2: %3 record(s), %4 image(s), %5 bytes.</source>
        <translation>Bundle of station %1 written to %2: %3 record(s), %4 image(s), %5 bytes.</translation>
    </message>
    <message>
        <source>Left out: acta %1 version %2, refused by %3: %4</source>
        <translation>Left out: acta %1 version %2, refused by %3: %4</translation>
    </message>
    <message>
        <source>Create a station: encrypted store and first administrator.</source>
        <translation>Create a station: encrypted store and first administrator.</translation>
    </message>
    <message>
        <source>Manage the station&apos;s users.</source>
        <translation>Manage the station&apos;s users.</translation>
    </message>
    <message>
        <source>Check the audit log&apos;s hash chain.</source>
        <translation>Check the audit log&apos;s hash chain.</translation>
    </message>
    <message>
        <source>Everything that happened to one acta (CSV or JSON).</source>
        <translation>Everything that happened to one acta (CSV or JSON).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Encrypted copy of the station while it is in use.</source>
        <translation>Encrypted copy of the station while it is in use.</translation>
    </message>
    <message>
        <source>Replace the station with a checked backup.</source>
        <translation>Replace the station with a checked backup.</translation>
    </message>
    <message>
        <source>New station passphrase (administrators).</source>
        <translation>New station passphrase (administrators).</translation>
    </message>
    <message>
        <source>The station&apos;s public key for the hub (actahub enroll).</source>
        <translation>The station&apos;s public key for the hub (actahub enroll).</translation>
    </message>
    <message>
        <source>The hubs the station sends to.</source>
        <translation>The hubs the station sends to.</translation>
    </message>
    <message>
        <source>Send verified actas to the hubs (HTTPS) and keep their receipts.</source>
        <translation>Send verified actas to the hubs (HTTPS) and keep their receipts.</translation>
    </message>
    <message>
        <source>Unacknowledged records and images as one signed file (USB).</source>
        <translation>Unacknowledged records and images as one signed file (USB).</translation>
    </message>
    <message>
        <source>Load an election template and catalog and report the first problem.</source>
        <translation>Load an election template and catalog and report the first problem.</translation>
    </message>
    <message>
        <source>Draw the blank acta of one casilla as PDF or PNG.</source>
        <translation>Draw the blank acta of one casilla as PDF or PNG.</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>FILE...</translation>
    </message>
    <message>
        <source>Check and read scanned actas (quality, identity, figures).</source>
        <translation>Check and read scanned actas (quality, identity, figures).</translation>
    </message>
    <message>
        <source>Write filled, aged acta pages with their ground truth.</source>
        <translation>Write filled, aged acta pages with their ground truth.</translation>
    </message>
    <message>
        <source>Use &quot;actacapture COMMAND --help&quot; for a command&apos;s options.
Without a command, the desktop application starts.</source>
        <translation>Use &quot;actacapture COMMAND --help&quot; for a command&apos;s options.
Without a command, the desktop application starts.</translation>
    </message>
    <message>
        <source>files</source>
        <translation>files</translation>
    </message>
    <message>
        <source>(the embedded sample)</source>
        <translation>(the embedded sample)</translation>
    </message>
    <message>
        <source>Replaces the station with a backup after checking it (passphrase, integrity, schema, audit chain) and logging in an administrator of the backup (--as). The replaced store is kept beside it.</source>
        <translation>Replaces the station with a backup after checking it (passphrase, integrity, schema, audit chain) and logging in an administrator of the backup (--as). The replaced store is kept beside it.</translation>
    </message>
    <message>
        <source>Password for %1 (an administrator of the backup): </source>
        <translation>Password for %1 (an administrator of the backup): </translation>
    </message>
    <message>
        <source>%1 is not an export of &quot;actahub stations heads STATION --json&quot;.</source>
        <translation>%1 is not an export of &quot;actahub stations heads STATION --json&quot;.</translation>
    </message>
    <message>
        <source>--hub-key wants the hub&apos;s public key as 64 hexadecimal digits.</source>
        <translation>--hub-key wants the hub&apos;s public key as 64 hexadecimal digits.</translation>
    </message>
    <message>
        <source>%1, receipt %2</source>
        <translation>%1, receipt %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is for station %2, not %3.</source>
        <translation>%1 is for station %2, not %3.</translation>
    </message>
    <message>
        <source>Walks the audit log&apos;s hash chain and reports the first broken entry; then compares the log with the audit heads the hubs witnessed (the receipts kept here and, with --witnessed, the hub&apos;s own list), which catches a log rewritten by someone holding the passphrase.</source>
        <translation>Walks the audit log&apos;s hash chain and reports the first broken entry; then compares the log with the audit heads the hubs witnessed (the receipts kept here and, with --witnessed, the hub&apos;s own list), which catches a log rewritten by someone holding the passphrase.</translation>
    </message>
    <message>
        <source>The output of &quot;actahub stations heads STATION --json&quot;.</source>
        <translation>The output of &quot;actahub stations heads STATION --json&quot;.</translation>
    </message>
    <message>
        <source>The public key (hex) of the hub that signed --witnessed, read from the hub itself rather than from this station&apos;s configuration.</source>
        <translation>The public key (hex) of the hub that signed --witnessed, read from the hub itself rather than from this station&apos;s configuration.</translation>
    </message>
    <message>
        <source>The audit log does not match what the hubs witnessed: %1</source>
        <translation>The audit log does not match what the hubs witnessed: %1</translation>
    </message>
    <message>
        <source>No hub has witnessed this log yet (no receipt carries an audit head).</source>
        <translation>No hub has witnessed this log yet (no receipt carries an audit head).</translation>
    </message>
    <message numerus="yes">
        <source>%n audit head(s) witnessed by the hubs match, up to entry %1.</source>
        <translation>
            <numerusform>%n audit head witnessed by the hubs match, up to entry %1.</numerusform>
            <numerusform>%n audit heads witnessed by the hubs match, up to entry %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n witnessed head(s) belong to entries a restore replaced.</source>
        <translation>
            <numerusform>%n witnessed head belong to entries a restore replaced.</numerusform>
            <numerusform>%n witnessed heads belong to entries a restore replaced.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the station&apos;s signing key too (when the old passphrase may have leaked): then send a new enrollment request to each hub, whose operator revokes the old key.</source>
        <translation>Replace the station&apos;s signing key too (when the old passphrase may have leaked): then send a new enrollment request to each hub, whose operator revokes the old key.</translation>
    </message>
    <message>
        <source>The signing key was not replaced: %1</source>
        <translation>The signing key was not replaced: %1</translation>
    </message>
    <message>
        <source>New signing key: %1. Write a new enrollment request (actacapture enrollment-request FILE) for each hub; until its operator revokes the old key and enrolls this one, the hub refuses new records (retry them with &quot;actacapture upstream retry-refused&quot;).</source>
        <translation>New signing key: %1. Write a new enrollment request (actacapture enrollment-request FILE) for each hub; until its operator revokes the old key and enrolls this one, the hub refuses new records (retry them with &quot;actacapture upstream retry-refused&quot;).</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes.</source>
        <translation>%1 is larger than %2 bytes.</translation>
    </message>
    <message>
        <source>%1 was signed by hub key %2, not by the key given (%3).</source>
        <translation>%1 was signed by hub key %2, not by the key given (%3).</translation>
    </message>
    <message>
        <source>%1: the summary&apos;s signature does not hold: the file was changed after the hub wrote it.</source>
        <translation>%1: the summary&apos;s signature does not hold: the file was changed after the hub wrote it.</translation>
    </message>
    <message>
        <source>%1 holds %2 receipt(s), not the %3 its signed summary names: receipts were removed.</source>
        <translation>%1 holds %2 receipt(s), not the %3 its signed summary names: receipts were removed.</translation>
    </message>
    <message>
        <source>--witnessed and --hub-key go together: the hub&apos;s list and the hub&apos;s public key (as &quot;actahub init&quot; printed it, or from GET /v1/hub).</source>
        <translation>--witnessed and --hub-key go together: the hub&apos;s list and the hub&apos;s public key (as &quot;actahub init&quot; printed it, or from GET /v1/hub).</translation>
    </message>
    <message>
        <source>The hub&apos;s list (exported %1) holds %2 head(s), up to record %3 and audit entry %4.</source>
        <translation>The hub&apos;s list (exported %1) holds %2 head(s), up to record %3 and audit entry %4.</translation>
    </message>
    <message>
        <source>Compared with the receipts kept in this station only: someone holding the passphrase can replace those too. The hub&apos;s own list (--witnessed) is the independent check.</source>
        <translation>Compared with the receipts kept in this station only: someone holding the passphrase can replace those too. The hub&apos;s own list (--witnessed) is the independent check.</translation>
    </message>
    <message>
        <source>Take scanned actas into the station, with how they came in.</source>
        <translation>Take scanned actas into the station, with how they came in.</translation>
    </message>
    <message>
        <source>%1: rejected, not stored</source>
        <translation>%1: rejected, not stored</translation>
    </message>
    <message>
        <source>%1: its CLAVE_ACTA could not be read; not stored (type it twice in the intake view)</source>
        <translation>%1: its CLAVE_ACTA could not be read; not stored (type it twice in the intake view)</translation>
    </message>
    <message>
        <source>%1: acta %2 is not in the catalog; not stored</source>
        <translation>%1: acta %2 is not in the catalog; not stored</translation>
    </message>
    <message>
        <source>%1: not stored: %2</source>
        <translation>%1: not stored: %2</translation>
    </message>
    <message>
        <source>%1: acta %2 stored (%3, %4)</source>
        <translation>%1: acta %2 stored (%3, %4)</translation>
    </message>
    <message>
        <source>Duplicate warning: this very file was already stored for acta %1.</source>
        <translation>Duplicate warning: this very file was already stored for acta %1.</translation>
    </message>
    <message>
        <source>Duplicate warning: this page looks like the same sheet as acta %1.</source>
        <translation>Duplicate warning: this page looks like the same sheet as acta %1.</translation>
    </message>
    <message>
        <source>Takes scanned actas into the station, as the intake view does: each page is checked and read, and accepted pages of catalog actas are stored with their image and how they came in, ready for entry 1. Pages whose identity cannot be read are not stored (type their CLAVE_ACTA in the intake view). Folders are read for PNG, JPEG and TIFF files.
Exit status: 0 when every page was stored, 1 when some were not.</source>
        <translation>Takes scanned actas into the station, as the intake view does: each page is checked and read, and accepted pages of catalog actas are stored with their image and how they came in, ready for entry 1. Pages whose identity cannot be read are not stored (type their CLAVE_ACTA in the intake view). Folders are read for PNG, JPEG and TIFF files.
Exit status: 0 when every page was stored, 1 when some were not.</translation>
    </message>
    <message>
        <source>How the scans came in: %1 (scanner at the CATD, the default), %2 (photograph at the CATD) or %3 (photograph from the casilla).</source>
        <translation>How the scans came in: %1 (scanner at the CATD, the default), %2 (photograph at the CATD) or %3 (photograph from the casilla).</translation>
    </message>
    <message>
        <source>Which copy of the acta was scanned, as the publication names it: %1 (default &quot;%2&quot;).</source>
        <translation>Which copy of the acta was scanned, as the publication names it: %1 (default &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) stored</source>
        <translation>
            <numerusform>%n page stored</numerusform>
            <numerusform>%n pages stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not stored.</source>
        <translation>
            <numerusform>%n not stored.</numerusform>
            <numerusform>%n not stored.</numerusform>
        </translation>
    </message>
    <message>
        <source>Station %1 (%2, %3) created in %4; first administrator: %5.</source>
        <translation>Station %1 (%2, %3) created in %4; first administrator: %5.</translation>
    </message>
    <message>
        <source>A drill (simulacro) station: its own store (default folder %1), never the operational one; without this option a drill station is refused.</source>
        <translation>A drill (simulacro) station: its own store (default folder %1), never the operational one; without this option a drill station is refused.</translation>
    </message>
    <message>
        <source>A drill&apos;s sheet: SIMULACRO in its title and footer.</source>
        <translation>A drill&apos;s sheet: SIMULACRO in its title and footer.</translation>
    </message>
    <message>
        <source>There is no operational station in %1, but there is a drill (simulacro) station in %2: add --simulation to work on the drill.</source>
        <translation>There is no operational station in %1, but there is a drill (simulacro) station in %2: add --simulation to work on the drill.</translation>
    </message>
    <message>
        <source>Drills (simulacros): generate one, load its key, play it, score it.</source>
        <translation>Drills (simulacros): generate one, load its key, play it, score it.</translation>
    </message>
    <message>
        <source>--share takes KIND=SHARE with a share from 0 to 1 and KIND one of: %1.</source>
        <translation>--share takes KIND=SHARE with a share from 0 to 1 and KIND one of: %1.</translation>
    </message>
    <message>
        <source>Writes a drill: filled acta scans with handwritten figures and scan defects, with injected contingencies, into FOLDER/%1, the list of packages without their acta (%2), and the trainer&apos;s answer key, sealed with the trainer&apos;s passphrase (from %3, or asked). The same seed gives the same files, byte for byte. Give the clerks the scans folder only.</source>
        <translation>Writes a drill: filled acta scans with handwritten figures and scan defects, with injected contingencies, into FOLDER/%1, the list of packages without their acta (%2), and the trainer&apos;s answer key, sealed with the trainer&apos;s passphrase (from %3, or asked). The same seed gives the same files, byte for byte. Give the clerks the scans folder only.</translation>
    </message>
    <message>
        <source>Number of actas (default 100).</source>
        <translation>Number of actas (default 100).</translation>
    </message>
    <message>
        <source>Folder for the drill.</source>
        <translation>Folder for the drill.</translation>
    </message>
    <message>
        <source>The arrivals spread over this many minutes of the night (default 480).</source>
        <translation>The arrivals spread over this many minutes of the night (default 480).</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>The drill&apos;s name (default SIM-&lt;seed&gt;-&lt;actas&gt;).</source>
        <translation>The drill&apos;s name (default SIM-&lt;seed&gt;-&lt;actas&gt;).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>One contingency&apos;s share of the actas, e.g. blurred=0.05 (repeatable; the rest keep their default).</source>
        <translation>One contingency&apos;s share of the actas, e.g. blurred=0.05 (repeatable; the rest keep their default).</translation>
    </message>
    <message>
        <source>kind=share</source>
        <translation>kind=share</translation>
    </message>
    <message>
        <source>Where the sealed answer key goes (default FOLDER/%1).</source>
        <translation>Where the sealed answer key goes (default FOLDER/%1).</translation>
    </message>
    <message>
        <source>Name the drill&apos;s folder with --out.</source>
        <translation>Name the drill&apos;s folder with --out.</translation>
    </message>
    <message>
        <source>--actas must be a whole number from 1 to %1.</source>
        <translation>--actas must be a whole number from 1 to %1.</translation>
    </message>
    <message>
        <source>--night-minutes must be a whole number.</source>
        <translation>--night-minutes must be a whole number.</translation>
    </message>
    <message>
        <source>The answer key must not go into the scans folder %1.</source>
        <translation>The answer key must not go into the scans folder %1.</translation>
    </message>
    <message>
        <source>Trainer&apos;s passphrase for the answer key: </source>
        <translation>Trainer&apos;s passphrase for the answer key: </translation>
    </message>
    <message>
        <source>%1 of %2 pages drawn</source>
        <translation>%1 of %2 pages drawn</translation>
    </message>
    <message>
        <source>Loads a drill&apos;s sealed answer key (drill generate) into the drill station, for scoring. Its passphrase comes from %1, or is asked. Trainers only.</source>
        <translation>Loads a drill&apos;s sealed answer key (drill generate) into the drill station, for scoring. Its passphrase comes from %1, or is asked. Trainers only.</translation>
    </message>
    <message>
        <source>key-file</source>
        <translation>key-file</translation>
    </message>
    <message>
        <source>The sealed answer key.</source>
        <translation>The sealed answer key.</translation>
    </message>
    <message>
        <source>Passphrase of the answer key: </source>
        <translation>Passphrase of the answer key: </translation>
    </message>
    <message>
        <source>Drill %1 loaded: %2 scans, %3 actas expected.</source>
        <translation>Drill %1 loaded: %2 scans, %3 actas expected.</translation>
    </message>
    <message>
        <source>Starts a loaded drill: its scans go into the hot folder as the night goes by, squeezed into --minutes. Runs until every scan is copied. Trainers only.</source>
        <translation>Starts a loaded drill: its scans go into the hot folder as the night goes by, squeezed into --minutes. Runs until every scan is copied. Trainers only.</translation>
    </message>
    <message>
        <source>The drill&apos;s scans folder.</source>
        <translation>The drill&apos;s scans folder.</translation>
    </message>
    <message>
        <source>The station&apos;s hot folder.</source>
        <translation>The station&apos;s hot folder.</translation>
    </message>
    <message>
        <source>How long the drill&apos;s night lasts (default 60).</source>
        <translation>How long the drill&apos;s night lasts (default 60).</translation>
    </message>
    <message>
        <source>Which drill (default: the newest loaded).</source>
        <translation>Which drill (default: the newest loaded).</translation>
    </message>
    <message>
        <source>Name the drill&apos;s scans with --scans and the hot folder with --hot-folder.</source>
        <translation>Name the drill&apos;s scans with --scans and the hot folder with --hot-folder.</translation>
    </message>
    <message>
        <source>--minutes must be a whole number from 1 to 1440.</source>
        <translation>--minutes must be a whole number from 1 to 1440.</translation>
    </message>
    <message>
        <source>%1 into the hot folder (%2 of %3)</source>
        <translation>%1 into the hot folder (%2 of %3)</translation>
    </message>
    <message>
        <source>Drill %1: %2 scans played into %3.</source>
        <translation>Drill %1: %2 scans played into %3.</translation>
    </message>
    <message>
        <source>The trainer&apos;s report of a drill: the station&apos;s work scored against the answer key, as PDF (with charts) and, with --csv, as CSV. Trainers only.</source>
        <translation>The trainer&apos;s report of a drill: the station&apos;s work scored against the answer key, as PDF (with charts) and, with --csv, as CSV. Trainers only.</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>The PDF to write.</translation>
    </message>
    <message>
        <source>Also write the figures as CSV.</source>
        <translation>Also write the figures as CSV.</translation>
    </message>
    <message>
        <source>Name the report with --out FILE.pdf (and --csv FILE.csv).</source>
        <translation>Name the report with --out FILE.pdf (and --csv FILE.csv).</translation>
    </message>
    <message>
        <source>Drill %1: %2 of %3 actas finished, %4 of %5 contingencies handled right, %6 dispute(s). Written: %7</source>
        <translation>Drill %1: %2 of %3 actas finished, %4 of %5 contingencies handled right, %6 dispute(s). Written: %7</translation>
    </message>
    <message>
        <source>The refusal could not be recorded in the audit log: %1</source>
        <translation>The refusal could not be recorded in the audit log: %1</translation>
    </message>
    <message>
        <source>Seed (default: a random one, printed). With the same passphrase, the same seed gives the same drill; the seed alone gives nothing.</source>
        <translation>Seed (default: a random one, printed). With the same passphrase, the same seed gives the same drill; the seed alone gives nothing.</translation>
    </message>
    <message>
        <source>Drill %1 (seed %8): %2 actas, %3 scans in %4, %5 packages without acta, %6 actas with a contingency. Answer key: %7</source>
        <translation>Drill %1 (seed %8): %2 actas, %3 scans in %4, %5 packages without acta, %6 actas with a contingency. Answer key: %7</translation>
    </message>
    <message>
        <source>%1 may not run drills.</source>
        <translation>%1 may not run drills.</translation>
    </message>
    <message>
        <source>A drill&apos;s answer key can only be loaded into a drill station.</source>
        <translation>A drill&apos;s answer key can only be loaded into a drill station.</translation>
    </message>
    <message>
        <source>drill %1</source>
        <translation>drill %1</translation>
    </message>
    <message>
        <source>%1 may not score drills.</source>
        <translation>%1 may not score drills.</translation>
    </message>
    <message>
        <source>Drill %1 was made for the election template %2 version %3, not %4 version %5: name its files with --template and --catalog.</source>
        <translation>Drill %1 was made for the election template %2 version %3, not %4 version %5: name its files with --template and --catalog.</translation>
    </message>
    <message>
        <source>Drills (simulacros), in the order a trainer runs them:
  drill generate   write a drill&apos;s scans and its sealed answer key (no station needed)
  drill load       put the answer key into the drill station (--simulation)
  drill start      play the scans into the station&apos;s hot folder over the drill&apos;s minutes
  drill report     score the clerks&apos; work against the key: PDF and CSV
Each has --help. The key&apos;s passphrase comes from %1, or is asked.</source>
        <translation>Drills (simulacros), in the order a trainer runs them:
  drill generate   write a drill&apos;s scans and its sealed answer key (no station needed)
  drill load       put the answer key into the drill station (--simulation)
  drill start      play the scans into the station&apos;s hot folder over the drill&apos;s minutes
  drill report     score the clerks&apos; work against the key: PDF and CSV
Each has --help. The key&apos;s passphrase comes from %1, or is asked.</translation>
    </message>
    <message>
        <source>With %1 actas these contingencies got no acta (raise --actas or their --share): %2.</source>
        <translation>With %1 actas these contingencies got no acta (raise --actas or their --share): %2.</translation>
    </message>
    <message>
        <source>Certifies the start of operations: the installed software equals the reference the auditors made, and the store is blank (no acta, entry, image, outbox record or drill; only set-up events in the audit log). Writes the certificate as PDF, for the notary&apos;s and witnesses&apos; signatures, and as JSON signed with the station&apos;s key. Refuses, naming what is there, when the store is not blank. Administrators.</source>
        <translation>Certifies the start of operations: the installed software equals the reference the auditors made, and the store is blank (no acta, entry, image, outbox record or drill; only set-up events in the audit log). Writes the certificate as PDF, for the notary&apos;s and witnesses&apos; signatures, and as JSON signed with the station&apos;s key. Refuses, naming what is there, when the store is not blank. Administrators.</translation>
    </message>
    <message>
        <source>Certifies the close of operations: the software fingerprint again, the actas by state and by OBSERVACIONES, the last receipt of each hub and the audit head. Writes the certificate as PDF and as JSON signed with the station&apos;s key. Administrators.</source>
        <translation>Certifies the close of operations: the software fingerprint again, the actas by state and by OBSERVACIONES, the last receipt of each hub and the audit head. Writes the certificate as PDF and as JSON signed with the station&apos;s key. Administrators.</translation>
    </message>
    <message>
        <source>The reference fingerprint the auditors made (actacapture fingerprint --output FILE).</source>
        <translation>The reference fingerprint the auditors made (actacapture fingerprint --output FILE).</translation>
    </message>
    <message>
        <source>Where to write the certificate (default: the station folder&apos;s %1).</source>
        <translation>Where to write the certificate (default: the station folder&apos;s %1).</translation>
    </message>
    <message>
        <source>Name the reference fingerprint with --reference FILE.</source>
        <translation>Name the reference fingerprint with --reference FILE.</translation>
    </message>
    <message>
        <source>Certificate written:
  %1
  %2 (signed; its SHA-256 %3 is printed on the PDF)</source>
        <translation>Certificate written:
  %1
  %2 (signed; its SHA-256 %3 is printed on the PDF)</translation>
    </message>
    <message>
        <source>Certificates for the notary (docs/certification.md):
  certify start   the software is the reference&apos;s and the store is blank
  certify close   the final state: actas, receipts, audit head
  certify check   check a certificate&apos;s signed JSON
Each has --help.</source>
        <translation>Certificates for the notary (docs/certification.md):
  certify start   the software is the reference&apos;s and the store is blank
  certify close   the final state: actas, receipts, audit head
  certify check   check a certificate&apos;s signed JSON
Each has --help.</translation>
    </message>
    <message>
        <source>SHA-256 of every installed file and their combined digest; --verify against a reference.</source>
        <translation>SHA-256 of every installed file and their combined digest; --verify against a reference.</translation>
    </message>
    <message>
        <source>Certificates for the notary: start and close of operations (PDF and signed JSON).</source>
        <translation>Certificates for the notary: start and close of operations (PDF and signed JSON).</translation>
    </message>
    <message>
        <source>Every record the station signed, one per line, to check a published cut (actaverify --records).</source>
        <translation>Every record the station signed, one per line, to check a published cut (actaverify --records).</translation>
    </message>
    <message>
        <source>Writes every record this station signed, acknowledged or not, one signed envelope per line (the bytes it sent the hubs), for &quot;actaverify CUT --records FILE&quot;: a party representative or auditor can then check that the published cut shows the latest version of each of the station&apos;s actas and leaves none out.</source>
        <translation>Writes every record this station signed, acknowledged or not, one signed envelope per line (the bytes it sent the hubs), for &quot;actaverify CUT --records FILE&quot;: a party representative or auditor can then check that the published cut shows the latest version of each of the station&apos;s actas and leaves none out.</translation>
    </message>
    <message>
        <source>The records file to write (JSON lines).</source>
        <translation>The records file to write (JSON lines).</translation>
    </message>
    <message numerus="yes">
        <source>%n signed record(s) of station %1 written to %2.</source>
        <translation>
            <numerusform>%n signed record of station %1 written to %2.</numerusform>
            <numerusform>%n signed records of station %1 written to %2.</numerusform>
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
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Language of messages (es_MX, en).</source>
        <translation>Language of messages (es_MX, en).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Election template JSON (default: the embedded sample).</source>
        <translation>Election template JSON (default: the embedded sample).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Casilla catalog CSV (default: the embedded sample).</source>
        <translation>Casilla catalog CSV (default: the embedded sample).</translation>
    </message>
    <message>
        <source>--template and --catalog go together.</source>
        <translation>--template and --catalog go together.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; messages stay in %2 (available: %3).</source>
        <translation>Unknown language &quot;%1&quot;; messages stay in %2 (available: %3).</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Shows this help.</translation>
    </message>
</context>
<context>
    <name>CutManifest</name>
    <message>
        <source>The manifest needs the election&apos;s and the template&apos;s ids.</source>
        <translation>The manifest needs the election&apos;s and the template&apos;s ids.</translation>
    </message>
    <message>
        <source>The manifest needs the cut&apos;s time.</source>
        <translation>The manifest needs the cut&apos;s time.</translation>
    </message>
    <message>
        <source>The manifest needs the cut&apos;s archive name and the hub&apos;s public key.</source>
        <translation>The manifest needs the cut&apos;s archive name and the hub&apos;s public key.</translation>
    </message>
    <message>
        <source>A manifest lists 1 to %1 files, not %2.</source>
        <translation>A manifest lists 1 to %1 files, not %2.</translation>
    </message>
    <message>
        <source>The manifest&apos;s entry %1 is not a file name with its hash and size.</source>
        <translation>The manifest&apos;s entry %1 is not a file name with its hash and size.</translation>
    </message>
    <message>
        <source>The manifest has %1 bytes, more than the %2 allowed.</source>
        <translation>The manifest has %1 bytes, more than the %2 allowed.</translation>
    </message>
    <message>
        <source>%1: unknown field</source>
        <translation>%1: unknown field</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: missing</translation>
    </message>
    <message>
        <source>%1: expected &quot;%2&quot; (a newer format needs a newer actaverify)</source>
        <translation>%1: expected &quot;%2&quot; (a newer format needs a newer actaverify)</translation>
    </message>
    <message>
        <source>%1: expected an id</source>
        <translation>%1: expected an id</translation>
    </message>
    <message>
        <source>%1: expected a UTC time like 2027-06-06T04:00:00.000Z</source>
        <translation>%1: expected a UTC time like 2027-06-06T04:00:00.000Z</translation>
    </message>
    <message>
        <source>%1: expected &quot;produccion&quot; or &quot;simulacro&quot;</source>
        <translation>%1: expected &quot;produccion&quot; or &quot;simulacro&quot;</translation>
    </message>
    <message>
        <source>%1: expected true or false</source>
        <translation>%1: expected true or false</translation>
    </message>
    <message>
        <source>%1: expected the name of a .zip file</source>
        <translation>%1: expected the name of a .zip file</translation>
    </message>
    <message>
        <source>%1: expected %2 bytes in base64</source>
        <translation>%1: expected %2 bytes in base64</translation>
    </message>
    <message>
        <source>%1: not the fingerprint of %2</source>
        <translation>%1: not the fingerprint of %2</translation>
    </message>
    <message>
        <source>%1: expected an object of 1 to %2 files</source>
        <translation>%1: expected an object of 1 to %2 files</translation>
    </message>
    <message>
        <source>%1: not a plain file name</source>
        <translation>%1: not a plain file name</translation>
    </message>
    <message>
        <source>%1: expected {&quot;sha256&quot;: 64 lowercase hex digits, &quot;size&quot;: bytes}</source>
        <translation>%1: expected {&quot;sha256&quot;: 64 lowercase hex digits, &quot;size&quot;: bytes}</translation>
    </message>
    <message>
        <source>%1 has %2 bytes; a signature file has about 90.</source>
        <translation>%1 has %2 bytes; a signature file has about 90.</translation>
    </message>
    <message>
        <source>%1 does not hold %2 bytes in base64 on one line.</source>
        <translation>%1 does not hold %2 bytes in base64 on one line.</translation>
    </message>
</context>
<context>
    <name>CutSource</name>
    <message>
        <source>%1 is not a file in %2.</source>
        <translation>%1 is not a file in %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 has %2 bytes, more than the %3 this program reads.</source>
        <translation>%1 has %2 bytes, more than the %3 this program reads.</translation>
    </message>
    <message>
        <source>%1 grew past %2 bytes while it was read.</source>
        <translation>%1 grew past %2 bytes while it was read.</translation>
    </message>
    <message>
        <source>%1 is not in %2.</source>
        <translation>%1 is not in %2.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a file.</source>
        <translation>%1 is neither a folder nor a file.</translation>
    </message>
</context>
<context>
    <name>CutVerifier</name>
    <message>
        <source>not checked (give a folder of acta images with --images).</source>
        <translation>not checked (give a folder of acta images with --images).</translation>
    </message>
    <message>
        <source>not checked: it needs resultados.csv (above).</source>
        <translation>not checked: it needs resultados.csv (above).</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 is not a folder.</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>%1 holds more than %2 files; the rest were not read.</source>
        <translation>%1 holds more than %2 files; the rest were not read.</translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1: cannot read it: %2</translation>
    </message>
    <message>
        <source>%1 has %2 bytes, more than the %3 this program reads for an image.</source>
        <translation>%1 has %2 bytes, more than the %3 this program reads for an image.</translation>
    </message>
    <message>
        <source>%1 is named after acta %2, but it is the image of acta %3 (SHA-256 %4).</source>
        <translation>%1 is named after acta %2, but it is the image of acta %3 (SHA-256 %4).</translation>
    </message>
    <message>
        <source>(a side of a dispute)</source>
        <translation>(a side of a dispute)</translation>
    </message>
    <message>
        <source>%1: SHA-256 %2, but the row of acta %3 says %4: not the image the station signed.</source>
        <translation>%1: SHA-256 %2, but the row of acta %3 says %4: not the image the station signed.</translation>
    </message>
    <message>
        <source>%1 is named after SHA-256 %2, but its content&apos;s SHA-256 is %3.</source>
        <translation>%1 is named after SHA-256 %2, but its content&apos;s SHA-256 is %3.</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2) is the image of no row of the cut.</source>
        <translation>%1 (SHA-256 %2) is the image of no row of the cut.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with an image SHA-256 have no image in %1: %2</source>
        <translation>
            <numerusform>%n row with an image SHA-256 have no image in %1: %2</numerusform>
            <numerusform>%n rows with an image SHA-256 have no image in %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 rows with an image found in %3; %n file(s) read.</source>
        <translation>
            <numerusform>%1 of %2 rows with an image found in %3; %n file read.</numerusform>
            <numerusform>%1 of %2 rows with an image found in %3; %n files read.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not checked: the stations&apos; keys cannot be read.</source>
        <translation>not checked: the stations&apos; keys cannot be read.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 is not a regular file.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 has %2 bytes, more than the %3 this program reads.</source>
        <translation>%1 has %2 bytes, more than the %3 this program reads.</translation>
    </message>
    <message>
        <source>not checked: the records cannot be read.</source>
        <translation>not checked: the records cannot be read.</translation>
    </message>
    <message>
        <source>%1: the last line has no line feed; the file may be cut short.</source>
        <translation>%1: the last line has no line feed; the file may be cut short.</translation>
    </message>
    <message>
        <source>%1: more than %2 records; the rest were not read.</source>
        <translation>%1: more than %2 records; the rest were not read.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <source>%1, line %2 (acta %3, station %4, version %5)</source>
        <translation>%1, line %2 (acta %3, station %4, version %5)</translation>
    </message>
    <message>
        <source>%1: signed with key %2, which %3 does not list.</source>
        <translation>%1: signed with key %2, which %3 does not list.</translation>
    </message>
    <message>
        <source>%1: signed with key %2, which %3 gives to station %4.</source>
        <translation>%1: signed with key %2, which %3 gives to station %4.</translation>
    </message>
    <message>
        <source>%1: the station&apos;s signature does not hold: the record was changed after the station signed it.</source>
        <translation>%1: the station&apos;s signature does not hold: the record was changed after the station signed it.</translation>
    </message>
    <message>
        <source>%1: a production record in a drill cut.</source>
        <translation>%1: a production record in a drill cut.</translation>
    </message>
    <message>
        <source>%1: a drill (simulacro) record in a production cut.</source>
        <translation>%1: a drill (simulacro) record in a production cut.</translation>
    </message>
    <message>
        <source>%1: a record of template %2, not of the cut&apos;s %3.</source>
        <translation>%1: a record of template %2, not of the cut&apos;s %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) signed with a key the hub revoked later (revoked_at in %1); the hub takes nothing signed with a key after revoking it.</source>
        <translation>
            <numerusform>%n record signed with a key the hub revoked later (revoked_at in %1); the hub takes nothing signed with a key after revoking it.</numerusform>
            <numerusform>%n records signed with a key the hub revoked later (revoked_at in %1); the hub takes nothing signed with a key after revoking it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in %1, each signed by its station&apos;s published key.</source>
        <translation>
            <numerusform>%n record in %1, each signed by its station&apos;s published key.</numerusform>
            <numerusform>%n records in %1, each signed by its station&apos;s published key.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 records in %3 hold.</source>
        <translation>%1 of %2 records in %3 hold.</translation>
    </message>
    <message>
        <source>not checked: it needs resultados.csv, the template and the records (above).</source>
        <translation>not checked: it needs resultados.csv, the template and the records (above).</translation>
    </message>
    <message>
        <source>resultados.csv, line %1 (acta %2)</source>
        <translation>resultados.csv, line %1 (acta %2)</translation>
    </message>
    <message>
        <source>%1: no signed record of it is published in %2.</source>
        <translation>%1: no signed record of it is published in %2.</translation>
    </message>
    <message>
        <source>%1: the row says the acta was not received, but station %2 signed a record of it (%3, line %4).</source>
        <translation>%1: the row says the acta was not received, but station %2 signed a record of it (%3, line %4).</translation>
    </message>
    <message>
        <source>%1: published as in dispute between stations, but %2 holds no two stations&apos; records that disagree.</source>
        <translation>%1: published as in dispute between stations, but %2 holds no two stations&apos; records that disagree.</translation>
    </message>
    <message>
        <source>%1, %2: an acta in dispute shows no figures, this row shows &quot;%3&quot;.</source>
        <translation>%1, %2: an acta in dispute shows no figures, this row shows &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1: %2 records of it are published, but its row is not in dispute.</source>
        <translation>%1: %2 records of it are published, but its row is not in dispute.</translation>
    </message>
    <message>
        <source>%1: not an acta key: %2</source>
        <translation>%1: not an acta key: %2</translation>
    </message>
    <message>
        <source>%1, %2: the row says &quot;%3&quot;, station %4 signed &quot;%5&quot; (%6, line %7).</source>
        <translation>%1, %2: the row says &quot;%3&quot;, station %4 signed &quot;%5&quot; (%6, line %7).</translation>
    </message>
    <message>
        <source>%1, line %2: a record of acta %3, which has no row in resultados.csv.</source>
        <translation>%1, line %2: a record of acta %3, which has no row in resultados.csv.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) agree with the latest record their station signed.</source>
        <translation>
            <numerusform>%n row agree with the latest record their station signed.</numerusform>
            <numerusform>%n rows agree with the latest record their station signed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) compared; not all agree.</source>
        <translation>
            <numerusform>%n row compared; not all agree.</numerusform>
            <numerusform>%n rows compared; not all agree.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not listed in the manifest.</source>
        <translation>%1 is not listed in the manifest.</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <source>without a manifest signed by the hub key you gave, nothing in %1 can be trusted; the other checks were not run.</source>
        <translation>without a manifest signed by the hub key you gave, nothing in %1 can be trusted; the other checks were not run.</translation>
    </message>
    <message>
        <source>Cut %1 of election %2 (template %3), %4, cut at %5 UTC%6.</source>
        <translation>Cut %1 of election %2 (template %3), %4, cut at %5 UTC%6.</translation>
    </message>
    <message>
        <source>a DRILL (simulacro)</source>
        <translation>a DRILL (simulacro)</translation>
    </message>
    <message>
        <source>production</source>
        <translation>production</translation>
    </message>
    <message>
        <source>, the final cut</source>
        <translation>, the final cut</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Counters</translation>
    </message>
    <message>
        <source>Station signatures</source>
        <translation>Station signatures</translation>
    </message>
    <message>
        <source>Rows against the records</source>
        <translation>Rows against the records</translation>
    </message>
    <message>
        <source>Acta images</source>
        <translation>Acta images</translation>
    </message>
    <message>
        <source>%1 has no %2: it is not a signed cut.</source>
        <translation>%1 has no %2: it is not a signed cut.</translation>
    </message>
    <message>
        <source>%1 has no %2: the hub is writing the next cut (try again in a moment, or check the cut&apos;s .zip, which carries its own), or the folder is not a signed cut.</source>
        <translation>%1 has no %2: the hub is writing the next cut (try again in a moment, or check the cut&apos;s .zip, which carries its own), or the folder is not a signed cut.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <source>%1 is missing: the manifest is not signed.</source>
        <translation>%1 is missing: the manifest is not signed.</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>not signed</translation>
    </message>
    <message>
        <source>%1 names hub key %2, not the hub key you gave (%3): this cut was not signed by the hub you trust, or the key you were given is another one.</source>
        <translation>%1 names hub key %2, not the hub key you gave (%3): this cut was not signed by the hub you trust, or the key you were given is another one.</translation>
    </message>
    <message>
        <source>another hub&apos;s key</source>
        <translation>another hub&apos;s key</translation>
    </message>
    <message>
        <source>%1: the signature does not hold with hub key %2: %3 was changed after the hub signed it, or another key signed it.</source>
        <translation>%1: the signature does not hold with hub key %2: %3 was changed after the hub signed it, or another key signed it.</translation>
    </message>
    <message>
        <source>signature does not hold</source>
        <translation>signature does not hold</translation>
    </message>
    <message numerus="yes">
        <source>signed by hub key %1; it lists %n file(s).</source>
        <translation>
            <numerusform>signed by hub key %1; it lists %n file.</numerusform>
            <numerusform>signed by hub key %1; it lists %n files.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is listed in the manifest but missing.</source>
        <translation>%1 is listed in the manifest but missing.</translation>
    </message>
    <message>
        <source>%1: SHA-256 %2 (%3 bytes); the manifest says %4 (%5 bytes): the file was changed after the hub signed the cut.</source>
        <translation>%1: SHA-256 %2 (%3 bytes); the manifest says %4 (%5 bytes): the file was changed after the hub signed the cut.</translation>
    </message>
    <message>
        <source>%1 is in the cut but not in the manifest: nothing vouches for it.</source>
        <translation>%1 is in the cut but not in the manifest: nothing vouches for it.</translation>
    </message>
    <message numerus="yes">
        <source>all %n file(s) are as the hub signed them; none missing, none unlisted.</source>
        <translation>
            <numerusform>all %n file is as the hub signed them; none missing, none unlisted.</numerusform>
            <numerusform>all %n files are as the hub signed them; none missing, none unlisted.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 listed files as the hub signed them.</source>
        <translation>%1 of %2 listed files as the hub signed them.</translation>
    </message>
    <message>
        <source>%1: %2 (without the election&apos;s template the rows cannot be read).</source>
        <translation>%1: %2 (without the election&apos;s template the rows cannot be read).</translation>
    </message>
    <message>
        <source>%1 is template %2 of election %3; the manifest says template %4 of election %5.</source>
        <translation>%1 is template %2 of election %3; the manifest says template %4 of election %5.</translation>
    </message>
    <message>
        <source>resultados.csv cannot be read: %1</source>
        <translation>resultados.csv cannot be read: %1</translation>
    </message>
    <message>
        <source>resultados.csv, line 1: the manifest says this is a drill, the title lacks (SIMULACRO).</source>
        <translation>resultados.csv, line 1: the manifest says this is a drill, the title lacks (SIMULACRO).</translation>
    </message>
    <message>
        <source>resultados.csv, line 1: the title says (SIMULACRO), the manifest says production.</source>
        <translation>resultados.csv, line 1: the title says (SIMULACRO), the manifest says production.</translation>
    </message>
    <message>
        <source>resultados.csv, line 2: the cut time is %1, the manifest says %2 (UTC).</source>
        <translation>resultados.csv, line 2: the cut time is %1, the manifest says %2 (UTC).</translation>
    </message>
    <message numerus="yes">
        <source>the 13 counters of line 4 agree with the %n row(s) of resultados.csv.</source>
        <translation>
            <numerusform>the 13 counters of line 4 agree with the %n row of resultados.csv.</numerusform>
            <numerusform>the 13 counters of line 4 agree with the %n rows of resultados.csv.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>resultados.csv does not add up (%n row(s) read).</source>
        <translation>
            <numerusform>resultados.csv does not add up (%n row read).</numerusform>
            <numerusform>resultados.csv does not add up (%n rows read).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2: not &quot;STATION_ID FINGERPRINT&quot; (like EST-01 a1b2-c3d4-e5f6-0718-293a-4b5c-6d7e-8f90).</source>
        <translation>%1, line %2: not &quot;STATION_ID FINGERPRINT&quot; (like EST-01 a1b2-c3d4-e5f6-0718-293a-4b5c-6d7e-8f90).</translation>
    </message>
    <message>
        <source>%1 gives station %2 %3 keys in service at once (%4): a station has one; the others may be keys the hub made to sign in its name.</source>
        <translation>%1 gives station %2 %3 keys in service at once (%4): a station has one; the others may be keys the hub made to sign in its name.</translation>
    </message>
    <message>
        <source>--station-keys: %1</source>
        <translation>--station-keys: %1</translation>
    </message>
    <message>
        <source>not checked: the stations&apos; keys you gave cannot be read.</source>
        <translation>not checked: the stations&apos; keys you gave cannot be read.</translation>
    </message>
    <message>
        <source>%1: signed with key %2, which the station keys you gave (%3) do not give to station %4: only the hub vouches for this key.</source>
        <translation>%1: signed with key %2, which the station keys you gave (%3) do not give to station %4: only the hub vouches for this key.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>not checked: it needs resultados.csv and the template (above).</source>
        <translation>not checked: it needs resultados.csv and the template (above).</translation>
    </message>
    <message>
        <source>%1, %2: it says %3, resultados.csv gives %4.</source>
        <translation>%1, %2: it says %3, resultados.csv gives %4.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 is not a JSON object: %2</translation>
    </message>
    <message>
        <source>actas[%1] (acta %2)</source>
        <translation>actas[%1] (acta %2)</translation>
    </message>
    <message>
        <source>%1, %2: no row of resultados.csv is this acta, or another entry is.</source>
        <translation>%1, %2: no row of resultados.csv is this acta, or another entry is.</translation>
    </message>
    <message>
        <source>totales.distritos[%1] (state %2, district %3)</source>
        <translation>totales.distritos[%1] (state %2, district %3)</translation>
    </message>
    <message>
        <source>%1, %2: no row of resultados.csv is in this district, or it is listed twice.</source>
        <translation>%1, %2: no row of resultados.csv is in this district, or it is listed twice.</translation>
    </message>
    <message>
        <source>%1, totales.distritos: state %2, district %3 has rows in resultados.csv but no entry.</source>
        <translation>%1, totales.distritos: state %2, district %3 has rows in resultados.csv but no entry.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more difference(s) not listed.</source>
        <translation>
            <numerusform>%1: %n more difference not listed.</numerusform>
            <numerusform>%1: %n more differences not listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot;; the template the cut publishes (%4) gives &quot;%5&quot;.</source>
        <translation>%1, line %2: &quot;%3&quot;; the template the cut publishes (%4) gives &quot;%5&quot;.</translation>
    </message>
    <message>
        <source>Not checked in %1: the names of states and districts in totales.distritos, and the sides of each dispute in conflictos (version and image SHA-256).</source>
        <translation>Not checked in %1: the names of states and districts in totales.distritos, and the sides of each dispute in conflictos (version and image SHA-256).</translation>
    </message>
    <message>
        <source>%1 and %2 agree with resultados.csv and the template.</source>
        <translation>%1 and %2 agree with resultados.csv and the template.</translation>
    </message>
    <message>
        <source>%1 or %2 does not agree with resultados.csv and the template.</source>
        <translation>%1 or %2 does not agree with resultados.csv and the template.</translation>
    </message>
    <message>
        <source>%1 is not as the hub signed it (see Files above): not read.</source>
        <translation>%1 is not as the hub signed it (see Files above): not read.</translation>
    </message>
    <message>
        <source>The archive is named %1; its manifest calls it %2 (a renamed copy, or another cut&apos;s name).</source>
        <translation>The archive is named %1; its manifest calls it %2 (a renamed copy, or another cut&apos;s name).</translation>
    </message>
    <message>
        <source>Published totals</source>
        <translation>Published totals</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>not computed</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Read the figures again (they refresh by themselves every 30 seconds while shown)</source>
        <translation>Read the figures again (they refresh by themselves every 30 seconds while shown)</translation>
    </message>
    <message>
        <source>Actas by state</source>
        <translation>Actas by state</translation>
    </message>
    <message>
        <source>Export &amp;states (CSV)…</source>
        <translation>Export &amp;states (CSV)…</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Progress over time</translation>
    </message>
    <message>
        <source>Sync with the upstream center</source>
        <translation>Sync with the upstream center</translation>
    </message>
    <message>
        <source>Export s&amp;ync (CSV)…</source>
        <translation>Export s&amp;ync (CSV)…</translation>
    </message>
    <message>
        <source>By district</source>
        <translation>By district</translation>
    </message>
    <message>
        <source>Export &amp;districts (CSV)…</source>
        <translation>Export &amp;districts (CSV)…</translation>
    </message>
    <message>
        <source>Inconsistencies</source>
        <translation>Inconsistencies</translation>
    </message>
    <message>
        <source>Export &amp;inconsistencies (CSV)…</source>
        <translation>Export &amp;inconsistencies (CSV)…</translation>
    </message>
    <message>
        <source>By clerk</source>
        <translation>By clerk</translation>
    </message>
    <message>
        <source>Export &amp;clerks (CSV)…</source>
        <translation>Export &amp;clerks (CSV)…</translation>
    </message>
    <message>
        <source>Per hour: entries 1 and 2 over the person&apos;s active span (first to last entry). Disagreements: actas where the person&apos;s entry differed from the figures decided after a dispute; a dispute not yet decided is pending and charges nobody.</source>
        <translation>Per hour: entries 1 and 2 over the person&apos;s active span (first to last entry). Disagreements: actas where the person&apos;s entry differed from the figures decided after a dispute; a dispute not yet decided is pending and charges nobody.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not set up the station store %1 (%2): %3</source>
        <translation>Could not set up the station store %1 (%2): %3</translation>
    </message>
    <message>
        <source>Could not set up the station store %1: it refused write-ahead logging (journal mode is &quot;%2&quot;).</source>
        <translation>Could not set up the station store %1: it refused write-ahead logging (journal mode is &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>%1 decrypts, but it is not an ActaCapture station store (application id %2).</source>
        <translation>%1 decrypts, but it is not an ActaCapture station store (application id %2).</translation>
    </message>
    <message>
        <source>The station store %1 does not exist.</source>
        <translation>The station store %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is not a file, so it cannot be a station store.</source>
        <translation>%1 is not a file, so it cannot be a station store.</translation>
    </message>
    <message>
        <source>Could not read the station store %1: %2</source>
        <translation>Could not read the station store %1: %2</translation>
    </message>
    <message>
        <source>The station store %1 is empty (0 bytes): it was truncated or never finished.</source>
        <translation>The station store %1 is empty (0 bytes): it was truncated or never finished.</translation>
    </message>
    <message>
        <source>%1 is a plain, unencrypted SQLite database, not an encrypted ActaCapture station store.</source>
        <translation>%1 is a plain, unencrypted SQLite database, not an encrypted ActaCapture station store.</translation>
    </message>
    <message>
        <source>The station store %1 is truncated or damaged: its %2 bytes are not a whole number of %3-byte pages.</source>
        <translation>The station store %1 is truncated or damaged: its %2 bytes are not a whole number of %3-byte pages.</translation>
    </message>
    <message>
        <source>The passphrase of a station store must not be empty.</source>
        <translation>The passphrase of a station store must not be empty.</translation>
    </message>
    <message>
        <source>Will not create a station store at %1: %2 already exists, and an existing store is never overwritten.</source>
        <translation>Will not create a station store at %1: %2 already exists, and an existing store is never overwritten.</translation>
    </message>
    <message>
        <source>Will not create a station store at %1: the folder %2 does not exist.</source>
        <translation>Will not create a station store at %1: the folder %2 does not exist.</translation>
    </message>
    <message>
        <source>Could not create the station store %1: %2</source>
        <translation>Could not create the station store %1: %2</translation>
    </message>
    <message>
        <source>Could not make the station store %1 private to its owner: %2</source>
        <translation>Could not make the station store %1 private to its owner: %2</translation>
    </message>
    <message>
        <source>The keying file %1 of the station store %2 is missing; without it the store cannot be opened. Restore it from the station&apos;s backup.</source>
        <translation>The keying file %1 of the station store %2 is missing; without it the store cannot be opened. Restore it from the station&apos;s backup.</translation>
    </message>
    <message>
        <source>The passphrase for the station store %1 is wrong.</source>
        <translation>The passphrase for the station store %1 is wrong.</translation>
    </message>
    <message>
        <source>The passphrase for the station store %1 is the previous one: a passphrase change was interrupted after it had taken effect. Open the store with the new passphrase.</source>
        <translation>The passphrase for the station store %1 is the previous one: a passphrase change was interrupted after it had taken effect. Open the store with the new passphrase.</translation>
    </message>
    <message>
        <source>The passphrase for the station store %1 is the one of a passphrase change that was interrupted before it took effect. Open the store with the previous passphrase.</source>
        <translation>The passphrase for the station store %1 is the one of a passphrase change that was interrupted before it took effect. Open the store with the previous passphrase.</translation>
    </message>
    <message>
        <source>The station store %1 cannot be decrypted with its keying file %2 although the passphrase is right: the database is damaged, or the keying file belongs to another store.</source>
        <translation>The station store %1 cannot be decrypted with its keying file %2 although the passphrase is right: the database is damaged, or the keying file belongs to another store.</translation>
    </message>
    <message>
        <source>The station store %1 is damaged or truncated: %2</source>
        <translation>The station store %1 is damaged or truncated: %2</translation>
    </message>
    <message>
        <source>Could not open the station store %1: %2</source>
        <translation>Could not open the station store %1: %2</translation>
    </message>
    <message>
        <source>Could not finish the interrupted passphrase change of %1: %2</source>
        <translation>Could not finish the interrupted passphrase change of %1: %2</translation>
    </message>
    <message>
        <source>The station store %1 is closed.</source>
        <translation>The station store %1 is closed.</translation>
    </message>
    <message>
        <source>Could not run &quot;%1&quot; on the station store %2: %3</source>
        <translation>Could not run &quot;%1&quot; on the station store %2: %3</translation>
    </message>
    <message>
        <source>Could not prepare &quot;%1&quot; on the station store %2: %3</source>
        <translation>Could not prepare &quot;%1&quot; on the station store %2: %3</translation>
    </message>
    <message>
        <source>There is no SQL statement in &quot;%1&quot;.</source>
        <translation>There is no SQL statement in &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds more than one SQL statement; prepare them one at a time.</source>
        <translation>&quot;%1&quot; holds more than one SQL statement; prepare them one at a time.</translation>
    </message>
    <message>
        <source>Could not write the log of the station store %1 into the database: %2</source>
        <translation>Could not write the log of the station store %1 into the database: %2</translation>
    </message>
    <message>
        <source>The passphrase of %1 cannot be changed inside a transaction.</source>
        <translation>The passphrase of %1 cannot be changed inside a transaction.</translation>
    </message>
    <message>
        <source>The new passphrase must not be empty; the passphrase was not changed.</source>
        <translation>The new passphrase must not be empty; the passphrase was not changed.</translation>
    </message>
    <message>
        <source>The current passphrase for %1 is wrong; the passphrase was not changed.</source>
        <translation>The current passphrase for %1 is wrong; the passphrase was not changed.</translation>
    </message>
    <message>
        <source>The passphrase of %1 was not changed: %2</source>
        <translation>The passphrase of %1 was not changed: %2</translation>
    </message>
    <message>
        <source>the new key did not take effect</source>
        <translation>the new key did not take effect</translation>
    </message>
    <message>
        <source>Could not re-encrypt the station store %1, so the passphrase was not changed: %2. The store was closed; open it again with the current passphrase.</source>
        <translation>Could not re-encrypt the station store %1, so the passphrase was not changed: %2. The store was closed; open it again with the current passphrase.</translation>
    </message>
    <message>
        <source>Re-encrypting the station store %1 failed: %2. The store was closed; open it again with the new passphrase, or with the current one if the new one is refused.</source>
        <translation>Re-encrypting the station store %1 failed: %2. The store was closed; open it again with the new passphrase, or with the current one if the new one is refused.</translation>
    </message>
    <message>
        <source>The station store %1 now uses the new passphrase, but its keying file could not be replaced (%2); the next open finishes the change.</source>
        <translation>The station store %1 now uses the new passphrase, but its keying file could not be replaced (%2); the next open finishes the change.</translation>
    </message>
    <message>
        <source>The station store %1 cannot be written: check the permissions of the file and of its folder. Nothing was changed.</source>
        <translation>The station store %1 cannot be written: check the permissions of the file and of its folder. Nothing was changed.</translation>
    </message>
    <message>
        <source>The disk that holds the station store %1 is full: nothing of this change was saved. Free space and try again. (%2)</source>
        <translation>The disk that holds the station store %1 is full: nothing of this change was saved. Free space and try again. (%2)</translation>
    </message>
    <message>
        <source>The station store %1 could not be written to disk (full or failing): nothing of this change was saved. Check the disk and its free space, then try again. (%2)</source>
        <translation>The station store %1 could not be written to disk (full or failing): nothing of this change was saved. Check the disk and its free space, then try again. (%2)</translation>
    </message>
    <message>
        <source>The station store %1 cannot be written: check the permissions of the file and of its folder. Nothing was changed. (%2)</source>
        <translation>The station store %1 cannot be written: check the permissions of the file and of its folder. Nothing was changed. (%2)</translation>
    </message>
    <message>
        <source>The station store %1 needs SQLCipher, but this process talks to SQLite %2 without encryption (another SQLite library was loaded first); nothing was opened.</source>
        <translation>The station store %1 needs SQLCipher, but this process talks to SQLite %2 without encryption (another SQLite library was loaded first); nothing was opened.</translation>
    </message>
</context>
<context>
    <name>DemoStation</name>
    <message>
        <source>Demo administrator</source>
        <translation>Demo administrator</translation>
    </message>
    <message>
        <source>First demo clerk</source>
        <translation>First demo clerk</translation>
    </message>
    <message>
        <source>Second demo clerk</source>
        <translation>Second demo clerk</translation>
    </message>
    <message>
        <source>Demo supervisor</source>
        <translation>Demo supervisor</translation>
    </message>
    <message>
        <source>Demo station</source>
        <translation>Demo station</translation>
    </message>
    <message>
        <source>Demo trainer</source>
        <translation>Demo trainer</translation>
    </message>
</context>
<context>
    <name>DevCertificates</name>
    <message>
        <source>Cannot make the TLS certificates (%1): %2</source>
        <translation>Cannot make the TLS certificates (%1): %2</translation>
    </message>
</context>
<context>
    <name>DigitClassifier</name>
    <message>
        <source>Cannot open the digit model %1: %2</source>
        <translation>Cannot open the digit model %1: %2</translation>
    </message>
    <message>
        <source>The digit model %1 cannot be loaded: %2</source>
        <translation>The digit model %1 cannot be loaded: %2</translation>
    </message>
    <message>
        <source>The digit model %1 is empty.</source>
        <translation>The digit model %1 is empty.</translation>
    </message>
    <message>
        <source>A digit crop has the wrong size.</source>
        <translation>A digit crop has the wrong size.</translation>
    </message>
    <message>
        <source>The digit model failed: %1</source>
        <translation>The digit model failed: %1</translation>
    </message>
    <message>
        <source>The digit model gives %1 outputs instead of %2.</source>
        <translation>The digit model gives %1 outputs instead of %2.</translation>
    </message>
</context>
<context>
    <name>Digitization</name>
    <message>
        <source>Unknown way of intake &quot;%1&quot;; expected one of: %2.</source>
        <translation>Unknown way of intake &quot;%1&quot;; expected one of: %2.</translation>
    </message>
    <message>
        <source>Scanner at the CATD</source>
        <translation>Scanner at the CATD</translation>
    </message>
    <message>
        <source>Photograph at the CATD</source>
        <translation>Photograph at the CATD</translation>
    </message>
    <message>
        <source>Photograph from the casilla</source>
        <translation>Photograph from the casilla</translation>
    </message>
    <message>
        <source>PREP copy (Acta PREP)</source>
        <translation>PREP copy (Acta PREP)</translation>
    </message>
    <message>
        <source>Council copy (Acta Consejo)</source>
        <translation>Council copy (Acta Consejo)</translation>
    </message>
    <message>
        <source>Council copy S (Acta Consejo S)</source>
        <translation>Council copy S (Acta Consejo S)</translation>
    </message>
    <message>
        <source>Representatives&apos; copy (Copia RPPCI)</source>
        <translation>Representatives&apos; copy (Copia RPPCI)</translation>
    </message>
    <message>
        <source>PE copy (Copia PE)</source>
        <translation>PE copy (Copia PE)</translation>
    </message>
    <message>
        <source>Prison casilla acta (Acta Prisión)</source>
        <translation>Prison casilla acta (Acta Prisión)</translation>
    </message>
    <message>
        <source>Representation of the acta (Representación de Acta)</source>
        <translation>Representation of the acta (Representación de Acta)</translation>
    </message>
    <message>
        <source>Unknown document type &quot;%1&quot;; expected one of: %2.</source>
        <translation>Unknown document type &quot;%1&quot;; expected one of: %2.</translation>
    </message>
    <message>
        <source>Unknown origin &quot;%1&quot; (ORIGEN).</source>
        <translation>Unknown origin &quot;%1&quot; (ORIGEN).</translation>
    </message>
    <message>
        <source>Unknown digitization &quot;%1&quot; (DIGITALIZACION).</source>
        <translation>Unknown digitization &quot;%1&quot; (DIGITALIZACION).</translation>
    </message>
</context>
<context>
    <name>DrillGenerator</name>
    <message>
        <source>A drill has from 1 to %1 actas.</source>
        <translation>A drill has from 1 to %1 actas.</translation>
    </message>
    <message>
        <source>The catalog has %1 casillas; a drill of %2 actas needs that many.</source>
        <translation>The catalog has %1 casillas; a drill of %2 actas needs that many.</translation>
    </message>
    <message>
        <source>The night of a drill lasts from 10 to 1440 minutes.</source>
        <translation>The night of a drill lasts from 10 to 1440 minutes.</translation>
    </message>
    <message>
        <source>The share of &quot;%1&quot; must be from 0 to 1.</source>
        <translation>The share of &quot;%1&quot; must be from 0 to 1.</translation>
    </message>
    <message>
        <source>The contingencies add up to %1 actas, more than the drill&apos;s %2.</source>
        <translation>The contingencies add up to %1 actas, more than the drill&apos;s %2.</translation>
    </message>
    <message>
        <source>No section outside the catalog is left for the drill.</source>
        <translation>No section outside the catalog is left for the drill.</translation>
    </message>
    <message>
        <source>Page %1 was not drawn as planned.</source>
        <translation>Page %1 was not drawn as planned.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The drill was not generated: cancelled.</source>
        <translation>The drill was not generated: cancelled.</translation>
    </message>
    <message>
        <source>The drill&apos;s name &quot;%1&quot; may hold letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot; only (64 at most).</source>
        <translation>The drill&apos;s name &quot;%1&quot; may hold letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot; only (64 at most).</translation>
    </message>
</context>
<context>
    <name>DrillKey</name>
    <message>
        <source>The drill&apos;s answer key is damaged: %1.</source>
        <translation>The drill&apos;s answer key is damaged: %1.</translation>
    </message>
    <message>
        <source>No contingency</source>
        <translation>No contingency</translation>
    </message>
    <message>
        <source>Illegible fields</source>
        <translation>Illegible fields</translation>
    </message>
    <message>
        <source>Empty fields</source>
        <translation>Empty fields</translation>
    </message>
    <message>
        <source>Votes over the lista nominal</source>
        <translation>Votes over the lista nominal</translation>
    </message>
    <message>
        <source>Acta outside the catalog</source>
        <translation>Acta outside the catalog</translation>
    </message>
    <message>
        <source>Duplicated sheet</source>
        <translation>Duplicated sheet</translation>
    </message>
    <message>
        <source>Unreadable QR code</source>
        <translation>Unreadable QR code</translation>
    </message>
    <message>
        <source>Blurred scan</source>
        <translation>Blurred scan</translation>
    </message>
    <message>
        <source>Cut-off scan</source>
        <translation>Cut-off scan</translation>
    </message>
    <message>
        <source>Page upside down</source>
        <translation>Page upside down</translation>
    </message>
    <message>
        <source>Package without its acta</source>
        <translation>Package without its acta</translation>
    </message>
    <message>
        <source>Written total differs from the sum</source>
        <translation>Written total differs from the sum</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>not JSON (%1 at byte %2)</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;</source>
        <translation>unknown format &quot;%1&quot;</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <source>sin acta package %1</source>
        <translation>sin acta package %1</translation>
    </message>
    <message>
        <source>no valid drill id or seed</source>
        <translation>no valid drill id or seed</translation>
    </message>
    <message>
        <source>its size or night is out of range</source>
        <translation>its size or night is out of range</translation>
    </message>
    <message>
        <source>it lists more pages than its actas can have</source>
        <translation>it lists more pages than its actas can have</translation>
    </message>
</context>
<context>
    <name>DrillKeyFile</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>The cryptography library could not start.</translation>
    </message>
    <message>
        <source>%1 is not a drill answer key.</source>
        <translation>%1 is not a drill answer key.</translation>
    </message>
    <message>
        <source>%1 is a drill answer key of another version (%2); this ActaCapture reads version %3.</source>
        <translation>%1 is a drill answer key of another version (%2); this ActaCapture reads version %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The passphrase does not open the drill answer key %1 (or the file was changed).</source>
        <translation>The passphrase does not open the drill answer key %1 (or the file was changed).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than any drill answer key (%2 MiB at most).</source>
        <translation>%1 is larger than any drill answer key (%2 MiB at most).</translation>
    </message>
    <message>
        <source>%1 asks for a key derivation far costlier than ActaCapture makes; it is not opened.</source>
        <translation>%1 asks for a key derivation far costlier than ActaCapture makes; it is not opened.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
</context>
<context>
    <name>DrillReportWriter</name>
    <message>
        <source>drill report, not election results</source>
        <translation>drill report, not election results</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Entry 1</source>
        <translation>Entry 1</translation>
    </message>
    <message>
        <source>Entry 2</source>
        <translation>Entry 2</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Both</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Neither</translation>
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
        <translation>Drill report</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Drill</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Scored</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Pages in the answer key</source>
        <translation>Pages in the answer key</translation>
    </message>
    <message>
        <source>Actas in the answer key</source>
        <translation>Actas in the answer key</translation>
    </message>
    <message>
        <source>Actas unfinished</source>
        <translation>Actas unfinished</translation>
    </message>
    <message>
        <source>Clerks</source>
        <translation>Clerks</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Disputes</translation>
    </message>
    <message>
        <source>Supervisor decisions right</source>
        <translation>Supervisor decisions right</translation>
    </message>
    <message>
        <source>%1 of %2 decided</source>
        <translation>%1 of %2 decided</translation>
    </message>
    <message>
        <source>Contingencies handled right</source>
        <translation>Contingencies handled right</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 of %2 (%3)</translation>
    </message>
    <message>
        <source>Recognition fields correct</source>
        <translation>Recognition fields correct</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Minutes since the drill started</source>
        <translation>Minutes since the drill started</translation>
    </message>
    <message>
        <source>Cumulative count</source>
        <translation>Cumulative count</translation>
    </message>
    <message>
        <source>Nothing happened during the drill.</source>
        <translation>Nothing happened during the drill.</translation>
    </message>
    <message>
        <source>Durations</source>
        <translation>Durations</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Actas</source>
        <translation>Actas</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>95th percentile</translation>
    </message>
    <message>
        <source>Intake to capture (image accepted to entry 1 saved)</source>
        <translation>Intake to capture (image accepted to entry 1 saved)</translation>
    </message>
    <message>
        <source>Capture to verification (entry 1 saved to verified or adjudicated)</source>
        <translation>Capture to verification (entry 1 saved to verified or adjudicated)</translation>
    </message>
    <message>
        <source>No durations.</source>
        <translation>No durations.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Seconds per entry</source>
        <translation>Seconds per entry</translation>
    </message>
    <message>
        <source>Fields wrong, of fields checked</source>
        <translation>Fields wrong, of fields checked</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Keystrokes</source>
        <translation>Keystrokes</translation>
    </message>
    <message>
        <source>Per entry</source>
        <translation>Per entry</translation>
    </message>
    <message>
        <source>Fields checked</source>
        <translation>Fields checked</translation>
    </message>
    <message>
        <source>Fields wrong</source>
        <translation>Fields wrong</translation>
    </message>
    <message>
        <source>Disagreements caused</source>
        <translation>Disagreements caused</translation>
    </message>
    <message>
        <source>Disputes right</source>
        <translation>Disputes right</translation>
    </message>
    <message>
        <source>No clerk typed an entry.</source>
        <translation>No clerk typed an entry.</translation>
    </message>
    <message>
        <source>— undecided</source>
        <translation>— undecided</translation>
    </message>
    <message>
        <source>✓ right</source>
        <translation>✓ right</translation>
    </message>
    <message>
        <source>✗ wrong</source>
        <translation>✗ wrong</translation>
    </message>
    <message>
        <source>Acta</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>Entry 1 by</source>
        <translation>Entry 1 by</translation>
    </message>
    <message>
        <source>Entry 2 by</source>
        <translation>Entry 2 by</translation>
    </message>
    <message>
        <source>Matched the key</source>
        <translation>Matched the key</translation>
    </message>
    <message>
        <source>Supervisor&apos;s decision</source>
        <translation>Supervisor&apos;s decision</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>No acta went to a supervisor.</source>
        <translation>No acta went to a supervisor.</translation>
    </message>
    <message>
        <source>Contingencies by kind</source>
        <translation>Contingencies by kind</translation>
    </message>
    <message>
        <source>All contingencies</source>
        <translation>All contingencies</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Contingency</translation>
    </message>
    <message>
        <source>Injected</source>
        <translation>Injected</translation>
    </message>
    <message>
        <source>Handled right</source>
        <translation>Handled right</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>The drill injected no contingency.</source>
        <translation>The drill injected no contingency.</translation>
    </message>
    <message>
        <source>Contingencies, one by one</source>
        <translation>Contingencies, one by one</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>What the station did</source>
        <translation>What the station did</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Recognition</translation>
    </message>
    <message>
        <source>Recognition read no page of the answer key.</source>
        <translation>Recognition read no page of the answer key.</translation>
    </message>
    <message>
        <source>Pages read</source>
        <translation>Pages read</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Wrong</translation>
    </message>
    <message>
        <source>Abstained (left to the clerk)</source>
        <translation>Abstained (left to the clerk)</translation>
    </message>
    <message>
        <source>Correct, of all fields</source>
        <translation>Correct, of all fields</translation>
    </message>
    <message>
        <source>Pages with every field correct</source>
        <translation>Pages with every field correct</translation>
    </message>
    <message>
        <source>Unfinished actas</source>
        <translation>Unfinished actas</translation>
    </message>
    <message>
        <source>The station finished every acta of the answer key.</source>
        <translation>The station finished every acta of the answer key.</translation>
    </message>
    <message>
        <source>Drill report %1</source>
        <translation>Drill report %1</translation>
    </message>
    <message>
        <source>The PDF writer could not start.</source>
        <translation>The PDF writer could not start.</translation>
    </message>
    <message>
        <source>drill document, not an election result</source>
        <translation>drill document, not an election result</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continued)</translation>
    </message>
    <message>
        <source>Could not write the drill report %1: %2</source>
        <translation>Could not write the drill report %1: %2</translation>
    </message>
    <message>
        <source>Could not write the drill report %1: the folder %2 does not exist.</source>
        <translation>Could not write the drill report %1: the folder %2 does not exist.</translation>
    </message>
    <message>
        <source>Could not make the drill report %1 private to its owner: %2</source>
        <translation>Could not make the drill report %1 private to its owner: %2</translation>
    </message>
</context>
<context>
    <name>DrillRepository</name>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>The account %1 is disabled.</translation>
    </message>
    <message>
        <source>%1 may not run drills.</source>
        <translation>%1 may not run drills.</translation>
    </message>
    <message>
        <source>%1 may not score drills.</source>
        <translation>%1 may not score drills.</translation>
    </message>
    <message>
        <source>The drill %1 is already loaded in this station.</source>
        <translation>The drill %1 is already loaded in this station.</translation>
    </message>
    <message>
        <source>A drill&apos;s answer key can only be loaded into a drill station.</source>
        <translation>A drill&apos;s answer key can only be loaded into a drill station.</translation>
    </message>
    <message>
        <source>No drill %1 is loaded in this station.</source>
        <translation>No drill %1 is loaded in this station.</translation>
    </message>
    <message>
        <source>No drill is loaded in this station.</source>
        <translation>No drill is loaded in this station.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a drill name.</source>
        <translation>&quot;%1&quot; is not a drill name.</translation>
    </message>
</context>
<context>
    <name>DrillScorer</name>
    <message>
        <source>never received</source>
        <translation>never received</translation>
    </message>
    <message>
        <source>not finished (%1)</source>
        <translation>not finished (%1)</translation>
    </message>
    <message>
        <source>Second copy flagged, not stored again</source>
        <translation>Second copy flagged, not stored again</translation>
    </message>
    <message>
        <source>refused (%1)</source>
        <translation>refused (%1)</translation>
    </message>
    <message>
        <source>stored for acta %1</source>
        <translation>stored for acta %1</translation>
    </message>
    <message>
        <source>never taken in</source>
        <translation>never taken in</translation>
    </message>
    <message>
        <source>The crossed-out fields captured as ILEGIBLE</source>
        <translation>The crossed-out fields captured as ILEGIBLE</translation>
    </message>
    <message>
        <source>The blank fields captured as SIN DATO</source>
        <translation>The blank fields captured as SIN DATO</translation>
    </message>
    <message>
        <source>%1 of %2 fields so</source>
        <translation>%1 of %2 fields so</translation>
    </message>
    <message>
        <source>counted (%1 votes)</source>
        <translation>counted (%1 votes)</translation>
    </message>
    <message>
        <source>not counted: %1</source>
        <translation>not counted: %1</translation>
    </message>
    <message>
        <source>Captured as written, not counted (exceeds the lista nominal)</source>
        <translation>Captured as written, not counted (exceeds the lista nominal)</translation>
    </message>
    <message>
        <source>total captured as %1, the sheet says %2</source>
        <translation>total captured as %1, the sheet says %2</translation>
    </message>
    <message>
        <source>total captured as written</source>
        <translation>total captured as written</translation>
    </message>
    <message>
        <source>The written total captured as written, not corrected</source>
        <translation>The written total captured as written, not corrected</translation>
    </message>
    <message>
        <source>Captured with the figures on the sheet</source>
        <translation>Captured with the figures on the sheet</translation>
    </message>
    <message>
        <source>figures right</source>
        <translation>figures right</translation>
    </message>
    <message>
        <source>figures differ from the sheet</source>
        <translation>figures differ from the sheet</translation>
    </message>
    <message>
        <source>Identity typed by hand, the right one</source>
        <translation>Identity typed by hand, the right one</translation>
    </message>
    <message>
        <source>filed as %1%2</source>
        <translation>filed as %1%2</translation>
    </message>
    <message>
        <source>, typed</source>
        <translation>, typed</translation>
    </message>
    <message>
        <source>filed as %1, a different acta</source>
        <translation>filed as %1, a different acta</translation>
    </message>
    <message>
        <source>Not counted: refused or marked fuera de catálogo</source>
        <translation>Not counted: refused or marked fuera de catálogo</translation>
    </message>
    <message>
        <source>stored, %1</source>
        <translation>stored, %1</translation>
    </message>
    <message>
        <source>stored as if readable</source>
        <translation>stored as if readable</translation>
    </message>
    <message>
        <source>the rescan was captured</source>
        <translation>the rescan was captured</translation>
    </message>
    <message>
        <source>the rescan is not captured yet</source>
        <translation>the rescan is not captured yet</translation>
    </message>
    <message>
        <source>Refused and sent to rescan</source>
        <translation>Refused and sent to rescan</translation>
    </message>
    <message>
        <source>Digitized</source>
        <translation>Digitized</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Captured</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synced</translation>
    </message>
    <message>
        <source>total as written, but other figures differ from the sheet</source>
        <translation>total as written, but other figures differ from the sheet</translation>
    </message>
</context>
<context>
    <name>DrillSecret</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>The cryptography library could not start.</translation>
    </message>
    <message>
        <source>The answer key&apos;s passphrase needs at least 8 characters.</source>
        <translation>The answer key&apos;s passphrase needs at least 8 characters.</translation>
    </message>
</context>
<context>
    <name>Election</name>
    <message>
        <source>The embedded sample election is damaged: %1</source>
        <translation>The embedded sample election is damaged: %1</translation>
    </message>
    <message>
        <source>The embedded sample catalog is damaged: %1</source>
        <translation>The embedded sample catalog is damaged: %1</translation>
    </message>
    <message>
        <source>The template says %1 runs in district %2-%3, which has no casilla in the catalog.</source>
        <translation>The template says %1 runs in district %2-%3, which has no casilla in the catalog.</translation>
    </message>
    <message>
        <source>The template lists candidacies, but none for district %1-%2 of the catalog.</source>
        <translation>The template lists candidacies, but none for district %1-%2 of the catalog.</translation>
    </message>
    <message>
        <source>%1 and %2 do not fit together: %3</source>
        <translation>%1 and %2 do not fit together: %3</translation>
    </message>
</context>
<context>
    <name>ElectionTemplate</name>
    <message>
        <source>x %1 to %2 mm, y %3 to %4 mm</source>
        <translation>x %1 to %2 mm, y %3 to %4 mm</translation>
    </message>
    <message>
        <source>nothing (the key is missing)</source>
        <translation>nothing (the key is missing)</translation>
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
        <translation>the number %1</translation>
    </message>
    <message>
        <source>an empty string</source>
        <translation>an empty string</translation>
    </message>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation>the string &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot;; expected only: %3</source>
        <translation>%1: unknown key &quot;%2&quot;; expected only: %3</translation>
    </message>
    <message>
        <source>%1: expected an object, got %2</source>
        <translation>%1: expected an object, got %2</translation>
    </message>
    <message>
        <source>%1: expected a non-empty string, got %2</source>
        <translation>%1: expected a non-empty string, got %2</translation>
    </message>
    <message>
        <source>%1: expected a whole number of at least %2, got %3</source>
        <translation>%1: expected a whole number of at least %2, got %3</translation>
    </message>
    <message>
        <source>%1: expected a whole number from %2 to %3, got %4</source>
        <translation>%1: expected a whole number from %2 to %3, got %4</translation>
    </message>
    <message>
        <source>%1: expected a number of millimetres, got %2</source>
        <translation>%1: expected a number of millimetres, got %2</translation>
    </message>
    <message>
        <source>%1: expected a size in millimetres greater than 0, got %2</source>
        <translation>%1: expected a size in millimetres greater than 0, got %2</translation>
    </message>
    <message>
        <source>%1: expected millimetres, 0 or more, got %2</source>
        <translation>%1: expected millimetres, 0 or more, got %2</translation>
    </message>
    <message>
        <source>%1: expected a field object, got %2</source>
        <translation>%1: expected a field object, got %2</translation>
    </message>
    <message>
        <source>%1: field id &quot;%2&quot; must be upper-case letters, digits and underscores, starting with a letter (e.g. NO_REGISTRADOS)</source>
        <translation>%1: field id &quot;%2&quot; must be upper-case letters, digits and underscores, starting with a letter (e.g. NO_REGISTRADOS)</translation>
    </message>
    <message>
        <source>%1: unknown field kind &quot;%2&quot;; expected one of: %3</source>
        <translation>%1: unknown field kind &quot;%2&quot;; expected one of: %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is a vote kind; the field belongs in vote_fields</source>
        <translation>%1: &quot;%2&quot; is a vote kind; the field belongs in vote_fields</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a vote kind; the field belongs in other_fields</source>
        <translation>%1: &quot;%2&quot; is not a vote kind; the field belongs in other_fields</translation>
    </message>
    <message>
        <source>%1: a coalition lists its member parties as an array of field ids, got %2</source>
        <translation>%1: a coalition lists its member parties as an array of field ids, got %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: a coalition needs at least 2 parties, got %n</source>
        <translation>
            <numerusform>%1: a coalition needs at least 2 parties, got %n</numerusform>
            <numerusform>%1: a coalition needs at least 2 parties, got %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: expected a party field id, got %2</source>
        <translation>%1: expected a party field id, got %2</translation>
    </message>
    <message>
        <source>%1: party &quot;%2&quot; is listed twice</source>
        <translation>%1: party &quot;%2&quot; is listed twice</translation>
    </message>
    <message>
        <source>%1: only coalition fields list parties; this field is &quot;%2&quot;</source>
        <translation>%1: only coalition fields list parties; this field is &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: expected an array of fields, got %2</source>
        <translation>%1: expected an array of fields, got %2</translation>
    </message>
    <message>
        <source>%1: expected exactly 4 markers (top-left, top-right, bottom-right, bottom-left), got %2</source>
        <translation>%1: expected exactly 4 markers (top-left, top-right, bottom-right, bottom-left), got %2</translation>
    </message>
    <message numerus="yes">
        <source>%n marker(s)</source>
        <translation>
            <numerusform>%n marker</numerusform>
            <numerusform>%n markers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: expected a marker object, got %2</source>
        <translation>%1: expected a marker object, got %2</translation>
    </message>
    <message>
        <source>%1.id: duplicate field id &quot;%2&quot; (already used by %3)</source>
        <translation>%1.id: duplicate field id &quot;%2&quot; (already used by %3)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a party field of this template</source>
        <translation>%1: &quot;%2&quot; is not a party field of this template</translation>
    </message>
    <message>
        <source>%1.parties: the same parties as %2 (%3)</source>
        <translation>%1.parties: the same parties as %2 (%3)</translation>
    </message>
    <message>
        <source>$.vote_fields: expected exactly one field of kind &quot;%1&quot;, found %2</source>
        <translation>$.vote_fields: expected exactly one field of kind &quot;%1&quot;, found %2</translation>
    </message>
    <message>
        <source>%1.kind: a field of kind &quot;%2&quot; already exists at %3</source>
        <translation>%1.kind: a field of kind &quot;%2&quot; already exists at %3</translation>
    </message>
    <message>
        <source>%1 x %2 mm page</source>
        <translation>%1 x %2 mm page</translation>
    </message>
    <message>
        <source>top-left</source>
        <translation>top-left</translation>
    </message>
    <message>
        <source>top-right</source>
        <translation>top-right</translation>
    </message>
    <message>
        <source>bottom-right</source>
        <translation>bottom-right</translation>
    </message>
    <message>
        <source>bottom-left</source>
        <translation>bottom-left</translation>
    </message>
    <message>
        <source>%1: the marker (%2) lies outside the %3</source>
        <translation>%1: the marker (%2) lies outside the %3</translation>
    </message>
    <message>
        <source>%1: the marker overlaps %2</source>
        <translation>%1: the marker overlaps %2</translation>
    </message>
    <message>
        <source>$.layout.qr: the QR area must be square, got %1 x %2 mm</source>
        <translation>$.layout.qr: the QR area must be square, got %1 x %2 mm</translation>
    </message>
    <message>
        <source>%1: the area (%2) lies outside the %3</source>
        <translation>%1: the area (%2) lies outside the %3</translation>
    </message>
    <message>
        <source>%1: the area (%2) overlaps %3</source>
        <translation>%1: the area (%2) overlaps %3</translation>
    </message>
    <message>
        <source>digit box %1 of %2 (%3)</source>
        <translation>digit box %1 of %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 lies outside the %3</source>
        <translation>%1: %2 lies outside the %3</translation>
    </message>
    <message>
        <source>%1: %2 overlaps %3</source>
        <translation>%1: %2 overlaps %3</translation>
    </message>
    <message>
        <source>%1: %2 overlaps digit box %3 of field %4 (%5)</source>
        <translation>%1: %2 overlaps digit box %3 of field %4 (%5)</translation>
    </message>
    <message>
        <source>$.schema: expected &quot;%1&quot;, got %2</source>
        <translation>$.schema: expected &quot;%1&quot;, got %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at line %2, column %3 (byte offset %4)</source>
        <translation>not valid JSON: %1 at line %2, column %3 (byte offset %4)</translation>
    </message>
    <message>
        <source>$: expected a JSON object, got %1</source>
        <translation>$: expected a JSON object, got %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>Cannot read the template file %1: %2</source>
        <translation>Cannot read the template file %1: %2</translation>
    </message>
    <message>
        <source>The template file %1 is too large (%2 bytes) to be an election template.</source>
        <translation>The template file %1 is too large (%2 bytes) to be an election template.</translation>
    </message>
    <message>
        <source>Template file %1: %2</source>
        <translation>Template file %1: %2</translation>
    </message>
    <message>
        <source>%1: this marker must be the %2 one; its centre is in another quarter of the page</source>
        <translation>%1: this marker must be the %2 one; its centre is in another quarter of the page</translation>
    </message>
    <message>
        <source>$.id: &quot;%1&quot; must be 1 to 64 ASCII letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>$.id: &quot;%1&quot; must be 1 to 64 ASCII letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</translation>
    </message>
    <message>
        <source>%1: expected a non-empty array of districts ({&quot;state&quot;: N, &quot;district&quot;: N}), got %2</source>
        <translation>%1: expected a non-empty array of districts ({&quot;state&quot;: N, &quot;district&quot;: N}), got %2</translation>
    </message>
    <message>
        <source>%1: expected a district object, got %2</source>
        <translation>%1: expected a district object, got %2</translation>
    </message>
    <message>
        <source>%1: district %2 is listed twice</source>
        <translation>%1: district %2 is listed twice</translation>
    </message>
    <message>
        <source>%1: expected an array of coalitions, got %2</source>
        <translation>%1: expected an array of coalitions, got %2</translation>
    </message>
    <message>
        <source>%1: expected a coalition object, got %2</source>
        <translation>%1: expected a coalition object, got %2</translation>
    </message>
    <message>
        <source>%1: coalition id &quot;%2&quot; must be upper-case letters, digits and underscores, starting with a letter</source>
        <translation>%1: coalition id &quot;%2&quot; must be upper-case letters, digits and underscores, starting with a letter</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is already a field id</source>
        <translation>%1: &quot;%2&quot; is already a field id</translation>
    </message>
    <message>
        <source>%1: coalition &quot;%2&quot; is listed twice</source>
        <translation>%1: coalition &quot;%2&quot; is listed twice</translation>
    </message>
    <message>
        <source>%1: expected an array of 2 to %2 party field ids, got %3</source>
        <translation>%1: expected an array of 2 to %2 party field ids, got %3</translation>
    </message>
    <message>
        <source>%1: %2 is not a party field of this template</source>
        <translation>%1: %2 is not a party field of this template</translation>
    </message>
    <message>
        <source>%1: party &quot;%2&quot; already belongs to coalition %3</source>
        <translation>%1: party &quot;%2&quot; already belongs to coalition %3</translation>
    </message>
    <message>
        <source>%1: the coalition runs in every district but its party %2 does not</source>
        <translation>%1: the coalition runs in every district but its party %2 does not</translation>
    </message>
    <message>
        <source>%1: the coalition runs in district %2 but its party %3 does not</source>
        <translation>%1: the coalition runs in district %2 but its party %3 does not</translation>
    </message>
    <message>
        <source>%1: no vote field for the combination %2; add a coalition field with &quot;parties&quot;: [%3]</source>
        <translation>%1: no vote field for the combination %2; add a coalition field with &quot;parties&quot;: [%3]</translation>
    </message>
    <message>
        <source>%1.parties: %2 are not all members of one coalition of $.coalitions</source>
        <translation>%1.parties: %2 are not all members of one coalition of $.coalitions</translation>
    </message>
    <message>
        <source>%1: expected an array of candidacies, got %2</source>
        <translation>%1: expected an array of candidacies, got %2</translation>
    </message>
    <message>
        <source>%1: expected a candidacy object, got %2</source>
        <translation>%1: expected a candidacy object, got %2</translation>
    </message>
    <message>
        <source>%1: coalition %2 does not run in district %3</source>
        <translation>%1: coalition %2 does not run in district %3</translation>
    </message>
    <message>
        <source>%1: %2 does not run in district %3</source>
        <translation>%1: %2 does not run in district %3</translation>
    </message>
    <message>
        <source>%1: %2 runs in coalition %3 in district %4; the candidacy is the coalition&apos;s</source>
        <translation>%1: %2 runs in coalition %3 in district %4; the candidacy is the coalition&apos;s</translation>
    </message>
    <message>
        <source>%1.contender: &quot;%2&quot; is neither a party, an independent nor a coalition of this template</source>
        <translation>%1.contender: &quot;%2&quot; is neither a party, an independent nor a coalition of this template</translation>
    </message>
    <message>
        <source>%1: %2 already has a candidacy in district %3</source>
        <translation>%1: %2 already has a candidacy in district %3</translation>
    </message>
    <message>
        <source>%1: %2 runs in district %3 but has no candidacy there</source>
        <translation>%1: %2 runs in district %3 but has no candidacy there</translation>
    </message>
    <message>
        <source>%1: only party and independent fields say where they run; this field is &quot;%2&quot;</source>
        <translation>%1: only party and independent fields say where they run; this field is &quot;%2&quot;</translation>
    </message>
    <message>
        <source>$.election.tipo_acta_rp_especiales: %1 is already the main acta&apos;s tipo_acta</source>
        <translation>$.election.tipo_acta_rp_especiales: %1 is already the main acta&apos;s tipo_acta</translation>
    </message>
    <message>
        <source>%1: &apos;|&apos; and &apos;&quot;&apos; are not allowed in a published name</source>
        <translation>%1: &apos;|&apos; and &apos;&quot;&apos; are not allowed in a published name</translation>
    </message>
    <message>
        <source>%1: at most %2 characters, got %3</source>
        <translation>%1: at most %2 characters, got %3</translation>
    </message>
    <message>
        <source>%1: a line break or control character (U+%2) is not allowed</source>
        <translation>%1: a line break or control character (U+%2) is not allowed</translation>
    </message>
</context>
<context>
    <name>EnrollmentRequest</name>
    <message>
        <source>An enrollment request needs the station&apos;s id and name.</source>
        <translation>An enrollment request needs the station&apos;s id and name.</translation>
    </message>
    <message>
        <source>An enrollment request needs a %1-byte public key.</source>
        <translation>An enrollment request needs a %1-byte public key.</translation>
    </message>
    <message>
        <source>An enrollment request needs its creation time.</source>
        <translation>An enrollment request needs its creation time.</translation>
    </message>
    <message>
        <source>%1: unknown field</source>
        <translation>%1: unknown field</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: missing</translation>
    </message>
    <message>
        <source>%1: expected a non-empty string</source>
        <translation>%1: expected a non-empty string</translation>
    </message>
    <message>
        <source>$.format: expected &quot;%1&quot;, found &quot;%2&quot;</source>
        <translation>$.format: expected &quot;%1&quot;, found &quot;%2&quot;</translation>
    </message>
    <message>
        <source>$.public_key: expected 64 lowercase hexadecimal digits</source>
        <translation>$.public_key: expected 64 lowercase hexadecimal digits</translation>
    </message>
    <message>
        <source>$.created_at: expected a UTC time like 2027-06-06T18:00:00.000Z</source>
        <translation>$.created_at: expected a UTC time like 2027-06-06T18:00:00.000Z</translation>
    </message>
    <message>
        <source>$.fingerprint: %1 is not the fingerprint of the public key (%2)</source>
        <translation>$.fingerprint: %1 is not the fingerprint of the public key (%2)</translation>
    </message>
    <message>
        <source>Cannot write the enrollment request %1: %2</source>
        <translation>Cannot write the enrollment request %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the enrollment request %1: %2</source>
        <translation>Cannot read the enrollment request %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be an enrollment request.</source>
        <translation>%1 is too large to be an enrollment request.</translation>
    </message>
    <message>
        <source>%1 is not a valid enrollment request: %2</source>
        <translation>%1 is not a valid enrollment request: %2</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <source>Open acta</source>
        <translation>Open acta</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotate</translation>
    </message>
</context>
<context>
    <name>FieldValue</name>
    <message>
        <source>A field value is empty; write a number, ILEGIBLE or SIN_DATO.</source>
        <translation>A field value is empty; write a number, ILEGIBLE or SIN_DATO.</translation>
    </message>
    <message>
        <source>The field value &quot;%1&quot; is too long for a vote count.</source>
        <translation>The field value &quot;%1&quot; is too long for a vote count.</translation>
    </message>
    <message>
        <source>The field value &quot;%1&quot; is not a whole number, ILEGIBLE or SIN_DATO.</source>
        <translation>The field value &quot;%1&quot; is not a whole number, ILEGIBLE or SIN_DATO.</translation>
    </message>
    <message>
        <source>ILLEGIBLE</source>
        <translation>ILLEGIBLE</translation>
    </message>
    <message>
        <source>NO DATA</source>
        <translation>NO DATA</translation>
    </message>
</context>
<context>
    <name>FormAligner</name>
    <message numerus="yes">
        <source>only %n of the 4 registration markers are in the image.</source>
        <translation>
            <numerusform>only %n of the 4 registration markers are in the image.</numerusform>
            <numerusform>only %n of the 4 registration markers are in the image.</numerusform>
        </translation>
    </message>
    <message>
        <source>part of the digit boxes or of the QR code is outside the image.</source>
        <translation>part of the digit boxes or of the QR code is outside the image.</translation>
    </message>
    <message>
        <source>the registration markers are not where template %1 prints them.</source>
        <translation>the registration markers are not where template %1 prints them.</translation>
    </message>
    <message>
        <source>the digit boxes are not where template %1 prints them (alignment score %2%).</source>
        <translation>the digit boxes are not where template %1 prints them (alignment score %2%).</translation>
    </message>
    <message>
        <source>no registration marker and no part of template %1 was found.</source>
        <translation>no registration marker and no part of template %1 was found.</translation>
    </message>
</context>
<context>
    <name>FormRenderer</name>
    <message>
        <source>The resolution must be from %1 to %2 dpi, not %3.</source>
        <translation>The resolution must be from %1 to %2 dpi, not %3.</translation>
    </message>
    <message>
        <source>The template %1 has no printable layout.</source>
        <translation>The template %1 has no printable layout.</translation>
    </message>
    <message>
        <source>The acta %1 is of type %2, but the template %3 is for type %4.</source>
        <translation>The acta %1 is of type %2, but the template %3 is for type %4.</translation>
    </message>
    <message>
        <source>The catalog entry %1 is not the casilla of the acta %2.</source>
        <translation>The catalog entry %1 is not the casilla of the acta %2.</translation>
    </message>
    <message>
        <source>The template id &quot;%1&quot; cannot be written in the acta&apos;s QR code (it must not contain &quot;|&quot;).</source>
        <translation>The template id &quot;%1&quot; cannot be written in the acta&apos;s QR code (it must not contain &quot;|&quot;).</translation>
    </message>
    <message>
        <source>Not enough memory for a page of %1 x %2 pixels.</source>
        <translation>Not enough memory for a page of %1 x %2 pixels.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PNG encoder failed.</source>
        <translation>Cannot write %1: the PNG encoder failed.</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF writer could not start.</source>
        <translation>Cannot write %1: the PDF writer could not start.</translation>
    </message>
    <message>
        <source>The QR area of template %1 is too small for its code at %2 dpi.</source>
        <translation>The QR area of template %1 is too small for its code at %2 dpi.</translation>
    </message>
</context>
<context>
    <name>GlyphAtlas</name>
    <message>
        <source>Cannot open the digit atlas %1 and %2.</source>
        <translation>Cannot open the digit atlas %1 and %2.</translation>
    </message>
    <message>
        <source>The digit atlas description %1 is not an actacapture.glyphs/1 file.</source>
        <translation>The digit atlas description %1 is not an actacapture.glyphs/1 file.</translation>
    </message>
    <message>
        <source>The digit atlas %1 is not a readable PNG image.</source>
        <translation>The digit atlas %1 is not a readable PNG image.</translation>
    </message>
    <message>
        <source>The digit atlas %1 does not use %2-pixel cells.</source>
        <translation>The digit atlas %1 does not use %2-pixel cells.</translation>
    </message>
    <message>
        <source>The digit atlas %1 has a malformed class entry.</source>
        <translation>The digit atlas %1 has a malformed class entry.</translation>
    </message>
    <message>
        <source>The digit atlas %1 is smaller than its description says.</source>
        <translation>The digit atlas %1 is smaller than its description says.</translation>
    </message>
    <message>
        <source>The digit atlas %1 has no sample of the digit %2.</source>
        <translation>The digit atlas %1 has no sample of the digit %2.</translation>
    </message>
</context>
<context>
    <name>GuiApp</name>
    <message>
        <source>ActaCapture cannot start</source>
        <translation>ActaCapture cannot start</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>&amp;Acta key (or part of it):</source>
        <translation>&amp;Acta key (or part of it):</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Events</translation>
    </message>
    <message>
        <source>E&amp;ntry 1 and entry 2</source>
        <translation>E&amp;ntry 1 and entry 2</translation>
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
        <translation>Hub data directory (default %1).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Address and port to serve HTTPS on (default 127.0.0.1:8443; port 0 picks a free one).</source>
        <translation>Address and port to serve HTTPS on (default 127.0.0.1:8443; port 0 picks a free one).</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:port</translation>
    </message>
    <message>
        <source>Minutes between publication cuts while serving (0: never).</source>
        <translation>Minutes between publication cuts while serving (0: never).</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Publication folder (default: publication/ in the data directory).</source>
        <translation>Publication folder (default: publication/ in the data directory).</translation>
    </message>
    <message>
        <source>Requests a second allowed per station.</source>
        <translation>Requests a second allowed per station.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Burst of requests allowed per station.</source>
        <translation>Burst of requests allowed per station.</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>created %1</translation>
    </message>
    <message>
        <source>data directory: %1</source>
        <translation>data directory: %1</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>database: %1</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>hub key fingerprint: %1</source>
        <translation>hub key fingerprint: %1</translation>
    </message>
    <message>
        <source>hub public key: %1</source>
        <translation>hub public key: %1</translation>
    </message>
    <message>
        <source>enrolled station %1 (%2), key fingerprint %3</source>
        <translation>enrolled station %1 (%2), key fingerprint %3</translation>
    </message>
    <message>
        <source>--listen wants an IP address and a port, like 127.0.0.1:8443.</source>
        <translation>--listen wants an IP address and a port, like 127.0.0.1:8443.</translation>
    </message>
    <message>
        <source>--publish-every wants a number of minutes.</source>
        <translation>--publish-every wants a number of minutes.</translation>
    </message>
    <message>
        <source>--rate must be above 0 and --burst at least 1.</source>
        <translation>--rate must be above 0 and --burst at least 1.</translation>
    </message>
    <message>
        <source>listening on https://%1:%2/ hub key %3, %4</source>
        <translation>listening on https://%1:%2/ hub key %3, %4</translation>
    </message>
    <message>
        <source>simulation</source>
        <translation>simulation</translation>
    </message>
    <message>
        <source>production</source>
        <translation>production</translation>
    </message>
    <message>
        <source>actahub: unknown command or wrong arguments: %1</source>
        <translation>actahub: unknown command or wrong arguments: %1</translation>
    </message>
    <message>
        <source>import-bundle: show what would be imported, skipped or refused; change nothing.</source>
        <translation>import-bundle: show what would be imported, skipped or refused; change nothing.</translation>
    </message>
    <message>
        <source>import-bundle: import it all, or nothing when anything is refused.</source>
        <translation>import-bundle: import it all, or nothing when anything is refused.</translation>
    </message>
    <message>
        <source>record %1/%2 acta %3 version %4</source>
        <translation>record %1/%2 acta %3 version %4</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>image %1</translation>
    </message>
    <message>
        <source>import  %1</source>
        <translation>import  %1</translation>
    </message>
    <message>
        <source>skip    %1: %2</source>
        <translation>skip    %1: %2</translation>
    </message>
    <message>
        <source>REFUSE  %1: %2</source>
        <translation>REFUSE  %1: %2</translation>
    </message>
    <message>
        <source>import-bundle needs exactly one of --preview and --apply.</source>
        <translation>import-bundle needs exactly one of --preview and --apply.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than a bundle may be (%2 bytes).</source>
        <translation>%1 is larger than a bundle may be (%2 bytes).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: station %2 is not enrolled at this hub; nothing imported.</source>
        <translation>%1: station %2 is not enrolled at this hub; nothing imported.</translation>
    </message>
    <message>
        <source>%1: %2; nothing imported.</source>
        <translation>%1: %2; nothing imported.</translation>
    </message>
    <message>
        <source>a record of station %1 in the bundle of station %2</source>
        <translation>a record of station %1 in the bundle of station %2</translation>
    </message>
    <message>
        <source>signed with key %1, not the enrolled %2</source>
        <translation>signed with key %1, not the enrolled %2</translation>
    </message>
    <message>
        <source>a production record, and this is a simulation (drill) hub</source>
        <translation>a production record, and this is a simulation (drill) hub</translation>
    </message>
    <message>
        <source>a simulation (drill) record, and this is a production hub</source>
        <translation>a simulation (drill) record, and this is a production hub</translation>
    </message>
    <message>
        <source>bundle of station %1 made %2: %3 to import, %4 already there, %5 refused</source>
        <translation>bundle of station %1 made %2: %3 to import, %4 already there, %5 refused</translation>
    </message>
    <message numerus="yes">
        <source>actahub: %n item(s) refused: nothing was imported.</source>
        <translation>
            <numerusform>actahub: %n item refused: nothing was imported.</numerusform>
            <numerusform>actahub: %n items refused: nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>imported.</source>
        <translation>imported.</translation>
    </message>
    <message>
        <source>preview only: nothing was changed.</source>
        <translation>preview only: nothing was changed.</translation>
    </message>
    <message>
        <source>stations pin: --ca %1 --hub-key %2</source>
        <translation>stations pin: --ca %1 --hub-key %2</translation>
    </message>
    <message>
        <source>Serve the HTTPS API (the default).</source>
        <translation>Serve the HTTPS API (the default).</translation>
    </message>
    <message>
        <source>Create the data directory: store, hub key, TLS CA and certificate.</source>
        <translation>Create the data directory: store, hub key, TLS CA and certificate.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Enroll a station from its enrollment request file.</source>
        <translation>Enroll a station from its enrollment request file.</translation>
    </message>
    <message>
        <source>--preview|--apply FILE</source>
        <translation>--preview|--apply FILE</translation>
    </message>
    <message>
        <source>Import a station&apos;s offline bundle (all or nothing).</source>
        <translation>Import a station&apos;s offline bundle (all or nothing).</translation>
    </message>
    <message>
        <source>ActaCapture hub: receives signed acta records over HTTPS and publishes results cuts.</source>
        <translation>ActaCapture hub: receives signed acta records over HTTPS and publishes results cuts.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>command</translation>
    </message>
    <message>
        <source>Requests a second allowed per client address, before any signature is checked.</source>
        <translation>Requests a second allowed per client address, before any signature is checked.</translation>
    </message>
    <message>
        <source>Burst of requests allowed per client address.</source>
        <translation>Burst of requests allowed per client address.</translation>
    </message>
    <message>
        <source>Open connections allowed in all.</source>
        <translation>Open connections allowed in all.</translation>
    </message>
    <message>
        <source>Open connections allowed per client address.</source>
        <translation>Open connections allowed per client address.</translation>
    </message>
    <message>
        <source>Seconds a connection may stay silent (headers or body included) before it is closed.</source>
        <translation>Seconds a connection may stay silent (headers or body included) before it is closed.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>--client-rate must be above 0 and --client-burst at least 1.</source>
        <translation>--client-rate must be above 0 and --client-burst at least 1.</translation>
    </message>
    <message>
        <source>--max-connections, --max-client-connections and --idle-timeout want whole numbers of at least 1.</source>
        <translation>--max-connections, --max-client-connections and --idle-timeout want whole numbers of at least 1.</translation>
    </message>
    <message>
        <source>File whose first line is the PostgreSQL password (a password never goes on the command line).</source>
        <translation>File whose first line is the PostgreSQL password (a password never goes on the command line).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>PostgreSQL connection URL without a password (postgresql://user@host:port/db; the password from --database-password-file or $ACTAHUB_DATABASE); default: $ACTAHUB_DATABASE, else the embedded store in the data directory.</source>
        <translation>PostgreSQL connection URL without a password (postgresql://user@host:port/db; the password from --database-password-file or $ACTAHUB_DATABASE); default: $ACTAHUB_DATABASE, else the embedded store in the data directory.</translation>
    </message>
    <message>
        <source>--database carries a password, which would be visible to every user of this machine (ps): put it in a file for --database-password-file, or the whole URL in $ACTAHUB_DATABASE.</source>
        <translation>--database carries a password, which would be visible to every user of this machine (ps): put it in a file for --database-password-file, or the whole URL in $ACTAHUB_DATABASE.</translation>
    </message>
    <message>
        <source>The database password file %1 cannot be read.</source>
        <translation>The database password file %1 cannot be read.</translation>
    </message>
    <message>
        <source>enroll: the districts (numbers, comma-separated) whose actas the station may report; without it, any.</source>
        <translation>enroll: the districts (numbers, comma-separated) whose actas the station may report; without it, any.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>--districts wants district numbers separated by commas, not &quot;%1&quot;.</source>
        <translation>--districts wants district numbers separated by commas, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Note: station %1 may report actas of any district (no --districts).</source>
        <translation>Note: station %1 may report actas of any district (no --districts).</translation>
    </message>
    <message>
        <source>conflicts resolve: the station whose version is published.</source>
        <translation>conflicts resolve: the station whose version is published.</translation>
    </message>
    <message>
        <source>station</source>
        <translation>station</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Use: conflicts list | conflicts show CLAVE | conflicts resolve CLAVE --keep STATION --reason TEXT</source>
        <translation>Use: conflicts list | conflicts show CLAVE | conflicts resolve CLAVE --keep STATION --reason TEXT</translation>
    </message>
    <message>
        <source>conflicts resolve needs --keep STATION and --reason TEXT.</source>
        <translation>conflicts resolve needs --keep STATION and --reason TEXT.</translation>
    </message>
    <message>
        <source>Acta %1: the version of station %2 is published from the next cut on.</source>
        <translation>Acta %1: the version of station %2 is published from the next cut on.</translation>
    </message>
    <message>
        <source>  station %1, sequence %2, version %3, image %4</source>
        <translation>  station %1, sequence %2, version %3, image %4</translation>
    </message>
    <message>
        <source>Acta %1 is not in dispute.</source>
        <translation>Acta %1 is not in dispute.</translation>
    </message>
    <message>
        <source>No acta is in dispute.</source>
        <translation>No acta is in dispute.</translation>
    </message>
    <message>
        <source>list|show CLAVE|resolve CLAVE</source>
        <translation>list|show CLAVE|resolve CLAVE</translation>
    </message>
    <message>
        <source>Actas whose stations disagree: list them, show both sides, or decide (--keep, --reason).</source>
        <translation>Actas whose stations disagree: list them, show both sides, or decide (--keep, --reason).</translation>
    </message>
    <message>
        <source>STATION</source>
        <translation>STATION</translation>
    </message>
    <message>
        <source>Take a station&apos;s key out of service (--reason); it may then enroll a new key.</source>
        <translation>Take a station&apos;s key out of service (--reason); it may then enroll a new key.</translation>
    </message>
    <message>
        <source>list|heads STATION|gaps [STATION]</source>
        <translation>list|heads STATION|gaps [STATION]</translation>
    </message>
    <message>
        <source>Enrolled stations, the audit heads a station&apos;s records carried (--json for verify-audit), and jumps in record numbers.</source>
        <translation>Enrolled stations, the audit heads a station&apos;s records carried (--json for verify-audit), and jumps in record numbers.</translation>
    </message>
    <message>
        <source>list|verify</source>
        <translation>list|verify</translation>
    </message>
    <message>
        <source>The hub&apos;s own audit log: print it, or check its chain.</source>
        <translation>The hub&apos;s own audit log: print it, or check its chain.</translation>
    </message>
    <message>
        <source>conflicts resolve, revoke: why, for the audit log.</source>
        <translation>conflicts resolve, revoke: why, for the audit log.</translation>
    </message>
    <message>
        <source>stations heads: JSON, the file actacapture verify-audit --witnessed reads.</source>
        <translation>stations heads: JSON, the file actacapture verify-audit --witnessed reads.</translation>
    </message>
    <message>
        <source>serve, init, enroll, revoke, stations, audit, publish, conflicts or import-bundle.</source>
        <translation>serve, init, enroll, revoke, stations, audit, publish, conflicts or import-bundle.</translation>
    </message>
    <message>
        <source>The revoked key of station %1 is replaced; the station retries what was refused with &quot;actacapture upstream retry-refused&quot;.</source>
        <translation>The revoked key of station %1 is replaced; the station retries what was refused with &quot;actacapture upstream retry-refused&quot;.</translation>
    </message>
    <message>
        <source>revoke needs --reason TEXT (it goes into the hub&apos;s audit log).</source>
        <translation>revoke needs --reason TEXT (it goes into the hub&apos;s audit log).</translation>
    </message>
    <message>
        <source>The key %1 of station %2 is revoked: nothing signed with it is taken any more. Enroll the station&apos;s new key with &quot;actahub enroll FILE&quot;.</source>
        <translation>The key %1 of station %2 is revoked: nothing signed with it is taken any more. Enroll the station&apos;s new key with &quot;actahub enroll FILE&quot;.</translation>
    </message>
    <message>
        <source>Use: stations list | stations heads STATION [--json] | stations gaps [STATION]</source>
        <translation>Use: stations list | stations heads STATION [--json] | stations gaps [STATION]</translation>
    </message>
    <message>
        <source>%1  %2  key %3  districts %4%5</source>
        <translation>%1  %2  key %3  districts %4%5</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>  REVOKED %1: %2</source>
        <translation>  REVOKED %1: %2</translation>
    </message>
    <message>
        <source>No station is enrolled.</source>
        <translation>No station is enrolled.</translation>
    </message>
    <message>
        <source>%1: after record %2 came record %3 (%4 UTC): %5 number(s) never arrived, or the station was restored</source>
        <translation>%1: after record %2 came record %3 (%4 UTC): %5 number(s) never arrived, or the station was restored</translation>
    </message>
    <message>
        <source>No jump in record numbers.</source>
        <translation>No jump in record numbers.</translation>
    </message>
    <message>
        <source>record %1 (%2 version %3, %4 UTC): audit entry %5 %6</source>
        <translation>record %1 (%2 version %3, %4 UTC): audit entry %5 %6</translation>
    </message>
    <message>
        <source>No record of station %1 carried an audit head.</source>
        <translation>No record of station %1 carried an audit head.</translation>
    </message>
    <message>
        <source>Use: audit list | audit verify</source>
        <translation>Use: audit list | audit verify</translation>
    </message>
    <message>
        <source>The hub&apos;s audit log is broken: %1</source>
        <translation>The hub&apos;s audit log is broken: %1</translation>
    </message>
    <message numerus="yes">
        <source>The hub&apos;s audit log is intact: %n entry(ies) checked.</source>
        <translation>
            <numerusform>The hub&apos;s audit log is intact: %n entry checked.</numerusform>
            <numerusform>The hub&apos;s audit log is intact: %n entries checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the key of station %2 was revoked at this hub; the station exports the bundle again once its new key is enrolled. Nothing imported.</source>
        <translation>%1: the key of station %2 was revoked at this hub; the station exports the bundle again once its new key is enrolled. Nothing imported.</translation>
    </message>
    <message>
        <source>--client-connect-rate must be above 0.</source>
        <translation>--client-connect-rate must be above 0.</translation>
    </message>
    <message>
        <source>New connections a second allowed per client address (bursts of three times that), before any TLS handshake.</source>
        <translation>New connections a second allowed per client address (bursts of three times that), before any TLS handshake.</translation>
    </message>
    <message>
        <source>Use: revoke STATION --reason TEXT</source>
        <translation>Use: revoke STATION --reason TEXT</translation>
    </message>
    <message>
        <source>publish: the last cut of the count (participation then includes the special casillas&apos; votes).</source>
        <translation>publish: the last cut of the count (participation then includes the special casillas&apos; votes).</translation>
    </message>
    <message>
        <source>UTC offset of published cut times, in minutes (default: the election&apos;s publication zone, else this machine&apos;s).</source>
        <translation>UTC offset of published cut times, in minutes (default: the election&apos;s publication zone, else this machine&apos;s).</translation>
    </message>
    <message>
        <source>publish, serve: the publication layout (prep2021, the default: INE&apos;s PREP 2021 data dictionary).</source>
        <translation>publish, serve: the publication layout (prep2021, the default: INE&apos;s PREP 2021 data dictionary).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>published a cut of %1 registered actas (of %2 expected) to %3 (%4)</source>
        <translation>published a cut of %1 registered actas (of %2 expected) to %3 (%4)</translation>
    </message>
    <message>
        <source>Write a results cut now: the PREP CSV, the candidates catalog, the JSON with totals and the LEEME, loose and in one zip.</source>
        <translation>Write a results cut now: the PREP CSV, the candidates catalog, the JSON with totals and the LEEME, loose and in one zip.</translation>
    </message>
    <message>
        <source>hub mode: %1</source>
        <translation>hub mode: %1</translation>
    </message>
    <message>
        <source>drill (simulation)</source>
        <translation>drill (simulation)</translation>
    </message>
    <message>
        <source>The hub store %1 has no mode yet: run &quot;actahub init&quot; on it first (with --simulation for a drill hub).</source>
        <translation>The hub store %1 has no mode yet: run &quot;actahub init&quot; on it first (with --simulation for a drill hub).</translation>
    </message>
    <message>
        <source>The hub store %1 is a drill (simulation) store, and a store&apos;s mode never changes; this command was given for production (without --simulation). Give --simulation to work on this drill store, or name the production store with --data or --database.</source>
        <translation>The hub store %1 is a drill (simulation) store, and a store&apos;s mode never changes; this command was given for production (without --simulation). Give --simulation to work on this drill store, or name the production store with --data or --database.</translation>
    </message>
    <message>
        <source>The hub store %1 is a production store, and a store&apos;s mode never changes; this command was given for a drill (--simulation). Leave out --simulation to work on this production store, or name the drill store with --data or --database.</source>
        <translation>The hub store %1 is a production store, and a store&apos;s mode never changes; this command was given for a drill (--simulation). Leave out --simulation to work on this production store, or name the drill store with --data or --database.</translation>
    </message>
    <message>
        <source>Drill hub: init (or serve on a new data directory) makes a drill store, which takes simulation records only; every command on a drill store needs it, and a production store refuses it.</source>
        <translation>Drill hub: init (or serve on a new data directory) makes a drill store, which takes simulation records only; every command on a drill store needs it, and a production store refuses it.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>audit entries &quot;%1&quot; (not a set-up event): %2</source>
        <translation>audit entries &quot;%1&quot; (not a set-up event): %2</translation>
    </message>
    <message>
        <source>Audit entries by kind</source>
        <translation>Audit entries by kind</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Audit entries</translation>
    </message>
    <message>
        <source>Audit chain intact</source>
        <translation>Audit chain intact</translation>
    </message>
    <message>
        <source>Audit head: entry</source>
        <translation>Audit head: entry</translation>
    </message>
    <message>
        <source>, districts %1</source>
        <translation>, districts %1</translation>
    </message>
    <message>
        <source>, revoked</source>
        <translation>, revoked</translation>
    </message>
    <message>
        <source>%1: no audit head received</source>
        <translation>%1: no audit head received</translation>
    </message>
    <message>
        <source>%1: record %2 (%3 v%4) carried audit entry %5, hash %6</source>
        <translation>%1: record %2 (%3 v%4) carried audit entry %5, hash %6</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Stations</translation>
    </message>
    <message>
        <source>Enrolled (id, name, key)</source>
        <translation>Enrolled (id, name, key)</translation>
    </message>
    <message>
        <source>Last audit head witnessed per station</source>
        <translation>Last audit head witnessed per station</translation>
    </message>
    <message>
        <source>Publication folder</source>
        <translation>Publication folder</translation>
    </message>
    <message>
        <source>a published cut in %1: %2</source>
        <translation>a published cut in %1: %2</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Files and their SHA-256</source>
        <translation>Files and their SHA-256</translation>
    </message>
    <message>
        <source>Name the reference fingerprint the auditors made with --reference FILE.</source>
        <translation>Name the reference fingerprint the auditors made with --reference FILE.</translation>
    </message>
    <message>
        <source>The installed software is not the reference&apos;s:
%1</source>
        <translation>The installed software is not the reference&apos;s:
%1</translation>
    </message>
    <message>
        <source>The hub store is not blank, so the start of operations cannot be certified:
%1</source>
        <translation>The hub store is not blank, so the start of operations cannot be certified:
%1</translation>
    </message>
    <message>
        <source>Software at the close</source>
        <translation>Software at the close</translation>
    </message>
    <message>
        <source>Differences from the reference</source>
        <translation>Differences from the reference</translation>
    </message>
    <message>
        <source>Certificate written:
  %1
  %2 (signed with the hub key %3; its SHA-256 %4 is printed on the PDF)</source>
        <translation>Certificate written:
  %1
  %2 (signed with the hub key %3; its SHA-256 %4 is printed on the PDF)</translation>
    </message>
    <message>
        <source>Use: certify start --reference FILE | certify close --reference FILE | certify check FILE [--key FINGERPRINT]</source>
        <translation>Use: certify start --reference FILE | certify close --reference FILE | certify check FILE [--key FINGERPRINT]</translation>
    </message>
    <message>
        <source>its manifest is signed with hub key %1; anyone can check the cut with: actaverify %2 --hub-key %1</source>
        <translation>its manifest is signed with hub key %1; anyone can check the cut with: actaverify %2 --hub-key %1</translation>
    </message>
    <message>
        <source>start|close|check FILE</source>
        <translation>start|close|check FILE</translation>
    </message>
    <message>
        <source>Certificates for the notary: start and close of operations (PDF and JSON signed with the hub key).</source>
        <translation>Certificates for the notary: start and close of operations (PDF and JSON signed with the hub key).</translation>
    </message>
    <message>
        <source>SHA-256 of every installed file and their combined digest; --verify against a reference.</source>
        <translation>SHA-256 of every installed file and their combined digest; --verify against a reference.</translation>
    </message>
    <message>
        <source>certify: the reference fingerprint the auditors made.</source>
        <translation>certify: the reference fingerprint the auditors made.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>certify: where to write the certificate (default: the data directory&apos;s certificados/).</source>
        <translation>certify: where to write the certificate (default: the data directory&apos;s certificados/).</translation>
    </message>
    <message>
        <source>certify check: the fingerprint the signer must have.</source>
        <translation>certify check: the fingerprint the signer must have.</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>FINGERPRINT</translation>
    </message>
    <message>
        <source>Last cut: archive</source>
        <translation>Last cut: archive</translation>
    </message>
    <message>
        <source>Last cut: time (UTC)</source>
        <translation>Last cut: time (UTC)</translation>
    </message>
    <message>
        <source>Last cut: final</source>
        <translation>Last cut: final</translation>
    </message>
    <message>
        <source>Last cut: SHA-256 of its manifest</source>
        <translation>Last cut: SHA-256 of its manifest</translation>
    </message>
    <message>
        <source>The hub&apos;s audit log is broken (%1), so the start of operations cannot be certified.</source>
        <translation>The hub&apos;s audit log is broken (%1), so the start of operations cannot be certified.</translation>
    </message>
    <message>
        <source>Records received</source>
        <translation>Records received</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Conflicts between stations</source>
        <translation>Conflicts between stations</translation>
    </message>
    <message>
        <source>Stations enrolled</source>
        <translation>Stations enrolled</translation>
    </message>
</context>
<context>
    <name>HubDataDir</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the hub data directory %1.</source>
        <translation>Cannot create the hub data directory %1.</translation>
    </message>
    <message>
        <source>hub signing key %1 (%2)</source>
        <translation>hub signing key %1 (%2)</translation>
    </message>
    <message>
        <source>TLS CA certificate %1 (pin it in the stations)</source>
        <translation>TLS CA certificate %1 (pin it in the stations)</translation>
    </message>
    <message>
        <source>TLS server certificate %1 for localhost, 127.0.0.1 and ::1</source>
        <translation>TLS server certificate %1 for localhost, 127.0.0.1 and ::1</translation>
    </message>
    <message>
        <source>Cannot read the hub key %1: %2 (run `actahub init` first).</source>
        <translation>Cannot read the hub key %1: %2 (run `actahub init` first).</translation>
    </message>
    <message>
        <source>The hub key %1 is damaged: %2</source>
        <translation>The hub key %1 is damaged: %2</translation>
    </message>
    <message>
        <source>Cannot read the TLS server certificate %1 (run `actahub init` first).</source>
        <translation>Cannot read the TLS server certificate %1 (run `actahub init` first).</translation>
    </message>
    <message>
        <source>Cannot read the TLS server key %1: %2</source>
        <translation>Cannot read the TLS server key %1: %2</translation>
    </message>
    <message>
        <source>The TLS server key %1 is not an EC private key in PEM.</source>
        <translation>The TLS server key %1 is not an EC private key in PEM.</translation>
    </message>
</context>
<context>
    <name>HubKeyArgument</name>
    <message>
        <source>--hub-key wants the hub&apos;s public key (64 hex digits or its base64) or its fingerprint (like a1b2-c3d4-e5f6-0718-293a-4b5c-6d7e-8f90), as the notary&apos;s certificate gives it.</source>
        <translation>--hub-key wants the hub&apos;s public key (64 hex digits or its base64) or its fingerprint (like a1b2-c3d4-e5f6-0718-293a-4b5c-6d7e-8f90), as the notary&apos;s certificate gives it.</translation>
    </message>
</context>
<context>
    <name>HubStore</name>
    <message>
        <source>The Qt SQL driver %1 is not installed (Debian package %2).</source>
        <translation>The Qt SQL driver %1 is not installed (Debian package %2).</translation>
    </message>
    <message>
        <source>The database address %1 is not a valid URL.</source>
        <translation>The database address %1 is not a valid URL.</translation>
    </message>
    <message>
        <source>Cannot open the hub database %1: %2</source>
        <translation>Cannot open the hub database %1: %2</translation>
    </message>
    <message>
        <source>Database error in &quot;%1&quot;: %2</source>
        <translation>Database error in &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Database error preparing &quot;%1&quot;: %2</source>
        <translation>Database error preparing &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot start a database transaction: %1</source>
        <translation>Cannot start a database transaction: %1</translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation>Cannot commit: %1</translation>
    </message>
    <message>
        <source>Cannot enroll station %1: %2</source>
        <translation>Cannot enroll station %1: %2</translation>
    </message>
    <message>
        <source>No image %1 is stored.</source>
        <translation>No image %1 is stored.</translation>
    </message>
    <message>
        <source>A stored record no longer reads: %1</source>
        <translation>A stored record no longer reads: %1</translation>
    </message>
    <message>
        <source>There is no table %1.</source>
        <translation>There is no table %1.</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>already there</translation>
    </message>
    <message>
        <source>sequence %1 of station %2 was already used for another record</source>
        <translation>sequence %1 of station %2 was already used for another record</translation>
    </message>
    <message>
        <source>version %1 of acta %2 was already sent with other content</source>
        <translation>version %1 of acta %2 was already sent with other content</translation>
    </message>
    <message>
        <source>no record names this image</source>
        <translation>no record names this image</translation>
    </message>
    <message>
        <source>The hub&apos;s embedded store needs SQLite 3.24 or later, but this process talks to SQLite %1 (another SQLite library, such as SQLCipher&apos;s, was loaded before Qt&apos;s SQLite driver).</source>
        <translation>The hub&apos;s embedded store needs SQLite 3.24 or later, but this process talks to SQLite %1 (another SQLite library, such as SQLCipher&apos;s, was loaded before Qt&apos;s SQLite driver).</translation>
    </message>
    <message>
        <source>The hub database did not say its version.</source>
        <translation>The hub database did not say its version.</translation>
    </message>
    <message>
        <source>version %1 of acta %2 is out of order: the next version of this station is %3</source>
        <translation>version %1 of acta %2 is out of order: the next version of this station is %3</translation>
    </message>
    <message>
        <source>already there under another sequence number; receipt for this one</source>
        <translation>already there under another sequence number; receipt for this one</translation>
    </message>
    <message>
        <source>Station %1 is not enrolled.</source>
        <translation>Station %1 is not enrolled.</translation>
    </message>
    <message>
        <source>hub audit entry %1 does not follow from the one before it</source>
        <translation>hub audit entry %1 does not follow from the one before it</translation>
    </message>
    <message>
        <source>Deciding a dispute needs a reason; it goes into the hub&apos;s audit log.</source>
        <translation>Deciding a dispute needs a reason; it goes into the hub&apos;s audit log.</translation>
    </message>
    <message>
        <source>Acta %1 is not in dispute.</source>
        <translation>Acta %1 is not in dispute.</translation>
    </message>
    <message>
        <source>Station %1 is not a side of the dispute on acta %2.</source>
        <translation>Station %1 is not a side of the dispute on acta %2.</translation>
    </message>
    <message>
        <source>Key %1 was revoked at %2 (station %3) and is not taken again; the station makes a new one (actacapture change-passphrase --rotate-key) and sends a new enrollment request.</source>
        <translation>Key %1 was revoked at %2 (station %3) and is not taken again; the station makes a new one (actacapture change-passphrase --rotate-key) and sends a new enrollment request.</translation>
    </message>
    <message>
        <source>Station %1 is already enrolled with another key (%2). If the station&apos;s key changed, revoke the old one first (actahub revoke %1 --reason TEXT).</source>
        <translation>Station %1 is already enrolled with another key (%2). If the station&apos;s key changed, revoke the old one first (actahub revoke %1 --reason TEXT).</translation>
    </message>
    <message>
        <source>Cannot enroll station %1 again: %2</source>
        <translation>Cannot enroll station %1 again: %2</translation>
    </message>
    <message>
        <source>Revoking a station&apos;s key needs a reason; it goes into the hub&apos;s audit log.</source>
        <translation>Revoking a station&apos;s key needs a reason; it goes into the hub&apos;s audit log.</translation>
    </message>
    <message>
        <source>The key of station %1 (%2) was already revoked at %3.</source>
        <translation>The key of station %1 (%2) was already revoked at %3.</translation>
    </message>
    <message>
        <source>Station %1 is not enrolled at this hub.</source>
        <translation>Station %1 is not enrolled at this hub.</translation>
    </message>
    <message>
        <source>Key %1 of station %2 was revoked at this hub at %3.</source>
        <translation>Key %1 of station %2 was revoked at this hub at %3.</translation>
    </message>
    <message>
        <source>Station %1 is enrolled with key %2, not %3.</source>
        <translation>Station %1 is enrolled with key %2, not %3.</translation>
    </message>
    <message>
        <source>Station %1 was enrolled again by someone else meanwhile; look at it with &quot;actahub stations list&quot;.</source>
        <translation>Station %1 was enrolled again by someone else meanwhile; look at it with &quot;actahub stations list&quot;.</translation>
    </message>
    <message>
        <source>The hub store %1 records the mode &quot;%2&quot;, which is neither production nor simulation.</source>
        <translation>The hub store %1 records the mode &quot;%2&quot;, which is neither production nor simulation.</translation>
    </message>
    <message>
        <source>A drill (simulation) record is refused: this hub&apos;s store is a production store.</source>
        <translation>A drill (simulation) record is refused: this hub&apos;s store is a production store.</translation>
    </message>
    <message>
        <source>A production record is refused: this hub&apos;s store is a drill (simulation) store.</source>
        <translation>A production record is refused: this hub&apos;s store is a drill (simulation) store.</translation>
    </message>
    <message>
        <source>The hub store %1 was made before hubs recorded their mode, and holds both production records (%2) and drill records (%3): nobody can tell any more which results are real, so it is used neither to serve, nor to publish, nor to import. Keep it to look into, and start the production hub and the drill hub each on a new store (actahub init, with --simulation for the drill).</source>
        <translation>The hub store %1 was made before hubs recorded their mode, and holds both production records (%2) and drill records (%3): nobody can tell any more which results are real, so it is used neither to serve, nor to publish, nor to import. Keep it to look into, and start the production hub and the drill hub each on a new store (actahub init, with --simulation for the drill).</translation>
    </message>
</context>
<context>
    <name>ImageLoader</name>
    <message>
        <source>a PDF document</source>
        <translation>a PDF document</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>a GIF image</translation>
    </message>
    <message>
        <source>a BMP image</source>
        <translation>a BMP image</translation>
    </message>
    <message>
        <source>a ZIP archive or office document</source>
        <translation>a ZIP archive or office document</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>a WebP image</translation>
    </message>
    <message>
        <source>an empty file</source>
        <translation>an empty file</translation>
    </message>
    <message>
        <source>not an image</source>
        <translation>not an image</translation>
    </message>
    <message>
        <source>the PNG header is incomplete</source>
        <translation>the PNG header is incomplete</translation>
    </message>
    <message>
        <source>the JPEG structure is damaged at byte %1</source>
        <translation>the JPEG structure is damaged at byte %1</translation>
    </message>
    <message>
        <source>the JPEG file has no frame header</source>
        <translation>the JPEG file has no frame header</translation>
    </message>
    <message>
        <source>the TIFF header is incomplete</source>
        <translation>the TIFF header is incomplete</translation>
    </message>
    <message>
        <source>the TIFF directory lies outside the file</source>
        <translation>the TIFF directory lies outside the file</translation>
    </message>
    <message>
        <source>the TIFF directory is truncated</source>
        <translation>the TIFF directory is truncated</translation>
    </message>
    <message>
        <source>it is %1, not a PNG, JPEG or TIFF image</source>
        <translation>it is %1, not a PNG, JPEG or TIFF image</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB; the limit for a scanned page is %3 MB.</source>
        <translation>%1 is %2 MB; the limit for a scanned page is %3 MB.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: the image declares no pixels.</source>
        <translation>%1: the image declares no pixels.</translation>
    </message>
    <message>
        <source>%1 declares %2 x %3 pixels (%4 megapixels); the limit is %5 megapixels. It was not decoded.</source>
        <translation>%1 declares %2 x %3 pixels (%4 megapixels); the limit is %5 megapixels. It was not decoded.</translation>
    </message>
    <message>
        <source>%1: the %2 file is incomplete (truncated during copy or transfer?).</source>
        <translation>%1: the %2 file is incomplete (truncated during copy or transfer?).</translation>
    </message>
    <message>
        <source>%1: the %2 data is damaged and cannot be decoded.</source>
        <translation>%1: the %2 data is damaged and cannot be decoded.</translation>
    </message>
    <message>
        <source>the TIFF directories form a loop</source>
        <translation>the TIFF directories form a loop</translation>
    </message>
    <message>
        <source>the TIFF file has more than %1 pages</source>
        <translation>the TIFF file has more than %1 pages</translation>
    </message>
    <message>
        <source>page %1 of the TIFF file declares tag %2 more than once (a forged header: readers disagree on which value counts)</source>
        <translation>page %1 of the TIFF file declares tag %2 more than once (a forged header: readers disagree on which value counts)</translation>
    </message>
    <message>
        <source>the TIFF structure is damaged and cannot be read</source>
        <translation>the TIFF structure is damaged and cannot be read</translation>
    </message>
    <message>
        <source>page %1 of the TIFF file does not declare its size</source>
        <translation>page %1 of the TIFF file does not declare its size</translation>
    </message>
    <message>
        <source>page %1 of the TIFF file has %2 samples of %3 bits per pixel; a scanned page has at most 4 samples of 16 bits</source>
        <translation>page %1 of the TIFF file has %2 samples of %3 bits per pixel; a scanned page has at most 4 samples of 16 bits</translation>
    </message>
    <message>
        <source>page %1 of the TIFF file stores %2 bytes of uncompressed pixels where its declared size needs %3 (a forged header)</source>
        <translation>page %1 of the TIFF file stores %2 bytes of uncompressed pixels where its declared size needs %3 (a forged header)</translation>
    </message>
    <message>
        <source>%1: page %2 declares %3 x %4 pixels (%5 megapixels); the limit is %6 megapixels. It was not decoded.</source>
        <translation>%1: page %2 declares %3 x %4 pixels (%5 megapixels); the limit is %6 megapixels. It was not decoded.</translation>
    </message>
    <message>
        <source>%1: the TIFF data is stored in strips or tiles of %2 x %3 pixels (%4 megapixels); the limit is %5 megapixels. It was not decoded.</source>
        <translation>%1: the TIFF data is stored in strips or tiles of %2 x %3 pixels (%4 megapixels); the limit is %5 megapixels. It was not decoded.</translation>
    </message>
    <message>
        <source>%1: the %2 file declares %3 x %4 pixels but decodes to %5 x %6 (a forged or damaged header). It was refused.</source>
        <translation>%1: the %2 file declares %3 x %4 pixels but decodes to %5 x %6 (a forged or damaged header). It was refused.</translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <source>Import scanned actas (PNG, JPEG, TIFF) with the button or by dropping the files here. Each page is checked for quality and read; accepted pages go to the capture queue.</source>
        <translation>Import scanned actas (PNG, JPEG, TIFF) with the button or by dropping the files here. Each page is checked for quality and read; accepted pages go to the capture queue.</translation>
    </message>
    <message>
        <source>Sin acta: record a casilla whose acta did not arrive</source>
        <translation>Sin acta: record a casilla whose acta did not arrive</translation>
    </message>
    <message>
        <source>Identity typed twice: a page whose QR could not be read</source>
        <translation>Identity typed twice: a page whose QR could not be read</translation>
    </message>
    <message>
        <source>&amp;Import scans…</source>
        <translation>&amp;Import scans…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <source>&amp;How the scans come in:</source>
        <translation>&amp;How the scans come in:</translation>
    </message>
    <message>
        <source>&amp;Document scanned:</source>
        <translation>&amp;Document scanned:</translation>
    </message>
    <message>
        <source>C&amp;LAVE_ACTA:</source>
        <translation>C&amp;LAVE_ACTA:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>A&amp;gain:</translation>
    </message>
    <message>
        <source>&amp;Assign identity</source>
        <translation>&amp;Assign identity</translation>
    </message>
    <message>
        <source>Casilla &amp;key:</source>
        <translation>Casilla &amp;key:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>R&amp;eason:</translation>
    </message>
    <message>
        <source>Record &amp;sin acta</source>
        <translation>Record &amp;sin acta</translation>
    </message>
</context>
<context>
    <name>KeyDerivation</name>
    <message>
        <source>The Argon2id pass count %1 is out of range: it must be from %2 to %3.</source>
        <translation>The Argon2id pass count %1 is out of range: it must be from %2 to %3.</translation>
    </message>
    <message>
        <source>The Argon2id memory size of %1 bytes is out of range: it must be from %2 bytes to %3 GiB.</source>
        <translation>The Argon2id memory size of %1 bytes is out of range: it must be from %2 bytes to %3 GiB.</translation>
    </message>
    <message>
        <source>The key derivation salt has %1 bytes; it must have %2.</source>
        <translation>The key derivation salt has %1 bytes; it must have %2.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the database key: Argon2id needs %1 MiB.</source>
        <translation>Not enough memory to derive the database key: Argon2id needs %1 MiB.</translation>
    </message>
</context>
<context>
    <name>KeyingFile</name>
    <message numerus="yes">
        <source>The keying file %1 is truncated: it has %n byte(s) of %2.</source>
        <translation>
            <numerusform>The keying file %1 is truncated: it has %n byte of %2.</numerusform>
            <numerusform>The keying file %1 is truncated: it has %n bytes of %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keying file %1 is empty.</source>
        <translation>The keying file %1 is empty.</translation>
    </message>
    <message>
        <source>%1 is not an ActaCapture keying file.</source>
        <translation>%1 is not an ActaCapture keying file.</translation>
    </message>
    <message>
        <source>The keying file %1 has format version %2, written by a newer ActaCapture; this version reads version %3.</source>
        <translation>The keying file %1 has format version %2, written by a newer ActaCapture; this version reads version %3.</translation>
    </message>
    <message>
        <source>The keying file %1 has format version %2, which ActaCapture never wrote; it reads version %3.</source>
        <translation>The keying file %1 has format version %2, which ActaCapture never wrote; it reads version %3.</translation>
    </message>
    <message numerus="yes">
        <source>The keying file %1 is damaged: it has %n byte(s) instead of %2.</source>
        <translation>
            <numerusform>The keying file %1 is damaged: it has %n byte instead of %2.</numerusform>
            <numerusform>The keying file %1 is damaged: it has %n bytes instead of %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keying file %1 is damaged: its checksum does not match its contents.</source>
        <translation>The keying file %1 is damaged: its checksum does not match its contents.</translation>
    </message>
    <message>
        <source>The keying file %1 asks for key derivation %2 and cipher profile %3; this version of ActaCapture knows only derivation %4 (Argon2id) with profile %5 (SQLCipher 3).</source>
        <translation>The keying file %1 asks for key derivation %2 and cipher profile %3; this version of ActaCapture knows only derivation %4 (Argon2id) with profile %5 (SQLCipher 3).</translation>
    </message>
    <message>
        <source>The keying file %1 holds unusable key derivation settings: %2</source>
        <translation>The keying file %1 holds unusable key derivation settings: %2</translation>
    </message>
    <message>
        <source>The keying file %1 is missing.</source>
        <translation>The keying file %1 is missing.</translation>
    </message>
    <message>
        <source>Could not read the keying file %1: %2</source>
        <translation>Could not read the keying file %1: %2</translation>
    </message>
    <message>
        <source>Could not write the keying file %1: %2</source>
        <translation>Could not write the keying file %1: %2</translation>
    </message>
    <message>
        <source>Could not make the keying file %1 private to its owner: %2</source>
        <translation>Could not make the keying file %1 private to its owner: %2</translation>
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
        <translation>Election</translation>
    </message>
    <message>
        <source>Fields of the acta, in the order they are captured:</source>
        <translation>Fields of the acta, in the order they are captured:</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <source>Filter casillas by key, section or location…</source>
        <translation>Filter casillas by key, section or location…</translation>
    </message>
</context>
<context>
    <name>NativeFileDialogs</name>
    <message>
        <source>Import scanned actas</source>
        <translation>Import scanned actas</translation>
    </message>
    <message>
        <source>Scanned actas (*.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Scanned actas (*.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OutboxPayload</name>
    <message>
        <source>The outbox payload is not a JSON object: %1</source>
        <translation>The outbox payload is not a JSON object: %1</translation>
    </message>
    <message>
        <source>The outbox payload&apos;s cotejada %1 is not 1, 2 or 3.</source>
        <translation>The outbox payload&apos;s cotejada %1 is not 1, 2 or 3.</translation>
    </message>
</context>
<context>
    <name>OutboxRecords</name>
    <message>
        <source>Outbox entry %1 (acta %2): %3</source>
        <translation>Outbox entry %1 (acta %2): %3</translation>
    </message>
    <message>
        <source>Outbox entry %1 (acta %2) belongs to election template %3, not to %4, the one given.</source>
        <translation>Outbox entry %1 (acta %2) belongs to election template %3, not to %4, the one given.</translation>
    </message>
</context>
<context>
    <name>PageGenerator</name>
    <message>
        <source>A page of another form needs that form&apos;s template.</source>
        <translation>A page of another form needs that form&apos;s template.</translation>
    </message>
    <message>
        <source>The generated page could not be encoded.</source>
        <translation>The generated page could not be encoded.</translation>
    </message>
</context>
<context>
    <name>PageProblem</name>
    <message>
        <source>Not a readable image</source>
        <translation>Not a readable image</translation>
    </message>
    <message>
        <source>Image too large</source>
        <translation>Image too large</translation>
    </message>
    <message>
        <source>Resolution too low</source>
        <translation>Resolution too low</translation>
    </message>
    <message>
        <source>Blurred</source>
        <translation>Blurred</translation>
    </message>
    <message>
        <source>Too dark</source>
        <translation>Too dark</translation>
    </message>
    <message>
        <source>Too bright</source>
        <translation>Too bright</translation>
    </message>
    <message>
        <source>Low contrast</source>
        <translation>Low contrast</translation>
    </message>
    <message>
        <source>Blank page</source>
        <translation>Blank page</translation>
    </message>
    <message>
        <source>Page cut off</source>
        <translation>Page cut off</translation>
    </message>
    <message>
        <source>Not this form</source>
        <translation>Not this form</translation>
    </message>
    <message>
        <source>Could not align the form</source>
        <translation>Could not align the form</translation>
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
        <translation>nothing is printed or written on it.</translation>
    </message>
    <message>
        <source>the paper reads as grey level %1 of 255.</source>
        <translation>the paper reads as grey level %1 of 255.</translation>
    </message>
    <message>
        <source>the darkest ink reads as grey level %1 of 255.</source>
        <translation>the darkest ink reads as grey level %1 of 255.</translation>
    </message>
    <message>
        <source>ink and paper differ by only %1 grey levels of 255.</source>
        <translation>ink and paper differ by only %1 grey levels of 255.</translation>
    </message>
    <message>
        <source>about %1 dpi; at least %2 dpi are needed.</source>
        <translation>about %1 dpi; at least %2 dpi are needed.</translation>
    </message>
    <message>
        <source>printed edges are spread over %1 mm; at most %2 mm is readable.</source>
        <translation>printed edges are spread over %1 mm; at most %2 mm is readable.</translation>
    </message>
    <message>
        <source>the image could not be processed: %1</source>
        <translation>the image could not be processed: %1</translation>
    </message>
    <message>
        <source>its QR code is for template %1 version %2; this station captures template %3 version %4.</source>
        <translation>its QR code is for template %1 version %2; this station captures template %3 version %4.</translation>
    </message>
    <message>
        <source>The QR code could not be read; the key was read from the printed header. Check it against the sheet.</source>
        <translation>The QR code could not be read; the key was read from the printed header. Check it against the sheet.</translation>
    </message>
    <message>
        <source>Neither the QR code nor the printed header could be read: type the acta&apos;s key.</source>
        <translation>Neither the QR code nor the printed header could be read: type the acta&apos;s key.</translation>
    </message>
    <message>
        <source>The QR code is not an acta&apos;s (%1): type the acta&apos;s key.</source>
        <translation>The QR code is not an acta&apos;s (%1): type the acta&apos;s key.</translation>
    </message>
    <message>
        <source>the acta %1 is of type %2; this template captures type %3.</source>
        <translation>the acta %1 is of type %2; this template captures type %3.</translation>
    </message>
    <message>
        <source>The casilla %1 is not in the catalog: the acta is fuera de catálogo.</source>
        <translation>The casilla %1 is not in the catalog: the acta is fuera de catálogo.</translation>
    </message>
</context>
<context>
    <name>PageReading</name>
    <message>
        <source>Stored reading: %1</source>
        <translation>Stored reading: %1</translation>
    </message>
    <message>
        <source>Stored reading of %1: %2</source>
        <translation>Stored reading of %1: %2</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>Record intake</source>
        <translation>Record intake</translation>
    </message>
    <message>
        <source>Accept or reject images</source>
        <translation>Accept or reject images</translation>
    </message>
    <message>
        <source>Enter data</source>
        <translation>Enter data</translation>
    </message>
    <message>
        <source>Adjudicate disputes</source>
        <translation>Adjudicate disputes</translation>
    </message>
    <message>
        <source>Record sin acta</source>
        <translation>Record sin acta</translation>
    </message>
    <message>
        <source>Resolve acta identity</source>
        <translation>Resolve acta identity</translation>
    </message>
    <message>
        <source>Reopen actas</source>
        <translation>Reopen actas</translation>
    </message>
    <message>
        <source>View dashboard</source>
        <translation>View dashboard</translation>
    </message>
    <message>
        <source>Export reports</source>
        <translation>Export reports</translation>
    </message>
    <message>
        <source>View acta history</source>
        <translation>View acta history</translation>
    </message>
    <message>
        <source>View audit log</source>
        <translation>View audit log</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>Manage users</translation>
    </message>
    <message>
        <source>Configure station</source>
        <translation>Configure station</translation>
    </message>
    <message>
        <source>Certify station</source>
        <translation>Certify station</translation>
    </message>
    <message>
        <source>Run drills</source>
        <translation>Run drills</translation>
    </message>
    <message>
        <source>Score drills</source>
        <translation>Score drills</translation>
    </message>
</context>
<context>
    <name>PrepCut</name>
    <message>
        <source>resultados.csv, line %1: more than %2 cells.</source>
        <translation>resultados.csv, line %1: more than %2 cells.</translation>
    </message>
    <message>
        <source>resultados.csv has more than %1 rows.</source>
        <translation>resultados.csv has more than %1 rows.</translation>
    </message>
    <message>
        <source>resultados.csv, line %1: a quoted cell is never closed.</source>
        <translation>resultados.csv, line %1: a quoted cell is never closed.</translation>
    </message>
    <message>
        <source>resultados.csv, line %1: text after a closing quote.</source>
        <translation>resultados.csv, line %1: text after a closing quote.</translation>
    </message>
    <message>
        <source>resultados.csv has %1 bytes, more than the %2 this program reads.</source>
        <translation>resultados.csv has %1 bytes, more than the %2 this program reads.</translation>
    </message>
    <message>
        <source>resultados.csv is not UTF-8 text.</source>
        <translation>resultados.csv is not UTF-8 text.</translation>
    </message>
    <message>
        <source>resultados.csv has %1 lines; its header alone has 6.</source>
        <translation>resultados.csv has %1 lines; its header alone has 6.</translation>
    </message>
    <message>
        <source>resultados.csv, line 2: &quot;%1&quot; is not a cut time like 05/06/2027 22:00 (UTC-6).</source>
        <translation>resultados.csv, line 2: &quot;%1&quot; is not a cut time like 05/06/2027 22:00 (UTC-6).</translation>
    </message>
    <message>
        <source>resultados.csv, line 3: not the 13 counters of the 2021 layout.</source>
        <translation>resultados.csv, line 3: not the 13 counters of the 2021 layout.</translation>
    </message>
    <message>
        <source>resultados.csv, line 4: %1 counter values for 13 counters.</source>
        <translation>resultados.csv, line 4: %1 counter values for 13 counters.</translation>
    </message>
    <message>
        <source>resultados.csv, line 5: not blank.</source>
        <translation>resultados.csv, line 5: not blank.</translation>
    </message>
    <message>
        <source>resultados.csv, line 6: not the columns of the 2021 layout for template %1.</source>
        <translation>resultados.csv, line 6: not the columns of the 2021 layout for template %1.</translation>
    </message>
    <message>
        <source>resultados.csv, line %1: %2 cells, not %3.</source>
        <translation>resultados.csv, line %1: %2 cells, not %3.</translation>
    </message>
    <message>
        <source>resultados.csv, line %1: acta %2 has a row already (line %3).</source>
        <translation>resultados.csv, line %1: acta %2 has a row already (line %3).</translation>
    </message>
    <message>
        <source>resultados.csv, line %1 (acta %2), %3: &quot;%4&quot; is not a number.</source>
        <translation>resultados.csv, line %1 (acta %2), %3: &quot;%4&quot; is not a number.</translation>
    </message>
    <message>
        <source>resultados.csv, line %1 (acta %2), CONTABILIZADA: &quot;%3&quot; is neither 0 nor 1.</source>
        <translation>resultados.csv, line %1 (acta %2), CONTABILIZADA: &quot;%3&quot; is neither 0 nor 1.</translation>
    </message>
    <message>
        <source>resultados.csv, line %1 (acta %2): counted, but %3.</source>
        <translation>resultados.csv, line %1 (acta %2): counted, but %3.</translation>
    </message>
    <message>
        <source>outside the catalog</source>
        <translation>outside the catalog</translation>
    </message>
    <message>
        <source>never received</source>
        <translation>never received</translation>
    </message>
    <message>
        <source>resultados.csv, line %1 (acta %2): the vote columns add up to %3, TOTAL_VOTOS_CALCULADO says %4.</source>
        <translation>resultados.csv, line %1 (acta %2): the vote columns add up to %3, TOTAL_VOTOS_CALCULADO says %4.</translation>
    </message>
    <message>
        <source>resultados.csv, line 4, %1: the header says %2, the rows give %3.</source>
        <translation>resultados.csv, line 4, %1: the header says %2, the rows give %3.</translation>
    </message>
</context>
<context>
    <name>PrepRules</name>
    <message>
        <source>Sin acta reason %1 is unknown: it must be 1 to 4.</source>
        <translation>Sin acta reason %1 is unknown: it must be 1 to 4.</translation>
    </message>
    <message>
        <source>Not in the catalog</source>
        <translation>Not in the catalog</translation>
    </message>
    <message>
        <source>No acta: package not delivered</source>
        <translation>No acta: package not delivered</translation>
    </message>
    <message>
        <source>No acta: casilla not installed</source>
        <translation>No acta: casilla not installed</translation>
    </message>
    <message>
        <source>No acta: package delivered without envelope</source>
        <translation>No acta: package delivered without envelope</translation>
    </message>
    <message>
        <source>No acta: electronic ballot box contingency</source>
        <translation>No acta: electronic ballot box contingency</translation>
    </message>
    <message>
        <source>Exceeds the voter list</source>
        <translation>Exceeds the voter list</translation>
    </message>
    <message>
        <source>All fields illegible</source>
        <translation>All fields illegible</translation>
    </message>
    <message>
        <source>All fields without data</source>
        <translation>All fields without data</translation>
    </message>
    <message>
        <source>Illegible fields</source>
        <translation>Illegible fields</translation>
    </message>
    <message>
        <source>Fields without data</source>
        <translation>Fields without data</translation>
    </message>
    <message>
        <source>The field %1 is not part of the template %2.</source>
        <translation>The field %1 is not part of the template %2.</translation>
    </message>
    <message>
        <source>The value %1 of %2 has more digits than the %3 boxes on the form.</source>
        <translation>The value %1 of %2 has more digits than the %3 boxes on the form.</translation>
    </message>
    <message>
        <source>Identity typed from the sheet</source>
        <translation>Identity typed from the sheet</translation>
    </message>
    <message>
        <source>The total written on the sheet (%1) differs from the calculated total (%2).</source>
        <translation>The total written on the sheet (%1) differs from the calculated total (%2).</translation>
    </message>
    <message>
        <source>Votes taken out of the ballot box (%1) differ from the calculated total (%2).</source>
        <translation>Votes taken out of the ballot box (%1) differ from the calculated total (%2).</translation>
    </message>
    <message>
        <source>People who voted (%1) plus representatives who voted (%2) differ from votes taken out (%3).</source>
        <translation>People who voted (%1) plus representatives who voted (%2) differ from votes taken out (%3).</translation>
    </message>
    <message>
        <source>People who voted (%1) exceed the voter list (%2).</source>
        <translation>People who voted (%1) exceed the voter list (%2).</translation>
    </message>
    <message>
        <source>Leftover ballots (%1) plus people and representatives who voted (%2) exceed the %3 ballots the casilla could receive.</source>
        <translation>Leftover ballots (%1) plus people and representatives who voted (%2) exceed the %3 ballots the casilla could receive.</translation>
    </message>
</context>
<context>
    <name>ProgressQueries</name>
    <message>
        <source>The station store holds a malformed time: %1</source>
        <translation>The station store holds a malformed time: %1</translation>
    </message>
    <message>
        <source>Acta %1: %2</source>
        <translation>Acta %1: %2</translation>
    </message>
    <message>
        <source>No vote field holds a number</source>
        <translation>No vote field holds a number</translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message>
        <source>Cannot create the publication folder %1.</source>
        <translation>Cannot create the publication folder %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Unknown publication format &quot;%1&quot;; this hub writes: %2.</source>
        <translation>Unknown publication format &quot;%1&quot;; this hub writes: %2.</translation>
    </message>
    <message>
        <source>Cannot make the cut&apos;s archive: %1</source>
        <translation>Cannot make the cut&apos;s archive: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>The publication folder %1 has a MODO file that says neither &quot;produccion&quot; nor &quot;simulacro&quot;; nothing is published there until it is put right.</source>
        <translation>The publication folder %1 has a MODO file that says neither &quot;produccion&quot; nor &quot;simulacro&quot;; nothing is published there until it is put right.</translation>
    </message>
    <message>
        <source>The publication folder %1 holds earlier results (%2) but no MODO file, and no resultados.json that says whether they were a drill: nothing is published there. Check them, then write &quot;produccion&quot; or &quot;simulacro&quot; into %1/MODO, or publish into another folder (--out).</source>
        <translation>The publication folder %1 holds earlier results (%2) but no MODO file, and no resultados.json that says whether they were a drill: nothing is published there. Check them, then write &quot;produccion&quot; or &quot;simulacro&quot; into %1/MODO, or publish into another folder (--out).</translation>
    </message>
    <message>
        <source>The publication folder %1 holds production cuts: a drill (simulation) cut is never written there. Publish drill cuts into another folder (--out).</source>
        <translation>The publication folder %1 holds production cuts: a drill (simulation) cut is never written there. Publish drill cuts into another folder (--out).</translation>
    </message>
    <message>
        <source>The publication folder %1 holds drill (simulation) cuts: a production cut is never written there. Publish production cuts into another folder (--out).</source>
        <translation>The publication folder %1 holds drill (simulation) cuts: a production cut is never written there. Publish production cuts into another folder (--out).</translation>
    </message>
    <message>
        <source>The hub store %1 is a production store: its cuts are never published as drill (simulation) cuts.</source>
        <translation>The hub store %1 is a production store: its cuts are never published as drill (simulation) cuts.</translation>
    </message>
    <message>
        <source>The hub store %1 is a drill (simulation) store: its cuts are never published as production cuts.</source>
        <translation>The hub store %1 is a drill (simulation) store: its cuts are never published as production cuts.</translation>
    </message>
    <message>
        <source>The stored envelope of record %1 of station %2 (acta %3) cannot be published as one line.</source>
        <translation>The stored envelope of record %1 of station %2 (acta %3) cannot be published as one line.</translation>
    </message>
    <message>
        <source>Cannot remove the previous cut&apos;s %1 to write the next.</source>
        <translation>Cannot remove the previous cut&apos;s %1 to write the next.</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>Cannot encode an empty QR code.</source>
        <translation>Cannot encode an empty QR code.</translation>
    </message>
    <message>
        <source>Could not encode the QR code: %1</source>
        <translation>Could not encode the QR code: %1</translation>
    </message>
    <message>
        <source>Could not encode the QR code: the encoder returned no symbol.</source>
        <translation>Could not encode the QR code: the encoder returned no symbol.</translation>
    </message>
    <message>
        <source>Could not encode the QR code: the encoder returned a malformed symbol.</source>
        <translation>Could not encode the QR code: the encoder returned a malformed symbol.</translation>
    </message>
    <message>
        <source>Cannot look for QR codes in an empty image.</source>
        <translation>Cannot look for QR codes in an empty image.</translation>
    </message>
    <message>
        <source>Could not read QR codes from the image: %1</source>
        <translation>Could not read QR codes from the image: %1</translation>
    </message>
</context>
<context>
    <name>QrPayload</name>
    <message>
        <source>The QR code is empty.</source>
        <translation>The QR code is empty.</translation>
    </message>
    <message>
        <source>The QR code uses label format %1; this version of ActaCapture reads %2.</source>
        <translation>The QR code uses label format %1; this version of ActaCapture reads %2.</translation>
    </message>
    <message>
        <source>The QR code is not an ActaCapture acta label: &quot;%1&quot;.</source>
        <translation>The QR code is not an ActaCapture acta label: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The acta QR code has %1 parts separated by &quot;|&quot;; expected 4 (ACTA1|CLAVE_ACTA|template|version): &quot;%2&quot;.</source>
        <translation>The acta QR code has %1 parts separated by &quot;|&quot;; expected 4 (ACTA1|CLAVE_ACTA|template|version): &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The acta QR code holds an invalid CLAVE_ACTA: &quot;%1&quot;.</source>
        <translation>The acta QR code holds an invalid CLAVE_ACTA: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The acta QR code holds an invalid CLAVE_ACTA: %1</source>
        <translation>The acta QR code holds an invalid CLAVE_ACTA: %1</translation>
    </message>
    <message>
        <source>The acta QR code names no template.</source>
        <translation>The acta QR code names no template.</translation>
    </message>
    <message>
        <source>The acta QR code&apos;s template version &quot;%1&quot; is not a whole number from 1.</source>
        <translation>The acta QR code&apos;s template version &quot;%1&quot; is not a whole number from 1.</translation>
    </message>
</context>
<context>
    <name>ReadingRepository</name>
    <message>
        <source>There is no acta %1 to keep a reading for.</source>
        <translation>There is no acta %1 to keep a reading for.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>The receipt has no valid hub key fingerprint.</source>
        <translation>The receipt has no valid hub key fingerprint.</translation>
    </message>
    <message>
        <source>The receipt lacks the station, sequence, acta or version.</source>
        <translation>The receipt lacks the station, sequence, acta or version.</translation>
    </message>
    <message>
        <source>The receipt&apos;s record hash is not 64 lowercase hex digits.</source>
        <translation>The receipt&apos;s record hash is not 64 lowercase hex digits.</translation>
    </message>
    <message>
        <source>The receipt has no reception time.</source>
        <translation>The receipt has no reception time.</translation>
    </message>
    <message>
        <source>%1: unknown field</source>
        <translation>%1: unknown field</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: missing</translation>
    </message>
    <message>
        <source>%1: expected &quot;%2&quot;</source>
        <translation>%1: expected &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: expected a key fingerprint</source>
        <translation>%1: expected a key fingerprint</translation>
    </message>
    <message>
        <source>%1: expected a non-empty string</source>
        <translation>%1: expected a non-empty string</translation>
    </message>
    <message>
        <source>%1: expected an integer of at least 1</source>
        <translation>%1: expected an integer of at least 1</translation>
    </message>
    <message>
        <source>%1: expected 64 lowercase hex digits</source>
        <translation>%1: expected 64 lowercase hex digits</translation>
    </message>
    <message>
        <source>%1: expected a UTC time like 2027-06-06T02:15:30.125Z</source>
        <translation>%1: expected a UTC time like 2027-06-06T02:15:30.125Z</translation>
    </message>
    <message>
        <source>The receipt&apos;s audit head is not a sequence number with a hash.</source>
        <translation>The receipt&apos;s audit head is not a sequence number with a hash.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Unknown role &quot;%1&quot;: expected one of %2.</source>
        <translation>Unknown role &quot;%1&quot;: expected one of %2.</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>%1 was created by a newer ActaCapture (schema %2); this version knows up to %3.</source>
        <translation>%1 was created by a newer ActaCapture (schema %2); this version knows up to %3.</translation>
    </message>
    <message>
        <source>The schema migrations are out of order: step %1 leads to version %2.</source>
        <translation>The schema migrations are out of order: step %1 leads to version %2.</translation>
    </message>
    <message>
        <source>Could not bring %1 to schema version %2; it stays at version %3: %4</source>
        <translation>Could not bring %1 to schema version %2; it stays at version %3: %4</translation>
    </message>
</context>
<context>
    <name>SecretSource</name>
    <message>
        <source>No terminal to ask on.</source>
        <translation>No terminal to ask on.</translation>
    </message>
</context>
<context>
    <name>SignedCertificate</name>
    <message>
        <source>The certificate is larger than any certificate (%1 bytes at most).</source>
        <translation>The certificate is larger than any certificate (%1 bytes at most).</translation>
    </message>
    <message>
        <source>The certificate is not canonical JSON: %1</source>
        <translation>The certificate is not canonical JSON: %1</translation>
    </message>
    <message>
        <source>The certificate must hold exactly certificate, key, public_key and signature.</source>
        <translation>The certificate must hold exactly certificate, key, public_key and signature.</translation>
    </message>
    <message>
        <source>Not a certificate of format %1.</source>
        <translation>Not a certificate of format %1.</translation>
    </message>
    <message>
        <source>The certificate&apos;s public key does not match its fingerprint %1.</source>
        <translation>The certificate&apos;s public key does not match its fingerprint %1.</translation>
    </message>
    <message>
        <source>The certificate was signed with key %1, not with %2.</source>
        <translation>The certificate was signed with key %1, not with %2.</translation>
    </message>
    <message>
        <source>The certificate&apos;s signature does not hold: %1</source>
        <translation>The certificate&apos;s signature does not hold: %1</translation>
    </message>
</context>
<context>
    <name>SignedReceipt</name>
    <message>
        <source>The receipt names another hub key than the one signing it.</source>
        <translation>The receipt names another hub key than the one signing it.</translation>
    </message>
    <message>
        <source>The receipt is refused: it has %1 bytes, more than the %2 allowed.</source>
        <translation>The receipt is refused: it has %1 bytes, more than the %2 allowed.</translation>
    </message>
    <message>
        <source>The receipt is refused: %1</source>
        <translation>The receipt is refused: %1</translation>
    </message>
    <message>
        <source>The receipt is refused: %1: unknown field</source>
        <translation>The receipt is refused: %1: unknown field</translation>
    </message>
    <message>
        <source>The receipt is refused: $.signature: expected %1 bytes in base64</source>
        <translation>The receipt is refused: $.signature: expected %1 bytes in base64</translation>
    </message>
    <message>
        <source>The receipt is refused: $.receipt: expected an object</source>
        <translation>The receipt is refused: $.receipt: expected an object</translation>
    </message>
    <message>
        <source>The receipt was signed by hub key %1, not by the pinned hub key %2.</source>
        <translation>The receipt was signed by hub key %1, not by the pinned hub key %2.</translation>
    </message>
    <message>
        <source>The receipt&apos;s signature does not hold: %1</source>
        <translation>The receipt&apos;s signature does not hold: %1</translation>
    </message>
</context>
<context>
    <name>SignedRecord</name>
    <message>
        <source>The signed record is refused: it has %1 bytes, more than the %2 allowed.</source>
        <translation>The signed record is refused: it has %1 bytes, more than the %2 allowed.</translation>
    </message>
    <message>
        <source>The signed record is refused: %1</source>
        <translation>The signed record is refused: %1</translation>
    </message>
    <message>
        <source>The signed record is refused: %1: unknown field</source>
        <translation>The signed record is refused: %1: unknown field</translation>
    </message>
    <message>
        <source>The signed record is refused: $.key: expected a key fingerprint like a1b2-c3d4-e5f6-0718-293a-4b5c-6d7e-8f90</source>
        <translation>The signed record is refused: $.key: expected a key fingerprint like a1b2-c3d4-e5f6-0718-293a-4b5c-6d7e-8f90</translation>
    </message>
    <message>
        <source>The signed record is refused: $.signature: expected %1 bytes in base64</source>
        <translation>The signed record is refused: $.signature: expected %1 bytes in base64</translation>
    </message>
    <message>
        <source>The signed record is refused: $.record: expected an object</source>
        <translation>The signed record is refused: $.record: expected an object</translation>
    </message>
    <message>
        <source>Record %1 of station %2 names key %3, not the key %4 it is checked with.</source>
        <translation>Record %1 of station %2 names key %3, not the key %4 it is checked with.</translation>
    </message>
    <message>
        <source>Record %1 of station %2 is refused: %3</source>
        <translation>Record %1 of station %2 is refused: %3</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>A signing key seed has %1 bytes, not %2.</source>
        <translation>A signing key seed has %1 bytes, not %2.</translation>
    </message>
    <message>
        <source>A stored signing key has %1 bytes, not %2.</source>
        <translation>A stored signing key has %1 bytes, not %2.</translation>
    </message>
    <message>
        <source>The stored signing key is damaged: its public half does not match its secret half.</source>
        <translation>The stored signing key is damaged: its public half does not match its secret half.</translation>
    </message>
    <message>
        <source>A public key has %1 bytes, not %2.</source>
        <translation>A public key has %1 bytes, not %2.</translation>
    </message>
    <message>
        <source>The signature has %1 bytes, not %2.</source>
        <translation>The signature has %1 bytes, not %2.</translation>
    </message>
    <message>
        <source>The signature does not match: the document was changed after it was signed, or another key signed it.</source>
        <translation>The signature does not match: the document was changed after it was signed, or another key signed it.</translation>
    </message>
</context>
<context>
    <name>SoftwareFingerprint</name>
    <message>
        <source>Prints the SHA-256 of every installed file of ActaCapture and their combined digest, in sha256sum&apos;s format (docs/certification.md). With --verify, compares the installed files with a reference made earlier and names every file that differs, is missing or is extra.</source>
        <translation>Prints the SHA-256 of every installed file of ActaCapture and their combined digest, in sha256sum&apos;s format (docs/certification.md). With --verify, compares the installed files with a reference made earlier and names every file that differs, is missing or is extra.</translation>
    </message>
    <message>
        <source>The install folder (default: this program&apos;s, %1).</source>
        <translation>The install folder (default: this program&apos;s, %1).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Compare with this reference file; exit 1 on any difference.</source>
        <translation>Compare with this reference file; exit 1 on any difference.</translation>
    </message>
    <message>
        <source>REFERENCE</source>
        <translation>REFERENCE</translation>
    </message>
    <message>
        <source>Write the fingerprint to this file instead of the terminal.</source>
        <translation>Write the fingerprint to this file instead of the terminal.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Also list the resources embedded in this program (models, templates, translations); informative, not part of the digest.</source>
        <translation>Also list the resources embedded in this program (models, templates, translations); informative, not part of the digest.</translation>
    </message>
    <message>
        <source>This command takes no argument.</source>
        <translation>This command takes no argument.</translation>
    </message>
    <message>
        <source>--verify and --output do not go together.</source>
        <translation>--verify and --output do not go together.</translation>
    </message>
    <message>
        <source>Installed files (%1): %2</source>
        <translation>Installed files (%1): %2</translation>
    </message>
    <message>
        <source>Reference (%1): %2</source>
        <translation>Reference (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>The installed software is the reference&apos;s: %n file(s), all equal.</source>
        <translation>
            <numerusform>The installed software is the reference&apos;s: %n file, all equal.</numerusform>
            <numerusform>The installed software is the reference&apos;s: %n files, all equal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The installed software is NOT the reference&apos;s: %n difference(s).</source>
        <translation>
            <numerusform>The installed software is NOT the reference&apos;s: %n difference.</numerusform>
            <numerusform>The installed software is NOT the reference&apos;s: %n differences.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Fingerprint of %n file(s) written to %1; combined digest %2.</source>
        <translation>
            <numerusform>Fingerprint of %n file written to %1; combined digest %2.</numerusform>
            <numerusform>Fingerprint of %n files written to %1; combined digest %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>The file name %1 holds a line break or a backslash; a fingerprint cannot name it. Remove it.</source>
        <translation>The file name %1 holds a line break or a backslash; a fingerprint cannot name it. Remove it.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to a folder; a fingerprint does not follow those.</source>
        <translation>%1 is a symbolic link to a folder; a fingerprint does not follow those.</translation>
    </message>
    <message>
        <source>%1 is neither a file nor a folder (a device, socket or broken link).</source>
        <translation>%1 is neither a file nor a folder (a device, socket or broken link).</translation>
    </message>
    <message>
        <source>The install folder %1 does not exist.</source>
        <translation>The install folder %1 does not exist.</translation>
    </message>
    <message>
        <source>No file of ActaCapture was found under %1 (bin/acta*, share/actacapture/).</source>
        <translation>No file of ActaCapture was found under %1 (bin/acta*, share/actacapture/).</translation>
    </message>
    <message>
        <source>%1 is larger than a fingerprint can be (%2 bytes at most).</source>
        <translation>%1 is larger than a fingerprint can be (%2 bytes at most).</translation>
    </message>
    <message>
        <source>%1: the last line does not end with a line feed (a cut-off file?).</source>
        <translation>%1: the last line does not end with a line feed (a cut-off file?).</translation>
    </message>
    <message>
        <source>%1, line %2: the file name must be relative to the install folder and stay in it.</source>
        <translation>%1, line %2: the file name must be relative to the install folder and stay in it.</translation>
    </message>
    <message>
        <source>%1, line %2: %3 is listed twice (also line %4).</source>
        <translation>%1, line %2: %3 is listed twice (also line %4).</translation>
    </message>
    <message>
        <source>%1 lists no file.</source>
        <translation>%1 lists no file.</translation>
    </message>
    <message>
        <source>%1: its combined digest (%2) is not the digest of the files it lists (%3): the file was edited.</source>
        <translation>%1: its combined digest (%2) is not the digest of the files it lists (%3): the file was edited.</translation>
    </message>
    <message>
        <source>Cannot read the fingerprint %1: %2</source>
        <translation>Cannot read the fingerprint %1: %2</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>not a file</translation>
    </message>
    <message>
        <source>differs: %1 (its content is not the reference&apos;s)</source>
        <translation>differs: %1 (its content is not the reference&apos;s)</translation>
    </message>
    <message>
        <source>missing: %1 (in the reference, not installed)</source>
        <translation>missing: %1 (in the reference, not installed)</translation>
    </message>
    <message>
        <source>extra: %1 (installed, not in the reference)</source>
        <translation>extra: %1 (installed, not in the reference)</translation>
    </message>
    <message>
        <source>%1, line %2: expected a SHA-256 (64 lowercase hex digits), two spaces and a file name.</source>
        <translation>%1, line %2: expected a SHA-256 (64 lowercase hex digits), two spaces and a file name.</translation>
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
        <translation>Open the station</translation>
    </message>
    <message>
        <source>Station passphrase:</source>
        <translation>Station passphrase:</translation>
    </message>
    <message>
        <source>Open station</source>
        <translation>Open station</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>%1 (statement &quot;%2&quot; on %3): %4</source>
        <translation>%1 (statement &quot;%2&quot; on %3): %4</translation>
    </message>
    <message>
        <source>Could not bind parameter %1</source>
        <translation>Could not bind parameter %1</translation>
    </message>
    <message>
        <source>The statement &quot;%1&quot; has no parameter named %2.</source>
        <translation>The statement &quot;%1&quot; has no parameter named %2.</translation>
    </message>
    <message>
        <source>Could not run the statement</source>
        <translation>Could not run the statement</translation>
    </message>
    <message>
        <source>Could not clear the parameters</source>
        <translation>Could not clear the parameters</translation>
    </message>
    <message>
        <source>The query &quot;%1&quot; returned no row.</source>
        <translation>The query &quot;%1&quot; returned no row.</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Cannot remove %1.</translation>
    </message>
    <message>
        <source>%1 has no station record: it was never initialised completely.</source>
        <translation>%1 has no station record: it was never initialised completely.</translation>
    </message>
    <message>
        <source>The station passphrase is too short: it needs at least 12 characters.</source>
        <translation>The station passphrase is too short: it needs at least 12 characters.</translation>
    </message>
    <message>
        <source>The station needs a name.</source>
        <translation>The station needs a name.</translation>
    </message>
    <message>
        <source>Cannot create the station folder %1.</source>
        <translation>Cannot create the station folder %1.</translation>
    </message>
    <message>
        <source>There is no station in %1 (no station.db). Create one with init-station.</source>
        <translation>There is no station in %1 (no station.db). Create one with init-station.</translation>
    </message>
    <message>
        <source>%1 (%2) may not back up the station.</source>
        <translation>%1 (%2) may not back up the station.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another backup file.</source>
        <translation>%1 already exists; choose another backup file.</translation>
    </message>
    <message>
        <source>The backup cannot be written over the station itself.</source>
        <translation>The backup cannot be written over the station itself.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>Cannot write the backup %1: %2</translation>
    </message>
    <message>
        <source>Cannot move the backup&apos;s keying file to %1.</source>
        <translation>Cannot move the backup&apos;s keying file to %1.</translation>
    </message>
    <message>
        <source>Cannot move the backup to %1.</source>
        <translation>Cannot move the backup to %1.</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>The backup to %1 failed: %2</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>The backup %1 does not exist.</translation>
    </message>
    <message>
        <source>The backup %1 has no keying file beside it (%2).</source>
        <translation>The backup %1 has no keying file beside it (%2).</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 into %2 to check it.</source>
        <translation>Cannot copy the backup %1 into %2 to check it.</translation>
    </message>
    <message>
        <source>The backup cannot be used: %1</source>
        <translation>The backup cannot be used: %1</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation>The backup %1 is damaged: %2</translation>
    </message>
    <message>
        <source>The backup %1 has schema version %2, which this ActaCapture cannot use.</source>
        <translation>The backup %1 has schema version %2, which this ActaCapture cannot use.</translation>
    </message>
    <message>
        <source>The backup&apos;s audit log does not verify: %1</source>
        <translation>The backup&apos;s audit log does not verify: %1</translation>
    </message>
    <message>
        <source>Cannot set the current station aside as %1.</source>
        <translation>Cannot set the current station aside as %1.</translation>
    </message>
    <message>
        <source>Cannot set the current keying file aside as %1.</source>
        <translation>Cannot set the current keying file aside as %1.</translation>
    </message>
    <message>
        <source>Cannot put the checked backup in place as %1.</source>
        <translation>Cannot put the checked backup in place as %1.</translation>
    </message>
    <message>
        <source>%1 (%2) may not change the station passphrase.</source>
        <translation>%1 (%2) may not change the station passphrase.</translation>
    </message>
    <message>
        <source>The station %1 has no signing key.</source>
        <translation>The station %1 has no signing key.</translation>
    </message>
    <message>
        <source>The signing key of station %1 is damaged.</source>
        <translation>The signing key of station %1 is damaged.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be brought to this version&apos;s schema: %2</source>
        <translation>The backup %1 cannot be brought to this version&apos;s schema: %2</translation>
    </message>
    <message>
        <source>%1 (%2) may not restore the station: only an administrator of the backup may.</source>
        <translation>%1 (%2) may not restore the station: only an administrator of the backup may.</translation>
    </message>
    <message>
        <source>%1 (%2) may not replace the station&apos;s signing key.</source>
        <translation>%1 (%2) may not replace the station&apos;s signing key.</translation>
    </message>
    <message>
        <source>drill (simulacro)</source>
        <translation>drill (simulacro)</translation>
    </message>
    <message>
        <source>production</source>
        <translation>production</translation>
    </message>
    <message>
        <source>The station in %1 is a %2 station; this program was opened for a %3 station. A drill never shares a store with the operational count: open a drill station with --simulation (or from the trainer&apos;s screen), the operational one without it.</source>
        <translation>The station in %1 is a %2 station; this program was opened for a %3 station. A drill never shares a store with the operational count: open a drill station with --simulation (or from the trainer&apos;s screen), the operational one without it.</translation>
    </message>
    <message>
        <source>The backup %1 is of a %2 station; this is a restore for a %3 station.</source>
        <translation>The backup %1 is of a %2 station; this is a restore for a %3 station.</translation>
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
        <translation>Data entries</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Recognition readings</source>
        <translation>Recognition readings</translation>
    </message>
    <message>
        <source>Records to send (outbox)</source>
        <translation>Records to send (outbox)</translation>
    </message>
    <message>
        <source>Hub receipts</source>
        <translation>Hub receipts</translation>
    </message>
    <message>
        <source>Hub refusals</source>
        <translation>Hub refusals</translation>
    </message>
    <message>
        <source>Drills loaded</source>
        <translation>Drills loaded</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>audit entries &quot;%1&quot; (not a set-up event): %2</source>
        <translation>audit entries &quot;%1&quot; (not a set-up event): %2</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Audit entries by kind</source>
        <translation>Audit entries by kind</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Audit entries</translation>
    </message>
    <message>
        <source>Audit chain intact</source>
        <translation>Audit chain intact</translation>
    </message>
    <message>
        <source>Audit head: entry</source>
        <translation>Audit head: entry</translation>
    </message>
    <message>
        <source>Audit head: hash</source>
        <translation>Audit head: hash</translation>
    </message>
    <message>
        <source>, disabled</source>
        <translation>, disabled</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Hubs</source>
        <translation>Hubs</translation>
    </message>
    <message>
        <source>Hubs the station sends to (name, address, key)</source>
        <translation>Hubs the station sends to (name, address, key)</translation>
    </message>
    <message>
        <source>%1: no receipt</source>
        <translation>%1: no receipt</translation>
    </message>
    <message>
        <source>%1: unreadable receipt (%2)</source>
        <translation>%1: unreadable receipt (%2)</translation>
    </message>
    <message>
        <source>%1: record %2 (%3 v%4), received %5, record SHA-256 %6</source>
        <translation>%1: record %2 (%3 v%4), received %5, record SHA-256 %6</translation>
    </message>
    <message>
        <source>; audit head witnessed: entry %1, hash %2</source>
        <translation>; audit head witnessed: entry %1, hash %2</translation>
    </message>
    <message>
        <source>Last receipt of each hub</source>
        <translation>Last receipt of each hub</translation>
    </message>
    <message>
        <source>Records to send</source>
        <translation>Records to send</translation>
    </message>
    <message>
        <source>Acknowledged by the hubs</source>
        <translation>Acknowledged by the hubs</translation>
    </message>
    <message>
        <source>Not yet acknowledged</source>
        <translation>Not yet acknowledged</translation>
    </message>
    <message>
        <source>Refused for good (record, hub)</source>
        <translation>Refused for good (record, hub)</translation>
    </message>
    <message>
        <source>Actas by state</source>
        <translation>Actas by state</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Under the PREP rules</source>
        <translation>Under the PREP rules</translation>
    </message>
    <message>
        <source>Actas expected (catalog)</source>
        <translation>Actas expected (catalog)</translation>
    </message>
    <message>
        <source>Actas received</source>
        <translation>Actas received</translation>
    </message>
    <message>
        <source>Actas verified</source>
        <translation>Actas verified</translation>
    </message>
    <message>
        <source>Actas counted (CONTABILIZADA 1)</source>
        <translation>Actas counted (CONTABILIZADA 1)</translation>
    </message>
    <message>
        <source>Final actas by OBSERVACIONES</source>
        <translation>Final actas by OBSERVACIONES</translation>
    </message>
    <message>
        <source>The start of operations is certified against a reference fingerprint: name the file the auditors made (actacapture fingerprint --output FILE).</source>
        <translation>The start of operations is certified against a reference fingerprint: name the file the auditors made (actacapture fingerprint --output FILE).</translation>
    </message>
    <message>
        <source>The installed software is not the reference&apos;s:
%1</source>
        <translation>The installed software is not the reference&apos;s:
%1</translation>
    </message>
    <message>
        <source>The store is not blank, so the start of operations cannot be certified:
%1</source>
        <translation>The store is not blank, so the start of operations cannot be certified:
%1</translation>
    </message>
    <message>
        <source>Software at the close</source>
        <translation>Software at the close</translation>
    </message>
    <message>
        <source>Differences from the reference</source>
        <translation>Differences from the reference</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>The account %1 is disabled.</translation>
    </message>
    <message>
        <source>%1 may not certify the station (administrators only).</source>
        <translation>%1 may not certify the station (administrators only).</translation>
    </message>
    <message>
        <source>The audit log&apos;s chain is broken at entry %1, so the start of operations cannot be certified.</source>
        <translation>The audit log&apos;s chain is broken at entry %1, so the start of operations cannot be certified.</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Election</translation>
    </message>
    <message>
        <source>Election template</source>
        <translation>Election template</translation>
    </message>
    <message>
        <source>Template version</source>
        <translation>Template version</translation>
    </message>
    <message>
        <source>Casillas in the catalog</source>
        <translation>Casillas in the catalog</translation>
    </message>
</context>
<context>
    <name>StationKeyList</name>
    <message>
        <source>The key of station %1 cannot be published: it lacks its id, key or enrollment time.</source>
        <translation>The key of station %1 cannot be published: it lacks its id, key or enrollment time.</translation>
    </message>
    <message>
        <source>%1 has %2 bytes, more than the %3 allowed.</source>
        <translation>%1 has %2 bytes, more than the %3 allowed.</translation>
    </message>
    <message>
        <source>$.format: expected &quot;%1&quot;</source>
        <translation>$.format: expected &quot;%1&quot;</translation>
    </message>
    <message>
        <source>$.keys: expected an array</source>
        <translation>$.keys: expected an array</translation>
    </message>
    <message>
        <source>%1: expected a station id, a %2-byte public key in base64 and an enrollment time</source>
        <translation>%1: expected a station id, a %2-byte public key in base64 and an enrollment time</translation>
    </message>
    <message>
        <source>%1.fingerprint: not the fingerprint of its public key</source>
        <translation>%1.fingerprint: not the fingerprint of its public key</translation>
    </message>
    <message>
        <source>%1.revoked_at: expected a UTC time or null</source>
        <translation>%1.revoked_at: expected a UTC time or null</translation>
    </message>
</context>
<context>
    <name>StationSettings</name>
    <message>
        <source>The stored idle lock time &quot;%1&quot; is not a number of minutes.</source>
        <translation>The stored idle lock time &quot;%1&quot; is not a number of minutes.</translation>
    </message>
    <message>
        <source>A production station must lock when left alone: choose between %1 and %2 minutes.</source>
        <translation>A production station must lock when left alone: choose between %1 and %2 minutes.</translation>
    </message>
    <message>
        <source>The idle lock time must be between %1 and %2 minutes, not %3.</source>
        <translation>The idle lock time must be between %1 and %2 minutes, not %3.</translation>
    </message>
    <message>
        <source>The hot folder must be given by its full path, not &quot;%1&quot;.</source>
        <translation>The hot folder must be given by its full path, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The hot folder %1 does not exist or is not a folder.</source>
        <translation>The hot folder %1 does not exist or is not a folder.</translation>
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
        <translation>Version, Qt and the software fingerprint (F1)</translation>
    </message>
    <message>
        <source>Locks the station; only you can unlock it (Ctrl+Shift+L)</source>
        <translation>Locks the station; only you can unlock it (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>About…</source>
        <translation>About…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Ends your session (Ctrl+Shift+Q)</source>
        <translation>Ends your session (Ctrl+Shift+Q)</translation>
    </message>
</context>
<context>
    <name>SyncRecordJson</name>
    <message>
        <source>%1: missing</source>
        <translation>%1: missing</translation>
    </message>
    <message>
        <source>%1: expected a string</source>
        <translation>%1: expected a string</translation>
    </message>
    <message>
        <source>%1: must not be empty</source>
        <translation>%1: must not be empty</translation>
    </message>
    <message>
        <source>%1: expected a string or null</source>
        <translation>%1: expected a string or null</translation>
    </message>
    <message>
        <source>%1: expected an integer</source>
        <translation>%1: expected an integer</translation>
    </message>
    <message>
        <source>%1: %2 is outside %3..%4</source>
        <translation>%1: %2 is outside %3..%4</translation>
    </message>
    <message>
        <source>%1: expected true or false</source>
        <translation>%1: expected true or false</translation>
    </message>
    <message>
        <source>%1: expected a UTC time like 2027-06-06T18:00:00.000Z</source>
        <translation>%1: expected a UTC time like 2027-06-06T18:00:00.000Z</translation>
    </message>
    <message>
        <source>The record of acta %1 does not survive its own serialization (a time without milliseconds precision or not in UTC?).</source>
        <translation>The record of acta %1 does not survive its own serialization (a time without milliseconds precision or not in UTC?).</translation>
    </message>
    <message>
        <source>%1: unknown field</source>
        <translation>%1: unknown field</translation>
    </message>
    <message>
        <source>%1: expected &quot;%2&quot;, found &quot;%3&quot;</source>
        <translation>%1: expected &quot;%2&quot;, found &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: expected 64 lowercase hexadecimal digits</source>
        <translation>%1: expected 64 lowercase hexadecimal digits</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1: expected an object</translation>
    </message>
    <message>
        <source>%1: a field id must not be empty</source>
        <translation>%1: a field id must not be empty</translation>
    </message>
    <message>
        <source>%1: expected digits without leading zeros, &quot;ILEGIBLE&quot; or &quot;SIN_DATO&quot;, found &quot;%2&quot;</source>
        <translation>%1: expected digits without leading zeros, &quot;ILEGIBLE&quot; or &quot;SIN_DATO&quot;, found &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: expected an array of user ids</source>
        <translation>%1: expected an array of user ids</translation>
    </message>
    <message>
        <source>%1: expected a user id</source>
        <translation>%1: expected a user id</translation>
    </message>
    <message>
        <source>expected 1, 2, 3, 4 or null</source>
        <translation>expected 1, 2, 3, 4 or null</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: expected 1 to %2 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>%1: expected 1 to %2 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an acta key (13 characters such as 210101B010002)</source>
        <translation>%1: &quot;%2&quot; is not an acta key (13 characters such as 210101B010002)</translation>
    </message>
    <message>
        <source>%1: expected at most %2 characters of text without control characters</source>
        <translation>%1: expected at most %2 characters of text without control characters</translation>
    </message>
    <message>
        <source>%1: expected one of &quot;%2&quot;</source>
        <translation>%1: expected one of &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: expected true (left out when false)</source>
        <translation>%1: expected true (left out when false)</translation>
    </message>
    <message>
        <source>%1: not in a sin acta record</source>
        <translation>%1: not in a sin acta record</translation>
    </message>
</context>
<context>
    <name>Tally</name>
    <message>
        <source>Stored value of %1: %2</source>
        <translation>Stored value of %1: %2</translation>
    </message>
    <message>
        <source>Stored field values are not a JSON object: %1</source>
        <translation>Stored field values are not a JSON object: %1</translation>
    </message>
</context>
<context>
    <name>TesseractReader</name>
    <message>
        <source>Tesseract could not start with the language &quot;%1&quot; (is tesseract-ocr-%1 installed?).</source>
        <translation>Tesseract could not start with the language &quot;%1&quot; (is tesseract-ocr-%1 installed?).</translation>
    </message>
    <message>
        <source>The printed header could not be read.</source>
        <translation>The printed header could not be read.</translation>
    </message>
    <message>
        <source>The printed header has no readable &quot;Clave del acta&quot; line.</source>
        <translation>The printed header has no readable &quot;Clave del acta&quot; line.</translation>
    </message>
</context>
<context>
    <name>TrainerView</name>
    <message>
        <source>Generate a drill</source>
        <translation>Generate a drill</translation>
    </message>
    <message>
        <source>Actas:</source>
        <translation>Actas:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <source>Night (minutes):</source>
        <translation>Night (minutes):</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generate</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Run the drill</source>
        <translation>Run the drill</translation>
    </message>
    <message>
        <source>Drill:</source>
        <translation>Drill:</translation>
    </message>
    <message>
        <source>Lasts (minutes):</source>
        <translation>Lasts (minutes):</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Score now</source>
        <translation>Score now</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Cannot start a transaction: the station store is closed.</source>
        <translation>Cannot start a transaction: the station store is closed.</translation>
    </message>
    <message>
        <source>There is no open transaction to commit.</source>
        <translation>There is no open transaction to commit.</translation>
    </message>
    <message>
        <source>Cannot start a transaction on %1: one is already open (a step of it joins with nest()).</source>
        <translation>Cannot start a transaction on %1: one is already open (a step of it joins with nest()).</translation>
    </message>
    <message>
        <source>Cannot write to %1 inside a read-only snapshot.</source>
        <translation>Cannot write to %1 inside a read-only snapshot.</translation>
    </message>
    <message>
        <source>The station store %1 ended the transaction of this action after an earlier failure; nothing of the action was saved.</source>
        <translation>The station store %1 ended the transaction of this action after an earlier failure; nothing of the action was saved.</translation>
    </message>
    <message>
        <source>A step inside this transaction on %1 is still open; nothing was committed.</source>
        <translation>A step inside this transaction on %1 is still open; nothing was committed.</translation>
    </message>
    <message>
        <source>A step of this action on %1 could not be undone, so none of the action is saved.</source>
        <translation>A step of this action on %1 could not be undone, so none of the action is saved.</translation>
    </message>
</context>
<context>
    <name>UpstreamRepository</name>
    <message>
        <source>%1 may not configure where the station sends its actas.</source>
        <translation>%1 may not configure where the station sends its actas.</translation>
    </message>
    <message>
        <source>The hub address %1 is not an https:// URL with a host.</source>
        <translation>The hub address %1 is not an https:// URL with a host.</translation>
    </message>
    <message>
        <source>The endpoint needs a name.</source>
        <translation>The endpoint needs a name.</translation>
    </message>
    <message>
        <source>The CA certificate for %1 is not a PEM certificate.</source>
        <translation>The CA certificate for %1 is not a PEM certificate.</translation>
    </message>
    <message>
        <source>The hub key for %1 must be 32 bytes (64 hex digits), not %2 bytes.</source>
        <translation>The hub key for %1 must be 32 bytes (64 hex digits), not %2 bytes.</translation>
    </message>
    <message>
        <source>There is already an endpoint named %1.</source>
        <translation>There is already an endpoint named %1.</translation>
    </message>
    <message>
        <source>There is no endpoint named %1.</source>
        <translation>There is no endpoint named %1.</translation>
    </message>
    <message>
        <source>Removing %1 would leave fewer endpoints than the quorum of %2; lower the quorum first.</source>
        <translation>Removing %1 would leave fewer endpoints than the quorum of %2; lower the quorum first.</translation>
    </message>
    <message>
        <source>The quorum must be between 1 and the %1 configured endpoint(s), not %2.</source>
        <translation>The quorum must be between 1 and the %1 configured endpoint(s), not %2.</translation>
    </message>
    <message>
        <source>The station holds no image with SHA-256 %1.</source>
        <translation>The station holds no image with SHA-256 %1.</translation>
    </message>
    <message>
        <source>A stored receipt of endpoint %1 does not hold: %2</source>
        <translation>A stored receipt of endpoint %1 does not hold: %2</translation>
    </message>
    <message>
        <source>A stored receipt of endpoint %1 is for station %2, not this one.</source>
        <translation>A stored receipt of endpoint %1 is for station %2, not this one.</translation>
    </message>
    <message>
        <source>The hub key must be 64 hexadecimal digits.</source>
        <translation>The hub key must be 64 hexadecimal digits.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a CA certificate (more than %2 bytes).</source>
        <translation>%1 is too large for a CA certificate (more than %2 bytes).</translation>
    </message>
    <message>
        <source>%1 is not a PEM certificate (no BEGIN CERTIFICATE line).</source>
        <translation>%1 is not a PEM certificate (no BEGIN CERTIFICATE line).</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>The user name &quot;%1&quot; is not valid: use 2 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>The user name &quot;%1&quot; is not valid: use 2 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</translation>
    </message>
    <message>
        <source>The password is too short: it needs at least %1 characters.</source>
        <translation>The password is too short: it needs at least %1 characters.</translation>
    </message>
    <message>
        <source>The password may not be the user name.</source>
        <translation>The password may not be the user name.</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>Not enough memory to hash the password.</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>The account %1 is disabled.</translation>
    </message>
    <message>
        <source>%1 (%2) may not manage users.</source>
        <translation>%1 (%2) may not manage users.</translation>
    </message>
    <message>
        <source>The full name of %1 is empty.</source>
        <translation>The full name of %1 is empty.</translation>
    </message>
    <message>
        <source>The user %1 already exists.</source>
        <translation>The user %1 already exists.</translation>
    </message>
    <message>
        <source>The station already has users; a first administrator can only be created once.</source>
        <translation>The station already has users; a first administrator can only be created once.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>The user %1 is already disabled.</source>
        <translation>The user %1 is already disabled.</translation>
    </message>
    <message>
        <source>Unknown user or wrong password.</source>
        <translation>Unknown user or wrong password.</translation>
    </message>
    <message>
        <source>The account %1 is disabled; ask an administrator.</source>
        <translation>The account %1 is disabled; ask an administrator.</translation>
    </message>
    <message numerus="yes">
        <source>The account %1 is locked after %2 failed logins; try again in %n minute(s).</source>
        <translation>
            <numerusform>The account %1 is locked after %2 failed logins; try again in %n minute.</numerusform>
            <numerusform>The account %1 is locked after %2 failed logins; try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>There is no user %1.</translation>
    </message>
    <message>
        <source>There is no user with id %1.</source>
        <translation>There is no user with id %1.</translation>
    </message>
    <message>
        <source>%1 (%2) may not do this: %3.</source>
        <translation>%1 (%2) may not do this: %3.</translation>
    </message>
    <message>
        <source>%1 is the last enabled administrator: nobody could manage the station after it is disabled.</source>
        <translation>%1 is the last enabled administrator: nobody could manage the station after it is disabled.</translation>
    </message>
    <message>
        <source>The user %1 is not disabled.</source>
        <translation>The user %1 is not disabled.</translation>
    </message>
    <message>
        <source>The account %1 is not locked.</source>
        <translation>The account %1 is not locked.</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Checks a results cut published by an ActaCapture hub: the manifest&apos;s signature with the hub key you trust, every file&apos;s SHA-256, the counters of resultados.csv against its rows, each station&apos;s signature on the records behind the rows and each row against them, and with --images the acta images. Exit status 0 when everything holds, 1 when something does not, 2 on a usage error.</source>
        <translation>Checks a results cut published by an ActaCapture hub: the manifest&apos;s signature with the hub key you trust, every file&apos;s SHA-256, the counters of resultados.csv against its rows, each station&apos;s signature on the records behind the rows and each row against them, and with --images the acta images. Exit status 0 when everything holds, 1 when something does not, 2 on a usage error.</translation>
    </message>
    <message>
        <source>The hub&apos;s public key (64 hex digits or base64) or its fingerprint, taken from an independent channel (the notary&apos;s certificate), not from the cut.</source>
        <translation>The hub&apos;s public key (64 hex digits or base64) or its fingerprint, taken from an independent channel (the notary&apos;s certificate), not from the cut.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>A folder of acta images to check against each row&apos;s SHA.</source>
        <translation>A folder of acta images to check against each row&apos;s SHA.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Signed records to check the rows against (one envelope a line), instead of the cut&apos;s registros.jsonl.</source>
        <translation>Signed records to check the rows against (one envelope a line), instead of the cut&apos;s registros.jsonl.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>cut</source>
        <translation>cut</translation>
    </message>
    <message>
        <source>The publication folder, a folder with one cut&apos;s files, or a cut&apos;s .zip.</source>
        <translation>The publication folder, a folder with one cut&apos;s files, or a cut&apos;s .zip.</translation>
    </message>
    <message>
        <source>Name one cut: a folder or a .zip.</source>
        <translation>Name one cut: a folder or a .zip.</translation>
    </message>
    <message>
        <source>--hub-key is required: the hub key (or its fingerprint) from the notary&apos;s certificate or another channel you trust. The key file inside the cut proves nothing alone.</source>
        <translation>--hub-key is required: the hub key (or its fingerprint) from the notary&apos;s certificate or another channel you trust. The key file inside the cut proves nothing alone.</translation>
    </message>
    <message>
        <source>The stations&apos; keys from a source other than the hub (their enrollment or certificates): one line &quot;STATION_ID FINGERPRINT&quot; a key. A record signed with a key this file does not give its station is a problem.</source>
        <translation>The stations&apos; keys from a source other than the hub (their enrollment or certificates): one line &quot;STATION_ID FINGERPRINT&quot; a key. A record signed with a key this file does not give its station is a problem.</translation>
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
        <translation>[FAIL]</translation>
    </message>
    <message>
        <source>[ -- ]</source>
        <translation>[ -- ]</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Stopped: %1</translation>
    </message>
    <message>
        <source>Result: VERIFIED. Every file is the one the hub signed, the counters agree with the rows, and every row checked agrees with what its station signed.</source>
        <translation>Result: VERIFIED. Every file is the one the hub signed, the counters agree with the rows, and every row checked agrees with what its station signed.</translation>
    </message>
    <message numerus="yes">
        <source>Result: NOT VERIFIED: %n problem(s) found. Each line above says what does not hold and where.</source>
        <translation>
            <numerusform>Result: NOT VERIFIED: %n problem found. Each line above says what does not hold and where.</numerusform>
            <numerusform>Result: NOT VERIFIED: %n problems found. Each line above says what does not hold and where.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>%1 is not a whole ZIP archive: it ends before its own records do.</source>
        <translation>%1 is not a whole ZIP archive: it ends before its own records do.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a ZIP archive this program reads: %2</source>
        <translation>%1 is not a ZIP archive this program reads: %2</translation>
    </message>
    <message>
        <source>it is too short</source>
        <translation>it is too short</translation>
    </message>
    <message>
        <source>it spans several disks</source>
        <translation>it spans several disks</translation>
    </message>
    <message>
        <source>it is a ZIP64 archive</source>
        <translation>it is a ZIP64 archive</translation>
    </message>
    <message>
        <source>it has %1 entries, more than the %2 allowed</source>
        <translation>it has %1 entries, more than the %2 allowed</translation>
    </message>
    <message>
        <source>its central directory lies outside the file</source>
        <translation>its central directory lies outside the file</translation>
    </message>
    <message>
        <source>central directory entry %1 is damaged</source>
        <translation>central directory entry %1 is damaged</translation>
    </message>
    <message>
        <source>entry %1 is encrypted</source>
        <translation>entry %1 is encrypted</translation>
    </message>
    <message>
        <source>entry %1 uses compression method %2</source>
        <translation>entry %1 uses compression method %2</translation>
    </message>
    <message>
        <source>entry %1 is stored with two different sizes</source>
        <translation>entry %1 is stored with two different sizes</translation>
    </message>
    <message>
        <source>entry %1 has a name that is not UTF-8</source>
        <translation>entry %1 has a name that is not UTF-8</translation>
    </message>
    <message>
        <source>it holds %1 twice</source>
        <translation>it holds %1 twice</translation>
    </message>
    <message>
        <source>%1 in %2 has %3 bytes, more than the %4 this program reads.</source>
        <translation>%1 in %2 has %3 bytes, more than the %4 this program reads.</translation>
    </message>
    <message>
        <source>%1 in %2: its local header is damaged.</source>
        <translation>%1 in %2: its local header is damaged.</translation>
    </message>
    <message>
        <source>%1 in %2: its data runs into the central directory.</source>
        <translation>%1 in %2: its data runs into the central directory.</translation>
    </message>
    <message>
        <source>%1 in %2: its compressed data is damaged.</source>
        <translation>%1 in %2: its compressed data is damaged.</translation>
    </message>
    <message>
        <source>zlib could not start inflating %1.</source>
        <translation>zlib could not start inflating %1.</translation>
    </message>
    <message>
        <source>%1 in %2: its CRC-32 does not match; the archive is damaged.</source>
        <translation>%1 in %2: its CRC-32 does not match; the archive is damaged.</translation>
    </message>
    <message>
        <source>its last 22 bytes are not its end of central directory record (a comment, or bytes after the archive)</source>
        <translation>its last 22 bytes are not its end of central directory record (a comment, or bytes after the archive)</translation>
    </message>
    <message>
        <source>it carries an archive comment</source>
        <translation>it carries an archive comment</translation>
    </message>
    <message>
        <source>its central directory does not end where its end record starts (%1 bytes between)</source>
        <translation>its central directory does not end where its end record starts (%1 bytes between)</translation>
    </message>
    <message>
        <source>entry %1 has flags %2, not those of a plain file</source>
        <translation>entry %1 has flags %2, not those of a plain file</translation>
    </message>
    <message>
        <source>entry %1 carries extra fields or a comment</source>
        <translation>entry %1 carries extra fields or a comment</translation>
    </message>
    <message>
        <source>entry %1 starts at byte %2, not right after the entry before it (byte %3)</source>
        <translation>entry %1 starts at byte %2, not right after the entry before it (byte %3)</translation>
    </message>
    <message>
        <source>entry %1 runs into the central directory</source>
        <translation>entry %1 runs into the central directory</translation>
    </message>
    <message>
        <source>entry %1 has no local header where the central directory says</source>
        <translation>entry %1 has no local header where the central directory says</translation>
    </message>
    <message>
        <source>the local header of entry %1 does not say what the central directory says</source>
        <translation>the local header of entry %1 does not say what the central directory says</translation>
    </message>
    <message>
        <source>its central directory holds %1 bytes after its last entry</source>
        <translation>its central directory holds %1 bytes after its last entry</translation>
    </message>
    <message>
        <source>%1 bytes between its last entry and its central directory belong to no entry</source>
        <translation>%1 bytes between its last entry and its central directory belong to no entry</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>the name is empty</source>
        <translation>the name is empty</translation>
    </message>
    <message>
        <source>the name starts with &apos;/&apos;</source>
        <translation>the name starts with &apos;/&apos;</translation>
    </message>
    <message>
        <source>the name contains a backslash; use &apos;/&apos;</source>
        <translation>the name contains a backslash; use &apos;/&apos;</translation>
    </message>
    <message>
        <source>the name contains &apos;:&apos;</source>
        <translation>the name contains &apos;:&apos;</translation>
    </message>
    <message>
        <source>the name contains a control character</source>
        <translation>the name contains a control character</translation>
    </message>
    <message>
        <source>the name is not valid Unicode</source>
        <translation>the name is not valid Unicode</translation>
    </message>
    <message>
        <source>the name is longer than 65535 bytes</source>
        <translation>the name is longer than 65535 bytes</translation>
    </message>
    <message>
        <source>the name has an empty part (&quot;//&quot; or a trailing &apos;/&apos;)</source>
        <translation>the name has an empty part (&quot;//&quot; or a trailing &apos;/&apos;)</translation>
    </message>
    <message>
        <source>the name has a &quot;.&quot; or &quot;..&quot; part</source>
        <translation>the name has a &quot;.&quot; or &quot;..&quot; part</translation>
    </message>
    <message>
        <source>Cannot add &quot;%1&quot; to the archive: %2.</source>
        <translation>Cannot add &quot;%1&quot; to the archive: %2.</translation>
    </message>
    <message>
        <source>Cannot add &quot;%1&quot; to the archive: it is there already.</source>
        <translation>Cannot add &quot;%1&quot; to the archive: it is there already.</translation>
    </message>
    <message>
        <source>Cannot add &quot;%1&quot; to the archive: its modification time is not valid.</source>
        <translation>Cannot add &quot;%1&quot; to the archive: its modification time is not valid.</translation>
    </message>
    <message>
        <source>Cannot add &quot;%1&quot; to the archive: it holds %2 entries, the most a ZIP without ZIP64 can.</source>
        <translation>Cannot add &quot;%1&quot; to the archive: it holds %2 entries, the most a ZIP without ZIP64 can.</translation>
    </message>
    <message>
        <source>Cannot add &quot;%1&quot; to the archive: the archive would reach 4 GiB, the most a ZIP without ZIP64 can hold.</source>
        <translation>Cannot add &quot;%1&quot; to the archive: the archive would reach 4 GiB, the most a ZIP without ZIP64 can hold.</translation>
    </message>
</context>
<context>
    <name>acta::DrillFeeder</name>
    <message>
        <source>A drill lasts at least one minute.</source>
        <translation>A drill lasts at least one minute.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>%1 is already in the hot folder; it was not copied again.</source>
        <translation>%1 is already in the hot folder; it was not copied again.</translation>
    </message>
    <message>
        <source>Cannot copy %1 into the hot folder %2.</source>
        <translation>Cannot copy %1 into the hot folder %2.</translation>
    </message>
    <message>
        <source>The drill&apos;s scan %1 is missing from %2: is this drill %3&apos;s scans folder?</source>
        <translation>The drill&apos;s scan %1 is missing from %2: is this drill %3&apos;s scans folder?</translation>
    </message>
    <message>
        <source>The scan %1 in %2 is not the one drill %3 made (changed, or another drill&apos;s).</source>
        <translation>The scan %1 in %2 is not the one drill %3 made (changed, or another drill&apos;s).</translation>
    </message>
</context>
<context>
    <name>acta::HubServer</name>
    <message>
        <source>There is no %1 %2 in this API.</source>
        <translation>There is no %1 %2 in this API.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Cannot listen on %1:%2: %3</translation>
    </message>
    <message>
        <source>Station %1 sends too fast (at most %2 requests a second); retry in %3 s.</source>
        <translation>Station %1 sends too fast (at most %2 requests a second); retry in %3 s.</translation>
    </message>
    <message>
        <source>Station %1 is not enrolled at this hub.</source>
        <translation>Station %1 is not enrolled at this hub.</translation>
    </message>
    <message>
        <source>Station %1 is enrolled with key %2, not %3.</source>
        <translation>Station %1 is enrolled with key %2, not %3.</translation>
    </message>
    <message>
        <source>The signature does not hold: %1</source>
        <translation>The signature does not hold: %1</translation>
    </message>
    <message>
        <source>A simulation (drill) record is refused by this production hub.</source>
        <translation>A simulation (drill) record is refused by this production hub.</translation>
    </message>
    <message>
        <source>A production record is refused by this simulation (drill) hub.</source>
        <translation>A production record is refused by this simulation (drill) hub.</translation>
    </message>
    <message>
        <source>Sequence %1 of station %2 was already used for another record.</source>
        <translation>Sequence %1 of station %2 was already used for another record.</translation>
    </message>
    <message>
        <source>Station %1 already sent another record as version %2 of acta %3.</source>
        <translation>Station %1 already sent another record as version %2 of acta %3.</translation>
    </message>
    <message>
        <source>already stored: same receipt</source>
        <translation>already stored: same receipt</translation>
    </message>
    <message>
        <source>stored; conflicts with another station&apos;s figures</source>
        <translation>stored; conflicts with another station&apos;s figures</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>stored</translation>
    </message>
    <message>
        <source>The image name must be its SHA-256 in 64 lowercase hex digits.</source>
        <translation>The image name must be its SHA-256 in 64 lowercase hex digits.</translation>
    </message>
    <message>
        <source>The image&apos;s SHA-256 is %1, not the %2 it was sent as.</source>
        <translation>The image&apos;s SHA-256 is %1, not the %2 it was sent as.</translation>
    </message>
    <message>
        <source>No stored record names image %1: send the record first.</source>
        <translation>No stored record names image %1: send the record first.</translation>
    </message>
    <message>
        <source>image stored</source>
        <translation>image stored</translation>
    </message>
    <message>
        <source>image already stored</source>
        <translation>image already stored</translation>
    </message>
    <message>
        <source>Station %1 sent version %2 of acta %3; the next version it may send is %4.</source>
        <translation>Station %1 sent version %2 of acta %3; the next version it may send is %4.</translation>
    </message>
    <message>
        <source>The hub is stopping; send the request again later.</source>
        <translation>The hub is stopping; send the request again later.</translation>
    </message>
    <message>
        <source>The hub already listens.</source>
        <translation>The hub already listens.</translation>
    </message>
    <message>
        <source>The hub needs a TLS certificate and its private key to listen.</source>
        <translation>The hub needs a TLS certificate and its private key to listen.</translation>
    </message>
    <message>
        <source>Too many requests from %1 (at most %2 a second); retry in %3 s.</source>
        <translation>Too many requests from %1 (at most %2 a second); retry in %3 s.</translation>
    </message>
    <message>
        <source>The request body of %1 bytes is over this request&apos;s limit of %2 bytes.</source>
        <translation>The request body of %1 bytes is over this request&apos;s limit of %2 bytes.</translation>
    </message>
    <message>
        <source>The request body is over this request&apos;s limit of %1 bytes.</source>
        <translation>The request body is over this request&apos;s limit of %1 bytes.</translation>
    </message>
    <message>
        <source>already stored under another sequence number: receipt for this one</source>
        <translation>already stored under another sequence number: receipt for this one</translation>
    </message>
    <message>
        <source>Record of template %1; this hub publishes template %2.</source>
        <translation>Record of template %1; this hub publishes template %2.</translation>
    </message>
    <message>
        <source>Acta %1 is not of acta type %2, the one of template %3.</source>
        <translation>Acta %1 is not of acta type %2, the one of template %3.</translation>
    </message>
    <message>
        <source>Acta %1 carries a figure for %2, which template %3 does not have.</source>
        <translation>Acta %1 carries a figure for %2, which template %3 does not have.</translation>
    </message>
    <message numerus="yes">
        <source>Acta %1 carries figures typed by %n person(s); double entry needs two.</source>
        <translation>
            <numerusform>Acta %1 carries figures typed by %n person; double entry needs two.</numerusform>
            <numerusform>Acta %1 carries figures typed by %n persons; double entry needs two.</numerusform>
        </translation>
    </message>
    <message>
        <source>Acta %1 names more than two entries.</source>
        <translation>Acta %1 names more than two entries.</translation>
    </message>
    <message>
        <source>Both entries of acta %1 were typed by %2: double entry needs two people.</source>
        <translation>Both entries of acta %1 were typed by %2: double entry needs two people.</translation>
    </message>
    <message>
        <source>Acta %1 was made final by %2, who typed its first entry.</source>
        <translation>Acta %1 was made final by %2, who typed its first entry.</translation>
    </message>
    <message>
        <source>Station %1 serves districts %2; acta %3 is not in the catalog.</source>
        <translation>Station %1 serves districts %2; acta %3 is not in the catalog.</translation>
    </message>
    <message>
        <source>Station %1 serves districts %2; acta %3 is of district %4.</source>
        <translation>Station %1 serves districts %2; acta %3 is of district %4.</translation>
    </message>
    <message>
        <source>The key of station %1 was revoked at this hub; the station must make a new key and be enrolled again.</source>
        <translation>The key of station %1 was revoked at this hub; the station must make a new key and be enrolled again.</translation>
    </message>
    <message>
        <source>Acta %1 carries a figure for %2, which is not on the ballot of district %3-%4.</source>
        <translation>Acta %1 carries a figure for %2, which is not on the ballot of district %3-%4.</translation>
    </message>
</context>
<context>
    <name>acta::SyncWorker</name>
    <message>
        <source>No upstream hub is configured: add one with &quot;actacapture upstream add&quot;.</source>
        <translation>No upstream hub is configured: add one with &quot;actacapture upstream add&quot;.</translation>
    </message>
    <message>
        <source>The pinned CA certificate of endpoint %1 cannot be read.</source>
        <translation>The pinned CA certificate of endpoint %1 cannot be read.</translation>
    </message>
    <message>
        <source>Outbox record %1 (acta %2) cannot be signed: %3</source>
        <translation>Outbox record %1 (acta %2) cannot be signed: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the hub answered %2 %3</source>
        <translation>%1: the hub answered %2 %3</translation>
    </message>
    <message>
        <source>record %1 (acta %2)</source>
        <translation>record %1 (acta %2)</translation>
    </message>
    <message>
        <source>%1: the hub answered %2</source>
        <translation>%1: the hub answered %2</translation>
    </message>
    <message>
        <source>the receipt is for another record (station %1, seq %2, acta %3)</source>
        <translation>the receipt is for another record (station %1, seq %2, acta %3)</translation>
    </message>
    <message>
        <source>%1: the hub&apos;s receipt does not hold: %2</source>
        <translation>%1: the hub&apos;s receipt does not hold: %2</translation>
    </message>
    <message>
        <source>image of acta %1</source>
        <translation>image of acta %1</translation>
    </message>
    <message>
        <source>The sync worker stopped at once; see the message before this one.</source>
        <translation>The sync worker stopped at once; see the message before this one.</translation>
    </message>
</context>
<context>
    <name>acta::cli::StandardSecretSource</name>
    <message>
        <source>%1 is not set and there is no terminal to ask on.</source>
        <translation>%1 is not set and there is no terminal to ask on.</translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Type it again: </translation>
    </message>
    <message>
        <source>The two entries differ; nothing was changed.</source>
        <translation>The two entries differ; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>acta::gui::AboutDialog</name>
    <message>
        <source>&lt;b style=&quot;font-size:14pt&quot;&gt;ActaCapture&lt;/b&gt;&lt;br&gt;Election results capture station (preliminary results, PREP)</source>
        <translation>&lt;b style=&quot;font-size:14pt&quot;&gt;ActaCapture&lt;/b&gt;&lt;br&gt;Election results capture station (preliminary results, PREP)</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (built with %2)</translation>
    </message>
    <message>
        <source>%1 · id %2 · drill (simulacro)</source>
        <translation>%1 · id %2 · drill (simulacro)</translation>
    </message>
    <message>
        <source>%1 · id %2 · production</source>
        <translation>%1 · id %2 · production</translation>
    </message>
    <message>
        <source>none open yet</source>
        <translation>none open yet</translation>
    </message>
    <message>
        <source>The fingerprint is the SHA-256 of the installed files of ActaCapture. How to check it against the auditors&apos; reference (&lt;tt&gt;actacapture fingerprint --verify FILE&lt;/tt&gt;) and what the notary certifies at the start and close of operations: &lt;tt&gt;%1&lt;/tt&gt;.</source>
        <translation>The fingerprint is the SHA-256 of the installed files of ActaCapture. How to check it against the auditors&apos; reference (&lt;tt&gt;actacapture fingerprint --verify FILE&lt;/tt&gt;) and what the notary certifies at the start and close of operations: &lt;tt&gt;%1&lt;/tt&gt;.</translation>
    </message>
</context>
<context>
    <name>acta::gui::AdjudicationView</name>
    <message numerus="yes">
        <source>Disputes: %n acta(s)</source>
        <translation>
            <numerusform>Disputes: %n acta</numerusform>
            <numerusform>Disputes: %n actas</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a supervisor may adjudicate.</source>
        <translation>Only a supervisor may adjudicate.</translation>
    </message>
    <message>
        <source>Acta %1 is %2: it is not in dispute.</source>
        <translation>Acta %1 is %2: it is not in dispute.</translation>
    </message>
    <message>
        <source>You entered acta %1: a supervisor who entered neither decides.</source>
        <translation>You entered acta %1: a supervisor who entered neither decides.</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Acta %1&lt;/b&gt; · entry 1 by %2, entry 2 by %3 · %n field(s) differ</source>
        <translation>
            <numerusform>&lt;b&gt;Acta %1&lt;/b&gt; · entry 1 by %2, entry 2 by %3 · %n field differs</numerusform>
            <numerusform>&lt;b&gt;Acta %1&lt;/b&gt; · entry 1 by %2, entry 2 by %3 · %n fields differ</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the reason for the decision.</source>
        <translation>Give the reason for the decision.</translation>
    </message>
    <message>
        <source>Decide %1: pick an entry or type a number, ILEGIBLE or SIN DATO.</source>
        <translation>Decide %1: pick an entry or type a number, ILEGIBLE or SIN DATO.</translation>
    </message>
    <message>
        <source>Acta %1 decided and queued for sync.</source>
        <translation>Acta %1 decided and queued for sync.</translation>
    </message>
    <message>
        <source>Give the reason for sending the acta back.</source>
        <translation>Give the reason for sending the acta back.</translation>
    </message>
    <message>
        <source>Acta %1 sent back for re-scan.</source>
        <translation>Acta %1 sent back for re-scan.</translation>
    </message>
    <message>
        <source>Acta %1 sent back for re-capture: both entries will be typed again.</source>
        <translation>Acta %1 sent back for re-capture: both entries will be typed again.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No acta open.&lt;/b&gt; Choose a dispute from the queue.</source>
        <translation>&lt;b&gt;No acta open.&lt;/b&gt; Choose a dispute from the queue.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Entry 1</source>
        <translation>Entry 1</translation>
    </message>
    <message>
        <source>Entry 2</source>
        <translation>Entry 2</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Recognition</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Why: what the image shows, or why it goes back</source>
        <translation>Why: what the image shows, or why it goes back</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>undecided</translation>
    </message>
    <message>
        <source>not a valid value</source>
        <translation>not a valid value</translation>
    </message>
    <message>
        <source>entry 1</source>
        <translation>entry 1</translation>
    </message>
    <message>
        <source>entry 2</source>
        <translation>entry 2</translation>
    </message>
    <message>
        <source>both entries</source>
        <translation>both entries</translation>
    </message>
    <message>
        <source>typed by the supervisor</source>
        <translation>typed by the supervisor</translation>
    </message>
    <message>
        <source>Differ: %1</source>
        <translation>Differ: %1</translation>
    </message>
    <message>
        <source>Entries 1 and 2 differ in this field.</source>
        <translation>Entries 1 and 2 differ in this field.</translation>
    </message>
    <message>
        <source>= Agree</source>
        <translation>= Agree</translation>
    </message>
    <message>
        <source>= Agree, now: %1</source>
        <translation>= Agree, now: %1</translation>
    </message>
    <message>
        <source>Entries 1 and 2 agree in this field.</source>
        <translation>Entries 1 and 2 agree in this field.</translation>
    </message>
    <message>
        <source>No rule warnings for this decision.</source>
        <translation>No rule warnings for this decision.</translation>
    </message>
    <message>
        <source>Check (deciding is still allowed):</source>
        <translation>Check (deciding is still allowed):</translation>
    </message>
    <message numerus="yes">
        <source>Counted or not: known when every field is decided (%n left).</source>
        <translation>
            <numerusform>Counted or not: known when every field is decided (%n left).</numerusform>
            <numerusform>Counted or not: known when every field is decided (%n left).</numerusform>
        </translation>
    </message>
    <message>
        <source>Would NOT be counted: %1.</source>
        <translation>Would NOT be counted: %1.</translation>
    </message>
    <message>
        <source>Would be counted (notes: %1).</source>
        <translation>Would be counted (notes: %1).</translation>
    </message>
    <message>
        <source>Would be counted.</source>
        <translation>Would be counted.</translation>
    </message>
    <message>
        <source>Acta %1 will be decided with these values:</source>
        <translation>Acta %1 will be decided with these values:</translation>
    </message>
    <message>
        <source>entry 1, by %1</source>
        <translation>entry 1, by %1</translation>
    </message>
    <message>
        <source>entry 2, by %1</source>
        <translation>entry 2, by %1</translation>
    </message>
    <message>
        <source>typed by the supervisor (entry 1: %1, entry 2: %2)</source>
        <translation>typed by the supervisor (entry 1: %1, entry 2: %2)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Result: the acta becomes %1 and is queued for sync.</source>
        <translation>Result: the acta becomes %1 and is queued for sync.</translation>
    </message>
    <message numerus="yes">
        <source>Rule warnings (%n):</source>
        <translation>
            <numerusform>Rule warnings (%n):</numerusform>
            <numerusform>Rule warnings (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Acta %1 goes back for re-scan: its image is rejected and it waits for a new scan (state: %2). Both entries are discarded.</source>
        <translation>Acta %1 goes back for re-scan: its image is rejected and it waits for a new scan (state: %2). Both entries are discarded.</translation>
    </message>
    <message>
        <source>Acta %1 goes back for re-capture: both entries are discarded and two clerks type it again (state: %2).</source>
        <translation>Acta %1 goes back for re-capture: both entries are discarded and two clerks type it again (state: %2).</translation>
    </message>
    <message>
        <source>Decide acta %1?</source>
        <translation>Decide acta %1?</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Decide</translation>
    </message>
    <message>
        <source>Nothing was decided: acta %1 stays in dispute.</source>
        <translation>Nothing was decided: acta %1 stays in dispute.</translation>
    </message>
    <message>
        <source>Send acta %1 back?</source>
        <translation>Send acta %1 back?</translation>
    </message>
    <message>
        <source>Send back for re-scan</source>
        <translation>Send back for re-scan</translation>
    </message>
    <message>
        <source>Send back for re-capture</source>
        <translation>Send back for re-capture</translation>
    </message>
    <message>
        <source>Nothing was sent back: acta %1 stays in dispute.</source>
        <translation>Nothing was sent back: acta %1 stays in dispute.</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Zoom in (%1)</source>
        <translation>Zoom in (%1)</translation>
    </message>
    <message>
        <source>Zoom out (%1)</source>
        <translation>Zoom out (%1)</translation>
    </message>
    <message>
        <source>The whole page (%1)</source>
        <translation>The whole page (%1)</translation>
    </message>
    <message>
        <source>Zoom to the selected field on the page</source>
        <translation>Zoom to the selected field on the page</translation>
    </message>
    <message>
        <source>Decide the selected fields with entry 1&apos;s values</source>
        <translation>Decide the selected fields with entry 1&apos;s values</translation>
    </message>
    <message>
        <source>Decide the selected fields with entry 2&apos;s values</source>
        <translation>Decide the selected fields with entry 2&apos;s values</translation>
    </message>
    <message>
        <source>Computed total of this decision: &lt;b&gt;%1&lt;/b&gt; · fields undecided: %2</source>
        <translation>Computed total of this decision: &lt;b&gt;%1&lt;/b&gt; · fields undecided: %2</translation>
    </message>
    <message>
        <source>Computed total: %1</source>
        <translation>Computed total: %1</translation>
    </message>
</context>
<context>
    <name>acta::gui::AdminHubsPanel</name>
    <message>
        <source>Hubs this station sends its actas to</source>
        <translation>Hubs this station sends its actas to</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Hub key (fingerprint)</source>
        <translation>Hub key (fingerprint)</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Re&amp;move…</translation>
    </message>
    <message>
        <source>&amp;Quorum:</source>
        <translation>&amp;Quorum:</translation>
    </message>
    <message>
        <source>How many hubs must hold a record before its acta counts as synced.</source>
        <translation>How many hubs must hold a record before its acta counts as synced.</translation>
    </message>
    <message>
        <source>&amp;Set quorum</source>
        <translation>&amp;Set quorum</translation>
    </message>
    <message>
        <source>Send refused records a&amp;gain</source>
        <translation>Send refused records a&amp;gain</translation>
    </message>
    <message>
        <source>After the cause was fixed at the hub (for example the station&apos;s key enrolled).</source>
        <translation>After the cause was fixed at the hub (for example the station&apos;s key enrolled).</translation>
    </message>
    <message>
        <source>Add a hub</source>
        <translation>Add a hub</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. primary</source>
        <translation>e.g. primary</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>https://host:8443/</source>
        <translation>https://host:8443/</translation>
    </message>
    <message>
        <source>Hub &amp;key:</source>
        <translation>Hub &amp;key:</translation>
    </message>
    <message>
        <source>64 hexadecimal digits</source>
        <translation>64 hexadecimal digits</translation>
    </message>
    <message>
        <source>A hub is trusted only when pinned: give the public key &quot;actahub init&quot; printed (&quot;hub public key&quot;) and, when you add it, choose the CA certificate file (PEM) its TLS certificate chains to.</source>
        <translation>A hub is trusted only when pinned: give the public key &quot;actahub init&quot; printed (&quot;hub public key&quot;) and, when you add it, choose the CA certificate file (PEM) its TLS certificate chains to.</translation>
    </message>
    <message>
        <source>A&amp;dd hub…</source>
        <translation>A&amp;dd hub…</translation>
    </message>
    <message>
        <source>Only an administrator may configure the hubs.</source>
        <translation>Only an administrator may configure the hubs.</translation>
    </message>
    <message>
        <source>The hubs could not be read: %1</source>
        <translation>The hubs could not be read: %1</translation>
    </message>
    <message>
        <source>No hub is configured: the outbox waits, or goes to the hub as a bundle file.</source>
        <translation>No hub is configured: the outbox waits, or goes to the hub as a bundle file.</translation>
    </message>
    <message>
        <source>Quorum: %1 of %2</source>
        <translation>Quorum: %1 of %2</translation>
    </message>
    <message>
        <source>Outbox: %1 records, %2 acknowledged, %3 pending</source>
        <translation>Outbox: %1 records, %2 acknowledged, %3 pending</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) refused by a hub.</source>
        <translation>
            <numerusform>%n record refused by a hub.</numerusform>
            <numerusform>%n records refused by a hub.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hub was not added: %1</source>
        <translation>The hub was not added: %1</translation>
    </message>
    <message>
        <source>give it a name, e.g. primary.</source>
        <translation>give it a name, e.g. primary.</translation>
    </message>
    <message>
        <source>The CA certificate of hub %1</source>
        <translation>The CA certificate of hub %1</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>The hub was not added: no CA certificate was chosen.</source>
        <translation>The hub was not added: no CA certificate was chosen.</translation>
    </message>
    <message>
        <source>Hub %1 added: %2, hub key %3.</source>
        <translation>Hub %1 added: %2, hub key %3.</translation>
    </message>
    <message>
        <source>Remove a hub</source>
        <translation>Remove a hub</translation>
    </message>
    <message>
        <source>Stop sending to the hub %1 (%2)? The receipts it gave are forgotten here; records count as synced only once the remaining hubs hold them.</source>
        <translation>Stop sending to the hub %1 (%2)? The receipts it gave are forgotten here; records count as synced only once the remaining hubs hold them.</translation>
    </message>
    <message>
        <source>&amp;Remove %1</source>
        <translation>&amp;Remove %1</translation>
    </message>
    <message>
        <source>The hub %1 was not removed.</source>
        <translation>The hub %1 was not removed.</translation>
    </message>
    <message>
        <source>The hub %1 was not removed: %2</source>
        <translation>The hub %1 was not removed: %2</translation>
    </message>
    <message>
        <source>Hub %1 removed.</source>
        <translation>Hub %1 removed.</translation>
    </message>
    <message>
        <source>The quorum was not changed: %1</source>
        <translation>The quorum was not changed: %1</translation>
    </message>
    <message>
        <source>Quorum set to %1.</source>
        <translation>Quorum set to %1.</translation>
    </message>
    <message>
        <source>The refused records were not cleared: %1</source>
        <translation>The refused records were not cleared: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n refused record(s) will be sent again.</source>
        <translation>
            <numerusform>%n refused record will be sent again.</numerusform>
            <numerusform>%n refused records will be sent again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acta::gui::AdminSettingsPanel</name>
    <message>
        <source>Locking when idle</source>
        <translation>Locking when idle</translation>
    </message>
    <message>
        <source>&amp;Lock the station after this many minutes without a key or a click:</source>
        <translation>&amp;Lock the station after this many minutes without a key or a click:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <source>Hot folder</source>
        <translation>Hot folder</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>The folder the scanner writes into: each complete scan is taken in while someone who may accept images is logged in, then moved into its processed/ or rejected/ folder.</source>
        <translation>The folder the scanner writes into: each complete scan is taken in while someone who may accept images is logged in, then moved into its processed/ or rejected/ folder.</translation>
    </message>
    <message>
        <source>Only an administrator may change the station&apos;s settings.</source>
        <translation>Only an administrator may change the station&apos;s settings.</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>The settings could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>Not set on this station: the program&apos;s default applies (%n minute(s)).</source>
        <translation>
            <numerusform>Not set on this station: the program&apos;s default applies (%n minute).</numerusform>
            <numerusform>Not set on this station: the program&apos;s default applies (%n minutes).</numerusform>
        </translation>
    </message>
    <message>
        <source>This drill station never locks by itself; lock it with the header&apos;s button.</source>
        <translation>This drill station never locks by itself; lock it with the header&apos;s button.</translation>
    </message>
    <message numerus="yes">
        <source>The station locks after %n minute(s) idle; the work in progress is kept for the same user.</source>
        <translation>
            <numerusform>The station locks after %n minute idle; the work in progress is kept for the same user.</numerusform>
            <numerusform>The station locks after %n minutes idle; the work in progress is kept for the same user.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not set on this station: the program&apos;s default folder</source>
        <translation>Not set on this station: the program&apos;s default folder</translation>
    </message>
    <message>
        <source>The idle lock time was not changed: %1</source>
        <translation>The idle lock time was not changed: %1</translation>
    </message>
    <message>
        <source>Saved: this drill station no longer locks by itself.</source>
        <translation>Saved: this drill station no longer locks by itself.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: the station locks after %n minute(s) idle.</source>
        <translation>
            <numerusform>Saved: the station locks after %n minute idle.</numerusform>
            <numerusform>Saved: the station locks after %n minutes idle.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hot folder the scanner writes into</source>
        <translation>The hot folder the scanner writes into</translation>
    </message>
    <message>
        <source>The hot folder was not changed: no folder was chosen.</source>
        <translation>The hot folder was not changed: no folder was chosen.</translation>
    </message>
    <message>
        <source>The hot folder was not changed: %1</source>
        <translation>The hot folder was not changed: %1</translation>
    </message>
    <message>
        <source>Saved: scans are now taken from %1.</source>
        <translation>Saved: scans are now taken from %1.</translation>
    </message>
</context>
<context>
    <name>acta::gui::AdminUsersPanel</name>
    <message>
        <source>Users of this station</source>
        <translation>Users of this station</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Disable…</translation>
    </message>
    <message>
        <source>The user can no longer log in; the history keeps their name.</source>
        <translation>The user can no longer log in; the history keeps their name.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>Un&amp;lock</translation>
    </message>
    <message>
        <source>Lift the lock after %1 failed logins before its %2 minutes run out.</source>
        <translation>Lift the lock after %1 failed logins before its %2 minutes run out.</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>User &amp;name:</translation>
    </message>
    <message>
        <source>e.g. ana.lopez</source>
        <translation>e.g. ana.lopez</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <source>The password is asked twice, without showing it: at least %1 characters, and not the user name. Users are never deleted, only disabled.</source>
        <translation>The password is asked twice, without showing it: at least %1 characters, and not the user name. Users are never deleted, only disabled.</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Add user…</translation>
    </message>
    <message>
        <source>Only an administrator may manage users.</source>
        <translation>Only an administrator may manage users.</translation>
    </message>
    <message>
        <source>The users could not be read: %1</source>
        <translation>The users could not be read: %1</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation>Password of %1</translation>
    </message>
    <message>
        <source>New password for %1 (at least %2 characters):</source>
        <translation>New password for %1 (at least %2 characters):</translation>
    </message>
    <message>
        <source>Nothing was changed: no password was given.</source>
        <translation>Nothing was changed: no password was given.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nothing was changed: %1</translation>
    </message>
    <message>
        <source>The same password again, to be sure of it:</source>
        <translation>The same password again, to be sure of it:</translation>
    </message>
    <message>
        <source>Nothing was changed: the two passwords differ.</source>
        <translation>Nothing was changed: the two passwords differ.</translation>
    </message>
    <message>
        <source>The user was not added: %1</source>
        <translation>The user was not added: %1</translation>
    </message>
    <message>
        <source>The user was not added: give the person&apos;s full name.</source>
        <translation>The user was not added: give the person&apos;s full name.</translation>
    </message>
    <message>
        <source>User %1 added as %2.</source>
        <translation>User %1 added as %2.</translation>
    </message>
    <message>
        <source>You cannot disable your own account: another administrator must do it, so the station always keeps one who can manage it.</source>
        <translation>You cannot disable your own account: another administrator must do it, so the station always keeps one who can manage it.</translation>
    </message>
    <message>
        <source>Disable a user</source>
        <translation>Disable a user</translation>
    </message>
    <message>
        <source>Disable %1 (%2)? They can no longer log in until an administrator enables them again; what they did stays in the history under their name.</source>
        <translation>Disable %1 (%2)? They can no longer log in until an administrator enables them again; what they did stays in the history under their name.</translation>
    </message>
    <message>
        <source>&amp;Disable %1</source>
        <translation>&amp;Disable %1</translation>
    </message>
    <message>
        <source>%1 was not disabled.</source>
        <translation>%1 was not disabled.</translation>
    </message>
    <message>
        <source>%1 was not disabled: %2</source>
        <translation>%1 was not disabled: %2</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 is disabled.</translation>
    </message>
    <message>
        <source>%1 was not enabled: %2</source>
        <translation>%1 was not enabled: %2</translation>
    </message>
    <message>
        <source>%1 is enabled and can log in again.</source>
        <translation>%1 is enabled and can log in again.</translation>
    </message>
    <message>
        <source>%1 was not unlocked: %2</source>
        <translation>%1 was not unlocked: %2</translation>
    </message>
    <message>
        <source>%1 is unlocked and can log in again.</source>
        <translation>%1 is unlocked and can log in again.</translation>
    </message>
    <message>
        <source>The password of %1 was not changed: %2</source>
        <translation>The password of %1 was not changed: %2</translation>
    </message>
    <message>
        <source>The password of %1 was changed (and any lock lifted). Give it to them in person.</source>
        <translation>The password of %1 was changed (and any lock lifted). Give it to them in person.</translation>
    </message>
</context>
<context>
    <name>acta::gui::AdministrationView</name>
    <message>
        <source>Fingerprint references (*.txt *.reference *.sha256);;All files (*)</source>
        <translation>Fingerprint references (*.txt *.reference *.sha256);;All files (*)</translation>
    </message>
    <message>
        <source>Only an administrator may certify the station.</source>
        <translation>Only an administrator may certify the station.</translation>
    </message>
    <message>
        <source>Each certificate is a PDF for the notary&apos;s and the witnesses&apos; signatures and its JSON twin signed with the station&apos;s key. The start of operations needs the auditors&apos; reference and a blank store; the close of operations states what the store holds at the end. Both are recorded in the audit log (docs/certification.md).</source>
        <translation>Each certificate is a PDF for the notary&apos;s and the witnesses&apos; signatures and its JSON twin signed with the station&apos;s key. The start of operations needs the auditors&apos; reference and a blank store; the close of operations states what the store holds at the end. Both are recorded in the audit log (docs/certification.md).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Id: &lt;tt&gt;%2&lt;/tt&gt; · %3&lt;br&gt;Signing key: &lt;tt&gt;%4&lt;/tt&gt;&lt;br&gt;Folder: %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Id: &lt;tt&gt;%2&lt;/tt&gt; · %3&lt;br&gt;Signing key: &lt;tt&gt;%4&lt;/tt&gt;&lt;br&gt;Folder: %5</translation>
    </message>
    <message>
        <source>Mode: drill (simulacro)</source>
        <translation>Mode: drill (simulacro)</translation>
    </message>
    <message>
        <source>Mode: production</source>
        <translation>Mode: production</translation>
    </message>
    <message>
        <source>SIMULACRO</source>
        <translation>SIMULACRO</translation>
    </message>
    <message>
        <source>Install folder: %1</source>
        <translation>Install folder: %1</translation>
    </message>
    <message>
        <source>Only an administrator may check the software.</source>
        <translation>Only an administrator may check the software.</translation>
    </message>
    <message>
        <source>Verify against a reference</source>
        <translation>Verify against a reference</translation>
    </message>
    <message>
        <source>Comparing the installed files with %1…</source>
        <translation>Comparing the installed files with %1…</translation>
    </message>
    <message>
        <source>The check against %1 could not be made: %2</source>
        <translation>The check against %1 could not be made: %2</translation>
    </message>
    <message>
        <source>Every installed file equals the reference %1 (combined digest %2).</source>
        <translation>Every installed file equals the reference %1 (combined digest %2).</translation>
    </message>
    <message numerus="yes">
        <source>The installed software is NOT the reference&apos;s (%1): %n difference(s).</source>
        <translation>
            <numerusform>The installed software is NOT the reference&apos;s (%1): %n difference.</numerusform>
            <numerusform>The installed software is NOT the reference&apos;s (%1): %n differences.</numerusform>
        </translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>The store could not be read: %1</translation>
    </message>
    <message>
        <source>The store is blank: no acta, entry, image, outbox record or drill, and only set-up events in the audit log. The start of operations can be certified.</source>
        <translation>The store is blank: no acta, entry, image, outbox record or drill, and only set-up events in the audit log. The start of operations can be certified.</translation>
    </message>
    <message>
        <source>The store is not blank, so the start of operations cannot be certified. It holds:</source>
        <translation>The store is not blank, so the start of operations cannot be certified. It holds:</translation>
    </message>
    <message>
        <source>%1: the auditors&apos; reference fingerprint</source>
        <translation>%1: the auditors&apos; reference fingerprint</translation>
    </message>
    <message>
        <source>Nothing was certified: no reference file was chosen.</source>
        <translation>Nothing was certified: no reference file was chosen.</translation>
    </message>
    <message>
        <source>%1: where to write it</source>
        <translation>%1: where to write it</translation>
    </message>
    <message>
        <source>Nothing was certified: no folder was chosen.</source>
        <translation>Nothing was certified: no folder was chosen.</translation>
    </message>
    <message>
        <source>Certifying: reading the installed files and writing the certificate…</source>
        <translation>Certifying: reading the installed files and writing the certificate…</translation>
    </message>
    <message>
        <source>The start of operations was NOT certified.</source>
        <translation>The start of operations was NOT certified.</translation>
    </message>
    <message>
        <source>The close of operations was NOT certified.</source>
        <translation>The close of operations was NOT certified.</translation>
    </message>
    <message>
        <source>The certificate of the start of operations was written and recorded in the audit log.</source>
        <translation>The certificate of the start of operations was written and recorded in the audit log.</translation>
    </message>
    <message>
        <source>The certificate of the close of operations was written and recorded in the audit log.</source>
        <translation>The certificate of the close of operations was written and recorded in the audit log.</translation>
    </message>
    <message>
        <source>PDF, for the notary&apos;s and the witnesses&apos; signatures:
%1

JSON twin, signed with the station&apos;s key:
%2

SHA-256 of the JSON (printed on the PDF):
%3</source>
        <translation>PDF, for the notary&apos;s and the witnesses&apos; signatures:
%1

JSON twin, signed with the station&apos;s key:
%2

SHA-256 of the JSON (printed on the PDF):
%3</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Users</translation>
    </message>
    <message>
        <source>&amp;Hubs</source>
        <translation>&amp;Hubs</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Se&amp;ttings</translation>
    </message>
</context>
<context>
    <name>acta::gui::DashboardView</name>
    <message>
        <source>Your role may not see the dashboard.</source>
        <translation>Your role may not see the dashboard.</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>The figures could not be read: %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Waiting for upstream</source>
        <translation>Waiting for upstream</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Oldest waiting since</source>
        <translation>Oldest waiting since</translation>
    </message>
    <message>
        <source>Oldest waiting for (minutes)</source>
        <translation>Oldest waiting for (minutes)</translation>
    </message>
    <message>
        <source>Last acknowledgement</source>
        <translation>Last acknowledgement</translation>
    </message>
    <message>
        <source>Nothing acknowledged for 15 minutes or more: check the link to the hub.</source>
        <translation>Nothing acknowledged for 15 minutes or more: check the link to the hub.</translation>
    </message>
    <message>
        <source>Outside the catalog (not expected)</source>
        <translation>Outside the catalog (not expected)</translation>
    </message>
    <message>
        <source>(identity unreadable)</source>
        <translation>(identity unreadable)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 expected actas received (%3 %) · &lt;b&gt;%4&lt;/b&gt; verified (%5 %) · &lt;b&gt;%6&lt;/b&gt; counted (%7 %) · &lt;b&gt;%8&lt;/b&gt; with observaciones · &lt;b&gt;%9&lt;/b&gt; waiting for sync</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; of %2 expected actas received (%3 %) · &lt;b&gt;%4&lt;/b&gt; verified (%5 %) · &lt;b&gt;%6&lt;/b&gt; counted (%7 %) · &lt;b&gt;%8&lt;/b&gt; with observaciones · &lt;b&gt;%9&lt;/b&gt; waiting for sync</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>Your role may not export reports.</source>
        <translation>Your role may not export reports.</translation>
    </message>
    <message>
        <source>states</source>
        <translation>states</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>sync</translation>
    </message>
    <message>
        <source>districts</source>
        <translation>districts</translation>
    </message>
    <message>
        <source>inconsistencies</source>
        <translation>inconsistencies</translation>
    </message>
    <message>
        <source>clerks</source>
        <translation>clerks</translation>
    </message>
    <message>
        <source>dashboard-%1-%2.csv</source>
        <translation>dashboard-%1-%2.csv</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Could not export: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>%1 was written, but the export could not be recorded in the audit log: %2</source>
        <translation>%1 was written, but the export could not be recorded in the audit log: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n row(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n row).</numerusform>
            <numerusform>Saved %1 (%n rows).</numerusform>
        </translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Actas</source>
        <translation>Actas</translation>
    </message>
    <message>
        <source>Outbox records</source>
        <translation>Outbox records</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Received %</source>
        <translation>Received %</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Verified %</source>
        <translation>Verified %</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Counted %</source>
        <translation>Counted %</translation>
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
        <translation>User</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Entry 1</source>
        <translation>Entry 1</translation>
    </message>
    <message>
        <source>Entry 2</source>
        <translation>Entry 2</translation>
    </message>
    <message>
        <source>Adjudications</source>
        <translation>Adjudications</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Last hour</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Per hour</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Compared</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Disagreements</translation>
    </message>
    <message>
        <source>Disagreement %</source>
        <translation>Disagreement %</translation>
    </message>
    <message>
        <source>Casillas of the catalog in the district: one acta each</source>
        <translation>Casillas of the catalog in the district: one acta each</translation>
    </message>
    <message>
        <source>Actas registered at this station, sin acta included</source>
        <translation>Actas registered at this station, sin acta included</translation>
    </message>
    <message>
        <source>Entries 1 and 2 matched, or a third person decided</source>
        <translation>Entries 1 and 2 matched, or a third person decided</translation>
    </message>
    <message>
        <source>Contabilizadas under the PREP counting rules</source>
        <translation>Contabilizadas under the PREP counting rules</translation>
    </message>
    <message>
        <source>Entries 1 and 2 stored in the last 60 minutes</source>
        <translation>Entries 1 and 2 stored in the last 60 minutes</translation>
    </message>
    <message>
        <source>Entries 1 and 2 per hour from the person&apos;s first to last entry (n entries close n - 1 intervals)</source>
        <translation>Entries 1 and 2 per hour from the person&apos;s first to last entry (n entries close n - 1 intervals)</translation>
    </message>
    <message>
        <source>Actas by state</source>
        <translation>Actas by state</translation>
    </message>
    <message>
        <source>Sync with the upstream center</source>
        <translation>Sync with the upstream center</translation>
    </message>
    <message>
        <source>Actas by district</source>
        <translation>Actas by district</translation>
    </message>
    <message>
        <source>Actas with observaciones</source>
        <translation>Actas with observaciones</translation>
    </message>
    <message>
        <source>Entries by clerk</source>
        <translation>Entries by clerk</translation>
    </message>
    <message>
        <source>By district</source>
        <translation>By district</translation>
    </message>
    <message>
        <source>Inconsistencies (%1)</source>
        <translation>Inconsistencies (%1)</translation>
    </message>
    <message>
        <source>Inconsistencies</source>
        <translation>Inconsistencies</translation>
    </message>
    <message>
        <source>By clerk</source>
        <translation>By clerk</translation>
    </message>
    <message>
        <source>drill figures, not results</source>
        <translation>drill figures, not results</translation>
    </message>
    <message>
        <source>Why not counted</source>
        <translation>Why not counted</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>OBSERVACIONES exactly as the acta&apos;s record for publication carries them</source>
        <translation>OBSERVACIONES exactly as the acta&apos;s record for publication carries them</translation>
    </message>
    <message>
        <source>Why the PREP rules leave the acta out of the count</source>
        <translation>Why the PREP rules leave the acta out of the count</translation>
    </message>
    <message>
        <source>Actas where this person&apos;s entry 1 or 2 was compared with the other entry and the outcome is known: the two matched, or the figures were decided</source>
        <translation>Actas where this person&apos;s entry 1 or 2 was compared with the other entry and the outcome is known: the two matched, or the figures were decided</translation>
    </message>
    <message>
        <source>Actas where this person&apos;s entry differed on some field from the figures decided after the dispute (by the adjudication, or by the matching entries after a send-back); one per acta. The person whose entry matched the decision is not counted.</source>
        <translation>Actas where this person&apos;s entry differed on some field from the figures decided after the dispute (by the adjudication, or by the matching entries after a send-back); one per acta. The person whose entry matched the decision is not counted.</translation>
    </message>
    <message>
        <source>Actas in dispute with this person&apos;s entry, waiting for the supervisor&apos;s decision: nobody is charged until then</source>
        <translation>Actas in dispute with this person&apos;s entry, waiting for the supervisor&apos;s decision: nobody is charged until then</translation>
    </message>
    <message>
        <source>Disagreements over compared actas</source>
        <translation>Disagreements over compared actas</translation>
    </message>
</context>
<context>
    <name>acta::gui::DrillChart</name>
    <message>
        <source>Minutes since the drill started</source>
        <translation>Minutes since the drill started</translation>
    </message>
    <message>
        <source>Actas (cumulative)</source>
        <translation>Actas (cumulative)</translation>
    </message>
    <message>
        <source>Nothing to chart yet: score the drill once clerks have worked.</source>
        <translation>Nothing to chart yet: score the drill once clerks have worked.</translation>
    </message>
</context>
<context>
    <name>acta::gui::EntryView</name>
    <message>
        <source>Paste is disabled in entry 2: type what the sheet says.</source>
        <translation>Paste is disabled in entry 2: type what the sheet says.</translation>
    </message>
    <message numerus="yes">
        <source>Queue: %n acta(s)</source>
        <translation>
            <numerusform>Queue: %n acta</numerusform>
            <numerusform>Queue: %n actas</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role may not enter data.</source>
        <translation>Your role may not enter data.</translation>
    </message>
    <message>
        <source>Acta %1 is %2: it is not waiting for this entry.</source>
        <translation>Acta %1 is %2: it is not waiting for this entry.</translation>
    </message>
    <message>
        <source>You entered acta %1 first: entry 2 must be typed by another clerk.</source>
        <translation>You entered acta %1 first: entry 2 must be typed by another clerk.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Acta %1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;Acta %1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>No recognition reading for this acta in this session: type every field.</source>
        <translation>No recognition reading for this acta in this session: type every field.</translation>
    </message>
    <message>
        <source>Not counted: %1</source>
        <translation>Not counted: %1</translation>
    </message>
    <message>
        <source>Check (saving is still allowed):</source>
        <translation>Check (saving is still allowed):</translation>
    </message>
    <message>
        <source>%1 is empty: type the figure, or %2 for ILEGIBLE or %3 for SIN DATO.</source>
        <translation>%1 is empty: type the figure, or %2 for ILEGIBLE or %3 for SIN DATO.</translation>
    </message>
    <message>
        <source>Entry 1 of acta %1 saved; it waits for entry 2 by another clerk.</source>
        <translation>Entry 1 of acta %1 saved; it waits for entry 2 by another clerk.</translation>
    </message>
    <message>
        <source>Entry 2 of acta %1 differs from entry 1: the acta goes to a supervisor.</source>
        <translation>Entry 2 of acta %1 differs from entry 1: the acta goes to a supervisor.</translation>
    </message>
    <message>
        <source>Entries 1 and 2 of acta %1 match: verified and queued for sync.</source>
        <translation>Entries 1 and 2 of acta %1 match: verified and queued for sync.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No acta open.&lt;/b&gt; Choose one from the queue.</source>
        <translation>&lt;b&gt;No acta open.&lt;/b&gt; Choose one from the queue.</translation>
    </message>
    <message numerus="yes">
        <source>Not listed: %n acta(s) you entered yourself; another clerk must type this entry.</source>
        <translation>
            <numerusform>Not listed: %n acta you entered yourself; another clerk must type this entry.</numerusform>
            <numerusform>Not listed: %n actas you entered yourself; another clerk must type this entry.</numerusform>
        </translation>
    </message>
    <message>
        <source>check</source>
        <translation>check</translation>
    </message>
    <message>
        <source>Pre-filled by recognition: compare it with the image. Enter confirms it; Ctrl+Enter confirms every pre-filled field on screen and saves.</source>
        <translation>Pre-filled by recognition: compare it with the image. Enter confirms it; Ctrl+Enter confirms every pre-filled field on screen and saves.</translation>
    </message>
    <message>
        <source>type it</source>
        <translation>type it</translation>
    </message>
    <message>
        <source>Recognition was not sure of this field: type what the sheet says.</source>
        <translation>Recognition was not sure of this field: type what the sheet says.</translation>
    </message>
    <message>
        <source>Entered.</source>
        <translation>Entered.</translation>
    </message>
    <message>
        <source>Computed total: &lt;b&gt;%1&lt;/b&gt; · fields left: %2</source>
        <translation>Computed total: &lt;b&gt;%1&lt;/b&gt; · fields left: %2</translation>
    </message>
    <message>
        <source>pre-filled to check: %1</source>
        <translation>pre-filled to check: %1</translation>
    </message>
    <message>
        <source>%1 was pre-filled by recognition and is not confirmed yet: compare it with the image and press Enter, or Ctrl+Enter for every field on screen.</source>
        <translation>%1 was pre-filled by recognition and is not confirmed yet: compare it with the image and press Enter, or Ctrl+Enter for every field on screen.</translation>
    </message>
    <message>
        <source>Now acta %1.</source>
        <translation>Now acta %1.</translation>
    </message>
    <message>
        <source>The queue is empty: new actas appear here as they arrive.</source>
        <translation>The queue is empty: new actas appear here as they arrive.</translation>
    </message>
    <message>
        <source>Keys: digits · Enter next field to fill · Tab/↓ next field · Shift+Tab/↑ previous · %1 %2 · %3 %4 · %5 show the field on the image</source>
        <translation>Keys: digits · Enter next field to fill · Tab/↓ next field · Shift+Tab/↑ previous · %1 %2 · %3 %4 · %5 show the field on the image</translation>
    </message>
    <message>
        <source>Ctrl+Enter (or Enter on Save) confirms the pre-filled fields on screen and saves; then the next acta opens.</source>
        <translation>Ctrl+Enter (or Enter on Save) confirms the pre-filled fields on screen and saves; then the next acta opens.</translation>
    </message>
    <message>
        <source>Ctrl+Enter (or Enter on Save) saves; then the next acta opens.</source>
        <translation>Ctrl+Enter (or Enter on Save) saves; then the next acta opens.</translation>
    </message>
    <message>
        <source>&amp;Save entry 1 (Ctrl+Enter)</source>
        <translation>&amp;Save entry 1 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Save entry 2 (Ctrl+Enter)</source>
        <translation>&amp;Save entry 2 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>The page of acta %1 could not be shown: type every field from the paper sheet, or ask for it to be scanned again.</source>
        <translation>The page of acta %1 could not be shown: type every field from the paper sheet, or ask for it to be scanned again.</translation>
    </message>
    <message numerus="yes">
        <source>%n pre-filled field(s) were not on screen yet: the form shows them now; compare them with the image, then press Ctrl+Enter again.</source>
        <translation>
            <numerusform>%n pre-filled field was not on screen yet: the form shows it now; compare it with the image, then press Ctrl+Enter again.</numerusform>
            <numerusform>%n pre-filled fields were not on screen yet: the form shows them now; compare them with the image, then press Ctrl+Enter again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acta::gui::FieldInput</name>
    <message numerus="yes">
        <source>This field has %n box(es): at most %n digit(s). The %1 was not taken; select the figure to type it again.</source>
        <translation>
            <numerusform>This field has %n box: at most %n digit. The %1 was not taken; select the figure to type it again.</numerusform>
            <numerusform>This field has %n boxes: at most %n digits. The %1 was not taken; select the figure to type it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only digits go in a field (%1 for %2, %3 for %4): “%5” was not taken.</source>
        <translation>Only digits go in a field (%1 for %2, %3 for %4): “%5” was not taken.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a figure of at most %n digit(s): nothing was pasted.</source>
        <translation>
            <numerusform>“%1” is not a figure of at most %n digit: nothing was pasted.</numerusform>
            <numerusform>“%1” is not a figure of at most %n digits: nothing was pasted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acta::gui::HistoryView</name>
    <message>
        <source>Your role may not see acta histories.</source>
        <translation>Your role may not see acta histories.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Acta %1&lt;/b&gt; · now: %2 · %n event(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Acta %1&lt;/b&gt; · now: %2 · %n event</numerusform>
            <numerusform>&lt;b&gt;Acta %1&lt;/b&gt; · now: %2 · %n events</numerusform>
        </translation>
    </message>
    <message>
        <source>station</source>
        <translation>station</translation>
    </message>
    <message>
        <source>When (station time)</source>
        <translation>When (station time)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Recent actas:</source>
        <translation>&amp;Recent actas:</translation>
    </message>
    <message>
        <source>&amp;Recent actas: your role may not see acta histories.</source>
        <translation>&amp;Recent actas: your role may not see acta histories.</translation>
    </message>
    <message>
        <source>&amp;Recent actas: %1</source>
        <translation>&amp;Recent actas: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Recent actas, newest change first (%n):</source>
        <translation>
            <numerusform>&amp;Recent actas, newest change first (%n):</numerusform>
            <numerusform>&amp;Recent actas, newest change first (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Recent actas whose key contains %1 (%n):</source>
        <translation>
            <numerusform>&amp;Recent actas whose key contains %1 (%n):</numerusform>
            <numerusform>&amp;Recent actas whose key contains %1 (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a CLAVE_ACTA, or a part of it, or pick an acta from the list.</source>
        <translation>Type a CLAVE_ACTA, or a part of it, or pick an acta from the list.</translation>
    </message>
    <message>
        <source>≠ differs</source>
        <translation>≠ differs</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>who typed an entry, and when</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>not typed</source>
        <translation>not typed</translation>
    </message>
    <message>
        <source>No figures were typed for this acta.</source>
        <translation>No figures were typed for this acta.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Entry 1:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Entry 1:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Entry 2:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Entry 2:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decision:&lt;/b&gt; %1 · reason: %2</source>
        <translation>&lt;b&gt;Decision:&lt;/b&gt; %1 · reason: %2</translation>
    </message>
    <message>
        <source>Entries 1 and 2 agree in every field.</source>
        <translation>Entries 1 and 2 agree in every field.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ between entries 1 and 2 (marked ≠).</source>
        <translation>
            <numerusform>%n field differs between entries 1 and 2 (marked ≠).</numerusform>
            <numerusform>%n fields differ between entries 1 and 2 (marked ≠).</numerusform>
        </translation>
    </message>
    <message>
        <source>No final values yet: the acta is %1.</source>
        <translation>No final values yet: the acta is %1.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Entry 1</source>
        <translation>Entry 1</translation>
    </message>
    <message>
        <source>Entry 2</source>
        <translation>Entry 2</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Entries differ?</source>
        <translation>Entries differ?</translation>
    </message>
    <message>
        <source>Acta</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>Type the CLAVE_ACTA or any part of it; Up and Down pick from the list, Enter shows the acta.</source>
        <translation>Type the CLAVE_ACTA or any part of it; Up and Down pick from the list, Enter shows the acta.</translation>
    </message>
</context>
<context>
    <name>acta::gui::HotFolder</name>
    <message>
        <source>%1 is a link or not a folder: the hot folder does not write through it.</source>
        <translation>%1 is a link or not a folder: the hot folder does not write through it.</translation>
    </message>
    <message>
        <source>Cannot open the folder %1: %2</source>
        <translation>Cannot open the folder %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the reason for %1 in %2: %3</source>
        <translation>Cannot write the reason for %1 in %2: %3</translation>
    </message>
    <message>
        <source>Cannot move %1 into %2: %3</source>
        <translation>Cannot move %1 into %2: %3</translation>
    </message>
    <message>
        <source>Cannot move %1 into %2: no free name left.</source>
        <translation>Cannot move %1 into %2: no free name left.</translation>
    </message>
</context>
<context>
    <name>acta::gui::InstalledFingerprint</name>
    <message>
        <source>computing…</source>
        <translation>computing…</translation>
    </message>
    <message>
        <source>cannot be computed</source>
        <translation>cannot be computed</translation>
    </message>
    <message>
        <source>no installation reference</source>
        <translation>no installation reference</translation>
    </message>
    <message>
        <source>equals the installation reference</source>
        <translation>equals the installation reference</translation>
    </message>
    <message numerus="yes">
        <source>does NOT equal the installation reference: %n file(s) differ</source>
        <translation>
            <numerusform>does NOT equal the installation reference: %n file differs</numerusform>
            <numerusform>does NOT equal the installation reference: %n files differ</numerusform>
        </translation>
    </message>
    <message>
        <source>the installation reference cannot be read: %1</source>
        <translation>the installation reference cannot be read: %1</translation>
    </message>
    <message>
        <source>The fingerprint cannot be computed: %1</source>
        <translation>The fingerprint cannot be computed: %1</translation>
    </message>
    <message>
        <source>There is no installation reference (%1) to compare with, as in a build tree.</source>
        <translation>There is no installation reference (%1) to compare with, as in a build tree.</translation>
    </message>
    <message>
        <source>The installed files equal the installation reference (%1).</source>
        <translation>The installed files equal the installation reference (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The installed files do NOT equal the installation reference (%1): %n file(s) differ.</source>
        <translation>
            <numerusform>The installed files do NOT equal the installation reference (%1): %n file differs.</numerusform>
            <numerusform>The installed files do NOT equal the installation reference (%1): %n files differ.</numerusform>
        </translation>
    </message>
    <message>
        <source>The installation reference cannot be read: %1</source>
        <translation>The installation reference cannot be read: %1</translation>
    </message>
    <message>
        <source>Software fingerprint: computing…</source>
        <translation>Software fingerprint: computing…</translation>
    </message>
    <message>
        <source>Software fingerprint: %1 (%2)</source>
        <translation>Software fingerprint: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>acta::gui::IntakeView</name>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>The acta&apos;s identity could not be read or is not in the catalog; the page was not stored.</source>
        <translation>The acta&apos;s identity could not be read or is not in the catalog; the page was not stored.</translation>
    </message>
    <message>
        <source>No identity</source>
        <translation>No identity</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>Not stored</translation>
    </message>
    <message>
        <source>Nobody is logged in: import the file again after logging in.</source>
        <translation>Nobody is logged in: import the file again after logging in.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Acta %1 was already received (%2); this page was not stored again.</source>
        <translation>Acta %1 was already received (%2); this page was not stored again.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Import cancelled. %1 page(s) accepted, %2 not.</source>
        <translation>Import cancelled. %1 page(s) accepted, %2 not.</translation>
    </message>
    <message>
        <source>%1 page(s) accepted, %2 not.</source>
        <translation>%1 page(s) accepted, %2 not.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Acta</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Reason for rejection / notes</source>
        <translation>Reason for rejection / notes</translation>
    </message>
    <message>
        <source>Sample scans for the demo: %1</source>
        <translation>Sample scans for the demo: %1</translation>
    </message>
    <message>
        <source>Nobody is logged in.</source>
        <translation>Nobody is logged in.</translation>
    </message>
    <message>
        <source>Casilla %1 is not in the catalog.</source>
        <translation>Casilla %1 is not in the catalog.</translation>
    </message>
    <message>
        <source>Acta %1 was already received (%2).</source>
        <translation>Acta %1 was already received (%2).</translation>
    </message>
    <message>
        <source>Sin acta</source>
        <translation>Sin acta</translation>
    </message>
    <message>
        <source>Acta %1 recorded as sin acta and queued for sync.</source>
        <translation>Acta %1 recorded as sin acta and queued for sync.</translation>
    </message>
    <message>
        <source>Type its CLAVE_ACTA twice below (identity box).</source>
        <translation>Type its CLAVE_ACTA twice below (identity box).</translation>
    </message>
    <message>
        <source>Identity needed</source>
        <translation>Identity needed</translation>
    </message>
    <message>
        <source>Accepted, check</source>
        <translation>Accepted, check</translation>
    </message>
    <message>
        <source>Duplicate warning: this very file was already stored for acta %1.</source>
        <translation>Duplicate warning: this very file was already stored for acta %1.</translation>
    </message>
    <message>
        <source>Duplicate warning: this page looks like the same sheet as acta %1 (difference %2 of 64).</source>
        <translation>Duplicate warning: this page looks like the same sheet as acta %1 (difference %2 of 64).</translation>
    </message>
    <message>
        <source>No page is waiting for its identity.</source>
        <translation>No page is waiting for its identity.</translation>
    </message>
    <message>
        <source>The two CLAVE_ACTA typed differ; type them again.</source>
        <translation>The two CLAVE_ACTA typed differ; type them again.</translation>
    </message>
    <message>
        <source>Casilla %1 is not in the catalog; check the sheet.</source>
        <translation>Casilla %1 is not in the catalog; check the sheet.</translation>
    </message>
    <message>
        <source>Acta type %1 is not this election&apos;s (%2).</source>
        <translation>Acta type %1 is not this election&apos;s (%2).</translation>
    </message>
    <message>
        <source>Identity typed twice by %1.</source>
        <translation>Identity typed twice by %1.</translation>
    </message>
    <message>
        <source>Acta %1 identified and accepted.</source>
        <translation>Acta %1 identified and accepted.</translation>
    </message>
    <message>
        <source>Actas %1 (the special casilla&apos;s MR and RP actas) recorded as sin acta and queued for sync.</source>
        <translation>Actas %1 (the special casilla&apos;s MR and RP actas) recorded as sin acta and queued for sync.</translation>
    </message>
    <message>
        <source>The refusal could not be recorded in the audit log: %1</source>
        <translation>The refusal could not be recorded in the audit log: %1</translation>
    </message>
    <message>
        <source>The file could not be moved out of %1 (see the log); it is offered again when the station starts.</source>
        <translation>The file could not be moved out of %1 (see the log); it is offered again when the station starts.</translation>
    </message>
    <message>
        <source>The file is kept in %1 with this reason.</source>
        <translation>The file is kept in %1 with this reason.</translation>
    </message>
    <message>
        <source>Not stored: %1 (%2)</source>
        <translation>Not stored: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n more not stored: see the list.</source>
        <translation>
            <numerusform>%n more not stored: see the list.</numerusform>
            <numerusform>%n more not stored: see the list.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hot folder: files a scanner writes into %1 are taken once they stop changing; a file that cannot be stored (cut short, not an image...) is kept in %2 with its reason.</source>
        <translation>Hot folder: files a scanner writes into %1 are taken once they stop changing; a file that cannot be stored (cut short, not an image...) is kept in %2 with its reason.</translation>
    </message>
</context>
<context>
    <name>acta::gui::MainWindow</name>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Coalition</source>
        <translation>Coalition</translation>
    </message>
    <message>
        <source>Independent candidate</source>
        <translation>Independent candidate</translation>
    </message>
    <message>
        <source>Unregistered candidates</source>
        <translation>Unregistered candidates</translation>
    </message>
    <message>
        <source>Null votes</source>
        <translation>Null votes</translation>
    </message>
    <message>
        <source>Leftover ballots</source>
        <translation>Leftover ballots</translation>
    </message>
    <message>
        <source>People who voted</source>
        <translation>People who voted</translation>
    </message>
    <message>
        <source>Representatives who voted</source>
        <translation>Representatives who voted</translation>
    </message>
    <message>
        <source>Votes taken out of the box</source>
        <translation>Votes taken out of the box</translation>
    </message>
    <message>
        <source>Total written on the sheet</source>
        <translation>Total written on the sheet</translation>
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
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Template %2, version %3 · acta type %4 · %n vote field</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Template %2, version %3 · acta type %4 · %n vote fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sample election loaded: %n casilla(s) in the catalog.</source>
        <translation>
            <numerusform>Sample election loaded: %n casilla in the catalog.</numerusform>
            <numerusform>Sample election loaded: %n casillas in the catalog.</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Digits</translation>
    </message>
    <message>
        <source>Counts in total</source>
        <translation>Counts in total</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Casillas</source>
        <translation>Casillas</translation>
    </message>
    <message>
        <source>Voter list</source>
        <translation>Voter list</translation>
    </message>
    <message>
        <source>Casilla key</source>
        <translation>Casilla key</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation>Representatives</translation>
    </message>
    <message>
        <source>Approved ballots</source>
        <translation>Approved ballots</translation>
    </message>
    <message numerus="yes">
        <source>%n approved casilla(s) in %1 district(s) of %2.</source>
        <translation>
            <numerusform>%n approved casilla in %1 district of %2.</numerusform>
            <numerusform>%n approved casillas in %1 districts of %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acta::gui::ProgressChart</name>
    <message>
        <source>Progress over time</source>
        <translation>Progress over time</translation>
    </message>
    <message>
        <source>No actas received yet.</source>
        <translation>No actas received yet.</translation>
    </message>
    <message>
        <source>From %1 to %2 (station time), in buckets of %3 minutes: %4 actas received, %5 verified.</source>
        <translation>From %1 to %2 (station time), in buckets of %3 minutes: %4 actas received, %5 verified.</translation>
    </message>
    <message>
        <source>Received (%1)</source>
        <translation>Received (%1)</translation>
    </message>
    <message>
        <source>Verified (%1)</source>
        <translation>Verified (%1)</translation>
    </message>
    <message>
        <source>Expected (%1)</source>
        <translation>Expected (%1)</translation>
    </message>
    <message>
        <source>Actas</source>
        <translation>Actas</translation>
    </message>
    <message>
        <source>Station time</source>
        <translation>Station time</translation>
    </message>
</context>
<context>
    <name>acta::gui::Session</name>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Sync stopped: %1</translation>
    </message>
    <message>
        <source>No hub configured</source>
        <translation>No hub configured</translation>
    </message>
    <message>
        <source>Offline: retrying</source>
        <translation>Offline: retrying</translation>
    </message>
    <message>
        <source>Sync: %1 of %2 hubs unreachable</source>
        <translation>Sync: %1 of %2 hubs unreachable</translation>
    </message>
    <message>
        <source>Sync: sending</source>
        <translation>Sync: sending</translation>
    </message>
    <message>
        <source>Sync: up to date</source>
        <translation>Sync: up to date</translation>
    </message>
</context>
<context>
    <name>acta::gui::StartView</name>
    <message>
        <source>&lt;b&gt;ActaCapture&lt;/b&gt; · capture station</source>
        <translation>&lt;b&gt;ActaCapture&lt;/b&gt; · capture station</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo station.&lt;/b&gt; Its encrypted store was created in your data folder with fictional data.&lt;br&gt;Passphrase: &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;Every demo user&apos;s password: &lt;tt&gt;%2&lt;/tt&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;User&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Role&lt;/th&gt;&lt;/tr&gt;%3&lt;/table&gt;</source>
        <translation>&lt;b&gt;Demo station.&lt;/b&gt; Its encrypted store was created in your data folder with fictional data.&lt;br&gt;Passphrase: &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;Every demo user&apos;s password: &lt;tt&gt;%2&lt;/tt&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;User&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Role&lt;/th&gt;&lt;/tr&gt;%3&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Station: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Station: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The session of %1 was locked. Log in again to continue where you left off.</source>
        <translation>The session of %1 was locked. Log in again to continue where you left off.</translation>
    </message>
    <message>
        <source>DEMO · SIMULACRO</source>
        <translation>DEMO · SIMULACRO</translation>
    </message>
    <message>
        <source>F1: about ActaCapture</source>
        <translation>F1: about ActaCapture</translation>
    </message>
</context>
<context>
    <name>acta::gui::StationWindow</name>
    <message>
        <source>Your role may not open this view.</source>
        <translation>Your role may not open this view.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>User: %1 · %2</source>
        <translation>User: %1 · %2</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Nobody logged in</source>
        <translation>Nobody logged in</translation>
    </message>
    <message>
        <source>Station: %1</source>
        <translation>Station: %1</translation>
    </message>
    <message>
        <source>Station closed</source>
        <translation>Station closed</translation>
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
        <translation>Intake</translation>
    </message>
    <message>
        <source>Entry 1</source>
        <translation>Entry 1</translation>
    </message>
    <message>
        <source>Entry 2</source>
        <translation>Entry 2</translation>
    </message>
    <message>
        <source>Adjudication</source>
        <translation>Adjudication</translation>
    </message>
    <message>
        <source>Election and catalog</source>
        <translation>Election and catalog</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Entry 1: %1 · Entry 2: %2 · Disputes: %3 · Waiting for sync: %4 · %5</source>
        <translation>Entry 1: %1 · Entry 2: %2 · Disputes: %3 · Waiting for sync: %4 · %5</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>There is no station in %1. Create it with: actacapture init-station</source>
        <translation>There is no station in %1. Create it with: actacapture init-station</translation>
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
        <translation>Drills</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message numerus="yes">
        <source>No activity: the station locks in %n second(s). Press any key to keep working.</source>
        <translation>
            <numerusform>No activity: the station locks in %n second. Press any key to keep working.</numerusform>
            <numerusform>No activity: the station locks in %n seconds. Press any key to keep working.</numerusform>
        </translation>
    </message>
    <message>
        <source>Language of the screens</source>
        <translation>Language of the screens</translation>
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
        <translation>Contingency</translation>
    </message>
    <message>
        <source>Share of the actas</source>
        <translation>Share of the actas</translation>
    </message>
    <message>
        <source>SIM-&lt;seed&gt;-&lt;actas&gt;</source>
        <translation>SIM-&lt;seed&gt;-&lt;actas&gt;</translation>
    </message>
    <message>
        <source>The drill&apos;s scans go into the hot folder %1 as its night goes by.</source>
        <translation>The drill&apos;s scans go into the hot folder %1 as its night goes by.</translation>
    </message>
    <message>
        <source>%1 (started)</source>
        <translation>%1 (started)</translation>
    </message>
    <message>
        <source>Only a trainer may generate drills.</source>
        <translation>Only a trainer may generate drills.</translation>
    </message>
    <message>
        <source>A drill named %1 is already in this station: choose another name or seed.</source>
        <translation>A drill named %1 is already in this station: choose another name or seed.</translation>
    </message>
    <message numerus="yes">
        <source>Drawing %n scan(s)…</source>
        <translation>
            <numerusform>Drawing %n scan…</numerusform>
            <numerusform>Drawing %n scans…</numerusform>
        </translation>
    </message>
    <message>
        <source>Drill %1 ready: %2 scans in %3, %4 package(s) without acta listed in %5. Its answer key is kept in this drill station only.</source>
        <translation>Drill %1 ready: %2 scans in %3, %4 package(s) without acta listed in %5. Its answer key is kept in this drill station only.</translation>
    </message>
    <message>
        <source>No drill is loaded: generate one first.</source>
        <translation>No drill is loaded: generate one first.</translation>
    </message>
    <message>
        <source>Only a trainer may start drills.</source>
        <translation>Only a trainer may start drills.</translation>
    </message>
    <message>
        <source>A drill is already running: stop it first.</source>
        <translation>A drill is already running: stop it first.</translation>
    </message>
    <message>
        <source>%1 of %2 scans are in the hot folder.</source>
        <translation>%1 of %2 scans are in the hot folder.</translation>
    </message>
    <message>
        <source>Every scan of the drill is in the hot folder.</source>
        <translation>Every scan of the drill is in the hot folder.</translation>
    </message>
    <message numerus="yes">
        <source>Drill %1 started: %2 scans over %n minute(s).</source>
        <translation>
            <numerusform>Drill %1 started: %2 scans over %n minute.</numerusform>
            <numerusform>Drill %1 started: %2 scans over %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drill stopped: %1 of %2 scans were played.</source>
        <translation>Drill stopped: %1 of %2 scans were played.</translation>
    </message>
    <message>
        <source>Only a trainer may score drills.</source>
        <translation>Only a trainer may score drills.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 of %3 actas finished · contingencies handled right: %4 of %5 · disputes: %6&lt;br&gt;Intake → capture: median %7, 95%: %8 · capture → verified: median %9, 95%: %10&lt;br&gt;Recognition: %11 of %12 fields right, %13 wrong, %14 left to the clerk</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 of %3 actas finished · contingencies handled right: %4 of %5 · disputes: %6&lt;br&gt;Intake → capture: median %7, 95%: %8 · capture → verified: median %9, 95%: %10&lt;br&gt;Recognition: %11 of %12 fields right, %13 wrong, %14 left to the clerk</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Actas</source>
        <translation>Actas</translation>
    </message>
    <message>
        <source>Keystrokes</source>
        <translation>Keystrokes</translation>
    </message>
    <message>
        <source>Seconds per entry</source>
        <translation>Seconds per entry</translation>
    </message>
    <message>
        <source>Fields wrong</source>
        <translation>Fields wrong</translation>
    </message>
    <message>
        <source>Disputes caused</source>
        <translation>Disputes caused</translation>
    </message>
    <message>
        <source>Disputes right</source>
        <translation>Disputes right</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Handled right</source>
        <translation>Handled right</translation>
    </message>
    <message>
        <source>Injected</source>
        <translation>Injected</translation>
    </message>
    <message>
        <source>Export the drill report as PDF</source>
        <translation>Export the drill report as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Report written to %1.</translation>
    </message>
    <message>
        <source>Export the drill report as CSV</source>
        <translation>Export the drill report as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Generate a drill</source>
        <translation>Generate a drill</translation>
    </message>
    <message>
        <source>Your passphrase for this drill&apos;s answer key (8 characters or more):</source>
        <translation>Your passphrase for this drill&apos;s answer key (8 characters or more):</translation>
    </message>
    <message>
        <source>Type the passphrase again:</source>
        <translation>Type the passphrase again:</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was generated.</source>
        <translation>The two passphrases differ; nothing was generated.</translation>
    </message>
    <message>
        <source>Drill %1</source>
        <translation>Drill %1</translation>
    </message>
    <message>
        <source>The passphrase of this drill&apos;s answer key:</source>
        <translation>The passphrase of this drill&apos;s answer key:</translation>
    </message>
    <message>
        <source>drill %1</source>
        <translation>drill %1</translation>
    </message>
</context>
</TS>
