<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="sv_SE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="+26"/>
        <source>Om ATAMA</source>
        <translation>About ATAMA</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dokumentation och uppföljning för arbetsterapeuter vid arbetsmarknadsavdelningen. Allt sparas lokalt, i databasfilen nedan.</source>
        <translation>Documentation and follow-up for the occupational therapists of the labour-market unit. Everything is saved locally, in the database file below.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Kopiera</source>
        <translation>Co&amp;py</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kopiera uppgifterna, till exempel till ett mejl till supporten</source>
        <translation>Copy the details, for example into an e-mail to support</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Krypterad (SQLCipher); nycklarna finns i %1</source>
        <translation>Encrypted (SQLCipher); the keys are in %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inte krypterad</source>
        <translation>Not encrypted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Databas</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schemaversion</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kryptering</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Säkerhetskopior</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skrivskydd</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Öppnad skrivskyddat: %1</source>
        <translation>Opened read-only: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qt %1, PySide6 %2</source>
        <translation>Qt %1, PySide6 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kopierat.</source>
        <translation>Copied.</translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message>
        <location filename="../../app/ui/assessment_form.py" line="+62"/>
        <source>Kontrollera mot manualen: %1</source>
        <translation>Check against the manual: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Datum för bedömningen</source>
        <translation>Date of the assessment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signering</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rättelse</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Skala:&lt;/b&gt; %1&lt;br&gt;&lt;i&gt;Tangentbord: siffra väljer steg, N = E/T, Delete rensar, Tab går vidare.&lt;/i&gt;</source>
        <translation>&lt;b&gt;Scale:&lt;/b&gt; %1&lt;br&gt;&lt;i&gt;Keyboard: a digit picks the step, N = N/A, Delete clears, Tab moves on.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Markera som &amp;klar</source>
        <translation>Mark as &amp;complete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Öppna &amp;igen</source>
        <translation>Re&amp;open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si&amp;gnera</source>
        <translation>&amp;Sign</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Makulera…</source>
        <translation>Stri&amp;ke out…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rät&amp;ta…</source>
        <translation>Co&amp;rrect…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>För över målen till &amp;utvecklingsplanen</source>
        <translation>Carry the goals over to the development &amp;plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Visa res&amp;ultat</source>
        <translation>Show res&amp;ults</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (måste fyllas i)</source>
        <translation>%1 (required)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, måste fyllas i</source>
        <translation>%1, required</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&lt;b&gt;Kommentar&lt;/b&gt;</source>
        <translation>&lt;b&gt;Comment&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 · bedömare %2</source>
        <translation>%1 · assessor %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>okänd</source>
        <translation>unknown</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · lämnades med %n obedömda påståenden</source>
        <translation>
            <numerusform> · left with %n unrated statement</numerusform>
            <numerusform> · left with %n unrated statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n påståenden kvar att bedöma</source>
        <translation>
            <numerusform> · %n statement left to rate</numerusform>
            <numerusform> · %n statements left to rate</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>bedömningen från %1</source>
        <translation>the assessment of %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rättad – se %1</source>
        <translation>Corrected – see %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rättelse av %1: %2</source>
        <translation>Correction of %1: %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Obedömda påståenden</source>
        <translation>Unrated statements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Markera bedömningen som klar ändå? Det syns i bedömningen att de lämnades öppna.</source>
        <translation>%1

Mark the assessment as complete anyway? The assessment will show that they were left open.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n mål finns nu i utvecklingsplanen</source>
        <translation>
            <numerusform>%n goal is now in the development plan</numerusform>
            <numerusform>%n goals are now in the development plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> (version %1, %n delmål).</source>
        <translation>
            <numerusform> (version %1, %n sub-goal).</numerusform>
            <numerusform> (version %1, %n sub-goals).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Fanns redan och lades inte till igen: %1.</source>
        <translation> Already there and not added again: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Uppföljningsdatum som redan passerat följde inte med: ange nya i planen.</source>
        <translation> Follow-up dates already passed were not carried over: give new ones in the plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utvecklingsplan</source>
        <translation>Development plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Öppna planen för att komplettera åtgärder, ansvar och datum.</source>
        <translation> Open the plan to add strategies/actions, who is responsible and dates.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Makulera bedömning</source>
        <translation>Strike out assessment</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rätta bedömning</source>
        <translation>Correct assessment</translation>
    </message>
</context>
<context>
    <name>AssessmentResults</name>
    <message>
        <location filename="../../app/ui/assessment_results.py" line="+155"/>
        <source>Resultat %1 %2</source>
        <translation>Results %1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · %2 · bedömare %3 · version %4</source>
        <translation>%1 · %2 · assessor %3 · version %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>okänd</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kontrollera mot manualen</source>
        <translation>check against the manual</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedömda</source>
        <translation>Rated</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 av %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E/T</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summa</source>
        <translation>Sum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medel</source>
        <translation>Mean</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Områden, %1</source>
        <translation>Areas, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inga</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Att arbeta med&lt;/b&gt; (ogynnsam sida av skalan): %1</source>
        <translation>&lt;b&gt;To work on&lt;/b&gt; (unfavourable side of the scale): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Antal per steg: %1 · E/T: %2 · obedömda: %3</source>
        <translation>Count per step: %1 · N/A: %2 · unrated: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Skillnader att ta upp i dialogen&lt;/b&gt; (%1 steg eller mer):</source>
        <translation>&lt;b&gt;Differences to raise in the conversation&lt;/b&gt; (%1 steps or more):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Jämförelse</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jämför med:</source>
        <translation>Compare with:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jämför med bedömning</source>
        <translation>Compare with assessment</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Del</source>
        <translation>Part</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Före</source>
        <translation>Before</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Efter</source>
        <translation>After</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förändring</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Från %1 till %2; positiv förändring = åt det gynnsamma hållet.</source>
        <translation>From %1 to %2; positive change = towards the favourable end.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jämförs inte (finns bara i den ena versionen): %1.</source>
        <translation>Not compared (only in one of the versions): %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Förändring per område</source>
        <translation>Change per area</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Förändring per påstående</source>
        <translation>Change per statement</translation>
    </message>
