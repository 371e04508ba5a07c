<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="sv_SE">
<context>
    <name>ActionRows</name>
    <message>
        <location filename="../../app/ui/meeting_rows.py" line="+229"/>
        <source>Lägg till å&amp;tgärd</source>
        <translation>Add &amp;action</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Åtgärd %1: vem</source>
        <translation>Action %1: who</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Välj…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Åtgärd %1: delmål</source>
        <translation>Action %1: sub-goal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inget delmål</source>
        <translation>No sub-goal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ärendet har ingen utvecklingsplan</source>
        <translation>The case has no development plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delmål kan väljas när ärendet har en utvecklingsplan.</source>
        <translation>A sub-goal can be chosen once the case has a development plan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Åtgärd %1: vad som ska göras</source>
        <translation>Action %1: what is to be done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klart senast</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åtgärd %1: klart senast</source>
        <translation>Action %1: due by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delmål</source>
        <translation>Sub-goal</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delmål (id %1)</source>
        <translation>Sub-goal (id %1)</translation>
    </message>
</context>
<context>
    <name>ClientGroupsPanel</name>
    <message>
        <location filename="../../app/ui/groups_panel.py" line="+20"/>
        <source>inga tillfällen ännu</source>
        <translation>no sessions yet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Närvaro</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 av %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klientens gruppaktiviteter</source>
        <translation>The client&apos;s group activities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klienten är inte anmäld till någon gruppaktivitet. Anmäl under Gruppaktiviteter (Ctrl+G).</source>
        <translation>The client is not registered for any group activity. Register under Group activities (Ctrl+G).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anmälan och närvaro registreras under Visa → Gruppaktiviteter (Ctrl+G).</source>
        <translation>Registration and attendance are recorded under View → Group activities (Ctrl+G).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Inte anmäld till någon gruppaktivitet.</source>
        <translation>Not registered for any group activity.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anmäld till %1, deltagit i %2.</source>
        <translation>Registered for %1, attended %2.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../app/ui/follow_up_dialog.py" line="+29"/>
        <source>Registrera uppföljning av planen</source>
        <translation>Record a follow-up of the plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uppföljning av den överenskomna planen (version %1).</source>
        <translation>Follow-up of the agreed plan (version %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Datum för uppföljningen</source>
        <translation>Date of the follow-up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vad som följdes upp och resultatet</source>
        <translation>What was followed up and the result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vilka som deltog</source>
        <translation>Who took part</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nästa uppföljning</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vad följdes upp, resultat</source>
        <translation>&amp;What was followed up, result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vil&amp;ka deltog</source>
        <translation>Who too&amp;k part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nästa uppföljning</source>
        <translation>&amp;Next follow-up</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Utan nästa uppföljning räknas planen inte längre som aktuell.</source>
        <translation>Without a next follow-up the plan no longer counts as current.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Registrera</source>
        <translation>&amp;Record</translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <location filename="../../app/ui/groups_page.py" line="+78"/>
        <source>Typ av gruppaktivitet</source>
        <translation>Type of group activity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Välj typ…</source>
        <translation>Choose type…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Namn på gruppaktiviteten</source>
        <translation>Name of the group activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ledare bland användarna</source>
        <translation>Leaders among the users</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Andra ledare</source>
        <translation>Other leaders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>t.ex. assistent eller arbetsterapeut från annan enhet</source>
        <translation>e.g. assistant or occupational therapist from another unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Spara gruppaktiviteten</source>
        <translation>&amp;Save the group activity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uppgifter</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Namn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;yp</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ledare</source>
        <translation>&amp;Leaders</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>An&amp;dra ledare</source>
        <translation>Other lea&amp;ders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Beskrivning</source>
        <translation>Des&amp;cription</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>Tillfällen</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klienter</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Övriga</source>
        <translation>Others</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Totalt</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inga tillfällen ännu. Lägg till det första med Lägg till tillfälle.</source>
        <translation>No sessions yet. Add the first with Add session.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Datum för nytt tillfälle</source>
        <translation>Date of a new session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lägg till &amp;tillfälle</source>
        <translation>Add sess&amp;ion</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+165"/>
        <source>Ta bort tillfälle</source>
        <translation>Remove session</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <source>Anmälda klienter</source>
        <translation>Registered clients</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Närvarotillfällen</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen anmäld ännu. Sök en klient nedan och anmäl till gruppen.</source>
        <translation>Nobody registered yet. Search for a client below and register them for the group.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sök klient att anmäla</source>
        <translation>Search for a client to register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sök klient (namn eller personnummer)</source>
        <translation>Search client (name or personal identity number)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sökträffar</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An&amp;mäl till gruppen</source>
        <translation>&amp;Register for the group</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>S&amp;para närvaro</source>
        <translation>Save &amp;attendance</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Ta bort anmälan</source>
        <translation>Remove registration</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Närvaro vid valt tillfälle</source>
        <translation>Attendance at the chosen session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Närvarande klienter</source>
        <translation>Clients present</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Övriga deltagare (inte klienter)</source>
        <translation>Other participants (not clients)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Övriga deltagare (antal):</source>
        <translation>Other participants (number):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Ny gruppaktivitet</source>
        <translation>New group activity</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Närvaro %1</source>
        <translation>Attendance %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Ta bort tillfället %1?</source>
        <translation>Remove the session of %1?</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location line="+50"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senaste</source>
        <translation>Latest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tillfällen</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>Gruppaktiviteter</source>
        <translation>Group activities</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Inga gruppaktiviteter ännu. Skapa en med Ny gruppaktivitet.</source>
        <translation>No group activities yet. Create one with New group activity.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ny &amp;gruppaktivitet</source>
        <translation>New &amp;group activity</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../app/ui/help_window.py" line="+26"/>
        <source>Ärendet, anteckningar</source>
        <translation>The case, notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ärendet, samverkansmöten</source>
        <translation>The case, collaboration meetings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signera anteckningen</source>
        <translation>Sign the note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planera ett nytt samverkansmöte</source>
        <translation>Plan a new collaboration meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lägg till en rad (deltagare, åtgärder)</source>
        <translation>Add a row (participants, actions)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Att göra</source>
        <translation>To do</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Markera den markerade åtgärden klar</source>
        <translation>Mark the selected action done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listor</source>
        <translation>Lists</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Öppna den markerade raden</source>
        <translation>Open the selected row</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Var</source>
        <translation>Where</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tangenter</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>ATAMA – hjälp</source>
        <translation>ATAMA – help</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hjälptext</source>
        <translation>Help text</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="+55"/>
        <source>Importera klienter från Excel</source>
        <translation>Import clients from Excel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ingen fil vald.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Välj fil…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rad</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personnummer/födelseår</source>
        <translation>Personal identity number/year of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remissdatum</source>
        <translation>Referral date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Förhandsgranskning av importen</source>
        <translation>Preview of the import</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Importera</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Välj Excel-fil</source>
        <translation>Choose Excel file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel-arbetsbok (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Läser och kontrollerar %1…</source>
        <translation>Reading and checking %1…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Importera %1 rader</source>
        <translation>&amp;Import %1 rows</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Importera 1 rad</source>
        <translation>&amp;Import 1 row</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Välj en Excel-fil (.xlsx) med kolumnerna i importmallen (Arkiv → Importmall). Inget sparas förrän du väljer Importera; rader med fel hoppas över och klienter som redan finns skapas inte igen. En rad vars personnummer tillhör en klient med ett annat namn importeras inte.</source>
        <translation>Choose an Excel file (.xlsx) with the columns of the import template (File → Import template). Nothing is saved until you choose Import; rows with errors are skipped and clients who already exist are not created again. A row whose personal identity number belongs to a client with a different name is not imported.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Importerar…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>InstrumentChooser</name>
    <message>
        <location filename="../../app/ui/instrument_chooser.py" line="+40"/>
        <source>lättläst</source>
        <translation>easy read</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ny bedömning</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instrument och version</source>
        <translation>Instrument and version</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Instrument och version:</source>
        <translation>&amp;Instrument and version:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Starta bedömningen</source>
        <translation>Start the assessment</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>kontrollera mot manualen</source>
        <translation>check against the manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · version %2</source>
        <translation>%1 · version %2</translation>
    </message>
</context>
<context>
    <name>InstrumentKind</name>
    <message>
        <location line="-81"/>
        <source>Intervju</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Självskattning</source>
        <translation>Self-rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Självskattning och professionell bedömning</source>
        <translation>Self-rating and professional assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbetsanalys</source>
        <translation>Job analysis</translation>
    </message>
</context>
<context>
    <name>InterventionsPanel</name>
    <message>
        <location filename="../../app/ui/interventions_panel.py" line="+99"/>
        <location line="+53"/>
        <source>Insatser</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Datum för insatsen</source>
        <translation>Date of the intervention</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tid i minuter</source>
        <translation>Time in minutes</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>Modell</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+5"/>
        <source>Delmål %1 (v%2)</source>
        <translation>Sub-goal %1 (v%2)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Minuter</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delmål</source>
        <translation>Sub-goal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inga insatser ännu. Registrera en i fälten nedan och spara den.</source>
        <translation>No interventions yet. Record one in the fields below and save it.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <location line="+92"/>
        <source>Välj…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Typ av insats</source>
        <translation>Type of intervention</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delmål som insatsen gäller</source>
        <translation>Sub-goal the intervention concerns</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beskrivning av insatsen</source>
        <translation>Description of the intervention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ny insats</source>
        <translation>&amp;New intervention</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+102"/>
        <source>&amp;Spara insats</source>
        <translation>&amp;Save intervention</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Da&amp;tum</source>
        <translation>Da&amp;te</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;id (minuter)</source>
        <translation>Ti&amp;me (minutes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Modell</source>
        <translation>M&amp;odel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delm&amp;ål</source>
        <translation>Sub-&amp;goal</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>T&amp;yp av insats</source>
        <translation>T&amp;ype of intervention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Beskrivning</source>
        <translation>Des&amp;cription</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Samverkansmöten planeras och dokumenteras under fliken Samverkansmöten.</source>
        <translation>Collaboration meetings are planned and recorded under the Collaboration meetings tab.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Inget delmål</source>
        <translation>No sub-goal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delmål %d: %s</source>
        <translation>Sub-goal %d: %s</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Välj modell först</source>
        <translation>Choose a model first</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%s (äldre val)</source>
        <translation>%s (older choice)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Typen %s hör inte till %s. Välj en typ som hör till modellen.</source>
        <translation>The type %s does not belong to %s. Choose a type that belongs to the model.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ingen modell</source>
        <translation>no model</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Spara ändringar</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delmål %1 (version %2): %3</source>
        <translation>Sub-goal %1 (version %2): %3</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../app/ui/lock_screen.py" line="+83"/>
        <location line="+43"/>
        <source>ATAMA är låst</source>
        <translation>ATAMA is locked</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Lösenord för att låsa upp</source>
        <translation>Password to unlock</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lås &amp;upp</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+39"/>
        <source>&amp;Byt användare…</source>
        <translation>&amp;Switch user…</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>&amp;Lösenord</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 är inloggad.
Skriv ditt lösenord för att fortsätta där du var.</source>
        <translation>%1 is signed in.
Type your password to continue where you were.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen är inloggad.</source>
        <translation>Nobody is signed in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Logga in…</source>
        <translation>&amp;Sign in…</translation>
    </message>
</context>
<context>
    <name>LogAction</name>
    <message>
        <location filename="../../app/ui/log_review_page.py" line="+44"/>
        <source>Öppnade klient</source>
        <translation>Opened client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Öppnade ärende</source>
        <translation>Opened case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Läste dokument</source>
        <translation>Read document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skrev</source>
        <translation>Wrote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signerade</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rättade</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makulerade</source>
        <translation>Struck out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporterade</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skrev ut</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importerade</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Säkerhetskopierade</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Återställde</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ändrade inställningar</source>
        <translation>Changed settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ändrade behörighet</source>
        <translation>Changed permissions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loggade in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Misslyckad inloggning</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Låste programmet</source>
        <translation>Locked the program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loggade ut</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begäran om radering</source>
        <translation>Erasure request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gallrade</source>
        <translation>Disposed of</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loggkontroll</source>
        <translation>Log review</translation>
    </message>
</context>
<context>
    <name>LogReviewPage</name>
    <message>
        <location line="+13"/>
        <location line="+40"/>
        <source>Användare</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+39"/>
        <source>Klient</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personnummer eller namn (tomt: alla)</source>
        <translation>Personal identity number or name (empty: all)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Periodens första dag</source>
        <translation>First day of the period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periodens sista dag</source>
        <translation>Last day of the period</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+48"/>
        <source>Händelse</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alla händelser</source>
        <translation>All events</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Sök</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sök i loggen</source>
        <translation>Search the log</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An&amp;dras ärenden</source>
        <translation>&amp;Others&apos; cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andras ärenden: öppningar av ärenden där användaren inte var ansvarig, under perioden</source>
        <translation>Others&apos; cases: openings of cases the user was not responsible for, during the period</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Antal rader i stickprovet</source>
        <translation>Number of rows in the sample</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stick&amp;prov</source>
        <translation>Sa&amp;mple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stickprov: slumpvis valda rader under perioden</source>
        <translation>Sample: rows chosen at random during the period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xportera (Excel)…</source>
        <translation>Ex&amp;port (Excel)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exportera listan till Excel</source>
        <translation>Export the list to Excel</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+60"/>
        <source>Urval</source>
        <translation>Selection</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Klient:</source>
        <translation>&amp;Client:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Från:</source>
        <translation>F&amp;rom:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Till:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hände&amp;lse:</source>
        <translation>Eve&amp;nt:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;ntal:</source>
        <translation>Num&amp;ber:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loggrader</source>
        <translation>Log rows</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+94"/>
        <source>Fynd</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ärende</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvarig för ärendet</source>
        <translation>Responsible for the case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Granskad</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Anv&amp;ändare:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Inga loggrader med de valda villkoren. Ändra villkoren ovan och sök igen.</source>
        <translation>No log rows match the chosen conditions. Change the conditions above and search again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Vad granskningen visade, t.ex. ”Inga avvikelser” eller vad som ska följas upp och med vem.</source>
        <translation>What the review showed, e.g. “No deviations” or what is to be followed up and with whom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spara &amp;granskning</source>
        <translation>Save revie&amp;w</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spara granskningen av listan ovan med fynden</source>
        <translation>Save the review of the list above with the findings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sparade granskningar</source>
        <translation>Saved reviews</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Granskning</source>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;ynd:</source>
        <translation>Fin&amp;dings:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sparade granskn&amp;ingar:</source>
        <translation>Saved rev&amp;iews:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Loggkontroll</source>
        <translation>Log review</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alla användare</source>
        <translation>All users</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n rader, äldst först</source>
        <translation>
            <numerusform>%n row, oldest first</numerusform>
            <numerusform>%n rows, oldest first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n rader, senast först</source>
        <translation>
            <numerusform>%n row, latest first</numerusform>
            <numerusform>%n rows, latest first</numerusform>
        </translation>
    </message>
    <message>
        <location line="-2"/>
        <source>de %1 senaste raderna visas (Excel tar med fler)</source>
        <translation>the latest %1 rows are shown (Excel includes more)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>början</source>
        <translation>the start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>i dag</source>
        <translation>today</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hela loggen</source>
        <translation>the whole log</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stickprov om %1 rader, %2</source>
        <translation>Sample of %1 rows, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (frö %1)</source>
        <translation> (seed %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Öppnade ärenden där användaren inte var ansvarig, %1</source>
        <translation>Opened cases the user was not responsible for, %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>användare %1</source>
        <translation>user %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>klient %1 (%2)</source>
        <translation>client %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>händelse %1</source>
        <translation>event %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sökning: %1, %2</source>
        <translation>Search: %1, %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>alla rader</source>
        <translation>all rows</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Skapar filen…</source>
        <translation>Creating the file…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+47"/>
        <source>Sök namn, personnummer eller ärendenummer (Ctrl+F)</source>
        <translation>Search name, personal identity number or case number (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sök klient</source>
        <translation>Search client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Klientlista</source>
        <translation>Client list</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Att göra laddas…</source>
        <translation>Loading To do…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 – skrivskyddad</source>
        <translation>%1 – read-only</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Databasen är öppnad skrivskyddad.</source>
        <translation>The database is open read-only.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Det du öppnar loggas i journalens logg som vanligt.</source>
        <translation>What you open is logged in the journal&apos;s access log as usual.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filen kan inte ta emot loggrader: det du öppnar loggas i en fil på den här datorn och förs in i journalens logg nästa gång databasen öppnas med skrivrätt.</source>
        <translation>The file cannot take log rows: what you open is logged in a file on this computer and added to the journal&apos;s access log the next time the database is opened with write access.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skrivskyddad: %1. Du kan läsa men inte ändra något. %2</source>
        <translation>Read-only: %1. You can read but not change anything. %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Ingen klient matchar ”%1”. Sök på namn, personnummer eller ärendenummer, eller registrera en ny klient med Ctrl+N.</source>
        <translation>No client matches “%1”. Search by name, personal identity number or case number, or register a new client with Ctrl+N.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inga klienter i databasen.</source>
        <translation>No clients in the database.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inga klienter ännu – registrera en med Ctrl+N (Arkiv → Ny klient).</source>
        <translation>No clients yet – register one with Ctrl+N (File → New client).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Databasfilen är skadad – återställ en säkerhetskopia.</source>
        <translation>The database file is damaged – restore a backup.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ny klient…</source>
        <translation>&amp;New client…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nytt ä&amp;rende för markerad klient…</source>
        <translation>New &amp;case for the selected client…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Im&amp;portera klienter från Excel…</source>
        <translation>I&amp;mport clients from Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import&amp;mall (Excel)…</source>
        <translation>Import temp&amp;late (Excel)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kr&amp;yptera databasen…</source>
        <translation>Encr&amp;ypt the database…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Inställningar…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Stäng flik</source>
        <translation>Close &amp;tab</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>In&amp;formationsblad om ATAMA (PDF)…</source>
        <translation>Information &amp;sheet about ATAMA (PDF)…</translation>
    </message>
    <message>
        <location line="+627"/>
        <source>Stänga programmet ändå?</source>
        <translation>Quit ATAMA anyway?</translation>
    </message>
    <message>
        <location line="-660"/>
        <source>&amp;Att göra</source>
        <translation>To &amp;do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gruppaktiviteter</source>
        <translation>&amp;Group activities</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mina &amp;osignerade poster…</source>
        <translation>My &amp;unsigned entries…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Loggkontroll…</source>
        <translation>&amp;Log review…</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Ga&amp;llring…</source>
        <translation>D&amp;isposal…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Säkerhets&amp;kopior…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enhetens &amp;uppgifter…</source>
        <translation>Unit d&amp;etails…</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>L&amp;ås nu</source>
        <translation>Loc&amp;k now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Byt användare…</source>
        <translation>S&amp;witch user…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Byt lösenor&amp;d…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>&amp;Tillgång till ärendet…</source>
        <translation>&amp;Access to the case…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Användare och be&amp;hörigheter…</source>
        <translation>Users and pe&amp;rmissions…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ny åt&amp;erställningsnyckel…</source>
        <translation>New reco&amp;very key…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stäng pr&amp;ogrammet</source>
        <translation>&amp;Quit ATAMA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sök klient</source>
        <translation>&amp;Search client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kortkommandon</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Om ATAMA</source>
        <translation>&amp;About ATAMA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ä&amp;rendelista (Excel)…</source>
        <translation>&amp;Case list (Excel)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Uppföljning Finsam (Excel)…</source>
        <translation>&amp;Uppföljning Finsam (Excel)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Insatser (Excel)…</source>
        <translation>&amp;Interventions (Excel)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instrument&amp;data, pseudonymiserad (Excel)…</source>
        <translation>Instrument &amp;data, pseudonymised (Excel)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tom &amp;blankett (PDF)</source>
        <translation>&amp;Blank form (PDF)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Skapar filen…</source>
        <translation>Creating the file…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Uppföljning Finsam</source>
        <translation>Uppföljning Finsam</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Insatser</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Visar de första %1 träffarna – skriv mer för att begränsa.</source>
        <translation>Showing the first %1 matches – type more to narrow the search.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n klienter</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Återställa ändå?</source>
        <translation>Restore anyway?</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Stäng fliken ändå?</source>
        <translation>Close the tab anyway?</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Markera först en klient i listan.</source>
        <translation>First select a client in the list.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Byta användare ändå?</source>
        <translation>Switch user anyway?</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Databas: </source>
        <translation>Database: </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Öppna först ärendet vars tillgång du vill se.</source>
        <translation>First open the case whose access you want to see.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Kryptera ändå?</source>
        <translation>Encrypt anyway?</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Ny återställningsnyckel</source>
        <translation>New recovery key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En ny återställningsnyckel görs och visas en gång. Den gamla slutar gälla: riv papperet med den. Fortsätta?</source>
        <translation>A new recovery key is made and shown once. The old one stops working: tear up the paper it is on. Continue?</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Inte sparat</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Det här kunde inte sparas:</source>
        <translation>This could not be saved:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Det som inte sparats går då förlorat. Välj Nej så finns texten kvar och du kan försöka igen.</source>
        <translation>What was not saved is then lost. Choose No to keep the text and try again.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ett oväntat fel inträffade</source>
        <translation>An unexpected error occurred</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Något kunde inte sparas.</source>
        <translation>Something could not be saved.</translation>
    </message>
</context>
<context>
    <name>MeetingActionsDialog</name>
    <message>
        <location filename="../../app/ui/meeting_actions_dialog.py" line="+32"/>
        <source>Åtgärder från mötet</source>
        <translation>Actions from the meeting</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1. Ange när varje åtgärd blev gjord; lämna Gjord tom för en åtgärd som inte är gjord.</source>
        <translation>%1. Give the day each action was done; leave Done empty for an action that is not done.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Mötesanteckningen är signerad: bara datumen ändras.</source>
        <translation> The meeting record is signed: only the dates change.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delmål</source>
        <translation>Sub-goal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gjord</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gjord, åtgärd %1</source>
        <translation>Done, action %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>MeetingPlanDialog</name>
    <message>
        <location filename="../../app/ui/meeting_plan_dialog.py" line="+56"/>
        <source>Planera möte</source>
        <translation>Plan a meeting</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Typ av möte</source>
        <translation>Type of meeting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Välj…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum för mötet</source>
        <translation>Date of the meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klockslag</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Längd i minuter</source>
        <translation>Length in minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adress och rum</source>
        <translation>Address and room</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Videolänk</source>
        <translation>Video link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://…, om mötet hålls på video</source>
        <translation>https://…, if the meeting is held by video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syfte med mötet</source>
        <translation>Purpose of the meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Frågor till klienten, en per rad</source>
        <translation>Questions for the client, one per line</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>K&amp;l.</source>
        <translation>Ti&amp;me</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&amp;ängd</source>
        <translation>&amp;Length</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Typ av möte</source>
        <translation>&amp;Type of meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dat&amp;um</source>
        <translation>Dat&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plats</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Videolänk</source>
        <translation>&amp;Video link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Syfte</source>
        <translation>P&amp;urpose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Frågor att tänka på
(en per rad)</source>
        <translation>&amp;Questions to think about
(one per line)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Kallelse till klienten (PDF)…</source>
        <translation>&amp;Invitation to the client (PDF)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kallelse till deltagare från</source>
        <translation>Invitation to participants from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kallelse till deltagar&amp;ens organisation…</source>
        <translation>Invitation to the participa&amp;nt&apos;s organisation…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kalenderfil (.&amp;ics)…</source>
        <translation>Calendar file (.ic&amp;s)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Spa&amp;ra och stäng</source>
        <translation>Save an&amp;d close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Spara mötet med deltagare först.</source>
        <translation>Save the meeting with participants first.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Mötet %1</source>
        <translation>Meeting %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stäng mötet</source>
        <translation>Close the meeting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Det du skrivit är inte sparat. Stäng ändå?</source>
        <translation>What you wrote is not saved. Close anyway?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Skriver kallelsen…</source>
        <translation>Writing the invitation…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Skriver kalenderfilen…</source>
        <translation>Writing the calendar file…</translation>
    </message>
</context>
<context>
    <name>MeetingRecordDialog</name>
    <message>
        <location filename="../../app/ui/meeting_record_dialog.py" line="+61"/>
        <source>Rätta mötesanteckningen – %1 %2</source>
        <translation>Correct the meeting record – %1 %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registrera mötet – %1 %2</source>
        <translation>Record the meeting – %1 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Skäl till rättelsen</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vad som sades på mötet</source>
        <translation>What was said at the meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+30"/>
        <source>Deltog</source>
        <translation>Took part</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Åtgärder</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nästa möte</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nästa möte: klockslag</source>
        <translation>Next meeting: time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TT:MM (valfritt)</source>
        <translation>HH:MM (optional)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kl&amp;ockslag</source>
        <translation>T&amp;ime</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Skäl till &amp;rättelsen</source>
        <translation>&amp;Reason for the correction</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Vad som sades</source>
        <translation>&amp;What was said</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vem gör vad</source>
        <translation>Who does what</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nästa möte</source>
        <translation>&amp;Next meeting</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si&amp;gnera</source>
        <translation>Si&amp;gn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rätta…</source>
        <translation>Co&amp;rrect…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lättläst</source>
        <translation>&amp;Easy read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klientens mötesanteckning som lättläst</source>
        <translation>The client&apos;s meeting record in easy read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klientens &amp;mötesanteckning (PDF)…</source>
        <translation>Client&apos;s &amp;meeting record (PDF)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Stäng mötet</source>
        <translation>Close the meeting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Det du skrivit är inte sparat. Stäng ändå?</source>
        <translation>What you wrote is not saved. Close anyway?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delmål %1: %2</source>
        <translation>Sub-goal %1: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Rättelse: skriv skälet och det som ska stå, och spara. Den signerade anteckningen ändras inte.</source>
        <translation>Correction: write the reason and what it should say, and save. The signed record does not change.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Makulerad.</source>
        <translation>Struck out.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Rättad.</source>
        <translation> Corrected.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utkast: spara och signera när anteckningen är klar.</source>
        <translation>Draft: save, and sign when the record is complete.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planerat: skriv vad som sades och vem som gör vad, och spara.</source>
        <translation>Planned: write what was said and who does what, and save.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rättelse (%1). %2</source>
        <translation>Correction (%1). %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Skriver mötesanteckningen…</source>
        <translation>Writing the meeting record…</translation>
    </message>
</context>
<context>
    <name>MeetingTexts</name>
    <message>
        <location filename="../../app/ui/meeting_rows.py" line="-229"/>
        <source>%1 kl. %2–%3</source>
        <translation>%1 at %2–%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 kl. %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signerad %1 av %2</source>
        <translation>Signed %1 by %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Okänd</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <location filename="../../app/models/meetings.py" line="+275"/>
        <source>Mötet är makulerat och kan inte ändras.</source>
        <translation>The meeting is struck out and cannot be changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mötesanteckningen är signerad och kan inte ändras. Skriv en rättelse i stället.</source>
        <translation>The meeting record is signed and cannot be changed. Write a correction instead.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mötet är inställt.</source>
        <translation>The meeting is cancelled.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mötet är redan genomfört och ställs inte in.</source>
        <translation>The meeting has already been held and is not cancelled.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mötet är makulerat och signeras inte.</source>
        <translation>The meeting is struck out and is not signed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bara ett genomfört möte signeras: dokumentera mötet först.</source>
        <translation>Only a held meeting is signed: record the meeting first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ett makulerat möte rättas inte.</source>
        <translation>A struck-out meeting is not corrected.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ett utkast rättas inte: ändra det, eller makulera det.</source>
        <translation>A draft is not corrected: change it, or strike it out.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mötesanteckningen är redan rättad. Rätta rättelsen i stället.</source>
        <translation>The meeting record is already corrected. Correct the correction instead.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Mötet är planerat till %1 och kan dokumenteras först den dagen.</source>
        <translation>The meeting is planned for %1 and can be recorded from that day.</translation>
    </message>
</context>
<context>
    <name>MeetingsPanel</name>
    <message>
        <location filename="../../app/ui/meetings_panel.py" line="+37"/>
        <source>Rättelse, signerad</source>
        <translation>Correction, signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rättelse, utkast</source>
        <translation>Correction, draft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Genomfört, rättat</source>
        <translation>Held, corrected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Genomfört, signerat</source>
        <translation>Held, signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genomfört, utkast</source>
        <translation>Held, draft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planerat</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inställt</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (makulerat)</source>
        <translation>%1 (struck out)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Åtgärder finns när mötet är registrerat.</source>
        <translation>Actions exist once the meeting is recorded.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mötet är makulerat.</source>
        <translation>The meeting is struck out.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anteckningen är rättad: markera åtgärderna i rättelsen.</source>
        <translation>The record is corrected: mark the actions in the correction.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mötet har inga åtgärder.</source>
        <translation>The meeting has no actions.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Datum och tid</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisationer</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Samverkansmöten</source>
        <translation>Collaboration meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inga samverkansmöten ännu. Planera ett med Planera möte (Ctrl+Skift+M).</source>
        <translation>No collaboration meetings yet. Plan one with Plan a meeting (Ctrl+Shift+M).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avstämning</source>
        <translation>Review meeting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Genomfört, sign</source>
        <translation>Held, signed</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Planera &amp;möte…</source>
        <translation>Plan a &amp;meeting…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planera ett nytt samverkansmöte (%s)</source>
        <translation>Plan a new collaboration meeting (%s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Öppna…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Öppna det markerade mötet (Enter)</source>
        <translation>Open the selected meeting (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;gistrera mötet…</source>
        <translation>Record the meetin&amp;g…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Åtgärder…</source>
        <translation>Ac&amp;tions…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ställ in…</source>
        <translation>Cancel meeting…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Makulera…</source>
        <translation>Strike out…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter öppnar mötet. %s planerar ett nytt.</source>
        <translation>Enter opens the meeting. %s plans a new one.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Markera när mötets åtgärder blev gjorda</source>
        <translation>Mark when the meeting&apos;s actions were done</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Mötet ställs in: det finns kvar i listan som inställt, med ditt skäl.</source>
        <translation>The meeting is cancelled: it stays in the list as cancelled, with your reason.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Ställ in</source>
        <translation>Cancel the &amp;meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skäl till att mötet ställs in</source>
        <translation>Reason for cancelling the meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ställ in möte</source>
        <translation>Cancel meeting</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Makulera mötesanteckning</source>
        <translation>Strike out meeting record</translation>
    </message>
</context>
<context>
    <name>NameOnlyIconProvider</name>
    <message>
        <location filename="../../app/ui/file_dialogs.py" line="+36"/>
        <source>Mapp</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fil</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>ParticipantRows</name>
    <message>
        <location filename="../../app/ui/meeting_rows.py" line="+134"/>
        <source>Lägg till &amp;deltagare</source>
        <translation>Add parti&amp;cipant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deltagare %1: organisation</source>
        <translation>Participant %1: organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Välj…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deltagare %1: annan organisation</source>
        <translation>Participant %1: other organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vilken, vid Annan</source>
        <translation>Which, if Other</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annan organisation</source>
        <translation>Other organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deltagare %1: roll</source>
        <translation>Participant %1: role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>t.ex. Handläggare</source>
        <translation>e.g. Case officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deltagare %1: namn</source>
        <translation>Participant %1: name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deltagare %1: telefon</source>
        <translation>Participant %1: phone</translation>
    </message>
</context>
<context>
    <name>UnsignedEntry</name>
    <message>
        <location filename="../../app/models/meetings.py" line="+401"/>
        <source>Samverkansmöte – %1: %2</source>
        <translation>Collaboration meeting – %1: %2</translation>
    </message>
</context>
<context>
    <name>_Rows</name>
    <message>
        <location filename="../../app/ui/meeting_rows.py" line="-64"/>
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta bort rad %d</source>
        <translation>Remove row %d</translation>
    </message>
</context>
<context>
    <name>data</name>
    <message>
        <location filename="../../app/ui/i18n_data.py" line="+9"/>
        <source>Uppnått</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delvis uppnått</source>
        <translation>Partly achieved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej uppnått</source>
        <translation>Not achieved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avslutad</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reguljär anställning</source>
        <translation>Regular employment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Studier</source>
        <translation>Studies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbetsträning/praktik</source>
        <translation>Work training/placement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subventionerad anställning</source>
        <translation>Subsidised employment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ökad sysselsättningsgrad</source>
        <translation>Increased working hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åter till vården/FK</source>
        <translation>Back to health care/FK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avbrutet</source>
        <translation>Discontinued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flyttat</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annat</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kvar i arbetet med minskad frånvaro</source>
        <translation>Still in work with less absence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I arbete med anpassning</source>
        <translation>In work with adjustments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kvar i arbetet, frånvaron oförändrad</source>
        <translation>Still in work, absence unchanged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Omplacerad</source>
        <translation>Redeployed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sjukskriven på deltid</source>
        <translation>On part-time sick leave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sjukskriven på heltid</source>
        <translation>On full-time sick leave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Har avslutat anställningen</source>
        <translation>Has left the job</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Muntligt</source>
        <translation>Orally</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriftligt</source>
        <translation>In writing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbetsförmedlingen</source>
        <translation>Arbetsförmedlingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Försäkringskassan</source>
        <translation>Försäkringskassan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vården</source>
        <translation>Health care</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IFO/socialtjänst</source>
        <translation>IFO/social services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbetsgivare/arbetsledare</source>
        <translation>Employer/supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samordningsförbundet (Finsam)</source>
        <translation>Samordningsförbundet (Finsam)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annan</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utvecklingsplan</source>
        <translation>Development plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedömningsresultat</source>
        <translation>Assessment results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utvärdering och utfall</source>
        <translation>Evaluation and outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journalanteckningar</source>
        <translation>Journal notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förgymnasial</source>
        <translation>Below upper secondary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gymnasial</source>
        <translation>Upper secondary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eftergymnasial</source>
        <translation>Post-secondary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Okänd</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kvinna</source>
        <translation>Woman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ReDO™</source>
        <translation>ReDO™</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friskvårdstimmen</source>
        <translation>Wellness Hour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Föreläsning/workshop</source>
        <translation>Lecture/workshop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen offentlig försörjning</source>
        <translation>No public support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lön/anställning</source>
        <translation>Salary/employment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Försörjningsstöd</source>
        <translation>Income support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktivitetsstöd</source>
        <translation>Activity support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktivitetsersättning</source>
        <translation>Activity compensation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sjukpenning/rehabiliteringspenning</source>
        <translation>Sickness/rehabilitation benefit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A-kassa</source>
        <translation>Unemployment insurance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hjälpmedel/arbetshjälpmedel</source>
        <translation>Assistive devices/work aids</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kompensatoriska strategier</source>
        <translation>Compensatory strategies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anpassning av fysisk miljö</source>
        <translation>Adapting the physical environment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anpassning av social miljö</source>
        <translation>Adapting the social environment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Träning i aktivitet (strategier och förmågor)</source>
        <translation>Training in activity (strategies and skills)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Graderad eller anpassad aktivitet</source>
        <translation>Graded or adapted activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Träning av kroppsfunktioner</source>
        <translation>Training of body functions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Föreläsning/workshop för en grupp</source>
        <translation>Lecture/workshop for a group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undervisning och råd</source>
        <translation>Teaching and advice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stödjande</source>
        <translation>Supportive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rådgivning till arbetsledare/chef</source>
        <translation>Advice to supervisor/manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kompensation</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktivitetsträning</source>
        <translation>Activity training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funktionsträning</source>
        <translation>Function training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pedagogisk modell</source>
        <translation>Educational model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbetsgivare</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enheten</source>
        <translation>Our unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klienten</source>
        <translation>The client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontaktmöte</source>
        <translation>Contact meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avstämningsmöte</source>
        <translation>Review meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gemensam kartläggning</source>
        <translation>Joint survey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Överlämnings-/omställningsmöte</source>
        <translation>Handover/transition meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trepartssamtal</source>
        <translation>Three-party meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samtal</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Möte</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Övrigt</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subventionerat arbete</source>
        <translation>Subsidised work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej subventionerat arbete</source>
        <translation>Unsubsidised work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbetslös</source>
        <translation>Unemployed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sjukskriven</source>
        <translation>On sick leave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Praktik/arbetsträning</source>
        <translation>Placement/work training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbetsterapeut</source>
        <translation>Occupational therapist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbetsledare</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chef</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbetsmarknadskoordinator</source>
        <translation>Labour market coordinator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mindre än 1 år</source>
        <translation>Less than 1 year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1–2 år</source>
        <translation>1–2 years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2–5 år</source>
        <translation>2–5 years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mer än 5 år</source>
        <translation>More than 5 years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individen själv</source>
        <translation>The individual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boendestöd</source>
        <translation>Housing support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HR/personalavdelning</source>
        <translation>HR department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej påbörjad</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pågår</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klar</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medarbetare på AMA</source>
        <translation>AMA employee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boendestöd/försörjningsstöd</source>
        <translation>Housing support/income support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommunanställd med upprepad korttidsfrånvaro</source>
        <translation>Municipal employee with repeated short-term absence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informera</source>
        <translation>Inform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informera om arbetsterapi och ATAMA, muntligt och/eller skriftligt, till klienten och andra berörda (t.ex. kollegor, chef, anhöriga).</source>
        <translation>Inform the client and others concerned (e.g. colleagues, manager, relatives) about occupational therapy and ATAMA, orally and/or in writing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informationsblad om ATAMA (Bilaga 1)</source>
        <translation>Information sheet about ATAMA (Appendix 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information om kommande kurser, föreläsningar och introduktionsdag</source>
        <translation>Information about upcoming courses, lectures and the introduction day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information till klient och berörda</source>
        <translation>Information to the client and others concerned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Är klienten (och andra berörda) informerad om vad arbetsterapi är?</source>
        <translation>Has the client (and others concerned) been told what occupational therapy is?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Är klienten informerad om vad ATAMA har för fokus?</source>
        <translation>Has the client been told what ATAMA focuses on?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Är klienten informerad om arbetsterapeutens roll?</source>
        <translation>Has the client been told about the occupational therapist&apos;s role?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vad kan ATAMA erbjuda klienten, och vilka begränsningar finns?</source>
        <translation>What can ATAMA offer the client, and what are the limits?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vilka fick informationen, och hur (muntligt/skriftligt)?</source>
        <translation>Who received the information, and how (orally/in writing)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utreda</source>
        <translation>Assess</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kartlägg klientens utförandesammanhang, vilka uppgifter klienten prioriterar och orsakerna till aktivitetsbegränsning. Kartläggningen görs alltid först.</source>
        <translation>Survey the client&apos;s performance context, the tasks the client prioritises and the causes of activity limitation. The survey always comes first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ärende till arbetsterapeut (ärendeblankett)</source>
        <translation>Case for the occupational therapist (case form)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verktyg från den interna metodboken</source>
        <translation>Tools from the internal method book</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktuella bedömningsinstrument</source>
        <translation>Current assessment instruments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a. Klientens utförandesammanhang (kartläggning)</source>
        <translation>a. The client&apos;s performance context (survey)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intervju med klienten och/eller andra, befintlig dokumentation. Instrument: DOA, AWC, WEIS-S, AWP, WRI-S.</source>
        <translation>Interview with the client and/or others, existing documentation. Instruments: DOA, AWC, WEIS-S, AWP, WRI-S.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vem är klienten?</source>
        <translation>Who is the client?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vilka behov har klienten?</source>
        <translation>What needs does the client have?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vilka aktiviteter vill och/eller behöver klienten utföra?</source>
        <translation>Which activities does the client want and/or need to do?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hur ser miljön ut?</source>
        <translation>What is the environment like?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vad hos klienten stödjer respektive begränsar utförandet?</source>
        <translation>What in the client supports performance, and what limits it?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mål, värderingar, vanor, intressen, roller, fysiska och psykiska funktioner.</source>
        <translation>Goals, values, habits, interests, roles, physical and mental functions.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vad i den fysiska miljön stödjer respektive begränsar?</source>
        <translation>What in the physical environment supports, and what limits?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vad i den sociala miljön stödjer respektive begränsar?</source>
        <translation>What in the social environment supports, and what limits?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Människor, kvaliteten i samarbetet med andra.</source>
        <translation>People, the quality of working with others.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vilka institutionella/kulturella faktorer stödjer respektive begränsar?</source>
        <translation>Which institutional/cultural factors support, and which limit?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ekonomi, gemensamma värderingar, regler och normer.</source>
        <translation>Finances, shared values, rules and norms.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>b. Uppgifter som klienten prioriterar</source>
        <translation>b. Tasks the client prioritises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instrument: OVal-9, målformuleringen i DOA.</source>
        <translation>Instruments: OVal-9, the goal statement in DOA.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vilka uppgifter prioriterar klienten?</source>
        <translation>Which tasks does the client prioritise?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>c. Orsaker till aktivitetsbegränsning/delaktighetsinskränkning</source>
        <translation>c. Causes of activity limitation/participation restriction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Använd det som samlats in, aktivitetsanalyser av observerat utförande, fler intervjuer eller instrument och andra professioners utredningar.</source>
        <translation>Use what has been gathered, activity analyses of observed performance, further interviews or instruments and other professionals&apos; assessments.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Möjliga orsaker hos klienten?</source>
        <translation>Possible causes in the client?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Möjliga orsaker i uppgiften?</source>
        <translation>Possible causes in the task?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antal, svårighetsgrad, komplexitet, frekvens.</source>
        <translation>Number, difficulty, complexity, frequency.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Möjliga orsaker i den fysiska miljön?</source>
        <translation>Possible causes in the physical environment?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Möjliga orsaker i den sociala miljön?</source>
        <translation>Possible causes in the social environment?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Möjliga institutionella/kulturella orsaker?</source>
        <translation>Possible institutional/cultural causes?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planera och genomföra</source>
        <translation>Plan and carry out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Välj tillsammans med klienten bland alternativen för intervention och genomför dem. Modeller: kompensation, aktivitetsträning, funktionsträning (mål ändå på aktivitetsnivå), pedagogisk modell.</source>
        <translation>Choose among the intervention options together with the client and carry them out. Models: compensation, activity training, function training (goals still at activity level), educational model.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ReDO™-metoden</source>
        <translation>The ReDO™ method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Föreläsningar/workshops (belastningsergonomi, hälsa)</source>
        <translation>Lectures/workshops (ergonomics, health)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Material från Friskvårdstimmen</source>
        <translation>Material from the Wellness Hour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Förslag på scheman</source>
        <translation>Suggested schedules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dokument om verktyg och anpassningar</source>
        <translation>Documents on tools and adjustments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Val av intervention</source>
        <translation>Choice of intervention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vilka alternativ till intervention finns?</source>
        <translation>What intervention options are there?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>För vilka interventioner finns det evidens?</source>
        <translation>Which interventions have evidence behind them?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vilka interventioner prioriterar klienten?</source>
        <translation>Which interventions does the client prioritise?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan och genomförande</source>
        <translation>Plan and delivery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hur ser planen för intervention ut?</source>
        <translation>What is the intervention plan?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vilka interventioner genomfördes?</source>
        <translation>Which interventions were carried out?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behövs kompletterande insatser från samarbetspartner (Af, jobbkoordinator, sysselsättningsteam m.fl.)?</source>
        <translation>Are additional interventions needed from partners (Af, job coordinator, employment team etc.)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utvärdera</source>
        <translation>Evaluate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jämför nuläget med utgångsläget och målet, tillsammans med klienten och/eller andra berörda.</source>
        <translation>Compare the current situation with the baseline and the goal, together with the client and/or others concerned.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dokument där målen först skrevs (ärendeblankett, målformulering)</source>
        <translation>Documents where the goals were first written (case form, goal statement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jämförelse</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vilka skillnader finns mellan utgångsläget och nuläget?</source>
        <translation>What differences are there between the baseline and now?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vilka skillnader finns mellan målet och nuläget?</source>
        <translation>What differences are there between the goal and now?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I vilken utsträckning nåddes målen?</source>
        <translation>To what extent were the goals reached?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Om målen inte nåddes: vad beror det på?</source>
        <translation>If the goals were not reached: why not?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avsluta</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Besluta tillsammans med klienten om fortsatt arbetsterapi och avsluta klientens deltagande i ATAMA.</source>
        <translation>Decide with the client about further occupational therapy and end the client&apos;s participation in ATAMA.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fortsatt arbetsterapi</source>
        <translation>Further occupational therapy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Var ska fortsatt arbetsterapi genomföras?</source>
        <translation>Where will further occupational therapy take place?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vad är syftet med fortsatt arbetsterapi?</source>
        <translation>What is the purpose of further occupational therapy?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behövs samverkan med andra, och i så fall med vem?</source>
        <translation>Is collaboration with others needed, and if so with whom?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uppföljning av upprepad korttidsfrånvaro</source>
        <translation>Follow-up of repeated short-term absence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uppföljning korttidsfrånvaro</source>
        <translation>Short-term absence follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samtal och WEIS-S vid första mötet, sammanställd bedömning, andra mötet där bedömningen presenteras och korrigeras, insatser vid behov och sedan uppföljning.</source>
        <translation>A conversation and WEIS-S at the first meeting, a compiled assessment, a second meeting where the assessment is presented and corrected, interventions as needed, then follow-up.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Möte 1: samtal och WEIS-S</source>
        <translation>Meeting 1: conversation and WEIS-S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samtal om arbetssituationen och frånvaron. Genomför WEIS-S tillsammans med medarbetaren.</source>
        <translation>A conversation about the work situation and the absence. Carry out WEIS-S together with the employee.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sammanställd bedömning</source>
        <translation>Compiled assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sammanställ och analysera det som kom fram vid möte 1: vad i miljön stödjer och vad begränsar?</source>
        <translation>Compile and analyse what came up at meeting 1: what in the environment supports, and what limits?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Öppna bedömningen (tolkning)</source>
        <translation>Open the assessment (interpretation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Möte 2: presentera och korrigera</source>
        <translation>Meeting 2: present and correct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentera bedömningen för medarbetaren och rätta det som missuppfattats.</source>
        <translation>Present the assessment to the employee and correct what was misunderstood.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Öppna bedömningen för att korrigera</source>
        <translation>Open the assessment to correct it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insatser</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insatser vid behov, t.ex. anpassning av arbetsmiljön eller rådgivning till arbetsledaren. Logga varje insats under fliken Insatser.</source>
        <translation>Interventions as needed, e.g. adapting the work environment or advice to the supervisor. Log each intervention under the Interventions tab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Följ upp hur det har gått: frånvaro, arbetssituation och insatsernas effekt. Vid behov ny WEIS-S.</source>
        <translation>Follow up how it has gone: absence, work situation and the effect of the interventions. A new WEIS-S if needed.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../app/ui/messages.py" line="+33"/>
        <source>Ett oväntat fel inträffade. Det du redan sparat finns kvar.

Tekniskt: %1</source>
        <translation>An unexpected error occurred. What you have already saved is still there.

Technical: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Det gick inte</source>
        <translation>That did not work</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Kontrollera uppgifterna</source>
        <translation>Check the details</translation>
    </message>
</context>
</TS>
