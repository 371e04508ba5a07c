<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="sv_SE">
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="+116"/>
        <source>Byt &amp;mapp…</source>
        <translation>Change &amp;folder…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An&amp;vänd standardmappen</source>
        <translation>Use the &amp;default folder</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ATAMA gör en kontrollerad säkerhetskopia av databasen vid dagens första start. Kopiorna av den här databasen sparas på den här datorn i:</source>
        <translation>ATAMA makes a verified backup of the database at the first start of the day. The copies of this database are saved on this computer in:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Välj gärna en mapp på en annan disk eller på nätverket. Säkerhetskopiera nu och återställ gör du under Arkiv → Säkerhetskopior…</source>
        <translation>Preferably choose a folder on another disk or on the network. Back up now and restore under File → Backups…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mapp för säkerhetskopior: %1</source>
        <translation>Backup folder: %1</translation>
    </message>
</context>
<context>
    <name>CheckedEntries</name>
    <message>
        <location filename="../../app/ui/unsigned_dialog.py" line="+36"/>
        <source>Signera</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriven</source>
        <translation>Written</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ärende</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klient</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>Entry</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="+104"/>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+104"/>
        <source>Skriv ÅÅÅÅ-MM-DD. Alt+Nedpil öppnar kalendern.</source>
        <translation>Type YYYY-MM-DD. Alt+Down opens the calendar.</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>ÅÅÅÅ-MM-DD, eller tomt</source>
        <translation>YYYY-MM-DD, or empty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kalender (Alt+Nedpil eller F4)</source>
        <translation>Calendar (Alt+Down or F4)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Välj %1 i kalendern</source>
        <translation>Choose %1 in the calendar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: %2 är inget datum som finns. Skriv ÅÅÅÅ-MM-DD, till exempel 2026-11-20.</source>
        <translation>%1: %2 is not a date that exists. Type YYYY-MM-DD, for example 2026-11-20.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: skriv ett datum, ÅÅÅÅ-MM-DD, till exempel 2026-11-20.</source>
        <translation>%1: type a date, YYYY-MM-DD, for example 2026-11-20.</translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <location line="+152"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>IdleLockBox</name>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="+119"/>
        <source>Lås efter inaktivitet</source>
        <translation>Lock when idle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> minuter</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lås efter så här lång tid utan aktivitet</source>
        <translation>Lock after this long without activity</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Spara tiden</source>
        <translation>&amp;Save the time</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>L&amp;ås efter</source>
        <translation>&amp;Lock after</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="+120"/>
        <source>Språk i ATAMA</source>
        <translation>Language in ATAMA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sp&amp;råk</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Språket gäller menyer och fönster på den här datorn och syns när ATAMA har startats om. Dokument till klienten, Arbetsförmedlingen och Försäkringskassan är alltid på svenska, liksom det som skrivits i journalen.</source>
        <translation>The language applies to menus and windows on this computer and shows once ATAMA has been restarted. Documents for the client, Arbetsförmedlingen and Försäkringskassan are always in Swedish, as is what has been written in the journal.</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="-100"/>
        <source>Ny användare</source>
        <translation>New user</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Första lösenord</source>
        <translation>First password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upprepa lösenordet</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Administratör (hanterar användare och gör loggkontroll)</source>
        <translation>&amp;Administrator (manages users and does the log review)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Namn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Första lösenord</source>
        <translation>&amp;First password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Upprepa</source>
        <translation>&amp;Repeat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minst %1 tecken. Användaren väljer ett eget lösenord vid första inloggningen.</source>
        <translation>At least %1 characters. The user chooses their own password when they first sign in.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Lägg till</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NoteActionDialog</name>
    <message>
        <location filename="../../app/ui/note_dialog.py" line="+20"/>
        <source>Makulera anteckning</source>
        <translation>Strike out note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Makulera</source>
        <translation>&amp;Strike out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utkastet makuleras: det finns kvar och går att läsa, markerat som makulerat med ditt skäl.</source>
        <translation>The draft is struck out: it stays and can be read, marked as struck out with your reason.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rätta anteckning</source>
        <translation>Correct note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Spara rättelse</source>
        <translation>&amp;Save correction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rättelsen blir en ny anteckning som pekar på den gamla. Den gamla finns kvar, markerad som rättad. Rättelsen är ett utkast tills du signerar den.</source>
        <translation>The correction becomes a new note that points to the old one. The old one stays, marked as corrected. The correction is a draft until you sign it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avvikande mening</source>
        <translation>Dissenting opinion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Spara avvikande mening</source>
        <translation>&amp;Save dissenting opinion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klientens avvikande mening om anteckningen, med klientens egna ord. Den kopplas till anteckningen och är ett utkast tills du signerar den.</source>
        <translation>The client&apos;s dissenting opinion on the note, in the client&apos;s own words. It is linked to the note and is a draft until you sign it.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Datum då det hände</source>
        <translation>Date it happened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum för den avvikande meningen</source>
        <translation>Date of the dissenting opinion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rättad text</source>
        <translation>Corrected text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Klientens avvikande mening</source>
        <translation>The client&apos;s dissenting opinion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skäl till makuleringen</source>
        <translation>Reason for striking out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skäl till rättelsen</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;käl</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../../app/models/notes.py" line="+146"/>
        <source>okänd</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anteckningen är makulerad och kan inte ändras.</source>
        <translation>The note is struck out and cannot be changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bara den som skrev anteckningen (%1) kan ändra, signera eller makulera den.</source>
        <translation>Only the one who wrote the note (%1) can change, sign or strike it out.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anteckningen är signerad och kan inte ändras. Skriv en rättelse i stället.</source>
        <translation>The note is signed and cannot be changed. Write a correction instead.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anteckningen är makulerad och signeras inte.</source>
        <translation>The note is struck out and is not signed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anteckningen är redan signerad (%1).</source>
        <translation>The note is already signed (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anteckningen är redan makulerad.</source>
        <translation>The note is already struck out.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En signerad anteckning makuleras inte. Skriv en rättelse i stället.</source>
        <translation>A signed note is not struck out. Write a correction instead.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>En makulerad anteckning rättas inte.</source>
        <translation>A struck-out note is not corrected.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ett utkast rättas inte: ändra det, eller makulera det.</source>
        <translation>A draft is not corrected: change it, or strike it out.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anteckningen är redan rättad. Rätta rättelsen i stället.</source>
        <translation>The note is already corrected. Correct the correction instead.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>En makulerad anteckning får ingen avvikande mening.</source>
        <translation>A struck-out note gets no dissenting opinion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>En avvikande mening gäller en anteckning, inte en annan avvikande mening.</source>
        <translation>A dissenting opinion is about a note, not about another dissenting opinion.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Ny anteckning (utkast).</source>
        <translation>New note (draft).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ny anteckning (utkast) i ett avslutat ärende. Journalen fortsätter efter avslutet (till exempel ett avslutande samtal, något som hänt efteråt eller en rättelse), så anteckningen kan skrivas och signeras; avslutet ändras inte.</source>
        <translation>New note (draft) in a closed case. The journal goes on after the closure (for example a closing talk, something that happened afterwards, or a correction), so the note can be written and signed; the closure does not change.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="+135"/>
        <source>Journalanteckningar</source>
        <translation>Journal notes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Datum för anteckningen</source>
        <translation>Date of the note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typ av anteckning</source>
        <translation>Kind of note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anteckningstext</source>
        <translation>Note text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ny anteckning</source>
        <translation>&amp;New note</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Si&amp;gnera</source>
        <translation>Si&amp;gn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rät&amp;ta…</source>
        <translation>&amp;Correct…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Makulera…</source>
        <translation>S&amp;trike out…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avvikande men&amp;ing…</source>
        <translation>Dissenting &amp;opinion…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signera anteckningen</source>
        <translation>Sign the note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Si&amp;gnera (Ctrl+Shift+S)</source>
        <translation>Si&amp;gn (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+60"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Rättelse: %1</source>
        <translation>Correction: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Koordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Avvikande mening</source>
        <translation>Dissenting opinion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signerad</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+68"/>
        <source>Makulerad</source>
        <translation>Struck out</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Rättad</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journalanteckning</source>
        <translation>Journal note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Koordinatorsanteckning</source>
        <translation>Coordinator&apos;s note</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Okänd</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>en anteckning</source>
        <translation>a note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anteckningen %1 (%2)</source>
        <translation>the note of %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>okänd</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, skriven %2 av %3.</source>
        <translation>%1, written %2 by %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Makulerad %1 av %2: %3</source>
        <translation>Struck out %1 by %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signerad %1 av %2.</source>
        <translation>Signed %1 by %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Utkast, inte signerad.</source>
        <translation>Draft, not signed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rättad genom %1.</source>
        <translation>Corrected by %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rättelse av %1. Skäl: %2</source>
        <translation>Correction of %1. Reason: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klientens avvikande mening om %1.</source>
        <translation>The client&apos;s dissenting opinion on %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+61"/>
        <source>Typ</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriven av</source>
        <translation>Written by</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inga anteckningar ännu. Skriv den första i fälten nedan och spara den.</source>
        <translation>No notes yet. Write the first one in the fields below and save it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Koordinator · Avvikande mening</source>
        <translation>Coordinator · Dissenting opinion</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Spara anteckning</source>
        <translation>&amp;Save note</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Skriv eller välj en anteckning i listan först.</source>
        <translation>Write a note or choose one in the list first.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Signerad.</source>
        <translation>Signed.</translation>
    </message>
</context>
<context>
    <name>OpenProblem</name>
    <message>
        <location filename="../../app/ui/open_problem_dialog.py" line="+17"/>
        <source>Stäng programmet</source>
        <translation>Quit ATAMA</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Skapa mappen %1 och en ny, tom databas %2 i den?

Gör det bara om det är en ny enhet som börjar använda ATAMA. Om journalen finns någon annanstans: välj Nej och välj den filen i stället.</source>
        <translation>Create the folder %1 and a new, empty database %2 in it?

Only do this if a new unit is starting to use ATAMA. If the journal is somewhere else: choose No and choose that file instead.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skapa en ny, tom databas i %1?

Den innehåller inga klienter. Om journalen finns i en säkerhetskopia eller en annan fil: välj Nej.</source>
        <translation>Create a new, empty database in %1?

It holds no clients. If the journal is in a backup or another file: choose No.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skapa en ny databas</source>
        <translation>Create a new database</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Välj databasfil</source>
        <translation>Choose database file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ATAMA-databas (*.sqlite);;Alla filer (*)</source>
        <translation>ATAMA database (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Säkerhetskopior finns inte i den här versionen av ATAMA. Be den som sköter säkerhetskopiorna att lägga tillbaka en kopia av databasen, eller välj en annan fil.</source>
        <translation>This version of ATAMA has no backups. Ask whoever looks after the backups to put back a copy of the database, or choose another file.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fortsätt läsa</source>
        <translation>Continue reading</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../../app/ui/period_dialog.py" line="+19"/>
        <source>Periodens första dag</source>
        <translation>First day of the period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Periodens sista dag</source>
        <translation>Last day of the period</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skapa</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ärenden som var aktiva någon gång under perioden räknas.</source>
        <translation>Cases that were active at some time during the period are counted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Från</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Till</source>
        <translation>&amp;To</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../app/ui/plan_page.py" line="+186"/>
        <source>Version av planen</source>
        <translation>Version of the plan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Huvudmål (om arbetssituationen)</source>
        <translation>Main goal (about the work situation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utgångsläge</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klientens egna prioriteringar</source>
        <translation>The client&apos;s own priorities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uppföljning av planen</source>
        <translation>Follow-up of the plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Utgångsläge</source>
        <translation>&amp;Baseline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klientens &amp;prioriteringar</source>
        <translation>Client&apos;s &amp;priorities</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Lägg till delmål</source>
        <translation>&amp;Add sub-goal</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+127"/>
        <source>&amp;Spara planen</source>
        <translation>&amp;Save the plan</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Markera som &amp;överenskommen…</source>
        <translation>Mark as a&amp;greed…</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Versi&amp;on</source>
        <translation>Ve&amp;rsion</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Huvu&amp;dmål</source>
        <translation>&amp;Main goal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uppföljning av pla&amp;nen</source>
        <translation>Follow-up of the p&amp;lan</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Si&amp;gnera versionen</source>
        <translation>Sig&amp;n the version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Makulera versionen…</source>
        <translation>Stri&amp;ke out the version…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registrera upp&amp;följning…</source>
        <translation>Record follo&amp;w-up…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrera uppföljning av planen</source>
        <translation>Record a follow-up of the plan</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Genomförda uppföljningar</source>
        <translation>Follow-ups held</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Plan %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&lt;h2&gt;Utvecklingsplan&lt;/h2&gt;%1 · Ärende %2</source>
        <translation>&lt;h2&gt;Development plan&lt;/h2&gt;%1 · Case %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (version %2</source>
        <translation>%1 (version %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> – nästa %1</source>
        <translation> – next %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Genomförda uppföljningar&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;Follow-ups held&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen uppföljning av planen är registrerad.</source>
        <translation>No follow-up of the plan is recorded.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Version %1 – %2</source>
        <translation>Version %1 – %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ny plan</source>
        <translation>New plan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Makulerad</source>
        <translation>Struck out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Överenskommen %1</source>
        <translation>Agreed %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Spara som ny version</source>
        <translation>&amp;Save as a new version</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1. Versionen ändras inte; det du sparar blir en ny version som rättar den.</source>
        <translation>%1. The version does not change; what you save becomes a new version that corrects it.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Ta bort delmålet</source>
        <translation>Remove the sub-goal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta bort delmål %1 och det som står i det?</source>
        <translation>Remove sub-goal %1 and what is written in it?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sparat %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inte sparat</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Signera versionen</source>
        <translation>Sign the version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Det du har ändrat här är inte sparat och ingår inte i signeringen. Signera versionen som den är sparad?</source>
        <translation>What you have changed here is not saved and is not part of the signing. Sign the version as it is saved?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Makulera versionen</source>
        <translation>Strike out the version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Det du har ändrat här är inte sparat. Makulera versionen som den är sparad?</source>
        <translation>What you have changed here is not saved. Strike out the version as it is saved?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Makulera planversion</source>
        <translation>Strike out plan version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version %1: %2</source>
        <translation>Version %1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Överenskommen med klienten</source>
        <translation>Agreed with the client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vilka deltog (t.ex. klienten, arbetsledaren)?</source>
        <translation>Who took part (e.g. the client, the supervisor)?</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <location filename="../../app/models/plans.py" line="+250"/>
        <source>Plan överenskommen i tid (%1, senast %2)</source>
        <translation>Plan agreed in time (%1, due %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan överenskommen efter tidsgränsen (%1, senast %2)</source>
        <translation>Plan agreed after the deadline (%1, due %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ingen överenskommen plan – tidsgränsen %1 passerades för %2 sedan</source>
        <translation>No agreed plan – the deadline %1 passed %2 ago</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen överenskommen plan – tidsgränsen är i dag (%1)</source>
        <translation>No agreed plan – the deadline is today (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan senast %1 (om %2)</source>
        <translation>Plan due %1 (in %2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ingen utvecklingsplan</source>
        <translation>No development plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planen blev inte överenskommen (ärendet avslutat %1)</source>
        <translation>The plan was never agreed (case closed %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan version %1 (ärendet avslutat %2)</source>
        <translation>Plan version %1 (case closed %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Utvecklingsplan under arbete (ej överenskommen)</source>
        <translation>Development plan in progress (not agreed)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aktuell plan (version %1), nästa uppföljning %2</source>
        <translation>Current plan (version %1), next follow-up %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planen (version %1) har ingen planerad uppföljning</source>
        <translation>The plan (version %1) has no follow-up planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uppföljningen %1 är försenad (version %2)</source>
        <translation>The follow-up %1 is overdue (version %2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>1 dag</source>
        <translation>1 day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 dagar</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>Version %1 är makulerad och kan inte ändras.</source>
        <translation>Version %1 is struck out and cannot be changed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spara planen innan den markeras som överenskommen.</source>
        <translation>Save the plan before it is marked as agreed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1 är redan överenskommen. Gör en ny version för att ändra planen.</source>
        <translation>Version %1 is already agreed. Make a new version to change the plan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bara den senaste versionen av planen kan markeras som överenskommen.</source>
        <translation>Only the latest version of the plan can be marked as agreed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spara planen och kom överens om den med klienten innan den signeras.</source>
        <translation>Save the plan and agree it with the client before it is signed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Planversionen signeras när den är överenskommen med klienten.</source>
        <translation>The plan version is signed once it is agreed with the client.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Det finns ingen planversion att makulera.</source>
        <translation>There is no plan version to strike out.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bara ett utkast som inte är överenskommet kan makuleras; en överenskommen version ändras med en ny version.</source>
        <translation>Only a draft that is not agreed can be struck out; an agreed version is changed with a new version.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Det här är en tidigare version av planen; bara den senaste kan ändras.</source>
        <translation>This is an earlier version of the plan; only the latest can be changed.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Planen är inte överenskommen med klienten än; det finns ingen plan att följa upp.</source>
        <translation>The plan is not agreed with the client yet; there is no plan to follow up.</translation>
    </message>
</context>
<context>
    <name>Process</name>
    <message>
        <location filename="../../app/models/process_def.py" line="+126"/>
        <source>Avslutat</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (ej påbörjad)</source>
        <translation>%1 (not started)</translation>
    </message>
    <message>
        <location filename="../../app/models/process.py" line="+99"/>
        <source>Steget %1 är signerat och kan inte ändras. Skriv en rättelse som journalanteckning.</source>
        <translation>The step %1 is signed and cannot be changed. Write a correction as a journal note.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signera steget från ärendet.</source>
        <translation>Sign the step from the case.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Steget %1 är redan påbörjat.</source>
        <translation>The step %1 is already started.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steget %1 är klart. Öppna det igen för att ändra svaren.</source>
        <translation>The step %1 is done. Resume it to change the answers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steget %1 är redan klart.</source>
        <translation>The step %1 is already done.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steget %1 är inte klart och behöver inte öppnas igen.</source>
        <translation>The step %1 is not done and need not be resumed.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Inga frågor i steget %1 är besvarade. Vill du ändå markera steget som klart?</source>
        <translation>No questions in the step %1 are answered. Mark the step as done anyway?</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Kartläggningen kommer först: besvara minst en fråga under Utreda – klientens utförandesammanhang innan du påbörjar %1.</source>
        <translation>The survey comes first: answer at least one question under Assess – the client&apos;s performance context before you start %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Avsluta signeras som avslutet: avsluta ärendet först.</source>
        <translation>Close is signed as the closure: close the case first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Markera steget %1 som klart innan svaren signeras.</source>
        <translation>Mark the step %1 as done before the answers are signed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steget %1</source>
        <translation>Step %1</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="-215"/>
        <source>Inloggad som %1.</source>
        <translation>Signed in as %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen är inloggad.</source>
        <translation>No one is signed in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Byt lösenor&amp;d…</source>
        <translation>Change pass&amp;word…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../app/ui/paint_probe.py" line="+91"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RatingControl</name>
    <message>
        <location filename="../../app/ui/rating_control.py" line="+39"/>
        <location line="+32"/>
        <source>E/T</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ej bedömd</source>
        <translation>not rated</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="+20"/>
        <source>Nytt lösenord för %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nytt lösenord</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upprepa lösenordet</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 loggar in med det här lösenordet och väljer sedan ett eget.</source>
        <translation>%1 signs in with this password and then chooses their own.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Nytt lösenord</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Upprepa</source>
        <translation>&amp;Repeat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sätt lösenordet</source>
        <translation>&amp;Set the password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <location filename="../../app/models/retention.py" line="+63"/>
        <source>Logga in som administratör för att gallra.</source>
        <translation>Sign in as an administrator to dispose of cases.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bara en administratör kan ändra gallringsreglerna, häva gallringsstopp och gallra.</source>
        <translation>Only an administrator can change the disposal rules, lift disposal holds and dispose of cases.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>1 ärende</source>
        <translation>1 case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ärenden</source>
        <translation>%1 cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 klient</source>
        <translation>1 client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 klienter</source>
        <translation>%1 clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 arkivkopia</source>
        <translation>1 archive copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 arkivkopior</source>
        <translation>%1 archive copies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gallrat enligt %1: %2 (%3 rader; %4 helt borttagna). %5 sparade. Databasfilen: %6 → %7.</source>
        <translation>Disposed of under %1: %2 (%3 rows; %4 removed entirely). %5 saved. The database file: %6 → %7.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 år %2 mån</source>
        <translation>%1 yr %2 mo</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>Ärendet är inte avslutat: bara avslutade ärenden kan gallras.</source>
        <translation>The case is not closed: only closed cases can be disposed of.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gallringsstopp: %1</source>
        <translation>Disposal hold: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Födelsedagen är okänd (inget personnummer): sparas, eftersom personen kan vara född den 5:e, 15:e eller 25:e.</source>
        <translation>The birthday is unknown (no personal identity number): kept, since the person may be born on the 5th, 15th or 25th.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Född den %1:e i månaden: sparas för forskningen (födda den 5:e, 15:e och 25:e).</source>
        <translation>Born on day %1 of the month: kept for research (born on the 5th, 15th and 25th).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sista anteckningen %1 (%2 sedan): får gallras tidigast %3.</source>
        <translation>Last entry %1 (%2 ago): may be disposed of from %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avslutat %1, sista anteckningen %2 (%3 sedan, regeln är %4 år).</source>
        <translation>Closed %1, last entry %2 (%3 ago, the rule is %4 years).</translation>
    </message>
</context>
<context>
    <name>RetentionModel</name>
    <message>
        <location filename="../../app/ui/retention_page.py" line="+60"/>
        <source>Gallra</source>
        <translation>Dispose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ärende</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klient</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personnummer</source>
        <translation>Personal identity number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avslutat</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sista anteckning</source>
        <translation>Last entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Får gallras från</source>
        <translation>May be disposed of from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedömning</source>
        <translation>Verdict</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location line="-26"/>
        <source>ATAMA gallrar aldrig av sig självt. Här ser du vilka avslutade ärenden enhetens regler tillåter att gallra, och varför. Du gallrar de ärenden du markerar, enligt ett gallringsbeslut: först sparas en arkivkopia (journalkopia, PDF) av varje ärende i mappen du väljer, sedan raderas ärendet ur databasen (och klienten, om hen inte har fler ärenden).</source>
        <translation>ATAMA never disposes of anything by itself. Here you see which closed cases the unit&apos;s rules allow to be disposed of, and why. You dispose of the cases you mark, under a disposal decision: first an archive copy (journal copy, PDF) of each case is saved in the folder you choose, then the case is erased from the database (and the client, if they have no other cases).</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Ärenden och gallring</source>
        <translation>Cases and disposal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Markera alla som får gallras</source>
        <translation>&amp;Mark all that may be disposed of</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gallrings&amp;stopp…</source>
        <translation>Dis&amp;posal hold…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Avslutade ärenden</source>
        <translation>Closed cases</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>t.ex. KS 2026/123 § 4</source>
        <translation>e.g. KS 2026/123 § 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gallringsbeslut</source>
        <translation>Disposal decision</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+109"/>
        <source>Mapp för arkivkopior</source>
        <translation>Folder for archive copies</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>&amp;Gallra markerade ärenden…</source>
        <translation>&amp;Dispose of the marked cases…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+110"/>
        <source>Gallra</source>
        <translation>Dispose</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Gallrings&amp;beslut</source>
        <translation>Disposal dec&amp;ision</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Visa &amp;också ärenden som sparas</source>
        <translation>Also show cases that are &amp;kept</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>H&amp;äv gallringsstopp</source>
        <translation>&amp;Lift disposal hold</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Väl&amp;j mapp…</source>
        <translation>&amp;Choose folder…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Mapp för ar&amp;kivkopior</source>
        <translation>Folder for &amp;archive copies</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Gallring</source>
        <translation>Disposal</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 av %2 avslutade ärenden får gallras · %3 markerade</source>
        <translation>%1 of %2 closed cases may be disposed of · %3 marked</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Gallringsstopp</source>
        <translation>Disposal hold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Varför ska ärende %1 sparas?</source>
        <translation>Why is case %1 to be kept?</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>1 ärende</source>
        <translation>1 case</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 ärenden</source>
        <translation>%1 cases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gallra %1 enligt gallringsbeslut %2?

För varje ärende sparas först en arkivkopia (PDF) i
%3

Sedan raderas ärendet och allt i det ur databasen, och klienten om hen inte har fler ärenden. Det går inte att ångra.</source>
        <translation>Dispose of %1 under disposal decision %2?

For each case an archive copy (PDF) is first saved in
%3

Then the case and everything in it is erased from the database, and the client if they have no other cases. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gallrar %1…</source>
        <translation>Disposing of %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gallringen stoppades</source>
        <translation>The disposal was stopped</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 ärenden gallrades innan gallringen stoppades.</source>
        <translation>%1 cases were disposed of before the disposal stopped.</translation>
    </message>
</context>
<context>
    <name>RetentionRulesBox</name>
    <message>
        <location line="-258"/>
        <source>Regler för gallring</source>
        <translation>Disposal rules</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> år</source>
        <translation> years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>År efter sista anteckningen</source>
        <translation>Years after the last entry</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spara ärenden för personer födda den 5:e, 15:e och 25:e (forskningsurval)</source>
        <translation>Keep the cases of people born on the 5th, 15th and 25th (research sample)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spara födda den 5:e, 15:e och 25:e</source>
        <translation>Keep those born on the 5th, 15th and 25th</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;para reglerna</source>
        <translation>&amp;Save the rules</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gallras tidigast efter</source>
        <translation>Disposed of at the earliest</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>efter sista anteckningen i ärendet (patientdatalagen: minst 10 år)</source>
        <translation>after the last entry in the case (Patientdatalagen: at least 10 years)</translation>
    </message>
</context>
<context>
    <name>SequencePage</name>
    <message>
        <location filename="../../app/ui/sequence_page.py" line="+205"/>
        <source>Uppföljning %1</source>
        <translation>Follow-up %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ärendets målgrupp har ingen guidad uppföljning.</source>
        <translation>The case&apos;s target group has no guided follow-up.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 av %2 steg klara</source>
        <translation>%1 of %2 steps done</translation>
    </message>
</context>
<context>
    <name>SequenceStepBox</name>
    <message>
        <location line="-185"/>
        <source>Ej påbörjad</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planerad / pågår</source>
        <translation>Planned / in progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klar</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: datum</source>
        <translation>%1: date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: anteckningar</source>
        <translation>%1: notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anteckningar från steget</source>
        <translation>Notes from the step</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Markera klart</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Öppna igen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Visa resultat</source>
        <translation>Show results</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 – %2 av %3</source>
        <translation>%1 – %2 by %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>okänd</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Öppna %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starta %1</source>
        <translation>Start %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Öppna bedömningen</source>
        <translation>Open the assessment</translation>
    </message>
</context>
<context>
    <name>Sequences</name>
    <message>
        <location filename="../../app/models/sequences.py" line="+108"/>
        <source>%1 är redan klart.</source>
        <translation>%1 is already done.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gör först klart: %1.</source>
        <translation>First finish: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 är inte klart och behöver inte öppnas igen.</source>
        <translation>%1 is not done and need not be reopened.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="+241"/>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Att gallra ärenden gör du under Arkiv → Gallring…</source>
        <translation>You dispose of cases under File → Disposal…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ett låst fönster öppnas med lösenordet; det som skrivits finns kvar. Lås direkt med Ctrl+L.</source>
        <translation>A locked window opens with the password; what was typed stays. Lock at once with Ctrl+L.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Min profil</source>
        <translation>My profile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enheten</source>
        <translation>The unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Säkerhetskopior</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Att göra</source>
        <translation>To do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Låsning</source>
        <translation>Locking</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gallring</source>
        <translation>Disposal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inställningarnas sidor</source>
        <translation>Settings pages</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Byt språk</source>
        <translation>Change language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Det nya språket syns när ATAMA startas om. Det du har skrivit sparas först, och du loggar in igen. Starta om nu?</source>
        <translation>The new language shows when ATAMA is restarted. What you have typed is saved first, and you sign in again. Restart now?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starta om &amp;nu</source>
        <translation>Restart &amp;now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Senare</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Inte sparat</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Det du har ändrat under %1 är inte sparat. Stänga utan att spara?</source>
        <translation>What you changed under %1 is not saved. Close without saving?</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <location filename="../../app/models/signing.py" line="+80"/>
        <source>Osignerad (utkast)</source>
        <translation>Unsigned (draft)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <location line="+28"/>
        <location line="+27"/>
        <source>okänd</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Signerad av %1 %2</source>
        <translation>Signed by %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signerad av %1 (%2) %3</source>
        <translation>Signed by %1 (%2) %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bedömningen</source>
        <translation>The assessment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planversionen</source>
        <translation>The plan version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utvärderingen</source>
        <translation>The evaluation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avslutet</source>
        <translation>The closure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mötesanteckningen</source>
        <translation>The meeting record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mötet</source>
        <translation>The meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Den sammanfattande bedömningen</source>
        <translation>The summary assessment</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 är redan signerat (%2).</source>
        <translation>%1 is already signed (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 är redan signerad (%2).</source>
        <translation>%1 is already signed (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bara författaren (%1) kan signera %2.</source>
        <translation>Only the author (%1) can sign %2.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Makulerad av %1 %2: %3</source>
        <translation>Struck out by %1 %2: %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 är redan makulerad.</source>
        <translation>%1 is already struck out.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bara ett osignerat utkast kan makuleras; en signerad post rättas i stället.</source>
        <translation>Only an unsigned draft can be struck out; a signed entry is corrected instead.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bara författaren (%1) kan makulera %2.</source>
        <translation>Only the author (%1) can strike out %2.</translation>
    </message>
</context>
<context>
    <name>SituationBox</name>
    <message>
        <location filename="../../app/ui/situation_box.py" line="+19"/>
        <source>Sysselsättning (%1)</source>
        <translation>Occupation (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Välj…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Huvudsaklig försörjning (%1)</source>
        <translation>Main source of income (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sysselsättningsgrad (%1)</source>
        <translation>Degree of occupation (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum för uppgifterna (%1)</source>
        <translation>Date of the details (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tid med offentlig försörjning före insatsen</source>
        <translation>Time on public support before the intervention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej angivet</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sysselsättning</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Huvudsaklig försörjning</source>
        <translation>Main source of income</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sysselsättningsgrad</source>
        <translation>Degree of occupation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tid med offentlig försörjning före</source>
        <translation>Time on public support before</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uppgifterna gäller</source>
        <translation>Details as of</translation>
    </message>
</context>
<context>
    <name>StepCountModel</name>
    <message>
        <location filename="../../app/ui/step_count_model.py" line="+10"/>
        <source>Totalt</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <location filename="../../app/ui/step_form.py" line="+96"/>
        <source>&amp;Påbörja steget</source>
        <translation>St&amp;art the step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markera som &amp;klart</source>
        <translation>Mar&amp;k as done</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Datum då steget påbörjades eller blev klart</source>
        <translation>Date the step was started or done</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&amp;Öppna igen</source>
        <translation>Res&amp;ume the step</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avs&amp;luta ärendet</source>
        <translation>C&amp;lose the case</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signera avslutet</source>
        <translation>Sign the closure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signera svaren</source>
        <translation>Sign the answers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Aktuella dokument</source>
        <translation>Documents for this step</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>påbörjat %1 (registrerat %2 av %3)</source>
        <translation>started %1 (recorded %2 by %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>okänd</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>klart %1 (registrerat %2 av %3)</source>
        <translation>done %1 (recorded %2 by %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Avslutat utan utvärdering: %1</source>
        <translation>Closed without evaluation: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Markera steget som klart</source>
        <translation>Mark the step as done</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <location filename="../../app/ui/stepper.py" line="+63"/>
        <source>Steg %1: %2</source>
        <translation>Step %1: %2</translation>
    </message>
</context>
<context>
    <name>StrikeDialog</name>
    <message>
        <location filename="../../app/ui/strike_dialog.py" line="+17"/>
        <source>Utkastet makuleras: det finns kvar och går att läsa, markerat som makulerat med ditt skäl.</source>
        <translation>The draft is struck out: it stays and can be read, marked as struck out with your reason.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Makulera</source>
        <translation>&amp;Strike out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skäl till makuleringen</source>
        <translation>Reason for striking out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rättelsen blir en ny bedömning, ett utkast med samma värden som du ändrar och signerar. Den gamla finns kvar, markerad som rättad.</source>
        <translation>The correction becomes a new assessment, a draft with the same values, which you change and sign. The old one stays, marked as corrected.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rätta</source>
        <translation>&amp;Correct</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skäl till rättelsen</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>S&amp;käl</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SubGoalBox</name>
    <message>
        <location filename="../../app/ui/plan_page.py" line="-384"/>
        <location line="+3"/>
        <source>Delmål %1</source>
        <translation>Sub-goal %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategier och åtgärder för delmål %1</source>
        <translation>Strategies and actions for sub-goal %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvarig för delmål %1</source>
        <translation>Responsible for sub-goal %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annan ansvarig för delmål %1</source>
        <translation>Other responsible for sub-goal %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Startdatum för delmål %1</source>
        <translation>Start date of sub-goal %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Måldatum</source>
        <translation>Target date</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Ta bort delmålet</source>
        <translation>Remove the sub-goal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mål</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategier/åtgärder</source>
        <translation>Strategies/actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vem gör vad (ansvarig)</source>
        <translation>Who does what (responsible)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annan ansvarig</source>
        <translation>Other responsible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>Todo</name>
    <message>
        <location filename="../../app/models/todo.py" line="+50"/>
        <source>Ingen ansvarig</source>
        <translation>No one responsible</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>i dag</source>
        <translation>today</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>om 1 dag</source>
        <translation>in 1 day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 dag sedan</source>
        <translation>1 day ago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>om %1 dagar</source>
        <translation>in %1 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 dagar sedan</source>
        <translation>%1 days ago</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>kl. %1</source>
        <translation>at %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kl. %1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Annat möte</source>
        <translation>Other meeting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vården</source>
        <translation>health care</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arbetsgivaren</source>
        <translation>the employer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annan part</source>
        <translation>another party</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 och %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>utkast finns, ej överenskommen</source>
        <translation>draft written, not agreed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ingen plan</source>
        <translation>no plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tidsgränsen passerad %1</source>
        <translation>deadline passed %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+92"/>
        <source>senast %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Utvecklingsplan %1 (%2; %3)</source>
        <translation>Development plan %1 (%2; %3)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Uppföljning av planen försenad %1 (%2)</source>
        <translation>Follow-up of the plan overdue %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uppföljning av planen %1 (%2)</source>
        <translation>Follow-up of the plan %1 (%2)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Ingen aktivitet sedan %1 (%2 veckor)</source>
        <translation>No activity since %1 (%2 weeks)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Osignerad sedan %1 (%2 dagar): %3</source>
        <translation>Unsigned since %1 (%2 days): %3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>försenad, skulle vara klar %1</source>
        <translation>overdue, was due %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2; från %3)</source>
        <translation>%1 (%2; from %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 (%3; från %4)</source>
        <translation>%1: %2 (%3; from %4)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>videomöte</source>
        <translation>video meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plats ej angiven</source>
        <translation>place not given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, med %1</source>
        <translation>, with %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1%2 har passerat utan anteckning (%3): dokumentera eller ställ in mötet</source>
        <translation>%1%2 has passed without a record (%3): record or cancel the meeting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2), %3%4</source>
        <translation>%1 (%2), %3%4</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Senast ändrat %1</source>
        <translation>Last changed %1</translation>
    </message>
</context>
<context>
    <name>TodoPage</name>
    <message>
        <location filename="../../app/ui/todo_page.py" line="+39"/>
        <source>Ärende</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klient</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvarig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;h2&gt;Att göra&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;To do&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bara &amp;mina ärenden</source>
        <translation>&amp;My cases only</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Uppdatera</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Planerade möten de närmaste dagarna</source>
        <translation>Meetings planned in the coming days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utvecklingsplan inom fyra veckor från start</source>
        <translation>Development plan within four weeks of the start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uppföljningar denna vecka eller försenade</source>
        <translation>Follow-ups this week or overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ärenden utan aktivitet</source>
        <translation>Cases with no activity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Våra åtgärder från möten, inom en vecka eller försenade</source>
        <translation>Our actions from meetings, within a week or overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andras åtgärder från möten att följa upp</source>
        <translation>Others&apos; actions from meetings to follow up</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+3"/>
        <source>Aktiva ärenden per ansvarig och steg</source>
        <translation>Active cases per responsible and step</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Välj en siffra för att se ärendena.</source>
        <translation>Choose a number to see the cases.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ärenden i valt steg</source>
        <translation>Cases in the chosen step</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Inga planerade möten de närmaste dagarna.</source>
        <translation>No meetings planned in the coming days.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen utvecklingsplan behöver skrivas inom fyra veckor just nu.</source>
        <translation>No development plan is due within four weeks right now.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inga uppföljningar denna vecka och inga försenade.</source>
        <translation>No follow-ups this week and none overdue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alla ärenden har haft aktivitet nyligen.</source>
        <translation>All cases have had activity recently.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inga osignerade poster som väntat för länge.</source>
        <translation>No unsigned entries that have waited too long.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inga åtgärder från möten som snart ska vara klara.</source>
        <translation>No actions from meetings due soon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inga av andras åtgärder från möten att följa upp nu.</source>
        <translation>None of the others&apos; actions from meetings to follow up now.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Markera klar</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Den markerade åtgärden gjord i dag (%1)</source>
        <translation>The selected action done today (%1)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Att göra</source>
        <translation>To do</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Osignerade anteckningar äldre än %1 dagar</source>
        <translation>Unsigned notes older than %1 days</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inga aktiva klienter</source>
        <translation>No active clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 av %2 (%3 %)</source>
        <translation>%1 of %2 (%3 %)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&lt;b&gt;Aktiva ärenden per steg&lt;/b&gt; (mina): %1</source>
        <translation>&lt;b&gt;Active cases per step&lt;/b&gt; (mine): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Aktiva ärenden per steg&lt;/b&gt; (alla): %1</source>
        <translation>&lt;b&gt;Active cases per step&lt;/b&gt; (all): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;AMA-medarbetare med aktuell utvecklingsplan i dag&lt;/b&gt; (mina): %1</source>
        <translation>&lt;b&gt;AMA employees with a current development plan today&lt;/b&gt; (mine): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;AMA-medarbetare med aktuell utvecklingsplan i dag&lt;/b&gt; (alla): %1</source>
        <translation>&lt;b&gt;AMA employees with a current development plan today&lt;/b&gt; (all): %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>alla</source>
        <translation>all</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2: %3 ärenden (dubbelklicka för att öppna)</source>
        <translation>%1 · %2: %3 cases (double-click to open)</translation>
    </message>
</context>
<context>
    <name>TodoRulesPage</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="-188"/>
        <source>&amp;Utvecklingsplan senast</source>
        <translation>&amp;Development plan at the latest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> dagar efter start på AMA</source>
        <translation> days after the start at AMA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dagar till utvecklingsplan (fyraveckorsregeln)</source>
        <translation>Days to the development plan (the four-week rule)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ärende utan aktivitet efter</source>
        <translation>&amp;Case with no activity after</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> veckor</source>
        <translation> weeks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veckor utan aktivitet innan ärendet visas</source>
        <translation>Weeks without activity before the case is shown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Osignerad post efter</source>
        <translation>&amp;Unsigned entry after</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> dagar</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dagar innan en osignerad post visas</source>
        <translation>Days before an unsigned entry is shown</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reglerna gäller Att göra för alla på enheten. Fyraveckorsregeln: en AMA-medarbetares första utvecklingsplan ska vara överenskommen inom 28 dagar från starten, om inte enheten bestämt annat.</source>
        <translation>The rules apply to To do for everyone in the unit. The four-week rule: an AMA employee&apos;s first development plan is to be agreed within 28 days of the start, unless the unit has decided otherwise.</translation>
    </message>
</context>
<context>
    <name>TrendPage</name>
    <message>
        <location filename="../../app/ui/trend_page.py" line="+74"/>
        <source>Medel · ▲ gynnsamt</source>
        <translation>Mean · ▲ favourable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medel · ▼ gynnsamt</source>
        <translation>Mean · ▼ favourable</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Förändring över tid, %1</source>
        <translation>Change over time, %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Område</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Förändring över tid %1</source>
        <translation>Change over time %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;h2&gt;Förändring över tid&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Change over time&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Medelvärde per område vid varje klar bedömning, från den första till den senaste. Makulerade bedömningar räknas inte; en rättad bedömning ersätts av sin rättelse.</source>
        <translation>The mean per domain at each completed assessment, from the first to the latest. Struck-out assessments do not count; a corrected assessment is replaced by its correction.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inget instrument har getts två gånger i ärendet ännu.</source>
        <translation>No instrument has been administered twice in the case yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bara en bedömning: %1.</source>
        <translation>Only one assessment: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;h3&gt;%1: %2 bedömningar&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1: %2 assessments&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Högre värde är gynnsamt. Linjernas tecken står i tabellen under diagrammet.</source>
        <translation>A higher value is favourable. The lines&apos; markers are shown in the table below the chart.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lägre värde är gynnsamt. Linjernas tecken står i tabellen under diagrammet.</source>
        <translation>A lower value is favourable. The lines&apos; markers are shown in the table below the chart.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skala</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Medelvärden över tid, %1</source>
        <translation>Means over time, %1</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <location filename="../../app/models/unit.py" line="+182"/>
        <source>Bara en administratör kan ändra enhetens uppgifter.</source>
        <translation>Only an administrator can change the unit details.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 eller %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bara en administratör kan ändra enhetens uppgifter (%1).</source>
        <translation>Only an administrator can change the unit details (%1).</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <location filename="../../app/ui/unit_dialog.py" line="+51"/>
        <source>Uppgifterna står i sidhuvudet och sidfoten på alla dokument som ATAMA skapar.</source>
        <translation>These details are printed in the header and footer of every document ATAMA makes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enheten</source>
        <translation>The unit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dina kontaktuppgifter (på dokument om ärenden där du är ansvarig)</source>
        <translation>Your contact details (on documents about cases you are responsible for)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ditt telefonnummer</source>
        <translation>Your phone number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Din e-postadress</source>
        <translation>Your e-mail address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ditt tele&amp;fonnummer</source>
        <translation>Your &amp;phone number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Din e-&amp;postadress</source>
        <translation>Your e-&amp;mail address</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+36"/>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+36"/>
        <source>Enhetens namn</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+36"/>
        <source>Adress</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Enhetens telefon</source>
        <translation>Unit phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enhetens e-post</source>
        <translation>Unit e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ny logotyp (fil)</source>
        <translation>New logo (file)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG eller JPEG, högst 1 MB</source>
        <translation>PNG or JPEG, at most 1 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Väl&amp;j fil…</source>
        <translation>Choose &amp;file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Välj logotypfil</source>
        <translation>Choose logo file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta &amp;bort logotypen</source>
        <translation>&amp;Remove the logo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kommun</source>
        <translation>Muni&amp;cipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enhetens &amp;namn</source>
        <translation>Unit &amp;name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Adress</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Telefon</source>
        <translation>&amp;Telephone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-post</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Logotyp</source>
        <translation>&amp;Logo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>inte angivet</source>
        <translation>not given</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Telefon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Logotyp:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen logotyp</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nuvarande logotyp</source>
        <translation>Current logo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Välj logotyp</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bilder (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>UnsignedDialog</name>
    <message>
        <location filename="../../app/ui/unsigned_dialog.py" line="+41"/>
        <source>Mina osignerade poster</source>
        <translation>My unsigned entries</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Osignerade poster</source>
        <translation>Unsigned entries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inga osignerade poster: allt du har skrivit är signerat.</source>
        <translation>No unsigned entries: everything you have written is signed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signera</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Den markerade postens text</source>
        <translation>The selected entry&apos;s text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Markera &amp;alla</source>
        <translation>Mark &amp;all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avmarkera a&amp;lla</source>
        <translation>&amp;Unmark all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Signera markerade</source>
        <translation>&amp;Sign marked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;täng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Läs varje post innan du signerar den. En signerad post kan inte ändras; fel rättas med en rättelse.</source>
        <translation>Read each entry before you sign it. A signed entry cannot be changed; mistakes are put right with a correction.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Du har inga osignerade poster.</source>
        <translation>You have no unsigned entries.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Markera de poster du har läst och vill signera.</source>
        <translation>Mark the entries you have read and want to sign.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 av %2 markerade</source>
        <translation>%1 of %2 marked</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n poster signerade.</source>
        <translation>
            <numerusform>%n entry signed.</numerusform>
            <numerusform>%n entries signed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../app/ui/user_dialog.py" line="+49"/>
        <source>ATAMA – logga in</source>
        <translation>ATAMA – sign in</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Användare</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Namn på den första användaren</source>
        <translation>Name of the first user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lösenord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upprepa lösenordet</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Välkommen! Skapa den första användaren. Hen blir enhetens administratör och kan sedan lägga till de andra.</source>
        <translation>Welcome! Create the first user. They become the unit&apos;s administrator and can then add the others.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Namn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vem arbetar i ATAMA nu? Välj dig och skriv ditt lösenord.</source>
        <translation>Who is working in ATAMA now? Choose yourself and type your password.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+42"/>
        <source>&amp;Lösenord</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>&amp;Upprepa lösenordet</source>
        <translation>&amp;Repeat the password</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Skapa och logga in</source>
        <translation>&amp;Create and sign in</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+33"/>
        <source>Logga &amp;in</source>
        <translation>Sign &amp;in</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Välj ett lösenord med minst %1 tecken.</source>
        <translation>Choose a password of at least %1 characters.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 har inget lösenord än. Välj ett med minst %2 tecken och skriv det två gånger.</source>
        <translation>%1 has no password yet. Choose one of at least %2 characters and type it twice.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>&amp;Nytt lösenord</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;Välj lösenord och logga in</source>
        <translation>&amp;Set password and sign in</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lösenordet du fick av administratören ska bytas. Välj ett eget lösenord med minst %1 tecken.</source>
        <translation>The password the administrator gave you must be changed. Choose your own password of at least %1 characters.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Byt lösenord och fortsätt</source>
        <translation>Change password and &amp;continue</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Lösenorden är inte lika. Skriv samma lösenord två gånger.</source>
        <translation>The passwords are not the same. Type the same password twice.</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <location filename="../../app/models/users.py" line="+130"/>
        <source>%1, administratör</source>
        <translation>%1, administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (inaktiv)</source>
        <translation>%1 (inactive)</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="+63"/>
        <source>Användare och behörigheter</source>
        <translation>Users and permissions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Användare</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lägg till användare…</source>
        <translation>&amp;Add user…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Nytt lösenord…</source>
        <translation>&amp;New password…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Titeln avgör vilken sorts anteckning användaren skriver (journal för arbetsterapeut). Administratörer hanterar användare och gör loggkontroll. Varje ändring loggas.</source>
        <translation>The title decides which kind of note the user writes (journal for an occupational therapist). Administrators manage users and do the log review. Every change is logged.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> – inget lösenord än</source>
        <translation> – no password yet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ta bort som &amp;administratör</source>
        <translation>Remove as admin&amp;istrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gör till &amp;administratör</source>
        <translation>Make admin&amp;istrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Aktivera igen</source>
        <translation>Reac&amp;tivate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Inaktivera</source>
        <translation>Deac&amp;tivate</translation>
    </message>
</context>
<context>
    <name>WorkMatchSection</name>
    <message>
        <location filename="../../app/ui/work_match_view.py" line="+23"/>
        <source>Arbetsförmåga mot arbetets krav (AWP/AWC)</source>
        <translation>Work performance against the work&apos;s demands (AWP/AWC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Jämför med arbetets krav (AWC)</source>
        <translation>&amp;Compare with the work&apos;s demands (AWC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dölj jämförelsen</source>
        <translation>Hi&amp;de the comparison</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ej bedömd</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finns inte i %1</source>
        <translation>Not in %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ja – %1 steg</source>
        <translation>Yes – %1 steps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej jämförd</source>
        <translation>Not compared</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Färdighet</source>
        <translation>Skill</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Krav (%1)</source>
        <translation>Demand (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utförande (%1)</source>
        <translation>Performance (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Glapp (krav över utförande)</source>
        <translation>Gap (demand above performance)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>okänd bedömare</source>
        <translation>unknown assessor</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Det finns ingen klar AWP i ärendet att ställa arbetets krav mot.</source>
        <translation>The case has no completed AWP to set the work&apos;s demands against.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Det finns ingen klar AWC i ärendet: jämförelsen görs när bedömningen av arbetets krav är markerad som klar.</source>
        <translation>The case has no completed AWC: the comparison is made once the assessment of the work&apos;s demands is marked as done.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Arbetsförmåga (AWP) att jämföra</source>
        <translation>Work performance (AWP) to compare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arbetets krav (AWC) att jämföra</source>
        <translation>Work demands (AWC) to compare</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Arbetsför&amp;måga (AWP):</source>
        <translation>Work &amp;performance (AWP):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbetets &amp;krav (AWC):</source>
        <translation>Work de&amp;mands (AWC):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Arbetets krav mot utförandet, färdighet för färdighet</source>
        <translation>The work&apos;s demands against the performance, skill by skill</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Område</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jämförda</source>
        <translation>Compared</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 av %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Med glapp</source>
        <translation>With a gap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Glapp per område</source>
        <translation>Gaps per domain</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Glapp: arbetsuppgiften kräver mer av färdigheten än personens utförande visade, räknat i skalsteg (kravet från minsta kravet, utförandet från det svagaste steget).</source>
        <translation>Gap: the work task demands more of the skill than the person&apos;s performance showed, counted in scale steps (the demand from the least demand, the performance from the weakest step).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2 den %3 mot %4 %5 den %6 (arbetsuppgift: %7)</source>
        <translation>%1 %2 of %3 against %4 %5 of %6 (work task: %7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 den %3 mot %4 %5 den %6 (arbetsuppgiften inte angiven)</source>
        <translation>%1 %2 of %3 against %4 %5 of %6 (work task not given)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Glapp i %1 av %2 färdigheter:</source>
        <translation>A gap in %1 of %2 skills:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen färdighet har ett krav över utförandet.</source>
        <translation>No skill has a demand above the performance.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../app/models/settings.py" line="+104"/>
        <source>Bara en administratör kan ändra enhetens regler för Att göra.</source>
        <translation>Only an administrator can change the unit&apos;s rules for To do.</translation>
    </message>
</context>
</TS>