</context>
<context>
    <name>AssessmentsPanel</name>
    <message>
        <location filename="../../app/ui/assessments_panel.py" line="+39"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedömare</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bedömningar i ärendet</source>
        <translation>Assessments in the case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inga bedömningar ännu. Börja en med Ny bedömning.</source>
        <translation>No assessments yet. Start one with New assessment.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ny bedömning…</source>
        <translation>&amp;New assessment…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;sultat</source>
        <translation>Re&amp;sults</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Förändring över tid</source>
        <translation>Chan&amp;ge over time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Varje områdes medelvärde från första till senaste bedömningen</source>
        <translation>Each area&apos;s mean from the first to the latest assessment</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Instrumentfiler som inte kunde läsas:</source>
        <translation>Instrument files that could not be read:</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../../app/ui/autosave.py" line="+81"/>
        <source>Ändrat…</source>
        <translation>Changed…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Inte sparat: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inte sparat</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ATAMA försöker själv igen om några sekunder.</source>
        <translation>ATAMA will try again by itself in a few seconds.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sparat %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>BackupCounts</name>
    <message numerus="yes">
        <location filename="../../app/ui/backup_dialog.py" line="+54"/>
        <source>%n klienter</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n ärenden</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n anteckningar</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n användare</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location line="+70"/>
        <location line="+7"/>
        <source>Säkerhetskopior</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inga säkerhetskopior ännu. Gör den första med Säkerhetskopiera nu.</source>
        <translation>No backups yet. Make the first with Back up now.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Säkerhetskopiera &amp;nu</source>
        <translation>Back up &amp;now</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Å&amp;terställ…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Byt &amp;mapp…</source>
        <translation>Change &amp;folder…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Mapp: </source>
        <translation>Folder: </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inga säkerhetskopior av den här databasen i mappen än.</source>
        <translation>No backups of this database in the folder yet.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Säkerhetskopierar…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen säkerhetskopia</source>
        <translation>No backup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Säkerhetskopia gjord %1: %2</source>
        <translation>Backup made %1: %2</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Välj mapp för säkerhetskopior</source>
        <translation>Choose a folder for backups</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Valet kunde inte sparas: %1</source>
        <translation>The choice could not be saved: %1</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Lösenord behövs</source>
        <translation>Password needed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kontrollerar säkerhetskopian…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Kan inte återställas</source>
        <translation>Cannot be restored</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Säkerhetskopian är skadad och kan inte återställas: </source>
        <translation>The backup is damaged and cannot be restored: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ersätta databasen med den här säkerhetskopian? Allt som skrivits efter den försvinner ur databasen; den nuvarande filen sparas undan först. Efteråt öppnar ATAMA den återställda databasen och du loggar in igen.</source>
        <translation>Replace the database with this backup? Everything written after it will be gone from the database; the current file is set aside first. Afterwards ATAMA opens the restored database and you sign in again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Återställ säkerhetskopia</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Återställer…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Återställningen misslyckades</source>
        <translation>The restore failed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Återställd</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ATAMA öppnar nu den återställda databasen; logga in igen.</source>
        <translation>ATAMA now opens the restored database; sign in again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Öppna databasen igen.</source>
        <translation>Open the database again.</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="+37"/>
        <source>Ärende %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nytt ärende</source>
        <translation>New case</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remissdatum</source>
        <translation>Referral date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remittent</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Välj…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Målgrupp</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Startdatum på AMA</source>
        <translation>Start date at AMA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remiss&amp;datum</source>
        <translation>&amp;Referral date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ans&amp;varig</source>
        <translation>Res&amp;ponsible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;på AMA</source>
        <translation>Start at &amp;AMA</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Remitterad &amp;av</source>
        <translation>Referred &amp;by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annan &amp;remittent</source>
        <translation>Other re&amp;ferrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;nledning</source>
        <translation>Reaso&amp;n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Målgrupp</source>
        <translation>&amp;Target group</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Klientens situation vid start (för uppföljning)</source>
        <translation>The client&apos;s situation at the start (for follow-up)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Öppna ärende</source>
        <translation>&amp;Open case</translation>
    </message>
