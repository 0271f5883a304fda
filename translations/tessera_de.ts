<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Tessera</name>
    <message>
        <source>The bundled demo is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name of the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>territory model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory model &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description of model &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>territory type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description of type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory &quot;%1&quot; has an invalid colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory &quot;%1&quot; has a negative or infinite target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description of territory &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment rule &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assignment rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment rule &quot;%1&quot; has no object type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment rule &quot;%1&quot; has more than %2 items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter of rule &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item of rule &quot;%1&quot; has no field or no operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value in rule &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field in rule &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operation in rule &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rep needs a user id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user id of rep &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email of rep &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep &quot;%1&quot; needs a capacity between 0 and 10,000,000 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep &quot;%1&quot; has a home location outside the globe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep &quot;%1&quot; has only half a home location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account id must have 1 to 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The territory does not exist.</source>
        <translation type="unfinished">Das Gebiet existiert nicht.</translation>
    </message>
    <message>
        <source>Account %1 is already linked to that territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many account links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown word &quot;%1&quot; at position %2: expected AND, OR or NOT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected character &quot;%1&quot; at position %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an operation; use one of equals, notEqual, lessThan, greaterThan, lessOrEqual, greaterOrEqual, contains, notContain, startsWith, includes, excludes, within.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an account field; rules here assign accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not apply to the %2 field %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not apply to the checkbox field %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 value for the field %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1, item %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1, filter: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model has %1 territories; Salesforce allows %2 per model unless raised on request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 has %2 items; Salesforce allows %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter of rule %1 has %2 characters; Salesforce allows %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 of rule %2 has a value of %3 characters; Salesforce allows %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 of rule %2 matches blank %3 inside an OR: every account with an empty field is caught.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 of rule %2 lists a blank alternative: accounts with an empty %3 match too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 of rule %2 compares %3 with a number, but the field is text: values compare letter by letter (&quot;10001&quot; comes before &quot;9&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 matches no account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 applies to the children of %2 and is linked again to its descendant %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rules act on territory %2; Salesforce allows %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote at position %1 must open the whole value between commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a comma after the closing quote at position %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote opened at position %1 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;within&quot; needs latitude, longitude and radius, such as &quot;37.77,-122.42,50 km&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1, %2&quot; is not a latitude and longitude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The radius &quot;%1&quot; needs a unit, km or mi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The radius &quot;%1&quot; must be a positive distance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::AccountStore</name>
    <message>
        <source>A field name must have 1 to 80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field name &quot;%1&quot; may contain only letters, digits and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a field named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has a storage that does not fit its type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account table holds at most %1 fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::ApiName</name>
    <message>
        <source>The API name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API name &quot;%1&quot; is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API name &quot;%1&quot; must begin with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API name &quot;%1&quot; may contain only letters, digits and underscores; &quot;%2&quot; is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API name &quot;%1&quot; must not contain two underscores in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API name &quot;%1&quot; must not end with an underscore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::AssignmentEngine</name>
    <message>
        <source>The territory model does not exist.</source>
        <translation type="unfinished">Das Gebietsmodell existiert nicht.</translation>
    </message>
    <message>
        <source>Assignment cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::Autosave</name>
    <message>
        <source>The recovery folder cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery information cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::BooleanFilter</name>
    <message>
        <source>The filter is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule has no items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 is not used in the filter; every item from 1 to %2 must be.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::CsvWriter</name>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::DocumentSession</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>The workspace is busy.</source>
        <translation>Der Arbeitsbereich ist beschäftigt.</translation>
    </message>
</context>
<context>
    <name>Tessera::Editor</name>
    <message>
        <source>The territory does not exist.</source>
        <translation>Das Gebiet existiert nicht.</translation>
    </message>
    <message>
        <source>The territory model does not exist.</source>
        <translation>Das Gebietsmodell existiert nicht.</translation>
    </message>
    <message>
        <source>The territory type does not exist.</source>
        <translation>Der Gebietstyp existiert nicht.</translation>
    </message>
    <message>
        <source>The assignment rule does not exist.</source>
        <translation>Die Zuweisungsregel existiert nicht.</translation>
    </message>
    <message>
        <source>Activate Rule &quot;%1&quot;</source>
        <translation>Regel „%1“ aktivieren</translation>
    </message>
    <message>
        <source>Deactivate Rule &quot;%1&quot;</source>
        <translation>Regel „%1“ deaktivieren</translation>
    </message>
    <message>
        <source>The rule is not linked to that territory.</source>
        <translation>Die Regel ist nicht mit diesem Gebiet verknüpft.</translation>
    </message>
</context>
<context>
    <name>Tessera::ErrorReporter</name>
    <message>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
</context>
<context>
    <name>Tessera::Explanation</name>
    <message>
        <source>Account %1 is in territory %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 is not in territory %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  It is assigned there by hand; manual assignments always hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  It is also excluded there; the manual assignment wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  It is excluded from this territory; exclusions win over rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  No rule acts on this territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (inherited from %1, which applies it to child territories)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: inactive, assigns nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: does not compile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (filter %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    %1. %2 %3 %4: %5, actual %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    First failing item: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::Gen</name>
    <message>
        <source>Generation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blueprint names no states.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top level: a group of neighbouring states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle level: states or parts of a state under one sales manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaf level: the accounts one or a few reps cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload (hours a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> geography</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::MainWindow</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Tessera workspaces (*.tessera)</source>
        <translation>Tessera-Arbeitsbereiche (*.tessera)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Add Territory</source>
        <translation>Gebiet &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a territory beside the selected one</source>
        <translation>Ein Gebiet neben dem ausgewählten hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Child Territory</source>
        <translation>&amp;Untergebiet hinzufügen</translation>
    </message>
    <message>
        <source>Add a territory under the selected one</source>
        <translation>Ein Gebiet unter dem ausgewählten hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete Territory</source>
        <translation>Gebiet &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected territory and everything under it</source>
        <translation>Das ausgewählte Gebiet und alles darunter löschen</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Clone Model…</source>
        <translation>Modell &amp;klonen…</translation>
    </message>
    <message>
        <source>&amp;Delete Model</source>
        <translation>Modell &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;About Tessera</source>
        <translation>Ü&amp;ber Tessera</translation>
    </message>
    <message>
        <source>Open &amp;Demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Territory Model</source>
        <translation>Gebietsmodell</translation>
    </message>
    <message>
        <source>Territory model:</source>
        <translation>Gebietsmodell:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Tessera is still busy with the workspace.</source>
        <translation>Tessera ist noch mit dem Arbeitsbereich beschäftigt.</translation>
    </message>
    <message>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>The workspace &quot;%1&quot; has unsaved changes.</source>
        <translation>Der Arbeitsbereich „%1“ hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Do you want to save them before closing it?</source>
        <translation>Möchten Sie sie vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>Arbeitsbereich speichern unter</translation>
    </message>
    <message>
        <source>An untitled workspace</source>
        <translation>Ein unbenannter Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1, last kept %2</source>
        <translation>%1, zuletzt gesichert %2</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Tessera was closed with unsaved changes. Recover them?</source>
        <translation>Tessera wurde mit ungespeicherten Änderungen beendet. Wiederherstellen?</translation>
    </message>
    <message>
        <source>The most recent one opens now; the others are offered again next time.

</source>
        <translation>Die neueste wird jetzt geöffnet; die anderen werden beim nächsten Start wieder angeboten.

</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Recovering unsaved work…</source>
        <translation>Ungespeicherte Arbeit wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Menü leeren</translation>
    </message>
    <message>
        <source>%1[*] — Tessera</source>
        <extracomment>Window title: the workspace&apos;s file name, the unsaved-changes mark, the application</extracomment>
        <translation>%1[*] — Tessera</translation>
    </message>
    <message>
        <source>%L1 territories</source>
        <translation>%L1 Gebiete</translation>
    </message>
    <message>
        <source>%L1 accounts</source>
        <translation>%L1 Accounts</translation>
    </message>
    <message>
        <source>%L1 reps</source>
        <translation>%L1 Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>New Territory</source>
        <translation>Neues Gebiet</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;. %2 brings it back.</source>
        <translation>„%1“ gelöscht. %2 holt es zurück.</translation>
    </message>
    <message>
        <source>Clone Territory Model</source>
        <translation>Gebietsmodell klonen</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Name der Kopie:</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <source>About Tessera</source>
        <translation>Über Tessera</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tessera %1&lt;/h3&gt;&lt;p&gt;Design sales territory models: hierarchies, assignment rules, reps and balance, saved in one workspace file and exported for Salesforce Enterprise Territory Management.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tessera %1&lt;/h3&gt;&lt;p&gt;Vertriebsgebietsmodelle entwerfen: Hierarchien, Zuordnungsregeln, Vertriebsmitarbeiter und Ausgewogenheit, gespeichert in einer Arbeitsbereichsdatei und exportiert für Salesforce Enterprise Territory Management.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Add Child Territory</source>
        <translation>Untergebiet hinzufügen</translation>
    </message>
    <message>
        <source>Add Territory</source>
        <translation>Gebiet hinzufügen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished">Name:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Assigning accounts…</source>
        <translation>Accounts werden zugeordnet …</translation>
    </message>
    <message>
        <source>Assigning accounts… %1%</source>
        <translation>Accounts werden zugeordnet … %1 %</translation>
    </message>
</context>
<context>
    <name>Tessera::ModelCommands</name>
    <message>
        <source>Add Territory Model &quot;%1&quot;</source>
        <translation>Gebietsmodell „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit Territory Model &quot;%1&quot;</source>
        <translation>Gebietsmodell „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Clone Territory Model as &quot;%1&quot;</source>
        <translation>Gebietsmodell als „%1“ klonen</translation>
    </message>
    <message>
        <source>Delete Territory Model &quot;%1&quot;</source>
        <translation>Gebietsmodell „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>Tessera::Operation</name>
    <message>
        <source>equals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not equal to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greater than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less or equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greater or equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>includes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excludes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::Parser</name>
    <message>
        <source>AND, OR or the end of the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter ends at position %1 where %2 was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1 at position %2 but found &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add parentheses where AND and OR meet, at position %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;)&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 at position %2 does not exist: the rule has %3 items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item number, NOT or &quot;(&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::Store</name>
    <message>
        <source>%1 declares %2 bytes of data, more than the limit of %3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 bytes where %3 were declared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unknown encoding %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too short for compressed data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has compressed data whose size does not match its declared size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has compressed data that cannot be decompressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 bytes for %3 rows of %4 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too short for its %2 values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a damaged list of text lengths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a text of %2 bytes, more than the limit of %3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has text lengths that do not add up to its size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds more text than a column can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 bytes for %3 codes of %4 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the value code %2, beyond its dictionary of %3 values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a yes/no value that is neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no values; the empty value must come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not start with the empty value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the same value twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary copy can be made to upgrade the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has format version %1, which this version of Tessera cannot upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::Store::Database</name>
    <message>
        <source>The database is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database command failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::TerritoryCommands</name>
    <message>
        <source>Add Territory &quot;%1&quot;</source>
        <translation>Gebiet „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Delete Territory &quot;%1&quot;</source>
        <translation>Gebiet „%1“ löschen</translation>
    </message>
    <message>
        <source>Rename Territory &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Gebiet „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Edit Territory &quot;%1&quot;</source>
        <translation>Gebiet „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Move Territory &quot;%1&quot;</source>
        <translation>Gebiet „%1“ verschieben</translation>
    </message>
</context>
<context>
    <name>Tessera::TerritoryDetailsPanel</name>
    <message>
        <source>What this territory covers</source>
        <translation>Was dieses Gebiet umfasst</translation>
    </message>
    <message>
        <source>Select a territory to see its details.</source>
        <translation>Wählen Sie ein Gebiet, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>API name:</source>
        <translation>API-Name:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Parent:</source>
        <translation>Übergeordnet:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Account access:</source>
        <translation>Account-Zugriff:</translation>
    </message>
    <message>
        <source>Opportunity access:</source>
        <translation>Opportunity-Zugriff:</translation>
    </message>
    <message>
        <source>Case access:</source>
        <translation>Fall-Zugriff:</translation>
    </message>
    <message>
        <source>Contact access:</source>
        <translation>Kontakt-Zugriff:</translation>
    </message>
    <message>
        <source>Forecast manager:</source>
        <translation>Prognosemanager:</translation>
    </message>
    <message>
        <source>Sub-territories:</source>
        <translation>Untergebiete:</translation>
    </message>
    <message>
        <source>Reps:</source>
        <translation>Vertriebsmitarbeiter:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>None (top level)</source>
        <translation>Keines (oberste Ebene)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Tessera::TerritoryModelListModel</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>A territory model in the model switcher: name and state (Planning, Active, Archived)</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Tessera::TerritoryTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>API Name</source>
        <translation>API-Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Forecast Manager</source>
        <translation>Prognosemanager</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Mitarbeiter</translation>
    </message>
</context>
<context>
    <name>Tessera::TypeCommands</name>
    <message>
        <source>Add Territory Type &quot;%1&quot;</source>
        <translation>Gebietstyp „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit Territory Type &quot;%1&quot;</source>
        <translation>Gebietstyp „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete Territory Type &quot;%1&quot;</source>
        <translation>Gebietstyp „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>Tessera::WorkspaceDocument</name>
    <message>
        <source>The workspace is larger than Tessera accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has an invalid id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id %1 is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>territory model &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two territory models have the API name &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one territory model can be active; %1 are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>territory type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two territory types have the API name &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two territory types have the priority %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rep &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two reps have the user id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>territory &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory &quot;%1&quot; belongs to a model that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory &quot;%1&quot; has a type that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory &quot;%1&quot; has a forecast manager who does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two territories of one model have the API name &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory &quot;%1&quot; has a parent that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory &quot;%1&quot; has a parent in another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hierarchy has a cycle through territory &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assignment rule &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment rule &quot;%1&quot; belongs to a model that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two rules of one model have the API name &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule is linked to a territory or rule that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule is linked to a territory of another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule is linked twice to the same territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rep assignment names a rep or territory that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rep is put twice on the same territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role in territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manual assignment or exclusion has an invalid account id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manual assignment or exclusion names a territory that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 is linked twice to the same territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account row %1 has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account id &quot;%1&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace holds at most %1 models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a territory model with the API name &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one territory model can be active; &quot;%1&quot; is active already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The territory model does not exist.</source>
        <translation>Das Gebietsmodell existiert nicht.</translation>
    </message>
    <message>
        <source>A workspace holds at most %1 territory types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a territory type with the API name &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority %1 is taken by territory type &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The territory type does not exist.</source>
        <translation>Der Gebietstyp existiert nicht.</translation>
    </message>
    <message>
        <source>The territory type &quot;%1&quot; is still used by territory &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace holds at most %1 territories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory &quot;%1&quot; names a model that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory &quot;%1&quot; names a type that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory &quot;%1&quot; names a forecast manager who does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory &quot;%1&quot; names a parent that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory &quot;%1&quot; cannot have a parent in another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory &quot;%1&quot; cannot be moved under itself or its own descendant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a territory with the API name &quot;%1&quot; in this model.</source>
        <translation>In diesem Modell gibt es bereits ein Gebiet mit dem API-Namen „%1“.</translation>
    </message>
    <message>
        <source>The territory does not exist.</source>
        <translation>Das Gebiet existiert nicht.</translation>
    </message>
    <message>
        <source>A territory cannot change its model; clone the model instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace holds at most %1 rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; names a model that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a rule with the API name &quot;%1&quot; in this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignment rule does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule cannot change its model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace holds at most %1 reps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a rep with the user id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rep does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule or the territory does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule can only be linked to territories of its own model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; is already linked to territory &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule is not linked to that territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rep or the territory does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on territory &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rep is not on that territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 is not assigned to that territory by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 is not excluded from that territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id %1 was not issued by this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id %1 is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no territories to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory &quot;%1&quot; does not follow its parent in the subtree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restored link names a territory outside the subtree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account id must have 1 to 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::WorkspaceFile</name>
    <message>
        <source>The workspace cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace cannot be saved over a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace cannot be written in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Tessera workspace: the file is not an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is truncated: it ends inside its header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an SQLite database, but not a Tessera workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace was made by a newer version of Tessera (file format %1; this version reads up to format %2). Update Tessera to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no valid format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged: its header is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is truncated: it has %1 bytes of the %2 it should have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is truncated: it ends in the middle of a page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be upgraded to the current format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged: its database structure cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged: the database integrity check failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace contains views or triggers, which Tessera never writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace lacks the table &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::WorkspaceFile::Loader</name>
    <message>
        <source>The table &quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds a value larger than Tessera accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged: part of it cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace lacks its basic settings (table &quot;meta&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two assignment rules have the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule item belongs to a rule that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment rule &quot;%1&quot; has more than %2 items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items of rule &quot;%1&quot; are not numbered in sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace lacks some standard account fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard account field &quot;%1&quot; is not as Tessera defines it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account field &quot;%1&quot; claims to be a standard field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account field &quot;%1&quot; is invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account dictionaries do not match the account fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dictionary of account field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dictionary of account field &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account chunk %1 of field %2 declares %3 bytes of data, more than the limit of %4 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account data is out of order or has extra parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account chunk %1 has %2 rows where %3 were expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account data is larger than Tessera accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account data is incomplete: %1 of %2 parts are present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account data changed while it was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account chunk %1 of field &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::WorkspaceFile::RowReader</name>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; has a text of %2 bytes in column %3, more than the limit of %4 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; has a gap or a repeat in its row order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; has more than %2 rows, more than Tessera accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; has a value in column %2 that is not %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::WorkspaceFile::Writer</name>
    <message>
        <source>The workspace cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account field &quot;%1&quot; holds a value longer than a workspace file allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::WorkspaceGenerator</name>
    <message>
        <source>At most %1 accounts can be generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of territories must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of reps must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated: %1 accounts, %2 territories, %3 reps, seed %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::ZipCentroids</name>
    <message>
        <source>The bundled ZIP code table is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sales territory designer</source>
        <translation>Vertriebsgebiets-Designer</translation>
    </message>
    <message>
        <source>A workspace file to open.</source>
        <translation>Eine zu öffnende Arbeitsbereichsdatei.</translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <source>The bundled ZIP code table is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; has the value %2 in column %3, outside %4 to %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tessera::AccountCommands</name>
    <message>
        <source>Account %1 is already assigned here by hand.</source>
        <translation>Account %1 ist hier bereits von Hand zugeordnet.</translation>
    </message>
    <message>
        <source>Account %1 is already excluded from here.</source>
        <translation>Account %1 ist hier bereits ausgeschlossen.</translation>
    </message>
    <message>
        <source>Account %1 is not assigned here by hand.</source>
        <translation>Account %1 ist hier nicht von Hand zugeordnet.</translation>
    </message>
    <message>
        <source>Account %1 is not excluded from here.</source>
        <translation>Account %1 ist hier nicht ausgeschlossen.</translation>
    </message>
    <message>
        <source>Assign Account %1 to &quot;%2&quot;</source>
        <translation>Account %1 „%2“ zuordnen</translation>
    </message>
    <message>
        <source>Exclude Account %1 from &quot;%2&quot;</source>
        <translation>Account %1 aus „%2“ ausschließen</translation>
    </message>
    <message>
        <source>Remove Manual Assignment of %1 to &quot;%2&quot;</source>
        <translation>Manuelle Zuordnung von %1 zu „%2“ entfernen</translation>
    </message>
    <message>
        <source>Remove Exclusion of %1 from &quot;%2&quot;</source>
        <translation>Ausschluss von %1 aus „%2“ aufheben</translation>
    </message>
</context>
<context>
    <name>Tessera::RuleCommands</name>
    <message>
        <source>Add Rule &quot;%1&quot;</source>
        <translation>Regel „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit Rule &quot;%1&quot;</source>
        <translation>Regel „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete Rule &quot;%1&quot;</source>
        <translation>Regel „%1“ löschen</translation>
    </message>
    <message>
        <source>The assignment rule does not exist.</source>
        <translation>Die Zuweisungsregel existiert nicht.</translation>
    </message>
    <message>
        <source>Link Rule &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Regel „%1“ mit „%2“ verknüpfen</translation>
    </message>
    <message>
        <source>Unlink Rule &quot;%1&quot; from &quot;%2&quot;</source>
        <translation>Verknüpfung von Regel „%1“ mit „%2“ lösen</translation>
    </message>
    <message>
        <source>Apply Rule &quot;%1&quot; to Child Territories</source>
        <translation>Regel „%1“ auf untergeordnete Gebiete anwenden</translation>
    </message>
    <message>
        <source>Stop Applying Rule &quot;%1&quot; to Child Territories</source>
        <translation>Regel „%1“ nicht mehr auf untergeordnete Gebiete anwenden</translation>
    </message>
</context>
<context>
    <name>Tessera::RuleEditor</name>
    <message>
        <source>New Rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <source>Add a rule and link it to this territory</source>
        <translation>Eine Regel hinzufügen und mit diesem Gebiet verknüpfen</translation>
    </message>
    <message>
        <source>Link Existing</source>
        <translation>Vorhandene verknüpfen</translation>
    </message>
    <message>
        <source>Link a rule of this model to this territory</source>
        <translation>Eine Regel dieses Modells mit diesem Gebiet verknüpfen</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Verknüpfung lösen</translation>
    </message>
    <message>
        <source>Stop the rule acting on this territory; the rule stays</source>
        <translation>Die Regel wirkt nicht mehr auf dieses Gebiet; die Regel bleibt erhalten</translation>
    </message>
    <message>
        <source>Delete Rule</source>
        <translation>Regel löschen</translation>
    </message>
    <message>
        <source>Delete the rule and all its links</source>
        <translation>Die Regel und alle ihre Verknüpfungen löschen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive rules assign no accounts</source>
        <translation>Inaktive Regeln ordnen keine Accounts zu</translation>
    </message>
    <message>
        <source>Apply to child territories</source>
        <translation>Auf untergeordnete Gebiete anwenden</translation>
    </message>
    <message>
        <source>Add Item</source>
        <translation>Kriterium hinzufügen</translation>
    </message>
    <message>
        <source>Remove Item</source>
        <translation>Kriterium entfernen</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>All items must match (e.g. 1 AND (2 OR 3))</source>
        <translation>Alle Kriterien müssen zutreffen (z. B. 1 AND (2 OR 3))</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>API &amp;name:</source>
        <translation>API-&amp;Name:</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Kriterien:</translation>
    </message>
    <message>
        <source>Filter &amp;logic:</source>
        <translation>Filter&amp;logik:</translation>
    </message>
    <message>
        <source>Select a territory to see its assignment rules.</source>
        <translation>Wählen Sie ein Gebiet, um seine Zuweisungsregeln zu sehen.</translation>
    </message>
    <message>
        <source>Assigning accounts…</source>
        <translation>Accounts werden zugeordnet …</translation>
    </message>
    <message>
        <source>Rules acting on &quot;%1&quot;</source>
        <translation>Regeln, die auf „%1“ wirken</translation>
    </message>
    <message>
        <source>inherited from %1</source>
        <translation>geerbt von %1</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>(inaktiv)</translation>
    </message>
    <message>
        <source>Apply to child territories (linked at %1)</source>
        <translation>Auf untergeordnete Gebiete anwenden (verknüpft bei %1)</translation>
    </message>
    <message>
        <source>Salesforce allows at most %1 characters of filter logic.</source>
        <translation>Salesforce erlaubt höchstens %1 Zeichen Filterlogik.</translation>
    </message>
    <message>
        <source>Counting when the assignment is done…</source>
        <translation>Zählung folgt nach der Zuordnung …</translation>
    </message>
    <message>
        <source>Add an item to match accounts.</source>
        <translation>Fügen Sie ein Kriterium hinzu, um Accounts zu erfassen.</translation>
    </message>
    <message>
        <source>Counting once the filter logic is valid.</source>
        <translation>Zählung folgt, sobald die Filterlogik gültig ist.</translation>
    </message>
    <message>
        <source>Matches 1 account</source>
        <translation>Erfasst 1 Account</translation>
    </message>
    <message>
        <source>Matches %1 accounts</source>
        <translation>Erfasst %1 Accounts</translation>
    </message>
    <message>
        <source>inactive: assigns none</source>
        <translation>inaktiv: ordnet nichts zu</translation>
    </message>
    <message>
        <source>No territory is selected.</source>
        <translation>Kein Gebiet ausgewählt.</translation>
    </message>
    <message>
        <source>%1 rule</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>%1 more not shown</source>
        <translation>%1 weitere nicht angezeigt</translation>
    </message>
    <message>
        <source>No other rules in this model</source>
        <translation>Keine weiteren Regeln in diesem Modell</translation>
    </message>
</context>
<context>
    <name>Tessera::RuleItemDelegate</name>
    <message>
        <source>Billing address, for &quot;within&quot;</source>
        <translation>Rechnungsadresse, für „within“</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>leer</translation>
    </message>
</context>
<context>
    <name>Tessera::RuleItemsModel</name>
    <message>
        <source>(blank)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>Tessera::TerritoryAccountsModel</name>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>Rule %1 (from %2)</source>
        <translation>Regel %1 (von %2)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Bundesstaat</translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>Tessera::TerritoryAccountsView</name>
    <message>
        <source>Filter by id or name</source>
        <translation>Nach Id oder Name filtern</translation>
    </message>
    <message>
        <source>Why Here?</source>
        <translation>Warum hier?</translation>
    </message>
    <message>
        <source>Explain why the selected account is in this territory</source>
        <translation>Erklären, warum der gewählte Account in diesem Gebiet ist</translation>
    </message>
    <message>
        <source>Exclude from Here</source>
        <translation>Hier ausschließen</translation>
    </message>
    <message>
        <source>Keep the selected account out of this territory whatever the rules say</source>
        <translation>Den gewählten Account unabhängig von den Regeln aus diesem Gebiet heraushalten</translation>
    </message>
    <message>
        <source>Any account: id or name</source>
        <translation>Beliebiger Account: Id oder Name</translation>
    </message>
    <message>
        <source>Why Not Here?</source>
        <translation>Warum nicht hier?</translation>
    </message>
    <message>
        <source>Explain why this account is, or is not, in this territory</source>
        <translation>Erklären, warum dieser Account in diesem Gebiet ist oder nicht</translation>
    </message>
    <message>
        <source>Assign Here</source>
        <translation>Hier zuordnen</translation>
    </message>
    <message>
        <source>Put this account into this territory by hand</source>
        <translation>Diesen Account von Hand diesem Gebiet zuordnen</translation>
    </message>
    <message>
        <source>Selected account:</source>
        <translation>Gewählter Account:</translation>
    </message>
    <message>
        <source>Other account:</source>
        <translation>Anderer Account:</translation>
    </message>
    <message>
        <source>Select a territory to see its accounts.</source>
        <translation>Wählen Sie ein Gebiet, um seine Accounts zu sehen.</translation>
    </message>
    <message>
        <source>Assigning accounts…</source>
        <translation>Accounts werden zugeordnet …</translation>
    </message>
    <message>
        <source>Accounts in &quot;%1&quot;</source>
        <translation>Accounts in „%1“</translation>
    </message>
    <message>
        <source>1 account</source>
        <translation>1 Account</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 Accounts</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Why is %1 in %2?</source>
        <translation>Warum ist %1 in %2?</translation>
    </message>
    <message>
        <source>Why is %1 not in %2?</source>
        <translation>Warum ist %1 nicht in %2?</translation>
    </message>
    <message>
        <source>Why Is This Account Here?</source>
        <translation>Warum ist dieser Account hier?</translation>
    </message>
    <message>
        <source>Remove Manual Assignment</source>
        <translation>Manuelle Zuordnung entfernen</translation>
    </message>
</context>
</TS>
