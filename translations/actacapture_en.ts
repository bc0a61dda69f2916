<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Commands:
  validate-election   Load an election template and catalog and report the first problem.
Without a command, the desktop application starts.</source>
        <translation>Commands:
  validate-election   Load an election template and catalog and report the first problem.
Without a command, the desktop application starts.</translation>
    </message>
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
        <source>Language of messages (es_MX, en).</source>
        <translation>Language of messages (es_MX, en).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
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
    <name>GuiApp</name>
    <message>
        <source>ActaCapture cannot start</source>
        <translation>ActaCapture cannot start</translation>
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
    <name>SampleElection</name>
    <message>
        <source>The embedded sample election is damaged: %1</source>
        <translation>The embedded sample election is damaged: %1</translation>
    </message>
    <message>
        <source>The embedded sample catalog is damaged: %1</source>
        <translation>The embedded sample catalog is damaged: %1</translation>
    </message>
</context>
<context>
    <name>acta</name>
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
</TS>