</context>
<context>
    <name>CaseMembersDialog</name>
    <message>
        <location filename="../../app/ui/access_dialogs.py" line="+94"/>
        <source>Tillgång till ärende %1</source>
        <translation>Access to case %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ärendet är öppet för den ansvariga (%1) och för dem som läggs till här. Andra måste ange skäl för att öppna det.</source>
        <translation>The case is open to its responsible (%1) and to those added here. Others must give a reason to open it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ingen</source>
        <translation>nobody</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tillagda användare</source>
        <translation>Added users</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Användare att lägga till</source>
        <translation>User to add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lägg till</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ta bort markerad</source>
        <translation>&amp;Remove selected</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bara ärendets ansvariga eller en administratör kan ändra tillgången.</source>
        <translation>Only the case&apos;s responsible or an administrator can change the access.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tillagda:</source>
        <translation>Added:</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../app/ui/case_page.py" line="+57"/>
        <source>Påbörjat</source>
        <translation>Started</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Klart</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Öppnat igen</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedömningar</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insatser</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grupper</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samtycken</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samverkansmöten</source>
        <translation>Collaboration meetings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>För klienten…</source>
        <translation>For the client…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Till Arbetsförmedlingen…</source>
        <translation>To Arbetsförmedlingen (Af)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Till Försäkringskassan…</source>
        <translation>To Försäkringskassan (FK)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Till vården…</source>
        <translation>To the healthcare provider…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Till arbetsgivaren…</source>
        <translation>To the employer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Till IFO/socialtjänsten…</source>
        <translation>To IFO/social services…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Till annan mottagare…</source>
        <translation>To another recipient…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Ändra remissuppgifter…</source>
        <translation>Edit &amp;referral details…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>D&amp;okument</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>&amp;Utvecklingsplan…</source>
        <translation>Development &amp;plan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utvär&amp;dering…</source>
        <translation>Evaluat&amp;ion…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrerat</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steg</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Händelse</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Historik för stegen</source>
        <translation>History of the steps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inget steg är påbörjat ännu. Börja med steg 1, Informera.</source>
        <translation>No step has been started yet. Begin with step 1, Inform.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Ärendets delar</source>
        <translation>Parts of the case</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Avslutet: %1</source>
        <translation>The closure: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svaren: %1</source>
        <translation>The answers: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Avslutat %1</source>
        <translation>Closed %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aktivt</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ärende %1 · %2</source>
        <translation>Case %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remiss %1 från %2 · %3 · Ansvarig: %4</source>
        <translation>Referral %1 from %2 · %3 · Responsible: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · Start på AMA %1</source>
        <translation> · Start at AMA %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Utvecklingsplan</source>
        <translation>&amp;Development plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Bedömningsrapport</source>
        <translation>&amp;Assessment report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Journalkopia</source>
        <translation>&amp;Journal copy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>För klienten, &amp;lättläst…</source>
        <translation>For the client, &amp;easy to read…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Dokumentet kan inte skapas</source>
        <translation>The document cannot be made</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Skapar journalkopian…</source>
        <translation>Making the journal copy…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skapar dokumentet…</source>
        <translation>Making the document…</translation>
    </message>
