<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountPieces</name>
    <message>
        <source>Workload and potential must be number fields.</source>
        <translation>Arbeitslast und Potenzial müssen Zahlenfelder sein.</translation>
    </message>
    <message>
        <source>The measure values do not match the accounts.</source>
        <translation>Die Werte der Kennzahl passen nicht zu den Accounts.</translation>
    </message>
</context>
<context>
    <name>BalanceOptimizer</name>
    <message>
        <source>The optimisation problem is invalid.</source>
        <translation>Die Optimierungsaufgabe ist ungültig.</translation>
    </message>
    <message>
        <source>The optimisation problem is too large.</source>
        <translation>Die Optimierungsaufgabe ist zu groß.</translation>
    </message>
    <message>
        <source>The optimisation was cancelled.</source>
        <translation>Die Optimierung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>DiameterSearch</name>
    <message>
        <source>The optimisation problem is invalid.</source>
        <translation>Die Optimierungsaufgabe ist ungültig.</translation>
    </message>
    <message>
        <source>The optimisation problem is too large.</source>
        <translation>Die Optimierungsaufgabe ist zu groß.</translation>
    </message>
    <message>
        <source>The optimisation was cancelled.</source>
        <translation>Die Optimierung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>GraphMl</name>
    <message>
        <source>The GraphML file is not valid.</source>
        <translation>Die GraphML-Datei ist ungültig.</translation>
    </message>
    <message>
        <source>The graph has too many nodes.</source>
        <translation>Der Graph hat zu viele Knoten.</translation>
    </message>
    <message>
        <source>The graph has too many edges.</source>
        <translation>Der Graph hat zu viele Kanten.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The GraphML file is too large.</source>
        <translation>Die GraphML-Datei ist zu groß.</translation>
    </message>
</context>
<context>
    <name>ScopeOptimizer</name>
    <message>
        <source>&quot;%1&quot; has no rep capacity, so its target by capacity is zero: give it a rep with capacity, or balance to equal shares.</source>
        <translation>„%1“ hat keine Mitarbeiterkapazität, sein Ziel nach Kapazität ist daher null: Ordnen Sie ihm einen Vertriebsmitarbeiter mit Kapazität zu oder gleichen Sie auf gleiche Anteile aus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a %2 target of zero: it cannot be balanced to it.</source>
        <translation>„%1“ hat für %2 das Ziel null: Darauf kann nicht ausgeglichen werden.</translation>
    </message>
    <message>
        <source>A design starts from one territory, not from a whole level.</source>
        <translation>Ein Entwurf geht von einem Gebiet aus, nicht von einer ganzen Ebene.</translation>
    </message>
    <message>
        <source>The territory to optimise does not exist.</source>
        <translation>Das zu optimierende Gebiet existiert nicht.</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>Ebene %1</translation>
    </message>
    <message>
        <source>The level needs at least two territories to balance.</source>
        <translation>Zum Ausgleichen braucht die Ebene mindestens zwei Gebiete.</translation>
    </message>
    <message>
        <source>The territory needs at least two child territories to balance.</source>
        <translation>Zum Ausgleichen braucht das Gebiet mindestens zwei Untergebiete.</translation>
    </message>
    <message>
        <source>At least two territories of the level must stay unlocked to balance.</source>
        <translation>Zum Ausgleichen müssen mindestens zwei Gebiete der Ebene entsperrt bleiben.</translation>
    </message>
    <message>
        <source>At least two child territories must stay unlocked to balance.</source>
        <translation>Zum Ausgleichen müssen mindestens zwei Untergebiete entsperrt bleiben.</translation>
    </message>
    <message>
        <source>No account is in the territories to optimise.</source>
        <translation>Die zu optimierenden Gebiete enthalten keinen Account.</translation>
    </message>
    <message>
        <source>The result does not belong to this problem.</source>
        <translation>Das Ergebnis gehört nicht zu dieser Aufgabe.</translation>
    </message>
    <message>
        <source>The accounts changed since the optimisation ran.</source>
        <translation>Die Accounts haben sich seit der Optimierung geändert.</translation>
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
    <name>Tessera::AccountImport</name>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>expected a date (2024-01-31, 1/31/2024 or 31.01.2024)</source>
        <translation>Datum erwartet (2024-01-31, 1/31/2024 oder 31.01.2024)</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>Text erwartet</translation>
    </message>
    <message>
        <source>The field name &quot;%1&quot; may contain only letters, digits and underscores (at most 80).</source>
        <translation>Der Feldname „%1“ darf nur Buchstaben, Ziffern und Unterstriche enthalten (höchstens 80).</translation>
    </message>
    <message>
        <source>The field %1 has the type %2; it cannot be read as %3.</source>
        <translation>Das Feld %1 hat den Typ %2; es kann nicht als %3 gelesen werden.</translation>
    </message>
    <message>
        <source>The columns &quot;%1&quot; and &quot;%2&quot; both go to the field %3.</source>
        <translation>Die Spalten „%1“ und „%2“ gehen beide in das Feld %3.</translation>
    </message>
    <message>
        <source>There is already a field named %1.</source>
        <translation>Es gibt bereits ein Feld namens %1.</translation>
    </message>
    <message>
        <source>There is no field named %1.</source>
        <translation>Es gibt kein Feld namens %1.</translation>
    </message>
    <message>
        <source>No column is mapped to the account Id; every account needs one (a column such as &quot;Id&quot; or &quot;Account ID&quot;).</source>
        <translation>Keine Spalte ist der Account-Id zugeordnet; jeder Account braucht eine (eine Spalte wie „Id“ oder „Account ID“).</translation>
    </message>
    <message>
        <source>expected at most %1 characters</source>
        <translation>höchstens %1 Zeichen erwartet</translation>
    </message>
    <message>
        <source>expected an account id, found an empty cell</source>
        <translation>Account-Id erwartet, leere Zelle gefunden</translation>
    </message>
    <message>
        <source>expected a latitude between -90 and 90</source>
        <translation>Breitengrad zwischen -90 und 90 erwartet</translation>
    </message>
    <message>
        <source>expected a longitude between -180 and 180</source>
        <translation>Längengrad zwischen -180 und 180 erwartet</translation>
    </message>
    <message>
        <source>The file has more than %1 accounts.</source>
        <translation>Die Datei hat mehr als %1 Accounts.</translation>
    </message>
    <message>
        <source>the account id is already on line %1</source>
        <translation>die Account-Id steht bereits in Zeile %1</translation>
    </message>
    <message>
        <source>The field %1 is a %2 field in the workspace, and %3 in the file.</source>
        <translation>Das Feld %1 ist im Arbeitsbereich ein Feld vom Typ %2, in der Datei vom Typ %3.</translation>
    </message>
    <message>
        <source>A workspace holds at most %1 accounts.</source>
        <translation>Ein Arbeitsbereich fasst höchstens %1 Accounts.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Tessera::AccountStore</name>
    <message>
        <source>A field name must have 1 to 80 characters.</source>
        <translation>Ein Feldname muss 1 bis 80 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The field name &quot;%1&quot; may contain only letters, digits and underscores.</source>
        <translation>Der Feldname „%1“ darf nur Buchstaben, Ziffern und Unterstriche enthalten.</translation>
    </message>
    <message>
        <source>There is already a field named &quot;%1&quot;.</source>
        <translation>Es gibt bereits ein Feld namens „%1“.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has a storage that does not fit its type.</source>
        <translation>Das Feld „%1“ hat eine Speicherung, die nicht zu seinem Typ passt.</translation>
    </message>
    <message>
        <source>An account table holds at most %1 fields.</source>
        <translation>Eine Account-Tabelle fasst höchstens %1 Felder.</translation>
    </message>
</context>
<context>
    <name>Tessera::ApiName</name>
    <message>
        <source>The API name is empty.</source>
        <translation>Der API-Name ist leer.</translation>
    </message>
    <message>
        <source>The API name &quot;%1&quot; is longer than %2 characters.</source>
        <translation>Der API-Name „%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>The API name &quot;%1&quot; must begin with a letter.</source>
        <translation>Der API-Name „%1“ muss mit einem Buchstaben beginnen.</translation>
    </message>
    <message>
        <source>The API name &quot;%1&quot; may contain only letters, digits and underscores; &quot;%2&quot; is not allowed.</source>
        <translation>Der API-Name „%1“ darf nur Buchstaben, Ziffern und Unterstriche enthalten; „%2“ ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>The API name &quot;%1&quot; must not contain two underscores in a row.</source>
        <translation>Der API-Name „%1“ darf keine zwei Unterstriche hintereinander enthalten.</translation>
    </message>
    <message>
        <source>The API name &quot;%1&quot; must not end with an underscore.</source>
        <translation>Der API-Name „%1“ darf nicht mit einem Unterstrich enden.</translation>
    </message>
</context>
<context>
    <name>Tessera::AssignmentEngine</name>
    <message>
        <source>The territory model does not exist.</source>
        <translation>Das Gebietsmodell existiert nicht.</translation>
    </message>
    <message>
        <source>Assignment cancelled.</source>
        <translation>Zuordnung abgebrochen.</translation>
    </message>
    <message>
        <source>geography: drawn shape &quot;%1&quot;</source>
        <translation>Geografie: gezeichnete Form „%1“</translation>
    </message>
    <message>
        <source>geography: %1</source>
        <translation>Geografie: %1</translation>
    </message>
</context>
<context>
    <name>Tessera::Autosave</name>
    <message>
        <source>The recovery folder cannot be created.</source>
        <translation>Der Wiederherstellungsordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The recovery information cannot be written.</source>
        <translation>Die Wiederherstellungsdaten können nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Tessera::BalanceDashboard</name>
    <message>
        <source>billions</source>
        <translation>Milliarden</translation>
    </message>
    <message>
        <source>millions</source>
        <translation>Millionen</translation>
    </message>
    <message>
        <source>thousands</source>
        <translation>Tausend</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Arbeitslast</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potenzial</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>&amp;Balance of:</source>
        <translation>Ausgewogenheit &amp;nach:</translation>
    </message>
    <message>
        <source>Balance &amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Optimize…</source>
        <translation>&amp;Optimieren…</translation>
    </message>
    <message>
        <source>Rebalance these territories with the optimizer</source>
        <translation>Diese Gebiete mit dem Optimierer neu ausgleichen</translation>
    </message>
    <message>
        <source>Worst first</source>
        <translation>Schlechteste zuerst</translation>
    </message>
    <message>
        <source>Hierarchy</source>
        <translation>Hierarchie</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Reihenfolge:</translation>
    </message>
    <message>
        <source>Workload per territory</source>
        <translation>Arbeitslast je Gebiet</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Toleranz</translation>
    </message>
    <message>
        <source>Within tolerance</source>
        <translation>Innerhalb der Toleranz</translation>
    </message>
    <message>
        <source>Outside tolerance</source>
        <translation>Außerhalb der Toleranz</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>%1
%2: %3
Target: %4
Deviation: %5</source>
        <translation>%1
%2: %3
Ziel: %4
Abweichung: %5</translation>
    </message>
    <message>
        <source>
Compactness: %1
Connected parts: %2</source>
        <translation>
Kompaktheit: %1
Zusammenhängende Teile: %2</translation>
    </message>
    <message>
        <source>Utilisation per rep</source>
        <translation>Auslastung je Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Im Rahmen</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Überlastet</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Unterlastet</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>%1
Workload: %2 h of %3 h
Utilisation: %4</source>
        <translation>%1
Arbeitslast: %2 h von %3 h
Auslastung: %4</translation>
    </message>
    <message>
        <source>Workload against potential</source>
        <translation>Arbeitslast gegenüber Potenzial</translation>
    </message>
    <message>
        <source>Workload (h)</source>
        <translation>Arbeitslast (h)</translation>
    </message>
    <message>
        <source>Deviation from target</source>
        <translation>Abweichung vom Ziel</translation>
    </message>
    <message>
        <source>Deviation (%)</source>
        <translation>Abweichung (%)</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Coefficient of variation</source>
        <translation>Variationskoeffizient</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Largest deviation</source>
        <translation>Größte Abweichung</translation>
    </message>
    <message>
        <source>Gini</source>
        <translation>Gini</translation>
    </message>
    <message>
        <source>Compactness (mean, lowest)</source>
        <translation>Kompaktheit (Mittel, niedrigste)</translation>
    </message>
    <message>
        <source>Contiguous territories</source>
        <translation>Zusammenhängende Gebiete</translation>
    </message>
    <message>
        <source>Assigning accounts…</source>
        <translation>Accounts werden zugeordnet …</translation>
    </message>
    <message>
        <source>The model&apos;s balance settings cannot be used: %1</source>
        <translation>Die Einstellungen zur Ausgewogenheit des Modells sind nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>1 part</source>
        <translation>1 Teil</translation>
    </message>
    <message>
        <source>%1 parts</source>
        <translation>%1 Teile</translation>
    </message>
    <message>
        <source>Tolerance ±%1 %</source>
        <translation>Toleranz ±%1 %</translation>
    </message>
    <message>
        <source>Within ±%1 %</source>
        <translation>Innerhalb ±%1 %</translation>
    </message>
    <message>
        <source>Outside ±%1 %</source>
        <translation>Außerhalb ±%1 %</translation>
    </message>
    <message>
        <source>target: equal share</source>
        <translation>Ziel: gleicher Anteil</translation>
    </message>
    <message>
        <source>target: by capacity</source>
        <translation>Ziel: nach Kapazität</translation>
    </message>
    <message>
        <source>target: territory targets</source>
        <translation>Ziel: Gebietsziele</translation>
    </message>
    <message>
        <source>Workload (h) per territory</source>
        <translation>Arbeitslast (h) je Gebiet</translation>
    </message>
    <message>
        <source>Potential per territory</source>
        <translation>Potenzial je Gebiet</translation>
    </message>
    <message>
        <source>Accounts per territory</source>
        <translation>Accounts je Gebiet</translation>
    </message>
    <message>
        <source>, largest deviation first</source>
        <translation>, größte Abweichung zuerst</translation>
    </message>
    <message>
        <source>Utilisation per rep (%L1 reps)</source>
        <translation>Auslastung je Vertriebsmitarbeiter (%L1 Vertriebsmitarbeiter)</translation>
    </message>
    <message>
        <source>Utilisation per rep: no reps on these territories</source>
        <translation>Auslastung je Vertriebsmitarbeiter: keine Vertriebsmitarbeiter in diesen Gebieten</translation>
    </message>
    <message>
        <source>Potential (%1)</source>
        <translation>Potenzial (%1)</translation>
    </message>
    <message>
        <source>Deviation (%), %1 wide bins starting at their label</source>
        <translation>Abweichung (%), Klassen der Breite %1 ab ihrer Beschriftung</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 von %L2</translation>
    </message>
    <message>
        <source>%1 mean, %2 lowest (Polsby–Popper: 1 for a disc, 0.79 for a square)</source>
        <translation>%1 im Mittel, %2 am niedrigsten (Polsby–Popper: 1 für einen Kreis, 0,79 für ein Quadrat)</translation>
    </message>
    <message>
        <source>%L1 of %L2 in one piece</source>
        <translation>%L1 von %L2 zusammenhängend</translation>
    </message>
    <message>
        <source>%L1 of %L2 in one piece; up to %3 parts</source>
        <translation>%L1 von %L2 zusammenhängend; bis zu %3 Teile</translation>
    </message>
    <message>
        <source>after each name: compactness · connected parts</source>
        <translation>nach jedem Namen: Kompaktheit · zusammenhängende Teile</translation>
    </message>
    <message>
        <source>Deviation of workload from target</source>
        <translation>Abweichung der Arbeitslast vom Ziel</translation>
    </message>
    <message>
        <source>Deviation of potential from target</source>
        <translation>Abweichung des Potenzials vom Ziel</translation>
    </message>
    <message>
        <source>Deviation of accounts from target</source>
        <translation>Abweichung der Accounts vom Ziel</translation>
    </message>
</context>
<context>
    <name>Tessera::BalanceMetrics</name>
    <message>
        <source>There is no territory &quot;%1&quot; in the model.</source>
        <translation>Im Modell gibt es kein Gebiet „%1“.</translation>
    </message>
    <message>
        <source>top-level territories</source>
        <translation>Gebiete der obersten Ebene</translation>
    </message>
    <message>
        <source>children of %1</source>
        <translation>Untergebiete von %1</translation>
    </message>
    <message>
        <source>children of a missing territory</source>
        <translation>Untergebiete eines fehlenden Gebiets</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>Ebene %1</translation>
    </message>
    <message>
        <source>leaf territories</source>
        <translation>Gebiete der untersten Ebene</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Arbeitslast</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potenzial</translation>
    </message>
    <message>
        <source>There is no account field &quot;%1&quot; to segment by.</source>
        <translation>Es gibt kein Account-Feld „%1“, nach dem segmentiert werden kann.</translation>
    </message>
    <message>
        <source>Accounts can be segmented by a text, picklist or number field; &quot;%1&quot; is none of these.</source>
        <translation>Accounts lassen sich nach einem Text-, Auswahllisten- oder Zahlenfeld segmentieren; „%1“ ist nichts davon.</translation>
    </message>
    <message>
        <source>A measure may have at most %1 segments.</source>
        <translation>Eine Kennzahl darf höchstens %1 Segmente haben.</translation>
    </message>
    <message>
        <source>There is no account field &quot;%1&quot;.</source>
        <translation>Es gibt kein Account-Feld „%1“.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not a number field.</source>
        <translation>Das Feld „%1“ ist kein Zahlenfeld.</translation>
    </message>
    <message>
        <source>There is no level %1 in the model; its deepest level is %2.</source>
        <translation>Das Modell hat keine Ebene %1; seine tiefste Ebene ist %2.</translation>
    </message>
</context>
<context>
    <name>Tessera::BalanceSettingsDialog</name>
    <message>
        <source>Balance Settings</source>
        <translation>Einstellungen zur Ausgewogenheit</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Workload per account (hours a year)</source>
        <translation>Arbeitslast je Account (Stunden pro Jahr)</translation>
    </message>
    <message>
        <source>Potential per account</source>
        <translation>Potenzial je Account</translation>
    </message>
    <message>
        <source>Equal share of the total</source>
        <translation>Gleicher Anteil an der Summe</translation>
    </message>
    <message>
        <source>In proportion to rep capacity</source>
        <translation>Im Verhältnis zur Mitarbeiterkapazität</translation>
    </message>
    <message>
        <source>Each territory&apos;s own targets (else equal share)</source>
        <translation>Eigene Ziele jedes Gebiets (sonst gleicher Anteil)</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Ausgewogenheit</translation>
    </message>
    <message>
        <source>&amp;Tolerance around the target:</source>
        <translation>&amp;Toleranz um das Ziel:</translation>
    </message>
    <message>
        <source>T&amp;arget of a territory:</source>
        <translation>&amp;Ziel eines Gebiets:</translation>
    </message>
    <message>
        <source>Workload: %1</source>
        <translation>Arbeitslast: %1</translation>
    </message>
    <message>
        <source>Potential: %1</source>
        <translation>Potenzial: %1</translation>
    </message>