</context>
<context>
    <name>CaseReasonDialog</name>
    <message>
        <location filename="../../app/ui/access_dialogs.py" line="-93"/>
        <source>Jag täcker upp för en kollega</source>
        <translation>I am covering for a colleague</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klienten har kontaktat mig</source>
        <translation>The client has contacted me</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ärendet ska lämnas över till mig</source>
        <translation>The case is being handed over to me</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Öppna ett ärende som inte är ditt</source>
        <translation>Open a case that is not yours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ärende %1 har %2 som ansvarig, och du är inte tillagd i det. Du kan öppna det om du har skäl, till exempel att du täcker upp för en kollega. Öppningen och skälet loggas och granskas i loggkontrollen.</source>
        <translation>Case %1 has %2 as its responsible, and you have not been added to it. You can open it if you have a reason, for example that you are covering for a colleague. The opening and the reason are logged and checked in the log review.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ingen</source>
        <translation>nobody</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skäl att öppna ärendet</source>
        <translation>Reason for opening the case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Välj eller skriv ett skäl</source>
        <translation>Choose or type a reason</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Skäl</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Öppna ärendet</source>
        <translation>&amp;Open the case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ange ett skäl för att öppna ärendet.</source>
        <translation>Give a reason for opening the case.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skälet får vara högst 500 tecken.</source>
        <translation>The reason may be at most 500 characters.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location line="+82"/>
        <source>Byt lösenord</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nuvarande lösenord</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nytt lösenord</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upprepa det nya lösenordet</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Nuvarande lösenord</source>
        <translation>&amp;Current password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ytt lösenord (minst 8 tecken)</source>
        <translation>&amp;New password (at least 8 characters)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Upprepa det nya</source>
        <translation>&amp;Repeat the new one</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Byt lösenord</source>
        <translation>Change pass&amp;word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../app/ui/client_dialog.py" line="+34"/>
        <source>Redigera klient</source>
        <translation>Edit client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ny klient</source>
        <translation>New client</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ÅÅÅÅMMDD-NNNN</source>
        <translation>YYYYMMDD-NNNN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personen saknar personnummer och samordningsnummer</source>
        <translation>The person has neither a personal identity number nor a coordination number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ÅÅÅÅ</source>
        <translation>YYYY</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kön</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Välj…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Högsta utbildning</source>
        <translation>Highest education</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anonym i statistik (insatsstatistiken; till Finsam avgör samtycket)</source>
        <translation>Anonymous in statistics (intervention statistics; for Finsam the consent decides)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skyddad identitet (dölj personnumret i listor)</source>
        <translation>Protected identity (hide the personal identity number in lists)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Förnamn</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Efternamn</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Personnummer</source>
        <translation>&amp;Personal identity number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Födelse&amp;år</source>
        <translation>&amp;Year of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kön</source>
        <translation>&amp;Gender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Högsta &amp;utbildning</source>
        <translation>Highest &amp;education</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Telefon</source>
        <translation>&amp;Telephone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-p&amp;ost</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Adress</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Samordningsnummer</source>
        <translation>Coordination number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Personnummer</source>
        <translation>Personal identity number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, född %2</source>
        <translation>%1, born %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · kön enligt numret: %1 (kan ändras)</source>
        <translation> · gender from the number: %1 (can be changed)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Ange personnummer eller samordningsnummer, eller kryssa i att personen saknar ett.</source>
        <translation>Enter a personal identity number or coordination number, or tick that the person has none.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Inte sparat</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Det du har skrivit om klienten är inte sparat. Stänga utan att spara?</source>
        <translation>What you typed about the client is not saved. Close without saving?</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <location filename="../../app/ui/client_list_model.py" line="+14"/>
        <source>Inget ärende</source>
        <translation>No case</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personnummer</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ärende</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steg</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvarig</source>
        <translation>Responsible</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <location filename="../../app/ui/client_page.py" line="+44"/>
        <source>Ändra &amp;klientuppgifter…</source>
        <translation>Edit client &amp;details…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Nytt ärende…</source>
        <translation>New &amp;case…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Begäran om ra&amp;dering…</source>
        <translation>Erasure re&amp;quest…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrera klientens begäran om radering och skapa svarsbrevet</source>
        <translation>Record the client&apos;s request for erasure and make the reply letter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ärende</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remiss</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remittent</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Målgrupp</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steg</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvarig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Klientens ärenden</source>
        <translation>The client&apos;s cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klienten har inga ärenden ännu. Öppna ett med Nytt ärende.</source>
        <translation>The client has no cases yet. Open one with New case.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ärenden</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Skyddad identitet</source>
        <translation>Protected identity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anonym i statistik</source>
        <translation>Anonymous in statistics</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Utbildning: %1</source>
        <translation>Education: %1</translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <location filename="../../app/ui/closure_dialog.py" line="+32"/>
        <source>Avsluta ärende %1</source>
        <translation>Close case %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+20"/>
        <source>Avslutsdatum</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Utfall</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Välj…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Utfall</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annat utfall</source>
        <translation>Other outcome</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Varför utan utvärdering?</source>
        <translation>Why without evaluation?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Före (saknas för ärendet)</source>
        <translation>Before (missing for the case)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Efter</source>
        <translation>After</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Avsluta ärendet</source>
        <translation>&amp;Close the case</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Utvärdera är inte klar. Ange varför ärendet avslutas utan utvärdering.</source>
        <translation>Evaluate is not finished. Say why the case is closed without an evaluation.</translation>
    </message>