</context>
<context>
    <name>Tessera::BooleanFilter</name>
    <message>
        <source>The filter is longer than %1 characters.</source>
        <translation>Der Filter ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The rule has no items.</source>
        <translation>Die Regel hat keine Kriterien.</translation>
    </message>
    <message>
        <source>Item %1 is not used in the filter; every item from 1 to %2 must be.</source>
        <translation>Kriterium %1 wird im Filter nicht verwendet; jedes Kriterium von 1 bis %2 muss vorkommen.</translation>
    </message>
    <message>
        <source>Unknown word &quot;%1&quot; at position %2: expected AND, OR or NOT.</source>
        <translation>Unbekanntes Wort „%1“ an Position %2: AND, OR oder NOT erwartet.</translation>
    </message>
    <message>
        <source>Unexpected character &quot;%1&quot; at position %2.</source>
        <translation>Unerwartetes Zeichen „%1“ an Position %2.</translation>
    </message>
    <message>
        <source>AND, OR or the end of the filter</source>
        <translation>AND, OR oder das Ende des Filters</translation>
    </message>
    <message>
        <source>The filter ends at position %1 where %2 was expected.</source>
        <translation>Der Filter endet an Position %1, wo %2 erwartet wurde.</translation>
    </message>
    <message>
        <source>Expected %1 at position %2 but found &quot;%3&quot;.</source>
        <translation>%1 an Position %2 erwartet, aber „%3“ gefunden.</translation>
    </message>
    <message>
        <source>Add parentheses where AND and OR meet, at position %1.</source>
        <translation>Setzen Sie Klammern, wo AND und OR aufeinandertreffen, an Position %1.</translation>
    </message>
    <message>
        <source>The filter is nested too deeply.</source>
        <translation>Der Filter ist zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>&quot;)&quot;</source>
        <translation>„)“</translation>
    </message>
    <message>
        <source>Item %1 at position %2 does not exist: the rule has %3 items.</source>
        <translation>Kriterium %1 an Position %2 existiert nicht: Die Regel hat %3 Kriterien.</translation>
    </message>
    <message>
        <source>an item number, NOT or &quot;(&quot;</source>
        <translation>eine Kriteriumsnummer, NOT oder „(“</translation>
    </message>
</context>
<context>
    <name>Tessera::Boundaries</name>
    <message>
        <source>The bundled boundaries are damaged.</source>
        <translation>Die mitgelieferten Grenzen sind beschädigt.</translation>
    </message>
    <message>
        <source>The bundled boundaries are missing.</source>
        <translation>Die mitgelieferten Grenzen fehlen.</translation>
    </message>
</context>
<context>
    <name>Tessera::CompiledRule</name>
    <message>
        <source>&quot;%1&quot; is not an operation; use one of equals, notEqual, lessThan, greaterThan, lessOrEqual, greaterOrEqual, contains, notContain, startsWith, includes, excludes, within.</source>
        <translation>„%1“ ist kein Operator; verwenden Sie equals, notEqual, lessThan, greaterThan, lessOrEqual, greaterOrEqual, contains, notContain, startsWith, includes, excludes oder within.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an account field; rules here assign accounts.</source>
        <translation>„%1“ ist kein Account-Feld; Regeln ordnen hier Accounts zu.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; does not exist.</source>
        <translation>Das Feld „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not apply to the %2 field %3.</source>
        <translation>„%1“ ist auf das Feld %3 vom Typ %2 nicht anwendbar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not apply to the checkbox field %2.</source>
        <translation>„%1“ ist auf das Kontrollkästchenfeld %2 nicht anwendbar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 value for the field %3.</source>
        <translation>„%1“ ist kein Wert vom Typ %2 für das Feld %3.</translation>
    </message>
    <message>
        <source>Rule %1, item %2: %3</source>
        <translation>Regel %1, Kriterium %2: %3</translation>
    </message>
    <message>
        <source>Rule %1, filter: %2</source>
        <translation>Regel %1, Filter: %2</translation>
    </message>
</context>
<context>
    <name>Tessera::CsvExport</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Tessera::CsvReader</name>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is larger than %1 GB.</source>
        <translation>Die Datei ist größer als %1 GB.</translation>
    </message>
    <message>
        <source>The file is in UTF-16, which Tessera does not read; save it as CSV in UTF-8.</source>
        <translation>Die Datei ist in UTF-16 kodiert, das Tessera nicht liest; speichern Sie sie als CSV in UTF-8.</translation>
    </message>
    <message>
        <source>The file is empty; expected a header row.</source>
        <translation>Die Datei ist leer; eine Kopfzeile wurde erwartet.</translation>
    </message>
    <message>
        <source>The delimiter must be a comma, a semicolon or a tab.</source>
        <translation>Das Trennzeichen muss ein Komma, ein Semikolon oder ein Tabulator sein.</translation>
    </message>
    <message>
        <source>The file has no header row.</source>
        <translation>Die Datei hat keine Kopfzeile.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>a quoted field is never closed; expected a closing quote (&quot;).</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen; schließendes Anführungszeichen (&quot;) erwartet.</translation>
    </message>
    <message>
        <source>expected a delimiter or the end of the line after the closing quote</source>
        <translation>Trennzeichen oder Zeilenende nach dem schließenden Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>a field is longer than %1 bytes; a quote may have been left open.</source>
        <translation>ein Feld ist länger als %1 Bytes; vielleicht ist ein Anführungszeichen offen geblieben.</translation>
    </message>
    <message>
        <source>a row has more than %1 fields.</source>
        <translation>eine Zeile hat mehr als %1 Felder.</translation>
    </message>
</context>
<context>
    <name>Tessera::CsvWriter</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Writing %1 failed.</source>
        <translation>Das Schreiben von %1 ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Tessera::DataLoader</name>
    <message>
        <source>The model to export does not exist.</source>
        <translation>Das zu exportierende Modell existiert nicht.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Territory2ModelId: the Id of Territory2Model %1 (step %2)</source>
        <translation>Territory2ModelId: die Id von Territory2Model %1 (Schritt %2)</translation>
    </message>
    <message>
        <source>Territory2TypeId: the Ids of the Territory2Type DeveloperNames (step 1, or the types the org already has)</source>
        <translation>Territory2TypeId: die Ids zu den DeveloperNames der Territory2Types (Schritt 1 oder die Typen, die die Org bereits hat)</translation>
    </message>
    <message>
        <source>ParentTerritory2Id: the Ids of the parent territories&apos; DeveloperNames (step %1)</source>
        <translation>ParentTerritory2Id: die Ids zu den DeveloperNames der übergeordneten Gebiete (Schritt %1)</translation>
    </message>
    <message>
        <source>%1: the Ids of the territories&apos; DeveloperNames (steps %2 to %3)</source>
        <translation>%1: die Ids zu den DeveloperNames der Gebiete (Schritte %2 bis %3)</translation>
    </message>
    <message>
        <source>RuleId: the Ids of the rules&apos; DeveloperNames (step %1)</source>
        <translation>RuleId: die Ids zu den DeveloperNames der Regeln (Schritt %1)</translation>
    </message>
    <message>
        <source>Id: the Ids of the rules&apos; DeveloperNames (step %1)</source>
        <translation>Id: die Ids zu den DeveloperNames der Regeln (Schritt %1)</translation>
    </message>
    <message>
        <source>Salesforce Data Loader files for territory model %1 (%2)
</source>
        <translation>Salesforce-Data-Loader-Dateien für das Gebietsmodell %1 (%2)
</translation>
    </message>
    <message>
        <source>Load the files with Data Loader in this order. Each file is one step; the
success file of a step holds the Id of every record it created.
Columns that refer to records of earlier steps hold DeveloperName
placeholders: before loading a file, replace each placeholder with the Id
of the record of that DeveloperName (a lookup on the success file).
Files with no rows have nothing to load.
</source>
        <translation>Laden Sie die Dateien in dieser Reihenfolge mit dem Data Loader. Jede Datei
ist ein Schritt; die Erfolgsdatei eines Schritts enthält die Id jedes
angelegten Datensatzes. Spalten, die auf Datensätze früherer Schritte
verweisen, enthalten DeveloperName-Platzhalter: Ersetzen Sie vor dem Laden
einer Datei jeden Platzhalter durch die Id des Datensatzes mit diesem
DeveloperName (ein Nachschlagen in der Erfolgsdatei).
Dateien ohne Zeilen haben nichts zu laden.
</translation>
    </message>
    <message>
        <source>%1. %2  (%3 %4; rows: %5)
</source>
        <translation>%1. %2  (%3 %4; Zeilen: %5)
</translation>
    </message>
    <message>
        <source>Notes
-----
</source>
        <translation>Hinweise
--------
</translation>
    </message>
    <message>
        <source>- Rule-to-territory links (RuleTerritory2Association) cannot be created
  through the API; they travel only with the metadata deploy
  (tessera-cli export WS --format salesforce-metadata) or are set in Setup.
</source>
        <translation>- Verknüpfungen von Regeln mit Gebieten (RuleTerritory2Association) lassen
  sich nicht über die API anlegen; sie kommen nur mit dem Metadaten-Deploy
  (tessera-cli export WS --format salesforce-metadata) oder werden im Setup
  gesetzt.
</translation>
    </message>
    <message>
        <source>- ContactAccessLevel cannot be set through the API; it follows the org&apos;s
  default territory access settings.
</source>
        <translation>- ContactAccessLevel lässt sich nicht über die API setzen; es folgt den
  Standard-Zugriffseinstellungen der Org für Gebiete.
</translation>
    </message>
    <message>
        <source>- Forecast managers (step with Territory2_forecast_update) must be users
  already on the territory, so that step comes after the user assignments.
</source>
        <translation>- Prognosemanager (Schritt mit Territory2_forecast_update) müssen Benutzer
  sein, die dem Gebiet bereits zugeordnet sind; dieser Schritt folgt daher
  auf die Benutzerzuordnungen.
</translation>
    </message>
    <message>
        <source>- Models are created in the Planning state; activate the model in Setup.
</source>
        <translation>- Modelle werden im Status „Planning“ angelegt; aktivieren Sie das Modell im Setup.
</translation>
    </message>
    <message>
        <source>- Every account is exported where the previewed assignment puts it, as a
  manual association; assignment rules and exclusions are left out.
</source>
        <translation>- Jeder Account wird dort exportiert, wo ihn die Vorschau der Zuordnung
  einordnet, als manuelle Zuordnung; Zuweisungsregeln und Ausschlüsse
  entfallen.
</translation>
    </message>
    <message>
        <source>Rule links to set up through the metadata deploy or in Setup
-------------------------------------------------------------
</source>
        <translation>Regelverknüpfungen, die per Metadaten-Deploy oder im Setup einzurichten sind
---------------------------------------------------------------------------
</translation>
    </message>
    <message>
        <source>Warnings
--------
</source>
        <translation>Warnungen
---------
</translation>
    </message>
    <message>
        <source>None.
</source>
        <translation>Keine.
</translation>
    </message>
    <message>
        <source> (apply to child territories)</source>
        <translation> (auf untergeordnete Gebiete anwenden)</translation>
    </message>
</context>
<context>
    <name>Tessera::DemoWorkspace</name>
    <message>
        <source>The bundled demo is damaged.</source>
        <translation>Die mitgelieferte Demo ist beschädigt.</translation>
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
    <message>
        <source>Change Balance Settings of &quot;%1&quot;</source>
        <translation>Einstellungen zur Ausgewogenheit von „%1“ ändern</translation>
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
        <translation>Account %1 ist im Gebiet %2.</translation>
    </message>
    <message>
        <source>Account %1 is not in territory %2.</source>
        <translation>Account %1 ist nicht im Gebiet %2.</translation>
    </message>
    <message>
        <source>  It is assigned there by hand; manual assignments always hold.</source>
        <translation>  Er ist dort von Hand zugeordnet; manuelle Zuordnungen gelten immer.</translation>
    </message>
    <message>
        <source>  It is also excluded there; the manual assignment wins.</source>
        <translation>  Er ist dort auch ausgeschlossen; die manuelle Zuordnung hat Vorrang.</translation>
    </message>
    <message>
        <source>  It is excluded from this territory; exclusions win over rules.</source>
        <translation>  Er ist aus diesem Gebiet ausgeschlossen; Ausschlüsse haben Vorrang vor Regeln.</translation>
    </message>
    <message>
        <source>  No rule acts on this territory.</source>
        <translation>  Auf dieses Gebiet wirkt keine Regel.</translation>
    </message>
    <message>
        <source>  Rule %1</source>
        <translation>  Regel %1</translation>
    </message>
    <message>
        <source> (inherited from %1, which applies it to child territories)</source>
        <translation> (geerbt von %1, das sie auf untergeordnete Gebiete anwendet)</translation>
    </message>
    <message>
        <source>: inactive, assigns nothing</source>
        <translation>: inaktiv, ordnet nichts zu</translation>
    </message>
    <message>
        <source>: does not compile: %1</source>
        <translation>: nicht auswertbar: %1</translation>
    </message>
    <message>
        <source>: matches</source>
        <translation>: trifft zu</translation>
    </message>
    <message>
        <source>: does not match</source>
        <translation>: trifft nicht zu</translation>
    </message>
    <message>
        <source> (filter %1)</source>
        <translation> (Filter %1)</translation>
    </message>
    <message>
        <source>    %1. %2 %3 %4: %5, actual %6</source>
        <translation>    %1. %2 %3 %4: %5, tatsächlich %6</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>    First failing item: %1.</source>
        <translation>    Erstes nicht erfülltes Kriterium: %1.</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>  It lies in this territory&apos;s geography (%1).</source>
        <translation>  Er liegt in der Geografie dieses Gebiets (%1).</translation>
    </message>
    <message>
        <source>  By geography it belongs to territory %1 (%2).</source>
        <translation>  Nach der Geografie gehört er zum Gebiet %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Tessera::Export</name>
    <message>
        <source>About this export
=================

This file is not part of the deploy; package.xml does not list it.

</source>
        <translation>Über diesen Export
==================

Diese Datei gehört nicht zum Deploy; package.xml führt sie nicht auf.

</translation>
    </message>
    <message>
        <source>
Warnings found when this export was checked
-------------------------------------------
</source>
        <translation>
Warnungen aus der Prüfung dieses Exports
----------------------------------------
</translation>
    </message>
    <message>
        <source>None.
</source>
        <translation>Keine.
</translation>
    </message>
    <message>
        <source>There is no territory model to export.</source>
        <translation>Es gibt kein Gebietsmodell zum Exportieren.</translation>
    </message>
    <message>
        <source>No territory of the model has geography: the file will have no features.</source>
        <translation>Kein Gebiet des Modells hat eine Geografie: Die Datei wird keine Features enthalten.</translation>
    </message>
    <message>
        <source>Salesforce Metadata API (package.xml)</source>
        <translation>Salesforce Metadata API (package.xml)</translation>
    </message>
    <message>
        <source>Salesforce sf CLI source format</source>
        <translation>Salesforce sf CLI, Quellformat</translation>
    </message>
    <message>
        <source>Salesforce Data Loader CSVs</source>
        <translation>Salesforce Data Loader, CSV-Dateien</translation>
    </message>
    <message>
        <source>CSV: accounts and reps with their territories</source>
        <translation>CSV: Accounts und Vertriebsmitarbeiter mit ihren Gebieten</translation>
    </message>
    <message>
        <source>GeoJSON: territory shapes with their metrics</source>
        <translation>GeoJSON: Gebietsformen mit ihren Kennzahlen</translation>
    </message>
    <message>
        <source>The export is blocked (problems: %1):
- %2</source>
        <translation>Der Export ist blockiert (Probleme: %1):
- %2</translation>
    </message>
    <message>
        <source>Geographic territories written as assignment rules (%1): %2 rules for %3 territories.</source>
        <translation>Geografische Gebiete als Zuweisungsregeln geschrieben (%1): %2 Regeln für %3 Gebiete.</translation>
    </message>
    <message>
        <source>ZIP codes</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>whole states and countries, else ZIP codes</source>
        <translation>ganze Bundesstaaten und Länder, sonst PLZ</translation>
    </message>
</context>
<context>
    <name>Tessera::ExportCheck</name>
    <message>
        <source>There is no territory model to export.</source>
        <translation>Es gibt kein Gebietsmodell zum Exportieren.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the %2 has %3 characters; Salesforce allows %4.</source>
        <translation>%1: Das Feld „%2“ hat %3 Zeichen; Salesforce erlaubt %4.</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Territory %1</source>
        <translation>Gebiet %1</translation>
    </message>
    <message>
        <source>Model %1: territories without a territory type: %2 (%3). Territory2TypeId is required.</source>
        <translation>Modell %1: Gebiete ohne Gebietstyp: %2 (%3). Territory2TypeId ist ein Pflichtfeld.</translation>
    </message>
    <message>
        <source>Model %1: territories without a territory type in this workspace: %2 (%3). The deploy succeeds only if the type they name exists in the org.</source>
        <translation>Modell %1: Gebiete ohne Gebietstyp in diesem Arbeitsbereich: %2 (%3). Der Deploy gelingt nur, wenn der genannte Typ in der Org existiert.</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>%1 Tessera cannot preview this rule; Salesforce checks the field when it is loaded.</source>
        <translation>%1 Tessera kann für diese Regel keine Vorschau zeigen; Salesforce prüft das Feld beim Laden.</translation>
    </message>
    <message>
        <source>Territory type %1</source>
        <translation>Gebietstyp %1</translation>
    </message>
    <message>
        <source>Roles in territory that a new org does not have: %1. Add them to the Role in Territory picklist before loading UserTerritory2Association.</source>
        <translation>Rollen im Gebiet, die eine neue Org nicht hat: %1. Fügen Sie sie der Auswahlliste „Role in Territory“ hinzu, bevor Sie UserTerritory2Association laden.</translation>
    </message>
    <message>
        <source>Territory %1: the forecast manager %2 is not on the territory; Salesforce accepts only a user assigned to it.</source>
        <translation>Gebiet %1: Der Prognosemanager %2 ist dem Gebiet nicht zugeordnet; Salesforce akzeptiert nur einen zugeordneten Benutzer.</translation>
    </message>
    <message>
        <source>Reps whose user ids are not Salesforce user ids: %1 (%2). Replace them with the ids of their users before loading UserTerritory2Association.</source>
        <translation>Vertriebsmitarbeiter, deren Benutzer-Ids keine Salesforce-Benutzer-Ids sind: %1 (%2). Ersetzen Sie sie vor dem Laden von UserTerritory2Association durch die Ids ihrer Benutzer.</translation>
    </message>
    <message>
        <source>The role in territory &quot;%1&quot; has %2 characters; Salesforce allows %3.</source>
        <translation>Die Rolle im Gebiet „%1“ hat %2 Zeichen; Salesforce erlaubt %3.</translation>
    </message>
    <message>
        <source>%1 naming accounts by ids that are not Salesforce account ids: %2 (%3). Replace them before loading.</source>
        <translation>%1 nennen Accounts mit Ids, die keine Salesforce-Account-Ids sind: %2 (%3). Ersetzen Sie sie vor dem Laden.</translation>
    </message>
    <message>
        <source>%1 naming accounts that are not in this workspace: %2. They are exported as they are.</source>
        <translation>%1 nennen Accounts, die nicht in diesem Arbeitsbereich sind: %2. Sie werden unverändert exportiert.</translation>
    </message>
    <message>
        <source>Manual assignments</source>
        <translation>Manuelle Zuordnungen</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>Ausschlüsse</translation>
    </message>
</context>
<context>
    <name>Tessera::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export into Folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>Ein neuer oder leerer Ordner</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Export the previewed assignment of every account as manual associations (for orgs without assignment rules)</source>
        <translation>Die Vorschau der Zuordnung jedes Accounts als manuelle Zuordnungen exportieren (für Orgs ohne Zuweisungsregeln)</translation>
    </message>
    <message>
        <source>Not exported as rules</source>
        <translation>Nicht als Regeln exportiert</translation>
    </message>
    <message>
        <source>ZIP codes (BillingPostalCode)</source>
        <translation>PLZ (BillingPostalCode)</translation>
    </message>
    <message>
        <source>Whole states and countries (BillingState, BillingCountryCode), else ZIP codes</source>
        <translation>Ganze Bundesstaaten und Länder (BillingState, BillingCountryCode), sonst PLZ</translation>
    </message>
    <message>
        <source>&amp;Geography:</source>
        <translation>&amp;Geografie:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <source>Territory types, models, territories and rules with their territory links, with package.xml, to deploy with the Salesforce CLI.</source>
        <translation>Gebietstypen, Modelle, Gebiete und Regeln mit ihren Gebietsverknüpfungen, samt package.xml, zum Deploy mit der Salesforce CLI.</translation>
    </message>
    <message>
        <source>The same metadata in the sf CLI source format (-meta.xml files), for a Salesforce DX project.</source>
        <translation>Dieselben Metadaten im Quellformat der sf CLI (-meta.xml-Dateien), für ein Salesforce-DX-Projekt.</translation>
    </message>
    <message>
        <source>One CSV per object in load order, and a README.txt that says which Ids to map after each step.</source>
        <translation>Eine CSV-Datei je Objekt in Ladereihenfolge und eine README.txt, die sagt, welche Ids nach jedem Schritt zuzuordnen sind.</translation>
    </message>
    <message>
        <source>accounts.csv (each account with its territories and reps) and reps.csv (each rep with territories and roles).</source>
        <translation>accounts.csv (jeder Account mit seinen Gebieten und Vertriebsmitarbeitern) und reps.csv (jeder Vertriebsmitarbeiter mit Gebieten und Rollen).</translation>
    </message>
    <message>
        <source>territories.geojson: the shape of every territory with geography, with its area, compactness, parts, centroid, accounts, workload, potential and spread.</source>
        <translation>territories.geojson: die Form jedes Gebiets mit Geografie, mit Fläche, Kompaktheit, Teilen, Schwerpunkt, Accounts, Arbeitslast, Potenzial und Streuung.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Problems that block this export: %1.&lt;/b&gt; Fix them in the model, then export. Warnings: %2.</source>
        <translation>&lt;b&gt;Probleme, die diesen Export blockieren: %1.&lt;/b&gt; Beheben Sie sie im Modell und exportieren Sie dann. Warnungen: %2.</translation>
    </message>
    <message>
        <source>Ready to export. Warnings: %1. The export goes ahead and writes them into its README.txt.</source>
        <translation>Bereit zum Export. Warnungen: %1. Der Export wird trotzdem ausgeführt und schreibt sie in seine README.txt.</translation>
    </message>
    <message>
        <source>Checked against Salesforce&apos;s limits and name rules: no problems found.</source>
        <translation>Gegen die Limits und Namensregeln von Salesforce geprüft: keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Ready to export.</source>
        <translation>Bereit zum Export.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Wrote %1 files to %2.</source>
        <translation>%1 Dateien nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Geographic rules: %1 for %2 territories.</source>
        <translation>Geografische Regeln: %1 für %2 Gebiete.</translation>
    </message>
    <message>
        <source>Warnings written to its README.txt: %1.</source>
        <translation>In die README.txt geschriebene Warnungen: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The export failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Der Export ist fehlgeschlagen:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>Tessera::ExportFolder</name>
    <message>
        <source>No folder to export into.</source>
        <translation>Kein Ordner für den Export angegeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists and is not a folder.</source>
        <translation>„%1“ existiert und ist kein Ordner.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; is not empty; export into a new or empty folder.</source>
        <translation>Der Ordner „%1“ ist nicht leer; exportieren Sie in einen neuen oder leeren Ordner.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be created.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>No temporary folder can be made beside &quot;%1&quot;.</source>
        <translation>Neben „%1“ kann kein temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>The folder for &quot;%1&quot; cannot be created.</source>
        <translation>Der Ordner für „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written.</source>
        <translation>„%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be removed.</source>
        <translation>Der Ordner „%1“ kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The export cannot be moved to &quot;%1&quot;.</source>
        <translation>Der Export kann nicht nach „%1“ verschoben werden.</translation>
    </message>
</context>
<context>
    <name>Tessera::GeoJson</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Territory %1: %2</source>
        <translation>Gebiet %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 ist größer als %2 MB.</translation>
    </message>
    <message>
        <source>%1 is not GeoJSON.</source>
        <translation>%1 ist kein GeoJSON.</translation>
    </message>
    <message>
        <source>%1 is not GeoJSON: the type is &quot;%2&quot;; a FeatureCollection, a Feature or a polygon is expected.</source>
        <translation>%1 ist kein GeoJSON: Der Typ ist „%2“; erwartet wird eine FeatureCollection, ein Feature oder ein Polygon.</translation>
    </message>
    <message>
        <source>%1 has more than %2 features.</source>
        <translation>%1 hat mehr als %2 Features.</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>Feature %1</translation>
    </message>
    <message>
        <source>feature %1 (&quot;%2&quot;)</source>
        <translation>Feature %1 („%2“)</translation>
    </message>
    <message>
        <source>its geometry is %1, not a Polygon or MultiPolygon.</source>
        <translation>seine Geometrie ist %1, kein Polygon oder MultiPolygon.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>it has no &quot;%1&quot; property to name its territory.</source>
        <translation>es hat keine Eigenschaft „%1“, die sein Gebiet benennt.</translation>
    </message>
    <message>
        <source>its coordinates are not rings of [longitude, latitude] pairs.</source>
        <translation>seine Koordinaten sind keine Ringe aus [Längengrad, Breitengrad]-Paaren.</translation>
    </message>
    <message>
        <source>feature %1 (&quot;%2&quot;): %3 territories have this name.</source>
        <translation>Feature %1 („%2“): %3 Gebiete tragen diesen Namen.</translation>
    </message>
    <message>
        <source>feature %1 (&quot;%2&quot;): no territory of the model has this name; choose a parent to create it under.</source>
        <translation>Feature %1 („%2“): Kein Gebiet des Modells trägt diesen Namen; wählen Sie ein übergeordnetes Gebiet, unter dem es angelegt wird.</translation>
    </message>
</context>
<context>
    <name>Tessera::GeoJsonImport</name>
    <message>
        <source>Import GeoJSON</source>
        <translation>GeoJSON importieren</translation>
    </message>
</context>
<context>
    <name>Tessera::GeoJsonImportDialog</name>
    <message>
        <source>Import GeoJSON</source>
        <translation>GeoJSON importieren</translation>
    </message>
    <message>
        <source>Do not create territories</source>
        <translation>Keine Gebiete anlegen</translation>
    </message>
    <message>
        <source>Under %1</source>
        <translation>Unter %1</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>&amp;Territory name in:</source>
        <translation>&amp;Gebietsname in:</translation>
    </message>
    <message>
        <source>&amp;New territories:</source>
        <translation>&amp;Neue Gebiete:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;The file cannot be imported:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Die Datei kann nicht importiert werden:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Feature %1 (&quot;%2&quot;): a drawn shape of %3</source>
        <translation>Feature %1 („%2“): eine gezeichnete Form von %3</translation>
    </message>
    <message>
        <source>Feature %1 (&quot;%2&quot;): a drawn shape of the new territory %3 under %4</source>
        <translation>Feature %1 („%2“): eine gezeichnete Form des neuen Gebiets %3 unter %4</translation>
    </message>
    <message>
        <source>Shapes to draw: %1. New territories: %2. Features that cannot be imported: %3.</source>
        <translation>Zu zeichnende Formen: %1. Neue Gebiete: %2. Nicht importierbare Features: %3.</translation>
    </message>
</context>
<context>
    <name>Tessera::GeoRules</name>
    <message>
        <source>A territory with geography is not in the model.</source>
        <translation>Ein Gebiet mit Geografie ist nicht im Modell.</translation>
    </message>
    <message>
        <source>%1: its geography is not whole states or countries; written as ZIP codes.</source>
        <translation>%1: Seine Geografie besteht nicht aus ganzen Bundesstaaten oder Ländern; als PLZ geschrieben.</translation>
    </message>
    <message>
        <source>%1: no ZIP code falls in its geography; no rule written.</source>
        <translation>%1: Keine PLZ liegt in seiner Geografie; keine Regel geschrieben.</translation>
    </message>
    <message>
        <source> geography</source>
        <translation> Geografie</translation>
    </message>
</context>
<context>
    <name>Tessera::GeographyCommands</name>
    <message>
        <source>%1 Units</source>
        <translation>%1 Einheiten</translation>
    </message>
    <message>
        <source>Give %1 to &quot;%2&quot;</source>
        <translation>%1 „%2“ zuordnen</translation>
    </message>
    <message>
        <source>Unassign %1</source>
        <translation>Zuordnung von %1 aufheben</translation>
    </message>
    <message>
        <source>Draw Shape &quot;%1&quot;</source>
        <translation>Form „%1“ zeichnen</translation>
    </message>
    <message>
        <source>Edit Shape &quot;%1&quot;</source>
        <translation>Form „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete Shape &quot;%1&quot;</source>
        <translation>Form „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>Tessera::ImportCommands</name>
    <message numerus="yes">
        <source>Import %n Reps</source>
        <translation>
            <numerusform>%n Vertriebsmitarbeiter importieren</numerusform>
            <numerusform>%n Vertriebsmitarbeiter importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Rep %1 no longer exists.</source>
        <translation>Vertriebsmitarbeiter %1 existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Tessera::ImportWizard</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Picklist</source>
        <translation>Auswahlliste</translation>
    </message>
    <message>
        <source>Multi-select picklist</source>
        <translation>Mehrfachauswahlliste</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Checkbox</source>
        <translation>Kontrollkästchen</translation>
    </message>
    <message>
        <source>Import Accounts</source>
        <translation>Accounts importieren</translation>
    </message>
    <message>
        <source>Import Reps</source>
        <translation>Vertriebsmitarbeiter importieren</translation>
    </message>
    <message>
        <source>Choose a CSV file of accounts, such as a Salesforce report or data export.</source>
        <translation>Wählen Sie eine CSV-Datei mit Accounts, etwa einen Salesforce-Bericht oder Datenexport.</translation>
    </message>
    <message>
        <source>Choose a CSV file of reps: user id, name, email, capacity and home location.</source>
        <translation>Wählen Sie eine CSV-Datei mit Vertriebsmitarbeitern: Benutzer-Id, Name, E-Mail, Kapazität und Standort.</translation>
    </message>
    <message>
        <source>accounts.csv</source>
        <translation>accounts.csv</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Detect from the header row</source>
        <translation>Aus der Kopfzeile erkennen</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <source>Refresh the %1 accounts of the workspace: update those with the same Id, add new ones</source>
        <translation>Die %1 Accounts des Arbeitsbereichs auffrischen: die mit gleicher Id aktualisieren, neue hinzufügen</translation>
    </message>
    <message>
        <source>Remove accounts that are not in the file</source>
        <translation>Accounts entfernen, die nicht in der Datei sind</translation>
    </message>
    <message>
        <source>Without refresh, the file&apos;s accounts replace all accounts. Manual assignments and exclusions are kept either way: they follow the account Id.</source>
        <translation>Ohne Auffrischen ersetzen die Accounts der Datei alle Accounts. Manuelle Zuordnungen und Ausschlüsse bleiben in jedem Fall erhalten: Sie folgen der Account-Id.</translation>
    </message>
    <message>
        <source>The workspace has no accounts yet.</source>
        <translation>Der Arbeitsbereich hat noch keine Accounts.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>The first rows of the file, as Tessera reads them.</source>
        <translation>Die ersten Zeilen der Datei, wie Tessera sie liest.</translation>
    </message>
    <message>
        <source>Delimiter: %1 · Encoding: %2 · %3 columns</source>
        <translation>Trennzeichen: %1 · Kodierung: %2 · %3 Spalten</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8; it was read as Windows-1252 (Latin-1) and converted.</source>
        <translation>Die Datei ist kein gültiges UTF-8; sie wurde als Windows-1252 (Latin-1) gelesen und umgewandelt.</translation>
    </message>
    <message>
        <source>Columns and Fields</source>
        <translation>Spalten und Felder</translation>
    </message>
    <message>
        <source>Where each column goes. Columns that are not Salesforce fields become custom fields; their type is inferred from all values unless you choose one.</source>
        <translation>Wohin jede Spalte geht. Spalten, die keine Salesforce-Felder sind, werden benutzerdefinierte Felder; ihr Typ wird aus allen Werten abgeleitet, sofern Sie keinen wählen.</translation>
    </message>
    <message>
        <source>Where each column goes. A rep needs a user id and a name; a home is a latitude and longitude or a US ZIP code.</source>
        <translation>Wohin jede Spalte geht. Ein Vertriebsmitarbeiter braucht eine Benutzer-Id und einen Namen; ein Standort ist ein Breiten- und Längengrad oder eine US-PLZ.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>— Do not import —</source>
        <translation>— Nicht importieren —</translation>
    </message>
    <message>
        <source>New field %1</source>
        <translation>Neues Feld %1</translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation>Automatisch: %1</translation>
    </message>
    <message>
        <source>Reading the File</source>
        <translation>Datei wird gelesen</translation>
    </message>
    <message>
        <source>Every row is read and checked. Nothing changes in the workspace until you finish.</source>
        <translation>Jede Zeile wird gelesen und geprüft. Im Arbeitsbereich ändert sich nichts, bis Sie abschließen.</translation>
    </message>
    <message>
        <source>Cancel Reading</source>
        <translation>Lesen abbrechen</translation>
    </message>
    <message>
        <source>Read Again</source>
        <translation>Erneut lesen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Save Report…</source>
        <translation>Bericht speichern…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>Das Lesen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Die Datei kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>%1 rows read; %2 can be imported.</source>
        <translation>%1 Zeilen gelesen; %2 können importiert werden.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>%1 rows have problems; the import can skip them, or you can correct the file and read it again.</source>
        <translation>%1 Zeilen haben Probleme; der Import kann sie überspringen, oder Sie korrigieren die Datei und lesen sie erneut.</translation>
    </message>
    <message>
        <source>Skip the %1 rows with problems and import the others</source>
        <translation>Die %1 Zeilen mit Problemen überspringen und die anderen importieren</translation>
    </message>
    <message>
        <source>The file has a header but no rows: there is nothing to import.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Zeilen: Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>No row can be imported.</source>
        <translation>Keine Zeile kann importiert werden.</translation>
    </message>
    <message>
        <source>Save Report of Problems</source>
        <translation>Problembericht speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Ready to Import</source>
        <translation>Bereit zum Import</translation>
    </message>
    <message>
        <source>What the import changes in the workspace.</source>
        <translation>Was der Import im Arbeitsbereich ändert.</translation>
    </message>
    <message>
        <source>%1 accounts updated, %2 added.</source>
        <translation>%1 Accounts aktualisiert, %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 accounts are not in the file and will be removed: %2</source>
        <translation>%1 Accounts sind nicht in der Datei und werden entfernt: %2</translation>
    </message>
    <message>
        <source>%1 accounts are not in the file and stay: %2</source>
        <translation>%1 Accounts sind nicht in der Datei und bleiben: %2</translation>
    </message>
    <message>
        <source>The workspace will have %1 accounts.</source>
        <translation>Der Arbeitsbereich wird %1 Accounts haben.</translation>
    </message>
    <message>
        <source>%1 accounts will replace the %2 accounts of the workspace.</source>
        <translation>%1 Accounts ersetzen die %2 Accounts des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>New custom fields: %1</source>
        <translation>Neue benutzerdefinierte Felder: %1</translation>
    </message>
    <message>
        <source>%1 reps added, %2 updated, %3 unchanged.</source>
        <translation>%1 Vertriebsmitarbeiter hinzugefügt, %2 aktualisiert, %3 unverändert.</translation>
    </message>
    <message>
        <source>%1 reps of the workspace are not in the file; they stay.</source>
        <translation>%1 Vertriebsmitarbeiter des Arbeitsbereichs sind nicht in der Datei; sie bleiben.</translation>
    </message>
    <message>
        <source>%1 rows with problems are skipped.</source>
        <translation>%1 Zeilen mit Problemen werden übersprungen.</translation>
    </message>
    <message>
        <source>Finish imports them as one step that Edit › Undo takes back.</source>
        <translation>„Fertigstellen“ importiert sie in einem Schritt, den Bearbeiten › Rückgängig zurücknimmt.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv)</source>
        <translation>CSV-Dateien (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Refresh Accounts from %1</source>
        <translation>Accounts aus %1 auffrischen</translation>
    </message>
    <message>
        <source>Import Accounts from %1</source>
        <translation>Accounts aus %1 importieren</translation>
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
        <translation>Name:</translation>
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
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import Accounts…</source>
        <translation>Accounts &amp;importieren…</translation>
    </message>
    <message>
        <source>Import or refresh accounts from a CSV file</source>
        <translation>Accounts aus einer CSV-Datei importieren oder auffrischen</translation>
    </message>
    <message>
        <source>Import Re&amp;ps…</source>
        <translation>&amp;Vertriebsmitarbeiter importieren…</translation>
    </message>
    <message>
        <source>Import reps from a CSV file</source>
        <translation>Vertriebsmitarbeiter aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <source>Import &amp;GeoJSON…</source>
        <translation>&amp;GeoJSON importieren…</translation>
    </message>
    <message>
        <source>&amp;Balance Settings…</source>
        <translation>Einstellungen zur &amp;Ausgewogenheit…</translation>
    </message>
    <message>
        <source>How workload and potential are measured, the tolerance and the targets</source>
        <translation>Wie Arbeitslast und Potenzial gemessen werden, die Toleranz und die Ziele</translation>
    </message>
    <message>
        <source>&amp;Optimize Balance…</source>
        <translation>Ausgewogenheit &amp;optimieren…</translation>
    </message>
    <message>
        <source>Rebalance the selected territory&apos;s children, or design new territories</source>
        <translation>Die Untergebiete des ausgewählten Gebiets neu ausgleichen oder neue Gebiete entwerfen</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Ausgewogenheit</translation>
    </message>
    <message>
        <source>How precisely the accounts are placed on the map: by their coordinates, the centre of their ZIP code, of their state or of their country, or not at all.</source>
        <translation>Wie genau die Accounts auf der Karte liegen: nach ihren Koordinaten, dem Mittelpunkt ihrer PLZ, ihres Bundesstaats oder ihres Landes, oder gar nicht.</translation>
    </message>
    <message>
        <source>Located: %L1 exact · %L2 ZIP · %L3 state · %L4 country · %L5 not located</source>
        <extracomment>Status bar: accounts by location precision (coordinates, ZIP centre, state or country centre, not located)</extracomment>
        <translation>Verortet: %L1 genau · %L2 PLZ · %L3 Bundesstaat · %L4 Land · %L5 nicht verortet</translation>
    </message>
    <message>
        <source>Import GeoJSON</source>
        <translation>GeoJSON importieren</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json);;All files (*)</source>
        <translation>GeoJSON (*.geojson *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Imported %1 shapes from %2</source>
        <translation>%1 Formen aus %2 importiert</translation>
    </message>
    <message>
        <source>Balance Settings of &quot;%1&quot;</source>
        <translation>Einstellungen zur Ausgewogenheit von „%1“</translation>
    </message>
    <message>
        <source>The optimized scenario is now shown; the original model is unchanged.</source>
        <translation>Jetzt wird das optimierte Szenario angezeigt; das ursprüngliche Modell ist unverändert.</translation>
    </message>
    <message>
        <source>Moves adopted. %1 takes them back.</source>
        <translation>Verschiebungen übernommen. %1 nimmt sie zurück.</translation>
    </message>
    <message>
        <source>Design adopted. %1 brings back the territories it replaced.</source>
        <translation>Entwurf übernommen. %1 holt die ersetzten Gebiete zurück.</translation>
    </message>
</context>
<context>
    <name>Tessera::MapImage</name>
    <message>
        <source>the image must be 16 to %1 pixels a side</source>
        <translation>das Bild muss je Seite 16 bis %1 Pixel groß sein</translation>
    </message>
    <message>
        <source>the bundled boundaries cannot be read</source>
        <translation>die mitgelieferten Grenzen können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>Tessera::MapPanel</name>
    <message>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Drag to pan; click an account to select its territory</source>
        <translation>Ziehen zum Verschieben; Klick auf einen Account wählt sein Gebiet aus</translation>
    </message>
    <message>
        <source>Select Accounts</source>
        <translation>Accounts auswählen</translation>
    </message>
    <message>
        <source>Draw around accounts to list them in the Accounts tab</source>
        <translation>Accounts umranden, um sie im Reiter „Accounts“ aufzulisten</translation>
    </message>
    <message>
        <source>Assign Units</source>
        <translation>Einheiten zuordnen</translation>
    </message>
    <message>
        <source>Click a state or county to give it to the selected territory (again to take it back), or draw around several</source>
        <translation>Klicken Sie auf einen Bundesstaat oder ein County, um es dem ausgewählten Gebiet zuzuordnen (erneut, um es zurückzunehmen), oder umranden Sie mehrere</translation>
    </message>
    <message>
        <source>Draw Shape</source>
        <translation>Form zeichnen</translation>
    </message>
    <message>
        <source>Click the corners of a shape for the selected territory; double click or Enter closes it, Backspace takes a corner back</source>
        <translation>Klicken Sie die Ecken einer Form für das ausgewählte Gebiet; Doppelklick oder Eingabe schließt sie, Rücktaste nimmt eine Ecke zurück</translation>
    </message>
    <message>
        <source>Edit Shapes</source>
        <translation>Formen bearbeiten</translation>
    </message>
    <message>
        <source>Drag a corner of a drawn shape to move it; Delete or a right click removes the corner</source>
        <translation>Ziehen Sie eine Ecke einer gezeichneten Form, um sie zu verschieben; Entf oder ein Rechtsklick entfernt die Ecke</translation>
    </message>
    <message>
        <source>Units by zoom</source>
        <translation>Einheiten nach Zoom</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Bundesstaaten</translation>
    </message>
    <message>
        <source>Counties</source>
        <translation>Countys</translation>
    </message>
    <message>
        <source>Which units hovering and clicking pick: states, counties, or counties once they are outlined</source>
        <translation>Welche Einheiten Zeigen und Klicken erfassen: Bundesstaaten, Countys oder Countys, sobald sie umrissen sind</translation>
    </message>
    <message>
        <source>The map: the United States with Alaska and Hawaii in insets, or the world</source>
        <translation>Die Karte: die Vereinigten Staaten mit Alaska und Hawaii in Nebenkarten, oder die Welt</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>World</source>
        <translation>Welt</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Verkleinern (-)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole map (0)</source>
        <translation>Ganze Karte zeigen (0)</translation>
    </message>
    <message>
        <source>%L1 accounts selected on the map; the Accounts tab lists them.</source>
        <translation>%L1 Accounts auf der Karte ausgewählt; der Reiter „Accounts“ listet sie auf.</translation>
    </message>
    <message>
        <source>Wheel or +/- to zoom, drag or arrow keys to pan, 0 to fit. Hover a state or county for its totals.</source>
        <translation>Mausrad oder +/- zoomt, Ziehen oder Pfeiltasten verschieben, 0 passt ein. Zeigen Sie auf einen Bundesstaat oder ein County für seine Summen.</translation>
    </message>
</context>
<context>
    <name>Tessera::MapRenderer</name>
    <message>
        <source>Territories</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <source>%1 more territories: %2 accounts</source>
        <translation>%1 weitere Gebiete: %2 Accounts</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 mi</source>
        <translation>%1 mi</translation>
    </message>
</context>
<context>
    <name>Tessera::MapView</name>
    <message>
        <source>%1 B</source>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <source>%1 M</source>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>%1 K</source>
        <translation>%1 Tsd.</translation>
    </message>
    <message>
        <source>The bundled boundaries cannot be read.</source>
        <translation>Die mitgelieferten Grenzen können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%L1 of %L2 accounts have no place on the map</source>
        <translation>%L1 von %L2 Accounts haben keinen Platz auf der Karte</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Country %1</source>
        <translation>Land %1</translation>
    </message>
    <message>
        <source>County %1</source>
        <extracomment>A unit&apos;s kind and code: &quot;County 06075&quot; (FIPS), &quot;State CA&quot;</extracomment>
        <translation>County %1</translation>
    </message>
    <message>
        <source>State %1</source>
        <translation>Bundesstaat %1</translation>
    </message>
    <message>
        <source>Territory: %1</source>
        <translation>Gebiet: %1</translation>
    </message>
    <message>
        <source>%L1 accounts</source>
        <translation>%L1 Accounts</translation>
    </message>
    <message>
        <source>Workload: %1 h</source>
        <translation>Arbeitslast: %1 h</translation>
    </message>
    <message>
        <source>Potential: %1</source>
        <translation>Potenzial: %1</translation>
    </message>
    <message>
        <source>Select a territory in the tree first: the map gives it what you pick.</source>
        <translation>Wählen Sie zuerst ein Gebiet im Baum: Die Karte ordnet ihm zu, was Sie auswählen.</translation>
    </message>
    <message>
        <source>A shape needs at least three corners.</source>
        <translation>Eine Form braucht mindestens drei Ecken.</translation>
    </message>
    <message>
        <source>A corner of the shape lies off the globe.</source>
        <translation>Eine Ecke der Form liegt außerhalb der Erdkugel.</translation>
    </message>
    <message>
        <source>%1 shape</source>
        <translation>Form %1</translation>
    </message>
    <message>
        <source>The shape is gone.</source>
        <translation>Die Form existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A shape keeps at least three corners; delete the shape instead.</source>
        <translation>Eine Form behält mindestens drei Ecken; löschen Sie stattdessen die Form.</translation>
    </message>
    <message>
        <source>Locating the accounts…</source>
        <translation>Accounts werden verortet…</translation>
    </message>
</context>
<context>
    <name>Tessera::MeasureEditor</name>
    <message>
        <source>From a &amp;field:</source>
        <translation>Aus einem &amp;Feld:</translation>
    </message>
    <message>
        <source>By &amp;formula, per segment of accounts</source>
        <translation>Per &amp;Formel, je Account-Segment</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>%1 (default, not in the accounts)</source>
        <translation>%1 (Standard, nicht in den Accounts)</translation>
    </message>
    <message>
        <source>(all accounts alike)</source>
        <translation>(alle Accounts gleich)</translation>
    </message>
    <message>
        <source>Segment value</source>
        <translation>Segmentwert</translation>
    </message>
    <message>
        <source>From (≥)</source>
        <translation>Von (≥)</translation>
    </message>
    <message>
        <source>To (&lt;)</source>
        <translation>Bis (&lt;)</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>Add Segment</source>
        <translation>Segment hinzufügen</translation>
    </message>
    <message>
        <source>Remove Segment</source>
        <translation>Segment entfernen</translation>
    </message>
    <message>
        <source>One per Value</source>
        <translation>Eines je Wert</translation>
    </message>
    <message>
        <source>Add a segment for every value the field holds</source>
        <translation>Für jeden Wert des Felds ein Segment hinzufügen</translation>
    </message>
    <message>
        <source>e.g. 4 * 1.5 (visits a year × hours per visit); empty: 0</source>
        <translation>z. B. 4 * 1.5 (Besuche pro Jahr × Stunden pro Besuch); leer: 0</translation>
    </message>
    <message>
        <source>Segment by:</source>
        <translation>Segmentieren nach:</translation>
    </message>
    <message>
        <source>Other accounts:</source>
        <translation>Übrige Accounts:</translation>
    </message>
    <message>
        <source>%1 (not in the accounts)</source>
        <translation>%1 (nicht in den Accounts)</translation>
    </message>
    <message>
        <source>Segment %1 has no formula.</source>
        <translation>Segment %1 hat keine Formel.</translation>
    </message>
    <message>
        <source>Total over %L1 accounts: %2 %3</source>
        <translation>Summe über %L1 Accounts: %2 %3</translation>
    </message>
    <message>
        <source>The accounts have no field %1: the measure is 0 until one is imported.</source>
        <translation>Die Accounts haben kein Feld %1: Die Kennzahl ist 0, bis eines importiert wird.</translation>
    </message>
    <message>
        <source>; %L1 accounts have no value and count as 0</source>
        <translation>; %L1 Accounts haben keinen Wert und zählen als 0</translation>
    </message>
</context>
<context>
    <name>Tessera::MetricsFormula</name>
    <message>
        <source>A formula may have at most %1 characters.</source>
        <translation>Eine Formel darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>The formula is empty.</source>
        <translation>Die Formel ist leer.</translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot;.</source>
        <translation>Unerwartetes „%1“.</translation>
    </message>
    <message>
        <source>formula &quot;%1&quot;, at character %2</source>
        <translation>Formel „%1“, bei Zeichen %2</translation>
    </message>
    <message>
        <source>The formula nests too deeply.</source>
        <translation>Die Formel ist zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>The formula ends too early.</source>
        <translation>Die Formel endet zu früh.</translation>
    </message>
    <message>
        <source>A closing parenthesis is missing.</source>
        <translation>Eine schließende Klammer fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a function; min and max are.</source>
        <translation>„%1“ ist keine Funktion; min und max sind es.</translation>
    </message>
    <message>
        <source>There is no account field &quot;%1&quot;.</source>
        <translation>Es gibt kein Account-Feld „%1“.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not a number or checkbox field.</source>
        <translation>Das Feld „%1“ ist kein Zahlen- oder Kontrollkästchenfeld.</translation>
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
        <translation>gleich</translation>
    </message>
    <message>
        <source>not equal to</source>
        <translation>ungleich</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>kleiner als</translation>
    </message>
    <message>
        <source>greater than</source>
        <translation>größer als</translation>
    </message>
    <message>
        <source>less or equal</source>
        <translation>kleiner oder gleich</translation>
    </message>
    <message>
        <source>greater or equal</source>
        <translation>größer oder gleich</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>enthält nicht</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <source>includes</source>
        <translation>einschließlich</translation>
    </message>
    <message>
        <source>excludes</source>
        <translation>ausschließlich</translation>
    </message>
    <message>
        <source>within</source>
        <translation>innerhalb</translation>
    </message>
</context>
<context>
    <name>Tessera::OptimizationChart</name>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>billions</source>
        <translation>Milliarden</translation>
    </message>
    <message>
        <source>millions</source>
        <translation>Millionen</translation>
    </message>
    <message>
        <source>thousands</source>
        <translation>Tausend</translation>
    </message>
    <message>
        <source>Before (none)</source>
        <translation>Vorher (keine)</translation>
    </message>
    <message>
        <source>Tolerance ±%1 %</source>
        <translation>Toleranz ±%1 %</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Toleranz</translation>
    </message>
</context>
<context>
    <name>Tessera::OptimizationCommands</name>
    <message>
        <source>The result moves no account.</source>
        <translation>Das Ergebnis verschiebt keinen Account.</translation>
    </message>
    <message>
        <source>The territory of the design does not exist.</source>
        <translation>Das Gebiet des Entwurfs existiert nicht.</translation>
    </message>
    <message>
        <source>Keep Optimization as &quot;%1&quot;</source>
        <translation>Optimierung als „%1“ behalten</translation>
    </message>
</context>
<context>
    <name>Tessera::OptimizationRun</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The pieces have no adjacency, so contiguity cannot be asked for.</source>
        <translation>Die Bausteine haben keine Nachbarschaft; Zusammenhang lässt sich daher nicht verlangen.</translation>
    </message>
</context>
<context>
    <name>Tessera::OptimizeDialog</name>
    <message>
        <source>Optimize Balance</source>
        <translation>Ausgewogenheit optimieren</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Change Settings</source>
        <translation>Einstellungen ändern</translation>
    </message>
    <message>
        <source>Back to the settings to run again; this result is dropped</source>
        <translation>Zurück zu den Einstellungen für einen neuen Lauf; dieses Ergebnis wird verworfen</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Move the accounts in this model, as one step that Undo takes back</source>
        <translation>Die Accounts in diesem Modell verschieben, in einem Schritt, den „Rückgängig“ zurücknimmt</translation>
    </message>
    <message>
        <source>Keep as Scenario</source>
        <translation>Als Szenario behalten</translation>
    </message>
    <message>
        <source>Add a copy of the model with the moves made there; this model stays as it is</source>
        <translation>Eine Kopie des Modells mit den Verschiebungen anlegen; dieses Modell bleibt, wie es ist</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Schließen, ohne etwas zu ändern</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Rebalance its child territories</source>
        <translation>Seine Untergebiete neu ausgleichen</translation>
    </message>
    <message>
        <source>Rebalance every territory at the level of its children</source>
        <translation>Alle Gebiete auf der Ebene seiner Untergebiete neu ausgleichen</translation>
    </message>
    <message>
        <source>All territories at that level of the model, whatever their parent: accounts may move between territories of different parents.</source>
        <translation>Alle Gebiete dieser Ebene des Modells, gleich unter welchem übergeordneten Gebiet: Accounts können zwischen Gebieten verschiedener übergeordneter Gebiete wechseln.</translation>
    </message>
    <message>
        <source>Design new territories:</source>
        <translation>Neue Gebiete entwerfen:</translation>
    </message>
    <message>
        <source>ZIP codes (the accounts of a ZIP move together)</source>
        <translation>PLZ (die Accounts einer PLZ wechseln gemeinsam)</translation>
    </message>
    <message>
        <source>Single accounts</source>
        <translation>Einzelne Accounts</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Territory:</source>
        <translation>Gebiet:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>Pieces:</source>
        <translation>Bausteine:</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Ausgewogenheit</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Arbeitslast</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potenzial</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Contiguous territories</source>
        <translation>Zusammenhängende Gebiete</translation>
    </message>
    <message>
        <source>Every territory forms one connected area on the neighbour graph of its pieces</source>
        <translation>Jedes Gebiet bildet eine zusammenhängende Fläche im Nachbarschaftsgraphen seiner Bausteine</translation>
    </message>
    <message>
        <source>Move at most</source>
        <translation>Höchstens</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The same seed and settings give the same result</source>
        <translation>Gleicher Startwert und gleiche Einstellungen ergeben das gleiche Ergebnis</translation>
    </message>
    <message>
        <source>Time budget:</source>
        <translation>Zeitbudget:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <source>Locked territories</source>
        <translation>Gesperrte Gebiete</translation>
    </message>
    <message>
        <source>A checked territory keeps exactly its accounts and takes none; the others balance among themselves. Accounts assigned by hand to a territory (%L1 here) never move.</source>
        <translation>Ein markiertes Gebiet behält genau seine Accounts und nimmt keine auf; die anderen gleichen sich untereinander aus. Von Hand zugeordnete Accounts (hier %L1) wechseln nie.</translation>
    </message>
    <message>
        <source>The model has no territory with child territories.</source>
        <translation>Das Modell hat kein Gebiet mit Untergebieten.</translation>
    </message>
    <message>
        <source>Rebalancing a level needs at least two territories at that level.</source>
        <translation>Zum Ausgleichen einer Ebene braucht es mindestens zwei Gebiete auf dieser Ebene.</translation>
    </message>
    <message>
        <source>Rebalancing needs a territory with at least two child territories.</source>
        <translation>Zum Ausgleichen braucht es ein Gebiet mit mindestens zwei Untergebieten.</translation>
    </message>
    <message>
        <source>Leave at least two territories unlocked.</source>
        <translation>Lassen Sie mindestens zwei Gebiete entsperrt.</translation>
    </message>
    <message>
        <source>Check at least one metric to balance.</source>
        <translation>Wählen Sie mindestens eine Kennzahl zum Ausgleichen.</translation>
    </message>
    <message numerus="yes">
        <source>%n child territories</source>
        <translation>
            <numerusform>%n Untergebiet</numerusform>
            <numerusform>%n Untergebiete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Level %1: %2 territories under %n parents</source>
        <translation>
            <numerusform>Ebene %1: %2 Gebiete unter %n übergeordneten Gebiet</numerusform>
            <numerusform>Ebene %1: %2 Gebiete unter %n übergeordneten Gebieten</numerusform>
        </translation>
    </message>
    <message>
        <source>an equal share</source>
        <translation>ein gleicher Anteil</translation>
    </message>
    <message>
        <source>a share in proportion to the capacity of the territory&apos;s reps, as on the Balance tab</source>
        <translation>ein Anteil im Verhältnis zur Kapazität der Vertriebsmitarbeiter des Gebiets, wie im Reiter „Ausgewogenheit“</translation>
    </message>
    <message>
        <source>the territory&apos;s own target where it has one, else an equal share, scaled so that the targets add up to the total</source>
        <translation>das eigene Ziel des Gebiets, falls vorhanden, sonst ein gleicher Anteil, so skaliert, dass die Ziele zusammen die Summe ergeben</translation>
    </message>
    <message>
        <source>Workload and potential as the model&apos;s Balance Settings measure them. Each checked metric stays within its tolerance of the target (%1) in every territory; unchecked metrics are only reported.</source>
        <translation>Arbeitslast und Potenzial, wie die Einstellungen zur Ausgewogenheit des Modells sie messen. Jede gewählte Kennzahl bleibt in jedem Gebiet innerhalb ihrer Toleranz um das Ziel (%1); nicht gewählte Kennzahlen werden nur berichtet.</translation>
    </message>
    <message>
        <source>New territories have no reps or targets yet: a design aims at equal shares.</source>
        <translation>Neue Gebiete haben noch keine Vertriebsmitarbeiter oder Ziele: Ein Entwurf zielt auf gleiche Anteile.</translation>
    </message>
    <message>
        <source>The optimizer works on a copy of the workspace; nothing changes until you adopt or keep its result. Cancel stops it.</source>
        <translation>Der Optimierer arbeitet auf einer Kopie des Arbeitsbereichs; nichts ändert sich, bis Sie sein Ergebnis übernehmen oder behalten. „Abbrechen“ hält ihn an.</translation>
    </message>
    <message>
        <source>Designing %1 territories under &quot;%2&quot;…</source>
        <translation>%1 Gebiete unter „%2“ werden entworfen…</translation>
    </message>
    <message>
        <source>Rebalancing the territories at level %1…</source>
        <translation>Die Gebiete auf Ebene %1 werden neu ausgeglichen…</translation>
    </message>
    <message>
        <source>Rebalancing the child territories of &quot;%1&quot;…</source>
        <translation>Die Untergebiete von „%1“ werden neu ausgeglichen…</translation>
    </message>
    <message>
        <source>The optimization was cancelled; nothing changed.</source>
        <translation>Die Optimierung wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Toleranz</translation>
    </message>
    <message>
        <source>Max. deviation before</source>
        <translation>Max. Abweichung vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Account-Id</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Verschiebungen</translation>
    </message>
    <message>
        <source>Scenario name:</source>
        <translation>Name des Szenarios:</translation>
    </message>
    <message>
        <source>%1 cannot come closer than %2 % to its target</source>
        <translation>%1 kommt seinem Ziel nicht näher als %2 %</translation>
    </message>
    <message>
        <source> (aimed at ± %1 % instead)</source>
        <translation> (stattdessen auf ± %1 % ausgerichtet)</translation>
    </message>
    <message>
        <source>Every checked metric is within its tolerance.</source>
        <translation>Jede gewählte Kennzahl liegt innerhalb ihrer Toleranz.</translation>
    </message>
    <message>
        <source>Out of reach: %1 — one piece alone is too large, or too much is locked.</source>
        <translation>Nicht erreichbar: %1 – ein einzelner Baustein ist zu groß, oder zu viel ist gesperrt.</translation>
    </message>
    <message>
        <source>Not every checked metric is within its tolerance: the pieces may be too coarse, too many locked, or the time too short.</source>
        <translation>Nicht jede gewählte Kennzahl liegt innerhalb ihrer Toleranz: Die Bausteine sind vielleicht zu grob, zu viele gesperrt oder die Zeit zu kurz.</translation>
    </message>
    <message>
        <source>not balanced</source>
        <translation>nicht ausgeglichen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; accounts in &lt;b&gt;%2&lt;/b&gt; %3, &lt;b&gt;%4&lt;/b&gt; territories%5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Accounts in &lt;b&gt;%2&lt;/b&gt; %3, &lt;b&gt;%4&lt;/b&gt; Gebiete%5</translation>
    </message>
    <message>
        <source>ZIP pieces</source>
        <translation>PLZ-Bausteinen</translation>
    </message>
    <message>
        <source>account pieces</source>
        <translation>Account-Bausteinen</translation>
    </message>
    <message>
        <source> (locked and left out: %1)</source>
        <translation> (gesperrt und ausgelassen: %1)</translation>
    </message>
    <message>
        <source>Left out: %L1 accounts with neither coordinates nor a known ZIP</source>
        <translation>Ausgelassen: %L1 Accounts ohne Koordinaten und ohne bekannte PLZ</translation>
    </message>
    <message>
        <source>Contiguity violations: %1%2</source>
        <translation>Verletzungen des Zusammenhangs: %1%2</translation>
    </message>
    <message>
        <source> (not required)</source>
        <translation> (nicht verlangt)</translation>
    </message>
    <message>
        <source>Dispersion: %1 km (workload-weighted mean distance to the centre)</source>
        <translation>Streuung: %1 km (nach Arbeitslast gewichteter mittlerer Abstand zum Zentrum)</translation>
    </message>
    <message>
        <source>Lower bound: %1 km for these centres and tolerances; gap %2</source>
        <translation>Untere Schranke: %1 km für diese Zentren und Toleranzen; Abstand %2</translation>
    </message>
    <message>
        <source>Lower bound: none (it holds for results within the tolerances)</source>
        <translation>Untere Schranke: keine (sie gilt für Ergebnisse innerhalb der Toleranzen)</translation>
    </message>
    <message>
        <source>Assigned: %L1 accounts to %2 new territories</source>
        <translation>Zugeordnet: %L1 Accounts zu %2 neuen Gebieten</translation>
    </message>
    <message>
        <source>Moves: &lt;b&gt;%L1&lt;/b&gt; pieces (at least %L2 needed to reach the tolerances), %L3 accounts</source>
        <translation>Verschiebungen: &lt;b&gt;%L1&lt;/b&gt; Bausteine (mindestens %L2 nötig, um die Toleranzen zu erreichen), %L3 Accounts</translation>
    </message>
    <message>
        <source>Time: %1 s</source>
        <translation>Zeit: %1 s</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>A design assigns every account of the scope to a new territory. Adopt replaces the child territories by the new ones in this model; Keep as Scenario does it in a copy.</source>
        <translation>Ein Entwurf ordnet jeden Account des Umfangs einem neuen Gebiet zu. „Übernehmen“ ersetzt in diesem Modell die Untergebiete durch die neuen; „Als Szenario behalten“ tut das in einer Kopie.</translation>
    </message>
    <message>
        <source>No account needs to move.</source>
        <translation>Kein Account muss wechseln.</translation>
    </message>
    <message>
        <source>%L1 accounts move; the first %L2 are listed.</source>
        <translation>%L1 Accounts wechseln; die ersten %L2 sind aufgeführt.</translation>
    </message>
    <message>
        <source>%L1 accounts move. Click a column to sort.</source>
        <translation>%L1 Accounts wechseln. Klicken Sie auf eine Spalte, um zu sortieren.</translation>
    </message>
    <message>
        <source>%1 optimized</source>
        <translation>%1 optimiert</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Replace the child territories by the designed ones in this model, as one step that Undo takes back (asks first)</source>
        <translation>Die Untergebiete in diesem Modell durch die entworfenen ersetzen, in einem Schritt, den „Rückgängig“ zurücknimmt (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Nothing to adopt: no account moves</source>
        <translation>Nichts zu übernehmen: Kein Account wechselt</translation>
    </message>
    <message>
        <source>Workload per territory</source>
        <translation>Arbeitslast je Gebiet</translation>
    </message>
    <message>
        <source>Potential per territory</source>
        <translation>Potenzial je Gebiet</translation>
    </message>
    <message>
        <source>Accounts per territory</source>
        <translation>Accounts je Gebiet</translation>
    </message>
    <message>
        <source>The workspace changed since the optimization ran; run it again.</source>
        <translation>Der Arbeitsbereich hat sich seit der Optimierung geändert; starten Sie sie erneut.</translation>
    </message>
    <message>
        <source>There is nothing to adopt.</source>
        <translation>Es gibt nichts zu übernehmen.</translation>
    </message>
    <message numerus="yes">
        <source>Optimize &quot;%1&quot;: move %n accounts</source>
        <translation>
            <numerusform>„%1“ optimieren: %n Account verschieben</numerusform>
            <numerusform>„%1“ optimieren: %n Accounts verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>The territory of the design does not exist.</source>
        <translation>Das Gebiet des Entwurfs existiert nicht.</translation>
    </message>
    <message>
        <source>Adopt Design</source>
        <translation>Entwurf übernehmen</translation>
    </message>
    <message numerus="yes">
        <source>Replace the territories under &quot;%1&quot; by the %n designed territories?</source>
        <translation>
            <numerusform>Die Gebiete unter „%1“ durch %n entworfenes Gebiet ersetzen?</numerusform>
            <numerusform>Die Gebiete unter „%1“ durch die %n entworfenen Gebiete ersetzen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n territories</source>
        <translation>
            <numerusform>%n Gebiet</numerusform>
            <numerusform>%n Gebiete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep links</source>
        <translation>
            <numerusform>%n Mitarbeiterzuordnung</numerusform>
            <numerusform>%n Mitarbeiterzuordnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule links</source>
        <translation>
            <numerusform>%n Regelverknüpfung</numerusform>
            <numerusform>%n Regelverknüpfungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n geography units and drawn shapes</source>
        <translation>
            <numerusform>%n Geografie-Einheit oder gezeichnete Form</numerusform>
            <numerusform>%n Geografie-Einheiten und gezeichnete Formen</numerusform>
        </translation>
    </message>
    <message>
        <source>These go: %1, with the manual assignments and exclusions that name them.</source>
        <translation>Entfernt werden: %1, samt den manuellen Zuordnungen und Ausschlüssen, die sie nennen.</translation>
    </message>
    <message>
        <source>The %L1 accounts of the design are assigned by hand to the new territories.</source>
        <translation>Die %L1 Accounts des Entwurfs werden den neuen Gebieten von Hand zugeordnet.</translation>
    </message>
    <message>
        <source>%L1 accounts with neither coordinates nor a known ZIP are not in the design: no new territory gets them.</source>
        <translation>%L1 Accounts ohne Koordinaten und ohne bekannte PLZ sind nicht im Entwurf: Kein neues Gebiet erhält sie.</translation>
    </message>
    <message>
        <source>Undo (%1) brings it all back.</source>
        <translation>„Rückgängig“ (%1) stellt alles wieder her.</translation>
    </message>
    <message>
        <source>Replace Territories</source>
        <translation>Gebiete ersetzen</translation>
    </message>
    <message>
        <source>The design was not adopted.</source>
        <translation>Der Entwurf wurde nicht übernommen.</translation>
    </message>
    <message numerus="yes">
        <source>Adopt Design of %n Territories under &quot;%1&quot;</source>
        <translation>
            <numerusform>Entwurf mit %n Gebiet unter „%1“ übernehmen</numerusform>
            <numerusform>Entwurf mit %n Gebieten unter „%1“ übernehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no result to keep.</source>
        <translation>Es gibt kein Ergebnis zum Behalten.</translation>
    </message>
    <message>
        <source>Optimized</source>
        <translation>Optimiert</translation>
    </message>
    <message>
        <source> % of the accounts</source>
        <translation> % der Accounts verschieben</translation>
    </message>
    <message>
        <source> % of the potential</source>
        <translation> % des Potenzials verschieben</translation>
    </message>
    <message>
        <source>Moved: %1 of the workload, %2 of the potential, %3 of the accounts</source>
        <translation>Verschoben: %1 der Arbeitslast, %2 des Potenzials, %3 der Accounts</translation>
    </message>
    <message>
        <source>&lt;b&gt;The move caps are not kept:&lt;/b&gt; contiguity, accounts without a territory, manual assignments or a new territory needed more moves</source>
        <translation>&lt;b&gt;Die Obergrenzen für Verschiebungen sind nicht eingehalten:&lt;/b&gt; Zusammenhang, Accounts ohne Gebiet, manuelle Zuordnungen oder ein neues Gebiet verlangten mehr Verschiebungen</translation>
    </message>
</context>
<context>
    <name>Tessera::RepImport</name>
    <message>
        <source>A rep has no field &quot;%1&quot;; known: %2.</source>
        <translation>Ein Vertriebsmitarbeiter hat kein Feld „%1“; bekannt: %2.</translation>
    </message>
    <message>
        <source>A rep has no field &quot;%1&quot;.</source>
        <translation>Ein Vertriebsmitarbeiter hat kein Feld „%1“.</translation>
    </message>
    <message>
        <source>Two columns go to the rep field %1.</source>
        <translation>Zwei Spalten gehen in das Mitarbeiterfeld %1.</translation>
    </message>
    <message>
        <source>No column is mapped to the rep&apos;s user id (a column such as &quot;Id&quot; or &quot;User ID&quot;).</source>
        <translation>Keine Spalte ist der Benutzer-Id des Vertriebsmitarbeiters zugeordnet (eine Spalte wie „Id“ oder „User ID“).</translation>
    </message>
    <message>
        <source>No column is mapped to the rep&apos;s name (a column such as &quot;Name&quot;).</source>
        <translation>Keine Spalte ist dem Namen des Vertriebsmitarbeiters zugeordnet (eine Spalte wie „Name“).</translation>
    </message>
    <message>
        <source>A home location needs both a latitude and a longitude column.</source>
        <translation>Ein Standort braucht eine Spalte für den Breiten- und eine für den Längengrad.</translation>
    </message>
    <message>
        <source>expected a user id, found an empty cell</source>
        <translation>Benutzer-Id erwartet, leere Zelle gefunden</translation>
    </message>
    <message>
        <source>expected at most 255 characters</source>
        <translation>höchstens 255 Zeichen erwartet</translation>
    </message>
    <message>
        <source>the user id is already on line %1</source>
        <translation>die Benutzer-Id steht bereits in Zeile %1</translation>
    </message>
    <message>
        <source>expected a name, found an empty cell</source>
        <translation>Name erwartet, leere Zelle gefunden</translation>
    </message>
    <message>
        <source>expected an email address</source>
        <translation>E-Mail-Adresse erwartet</translation>
    </message>
    <message>
        <source>expected a capacity in hours a year, from 0 to 10,000,000</source>
        <translation>Kapazität in Stunden pro Jahr erwartet, von 0 bis 10.000.000</translation>
    </message>
    <message>
        <source>expected a latitude between -90 and 90</source>
        <translation>Breitengrad zwischen -90 und 90 erwartet</translation>
    </message>
    <message>
        <source>expected a longitude between -180 and 180</source>
        <translation>Längengrad zwischen -180 und 180 erwartet</translation>
    </message>
    <message>
        <source>expected both a latitude and a longitude, or neither</source>
        <translation>Breiten- und Längengrad erwartet, oder keins von beiden</translation>
    </message>
    <message>
        <source>Line %1: the ZIP code &quot;%2&quot; of %3 is not a known US ZIP code; the rep has no home location.</source>
        <translation>Zeile %1: Die PLZ „%2“ von %3 ist keine bekannte US-PLZ; der Vertriebsmitarbeiter hat keinen Standort.</translation>
    </message>
    <message>
        <source>A workspace holds at most %1 reps.</source>
        <translation>Ein Arbeitsbereich fasst höchstens %1 Vertriebsmitarbeiter.</translation>
    </message>
</context>
<context>
    <name>Tessera::RuleCheck</name>
    <message>
        <source>The model has %1 territories; Salesforce allows %2 per model unless raised on request.</source>
        <translation>Das Modell hat %1 Gebiete; Salesforce erlaubt %2 je Modell, sofern das Limit nicht auf Anfrage erhöht wurde.</translation>
    </message>
    <message>
        <source>Rule %1 has %2 items; Salesforce allows %3.</source>
        <translation>Regel %1 hat %2 Kriterien; Salesforce erlaubt %3.</translation>
    </message>
    <message>
        <source>The filter of rule %1 has %2 characters; Salesforce allows %3.</source>
        <translation>Der Filter von Regel %1 hat %2 Zeichen; Salesforce erlaubt %3.</translation>
    </message>
    <message>
        <source>Item %1 of rule %2 has a value of %3 characters; Salesforce allows %4.</source>
        <translation>Kriterium %1 von Regel %2 hat einen Wert mit %3 Zeichen; Salesforce erlaubt %4.</translation>
    </message>
    <message>
        <source>Item %1 of rule %2 matches blank %3 inside an OR: every account with an empty field is caught.</source>
        <translation>Kriterium %1 von Regel %2 erfasst leere Werte von %3 innerhalb eines OR: Jeder Account mit leerem Feld wird erfasst.</translation>
    </message>
    <message>
        <source>Item %1 of rule %2 lists a blank alternative: accounts with an empty %3 match too.</source>
        <translation>Kriterium %1 von Regel %2 nennt eine leere Alternative: Accounts mit leerem %3 treffen ebenfalls zu.</translation>
    </message>
    <message>
        <source>Item %1 of rule %2 compares %3 with a number, but the field is text: values compare letter by letter (&quot;10001&quot; comes before &quot;9&quot;).</source>
        <translation>Kriterium %1 von Regel %2 vergleicht %3 mit einer Zahl, aber das Feld ist ein Text: Werte werden Zeichen für Zeichen verglichen („10001“ kommt vor „9“).</translation>
    </message>
    <message>
        <source>Rule %1 matches no account.</source>
        <translation>Regel %1 erfasst keinen Account.</translation>
    </message>
    <message>
        <source>Rule %1 applies to the children of %2 and is linked again to its descendant %3.</source>
        <translation>Regel %1 gilt für die Untergebiete von %2 und ist zusätzlich mit dessen Untergebiet %3 verknüpft.</translation>
    </message>
    <message>
        <source>%1 rules act on territory %2; Salesforce allows %3.</source>
        <translation>%1 Regeln wirken auf Gebiet %2; Salesforce erlaubt %3.</translation>
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
        <translation>Rechnungsadresse, für „innerhalb“</translation>
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
    <name>Tessera::SalesforceMetadata</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8.</source>
        <translation>die Datei ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>the file has carriage returns that do not end lines.</source>
        <translation>die Datei enthält Wagenrückläufe, die keine Zeilen beenden.</translation>
    </message>
    <message>
        <source>document type declarations are not allowed in metadata.</source>
        <translation>Dokumenttyp-Deklarationen sind in Metadaten nicht erlaubt.</translation>
    </message>
    <message>
        <source>the entity &quot;&amp;%1;&quot; is not defined.</source>
        <translation>die Entität „&amp;%1;“ ist nicht definiert.</translation>
    </message>
    <message>
        <source>more than %1 elements.</source>
        <translation>mehr als %1 Elemente.</translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep.</source>
        <translation>Elemente sind tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>a second root element.</source>
        <translation>ein zweites Wurzelelement.</translation>
    </message>
    <message>
        <source>text &quot;%1&quot; between elements.</source>
        <translation>Text „%1“ zwischen Elementen.</translation>
    </message>
    <message>
        <source>malformed XML: %1</source>
        <translation>fehlerhaftes XML: %1</translation>
    </message>
    <message>
        <source>the file has no root element.</source>
        <translation>die Datei hat kein Wurzelelement.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; should hold text, not elements.</source>
        <translation>&lt;%1&gt; sollte Text enthalten, keine Elemente.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; appears twice.</source>
        <translation>&lt;%1&gt; kommt zweimal vor.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Too many folders under &quot;%1&quot; to search for territory metadata; give the folder that holds territory2Models.</source>
        <translation>Zu viele Ordner unter „%1“, um nach Gebietsmetadaten zu suchen; geben Sie den Ordner an, der territory2Models enthält.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds territory metadata in several folders (%2); give one of them.</source>
        <translation>„%1“ enthält Gebietsmetadaten in mehreren Ordnern (%2); geben Sie einen davon an.</translation>
    </message>
    <message>
        <source>No Salesforce territory metadata in &quot;%1&quot;: no folder territory2Models or territory2Types was found.</source>
        <translation>Keine Salesforce-Gebietsmetadaten in „%1“: Es wurde kein Ordner territory2Models oder territory2Types gefunden.</translation>
    </message>
    <message>
        <source>More than %1 files in &quot;%2&quot;.</source>
        <translation>Mehr als %1 Dateien in „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the territory settings in both formats.</source>
        <translation>„%1“ enthält die Gebietseinstellungen in beiden Formaten.</translation>
    </message>
    <message>
        <source>%1: the model folder has no %2.territory2Model file.</source>
        <translation>%1: Der Modellordner hat keine Datei %2.territory2Model.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; mixes the Metadata API format and the source format (&quot;-meta.xml&quot; files); give one or the other.</source>
        <translation>„%1“ mischt das Format der Metadata API und das Quellformat („-meta.xml“-Dateien); geben Sie das eine oder das andere an.</translation>
    </message>
    <message>
        <source>No territory model, type or settings file in &quot;%1&quot;.</source>
        <translation>Kein Gebietsmodell, kein Gebietstyp und keine Einstellungsdatei in „%1“.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read.</source>
        <translation>%1: Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB.</source>
        <translation>die Datei ist größer als %1 MB.</translation>
    </message>
    <message>
        <source>The metadata is larger than %1 MB in all.</source>
        <translation>Die Metadaten sind insgesamt größer als %1 MB.</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, expected &lt;%2&gt;.</source>
        <translation>das Wurzelelement ist &lt;%1&gt;, erwartet wurde &lt;%2&gt;.</translation>
    </message>
    <message>
        <source>the %1 API name &quot;%2&quot; is not valid: %3</source>
        <translation>der API-Name „%2“ (%1) ist ungültig: %3</translation>
    </message>
    <message>
        <source>&lt;name&gt; is missing or empty.</source>
        <translation>&lt;name&gt; fehlt oder ist leer.</translation>
    </message>
    <message>
        <source>territory type</source>
        <translation>Gebietstyp</translation>
    </message>
    <message>
        <source>a second territory type with the API name &quot;%1&quot;.</source>
        <translation>ein zweiter Gebietstyp mit dem API-Namen „%1“.</translation>
    </message>
    <message>
        <source>&lt;priority&gt; &quot;%1&quot; is not a whole number.</source>
        <translation>&lt;priority&gt; „%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>&lt;priority&gt; is missing.</source>
        <translation>&lt;priority&gt; fehlt.</translation>
    </message>
    <message>
        <source>%1: the workspace already has the territory type &quot;%2&quot;; its own definition is kept (use replace to take the imported one).</source>
        <translation>%1: Der Arbeitsbereich hat den Gebietstyp „%2“ bereits; seine eigene Definition bleibt erhalten (mit „replace“ wird die importierte übernommen).</translation>
    </message>
    <message>
        <source>the priority %1 is already that of territory type &quot;%2&quot;; priorities must differ.</source>
        <translation>die Priorität %1 hat bereits der Gebietstyp „%2“; Prioritäten müssen sich unterscheiden.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; &quot;%2&quot; is not an access level (None, Read, Edit or All).</source>
        <translation>&lt;%1&gt; „%2“ ist keine Zugriffsstufe (None, Read, Edit oder All).</translation>
    </message>
    <message>
        <source>&lt;%1&gt; &quot;%2&quot; is not true or false.</source>
        <translation>&lt;%1&gt; „%2“ ist weder true noch false.</translation>
    </message>
    <message>
        <source>territory model</source>
        <translation>Gebietsmodell</translation>
    </message>
    <message>
        <source>the workspace already has a model with the API name &quot;%1&quot;; use replace to import it over that one.</source>
        <translation>der Arbeitsbereich hat bereits ein Modell mit dem API-Namen „%1“; mit „replace“ wird es darüber importiert.</translation>
    </message>
    <message>
        <source>assignment rule</source>
        <translation>Zuweisungsregel</translation>
    </message>
    <message>
        <source>a second rule with the API name &quot;%1&quot;.</source>
        <translation>eine zweite Regel mit dem API-Namen „%1“.</translation>
    </message>
    <message>
        <source>more than %1 &lt;ruleItems&gt;.</source>
        <translation>mehr als %1 &lt;ruleItems&gt;.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; appears twice in one &lt;ruleItems&gt;.</source>
        <translation>&lt;%1&gt; kommt in einem &lt;ruleItems&gt; zweimal vor.</translation>
    </message>
    <message>
        <source>&lt;ruleItems&gt; has an unknown element &lt;%1&gt;.</source>
        <translation>&lt;ruleItems&gt; hat ein unbekanntes Element &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>rule item %1 has no &lt;field&gt;.</source>
        <translation>Regelkriterium %1 hat kein &lt;field&gt;.</translation>
    </message>
    <message>
        <source>rule item %1 has the unknown operation &quot;%2&quot;.</source>
        <translation>Regelkriterium %1 hat den unbekannten Operator „%2“.</translation>
    </message>
    <message>
        <source>%1: rule item %2 uses the field &quot;%3&quot;, which the workspace&apos;s accounts do not have; it matches no account until that field is imported.</source>
        <translation>%1: Regelkriterium %2 verwendet das Feld „%3“, das die Accounts des Arbeitsbereichs nicht haben; es erfasst keinen Account, bis dieses Feld importiert ist.</translation>
    </message>
    <message>
        <source>territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>a second territory with the API name &quot;%1&quot;.</source>
        <translation>ein zweites Gebiet mit dem API-Namen „%1“.</translation>
    </message>
    <message>
        <source>%1: the territory type &quot;%2&quot; is neither in the metadata nor in the workspace; the reference is kept and exported unchanged.</source>
        <translation>%1: Der Gebietstyp „%2“ ist weder in den Metadaten noch im Arbeitsbereich; der Verweis bleibt erhalten und wird unverändert exportiert.</translation>
    </message>
    <message>
        <source>&lt;ruleAssociations&gt; has an unknown element &lt;%1&gt;.</source>
        <translation>&lt;ruleAssociations&gt; hat ein unbekanntes Element &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>&lt;ruleAssociations&gt; has no &lt;ruleName&gt;.</source>
        <translation>&lt;ruleAssociations&gt; hat kein &lt;ruleName&gt;.</translation>
    </message>
    <message>
        <source>the rule &quot;%1&quot; is associated twice.</source>
        <translation>die Regel „%1“ ist zweimal verknüpft.</translation>
    </message>
    <message>
        <source>%1: the rule &quot;%2&quot; is not in model &quot;%3&quot;; the association is kept and exported unchanged.</source>
        <translation>%1: Die Regel „%2“ ist nicht im Modell „%3“; die Verknüpfung bleibt erhalten und wird unverändert exportiert.</translation>
    </message>
    <message>
        <source>the parent territory &quot;%1&quot; is not in model &quot;%2&quot;.</source>
        <translation>das übergeordnete Gebiet „%1“ ist nicht im Modell „%2“.</translation>
    </message>
    <message>
        <source>the territory hierarchy has a cycle through &quot;%1&quot;.</source>
        <translation>die Gebietshierarchie hat einen Zyklus über „%1“.</translation>
    </message>
    <message>
        <source>%1: not territory metadata; ignored.</source>
        <translation>%1: keine Gebietsmetadaten; ignoriert.</translation>
    </message>
    <message>
        <source>a second model with the API name &quot;%1&quot;.</source>
        <translation>ein zweites Modell mit dem API-Namen „%1“.</translation>
    </message>
    <message>
        <source>%1 rep assignments named territories that the imported models no longer have; they were removed.</source>
        <translation>%1 Mitarbeiterzuordnungen nannten Gebiete, die die importierten Modelle nicht mehr haben; sie wurden entfernt.</translation>
    </message>
    <message>
        <source>%1 manual assignments or exclusions named territories that the imported models no longer have; they were removed.</source>
        <translation>%1 manuelle Zuordnungen oder Ausschlüsse nannten Gebiete, die die importierten Modelle nicht mehr haben; sie wurden entfernt.</translation>
    </message>
    <message>
        <source>The imported metadata does not make a valid workspace: %1</source>
        <translation>Die importierten Metadaten ergeben keinen gültigen Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>None of the models to export exists.</source>
        <translation>Keines der zu exportierenden Modelle existiert.</translation>
    </message>
</context>
<context>
    <name>Tessera::TableImport</name>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>, column %1 (%2)</source>
        <translation>, Spalte %1 (%2)</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
    <message>
        <source>expected %1 cells as in the header row, found %2</source>
        <translation>%1 Zellen wie in der Kopfzeile erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>%1 further problems not listed</source>
        <translation>%1 weitere Probleme nicht aufgeführt</translation>
    </message>
    <message>
        <source>%1 rows of the file have problems; nothing was imported. Correct them, or skip the bad rows.</source>
        <translation>%1 Zeilen der Datei haben Probleme; nichts wurde importiert. Korrigieren Sie sie oder überspringen Sie die fehlerhaften Zeilen.</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>... und %1 weitere</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>A mapping is written &quot;Column=Field[:type]&quot;, not &quot;%1&quot;.</source>
        <translation>Eine Zuordnung lautet „Spalte=Feld[:Typ]“, nicht „%1“.</translation>
    </message>
    <message>
        <source>Unknown field type &quot;%1&quot;; known: text, picklist, number, date, checkbox.</source>
        <translation>Unbekannter Feldtyp „%1“; bekannt: text, picklist, number, date, checkbox.</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;.</source>
        <translation>Die Datei hat keine Spalte „%1“.</translation>
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
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
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
    <message>
        <source>1 account picked on the map</source>
        <translation>1 Account auf der Karte ausgewählt</translation>
    </message>
    <message>
        <source>%1 accounts picked on the map</source>
        <translation>%1 Accounts auf der Karte ausgewählt</translation>
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
    <message>
        <source>Unassign Selected Units</source>
        <translation>Zuordnung der ausgewählten Einheiten aufheben</translation>
    </message>
    <message>
        <source>Geography:</source>
        <translation>Geografie:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
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
        <source>1 country</source>
        <translation>1 Land</translation>
    </message>
    <message>
        <source>%L1 countries</source>
        <translation>%L1 Länder</translation>
    </message>
    <message>
        <source>1 state</source>
        <translation>1 Bundesstaat</translation>
    </message>
    <message>
        <source>%L1 states</source>
        <translation>%L1 Bundesstaaten</translation>
    </message>
    <message>
        <source>1 county</source>
        <translation>1 County</translation>
    </message>
    <message>
        <source>%L1 counties</source>
        <translation>%L1 Countys</translation>
    </message>
    <message>
        <source>1 ZIP code</source>
        <translation>1 PLZ</translation>
    </message>
    <message>
        <source>%L1 ZIP codes</source>
        <translation>%L1 PLZ</translation>
    </message>
    <message>
        <source>1 drawn shape</source>
        <translation>1 gezeichnete Form</translation>
    </message>
    <message>
        <source>%L1 drawn shapes</source>
        <translation>%L1 gezeichnete Formen</translation>
    </message>
    <message>
        <source>None: accounts come from rules and manual assignments only</source>
        <translation>Keine: Accounts kommen nur aus Regeln und manuellen Zuordnungen</translation>
    </message>
    <message>
        <source>drawn shape</source>
        <translation>gezeichnete Form</translation>
    </message>
</context>
<context>
    <name>Tessera::TerritoryGeo</name>
    <message>
        <source>&quot;%1&quot; is not a unit; write KIND:ID with KIND one of country, state, county or zip (for example county:06085).</source>
        <translation>„%1“ ist keine Einheit; schreiben Sie ART:ID mit ART country, state, county oder zip (zum Beispiel county:06085).</translation>
    </message>
    <message>
        <source>There is no %1 &quot;%2&quot; in the bundled geography.</source>
        <translation>Die mitgelieferte Geografie enthält %1 „%2“ nicht.</translation>
    </message>
</context>
<context>
    <name>Tessera::TerritoryGeography</name>
    <message>
        <source>The shape has too many vertices.</source>
        <translation>Die Form hat zu viele Eckpunkte.</translation>
    </message>
    <message>
        <source>A ring has fewer than three points or leaves the globe.</source>
        <translation>Ein Ring hat weniger als drei Punkte oder verlässt die Erdkugel.</translation>
    </message>
    <message>
        <source>The shape is not a valid polygon.</source>
        <translation>Die Form ist kein gültiges Polygon.</translation>
    </message>
    <message>
        <source>A territory names an unknown unit.</source>
        <translation>Ein Gebiet nennt eine unbekannte Einheit.</translation>
    </message>
    <message>
        <source>The territory&apos;s shape is not valid.</source>
        <translation>Die Form des Gebiets ist ungültig.</translation>
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
    <name>Tessera::ValueList</name>
    <message>
        <source>A quote at position %1 must open the whole value between commas.</source>
        <translation>Ein Anführungszeichen an Position %1 muss den ganzen Wert zwischen Kommas einleiten.</translation>
    </message>
    <message>
        <source>Expected a comma after the closing quote at position %1.</source>
        <translation>Nach dem schließenden Anführungszeichen an Position %1 wurde ein Komma erwartet.</translation>
    </message>
    <message>
        <source>The quote opened at position %1 is never closed.</source>
        <translation>Das an Position %1 geöffnete Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>&quot;within&quot; needs latitude, longitude and radius, such as &quot;37.77,-122.42,50 km&quot;.</source>
        <translation>„innerhalb“ braucht Breitengrad, Längengrad und Radius, etwa „37.77,-122.42,50 km“.</translation>
    </message>
    <message>
        <source>&quot;%1, %2&quot; is not a latitude and longitude.</source>
        <translation>„%1, %2“ ist kein Paar aus Breiten- und Längengrad.</translation>
    </message>
    <message>
        <source>The radius &quot;%1&quot; needs a unit, km or mi.</source>
        <translation>Der Radius „%1“ braucht eine Einheit, km oder mi.</translation>
    </message>
    <message>
        <source>The radius &quot;%1&quot; must be a positive distance.</source>
        <translation>Der Radius „%1“ muss eine positive Entfernung sein.</translation>
    </message>
</context>
<context>
    <name>Tessera::WorkspaceDocument</name>
    <message>
        <source>The workspace is larger than Tessera accepts.</source>
        <translation>Der Arbeitsbereich ist größer, als Tessera zulässt.</translation>
    </message>
    <message>
        <source>The %1 has an invalid id %2.</source>
        <translation>Ungültige Id %2: %1</translation>
    </message>
    <message>
        <source>The id %1 is used twice.</source>
        <translation>Die Id %1 wird doppelt verwendet.</translation>
    </message>
    <message>
        <source>territory model &quot;%1&quot;</source>
        <translation>Gebietsmodell „%1“</translation>
    </message>
    <message>
        <source>Two territory models have the API name &quot;%1&quot;.</source>
        <translation>Zwei Gebietsmodelle haben den API-Namen „%1“.</translation>
    </message>
    <message>
        <source>Only one territory model can be active; %1 are.</source>
        <translation>Nur ein Gebietsmodell kann aktiv sein; %1 sind es.</translation>
    </message>
    <message>
        <source>territory type &quot;%1&quot;</source>
        <translation>Gebietstyp „%1“</translation>
    </message>
    <message>
        <source>Two territory types have the API name &quot;%1&quot;.</source>
        <translation>Zwei Gebietstypen haben den API-Namen „%1“.</translation>
    </message>
    <message>
        <source>Two territory types have the priority %1.</source>
        <translation>Zwei Gebietstypen haben die Priorität %1.</translation>
    </message>
    <message>
        <source>rep &quot;%1&quot;</source>
        <translation>Vertriebsmitarbeiter „%1“</translation>
    </message>
    <message>
        <source>Two reps have the user id &quot;%1&quot;.</source>
        <translation>Zwei Vertriebsmitarbeiter haben die Benutzer-Id „%1“.</translation>
    </message>
    <message>
        <source>territory &quot;%1&quot;</source>
        <translation>Gebiet „%1“</translation>
    </message>
    <message>
        <source>Territory &quot;%1&quot; belongs to a model that does not exist.</source>
        <translation>Gebiet „%1“ gehört zu einem Modell, das nicht existiert.</translation>
    </message>
    <message>
        <source>Territory &quot;%1&quot; has a type that does not exist.</source>
        <translation>Gebiet „%1“ hat einen Typ, der nicht existiert.</translation>
    </message>
    <message>
        <source>Territory &quot;%1&quot; has a forecast manager who does not exist.</source>
        <translation>Gebiet „%1“ hat einen Prognosemanager, der nicht existiert.</translation>
    </message>
    <message>
        <source>Two territories of one model have the API name &quot;%1&quot;.</source>
        <translation>Zwei Gebiete eines Modells haben den API-Namen „%1“.</translation>
    </message>
    <message>
        <source>Territory &quot;%1&quot; has a parent that does not exist.</source>
        <translation>Gebiet „%1“ hat ein übergeordnetes Gebiet, das nicht existiert.</translation>
    </message>
    <message>
        <source>Territory &quot;%1&quot; has a parent in another model.</source>
        <translation>Gebiet „%1“ hat ein übergeordnetes Gebiet in einem anderen Modell.</translation>
    </message>
    <message>
        <source>The hierarchy has a cycle through territory &quot;%1&quot;.</source>
        <translation>Die Hierarchie hat einen Zyklus über Gebiet „%1“.</translation>
    </message>
    <message>
        <source>assignment rule &quot;%1&quot;</source>
        <translation>Zuweisungsregel „%1“</translation>
    </message>
    <message>
        <source>Assignment rule &quot;%1&quot; belongs to a model that does not exist.</source>
        <translation>Zuweisungsregel „%1“ gehört zu einem Modell, das nicht existiert.</translation>
    </message>
    <message>
        <source>Two rules of one model have the API name &quot;%1&quot;.</source>
        <translation>Zwei Regeln eines Modells haben den API-Namen „%1“.</translation>
    </message>
    <message>
        <source>A rule is linked to a territory or rule that does not exist.</source>
        <translation>Eine Regel ist mit einem Gebiet oder einer Regel verknüpft, die nicht existiert.</translation>
    </message>
    <message>
        <source>A rule is linked to a territory of another model.</source>
        <translation>Eine Regel ist mit einem Gebiet eines anderen Modells verknüpft.</translation>
    </message>
    <message>
        <source>A rule is linked twice to the same territory.</source>
        <translation>Eine Regel ist zweimal mit demselben Gebiet verknüpft.</translation>
    </message>
    <message>
        <source>A rep assignment names a rep or territory that does not exist.</source>
        <translation>Eine Mitarbeiterzuordnung nennt einen Vertriebsmitarbeiter oder ein Gebiet, das nicht existiert.</translation>
    </message>
    <message>
        <source>A rep is put twice on the same territory.</source>
        <translation>Ein Vertriebsmitarbeiter ist demselben Gebiet zweimal zugeordnet.</translation>
    </message>
    <message>
        <source>role in territory</source>
        <translation>Rolle im Gebiet</translation>
    </message>
    <message>
        <source>A manual assignment or exclusion has an invalid account id.</source>
        <translation>Eine manuelle Zuordnung oder ein Ausschluss hat eine ungültige Account-Id.</translation>
    </message>
    <message>
        <source>A manual assignment or exclusion names a territory that does not exist.</source>
        <translation>Eine manuelle Zuordnung oder ein Ausschluss nennt ein Gebiet, das nicht existiert.</translation>
    </message>
    <message>
        <source>Account %1 is linked twice to the same territory.</source>
        <translation>Account %1 ist zweimal mit demselben Gebiet verknüpft.</translation>
    </message>
    <message>
        <source>Account row %1 has no id.</source>
        <translation>Account-Zeile %1 hat keine Id.</translation>
    </message>
    <message>
        <source>The account id &quot;%1&quot; is used twice.</source>
        <translation>Die Account-Id „%1“ wird doppelt verwendet.</translation>
    </message>
    <message>
        <source>A workspace holds at most %1 models.</source>
        <translation>Ein Arbeitsbereich fasst höchstens %1 Modelle.</translation>
    </message>
    <message>
        <source>There is already a territory model with the API name &quot;%1&quot;.</source>
        <translation>Es gibt bereits ein Gebietsmodell mit dem API-Namen „%1“.</translation>
    </message>
    <message>
        <source>Only one territory model can be active; &quot;%1&quot; is active already.</source>
        <translation>Nur ein Gebietsmodell kann aktiv sein; „%1“ ist bereits aktiv.</translation>
    </message>
    <message>
        <source>The territory model does not exist.</source>
        <translation>Das Gebietsmodell existiert nicht.</translation>
    </message>
    <message>
        <source>A workspace holds at most %1 territory types.</source>
        <translation>Ein Arbeitsbereich fasst höchstens %1 Gebietstypen.</translation>
    </message>
    <message>
        <source>There is already a territory type with the API name &quot;%1&quot;.</source>
        <translation>Es gibt bereits einen Gebietstyp mit dem API-Namen „%1“.</translation>
    </message>
    <message>
        <source>The priority %1 is taken by territory type &quot;%2&quot;.</source>
        <translation>Die Priorität %1 hat bereits der Gebietstyp „%2“.</translation>
    </message>
    <message>
        <source>The territory type does not exist.</source>
        <translation>Der Gebietstyp existiert nicht.</translation>
    </message>
    <message>
        <source>The territory type &quot;%1&quot; is still used by territory &quot;%2&quot;.</source>
        <translation>Der Gebietstyp „%1“ wird noch von Gebiet „%2“ verwendet.</translation>
    </message>
    <message>
        <source>A workspace holds at most %1 territories.</source>
        <translation>Ein Arbeitsbereich fasst höchstens %1 Gebiete.</translation>
    </message>
    <message>
        <source>Territory &quot;%1&quot; names a model that does not exist.</source>
        <translation>Gebiet „%1“ nennt ein Modell, das nicht existiert.</translation>
    </message>
    <message>
        <source>Territory &quot;%1&quot; names a type that does not exist.</source>
        <translation>Gebiet „%1“ nennt einen Typ, der nicht existiert.</translation>
    </message>
    <message>
        <source>Territory &quot;%1&quot; names a forecast manager who does not exist.</source>
        <translation>Gebiet „%1“ nennt einen Prognosemanager, der nicht existiert.</translation>
    </message>
    <message>
        <source>Territory &quot;%1&quot; names a parent that does not exist.</source>
        <translation>Gebiet „%1“ nennt ein übergeordnetes Gebiet, das nicht existiert.</translation>
    </message>
    <message>
        <source>Territory &quot;%1&quot; cannot have a parent in another model.</source>
        <translation>Gebiet „%1“ kann kein übergeordnetes Gebiet in einem anderen Modell haben.</translation>
    </message>
    <message>
        <source>Territory &quot;%1&quot; cannot be moved under itself or its own descendant.</source>
        <translation>Gebiet „%1“ kann nicht unter sich selbst oder eines seiner Untergebiete verschoben werden.</translation>
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
        <translation>Ein Gebiet kann sein Modell nicht wechseln; klonen Sie stattdessen das Modell.</translation>
    </message>
    <message>
        <source>A workspace holds at most %1 rules.</source>
        <translation>Ein Arbeitsbereich fasst höchstens %1 Regeln.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; names a model that does not exist.</source>
        <translation>Regel „%1“ nennt ein Modell, das nicht existiert.</translation>
    </message>
    <message>
        <source>There is already a rule with the API name &quot;%1&quot; in this model.</source>
        <translation>In diesem Modell gibt es bereits eine Regel mit dem API-Namen „%1“.</translation>
    </message>
    <message>
        <source>The assignment rule does not exist.</source>
        <translation>Die Zuweisungsregel existiert nicht.</translation>
    </message>
    <message>
        <source>A rule cannot change its model.</source>
        <translation>Eine Regel kann ihr Modell nicht wechseln.</translation>
    </message>
    <message>
        <source>A workspace holds at most %1 reps.</source>
        <translation>Ein Arbeitsbereich fasst höchstens %1 Vertriebsmitarbeiter.</translation>
    </message>
    <message>
        <source>There is already a rep with the user id &quot;%1&quot;.</source>
        <translation>Es gibt bereits einen Vertriebsmitarbeiter mit der Benutzer-Id „%1“.</translation>
    </message>
    <message>
        <source>The rep does not exist.</source>
        <translation>Der Vertriebsmitarbeiter existiert nicht.</translation>
    </message>
    <message>
        <source>The rule or the territory does not exist.</source>
        <translation>Die Regel oder das Gebiet existiert nicht.</translation>
    </message>
    <message>
        <source>A rule can only be linked to territories of its own model.</source>
        <translation>Eine Regel kann nur mit Gebieten ihres eigenen Modells verknüpft werden.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; is already linked to territory &quot;%2&quot;.</source>
        <translation>Regel „%1“ ist bereits mit Gebiet „%2“ verknüpft.</translation>
    </message>
    <message>
        <source>The rule is not linked to that territory.</source>
        <translation>Die Regel ist nicht mit diesem Gebiet verknüpft.</translation>
    </message>
    <message>
        <source>The rep or the territory does not exist.</source>
        <translation>Der Vertriebsmitarbeiter oder das Gebiet existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is already on territory &quot;%2&quot;.</source>
        <translation>%1 ist Gebiet „%2“ bereits zugeordnet.</translation>
    </message>
    <message>
        <source>The rep is not on that territory.</source>
        <translation>Der Vertriebsmitarbeiter ist diesem Gebiet nicht zugeordnet.</translation>
    </message>
    <message>
        <source>Account %1 is not assigned to that territory by hand.</source>
        <translation>Account %1 ist diesem Gebiet nicht von Hand zugeordnet.</translation>
    </message>
    <message>
        <source>Account %1 is not excluded from that territory.</source>
        <translation>Account %1 ist aus diesem Gebiet nicht ausgeschlossen.</translation>
    </message>
    <message>
        <source>The id %1 was not issued by this workspace.</source>
        <translation>Die Id %1 wurde nicht von diesem Arbeitsbereich vergeben.</translation>
    </message>
    <message>
        <source>The id %1 is already in use.</source>
        <translation>Die Id %1 ist bereits vergeben.</translation>
    </message>
    <message>
        <source>There are no territories to restore.</source>
        <translation>Es gibt keine Gebiete zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>Territory &quot;%1&quot; does not follow its parent in the subtree.</source>
        <translation>Gebiet „%1“ folgt im Teilbaum nicht auf sein übergeordnetes Gebiet.</translation>
    </message>
    <message>
        <source>A restored link names a territory outside the subtree.</source>
        <translation>Eine wiederhergestellte Verknüpfung nennt ein Gebiet außerhalb des Teilbaums.</translation>
    </message>
    <message>
        <source>An account id must have 1 to 255 characters.</source>
        <translation>Eine Account-Id muss 1 bis 255 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters.</source>
        <translation>Zu lang (mehr als %2 Zeichen): %1</translation>
    </message>
    <message>
        <source>The %1 needs a name.</source>
        <translation>Name fehlt: %1</translation>
    </message>
    <message>
        <source>name of the %1</source>
        <translation>Name (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>name of a drawn shape</source>
        <translation>Name einer gezeichneten Form</translation>
    </message>
    <message>
        <source>The drawn shape &quot;%1&quot; has no polygon.</source>
        <translation>Die gezeichnete Form „%1“ hat kein Polygon.</translation>
    </message>
    <message>
        <source>The drawn shape &quot;%1&quot; cannot be used: %2</source>
        <translation>Die gezeichnete Form „%1“ ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>The balance tolerance of model &quot;%1&quot; must lie between 0 and %2 %.</source>
        <translation>Die Toleranz der Ausgewogenheit von Modell „%1“ muss zwischen 0 und %2 % liegen.</translation>
    </message>
    <message>
        <source>Model &quot;%1&quot; has an unknown balance target mode.</source>
        <translation>Modell „%1“ hat eine unbekannte Zielart für die Ausgewogenheit.</translation>
    </message>
    <message>
        <source>Model &quot;%1&quot; has an unknown kind of measure.</source>
        <translation>Modell „%1“ hat eine unbekannte Art von Kennzahl.</translation>
    </message>
    <message>
        <source>A measure may have at most %1 segments.</source>
        <translation>Eine Kennzahl darf höchstens %1 Segmente haben.</translation>
    </message>
    <message>
        <source>A balance formula or field name of model &quot;%1&quot; is longer than %2 characters or not a finite number.</source>
        <translation>Eine Formel oder ein Feldname der Ausgewogenheit von Modell „%1“ ist länger als %2 Zeichen oder keine endliche Zahl.</translation>
    </message>
    <message>
        <source>territory model</source>
        <translation>Gebietsmodell</translation>
    </message>
    <message>
        <source>Territory model &quot;%1&quot;</source>
        <translation>Gebietsmodell „%1“</translation>
    </message>
    <message>
        <source>description of model &quot;%1&quot;</source>
        <translation>Beschreibung von Modell „%1“</translation>
    </message>
    <message>
        <source>territory type</source>
        <translation>Gebietstyp</translation>
    </message>
    <message>
        <source>Territory type &quot;%1&quot;</source>
        <translation>Gebietstyp „%1“</translation>
    </message>
    <message>
        <source>description of type &quot;%1&quot;</source>
        <translation>Beschreibung von Typ „%1“</translation>
    </message>
    <message>
        <source>territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Territory &quot;%1&quot;</source>
        <translation>Gebiet „%1“</translation>
    </message>
    <message>
        <source>Territory &quot;%1&quot; has an invalid colour.</source>
        <translation>Gebiet „%1“ hat eine ungültige Farbe.</translation>
    </message>
    <message>
        <source>Territory &quot;%1&quot; has a negative or infinite target.</source>
        <translation>Gebiet „%1“ hat ein negatives oder unendliches Ziel.</translation>
    </message>
    <message>
        <source>description of territory &quot;%1&quot;</source>
        <translation>Beschreibung von Gebiet „%1“</translation>
    </message>
    <message>
        <source>Assignment rule &quot;%1&quot;</source>
        <translation>Zuweisungsregel „%1“</translation>
    </message>
    <message>
        <source>assignment rule</source>
        <translation>Zuweisungsregel</translation>
    </message>
    <message>
        <source>Assignment rule &quot;%1&quot; has no object type.</source>
        <translation>Zuweisungsregel „%1“ hat keinen Objekttyp.</translation>
    </message>
    <message>
        <source>Assignment rule &quot;%1&quot; has more than %2 items.</source>
        <translation>Zuweisungsregel „%1“ hat mehr als %2 Kriterien.</translation>
    </message>
    <message>
        <source>filter of rule &quot;%1&quot;</source>
        <translation>Filter von Regel „%1“</translation>
    </message>
    <message>
        <source>An item of rule &quot;%1&quot; has no field or no operation.</source>
        <translation>Ein Kriterium von Regel „%1“ hat kein Feld oder keinen Operator.</translation>
    </message>
    <message>
        <source>value in rule &quot;%1&quot;</source>
        <translation>Wert in Regel „%1“</translation>
    </message>
    <message>
        <source>field in rule &quot;%1&quot;</source>
        <translation>Feld in Regel „%1“</translation>
    </message>
    <message>
        <source>operation in rule &quot;%1&quot;</source>
        <translation>Operator in Regel „%1“</translation>
    </message>
    <message>
        <source>A rep needs a user id.</source>
        <translation>Ein Vertriebsmitarbeiter braucht eine Benutzer-Id.</translation>
    </message>
    <message>
        <source>user id of rep &quot;%1&quot;</source>
        <translation>Benutzer-Id von Vertriebsmitarbeiter „%1“</translation>
    </message>
    <message>
        <source>rep</source>
        <translation>Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>email of rep &quot;%1&quot;</source>
        <translation>E-Mail von Vertriebsmitarbeiter „%1“</translation>
    </message>
    <message>
        <source>Rep &quot;%1&quot; needs a capacity between 0 and 10,000,000 hours.</source>
        <translation>Vertriebsmitarbeiter „%1“ braucht eine Kapazität zwischen 0 und 10.000.000 Stunden.</translation>
    </message>
    <message>
        <source>Rep &quot;%1&quot; has a home location outside the globe.</source>
        <translation>Vertriebsmitarbeiter „%1“ hat einen Standort außerhalb der Erdkugel.</translation>
    </message>
    <message>
        <source>Rep &quot;%1&quot; has only half a home location.</source>
        <translation>Vertriebsmitarbeiter „%1“ hat nur einen halben Standort.</translation>
    </message>
    <message>
        <source>The workspace has more geography than Tessera accepts.</source>
        <translation>Der Arbeitsbereich hat mehr Geografie, als Tessera zulässt.</translation>
    </message>
    <message>
        <source>The unit %1 is given to a territory that does not exist.</source>
        <translation>Die Einheit %1 ist einem Gebiet zugeordnet, das nicht existiert.</translation>
    </message>
    <message>
        <source>Territory &quot;%1&quot; is given the unit %2, which the bundled geography does not have.</source>
        <translation>Gebiet „%1“ ist die Einheit %2 zugeordnet, die die mitgelieferte Geografie nicht enthält.</translation>
    </message>
    <message>
        <source>The unit %1 is given to two territories of one model.</source>
        <translation>Die Einheit %1 ist zwei Gebieten eines Modells zugeordnet.</translation>
    </message>
    <message>
        <source>drawn shape &quot;%1&quot;</source>
        <translation>gezeichnete Form „%1“</translation>
    </message>
    <message>
        <source>The drawn shape &quot;%1&quot; belongs to a territory that does not exist.</source>
        <translation>Die gezeichnete Form „%1“ gehört zu einem Gebiet, das nicht existiert.</translation>
    </message>
    <message>
        <source>The drawn shapes have more than %1 vertices together.</source>
        <translation>Die gezeichneten Formen haben zusammen mehr als %1 Eckpunkte.</translation>
    </message>
    <message>
        <source>Account %1 is already linked to that territory.</source>
        <translation>Account %1 ist bereits mit diesem Gebiet verknüpft.</translation>
    </message>
    <message>
        <source>Too many account links.</source>
        <translation>Zu viele Account-Verknüpfungen.</translation>
    </message>
    <message>
        <source>Territory &quot;%1&quot; belongs to another territory model.</source>
        <translation>Gebiet „%1“ gehört zu einem anderen Gebietsmodell.</translation>
    </message>
    <message>
        <source>There is no %1 &quot;%2&quot; in the bundled geography.</source>
        <translation>Die mitgelieferte Geografie enthält %1 „%2“ nicht.</translation>
    </message>
    <message>
        <source>The unit %1 is named twice.</source>
        <translation>Die Einheit %1 wird doppelt genannt.</translation>
    </message>
    <message>
        <source>A workspace holds at most %1 territory units.</source>
        <translation>Ein Arbeitsbereich fasst höchstens %1 Gebietseinheiten.</translation>
    </message>
    <message>
        <source>A workspace holds at most %1 drawn shapes.</source>
        <translation>Ein Arbeitsbereich fasst höchstens %1 gezeichnete Formen.</translation>
    </message>
    <message>
        <source>The territory of the drawn shape does not exist.</source>
        <translation>Das Gebiet der gezeichneten Form existiert nicht.</translation>
    </message>
    <message>
        <source>The drawn shape does not exist.</source>
        <translation>Die gezeichnete Form existiert nicht.</translation>
    </message>
    <message>
        <source>A drawn shape cannot move to another territory model.</source>
        <translation>Eine gezeichnete Form kann nicht in ein anderes Gebietsmodell wechseln.</translation>
    </message>
    <message>
        <source>The unit %1 already belongs to a territory of this model.</source>
        <translation>Die Einheit %1 gehört bereits zu einem Gebiet dieses Modells.</translation>
    </message>
</context>
<context>
    <name>Tessera::WorkspaceFile</name>
    <message>
        <source>The workspace cannot be written.</source>
        <translation>Der Arbeitsbereich kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The workspace cannot be saved over a folder.</source>
        <translation>Der Arbeitsbereich kann nicht über einen Ordner gespeichert werden.</translation>
    </message>
    <message>
        <source>The workspace cannot be written in this folder.</source>
        <translation>Der Arbeitsbereich kann in diesem Ordner nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Saving was cancelled.</source>
        <translation>Das Speichern wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>This is a folder, not a workspace file.</source>
        <translation>Das ist ein Ordner, keine Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>This is not a Tessera workspace: the file is not an SQLite database.</source>
        <translation>Das ist kein Tessera-Arbeitsbereich: Die Datei ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>The file is truncated: it ends inside its header.</source>
        <translation>Die Datei ist abgeschnitten: Sie endet innerhalb ihres Headers.</translation>
    </message>
    <message>
        <source>This is an SQLite database, but not a Tessera workspace.</source>
        <translation>Das ist eine SQLite-Datenbank, aber kein Tessera-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>This workspace was made by a newer version of Tessera (file format %1; this version reads up to format %2). Update Tessera to open it.</source>
        <translation>Dieser Arbeitsbereich stammt aus einer neueren Tessera-Version (Dateiformat %1; diese Version liest bis Format %2). Aktualisieren Sie Tessera, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>The workspace has no valid format version.</source>
        <translation>Der Arbeitsbereich hat keine gültige Formatversion.</translation>
    </message>
    <message>
        <source>The file is damaged: its header is invalid.</source>
        <translation>Die Datei ist beschädigt: Ihr Header ist ungültig.</translation>
    </message>
    <message>
        <source>The file is truncated: it has %1 bytes of the %2 it should have.</source>
        <translation>Die Datei ist abgeschnitten: Sie hat %1 der %2 Bytes, die sie haben sollte.</translation>
    </message>
    <message>
        <source>The file is truncated: it ends in the middle of a page.</source>
        <translation>Die Datei ist abgeschnitten: Sie endet mitten in einer Seite.</translation>
    </message>
    <message>
        <source>The file could not be upgraded to the current format.</source>
        <translation>Die Datei konnte nicht auf das aktuelle Format aktualisiert werden.</translation>
    </message>
    <message>
        <source>The file is damaged: its database structure cannot be read.</source>
        <translation>Die Datei ist beschädigt: Ihre Datenbankstruktur kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file is damaged: the database integrity check failed.</source>
        <translation>Die Datei ist beschädigt: Die Integritätsprüfung der Datenbank ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Opening was cancelled.</source>
        <translation>Das Öffnen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The workspace contains views or triggers, which Tessera never writes.</source>
        <translation>Der Arbeitsbereich enthält Views oder Trigger, die Tessera nie schreibt.</translation>
    </message>
    <message>
        <source>The workspace lacks the table &quot;%1&quot;.</source>
        <translation>Dem Arbeitsbereich fehlt die Tabelle „%1“.</translation>
    </message>
    <message>
        <source>%1 declares %2 bytes of data, more than the limit of %3 bytes.</source>
        <translation>%1 gibt %2 Bytes Daten an, mehr als die Grenze von %3 Bytes.</translation>
    </message>
    <message>
        <source>%1 has %2 bytes where %3 were declared.</source>
        <translation>%1 hat %2 Bytes, angegeben waren %3.</translation>
    </message>
    <message>
        <source>%1 has an unknown encoding %2.</source>
        <translation>%1 hat die unbekannte Kodierung %2.</translation>
    </message>
    <message>
        <source>%1 is too short for compressed data.</source>
        <translation>%1 ist zu kurz für komprimierte Daten.</translation>
    </message>
    <message>
        <source>%1 has compressed data whose size does not match its declared size.</source>
        <translation>%1 hat komprimierte Daten, deren Größe nicht zur angegebenen Größe passt.</translation>
    </message>
    <message>
        <source>%1 has compressed data that cannot be decompressed.</source>
        <translation>%1 hat komprimierte Daten, die sich nicht entpacken lassen.</translation>
    </message>
    <message>
        <source>%1 has %2 bytes for %3 rows of %4 bytes.</source>
        <translation>%1 hat %2 Bytes für %3 Zeilen zu %4 Bytes.</translation>
    </message>
    <message>
        <source>%1 is too short for its %2 values.</source>
        <translation>%1 ist zu kurz für seine %2 Werte.</translation>
    </message>
    <message>
        <source>%1 has a damaged list of text lengths.</source>
        <translation>%1 hat eine beschädigte Liste von Textlängen.</translation>
    </message>
    <message>
        <source>%1 has a text of %2 bytes, more than the limit of %3 bytes.</source>
        <translation>%1 hat einen Text mit %2 Bytes, mehr als die Grenze von %3 Bytes.</translation>
    </message>
    <message>
        <source>%1 has text lengths that do not add up to its size.</source>
        <translation>%1 hat Textlängen, die nicht seine Größe ergeben.</translation>
    </message>
    <message>
        <source>%1 holds more text than a column can.</source>
        <translation>%1 enthält mehr Text, als eine Spalte fassen kann.</translation>
    </message>
    <message>
        <source>%1 has %2 bytes for %3 codes of %4 bytes.</source>
        <translation>%1 hat %2 Bytes für %3 Codes zu %4 Bytes.</translation>
    </message>
    <message>
        <source>%1 has the value code %2, beyond its dictionary of %3 values.</source>
        <translation>%1 hat den Wertcode %2, jenseits seines Wörterbuchs mit %3 Werten.</translation>
    </message>
    <message>
        <source>%1 has a yes/no value that is neither.</source>
        <translation>%1 hat einen Ja/Nein-Wert, der keins von beiden ist.</translation>
    </message>
    <message>
        <source>%1 has no values; the empty value must come first.</source>
        <translation>%1 hat keine Werte; der leere Wert muss zuerst kommen.</translation>
    </message>
    <message>
        <source>%1 is read twice.</source>
        <translation>%1 wird zweimal gelesen.</translation>
    </message>
    <message>
        <source>%1 does not start with the empty value.</source>
        <translation>%1 beginnt nicht mit dem leeren Wert.</translation>
    </message>
    <message>
        <source>%1 holds the same value twice.</source>
        <translation>%1 enthält denselben Wert zweimal.</translation>
    </message>
    <message>
        <source>No temporary copy can be made to upgrade the file.</source>
        <translation>Für die Aktualisierung der Datei lässt sich keine temporäre Kopie anlegen.</translation>
    </message>
    <message>
        <source>The file has format version %1, which this version of Tessera cannot upgrade.</source>
        <translation>Die Datei hat die Formatversion %1, die diese Tessera-Version nicht aktualisieren kann.</translation>
    </message>
    <message>
        <source>A drawn shape&apos;s geometry is damaged: its counts do not match its size.</source>
        <translation>Die Geometrie einer gezeichneten Form ist beschädigt: Ihre Zählwerte passen nicht zu ihrer Größe.</translation>
    </message>
    <message>
        <source>A drawn shape has more than %1 vertices.</source>
        <translation>Eine gezeichnete Form hat mehr als %1 Eckpunkte.</translation>
    </message>
    <message>
        <source>The database is already open.</source>
        <translation>Die Datenbank ist bereits geöffnet.</translation>
    </message>
    <message>
        <source>The file cannot be opened.</source>
        <translation>Die Datei kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The file cannot be closed.</source>
        <translation>Die Datei kann nicht geschlossen werden.</translation>
    </message>
    <message>
        <source>A database command failed.</source>
        <translation>Ein Datenbankbefehl ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The account field &quot;%1&quot; holds a value longer than a workspace file allows.</source>
        <translation>Das Account-Feld „%1“ enthält einen Wert, der länger ist, als eine Arbeitsbereichsdatei zulässt.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; has the value %2 in column %3, outside %4 to %5.</source>
        <translation>Tabelle „%1“ hat in Spalte %3 den Wert %2, außerhalb von %4 bis %5.</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; has a text of %2 bytes in column %3, more than the limit of %4 bytes.</source>
        <translation>Tabelle „%1“ hat in Spalte %3 einen Text mit %2 Bytes, mehr als die Grenze von %4 Bytes.</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>Binärdaten</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; has a gap or a repeat in its row order.</source>
        <translation>Tabelle „%1“ hat eine Lücke oder Wiederholung in ihrer Zeilenfolge.</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; has more than %2 rows, more than Tessera accepts.</source>
        <translation>Tabelle „%1“ hat mehr als %2 Zeilen, mehr als Tessera zulässt.</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; has a value in column %2 that is not %3.</source>
        <translation>Tabelle „%1“ hat in Spalte %2 einen Wert, der nicht %3 ist.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; cannot be read.</source>
        <translation>Die Tabelle „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file holds a value larger than Tessera accepts.</source>
        <translation>Die Datei enthält einen Wert, der größer ist, als Tessera zulässt.</translation>
    </message>
    <message>
        <source>The file is damaged: part of it cannot be read.</source>
        <translation>Die Datei ist beschädigt: Ein Teil davon kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>workload</source>
        <translation>Arbeitslast</translation>
    </message>
    <message>
        <source>potential</source>
        <translation>Potenzial</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; has a row for model %2, which does not exist.</source>
        <translation>Tabelle „%1“ hat eine Zeile für Modell %2, das nicht existiert.</translation>
    </message>
    <message>
        <source>%1: the %2 has %3 characters, more than the limit of %4.</source>
        <translation>%1: Das Feld „%2“ hat %3 Zeichen, mehr als die Grenze von %4.</translation>
    </message>
    <message>
        <source>Table &quot;balance_settings&quot;, model &quot;%1&quot;</source>
        <translation>Tabelle „balance_settings“, Modell „%1“</translation>
    </message>
    <message>
        <source>%1: the model has two rows.</source>
        <translation>%1: Das Modell hat zwei Zeilen.</translation>
    </message>
    <message>
        <source>%1: the tolerance of %2 % is outside 0 to %3 %.</source>
        <translation>%1: Die Toleranz von %2 % liegt außerhalb von 0 bis %3 %.</translation>
    </message>
    <message>
        <source>%1: the target mode %2 is unknown (0 is an equal share, 1 capacity, 2 territory targets).</source>
        <translation>%1: Die Zielart %2 ist unbekannt (0 ist gleicher Anteil, 1 Kapazität, 2 Gebietsziele).</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot;, model &quot;%2&quot;: measure %3 is unknown (0 is workload, 1 potential).</source>
        <translation>Tabelle „%1“, Modell „%2“: Die Kennzahl %3 ist unbekannt (0 ist Arbeitslast, 1 Potenzial).</translation>
    </message>
    <message>
        <source>Table &quot;balance_measures&quot;, model &quot;%1&quot;, %2</source>
        <translation>Tabelle „balance_measures“, Modell „%1“, %2</translation>
    </message>
    <message>
        <source>%1: the measure has two rows.</source>
        <translation>%1: Die Kennzahl hat zwei Zeilen.</translation>
    </message>
    <message>
        <source>%1: the measure kind %2 is unknown (0 is a field, 1 formulas).</source>
        <translation>%1: Die Kennzahlart %2 ist unbekannt (0 ist ein Feld, 1 Formeln).</translation>
    </message>
    <message>
        <source>field name</source>
        <translation>Feldname</translation>
    </message>
    <message>
        <source>segment field name</source>
        <translation>Name des Segmentfelds</translation>
    </message>
    <message>
        <source>formula for other accounts</source>
        <translation>Formel für übrige Accounts</translation>
    </message>
    <message>
        <source>Table &quot;balance_segments&quot;, model &quot;%1&quot;, %2</source>
        <translation>Tabelle „balance_segments“, Modell „%1“, %2</translation>
    </message>
    <message>
        <source>%1: more than %2 segments.</source>
        <translation>%1: mehr als %2 Segmente.</translation>
    </message>
    <message>
        <source>%1: the segments are not numbered 0, 1, 2, ... (position %2 where %3 was expected).</source>
        <translation>%1: Die Segmente sind nicht 0, 1, 2, ... nummeriert (Position %2, wo %3 erwartet wurde).</translation>
    </message>
    <message>
        <source>%1, segment at position %2</source>
        <translation>%1, Segment an Position %2</translation>
    </message>
    <message>
        <source>segment value</source>
        <translation>Segmentwert</translation>
    </message>
    <message>
        <source>formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>%1: a bound is infinite; an open side is stored as NULL.</source>
        <translation>%1: Eine Grenze ist unendlich; eine offene Seite wird als NULL gespeichert.</translation>
    </message>
    <message>
        <source>The drawn shapes have more than %1 vertices together.</source>
        <translation>Die gezeichneten Formen haben zusammen mehr als %1 Eckpunkte.</translation>
    </message>
    <message>
        <source>Table &quot;preserved&quot; holds more than Tessera accepts.</source>
        <translation>Tabelle „preserved“ enthält mehr, als Tessera zulässt.</translation>
    </message>
    <message>
        <source>The workspace lacks its basic settings (table &quot;meta&quot;).</source>
        <translation>Dem Arbeitsbereich fehlen seine Grundeinstellungen (Tabelle „meta“).</translation>
    </message>
    <message>
        <source>Two assignment rules have the id %1.</source>
        <translation>Zwei Zuweisungsregeln haben die Id %1.</translation>
    </message>
    <message>
        <source>A rule item belongs to a rule that does not exist.</source>
        <translation>Ein Regelkriterium gehört zu einer Regel, die nicht existiert.</translation>
    </message>
    <message>
        <source>Assignment rule &quot;%1&quot; has more than %2 items.</source>
        <translation>Zuweisungsregel „%1“ hat mehr als %2 Kriterien.</translation>
    </message>
    <message>
        <source>The items of rule &quot;%1&quot; are not numbered in sequence.</source>
        <translation>Die Kriterien von Regel „%1“ sind nicht fortlaufend nummeriert.</translation>
    </message>
    <message>
        <source>The workspace lacks some standard account fields.</source>
        <translation>Dem Arbeitsbereich fehlen einige Standard-Account-Felder.</translation>
    </message>
    <message>
        <source>The standard account field &quot;%1&quot; is not as Tessera defines it.</source>
        <translation>Das Standard-Account-Feld „%1“ entspricht nicht der Definition von Tessera.</translation>
    </message>
    <message>
        <source>The account field &quot;%1&quot; claims to be a standard field.</source>
        <translation>Das Account-Feld „%1“ gibt sich als Standardfeld aus.</translation>
    </message>
    <message>
        <source>The account field &quot;%1&quot; is invalid: %2</source>
        <translation>Das Account-Feld „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <source>The account dictionaries do not match the account fields.</source>
        <translation>Die Account-Wörterbücher passen nicht zu den Account-Feldern.</translation>
    </message>
    <message>
        <source>The dictionary of account field &quot;%1&quot;</source>
        <translation>Das Wörterbuch des Account-Felds „%1“</translation>
    </message>
    <message>
        <source>The dictionary of account field &quot;%1&quot; is missing.</source>
        <translation>Das Wörterbuch des Account-Felds „%1“ fehlt.</translation>
    </message>
    <message>
        <source>Account chunk %1 of field %2 declares %3 bytes of data, more than the limit of %4 bytes.</source>
        <translation>Account-Block %1 von Feld %2 gibt %3 Bytes Daten an, mehr als die Grenze von %4 Bytes.</translation>
    </message>
    <message>
        <source>The account data is out of order or has extra parts.</source>
        <translation>Die Account-Daten sind ungeordnet oder haben überzählige Teile.</translation>
    </message>
    <message>
        <source>Account chunk %1 has %2 rows where %3 were expected.</source>
        <translation>Account-Block %1 hat %2 Zeilen, erwartet wurden %3.</translation>
    </message>
    <message>
        <source>The account data is larger than Tessera accepts.</source>
        <translation>Die Account-Daten sind größer, als Tessera zulässt.</translation>
    </message>
    <message>
        <source>The account data is incomplete: %1 of %2 parts are present.</source>
        <translation>Die Account-Daten sind unvollständig: %1 von %2 Teilen sind vorhanden.</translation>
    </message>
    <message>
        <source>The account data changed while it was read.</source>
        <translation>Die Account-Daten haben sich während des Lesens geändert.</translation>
    </message>
    <message>
        <source>Account chunk %1 of field &quot;%2&quot;</source>
        <translation>Account-Block %1 von Feld „%2“</translation>
    </message>
</context>
<context>
    <name>Tessera::WorkspaceGenerator</name>
    <message>
        <source>At most %1 accounts can be generated.</source>
        <translation>Es lassen sich höchstens %1 Accounts erzeugen.</translation>
    </message>
    <message>
        <source>The number of territories must be between 1 and %1.</source>
        <translation>Die Zahl der Gebiete muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>The number of reps must be between 1 and %1.</source>
        <translation>Die Zahl der Vertriebsmitarbeiter muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>Generated: %1 accounts, %2 territories, %3 reps, seed %4</source>
        <translation>Erzeugt: %1 Accounts, %2 Gebiete, %3 Vertriebsmitarbeiter, Startwert %4</translation>
    </message>
    <message>
        <source>Generation was cancelled.</source>
        <translation>Die Erzeugung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;.</source>
        <translation>Unbekannter Bundesstaat „%1“.</translation>
    </message>
    <message>
        <source>The blueprint names no states.</source>
        <translation>Die Vorlage nennt keine Bundesstaaten.</translation>
    </message>
    <message>
        <source>Top level: a group of neighbouring states</source>
        <translation>Oberste Ebene: eine Gruppe benachbarter Bundesstaaten</translation>
    </message>
    <message>
        <source>Middle level: states or parts of a state under one sales manager</source>
        <translation>Mittlere Ebene: Bundesstaaten oder Teile eines Bundesstaats unter einem Vertriebsleiter</translation>
    </message>
    <message>
        <source>Leaf level: the accounts one or a few reps cover</source>
        <translation>Unterste Ebene: die Accounts, die ein oder wenige Vertriebsmitarbeiter betreuen</translation>
    </message>
    <message>
        <source>Workload (hours a year)</source>
        <translation>Arbeitslast (Stunden pro Jahr)</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potenzial</translation>
    </message>
    <message>
        <source> geography</source>
        <translation> Geografie</translation>
    </message>
</context>
<context>
    <name>Tessera::ZipCentroids</name>
    <message>
        <source>The bundled ZIP code table is missing.</source>
        <translation>Die mitgelieferte PLZ-Tabelle fehlt.</translation>
    </message>
    <message>
        <source>The bundled ZIP code table is damaged.</source>
        <translation>Die mitgelieferte PLZ-Tabelle ist beschädigt.</translation>
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
</TS>