</context>
<context>
    <name>ConclusionBox</name>
    <message>
        <location filename="../../app/ui/conclusion_box.py" line="+22"/>
        <source>Sammanfattande bedömning (står först i bedömningsrapporten)</source>
        <translation>Summary assessment (comes first in the assessment report)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sammanfattande bedömning</source>
        <translation>Summary assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sammanfattande bedömning av arbetsförmågan</source>
        <translation>Summary assessment of work ability</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rekommendationer</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum för bedömningen</source>
        <translation>Date of the assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spara &amp;bedömningen</source>
        <translation>Save the assess&amp;ment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spara den sammanfattande bedömningen</source>
        <translation>Save the summary assessment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signera be&amp;dömningen</source>
        <translation>Sign the assessmen&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signera den sammanfattande bedömningen</source>
        <translation>Sign the summary assessment</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Arbets&amp;förmåga:</source>
        <translation>&amp;Work ability:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;kommendationer:</source>
        <translation>Re&amp;commendations:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Da&amp;tum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ingen sammanfattande bedömning skriven ännu.</source>
        <translation>No summary assessment written yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1. Den kan inte ändras; skriver du en ny bedömning och signerar den, är det den som står i rapporten.</source>
        <translation>%1. It cannot be changed; if you write a new assessment and sign it, that is the one in the report.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Osignerad: rapporten kan skapas först när bedömningen är signerad.</source>
        <translation>Unsigned: the report can be made once the assessment is signed.</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <location filename="../../app/ui/consent_panel.py" line="+103"/>
        <source>Samtycken</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+15"/>
        <location line="+29"/>
        <source>Mottagare</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Välj…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+56"/>
        <location line="+28"/>
        <source>Annan mottagare</source>
        <translation>Other recipient</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Hur samtycket gavs</source>
        <translation>How the consent was given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum för samtycke</source>
        <translation>Date of consent</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+25"/>
        <location line="+19"/>
        <source>Får lämnas ut</source>
        <translation>May be shared</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Omfattning, med klientens ord</source>
        <translation>Scope, in the client&apos;s words</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>t.ex. utlåtande om arbetsförmåga till handläggaren</source>
        <translation>e.g. statement on work ability to the case officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum för återkallelse</source>
        <translation>Date of withdrawal</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+45"/>
        <source>Hur</source>
        <translation>How</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+44"/>
        <source>Omfattning</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Utvecklingsplan</source>
        <translation>Development plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedömningsrapport</source>
        <translation>Assessment report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journalkopia</source>
        <translation>Journal copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blankett</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informationsblad</source>
        <translation>Information sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ärendelista</source>
        <translation>Case list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uppföljning/SUS</source>
        <translation>Follow-up/SUS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insatser</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instrumentdata</source>
        <translation>Instrument data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importmall</source>
        <translation>Import template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loggutdrag</source>
        <translation>Log extract</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åtkomstlogg</source>
        <translation>Access log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svar på begäran om radering</source>
        <translation>Reply to erasure request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kallelse till möte</source>
        <translation>Meeting invitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mötesanteckningar till klienten</source>
        <translation>Meeting record for the client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klienten</source>
        <translation>The client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vården</source>
        <translation>Healthcare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbetsgivaren</source>
        <translation>The employer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IFO/socialtjänsten</source>
        <translation>IFO/social services</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Återkallat %1</source>
        <translation>Withdrawn %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gäller</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej giltigt än</source>
        <translation>Not yet valid</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Givet</source>
        <translation>Given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inga samtycken ännu. Registrera klientens samtycke innan ni lämnar ut något.</source>
        <translation>No consents yet. Record the client&apos;s consent before you disclose anything.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Samtycket omfattar: %1</source>
        <translation>The consent covers: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Registrera &amp;samtycke</source>
        <translation>Record c&amp;onsent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Återkalla markerat</source>
        <translation>&amp;Withdraw selected</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Till</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapp</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skapade dokument</source>
        <translation>Documents made</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inga dokument skapade ännu. Dokumenten görs under Dokument på ärendet.</source>
        <translation>No documents created yet. Documents are made under Documents on the case.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Skapade dokument&lt;/b&gt; (exportloggen: vad som skapats i ATAMA för ärendet och för vem)</source>
        <translation>&lt;b&gt;Documents made&lt;/b&gt; (the export log: what ATAMA has made for the case, and for whom)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Markera först samtycket som ska återkallas.</source>
        <translation>First select the consent to withdraw.</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../../app/ui/edit_actions.py" line="+56"/>
        <source>Å&amp;ngra</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gör om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klipp &amp;ut</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kopiera</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klistra &amp;in</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Markera allt</source>
        <translation>Select &amp;all</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <location filename="../../app/ui/erasure_dialog.py" line="+18"/>
        <source>Begäran registreras och besvaras med ett brev till klienten: journalen raderas inte, eftersom den ska sparas i minst tio år (patientdatalagen 3 kap. 17 §, GDPR artikel 17.3 b). Brevet berättar vad klienten kan göra i stället. &lt;b&gt;Ingenting raderas.&lt;/b&gt;</source>
        <translation>The request is recorded and answered with a letter to the client: the journal is not erased, since it must be kept for at least ten years (Patientdatalagen chapter 3 section 17, GDPR article 17.3 b). The letter tells the client what they can do instead. &lt;b&gt;Nothing is erased.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Brev</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vid besök</source>
        <translation>At a visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annat sätt</source>
        <translation>Other way</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Begäran om radering – %1</source>
        <translation>Request for erasure – %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Datum då begäran kom in</source>
        <translation>Date the request came in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hur begäran kom in</source>
        <translation>How the request came in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Välj…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vad klienten begär</source>
        <translation>What the client asks for</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Inkom</source>
        <translation>&amp;Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hur</source>
        <translation>&amp;How</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vad klienten begär</source>
        <translation>&amp;What the client asks for</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registreras av</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (besvarad)</source>
        <translation>%1 (answered)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidigare begäran</source>
        <translation>Earlier requests</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registrera och skapa &amp;brev…</source>
        <translation>Record and make the &amp;letter…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Skapar brevet…</source>
        <translation>Making the letter…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skapa &amp;brevet…</source>
        <translation>Make the &amp;letter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <location filename="../../app/ui/evaluation_page.py" line="+38"/>
        <source>Inget instrument har ännu getts två gånger i ärendet, så det finns inget före och efter att jämföra.</source>
        <translation>No instrument has been given twice in the case yet, so there is no before and after to compare.</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Måluppfyllelse i sammanfattning</source>
        <translation>Goal attainment in summary</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bedömningsinstrument, första och senaste</source>
        <translation>Assessment instruments, first and latest</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Utvärdering %1</source>
        <translation>Evaluation %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Utvärdering</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · Ärende %2</source>
        <translation>%1 · Case %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ärendet har ingen utvecklingsplan ännu. Skriv och kom överens om planen först; sedan utvärderas dess mål här.</source>
        <translation>The case has no development plan yet. Write and agree on the plan first; its goals are then evaluated here.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Måluppfyllelse (plan version %1):</source>
        <translation>Goal attainment (plan version %1):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Måluppfyllelse:</source>
        <translation>Goal attainment:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 har getts en gång (%2).</source>
        <translation>%1 has been given once (%2).</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>(%n gånger)</source>
        <translation>
            <numerusform>(%n time)</numerusform>
            <numerusform>(%n times)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Förändring per område, %1</source>
        <translation>Change per area, %1</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <location filename="../../app/ui/export_actions.py" line="+25"/>
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel-arbetsbok (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kalenderfil (*.ics)</source>
        <translation>Calendar file (*.ics)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Spara som</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Klart</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 är sparad i
%2</source>
        <translation>%1 is saved in
%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Öppna filen</source>
        <translation>Open the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Öppna mappen</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Avbruten</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>ForgottenPasswordDialog</name>
    <message>
        <location filename="../../app/ui/encryption_dialogs.py" line="+187"/>
        <source>Nytt lösenord med återställningsnyckeln</source>
        <translation>New password with the recovery key</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Databasen är öppen med återställningsnyckeln. Välj den som glömt sitt lösenord och skriv ett nytt två gånger, eller hoppa över och logga in som vanligt.</source>
        <translation>The database is open with the recovery key. Choose the person who forgot their password and type a new one twice, or skip and sign in as usual.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Användare</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nytt lösenord</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upprepa det nya lösenordet</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nytt lösenord</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Upprepa lösenordet</source>
        <translation>&amp;Repeat the password</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Hoppa över</source>
        <translation>&amp;Skip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Spara lösenordet och logga in</source>
        <translation>Save the password and sign &amp;in</translation>
    </message>
</context>
<context>
    <name>GoalEvaluationBox</name>
    <message>
        <location filename="../../app/ui/evaluation_page.py" line="-213"/>
        <source>Utvärdering av %1</source>
        <translation>Evaluation of %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nuläge för %1</source>
        <translation>Situation now for %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Måluppfyllelse för %1</source>
        <translation>Goal attainment for %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Välj…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orsak för %1 om målet inte nåddes helt</source>
        <translation>Reason for %1 if the goal was not fully reached</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spara utvärderingen</source>
        <translation>Save the evaluation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signera</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nuläge</source>
        <translation>Situation now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Måluppfyllelse</source>
        <translation>Attainment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orsak (om ej helt uppnått)</source>
        <translation>Reason (if not fully reached)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Spara utvärderingen av %1</source>
        <translation>Save the evaluation of %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signera utvärderingen av %1</source>
        <translation>Sign the evaluation of %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mål:</source>
        <translation>Goal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utgångsläge:</source>
        <translation>Baseline:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 · utvärderat %2</source>
        <translation>%1 · evaluated %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ej utvärderat</source>
        <translation>Not evaluated</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../app/ui/encryption_dialogs.py" line="+151"/>
        <source>Bekräfta med ditt lösenord</source>
        <translation>Confirm with your password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ditt lösenord</source>
        <translation>Your password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ditt &amp;lösenord</source>
        <translation>Your &amp;password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fortsätt</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location line="-124"/>
        <source>Återställningsnyckel – visas bara nu</source>
        <translation>Recovery key – shown only now</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Databasen är krypterad. Om alla lösenord glöms bort öppnas den bara med den här nyckeln. Skriv ut den eller skriv av den, och lägg papperet i enhetens kassaskåp. Den visas inte igen och sparas ingenstans i klartext.</source>
        <translation>The database is encrypted. If all passwords are forgotten, it opens only with this key. Print it or copy it down, and put the paper in the unit&apos;s safe. It is not shown again and is stored nowhere in plain text.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Återställningsnyckeln</source>
        <translation>The recovery key</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Jag har skrivit ut eller skrivit av nyckeln och lagt den säkert</source>
        <translation>&amp;I have printed or copied down the key and put it somewhere safe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skriv &amp;ut…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Klart</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ATAMA – återställningsnyckel</source>
        <translation>ATAMA – recovery key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Databas: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gjord: %1</source>
        <translation>Made: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Förvara papperet i enhetens kassaskåp. Med nyckeln kan databasen öppnas om alla lösenord glöms bort (ATAMA: Glömt lösenordet…). Ta inte kopior; en ny nyckel görs i Arkiv-menyn av en administratör, och då slutar den här att gälla.</source>
        <translation>Keep the paper in the unit&apos;s safe. With the key the database can be opened if all passwords are forgotten (ATAMA: Forgot the password…). Make no copies; an administrator makes a new key from the File menu, and this one then stops working.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Det gick inte att spara att nyckeln visats: %1</source>
        <translation>Could not save that the key was shown: %1</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location line="-261"/>
        <source>ATAMA – lås upp säkerhetskopian</source>
        <translation>ATAMA – unlock the backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ATAMA – öppna den krypterade databasen</source>
        <translation>ATAMA – open the encrypted database</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Databasen är krypterad. Välj dig och skriv ditt lösenord.</source>
        <translation>The database is encrypted. Choose yourself and type your password.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Användare</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saknas du i listan? En administratör sätter ett tillfälligt lösenord åt dig (Arkiv › Användare och behörigheter).</source>
        <translation>Not in the list? An administrator sets a temporary password for you (File › Users and permissions).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lösenord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lösenord</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Återställningsnyckel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>åtta grupper om fyra tecken, som på papperet</source>
        <translation>eight groups of four characters, as on the paper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åter&amp;ställningsnyckel</source>
        <translation>Recovery &amp;key</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Glömt lösenordet…</source>
        <translation>&amp;Forgot the password…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Öppna och logga in</source>
        <translation>&amp;Open and sign in</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Skriv återställningsnyckeln från papperet i enhetens kassaskåp. Efter det loggar du in som vanligt; en administratör kan sätta nya lösenord.</source>
        <translation>Type the recovery key from the paper in the unit&apos;s safe. After that you sign in as usual; an administrator can set new passwords.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Öppna med återställningsnyckeln</source>
        <translation>&amp;Open with the recovery key</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+28"/>
        <source>Välj dig i listan först.</source>
        <translation>Choose yourself in the list first.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../app/ui/app.py" line="+95"/>
        <source>Databasen %1 skapades vid en första start som aldrig blev klar: ingen användare sparades och ingen har sett dess återställningsnyckel, så den kan inte öppnas. Den innehåller inget som har skrivits in. Ta bort den och börja om med en ny databas?</source>
        <translation>The database %1 was created at a first start that never finished: no user was saved and nobody has seen its recovery key, so it cannot be opened. It holds nothing that was typed in. Delete it and start again with a new database?</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>den är öppen för ändringar hos %1</source>
        <translation>it is open for changes at %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>filen är skrivskyddad</source>
        <translation>the file is read-only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mappen den ligger i är skrivskyddad</source>
        <translation>its folder is read-only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filen är skadad</source>
        <translation>the file is damaged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disken är full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Ingen har bekräftat att databasens återställningsnyckel är utskriven. Utan den kan databasen inte öppnas om alla lösenord glöms bort. Göra en ny nu?</source>
        <translation>Nobody has confirmed that the database&apos;s recovery key is printed. Without it the database cannot be opened if all passwords are forgotten. Make a new one now?</translation>
    </message>
</context>
<context>
    <name>assessment_results</name>
    <message>
        <location filename="../../app/ui/assessment_results.py" line="-209"/>
        <source>Del</source>
        <translation>Part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medel före</source>
        <translation>Mean before</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medel efter</source>
        <translation>Mean after</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förändring</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Profil för %1</source>
        <translation>Profile for %1</translation>
    </message>
</context>
<context>
    <name>assessment_texts</name>
    <message>
        <location filename="../../app/ui/assessment_texts.py" line="+17"/>
        <source>Klar</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Makulerad (%1)</source>
        <translation>Struck out (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Färdighet</source>
        <translation>Skill</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Påstående</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>definitionen som helhet</source>
        <translation>the definition as a whole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delen %1</source>
        <translation>the part %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delarna</source>
        <translation>the parts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skalan</source>
        <translation>the scale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ej tillämplig</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>området %1</source>
        <translation>the area %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>områdena</source>
        <translation>the areas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>påståendet %1</source>
        <translation>the statement %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>påståendena</source>
        <translation>the statements</translation>
    </message>
</context>
<context>
    <name>assessments</name>
    <message>
        <location filename="../../app/models/assessments.py" line="+82"/>
        <source>Bedömningen är makulerad och kan inte ändras.</source>
        <translation>The assessment is struck out and cannot be changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bedömningen är signerad och kan inte ändras. Rätta den med en ny bedömning.</source>
        <translation>The assessment is signed and cannot be changed. Correct it with a new assessment.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bedömningen är markerad som klar. Öppna den igen för att ändra.</source>
        <translation>The assessment is marked as complete. Reopen it to make changes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bedömningen är inte klar och behöver inte öppnas igen.</source>
        <translation>The assessment is not complete and need not be reopened.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bara en signerad bedömning rättas; ett utkast ändras direkt.</source>
        <translation>Only a signed assessment is corrected; a draft is changed directly.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bedömningen är redan rättad. Rätta rättelsen i stället.</source>
        <translation>The assessment is already corrected. Correct the correction instead.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bedömningen är makulerad och signeras inte.</source>
        <translation>The assessment is struck out and is not signed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signera bedömningen från den.</source>
        <translation>Sign the assessment from its own form.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Makulera bedömningen från den.</source>
        <translation>Strike out the assessment from its own form.</translation>
    </message>
    <message>
        <location line="+460"/>
        <source>Markera bedömningen som klar innan den signeras.</source>
        <translation>Mark the assessment as complete before signing it.</translation>
    </message>
</context>
<context>
    <name>background</name>
    <message>
        <location filename="../../app/ui/background.py" line="+64"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>backup_dialog</name>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="-225"/>
        <source>daglig</source>
        <translation>daily</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manuell</source>
        <translation>manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>före uppdatering</source>
        <translation>before update</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>före återställning</source>
        <translation>before restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>före kryptering (okrypterad)</source>
        <translation>before encryption (unencrypted)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Säkerhetskopia: %1</source>
        <translation>Backup: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gjord: %1 (%2)</source>
        <translation>Made: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schemaversion: %1</source>
        <translation>Schema version: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Innehåll: %1</source>
        <translation>Contents: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Krypterad: ja</source>
        <translation>Encrypted: yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Krypterad: nej (okrypterad säkerhetskopia)</source>
        <translation>Encrypted: no (unencrypted backup)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kontroll: %1</source>
        <translation>Check: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kontroll: hel (integritetskontroll och kontrollsumma gick igenom)</source>
        <translation>Check: whole (integrity check and checksum passed)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kontroll: hel (integritetskontroll gick igenom)</source>
        <translation>Check: whole (integrity check passed)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Återställd från %1 (%2).</source>
        <translation>Restored from %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Den tidigare databasfilen ligger kvar som %1.</source>
        <translation>The previous database file is kept as %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Säkerhetskopia av den tidigare databasen: %1.</source>
        <translation>Backup of the previous database: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen säkerhetskopia av den tidigare databasen gick att göra (%1).</source>
        <translation>No backup of the previous database could be made (%1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slag</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schemaversion</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storlek</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontrollsumma</source>
        <translation>Checksum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontrollerad</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>Ingen säkerhetskopia vid start: %1</source>
        <translation>No backup at start: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Säkerhetskopia gjord %1</source>
        <translation>Backup made %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen säkerhetskopia: mappen går inte att nå</source>
        <translation>No backup: the folder cannot be reached</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Säkerhetskopia</source>
        <translation>Backup</translation>
    </message>
</context>
<context>
    <name>cases</name>
    <message>
        <location filename="../../app/models/cases.py" line="+36"/>
        <source>Ärendet är avslutat. Öppna steget Avsluta igen för att ändra.</source>
        <translation>The case is closed. Reopen the step Close to make changes.</translation>
    </message>
</context>
<context>
    <name>client_texts</name>
    <message>
        <location filename="../../app/ui/client_texts.py" line="+16"/>
        <source>Skyddad identitet</source>
        <translation>Protected identity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Född %1</source>
        <translation>Born %1</translation>
    </message>
</context>
<context>
    <name>conclusions</name>
    <message>
        <location filename="../../app/models/conclusions.py" line="+112"/>
        <source>Det finns ingen osignerad sammanfattande bedömning att signera.</source>
        <translation>There is no unsigned summary assessment to sign.</translation>
    </message>
</context>
<context>
    <name>current_step_text</name>
    <message>
        <location filename="../../app/ui/current_step_text.py" line="+15"/>
        <source>Avslutat</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (ej påbörjad)</source>
        <translation>%1 (not started)</translation>
    </message>
</context>
<context>
    <name>demo_start</name>
    <message>
        <location filename="../../app/ui/demo_start.py" line="+28"/>
        <source>Skapar demodata med påhittade klienter…</source>
        <translation>Making demo data with made-up clients…</translation>
    </message>
</context>
<context>
    <name>encryption_dialogs</name>
    <message>
        <location filename="../../app/ui/encryption_dialogs.py" line="+162"/>
        <source>Kryptera databasen</source>
        <translation>Encrypt the database</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Databasen krypteras så att den inte kan läsas utan ett lösenord eller enhetens återställningsnyckel. En säkerhetskopia görs först. Efter det öppnar bara du den med ditt lösenord; de andra användarna får ett tillfälligt lösenord av en administratör. Programmet öppnar databasen igen efteråt.

Kryptera nu?</source>
        <translation>The database is encrypted so that it cannot be read without a password or the unit&apos;s recovery key. A backup is made first. After that only you open it, with your password; the other users get a temporary password from an administrator. The program opens the database again afterwards.

Encrypt now?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Databasen är krypterad</source>
        <translation>The database is encrypted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Databasen är krypterad. Säkerhetskopiorna från före krypteringen, också den som just gjordes, är okrypterade: ta bort dem ur mappen %1 när du har kontrollerat att den krypterade databasen öppnas. Nya säkerhetskopior blir krypterade.

Nu visas återställningsnyckeln.</source>
        <translation>The database is encrypted. The backups from before the encryption, including the one just made, are unencrypted: delete them from the folder %1 once you have checked that the encrypted database opens. New backups will be encrypted.

The recovery key is shown now.</translation>
    </message>
</context>
<context>
    <name>evaluation</name>
    <message>
        <location filename="../../app/models/evaluation.py" line="+64"/>
        <source>Målet är inte utvärderat än; spara utvärderingen innan den signeras.</source>
        <translation>The goal is not evaluated yet; save the evaluation before signing it.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Utvärderingen är signerad och kan inte ändras. Skriv en rättelse som journalanteckning.</source>
        <translation>The evaluation is signed and cannot be changed. Write a correction as a journal note.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Ärendet har ingen utvecklingsplan att utvärdera. Skriv planen först.</source>
        <translation>The case has no development plan to evaluate. Write the plan first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steget Utvärdera är klart. Öppna det igen för att ändra utvärderingen.</source>
        <translation>The step Evaluate is finished. Reopen it to change the evaluation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Varje måls utvärdering signeras för sig.</source>
        <translation>Each goal&apos;s evaluation is signed on its own.</translation>
    </message>
</context>
<context>
    <name>evaluation_page</name>
    <message>
        <location filename="../../app/ui/evaluation_page.py" line="-86"/>
        <source>Huvudmål</source>
        <translation>Main goal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delmål %1</source>
        <translation>Sub-goal %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ingen utvecklingsplan att utvärdera</source>
        <translation>No development plan to evaluate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 av %2 mål uppnådda</source>
        <translation>%1 of %2 goals reached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 av %2 mål uppnått</source>
        <translation>1 of %2 goals reached</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 delvis</source>
        <translation>%1 partly</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ej uppnådda</source>
        <translation>%1 not reached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 ej uppnått</source>
        <translation>1 not reached</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ej utvärderade</source>
        <translation>%1 not evaluated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 ej utvärderat</source>
        <translation>1 not evaluated</translation>
    </message>
</context>
</TS>
