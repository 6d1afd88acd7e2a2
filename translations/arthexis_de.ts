<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Arthexis Desktop</source>
        <translation>Über Arthexis Desktop</translation>
    </message>
    <message>
        <source>OCPP central system and control centre for EV charging.</source>
        <translation>OCPP-Zentralsystem und Leitstand für das Laden von Elektrofahrzeugen.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Protokollordner</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Einstellungsdatei</translation>
    </message>
    <message>
        <source>Window layout file</source>
        <translation>Datei des Fensterlayouts</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>Account {name}</source>
        <translation>Konto {name}</translation>
    </message>
    <message>
        <source>phone, e-mail…</source>
        <translation>Telefon, E-Mail…</translation>
    </message>
    <message>
        <source>Service account (may charge with no credit left)</source>
        <translation>Dienstkonto (darf ohne Guthaben laden)</translation>
    </message>
    <message>
        <source>Its cards may run several sessions at once</source>
        <translation>Karten dürfen mehrere Ladevorgänge gleichzeitig haben</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>Ein Konto braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Verbraucht</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Concurrent</source>
        <translation>Parallel</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>Neues Konto…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Add credit…</source>
        <translation>Aufladen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Cards of the selected account</source>
        <translation>Karten des ausgewählten Kontos</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Cards of {name}</source>
        <translation>Karten von {name}</translation>
    </message>
    <message>
        <source>Account {name} created.</source>
        <translation>Konto {name} angelegt.</translation>
    </message>
    <message>
        <source>Account {name} saved.</source>
        <translation>Konto {name} gespeichert.</translation>
    </message>
    <message>
        <source>Credit added to {name}.</source>
        <translation>Guthaben für {name} aufgeladen.</translation>
    </message>
    <message>
        <source>Account {name} deleted.</source>
        <translation>Konto {name} gelöscht.</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Konto löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the account {name}? Its %n card(s) stay in the register without an account.</source>
        <translation>
            <numerusform>Konto {name} löschen? %n Karte bleibt ohne Konto im Register.</numerusform>
            <numerusform>Konto {name} löschen? %n Karten bleiben ohne Konto im Register.</numerusform>
        </translation>
    </message>
    <message>
        <source>not limited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>Admission</name>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>AppearanceSection</name>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Both apply at once, without a restart.</source>
        <translation>Beides gilt sofort, ohne Neustart.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>AuthorizationPolicy</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Allow-list</source>
        <translation>Positivliste</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Streng</translation>
    </message>
</context>
<context>
    <name>AwgChoices</name>
    <message>
        <source>copper</source>
        <translation>Kupfer</translation>
    </message>
    <message>
        <source>aluminium</source>
        <translation>Aluminium</translation>
    </message>
    <message>
        <source>EMT (thin-wall)</source>
        <translation>EMT (dünnwandig)</translation>
    </message>
    <message>
        <source>IMC (intermediate)</source>
        <translation>IMC (mittelschwer)</translation>
    </message>
    <message>
        <source>RMC (heavy-wall)</source>
        <translation>RMC (dickwandig)</translation>
    </message>
    <message>
        <source>FMC (flexible)</source>
        <translation>FMC (flexibel)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>one per set</source>
        <translation>einer je Leitersatz</translation>
    </message>
    <message>
        <source>optional (counted)</source>
        <translation>optional (mitgezählt)</translation>
    </message>
    <message>
        <source>1 (single-phase)</source>
        <translation>1 (einphasig)</translation>
    </message>
    <message>
        <source>2 (two-phase)</source>
        <translation>2 (zweiphasig)</translation>
    </message>
    <message>
        <source>3 (three-phase)</source>
        <translation>3 (dreiphasig)</translation>
    </message>
</context>
<context>
    <name>AwgPresets</name>
    <message>
        <source>EV charger — single vehicle residential</source>
        <translation>Ladestation — Wohnhaus, ein Fahrzeug</translation>
    </message>
    <message>
        <source>7 kW wall box on a 40 A, 220 V two-phase circuit, copper.</source>
        <translation>7-kW-Wallbox an einem zweiphasigen Stromkreis mit 40 A und 220 V, Kupfer.</translation>
    </message>
    <message>
        <source>EV charger — 32 A, 240 V single-phase</source>
        <translation>Ladestation — 32 A, 240 V einphasig</translation>
    </message>
    <message>
        <source>7.4 kW charger; continuous load, conductors sized for 40 A.</source>
        <translation>7,4-kW-Ladestation; Dauerlast, Leiter für 40 A bemessen.</translation>
    </message>
    <message>
        <source>EV charger — 32 A, 400 V three-phase</source>
        <translation>Ladestation — 32 A, 400 V dreiphasig</translation>
    </message>
    <message>
        <source>22 kW charger; continuous load, conductors sized for 40 A.</source>
        <translation>22-kW-Ladestation; Dauerlast, Leiter für 40 A bemessen.</translation>
    </message>
    <message>
        <source>DC fast charger feeder — 150 kW, 480 V three-phase</source>
        <translation>Zuleitung DC-Schnellladestation — 150 kW, 480 V dreiphasig</translation>
    </message>
    <message>
        <source>Feeder to a 150 kW DC charger (200 A input, continuous); up to 2 parallel sets.</source>
        <translation>Zuleitung zu einer 150-kW-DC-Ladestation (200 A Eingangsstrom, Dauerlast); bis zu 2 parallele Leitersätze.</translation>
    </message>
</context>
<context>
    <name>AwgTab</name>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Auto: the 60 °C column up to 100 A, else 75 °C (NEC 110.14(C)).</source>
        <translation>Auto: bis 100 A die Spalte 60 °C, darüber 75 °C (NEC 110.14(C)).</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ohne</translation>
    </message>
    <message>
        <source>Continuous (125 %)</source>
        <translation>Dauerlast (125 %)</translation>
    </message>
    <message>
        <source>A continuous load: size the conductors for 125 % of the current (EV charging, NEC 625.42).</source>
        <translation>Dauerlast: die Leiter für 125 % des Stroms bemessen (Laden von Elektrofahrzeugen, NEC 625.42).</translation>
    </message>
    <message>
        <source>Gauge</source>
        <translation>Querschnitt</translation>
    </message>
    <message>
        <source>Parallel sets</source>
        <translation>Parallele Leitersätze</translation>
    </message>
    <message>
        <source>Ampacity</source>
        <translation>Strombelastbarkeit</translation>
    </message>
    <message>
        <source>Voltage drop</source>
        <translation>Spannungsfall</translation>
    </message>
    <message>
        <source>End voltage</source>
        <translation>Spannung am Leitungsende</translation>
    </message>
    <message>
        <source>Cables (phases+ground)</source>
        <translation>Leiter (Phasen + Schutzleiter)</translation>
    </message>
    <message>
        <source>Total length</source>
        <translation>Gesamtlänge</translation>
    </message>
    <message>
        <source>Temperature column</source>
        <translation>Temperaturspalte</translation>
    </message>
    <message>
        <source>Conduit</source>
        <translation>Schutzrohr</translation>
    </message>
    <message>
        <source>Copy result</source>
        <translation>Ergebnis kopieren</translation>
    </message>
    <message>
        <source>Length (one way)</source>
        <translation>Länge (einfache Strecke)</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Strom</translation>
    </message>
    <message>
        <source>Voltage</source>
        <translation>Spannung</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Leitermaterial</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Parallel sets (max)</source>
        <translation>Parallele Leitersätze (max.)</translation>
    </message>
    <message>
        <source>Max gauge</source>
        <translation>Größter Querschnitt</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Schutzleiter</translation>
    </message>
    <message>
        <source>Drop limit</source>
        <translation>Max. Spannungsfall</translation>
    </message>
    <message>
        <source>Continuous load</source>
        <translation>Dauerlast</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>Stromkreis</translation>
    </message>
    <message>
        <source>Cable</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Correct the marked inputs to see the cable.</source>
        <translation>Bitte die markierten Eingaben korrigieren, um die Leitung zu sehen.</translation>
    </message>
    <message>
        <source>No cable</source>
        <translation>Keine Leitung</translation>
    </message>
    <message>
        <source>No cable meets these inputs; see below.</source>
        <translation>Keine Leitung erfüllt diese Eingaben; siehe unten.</translation>
    </message>
    <message>
        <source>{ampacity} A (needs {needed} A)</source>
        <translation>{ampacity} A (benötigt: {needed} A)</translation>
    </message>
    <message>
        <source>{volts} V ({percent} %)</source>
        <translation>{volts} V ({percent} %)</translation>
    </message>
    <message>
        <source>{temperature} °C (auto)</source>
        <translation>{temperature} °C (auto)</translation>
    </message>
    <message>
        <source>{drop} % of {limit} %</source>
        <translation>{drop} % von {limit} %</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>keines gewählt</translation>
    </message>
    <message>
        <source>no conduit data</source>
        <translation>keine Rohrdaten</translation>
    </message>
    <message>
        <source>does not fit in any {conduit}</source>
        <translation>passt in kein {conduit}-Rohr</translation>
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
        <source>AWG cable calculator</source>
        <translation>AWG-Leitungsrechner</translation>
    </message>
    <message>
        <source>Drop against the limit: {caption}</source>
        <translation>Spannungsfall im Vergleich zur Grenze: {caption}</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>Result copied to the clipboard.</source>
        <translation>Ergebnis in die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>AwgWarnings</name>
    <message>
        <source>No {material_name} conductor up to {largest} carries {current_a} A in the {temperature_c} °C column with up to {max_lines} parallel set(s).</source>
        <translation>Kein Leiter aus {material_name} bis {largest} führt {current_a} A in der Spalte {temperature_c} °C mit bis zu {max_lines} parallelen Leitersätzen.</translation>
    </message>
    <message>
        <source>No size keeps the voltage drop within {limit_pct} %; the closest is {lines} × {size} with {drop_pct} %.</source>
        <translation>Kein Querschnitt hält den Spannungsfall innerhalb von {limit_pct} %; am nächsten kommt {lines} × {size} mit {drop_pct} %.</translation>
    </message>
    <message>
        <source>The maximum gauge {max_gauge} is too small: {lines} × {size} would be needed.</source>
        <translation>Der größte zugelassene Querschnitt {max_gauge} ist zu klein: {lines} × {size} wäre nötig.</translation>
    </message>
    <message>
        <source>Conductors are run in parallel only at 1/0 AWG and larger (NEC 310.10(G)).</source>
        <translation>Leiter werden erst ab 1/0 AWG parallel verlegt (NEC 310.10(G)).</translation>
    </message>
    <message>
        <source>{lines} parallel sets in one raceway are {current_carrying} current-carrying conductors: ampacity × {factor} (NEC Table 310.15(C)(1)).</source>
        <translation>{lines} parallele Leitersätze im selben Rohr oder Kanal sind {current_carrying} stromführende Leiter: Strombelastbarkeit × {factor} (NEC Tabelle 310.15(C)(1)).</translation>
    </message>
    <message>
        <source>Continuous load: conductors sized for 125 % of {current_a} A = {design_current_a} A.</source>
        <translation>Dauerlast: Leiter bemessen für 125 % von {current_a} A = {design_current_a} A.</translation>
    </message>
    <message>
        <source>90 °C column: terminations are usually rated 60 °C or 75 °C (NEC 110.14(C)); check the equipment.</source>
        <translation>Spalte 90 °C: Anschlussklemmen sind meist nur für 60 °C oder 75 °C ausgelegt (NEC 110.14(C)); Betriebsmittel prüfen.</translation>
    </message>
    <message>
        <source>The ground conductor is optional; the conduit is sized with it.</source>
        <translation>Der Schutzleiter ist optional; das Schutzrohr wird mit ihm bemessen.</translation>
    </message>
    <message>
        <source>No conduit fill data for {size}: NEC Chapter 9 Table 5 lists no THHN conductor of that size.</source>
        <translation>Keine Füllgraddaten für {size}: NEC Kapitel 9, Tabelle 5 führt keinen THHN-Leiter dieses Querschnitts.</translation>
    </message>
    <message>
        <source>{wires} conductors of {size} do not fit in the largest {conduit} ({trade}).</source>
        <translation>{wires} Leiter {size} passen nicht in das größte {conduit}-Rohr ({trade}).</translation>
    </message>
    <message>
        <source>{trade}&quot; {conduit} is exactly at its fill limit with {wires} conductors; the next size up eases pulling.</source>
        <translation>{conduit}-Rohr {trade}&quot; ist mit {wires} Leitern genau an der Füllgrenze; die nächste Größe erleichtert das Einziehen.</translation>
    </message>
</context>
<context>
    <name>BrokerSection</name>
    <message>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>Listen on host</source>
        <translation>Auf Host lauschen</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Ping interval</source>
        <translation>Ping-Intervall</translation>
    </message>
    <message>
        <source>Ping timeout</source>
        <translation>Ping-Zeitlimit</translation>
    </message>
    <message>
        <source>New chargers</source>
        <translation>Neue Ladestationen</translation>
    </message>
    <message>
        <source>RFID authorization</source>
        <translation>RFID-Autorisierung</translation>
    </message>
    <message>
        <source>Message validation</source>
        <translation>Nachrichtenprüfung</translation>
    </message>
    <message>
        <source>Chargers connect to ws://&lt;host&gt;:&lt;port&gt;/&lt;charger id&gt;. A new host or port applies at once: connected chargers stay connected, new connections use the new address.</source>
        <translation>Ladestationen verbinden sich mit ws://&lt;Host&gt;:&lt;Port&gt;/&lt;Ladestations-ID&gt;. Ein neuer Host oder Port gilt sofort: verbundene Ladestationen bleiben verbunden, neue Verbindungen nutzen die neue Adresse.</translation>
    </message>
    <message>
        <source>Send WebSocket pings (switch off for chargers that do not answer them)</source>
        <translation>WebSocket-Pings senden (für Ladestationen ausschalten, die nicht darauf antworten)</translation>
    </message>
    <message>
        <source>Accept any charger</source>
        <translation>Jede Ladestation annehmen</translation>
    </message>
    <message>
        <source>Hold unknown chargers for approval</source>
        <translation>Unbekannte Ladestationen bis zur Freigabe zurückhalten</translation>
    </message>
    <message>
        <source>Reject unknown chargers</source>
        <translation>Unbekannte Ladestationen ablehnen</translation>
    </message>
    <message>
        <source>Strict: refuse messages that break the OCPP schema</source>
        <translation>Streng: Nachrichten ablehnen, die gegen das OCPP-Schema verstoßen</translation>
    </message>
    <message>
        <source>Lenient: accept them (quirky firmware)</source>
        <translation>Tolerant: annehmen (Firmware mit Eigenheiten)</translation>
    </message>
    <message>
        <source>The default for every charger; a charger&apos;s own settings can make it lenient.</source>
        <translation>Die Vorgabe für jede Ladestation; die eigenen Einstellungen einer Ladestation können sie tolerant machen.</translation>
    </message>
</context>
<context>
    <name>BrokerStatus</name>
    <message>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <source>● Broker running</source>
        <translation>● Broker läuft</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird beendet…</translation>
    </message>
    <message>
        <source>● Broker not running: {reason}</source>
        <translation>● Broker läuft nicht: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n charger(s) connected</source>
        <translation>
            <numerusform>%n Ladestation verbunden</numerusform>
            <numerusform>%n Ladestationen verbunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Broker: {url}</source>
        <translation>Broker: {url}</translation>
    </message>
</context>
<context>
    <name>BuiltinPatterns</name>
    <message>
        <source>Charger id in an OCPP URL</source>
        <translation>Ladestations-ID in einer OCPP-URL</translation>
    </message>
    <message>
        <source>OCPP 1.6 error code</source>
        <translation>OCPP-1.6-Fehlercode</translation>
    </message>
    <message>
        <source>Vehicle identification number (VIN)</source>
        <translation>Fahrzeug-Identifizierungsnummer (VIN)</translation>
    </message>
    <message>
        <source>RFID UID</source>
        <translation>RFID-UID</translation>
    </message>
</context>
<context>
    <name>CalculatorFields</name>
    <message>
        <source>A value is required.</source>
        <translation>Ein Wert ist erforderlich.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Bitte eine Zahl eingeben.</translation>
    </message>
    <message>
        <source>Must be between {min} and {max}.</source>
        <translation>Muss zwischen {min} und {max} liegen.</translation>
    </message>
    <message>
        <source>Must be greater than 0.</source>
        <translation>Muss größer als 0 sein.</translation>
    </message>
    <message>
        <source>Must not be negative.</source>
        <translation>Darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Bitte eine ganze Zahl eingeben.</translation>
    </message>
    <message>
        <source>Choose one of {choices}.</source>
        <translation>Bitte eines von {choices} wählen.</translation>
    </message>
    <message>
        <source>Unknown conductor size {value}; use e.g. 8, 1/0 or 250 kcmil.</source>
        <translation>Unbekannter Leiterquerschnitt {value}; z. B. 8, 1/0 oder 250 kcmil verwenden.</translation>
    </message>
    <message>
        <source>The start charge must be below the target charge.</source>
        <translation>Der Anfangsladestand muss unter dem Zielladestand liegen.</translation>
    </message>
    <message>
        <source>Must be at least {min}.</source>
        <translation>Muss mindestens {min} sein.</translation>
    </message>
    <message>
        <source>Must be at most {max}.</source>
        <translation>Darf höchstens {max} sein.</translation>
    </message>
</context>
<context>
    <name>CalculatorsPanel</name>
    <message>
        <source>Cable (AWG)</source>
        <translation>Leitung (AWG)</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Charging time &amp;&amp; cost</source>
        <translation>Ladedauer &amp;&amp; Kosten</translation>
    </message>
</context>
<context>
    <name>ChargerDetailPanel</name>
    <message>
        <source>The charger shown (double-click one in the Chargers panel)</source>
        <translation>Die angezeigte Ladestation (im Bereich „Ladestationen“ doppelklicken)</translation>
    </message>
    <message>
        <source>Double-click a charger in the Chargers panel, or pick one in the list above.</source>
        <translation>Eine Ladestation im Bereich „Ladestationen“ doppelklicken oder oben in der Liste auswählen.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <source>Errors ({count})</source>
        <translation>Fehler ({count})</translation>
    </message>
    <message>
        <source>Online ({protocol})</source>
        <translation>Online ({protocol})</translation>
    </message>
    <message>
        <source>Unknown charger</source>
        <translation>Unbekannte Ladestation</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Choose a charger…</source>
        <translation>Ladestation wählen…</translation>
    </message>
</context>
<context>
    <name>ChargerSettingsDialog</name>
    <message>
        <source>Charger settings — {charger}</source>
        <translation>Einstellungen der Ladestation — {charger}</translation>
    </message>
    <message>
        <source>Authorization of RFID tags</source>
        <translation>Autorisierung von RFID-Karten</translation>
    </message>
    <message>
        <source>Broker default ({policy})</source>
        <translation>Broker-Vorgabe ({policy})</translation>
    </message>
    <message>
        <source>Follow the policy set for the whole broker.</source>
        <translation>Die für den ganzen Broker eingestellte Regel verwenden.</translation>
    </message>
    <message>
        <source>Accept every tag that is not blocked; unknown tags are listed for enrolment.</source>
        <translation>Jede nicht gesperrte Karte annehmen; unbekannte Karten werden zur Aufnahme aufgelistet.</translation>
    </message>
    <message>
        <source>Accept only tags in the register that are allowed.</source>
        <translation>Nur Karten annehmen, die im Register erlaubt sind.</translation>
    </message>
    <message>
        <source>Allow-list, and the tag must be released to an owner; one session per tag.</source>
        <translation>Wie Positivliste, zusätzlich muss die Karte einem Besitzer zugewiesen sein; ein Ladevorgang pro Karte.</translation>
    </message>
    <message>
        <source>Messages from the charger</source>
        <translation>Nachrichten der Ladestation</translation>
    </message>
    <message>
        <source>Lenient schema validation</source>
        <translation>Tolerante Schemaprüfung</translation>
    </message>
    <message>
        <source>Accept messages that break the OCPP schema, for known-quirky firmware.</source>
        <translation>Nachrichten annehmen, die gegen das OCPP-Schema verstoßen – für Firmware mit bekannten Eigenheiten.</translation>
    </message>
    <message>
        <source>Wh — OCPP default</source>
        <translation>Wh — OCPP-Standard</translation>
    </message>
    <message>
        <source>Energy values sent without a unit:</source>
        <translation>Energiewerte ohne Einheit:</translation>
    </message>
    <message>
        <source>Choose kWh only for firmware known to send kWh without saying so.</source>
        <translation>kWh nur für Firmware wählen, die bekanntermaßen kWh ohne Angabe sendet.</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Zulassung</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>The charger is told a new state at its next BootNotification.</source>
        <translation>Die Ladestation erfährt einen neuen Status bei ihrer nächsten BootNotification.</translation>
    </message>
</context>
<context>
    <name>ChargerSettingsEditor</name>
    <message>
        <source>Charger settings</source>
        <translation>Einstellungen der Ladestation</translation>
    </message>
    <message>
        <source>Settings of {charger} saved; its next message uses them.</source>
        <translation>Einstellungen von {charger} gespeichert; sie gelten ab der nächsten Nachricht.</translation>
    </message>
    <message>
        <source>{charger} is now {state}; it is told at its next boot.</source>
        <translation>{charger} ist jetzt „{state}“; die Ladestation erfährt es beim nächsten Start.</translation>
    </message>
    <message>
        <source>Nothing changed for {charger}.</source>
        <translation>Für {charger} hat sich nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ChargersModel</name>
    <message>
        <source>booted {ago}</source>
        <translation>gestartet {ago}</translation>
    </message>
    <message>
        <source>Auth: {policy}</source>
        <translation>Auth.: {policy}</translation>
    </message>
    <message>
        <source>Lenient</source>
        <translation>Tolerant</translation>
    </message>
    <message>
        <source>Unit-less: {unit}</source>
        <translation>Ohne Einheit: {unit}</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Online ({protocol})</source>
        <translation>Online ({protocol})</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Ladestation</translation>
    </message>
    <message>
        <source>Vendor / model</source>
        <translation>Hersteller / Modell</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Zulassung</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Anschlüsse</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>Letzter Heartbeat</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Session energy</source>
        <translation>Energie (Sitzung)</translation>
    </message>
    <message>
        <source>Per-charger settings that differ from the broker defaults (right-click: Charger settings…).</source>
        <translation>Eigene Einstellungen dieser Ladestation, die von den Broker-Vorgaben abweichen (Rechtsklick: Einstellungen der Ladestation…).</translation>
    </message>
    <message>
        <source>No heartbeat received yet; the time shown is since the charger connected or booted.</source>
        <translation>Noch kein Heartbeat empfangen; die Zeit zählt ab Verbindung oder Start der Ladestation.</translation>
    </message>
</context>
<context>
    <name>ChargersPanel</name>
    <message>
        <source>Last command result: none yet</source>
        <translation>Letztes Befehlsergebnis: noch keines</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Accept the selected charger at its next boot</source>
        <translation>Die gewählte Ladestation beim nächsten Start annehmen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Charger settings…</source>
        <translation>Einstellungen der Ladestation…</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Weitere</translation>
    </message>
    <message>
        <source>Filter by charger id…</source>
        <translation>Nach ID filtern…</translation>
    </message>
    <message>
        <source>Select a charger first.</source>
        <translation>Bitte zuerst eine Ladestation auswählen.</translation>
    </message>
    <message>
        <source>Last command result: {text}</source>
        <translation>Letztes Befehlsergebnis: {text}</translation>
    </message>
    <message numerus="yes">
        <source>%n charger(s) waiting for approval: {ids}. Select one and click Approve.</source>
        <translation>
            <numerusform>%n Ladestation wartet auf Freigabe: {ids}. Auswählen und auf „Freigeben“ klicken.</numerusform>
            <numerusform>%n Ladestationen warten auf Freigabe: {ids}. Eine auswählen und auf „Freigeben“ klicken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChargingTab</name>
    <message>
        <source>(0–1)</source>
        <translation>(0–1)</translation>
    </message>
    <message>
        <source>per kWh</source>
        <translation>pro kWh</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Battery capacity</source>
        <translation>Batteriekapazität</translation>
    </message>
    <message>
        <source>Start charge</source>
        <translation>Anfangsladestand</translation>
    </message>
    <message>
        <source>Target charge</source>
        <translation>Zielladestand</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Wirkungsgrad</translation>
    </message>
    <message>
        <source>Charger power</source>
        <translation>Ladeleistung</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Ladevorgang</translation>
    </message>
    <message>
        <source>Energy into the battery</source>
        <translation>Energie in die Batterie</translation>
    </message>
    <message>
        <source>Energy from the grid</source>
        <translation>Energie aus dem Netz</translation>
    </message>
    <message>
        <source>Duration (h:mm)</source>
        <translation>Dauer (h:mm)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>At constant charger power (no taper near full). Cost = energy from the grid × tariff, in the tariff&apos;s currency.</source>
        <translation>Bei konstanter Ladeleistung (ohne Abregeln kurz vor voll). Kosten = Energie aus dem Netz × Tarif, in der Währung des Tarifs.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>no tariff given</source>
        <translation>kein Tarif angegeben</translation>
    </message>
</context>
<context>
    <name>ClipboardPanel</name>
    <message>
        <source>Watch the clipboard</source>
        <translation>Zwischenablage beobachten</translation>
    </message>
    <message>
        <source>Keep every text you copy as a sample (never password-manager copies).</source>
        <translation>Jeden kopierten Text als Textprobe behalten (nie Kopien aus Passwortmanagern).</translation>
    </message>
    <message>
        <source>● Watching clipboard</source>
        <translation>● Zwischenablage wird beobachtet</translation>
    </message>
    <message>
        <source>Scan latest sample</source>
        <translation>Letzte Textprobe prüfen</translation>
    </message>
    <message>
        <source>Test against clipboard</source>
        <translation>Mit Zwischenablage testen</translation>
    </message>
    <message>
        <source>Check the selected patterns (or all) against the clipboard text.</source>
        <translation>Die ausgewählten Muster (oder alle) am Text der Zwischenablage prüfen.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Watching the clipboard: copied texts are kept as samples.</source>
        <translation>Die Zwischenablage wird beobachtet: kopierte Texte werden als Textproben behalten.</translation>
    </message>
    <message>
        <source>Clipboard watching is off.</source>
        <translation>Die Zwischenablage wird nicht mehr beobachtet.</translation>
    </message>
    <message>
        <source>The sample is kept for this session only: {error}</source>
        <translation>Die Textprobe bleibt nur für diese Sitzung erhalten: {error}</translation>
    </message>
    <message>
        <source>A concealed copy (from a password manager) was not kept.</source>
        <translation>Eine verborgene Kopie (aus einem Passwortmanager) wurde nicht behalten.</translation>
    </message>
    <message>
        <source>A very long copy was not kept as a sample.</source>
        <translation>Eine sehr lange Kopie wurde nicht als Textprobe behalten.</translation>
    </message>
    <message>
        <source>No samples yet: switch on “Watch the clipboard” and copy some text.</source>
        <translation>Noch keine Textproben: „Zwischenablage beobachten“ einschalten und einen Text kopieren.</translation>
    </message>
    <message>
        <source>No pattern matched the latest sample.</source>
        <translation>Kein Muster passt auf die letzte Textprobe.</translation>
    </message>
    <message>
        <source>The clipboard holds a concealed (password) copy; it is not read.</source>
        <translation>Die Zwischenablage enthält eine verborgene Kopie (Passwort); sie wird nicht gelesen.</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>Die Zwischenablage enthält keinen Text.</translation>
    </message>
    <message>
        <source>✗ {pattern}: no match</source>
        <translation>✗ {pattern}: kein Treffer</translation>
    </message>
    <message>
        <source>✓ {pattern}: “{text}” ({values})</source>
        <translation>✓ {pattern}: „{text}“ ({values})</translation>
    </message>
    <message>
        <source>{pattern} in the copied text: {value}</source>
        <translation>{pattern} im kopierten Text: {value}</translation>
    </message>
    <message>
        <source>Copied: {pattern}</source>
        <translation>Kopiert: {pattern}</translation>
    </message>
    <message>
        <source>{value} — click to: {action}</source>
        <translation>{value} — Klick: {action}</translation>
    </message>
    <message>
        <source>Copied: {text}</source>
        <translation>Kopiert: {text}</translation>
    </message>
    <message>
        <source>no placeholders</source>
        <translation>keine Platzhalter</translation>
    </message>
</context>
<context>
    <name>CommandAnswer</name>
    <message>
        <source>unknown: {keys}</source>
        <translation>unbekannt: {keys}</translation>
    </message>
</context>
<context>
    <name>CommandCatalog</name>
    <message>
        <source>Charger {charger} has no running transaction to stop.</source>
        <translation>Ladestation {charger} hat keinen laufenden Ladevorgang zum Beenden.</translation>
    </message>
    <message>
        <source>{command} — {charger}</source>
        <translation>{command} — {charger}</translation>
    </message>
    <message>
        <source>{action} to {charger}: {status}</source>
        <translation>{action} an {charger}: {status}</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Anschluss</translation>
    </message>
    <message>
        <source>RFID tag (idTag)</source>
        <translation>RFID-Karte (idTag)</translation>
    </message>
    <message>
        <source>Enter the idTag to start with.</source>
        <translation>Bitte die idTag für den Start eingeben.</translation>
    </message>
    <message>
        <source>Any (charger decides)</source>
        <translation>Beliebig (Ladestation entscheidet)</translation>
    </message>
    <message>
        <source>#{id} — connector {connector}, tag {tag}, {energy}</source>
        <translation>#{id} — Anschluss {connector}, Karte {tag}, {energy}</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Ladevorgang</translation>
    </message>
    <message>
        <source>Soft (restart the software)</source>
        <translation>Soft (Software neu starten)</translation>
    </message>
    <message>
        <source>Hard (reboot the charger)</source>
        <translation>Hard (Ladestation neu booten)</translation>
    </message>
    <message>
        <source>Reset type</source>
        <translation>Art des Resets</translation>
    </message>
    <message>
        <source>0 (whole charger)</source>
        <translation>0 (ganze Ladestation)</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Operative</source>
        <translation>Betriebsbereit</translation>
    </message>
    <message>
        <source>Inoperative</source>
        <translation>Außer Betrieb</translation>
    </message>
    <message>
        <source>Keys (comma separated)</source>
        <translation>Schlüssel (durch Komma getrennt)</translation>
    </message>
    <message>
        <source>empty = all keys</source>
        <translation>leer = alle Schlüssel</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Enter the configuration key.</source>
        <translation>Bitte den Konfigurationsschlüssel eingeben.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Clear the authorization cache of {charger}? Cached idTags will be checked again.</source>
        <translation>Autorisierungs-Cache von {charger} leeren? Zwischengespeicherte idTags werden erneut geprüft.</translation>
    </message>
    <message>
        <source>Vendor id</source>
        <translation>Hersteller-ID</translation>
    </message>
    <message>
        <source>Enter the vendor id.</source>
        <translation>Bitte die Hersteller-ID eingeben.</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>Nachrichten-ID</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message numerus="yes">
        <source>GetConfiguration to {charger}: %n key(s)</source>
        <translation>
            <numerusform>GetConfiguration an {charger}: %n Schlüssel</numerusform>
            <numerusform>GetConfiguration an {charger}: %n Schlüssel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandController</name>
    <message>
        <source>Charger {charger} is not known.</source>
        <translation>Ladestation {charger} ist unbekannt.</translation>
    </message>
    <message>
        <source>Approving {charger}…</source>
        <translation>{charger} wird freigegeben…</translation>
    </message>
    <message>
        <source>Rejecting {charger}…</source>
        <translation>{charger} wird abgelehnt…</translation>
    </message>
    <message>
        <source>Sending {action} to {charger}…</source>
        <translation>{action} wird an {charger} gesendet…</translation>
    </message>
    <message>
        <source>{charger} approved; it is accepted at its next boot.</source>
        <translation>{charger} freigegeben; sie wird beim nächsten Start angenommen.</translation>
    </message>
    <message>
        <source>{charger} rejected.</source>
        <translation>{charger} abgelehnt.</translation>
    </message>
    <message>
        <source>Command failed</source>
        <translation>Befehl fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>CommandOutcome</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>keine Antwort</translation>
    </message>
</context>
<context>
    <name>CommandStatus</name>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Entriegelt</translation>
    </message>
    <message>
        <source>Unlock failed</source>
        <translation>Entriegeln fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Nicht unterstützt</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Eingeplant</translation>
    </message>
    <message>
        <source>Reboot required</source>
        <translation>Neustart erforderlich</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>Nicht implementiert</translation>
    </message>
    <message>
        <source>Unknown message id</source>
        <translation>Unbekannte Nachrichten-ID</translation>
    </message>
    <message>
        <source>Unknown vendor id</source>
        <translation>Unbekannte Hersteller-ID</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Remote start…</source>
        <translation>Fernstart…</translation>
    </message>
    <message>
        <source>Remote stop…</source>
        <translation>Fernstopp…</translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation>Reset…</translation>
    </message>
    <message>
        <source>Unlock connector…</source>
        <translation>Anschluss entriegeln…</translation>
    </message>
    <message>
        <source>Change availability…</source>
        <translation>Verfügbarkeit ändern…</translation>
    </message>
    <message>
        <source>Get configuration…</source>
        <translation>Konfiguration abrufen…</translation>
    </message>
    <message>
        <source>Change configuration…</source>
        <translation>Konfiguration ändern…</translation>
    </message>
    <message>
        <source>Trigger message…</source>
        <translation>Nachricht anfordern…</translation>
    </message>
    <message>
        <source>Clear cache…</source>
        <translation>Cache leeren…</translation>
    </message>
    <message>
        <source>Data transfer…</source>
        <translation>Datenübertragung…</translation>
    </message>
</context>
<context>
    <name>CommandsTab</name>
    <message>
        <source>Last command result: none yet</source>
        <translation>Letztes Befehlsergebnis: noch keines</translation>
    </message>
    <message>
        <source>Recent commands to this charger</source>
        <translation>Letzte Befehle an diese Ladestation</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Last command result: {text}</source>
        <translation>Letztes Befehlsergebnis: {text}</translation>
    </message>
</context>
<context>
    <name>ConfigurationDialog</name>
    <message>
        <source>Configuration of {charger}</source>
        <translation>Konfiguration von {charger}</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
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
        <source>Unknown keys: {keys}</source>
        <translation>Unbekannte Schlüssel: {keys}</translation>
    </message>
</context>
<context>
    <name>ConfigurationTab</name>
    <message>
        <source>Read configuration</source>
        <translation>Konfiguration lesen</translation>
    </message>
    <message>
        <source>Ask the charger for all its keys (GetConfiguration)</source>
        <translation>Alle Schlüssel von der Ladestation abfragen (GetConfiguration)</translation>
    </message>
    <message>
        <source>Filter keys…</source>
        <translation>Schlüssel filtern…</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Double-click a value to change it; the charger&apos;s answer shows per key.</source>
        <translation>Zum Ändern auf einen Wert doppelklicken; die Antwort der Ladestation erscheint je Schlüssel.</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Noch nicht gelesen.</translation>
    </message>
    <message>
        <source>Reading the configuration of {charger}…</source>
        <translation>Konfiguration von {charger} wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) reported</source>
        <translation>
            <numerusform>%n Schlüssel gemeldet</numerusform>
            <numerusform>%n Schlüssel gemeldet</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown: {keys}</source>
        <translation>unbekannt: {keys}</translation>
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
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ConnectorStatus</name>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>Lädt</translation>
    </message>
    <message>
        <source>Suspended by EV</source>
        <translation>Vom Fahrzeug pausiert</translation>
    </message>
    <message>
        <source>Suspended by charger</source>
        <translation>Von Ladestation pausiert</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Wird beendet</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Faulted</source>
        <translation>Störung</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>ConnectorsTable</name>
    <message>
        <source>Connector</source>
        <translation>Anschluss</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Ladevorgang</translation>
    </message>
    <message>
        <source>0 (charger)</source>
        <translation>0 (Ladestation)</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong inside Arthexis Desktop. It keeps running; chargers stay connected. The report below is also in the log file. Copy it when you ask for help.</source>
        <translation>In Arthexis Desktop ist ein Fehler aufgetreten. Die Anwendung läuft weiter; die Ladestationen bleiben verbunden. Der Bericht unten steht auch in der Protokolldatei. Kopieren Sie ihn, wenn Sie um Hilfe bitten.</translation>
    </message>
    <message numerus="yes">
        <source>%n unexpected error(s) so far. The app keeps running; the reports are below.</source>
        <translation>
            <numerusform>Bisher %n unerwarteter Fehler. Die Anwendung läuft weiter; der Bericht steht unten.</numerusform>
            <numerusform>Bisher %n unerwartete Fehler. Die Anwendung läuft weiter; die Berichte stehen unten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>CreditDialog</name>
    <message>
        <source>Add credit to {name}</source>
        <translation>Guthaben für {name} aufladen</translation>
    </message>
    <message>
        <source>e.g. invoice 2026-014</source>
        <translation>z. B. Rechnung 2026-014</translation>
    </message>
    <message>
        <source>A negative amount corrects an earlier top-up.</source>
        <translation>Ein negativer Betrag korrigiert eine frühere Aufladung.</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Enter an amount other than zero.</source>
        <translation>Bitte einen Betrag ungleich null eingeben.</translation>
    </message>
</context>
<context>
    <name>DropBar</name>
    <message>
        <source>Voltage drop {drop} % of the {limit} % limit</source>
        <translation>Spannungsfall {drop} % bei einer Grenze von {limit} %</translation>
    </message>
</context>
<context>
    <name>EnrollTab</name>
    <message>
        <source>Present a card, or type a number, name or UID and press Enter</source>
        <translation>Karte vorhalten oder Nummer, Name oder UID eingeben und Enter drücken</translation>
    </message>
    <message>
        <source>Enroll new cards</source>
        <translation>Neue Karten aufnehmen</translation>
    </message>
    <message>
        <source>Off: a scan only shows the card if it is in the register</source>
        <translation>Aus: ein Scan zeigt die Karte nur, wenn sie im Register ist</translation>
    </message>
    <message>
        <source>Present a card</source>
        <translation>Karte vorhalten</translation>
    </message>
    <message>
        <source>Hold a card to a reader: new cards get the next label number.</source>
        <translation>Eine Karte an ein Lesegerät halten: neue Karten erhalten die nächste Etikettnummer.</translation>
    </message>
    <message>
        <source>Enroll this card</source>
        <translation>Diese Karte aufnehmen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>known, blocked</source>
        <translation>bekannt, gesperrt</translation>
    </message>
    <message>
        <source>Scanned in this session</source>
        <translation>In dieser Sitzung gescannt</translation>
    </message>
    <message>
        <source>The same card again: scanned once.</source>
        <translation>Dieselbe Karte erneut: nur einmal gezählt.</translation>
    </message>
    <message>
        <source>{uid} is not in the register.</source>
        <translation>{uid} ist nicht im Register.</translation>
    </message>
    <message>
        <source>New card enrolled as No. {number}. Name it and assign an account.</source>
        <translation>Neue Karte als Nr. {number} aufgenommen. Namen vergeben und einem Konto zuordnen.</translation>
    </message>
    <message>
        <source>no account</source>
        <translation>kein Konto</translation>
    </message>
    <message>
        <source>Known card No. {number}: {name} — {account}, owner {owner}; last seen {seen}.</source>
        <translation>Bekannte Karte Nr. {number}: {name} — {account}, Besitzer {owner}; zuletzt gesehen {seen}.</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <source>No card matches “{text}”.</source>
        <translation>Keine Karte passt zu „{text}“.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) match; showing the first.</source>
        <translation>
            <numerusform>%n Karte passt.</numerusform>
            <numerusform>%n Karten passen; die erste wird angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>not in the register</source>
        <translation>nicht im Register</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>aufgenommen</translation>
    </message>
    <message>
        <source>known</source>
        <translation>bekannt</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Charger {charger} is not connected.</source>
        <translation>Ladestation {charger} ist nicht verbunden.</translation>
    </message>
    <message>
        <source>Charger {charger} is connected but has not been accepted at boot yet.</source>
        <translation>Ladestation {charger} ist verbunden, wurde beim Start aber noch nicht angenommen.</translation>
    </message>
    <message>
        <source>{action} to {charger}: no reply within {seconds} s.</source>
        <translation>{action} an {charger}: keine Antwort innerhalb von {seconds} s.</translation>
    </message>
    <message>
        <source>{action} to {charger} failed with error {code}: {description}</source>
        <translation>{action} an {charger} fehlgeschlagen mit Fehler {code}: {description}</translation>
    </message>
    <message>
        <source>The command cannot be sent: {detail}</source>
        <translation>Der Befehl kann nicht gesendet werden: {detail}</translation>
    </message>
    <message>
        <source>Not found: {detail}</source>
        <translation>Nicht gefunden: {detail}</translation>
    </message>
    <message>
        <source>Database error: {detail}</source>
        <translation>Datenbankfehler: {detail}</translation>
    </message>
    <message>
        <source>Configuration error: {detail}</source>
        <translation>Konfigurationsfehler: {detail}</translation>
    </message>
    <message>
        <source>Unexpected error: {detail}</source>
        <translation>Unerwarteter Fehler: {detail}</translation>
    </message>
</context>
<context>
    <name>FetchingTab</name>
    <message>
        <source>Cannot load: {error}</source>
        <translation>Laden nicht möglich: {error}</translation>
    </message>
</context>
<context>
    <name>FocusRequests</name>
    <message>
        <source>Charger {charger} requested</source>
        <translation>Ladestation {charger} angefordert</translation>
    </message>
    <message>
        <source>RFID tag {uid} requested</source>
        <translation>RFID-Karte {uid} angefordert</translation>
    </message>
    <message>
        <source>Transactions of tag {tag} requested</source>
        <translation>Ladevorgänge der Karte {tag} angefordert</translation>
    </message>
    <message>
        <source>{kind} {value} requested</source>
        <translation>{kind} {value} angefordert</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>{seconds} s ago</source>
        <translation>vor {seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min ago</source>
        <translation>vor {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h ago</source>
        <translation>vor {hours} h</translation>
    </message>
    <message>
        <source>{days} d ago</source>
        <translation>vor {days} T</translation>
    </message>
</context>
<context>
    <name>FramesTab</name>
    <message>
        <source>Last {count} frames</source>
        <translation>Letzte {count} Frames</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Frame</translation>
    </message>
    <message>
        <source>Cannot load frames: {error}</source>
        <translation>Frames können nicht geladen werden: {error}</translation>
    </message>
    <message>
        <source>charger → central system</source>
        <translation>Ladestation → Zentralsystem</translation>
    </message>
    <message>
        <source>central system → charger</source>
        <translation>Zentralsystem → Ladestation</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s), newest first</source>
        <translation>
            <numerusform>%n Frame, neueste zuerst</numerusform>
            <numerusform>%n Frames, neueste zuerst</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphControls</name>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Chargers</source>
        <translation>Ladestationen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Site: total power of all chargers · Chargers: live values · History: a transaction</source>
        <translation>Standort: Gesamtleistung aller Ladestationen · Ladestationen: Live-Werte · Verlauf: ein Ladevorgang</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Ladevorgang</translation>
    </message>
    <message>
        <source>no limit line</source>
        <translation>keine Grenzlinie</translation>
    </message>
    <message>
        <source>Site supply limit, drawn as a dashed line</source>
        <translation>Anschlussleistung des Standorts, als gestrichelte Linie dargestellt</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Per charger</source>
        <translation>Je Ladestation</translation>
    </message>
    <message>
        <source>Stack the chargers&apos; shares under the total</source>
        <translation>Anteile der Ladestationen unter der Summe stapeln</translation>
    </message>
    <message>
        <source>Follow live</source>
        <translation>Live folgen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>PNG speichern…</translation>
    </message>
    <message>
        <source>Filter chargers</source>
        <translation>Ladestationen filtern</translation>
    </message>
    <message>
        <source>All connectors</source>
        <translation>Alle Anschlüsse</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Connector {number}</source>
        <translation>Anschluss {number}</translation>
    </message>
    <message>
        <source>Connector 0 (main meter)</source>
        <translation>Anschluss 0 (Hauptzähler)</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>#{id} {charger} · {connector}
{start} – {end}</source>
        <translation>#{id} {charger} · {connector}
{start} – {end}</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
    <message>
        <source>Selected chargers are stacked under the total; none selected: the top 8.</source>
        <translation>Ausgewählte Ladestationen werden unter der Summe gestapelt; ohne Auswahl die 8 größten.</translation>
    </message>
    <message>
        <source>Select one or more chargers (Ctrl/Shift for several).</source>
        <translation>Eine oder mehrere Ladestationen auswählen (Strg/Umschalt für mehrere).</translation>
    </message>
</context>
<context>
    <name>GraphSaver</name>
    <message>
        <source>Export graph data</source>
        <translation>Diagrammdaten exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Save graph as image</source>
        <translation>Diagramm als Bild speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>{path} konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
</context>
<context>
    <name>GraphsPanel</name>
    <message>
        <source>Cannot load transactions: {error}</source>
        <translation>Ladevorgänge können nicht geladen werden: {error}</translation>
    </message>
    <message>
        <source>Select one or more chargers on the left.</source>
        <translation>Links eine oder mehrere Ladestationen auswählen.</translation>
    </message>
    <message>
        <source>No running session on the chosen connectors: the last hour.</source>
        <translation>Kein laufender Ladevorgang an den gewählten Anschlüssen: die letzte Stunde.</translation>
    </message>
    <message>
        <source>No “{measurand}” samples from the chosen chargers yet.</source>
        <translation>Noch keine Messwerte „{measurand}“ von den gewählten Ladestationen.</translation>
    </message>
    <message>
        <source>Site total</source>
        <translation>Standort gesamt</translation>
    </message>
    <message>
        <source>Other chargers</source>
        <translation>Andere Ladestationen</translation>
    </message>
    <message>
        <source>Power (kW)</source>
        <translation>Leistung (kW)</translation>
    </message>
    <message>
        <source>limit {power}</source>
        <translation>Grenze {power}</translation>
    </message>
    <message>
        <source>No charger has reported power yet.</source>
        <translation>Noch keine Ladestation hat Leistung gemeldet.</translation>
    </message>
    <message numerus="yes">
        <source>Now {power} · %n charger(s) drawing power</source>
        <translation>
            <numerusform>Jetzt {power} · %n Ladestation bezieht Leistung</numerusform>
            <numerusform>Jetzt {power} · %n Ladestationen beziehen Leistung</numerusform>
        </translation>
    </message>
    <message>
        <source>{share} % of the limit</source>
        <translation>{share} % der Grenze</translation>
    </message>
    <message>
        <source>Choose a transaction on the left.</source>
        <translation>Links einen Ladevorgang wählen.</translation>
    </message>
    <message>
        <source>Loading transaction {id}…</source>
        <translation>Ladevorgang {id} wird geladen…</translation>
    </message>
    <message>
        <source>Cannot load transaction {id}: {error}</source>
        <translation>Ladevorgang {id} kann nicht geladen werden: {error}</translation>
    </message>
    <message>
        <source>Transaction {id} has no stored “{measurand}” samples.</source>
        <translation>Ladevorgang {id} hat keine gespeicherten Messwerte „{measurand}“.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Show every status change</source>
        <translation>Jede Statusänderung zeigen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Anschluss</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Vendor error</source>
        <translation>Herstellerfehler</translation>
    </message>
    <message>
        <source>Cannot load the history: {error}</source>
        <translation>Verlauf kann nicht geladen werden: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n status change(s), newest first</source>
        <translation>
            <numerusform>%n Statusänderung, neueste zuerst</numerusform>
            <numerusform>%n Statusänderungen, neueste zuerst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) reported, newest first</source>
        <translation>
            <numerusform>%n Fehler gemeldet, neueste zuerst</numerusform>
            <numerusform>%n Fehler gemeldet, neueste zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>No errors reported.</source>
        <translation>Keine Fehler gemeldet.</translation>
    </message>
</context>
<context>
    <name>IdentityBox</name>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Remote address</source>
        <translation>Remote-Adresse</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Verbunden seit</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Zulassung</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>Letzter Heartbeat</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>{time} ({ago})</source>
        <translation>{time} ({ago})</translation>
    </message>
    <message>
        <source>Offline, never seen</source>
        <translation>Offline, nie gesehen</translation>
    </message>
    <message>
        <source>Offline, last seen {ago}</source>
        <translation>Offline, zuletzt gesehen {ago}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import the register — {file}</source>
        <translation>Register importieren — {file}</translation>
    </message>
    <message>
        <source>Update existing cards with the file&apos;s values</source>
        <translation>Vorhandene Karten mit den Werten der Datei aktualisieren</translation>
    </message>
    <message>
        <source>Off: a card registered with other values is reported as a conflict</source>
        <translation>Aus: eine mit anderen Werten erfasste Karte wird als Konflikt gemeldet</translation>
    </message>
    <message>
        <source>Create missing accounts</source>
        <translation>Fehlende Konten anlegen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <source>Conflicts (9999)</source>
        <translation>Konflikte (9999)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>{file} wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>Import %n good row(s)</source>
        <translation>
            <numerusform>%n gültige Zeile importieren</numerusform>
            <numerusform>%n gültige Zeilen importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Errors (%n)</source>
        <translation>
            <numerusform>Fehler (%n)</numerusform>
            <numerusform>Fehler (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>Konflikte (%n)</numerusform>
            <numerusform>Konflikte (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>to create</source>
        <translation>wird angelegt</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>to update</source>
        <translation>wird aktualisiert</translation>
    </message>
    <message numerus="yes">
        <source>New cards (%n)</source>
        <translation>
            <numerusform>Neue Karten (%n)</numerusform>
            <numerusform>Neue Karten (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated cards (%n)</source>
        <translation>
            <numerusform>Aktualisierte Karten (%n)</numerusform>
            <numerusform>Aktualisierte Karten (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged (%n)</source>
        <translation>
            <numerusform>Unverändert (%n)</numerusform>
            <numerusform>Unverändert (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New accounts (%n)</source>
        <translation>
            <numerusform>Neue Konten (%n)</numerusform>
            <numerusform>Neue Konten (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warnings (%n)</source>
        <translation>
            <numerusform>Warnungen (%n)</numerusform>
            <numerusform>Warnungen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run of {file}: {counts}. Nothing has been written yet.</source>
        <translation>Probelauf für {file}: {counts}. Noch wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Imported {file}: {counts}. Rows with errors or conflicts were not imported.</source>
        <translation>{file} importiert: {counts}. Zeilen mit Fehlern oder Konflikten wurden nicht importiert.</translation>
    </message>
    <message>
        <source>Nothing to import from {file}: {counts}.</source>
        <translation>Nichts zu importieren aus {file}: {counts}.</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>Nr. {number}</translation>
    </message>
    <message>
        <source>{what} {verb}: {fields}</source>
        <translation>{what} {verb}: {fields}</translation>
    </message>
    <message>
        <source>{what} {verb}</source>
        <translation>{what} {verb}</translation>
    </message>
</context>
<context>
    <name>Layouts</name>
    <message>
        <source>Operations</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <source>Installer</source>
        <translation>Installateur</translation>
    </message>
    <message>
        <source>Kiosk preview</source>
        <translation>Kiosk-Vorschau</translation>
    </message>
</context>
<context>
    <name>ListsTab</name>
    <message>
        <source>Chargers with the local list on get every released card (Full first, then only the changes) a few seconds after the register changes.</source>
        <translation>Ladestationen mit eingeschalteter lokaler Liste erhalten jede zugewiesene Karte (zuerst Full, danach nur die Änderungen) wenige Sekunden nach einer Änderung des Registers.</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Ladestation</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Local list</source>
        <translation>Lokale Liste</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Charger says</source>
        <translation>Antwort der Ladestation</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>Keep this charger&apos;s local list in step</source>
        <translation>Lokale Liste dieser Ladestation synchron halten</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>Send the whole list (Full update) now</source>
        <translation>Jetzt die ganze Liste senden (Full-Update)</translation>
    </message>
    <message>
        <source>Check version</source>
        <translation>Version prüfen</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>Cache leeren</translation>
    </message>
    <message>
        <source>Clear the charger&apos;s authorization cache (the local list stays)</source>
        <translation>Autorisierungs-Cache der Ladestation leeren (die lokale Liste bleibt)</translation>
    </message>
    <message>
        <source>{charger}: local list on; it is sent in a few seconds.</source>
        <translation>{charger}: lokale Liste ein; sie wird in wenigen Sekunden gesendet.</translation>
    </message>
    <message>
        <source>{charger}: local list off; the charger keeps what it has.</source>
        <translation>{charger}: lokale Liste aus; die Ladestation behält ihren Stand.</translation>
    </message>
    <message>
        <source>{charger}: list version {version} ({count} entries): {status}</source>
        <translation>{charger}: Listenversion {version} ({count} Einträge): {status}</translation>
    </message>
    <message>
        <source>{charger} holds list version {version}.</source>
        <translation>{charger} hat Listenversion {version}.</translation>
    </message>
    <message>
        <source>{charger}: ClearCache {status}</source>
        <translation>{charger}: ClearCache {status}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>version {version}, {when}</source>
        <translation>Version {version}, {when}</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
</context>
<context>
    <name>LocalList</name>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Nicht unterstützt</translation>
    </message>
    <message>
        <source>Version mismatch</source>
        <translation>Versionskonflikt</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Arthexis Desktop</source>
        <translation>Arthexis Desktop</translation>
    </message>
    <message>
        <source>Starting the central system…</source>
        <translation>Das Zentralsystem startet…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Layouts</source>
        <translation>&amp;Layouts</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Put every panel back where it starts and restore column widths</source>
        <translation>Alle Bereiche an ihren Ausgangsplatz zurücksetzen und die Spaltenbreiten wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>&amp;About Arthexis Desktop</source>
        <translation>&amp;Über Arthexis Desktop</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Click on the map to place {charger} (Esc cancels)</source>
        <translation>Auf die Karte klicken, um {charger} zu platzieren (Esc bricht ab)</translation>
    </message>
    <message>
        <source>Editing locations: drag a marker to move its charger</source>
        <translation>Standorte bearbeiten: Markierung ziehen, um die Ladestation zu verschieben</translation>
    </message>
    <message>
        <source>No tile source: showing the graticule only</source>
        <translation>Keine Kachelquelle: nur das Gradnetz wird angezeigt</translation>
    </message>
    <message>
        <source>Tile server unreachable: {error}</source>
        <translation>Kachelserver nicht erreichbar: {error}</translation>
    </message>
    <message>
        <source>Tile server unreachable: no answer within {seconds} s</source>
        <translation>Kachelserver nicht erreichbar: keine Antwort innerhalb von {seconds} s</translation>
    </message>
    <message>
        <source>Offline: showing cached tiles</source>
        <translation>Offline: zwischengespeicherte Kacheln werden angezeigt</translation>
    </message>
    <message>
        <source>Tile server error: {error}</source>
        <translation>Fehler des Kachelservers: {error}</translation>
    </message>
    <message>
        <source>MBTiles file cannot be used: {error}</source>
        <translation>MBTiles-Datei nicht verwendbar: {error}</translation>
    </message>
    <message>
        <source>Tile server sent something that is not an image; check the URL template</source>
        <translation>Der Kachelserver hat kein Bild gesendet; URL-Vorlage prüfen</translation>
    </message>
    <message>
        <source>No tiles below zoom {zoom} in this source</source>
        <translation>Keine Kacheln unter Zoomstufe {zoom} in dieser Quelle</translation>
    </message>
</context>
<context>
    <name>MapMarkers</name>
    <message>
        <source>{charger}: {status}</source>
        <translation>{charger}: {status}</translation>
    </message>
    <message>
        <source>Power: {power}</source>
        <translation>Leistung: {power}</translation>
    </message>
    <message>
        <source>{count} chargers here: {statuses}
Click to zoom in.</source>
        <translation>{count} Ladestationen hier: {statuses}
Zum Vergrößern klicken.</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Map settings not saved: {error}</source>
        <translation>Karteneinstellungen nicht gespeichert: {error}</translation>
    </message>
    <message>
        <source>Not a valid position: {error}</source>
        <translation>Keine gültige Position: {error}</translation>
    </message>
    <message>
        <source>{charger} placed at {latitude}, {longitude}</source>
        <translation>{charger} platziert bei {latitude}, {longitude}</translation>
    </message>
    <message>
        <source>{charger} removed from the map</source>
        <translation>{charger} von der Karte entfernt</translation>
    </message>
</context>
<context>
    <name>MapSection</name>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>Kacheln</translation>
    </message>
    <message>
        <source>URL template</source>
        <translation>URL-Vorlage</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Quellenangabe</translation>
    </message>
    <message>
        <source>Disk cache</source>
        <translation>Festplatten-Cache</translation>
    </message>
    <message>
        <source>MBTiles file</source>
        <translation>MBTiles-Datei</translation>
    </message>
    <message>
        <source>Use {z}, {x} and {y} in the template. Tiles are cached and never downloaded in bulk; for a site without internet choose an MBTiles file.</source>
        <translation>In der Vorlage {z}, {x} und {y} verwenden. Kacheln werden zwischengespeichert und nie massenhaft heruntergeladen; für einen Standort ohne Internet eine MBTiles-Datei wählen.</translation>
    </message>
    <message>
        <source>Online (XYZ URL template)</source>
        <translation>Online (XYZ-URL-Vorlage)</translation>
    </message>
    <message>
        <source>MBTiles file (offline)</source>
        <translation>MBTiles-Datei (offline)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>MapSide</name>
    <message>
        <source>Edit locations</source>
        <translation>Standorte bearbeiten</translation>
    </message>
    <message>
        <source>Drag markers to move chargers (off: markers cannot be moved by accident)</source>
        <translation>Markierungen ziehen, um Ladestationen zu verschieben (aus: sie lassen sich nicht versehentlich verschieben)</translation>
    </message>
    <message>
        <source>Selected charger</source>
        <translation>Ausgewählte Ladestation</translation>
    </message>
    <message>
        <source>Click a marker or a charger below.</source>
        <translation>Auf eine Markierung oder unten auf eine Ladestation klicken.</translation>
    </message>
    <message>
        <source>Save location</source>
        <translation>Standort speichern</translation>
    </message>
    <message>
        <source>Remove from map</source>
        <translation>Von Karte entfernen</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <source>Place on map</source>
        <translation>Auf Karte setzen</translation>
    </message>
    <message>
        <source>Then click on the map where the charger is</source>
        <translation>Dann auf der Karte dorthin klicken, wo die Ladestation steht</translation>
    </message>
    <message>
        <source>Tile source…</source>
        <translation>Kachelquelle…</translation>
    </message>
    <message>
        <source>{charger} — not on the map yet</source>
        <translation>{charger} — noch nicht auf der Karte</translation>
    </message>
    <message>
        <source>Without a location ({count})</source>
        <translation>Ohne Standort ({count})</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Charger map</source>
        <translation>Karte der Ladestationen</translation>
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
        <source>Show all chargers (Home)</source>
        <translation>Alle Ladestationen zeigen (Pos1)</translation>
    </message>
</context>
<context>
    <name>MessageLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Ladestation</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>received from the charger</source>
        <translation>von der Ladestation empfangen</translation>
    </message>
    <message>
        <source>sent to the charger</source>
        <translation>an die Ladestation gesendet</translation>
    </message>
</context>
<context>
    <name>MessageLogPanel</name>
    <message>
        <source>All chargers</source>
        <translation>Alle Ladestationen</translation>
    </message>
    <message>
        <source>Filter text…</source>
        <translation>Text filtern…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Auto-scroll</source>
        <translation>Mitlaufen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected frames (Ctrl+C)</source>
        <translation>Ausgewählte Frames kopieren (Strg+C)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>NotesLocationBox</name>
    <message>
        <source>Notes and location</source>
        <translation>Notizen und Standort</translation>
    </message>
    <message>
        <source>Where it is, who to call, quirks of its firmware…</source>
        <translation>Wo sie steht, wen man anruft, Eigenheiten der Firmware…</translation>
    </message>
    <message>
        <source>e.g. 25.686600</source>
        <translation>z. B. 25.686600</translation>
    </message>
    <message>
        <source>e.g. -100.316100</source>
        <translation>z. B. -100.316100</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation>Notizen gespeichert.</translation>
    </message>
    <message>
        <source>Location saved.</source>
        <translation>Standort gespeichert.</translation>
    </message>
    <message>
        <source>Location removed.</source>
        <translation>Standort entfernt.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>NotificationsSection</name>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Show a notification when:</source>
        <translation>Benachrichtigen, wenn:</translation>
    </message>
    <message>
        <source>a charger connects</source>
        <translation>sich eine Ladestation verbindet</translation>
    </message>
    <message>
        <source>a charger disconnects</source>
        <translation>eine Ladestation die Verbindung trennt</translation>
    </message>
    <message>
        <source>an unknown charger waits for approval</source>
        <translation>eine unbekannte Ladestation auf Freigabe wartet</translation>
    </message>
    <message>
        <source>a charger&apos;s BootNotification is rejected</source>
        <translation>die BootNotification einer Ladestation abgelehnt wird</translation>
    </message>
    <message>
        <source>a connector reports Faulted (with its error code)</source>
        <translation>ein Anschluss Faulted meldet (mit Fehlercode)</translation>
    </message>
    <message>
        <source>a charging session starts</source>
        <translation>ein Ladevorgang beginnt</translation>
    </message>
    <message>
        <source>a charging session stops (energy and duration)</source>
        <translation>ein Ladevorgang endet (Energie und Dauer)</translation>
    </message>
    <message>
        <source>an RFID card is presented (accepted, blocked or unknown)</source>
        <translation>eine RFID-Karte vorgehalten wird (angenommen, gesperrt oder unbekannt)</translation>
    </message>
    <message>
        <source>the broker cannot listen on its port</source>
        <translation>der Broker nicht auf seinem Port lauschen kann</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Charging on connector {connector}: {power}, {energy} in {duration} — tag {tag}, transaction #{id}</source>
        <translation>Lädt an Anschluss {connector}: {power}, {energy} in {duration} — Karte {tag}, Ladevorgang #{id}</translation>
    </message>
    <message>
        <source>No transaction running.</source>
        <translation>Kein laufender Ladevorgang.</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Chargers</source>
        <translation>Ladestationen</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Ladevorgänge</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>Nachrichtenprotokoll</translation>
    </message>
    <message>
        <source>RFID tags seen</source>
        <translation>Gesehene RFID-Karten</translation>
    </message>
    <message>
        <source>RFID cards</source>
        <translation>RFID-Karten</translation>
    </message>
    <message>
        <source>Calculators</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Clipboard patterns</source>
        <translation>Muster der Zwischenablage</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Meter graphs</source>
        <translation>Messdiagramme</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Ladestation</translation>
    </message>
</context>
<context>
    <name>PatternActions</name>
    <message>
        <source>No action</source>
        <translation>Keine Aktion</translation>
    </message>
    <message>
        <source>Open charger</source>
        <translation>Ladestation öffnen</translation>
    </message>
    <message>
        <source>Find RFID tag</source>
        <translation>RFID-Karte suchen</translation>
    </message>
    <message>
        <source>Search transactions of a tag</source>
        <translation>Ladevorgänge einer Karte suchen</translation>
    </message>
    <message>
        <source>Copy formatted text</source>
        <translation>Formatierten Text kopieren</translation>
    </message>
    <message>
        <source>Open charger {value}</source>
        <translation>Ladestation {value} öffnen</translation>
    </message>
    <message>
        <source>Find RFID {value}</source>
        <translation>RFID {value} suchen</translation>
    </message>
    <message>
        <source>Transactions of {value}</source>
        <translation>Ladevorgänge von {value}</translation>
    </message>
    <message>
        <source>Copy “{value}”</source>
        <translation>„{value}“ kopieren</translation>
    </message>
</context>
<context>
    <name>PatternEditor</name>
    <message>
        <source>e.g. Charger [charger] reported [error]</source>
        <translation>z. B. Ladestation [charger] meldet [error]</translation>
    </message>
    <message>
        <source>Higher priorities are tried first.</source>
        <translation>Höhere Prioritäten werden zuerst versucht.</translation>
    </message>
    <message>
        <source>e.g. [charger]</source>
        <translation>z. B. [charger]</translation>
    </message>
    <message>
        <source>Save pattern</source>
        <translation>Muster speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Maske</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Action text</source>
        <translation>Aktionstext</translation>
    </message>
    <message>
        <source>New pattern</source>
        <translation>Neues Muster</translation>
    </message>
    <message>
        <source>Edit pattern</source>
        <translation>Muster bearbeiten</translation>
    </message>
    <message>
        <source>The pattern could not be saved: {error}</source>
        <translation>Das Muster konnte nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>PatternErrors</name>
    <message>
        <source>The “[” at character {position} is never closed.</source>
        <translation>Das „[“ an Zeichen {position} wird nie geschlossen.</translation>
    </message>
    <message>
        <source>The “]” at character {position} has no “[”.</source>
        <translation>Zum „]“ an Zeichen {position} gibt es kein „[“.</translation>
    </message>
    <message>
        <source>The placeholder at character {position} contains another “[”.</source>
        <translation>Der Platzhalter an Zeichen {position} enthält ein weiteres „[“.</translation>
    </message>
    <message>
        <source>The placeholder at character {position} has no name.</source>
        <translation>Der Platzhalter an Zeichen {position} hat keinen Namen.</translation>
    </message>
    <message>
        <source>[{name}] is used twice (character {position}); give each placeholder its own name.</source>
        <translation>[{name}] wird doppelt verwendet (Zeichen {position}); jedem Platzhalter einen eigenen Namen geben.</translation>
    </message>
    <message>
        <source>Enter a mask, e.g. “ws://[host]/ocpp/[charger]”.</source>
        <translation>Bitte eine Maske eingeben, z. B. „ws://[host]/ocpp/[charger]“.</translation>
    </message>
    <message>
        <source>The action uses [{name}], which the mask does not capture.</source>
        <translation>Die Aktion verwendet [{name}], das die Maske nicht erfasst.</translation>
    </message>
    <message>
        <source>No value for [{name}].</source>
        <translation>Kein Wert für [{name}].</translation>
    </message>
    <message>
        <source>Write \[ or \] for a literal bracket.</source>
        <translation>Für eine eckige Klammer als Zeichen \[ oder \] schreiben.</translation>
    </message>
</context>
<context>
    <name>PatternsView</name>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Maske</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Action text</source>
        <translation>Aktionstext</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>My patterns</source>
        <translation>Meine Muster</translation>
    </message>
    <message>
        <source>Built-in patterns are tried after yours (their priorities are negative).</source>
        <translation>Eingebaute Muster werden nach Ihren versucht (ihre Prioritäten sind negativ).</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Eingebaut</translation>
    </message>
    <message>
        <source>This mask is not valid and is not scanned; edit it.</source>
        <translation>Diese Maske ist ungültig und wird nicht geprüft; bitte bearbeiten.</translation>
    </message>
    <message>
        <source>The pattern could not be deleted: {error}</source>
        <translation>Das Muster konnte nicht gelöscht werden: {error}</translation>
    </message>
</context>
<context>
    <name>PowerTab</name>
    <message>
        <source>(0–1)</source>
        <translation>(0–1)</translation>
    </message>
    <message>
        <source>NEC 240.6(A)</source>
        <translation>NEC 240.6(A)</translation>
    </message>
    <message>
        <source>IEC 60898 / 60947</source>
        <translation>IEC 60898 / 60947</translation>
    </message>
    <message>
        <source>Voltage (line-to-line)</source>
        <translation>Spannung (Außenleiter)</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Strom</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Power factor</source>
        <translation>Leistungsfaktor</translation>
    </message>
    <message>
        <source>Breaker ratings</source>
        <translation>Nennströme der Leitungsschutzschalter</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Apparent power</source>
        <translation>Scheinleistung</translation>
    </message>
    <message>
        <source>Active power</source>
        <translation>Wirkleistung</translation>
    </message>
    <message>
        <source>Reactive power</source>
        <translation>Blindleistung</translation>
    </message>
    <message>
        <source>Breaker at least (125 %)</source>
        <translation>Leitungsschutzschalter mindestens (125 %)</translation>
    </message>
    <message>
        <source>Suggested breaker</source>
        <translation>Empfohlener Leitungsschutzschalter</translation>
    </message>
    <message>
        <source>kVA = V × I (× √3 for three-phase); kW = kVA × power factor; kVAr = √(kVA² − kW²).</source>
        <translation>kVA = V × I (× √3 bei Drehstrom); kW = kVA × Leistungsfaktor; kVAr = √(kVA² − kW²).</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>above the largest standard rating ({largest} A)</source>
        <translation>über dem größten Normwert ({largest} A)</translation>
    </message>
</context>
<context>
    <name>PresetBar</name>
    <message>
        <source>Choose a preset…</source>
        <translation>Vorlage wählen…</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Als Vorlage speichern…</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Name of the preset</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Save the inputs (without the length) as:</source>
        <translation>Eingaben (ohne Länge) speichern als:</translation>
    </message>
    <message>
        <source>Correct the marked inputs before saving them as a preset.</source>
        <translation>Bitte die markierten Eingaben korrigieren, bevor sie als Vorlage gespeichert werden.</translation>
    </message>
    <message>
        <source>Enter a name for the preset.</source>
        <translation>Bitte einen Namen für die Vorlage eingeben.</translation>
    </message>
    <message>
        <source>The preset could not be saved: {error}</source>
        <translation>Die Vorlage konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Preset “{name}” replaced.</source>
        <translation>Vorlage „{name}“ ersetzt.</translation>
    </message>
    <message>
        <source>Preset “{name}” saved.</source>
        <translation>Vorlage „{name}“ gespeichert.</translation>
    </message>
    <message>
        <source>The preset could not be deleted: {error}</source>
        <translation>Die Vorlage konnte nicht gelöscht werden: {error}</translation>
    </message>
    <message>
        <source>Preset “{name}” deleted.</source>
        <translation>Vorlage „{name}“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>PrintButton</name>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>A card label or a handover form with the QR code of the UID</source>
        <translation>Ein Kartenetikett oder ein Übergabeformular mit dem QR-Code der UID</translation>
    </message>
    <message>
        <source>Save card label as PDF…</source>
        <translation>Kartenetikett als PDF speichern…</translation>
    </message>
    <message>
        <source>Save handover form as PDF…</source>
        <translation>Übergabeformular als PDF speichern…</translation>
    </message>
    <message>
        <source>Print card label…</source>
        <translation>Kartenetikett drucken…</translation>
    </message>
    <message>
        <source>Print handover form…</source>
        <translation>Übergabeformular drucken…</translation>
    </message>
    <message>
        <source>No printer is installed</source>
        <translation>Kein Drucker installiert</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>{path} kann nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
    <message>
        <source>Sent to {printer}</source>
        <translation>An {printer} gesendet</translation>
    </message>
</context>
<context>
    <name>QrTab</name>
    <message>
        <source>Encoded URL</source>
        <translation>Codierte URL</translation>
    </message>
    <message>
        <source>Use the broker&apos;s URL</source>
        <translation>URL des Brokers verwenden</translation>
    </message>
    <message>
        <source>Encode the OCPP URL the charger should connect to</source>
        <translation>Die OCPP-URL codieren, mit der sich die Ladestation verbinden soll</translation>
    </message>
    <message>
        <source>{charger_id} stands for the charger&apos;s id. Empty: the OCPP URL the charger should use. A public page works too, e.g. https://example.com/c/{charger_id}</source>
        <translation>{charger_id} steht für die ID der Ladestation. Leer: die OCPP-URL, die die Ladestation verwenden soll. Eine öffentliche Seite geht auch, z. B. https://example.com/c/{charger_id}</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>PNG speichern…</translation>
    </message>
    <message>
        <source>Save SVG…</source>
        <translation>SVG speichern…</translation>
    </message>
    <message>
        <source>Sticker sheet (PDF)…</source>
        <translation>Aufkleberbogen (PDF)…</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>Vorlage gespeichert.</translation>
    </message>
    <message>
        <source>Save the QR code</source>
        <translation>QR-Code speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>Cannot save {path}: {error}</source>
        <translation>{path} kann nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
</context>
<context>
    <name>QuitDialog</name>
    <message>
        <source>Quit Arthexis Desktop?</source>
        <translation>Arthexis Desktop beenden?</translation>
    </message>
    <message>
        <source>The central system stops: chargers lose their connection until it runs again.</source>
        <translation>Das Zentralsystem wird beendet: die Ladestationen verlieren die Verbindung, bis es wieder läuft.</translation>
    </message>
</context>
<context>
    <name>QuitTexts</name>
    <message numerus="yes">
        <source>%n transaction(s) are active; quit anyway?</source>
        <translation>
            <numerusform>%n Ladevorgang ist aktiv; trotzdem beenden?</numerusform>
            <numerusform>%n Ladevorgänge sind aktiv; trotzdem beenden?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReaderStatusView</name>
    <message>
        <source>Keyboard readers: scan into the field below.</source>
        <translation>Tastatur-Lesegeräte: in das Feld unten scannen.</translation>
    </message>
    <message>
        <source>PC/SC readers are not watched (started with --no-readers).</source>
        <translation>PC/SC-Lesegeräte werden nicht überwacht (gestartet mit --no-readers).</translation>
    </message>
    <message>
        <source>{reader} ({state})</source>
        <translation>{reader} ({state})</translation>
    </message>
    <message>
        <source>PC/SC: {readers}</source>
        <translation>PC/SC: {readers}</translation>
    </message>
    <message>
        <source>PC/SC: {state}</source>
        <translation>PC/SC: {state}</translation>
    </message>
    <message>
        <source>{fix} ({error})</source>
        <translation>{fix} ({error})</translation>
    </message>
    <message>
        <source>No card scanned yet.</source>
        <translation>Noch keine Karte gescannt.</translation>
    </message>
    <message>
        <source>Last scan: {uid} on {reader}, {ago}</source>
        <translation>Letzter Scan: {uid} an {reader}, {ago}</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>Search number, UID, name, owner, account, notes</source>
        <translation>Nummer, UID, Name, Besitzer, Konto, Notizen suchen</translation>
    </message>
    <message>
        <source>Allowed and blocked</source>
        <translation>Erlaubt und gesperrt</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Released or not</source>
        <translation>Zugewiesen oder nicht</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Not released</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Any expiry</source>
        <translation>Beliebiger Ablauf</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Not expired</source>
        <translation>Nicht abgelaufen</translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation>Beliebige Farbe</translation>
    </message>
    <message>
        <source>Any account</source>
        <translation>Beliebiges Konto</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Zurücknehmen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Mark the selected cards as handed over to their holders</source>
        <translation>Ausgewählte Karten als an ihre Besitzer übergeben markieren</translation>
    </message>
    <message>
        <source>Mark the selected cards as returned (not released)</source>
        <translation>Ausgewählte Karten als zurückgegeben markieren (nicht zugewiesen)</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) listed</source>
        <translation>
            <numerusform>%n Karte aufgelistet</numerusform>
            <numerusform>%n Karten aufgelistet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) allowed.</source>
        <translation>
            <numerusform>%n Karte erlaubt.</numerusform>
            <numerusform>%n Karten erlaubt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) blocked.</source>
        <translation>
            <numerusform>%n Karte gesperrt.</numerusform>
            <numerusform>%n Karten gesperrt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) released.</source>
        <translation>
            <numerusform>%n Karte zugewiesen.</numerusform>
            <numerusform>%n Karten zugewiesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) taken back.</source>
        <translation>
            <numerusform>%n Karte zurückgenommen.</numerusform>
            <numerusform>%n Karten zurückgenommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete cards</source>
        <translation>Karten löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s) from the register? Chargers will no longer accept them; their history stays.</source>
        <translation>
            <numerusform>%n Karte aus dem Register löschen? Ladestationen nehmen sie dann nicht mehr an; ihr Verlauf bleibt erhalten.</numerusform>
            <numerusform>%n Karten aus dem Register löschen? Ladestationen nehmen sie dann nicht mehr an; ihr Verlauf bleibt erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) deleted.</source>
        <translation>
            <numerusform>%n Karte gelöscht.</numerusform>
            <numerusform>%n Karten gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>Reservation</name>
    <message>
        <source>Waiting for the charger</source>
        <translation>Wartet auf Ladestation</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Genutzt</translation>
    </message>
</context>
<context>
    <name>ReservationsBox</name>
    <message>
        <source>Reservations</source>
        <translation>Reservierungen</translation>
    </message>
    <message>
        <source>Cancel reservation</source>
        <translation>Reservierung stornieren</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Anschluss</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Charger&apos;s answer</source>
        <translation>Antwort der Ladestation</translation>
    </message>
    <message>
        <source>Reservations cannot be loaded: {error}</source>
        <translation>Reservierungen können nicht geladen werden: {error}</translation>
    </message>
    <message>
        <source>No reservations. Reserve a connector for a card in RFID cards → Reservations.</source>
        <translation>Keine Reservierungen. Anschluss für eine Karte reservieren unter RFID-Karten → Reservierungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n active reservation(s)</source>
        <translation>
            <numerusform>%n aktive Reservierung</numerusform>
            <numerusform>%n aktive Reservierungen</numerusform>
        </translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Reservation {number} not cancelled: {error}</source>
        <translation>Reservierung {number} nicht storniert: {error}</translation>
    </message>
    <message>
        <source>Reservation {number}: {state}</source>
        <translation>Reservierung {number}: {state}</translation>
    </message>
</context>
<context>
    <name>ReservationsTab</name>
    <message>
        <source>Active only</source>
        <translation>Nur aktive</translation>
    </message>
    <message>
        <source>Reserve…</source>
        <translation>Reservieren…</translation>
    </message>
    <message>
        <source>Cancel reservation</source>
        <translation>Reservierung stornieren</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Ladestation</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Anschluss</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Charger&apos;s answer</source>
        <translation>Antwort der Ladestation</translation>
    </message>
    <message>
        <source>Reservation {number} on {charger} connector {connector}: {state} ({answer})</source>
        <translation>Reservierung {number} an {charger}, Anschluss {connector}: {state} ({answer})</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
</context>
<context>
    <name>ReserveDialog</name>
    <message>
        <source>Reserve a connector</source>
        <translation>Anschluss reservieren</translation>
    </message>
    <message>
        <source>any (0)</source>
        <translation>beliebig (0)</translation>
    </message>
    <message>
        <source>{uid} — No. {number}</source>
        <translation>{uid} — Nr. {number}</translation>
    </message>
    <message>
        <source>OCPP 1.6 has no start time: the connector is held from now until the expiry.</source>
        <translation>OCPP 1.6 kennt keine Startzeit: der Anschluss ist ab sofort bis zum Ablauf reserviert.</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Ladestation</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Anschluss</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Choose a charger.</source>
        <translation>Bitte eine Ladestation wählen.</translation>
    </message>
    <message>
        <source>Choose a card.</source>
        <translation>Bitte eine Karte wählen.</translation>
    </message>
</context>
<context>
    <name>RfidLabel</name>
    <message>
        <source>No number</source>
        <translation>Ohne Nummer</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>Nr. {number}</translation>
    </message>
    <message>
        <source>no account</source>
        <translation>kein Konto</translation>
    </message>
    <message>
        <source>RFID card handover</source>
        <translation>Übergabe der RFID-Karte</translation>
    </message>
    <message>
        <source>Label number</source>
        <translation>Etikettnummer</translation>
    </message>
    <message>
        <source>Card UID</source>
        <translation>Karten-UID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>Übergeben am</translation>
    </message>
    <message>
        <source>Received by (name, signature)</source>
        <translation>Empfangen von (Name, Unterschrift)</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Übergeben von</translation>
    </message>
</context>
<context>
    <name>RfidPanel</name>
    <message>
        <source>Enroll</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Unknown tags</source>
        <translation>Unbekannte Karten</translation>
    </message>
    <message>
        <source>Local lists</source>
        <translation>Lokale Listen</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Reservierungen</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Export register…</source>
        <translation>Register exportieren…</translation>
    </message>
    <message>
        <source>Import register…</source>
        <translation>Register importieren…</translation>
    </message>
    <message>
        <source>Export transactions…</source>
        <translation>Ladevorgänge exportieren…</translation>
    </message>
    <message>
        <source>The tag register is not available in this window.</source>
        <translation>Das Kartenregister ist in diesem Fenster nicht verfügbar.</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Register exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) written to {path}.</source>
        <translation>
            <numerusform>%n Karte in {path} geschrieben.</numerusform>
            <numerusform>%n Karten in {path} geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the register</source>
        <translation>Register importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>RfidReaders</name>
    <message>
        <source>Reader watch stopped</source>
        <translation>Leserüberwachung gestoppt</translation>
    </message>
    <message>
        <source>Looking for readers…</source>
        <translation>Lesegeräte werden gesucht…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>No PC/SC reader connected</source>
        <translation>Kein PC/SC-Lesegerät angeschlossen</translation>
    </message>
    <message>
        <source>PC/SC service not running</source>
        <translation>PC/SC-Dienst läuft nicht</translation>
    </message>
    <message>
        <source>The PC/SC service refuses this user</source>
        <translation>Der PC/SC-Dienst weist diesen Benutzer ab</translation>
    </message>
    <message>
        <source>pyscard not available</source>
        <translation>pyscard nicht verfügbar</translation>
    </message>
    <message>
        <source>PC/SC error</source>
        <translation>PC/SC-Fehler</translation>
    </message>
    <message>
        <source>waiting for a card</source>
        <translation>wartet auf Karte</translation>
    </message>
    <message>
        <source>card present</source>
        <translation>Karte aufgelegt</translation>
    </message>
    <message>
        <source>card gives no UID</source>
        <translation>Karte liefert keine UID</translation>
    </message>
    <message>
        <source>Start the Windows “Smart Card” service (services.msc → Smart Card → Start, startup type Automatic). Windows stops it while no reader is plugged in: plug the reader in.</source>
        <translation>Den Windows-Dienst „Smartcard“ starten (services.msc → Smartcard → Starten, Starttyp Automatisch). Windows beendet ihn, solange kein Lesegerät angeschlossen ist: Lesegerät anschließen.</translation>
    </message>
    <message>
        <source>PC/SC is built into macOS: unplug and re-plug the reader.</source>
        <translation>PC/SC ist in macOS integriert: Lesegerät aus- und wieder einstecken.</translation>
    </message>
    <message>
        <source>Install and start the PC/SC daemon: sudo apt install pcscd, then sudo systemctl enable --now pcscd.socket (without systemd: sudo pcscd). It is picked up without a restart.</source>
        <translation>Den PC/SC-Daemon installieren und starten: sudo apt install pcscd, dann sudo systemctl enable --now pcscd.socket (ohne systemd: sudo pcscd). Er wird ohne Neustart erkannt.</translation>
    </message>
    <message>
        <source>Plug in a PC/SC (CCID) reader such as an ACR122U; it is picked up without a restart.</source>
        <translation>Ein PC/SC-Lesegerät (CCID) wie ein ACR122U anschließen; es wird ohne Neustart erkannt.</translation>
    </message>
    <message>
        <source>pcscd refuses this user (polkit). Install packaging/linux/50-arthexis-pcscd.rules into /etc/polkit-1/rules.d/, add the user to group pcscd, then log in again.</source>
        <translation>pcscd weist diesen Benutzer ab (polkit). packaging/linux/50-arthexis-pcscd.rules nach /etc/polkit-1/rules.d/ installieren, den Benutzer zur Gruppe pcscd hinzufügen und neu anmelden.</translation>
    </message>
    <message>
        <source>Install pyscard into the app&apos;s environment (sh packaging/bootstrap.sh install); keyboard readers work without it.</source>
        <translation>pyscard in die Umgebung der Anwendung installieren (sh packaging/bootstrap.sh install); Tastatur-Lesegeräte funktionieren auch ohne.</translation>
    </message>
    <message>
        <source>Unplug and re-plug the reader; see the log for details.</source>
        <translation>Lesegerät aus- und wieder einstecken; Details im Protokoll.</translation>
    </message>
</context>
<context>
    <name>SamplesView</name>
    <message>
        <source>Samples</source>
        <translation>Textproben</translation>
    </message>
    <message>
        <source>Search samples…</source>
        <translation>Textproben durchsuchen…</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete all…</source>
        <translation>Alle löschen…</translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>{shown} von {total} angezeigt</translation>
    </message>
    <message>
        <source>Samples kept: {count}</source>
        <translation>Gespeicherte Textproben:&#xa0;{count}</translation>
    </message>
    <message>
        <source>Delete all samples</source>
        <translation>Alle Textproben löschen</translation>
    </message>
    <message>
        <source>Delete every clipboard sample ({count})? This cannot be undone.</source>
        <translation>Alle Textproben der Zwischenablage ({count}) löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Cannot connect to {url}: {reason}</source>
        <translation>Verbindung zu {url} nicht möglich: {reason}</translation>
    </message>
    <message>
        <source>{url} does not exist yet; it will be created at the next start.</source>
        <translation>{url} existiert noch nicht; wird beim nächsten Start angelegt.</translation>
    </message>
    <message>
        <source>Connected to {url} ({backend} {version}).</source>
        <translation>Verbunden mit {url} ({backend} {version}).</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Storage changes apply at the next start.</source>
        <translation>Änderungen am Speicher gelten ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>This run uses {value} from {source}; a change here is saved for later starts.</source>
        <translation>Dieser Lauf verwendet {value} aus {source}; eine Änderung hier gilt für spätere Starts.</translation>
    </message>
    <message>
        <source>Correct the marked values; nothing was saved.</source>
        <translation>Bitte die markierten Werte korrigieren; es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>SettingsProblems</name>
    <message>
        <source>Enter a host name or IP address without spaces (0.0.0.0 listens on every interface).</source>
        <translation>Bitte einen Hostnamen oder eine IP-Adresse ohne Leerzeichen eingeben (0.0.0.0 lauscht auf allen Schnittstellen).</translation>
    </message>
    <message>
        <source>The port must be a whole number from {min} to {max} (0 picks a free port).</source>
        <translation>Der Port muss eine ganze Zahl von {min} bis {max} sein (0 wählt einen freien Port).</translation>
    </message>
    <message>
        <source>Enter a number of seconds greater than 0, or switch the pings off.</source>
        <translation>Bitte eine Sekundenzahl größer als 0 eingeben oder die Pings ausschalten.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Bitte eine ganze Zahl eingeben.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Bitte eine Zahl eingeben.</translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation>Ein Wert ist erforderlich.</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>Bitte eines davon wählen: {choices}.</translation>
    </message>
    <message>
        <source>Enter a whole number from {min} to {max}.</source>
        <translation>Bitte eine ganze Zahl von {min} bis {max} eingeben.</translation>
    </message>
    <message>
        <source>The broker settings cannot be used: {detail}</source>
        <translation>Die Broker-Einstellungen sind nicht verwendbar: {detail}</translation>
    </message>
    <message>
        <source>Enter a database URL such as postgresql://user@host/arthexis, or leave it empty for SQLite.</source>
        <translation>Bitte eine Datenbank-URL wie postgresql://user@host/arthexis eingeben oder für SQLite leer lassen.</translation>
    </message>
    <message>
        <source>Choose a language from the list.</source>
        <translation>Bitte eine Sprache aus der Liste wählen.</translation>
    </message>
    <message>
        <source>The URL template must start with http:// or https://.</source>
        <translation>Die URL-Vorlage muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>The broker cannot listen there: {reason}</source>
        <translation>Der Broker kann dort nicht lauschen: {reason}</translation>
    </message>
    <message>
        <source>Starting with the system could not be changed: {reason}</source>
        <translation>Der Autostart konnte nicht geändert werden: {reason}</translation>
    </message>
    <message>
        <source>The URL template needs {z}, {x} and {y}.</source>
        <translation>Die URL-Vorlage braucht {z}, {x} und {y}.</translation>
    </message>
</context>
<context>
    <name>StartupDialogs</name>
    <message>
        <source>The central system is not running</source>
        <translation>Das Zentralsystem läuft nicht</translation>
    </message>
    <message>
        <source>Chargers cannot connect: {reason}

Close the other program using the port, or choose another port in File → Settings → Broker (the broker starts there at once).</source>
        <translation>Ladestationen können sich nicht verbinden: {reason}

Schließen Sie das andere Programm, das den Port belegt, oder wählen Sie unter Datei → Einstellungen → Broker einen anderen Port (der Broker startet dort sofort).</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>{detail}

Arthexis Desktop will close. Check --db / --data-dir and the log file.</source>
        <translation>{detail}

Arthexis Desktop wird geschlossen. Prüfen Sie --db / --data-dir und die Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>StartupSection</name>
    <message>
        <source>Startup</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>The broker runs whenever the app runs, also while the window is minimised.</source>
        <translation>Der Broker läuft, solange die Anwendung läuft, auch bei minimiertem Fenster.</translation>
    </message>
    <message>
        <source>Start minimised to the tray</source>
        <translation>Minimiert im Infobereich starten</translation>
    </message>
    <message>
        <source>Start when I log in to this computer</source>
        <translation>Beim Anmelden an diesem Computer starten</translation>
    </message>
    <message>
        <source>Closing the window keeps the broker running in the tray</source>
        <translation>Beim Schließen des Fensters läuft der Broker im Infobereich weiter</translation>
    </message>
    <message>
        <source>No system tray here: closing the window quits, start minimised uses the taskbar.</source>
        <translation>Kein Infobereich vorhanden: Schließen des Fensters beendet die Anwendung, minimierter Start nutzt die Taskleiste.</translation>
    </message>
    <message>
        <source>Not available on this operating system; use its own start-up settings.</source>
        <translation>Auf diesem Betriebssystem nicht verfügbar; dessen eigene Autostart-Einstellungen verwenden.</translation>
    </message>
</context>
<context>
    <name>StickerDialog</name>
    <message>
        <source>QR sticker sheet</source>
        <translation>QR-Aufkleberbogen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Vendor and model</source>
        <translation>Hersteller und Modell</translation>
    </message>
    <message>
        <source>The encoded URL</source>
        <translation>Die codierte URL</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Labels per row</source>
        <translation>Etiketten pro Zeile</translation>
    </message>
    <message>
        <source>Under the id</source>
        <translation>Unter der ID</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <source>Chargers</source>
        <translation>Ladestationen</translation>
    </message>
    <message numerus="yes">
        <source>%n sticker(s)</source>
        <translation>
            <numerusform>%n Aufkleber</numerusform>
            <numerusform>%n Aufkleber</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>QR code {size} mm</source>
        <translation>QR-Code {size} mm</translation>
    </message>
    <message>
        <source>Save the sticker sheet</source>
        <translation>Aufkleberbogen speichern</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>QR stickers</source>
        <translation>QR-Aufkleber</translation>
    </message>
    <message>
        <source>Cannot write {path}.</source>
        <translation>{path} kann nicht geschrieben werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to {path}</source>
        <translation>
            <numerusform>%n Seite in {path} geschrieben</numerusform>
            <numerusform>%n Seiten in {path} geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageSection</name>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>Datenbank-URL</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Chargers, sessions and tags are kept in this database. Changes here apply at the next start; the database of the running app stays open until then.</source>
        <translation>Ladestationen, Ladevorgänge und Karten werden in dieser Datenbank gespeichert. Änderungen hier gelten ab dem nächsten Start; bis dahin bleibt die Datenbank der laufenden Anwendung geöffnet.</translation>
    </message>
    <message>
        <source>Empty: the SQLite file in the data folder</source>
        <translation>Leer: die SQLite-Datei im Datenordner</translation>
    </message>
    <message>
        <source>Empty: the per-user data folder</source>
        <translation>Leer: der Datenordner des Benutzers</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>For several desktops on one fleet: postgresql://user:password@host/arthexis</source>
        <translation>Für mehrere Arbeitsplätze einer Flotte: postgresql://user:password@host/arthexis</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Datenordner wählen</translation>
    </message>
</context>
<context>
    <name>TagColour</name>
    <message>
        <source>Black</source>
        <translation>Schwarz</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Weiß</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
</context>
<context>
    <name>TagDecision</name>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Already charging</source>
        <translation>Lädt bereits</translation>
    </message>
    <message>
        <source>empty idTag</source>
        <translation>leeres idTag</translation>
    </message>
    <message>
        <source>not in the register</source>
        <translation>nicht im Register</translation>
    </message>
    <message>
        <source>not in the register; open policy</source>
        <translation>nicht im Register; offene Regel</translation>
    </message>
    <message>
        <source>in the register; open policy</source>
        <translation>im Register; offene Regel</translation>
    </message>
    <message>
        <source>allowed in the register</source>
        <translation>im Register erlaubt</translation>
    </message>
    <message>
        <source>released to its owner</source>
        <translation>dem Besitzer zugewiesen</translation>
    </message>
    <message>
        <source>blocked in the register</source>
        <translation>im Register gesperrt</translation>
    </message>
    <message>
        <source>expired in the register</source>
        <translation>im Register abgelaufen</translation>
    </message>
    <message>
        <source>strict policy: not released to an owner</source>
        <translation>strenge Regel: keinem Besitzer zugewiesen</translation>
    </message>
    <message>
        <source>strict policy: a session is running</source>
        <translation>strenge Regel: ein Ladevorgang läuft bereits</translation>
    </message>
    <message>
        <source>its account has no credit left</source>
        <translation>ihr Konto hat kein Guthaben mehr</translation>
    </message>
    <message>
        <source>a session is running and its account allows only one</source>
        <translation>ein Ladevorgang läuft bereits und ihr Konto erlaubt nur einen</translation>
    </message>
</context>
<context>
    <name>TagDetail</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation>Autorisierung</translation>
    </message>
    <message>
        <source>History: {error}</source>
        <translation>Verlauf: {error}</translation>
    </message>
    <message numerus="yes">
        <source>History (%n event(s))</source>
        <translation>
            <numerusform>Verlauf (%n Ereignis)</numerusform>
            <numerusform>Verlauf (%n Ereignisse)</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <source>not in the register then</source>
        <translation>damals nicht im Register</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorisierung</translation>
    </message>
    <message>
        <source>{why} (policy {policy})</source>
        <translation>{why} (Regel {policy})</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>{uid}: {error}</source>
        <translation>{uid}: {error}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>Name of the new account for this card:</source>
        <translation>Name des neuen Kontos für diese Karte:</translation>
    </message>
</context>
<context>
    <name>TagForm</name>
    <message>
        <source>e.g. Van 3, Alice</source>
        <translation>z. B. Transporter 3, Alice</translation>
    </message>
    <message>
        <source>who holds the card</source>
        <translation>wer die Karte hat</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>Neues Konto…</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Released (handed over to its holder)</source>
        <translation>Zugewiesen (an den Besitzer übergeben)</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Label no.</source>
        <translation>Etikett-Nr.</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>(no account)</source>
        <translation>(kein Konto)</translation>
    </message>
    <message>
        <source>No card selected</source>
        <translation>Keine Karte ausgewählt</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>Nr. {number}</translation>
    </message>
    <message>
        <source>No number</source>
        <translation>Ohne Nummer</translation>
    </message>
    <message>
        <source>{number} · {uid}</source>
        <translation>{number} · {uid}</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>first seen {when}</source>
        <translation>erstmals gesehen: {when}</translation>
    </message>
    <message>
        <source>last seen {when}</source>
        <translation>zuletzt gesehen: {when}</translation>
    </message>
    <message>
        <source>in the register since {when}</source>
        <translation>im Register seit {when}</translation>
    </message>
</context>
<context>
    <name>TagHistory</name>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation>Autorisierung</translation>
    </message>
</context>
<context>
    <name>TagsSeen</name>
    <message>
        <source>Tag</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Times seen</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Erstmals</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Last charger</source>
        <translation>Letzte Ladestation</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Ladestation</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>TagsSeenPanel</name>
    <message>
        <source>Enrol…</source>
        <translation>Aufnehmen…</translation>
    </message>
    <message>
        <source>Add the selected tag to the register as allowed</source>
        <translation>Die ausgewählte Karte als erlaubt ins Register aufnehmen</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Add the selected tag to the register as blocked</source>
        <translation>Die ausgewählte Karte als gesperrt ins Register aufnehmen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Recent presentations (last {count})</source>
        <translation>Zuletzt vorgehaltene Karten (die letzten {count})</translation>
    </message>
    <message>
        <source>Label (optional), e.g. Van 3</source>
        <translation>Bezeichnung (optional), z. B. Transporter 3</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Select a tag first.</source>
        <translation>Bitte zuerst eine Karte auswählen.</translation>
    </message>
    <message>
        <source>Enrol {uid} as an allowed tag:</source>
        <translation>{uid} als erlaubte Karte aufnehmen:</translation>
    </message>
    <message>
        <source>{uid} enrolled as “{label}”: it is in the register as allowed.</source>
        <translation>{uid} als „{label}“ aufgenommen: im Register als erlaubt.</translation>
    </message>
    <message>
        <source>{uid} enrolled: it is in the register as allowed.</source>
        <translation>{uid} aufgenommen: im Register als erlaubt.</translation>
    </message>
    <message>
        <source>{uid} blocked: every charger refuses it.</source>
        <translation>{uid} gesperrt: jede Ladestation lehnt sie ab.</translation>
    </message>
    <message>
        <source>Copy tag</source>
        <translation>Karte kopieren</translation>
    </message>
    <message>
        <source>Cannot load the tags: {error}</source>
        <translation>Karten können nicht geladen werden: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n unknown tag(s): select one to enrol or block it.</source>
        <translation>
            <numerusform>%n unbekannte Karte: zum Aufnehmen oder Sperren auswählen.</numerusform>
            <numerusform>%n unbekannte Karten: eine zum Aufnehmen oder Sperren auswählen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No unknown tags. Tags presented at chargers that are not in the register show here.</source>
        <translation>Keine unbekannten Karten. Hier erscheinen Karten, die an Ladestationen vorgehalten wurden und nicht im Register sind.</translation>
    </message>
</context>
<context>
    <name>TileSettingsDialog</name>
    <message>
        <source>Map tile source</source>
        <translation>Kachelquelle der Karte</translation>
    </message>
    <message>
        <source>Online tiles (XYZ URL template)</source>
        <translation>Online-Kacheln (XYZ-URL-Vorlage)</translation>
    </message>
    <message>
        <source>MBTiles file (offline)</source>
        <translation>MBTiles-Datei (offline)</translation>
    </message>
    <message>
        <source>No tiles (graticule only)</source>
        <translation>Keine Kacheln (nur Gradnetz)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>URL template</source>
        <translation>URL-Vorlage</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Quellenangabe</translation>
    </message>
    <message>
        <source>Disk cache</source>
        <translation>Festplatten-Cache</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Use {z}, {x} and {y} in the template. OpenStreetMap&apos;s servers are for light use: tiles are cached and never downloaded in bulk. For a kiosk without internet, choose an MBTiles file.</source>
        <translation>In der Vorlage {z}, {x} und {y} verwenden. Die Server von OpenStreetMap sind für geringe Nutzung gedacht: Kacheln werden zwischengespeichert und nie massenhaft heruntergeladen. Für einen Kiosk ohne Internet eine MBTiles-Datei wählen.</translation>
    </message>
    <message>
        <source>Choose an MBTiles file</source>
        <translation>MBTiles-Datei wählen</translation>
    </message>
    <message>
        <source>MBTiles files (*.mbtiles)</source>
        <translation>MBTiles-Dateien (*.mbtiles)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The URL template needs {z}, {x} and {y}.</source>
        <translation>Die URL-Vorlage braucht {z}, {x} und {y}.</translation>
    </message>
    <message>
        <source>The URL template must start with http:// or https://.</source>
        <translation>Die URL-Vorlage muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>Choose an MBTiles file.</source>
        <translation>Bitte eine MBTiles-Datei wählen.</translation>
    </message>
</context>
<context>
    <name>ToastTexts</name>
    <message>
        <source>{charger} connected</source>
        <translation>{charger} verbunden</translation>
    </message>
    <message>
        <source>From {remote} ({protocol})</source>
        <translation>Von {remote} ({protocol})</translation>
    </message>
    <message>
        <source>Connection closed: {reason}</source>
        <translation>Verbindung geschlossen: {reason}</translation>
    </message>
    <message>
        <source>Connection closed (code {code})</source>
        <translation>Verbindung geschlossen (Code {code})</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <source>{charger} disconnected</source>
        <translation>{charger} getrennt</translation>
    </message>
    <message>
        <source>{charger} waits for approval</source>
        <translation>{charger} wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Unknown charger ({model}). Accept or reject it in the Chargers panel.</source>
        <translation>Unbekannte Ladestation ({model}). Im Bereich „Ladestationen“ annehmen oder ablehnen.</translation>
    </message>
    <message>
        <source>{charger} was rejected</source>
        <translation>{charger} wurde abgelehnt</translation>
    </message>
    <message>
        <source>Its BootNotification was rejected ({model}).</source>
        <translation>Ihre BootNotification wurde abgelehnt ({model}).</translation>
    </message>
    <message>
        <source>Error code: {code}</source>
        <translation>Fehlercode: {code}</translation>
    </message>
    <message>
        <source>{charger}: connector {connector} faulted</source>
        <translation>{charger}: Störung an Anschluss {connector}</translation>
    </message>
    <message>
        <source>Connector {connector}, card {tag}</source>
        <translation>Anschluss {connector}, Karte {tag}</translation>
    </message>
    <message>
        <source>Connector {connector}</source>
        <translation>Anschluss {connector}</translation>
    </message>
    <message>
        <source>Charging started on {charger}</source>
        <translation>Ladevorgang an {charger} gestartet</translation>
    </message>
    <message>
        <source>Charging stopped on {charger}</source>
        <translation>Ladevorgang an {charger} beendet</translation>
    </message>
    <message>
        <source>{energy} in {duration}</source>
        <translation>{energy} in {duration}</translation>
    </message>
    <message>
        <source>The central system is not running</source>
        <translation>Das Zentralsystem läuft nicht</translation>
    </message>
    <message>
        <source>Chargers cannot connect: {reason}</source>
        <translation>Ladestationen können sich nicht verbinden: {reason}</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>unbekanntes Modell</translation>
    </message>
    <message>
        <source>Card {uid} accepted</source>
        <translation>Karte {uid} angenommen</translation>
    </message>
    <message>
        <source>Card {uid} blocked</source>
        <translation>Karte {uid} gesperrt</translation>
    </message>
    <message>
        <source>Card {uid} unknown</source>
        <translation>Karte {uid} unbekannt</translation>
    </message>
    <message>
        <source>Card {uid} scanned</source>
        <translation>Karte {uid} gescannt</translation>
    </message>
    <message>
        <source>At charger {charger}</source>
        <translation>An Ladestation {charger}</translation>
    </message>
    <message>
        <source>On reader {reader}</source>
        <translation>Am Lesegerät {reader}</translation>
    </message>
    <message numerus="yes">
        <source>%n charger(s) connected</source>
        <translation>
            <numerusform>%n Ladestation verbunden</numerusform>
            <numerusform>%n Ladestationen verbunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n charger(s) disconnected</source>
        <translation>
            <numerusform>%n Ladestation getrennt</numerusform>
            <numerusform>%n Ladestationen getrennt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n charger(s) wait for approval</source>
        <translation>
            <numerusform>%n Ladestation wartet auf Freigabe</numerusform>
            <numerusform>%n Ladestationen warten auf Freigabe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n charger(s) rejected at boot</source>
        <translation>
            <numerusform>%n Ladestation beim Start abgelehnt</numerusform>
            <numerusform>%n Ladestationen beim Start abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connector(s) faulted</source>
        <translation>
            <numerusform>%n Anschluss mit Störung</numerusform>
            <numerusform>%n Anschlüsse mit Störung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n charging session(s) started</source>
        <translation>
            <numerusform>%n Ladevorgang gestartet</numerusform>
            <numerusform>%n Ladevorgänge gestartet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n charging session(s) stopped</source>
        <translation>
            <numerusform>%n Ladevorgang beendet</numerusform>
            <numerusform>%n Ladevorgänge beendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) presented</source>
        <translation>
            <numerusform>%n Karte vorgehalten</numerusform>
            <numerusform>%n Karten vorgehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>{energy} in total: {names}</source>
        <translation>{energy} insgesamt: {names}</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} und %n weitere</numerusform>
            <numerusform>{names} und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransactionsExportDialog</name>
    <message>
        <source>Export transactions</source>
        <translation>Ladevorgänge exportieren</translation>
    </message>
    <message>
        <source>All chargers</source>
        <translation>Alle Ladestationen</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Ladestation</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export transactions to CSV</source>
        <translation>Ladevorgänge als CSV exportieren</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>any tag (uid or idTag)</source>
        <translation>beliebige Karte (UID oder idTag)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>The transaction export is not available in this window.</source>
        <translation>Der Export von Ladevorgängen ist in diesem Fenster nicht verfügbar.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Cannot export: {error}</source>
        <translation>Export nicht möglich: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) written to {path}</source>
        <translation>
            <numerusform>%n Ladevorgang in {path} geschrieben</numerusform>
            <numerusform>%n Ladevorgänge in {path} geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransactionsModel</name>
    <message>
        <source>Connector</source>
        <translation>Anschluss</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Ladestation</translation>
    </message>
    <message>
        <source>Conn.</source>
        <translation>Anschl.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Stop reason</source>
        <translation>Endegrund</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>orphan</source>
        <translation>verwaist</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
</context>
<context>
    <name>TransactionsPanel</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Charger or tag…</source>
        <translation>Ladestation/Karte…</translation>
    </message>
    <message>
        <source>Show only the transactions of a charger or tag</source>
        <translation>Nur die Ladevorgänge einer Ladestation oder Karte zeigen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export transactions by charger, date range and tag</source>
        <translation>Ladevorgänge nach Ladestation, Zeitraum und Karte exportieren</translation>
    </message>
    <message>
        <source>Cannot load transactions: {error}</source>
        <translation>Ladevorgänge können nicht geladen werden: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) shown</source>
        <translation>
            <numerusform>%n Ladevorgang angezeigt</numerusform>
            <numerusform>%n Ladevorgänge angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n aktiv</numerusform>
            <numerusform>%n aktiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>filtered from %n</source>
        <translation>
            <numerusform>gefiltert aus %n</numerusform>
            <numerusform>gefiltert aus %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>&amp;Show window</source>
        <translation>Fenster &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Pause notifications</source>
        <translation>Benachrichtigungen &amp;pausieren</translation>
    </message>
    <message>
        <source>For 1 &amp;hour</source>
        <translation>Für 1 &amp;Stunde</translation>
    </message>
    <message>
        <source>&amp;Until resumed</source>
        <translation>&amp;Bis zur Fortsetzung</translation>
    </message>
    <message>
        <source>&amp;Resume notifications</source>
        <translation>Benachrichtigungen &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <source>Broker running</source>
        <translation>Broker läuft</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird beendet…</translation>
    </message>
    <message>
        <source>Broker not running: {reason}</source>
        <translation>Broker läuft nicht: {reason}</translation>
    </message>
    <message>
        <source>Arthexis Desktop</source>
        <translation>Arthexis Desktop</translation>
    </message>
    <message numerus="yes">
        <source>%n charger(s) connected</source>
        <translation>
            <numerusform>%n Ladestation verbunden</numerusform>
            <numerusform>%n Ladestationen verbunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications paused until {time}</source>
        <translation>Benachrichtigungen pausiert bis {time}</translation>
    </message>
    <message>
        <source>Notifications paused</source>
        <translation>Benachrichtigungen pausiert</translation>
    </message>
    <message>
        <source>Arthexis Desktop is still running</source>
        <translation>Arthexis Desktop läuft weiter</translation>
    </message>
    <message>
        <source>The broker keeps serving the chargers. Open the window from the tray icon; quit from its menu.</source>
        <translation>Der Broker bedient die Ladestationen weiter. Das Fenster über das Symbol im Infobereich öffnen; über dessen Menü beenden.</translation>
    </message>
</context>
<context>
    <name>UnknownTab</name>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Times seen</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Erstmals</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Last charger</source>
        <translation>Letzte Ladestation</translation>
    </message>
    <message>
        <source>Name (optional), e.g. Van 3</source>
        <translation>Name (optional), z. B. Transporter 3</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <source>Add the selected tag to the register as allowed</source>
        <translation>Die ausgewählte Karte als erlaubt ins Register aufnehmen</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Add the selected tag to the register as blocked</source>
        <translation>Die ausgewählte Karte als gesperrt ins Register aufnehmen</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) presented at chargers are not in the register.</source>
        <translation>
            <numerusform>%n an Ladestationen vorgehaltene Karte ist nicht im Register.</numerusform>
            <numerusform>%n an Ladestationen vorgehaltene Karten sind nicht im Register.</numerusform>
        </translation>
    </message>
    <message>
        <source>No unknown tags. Tags presented at chargers that are not in the register show here.</source>
        <translation>Keine unbekannten Karten. Hier erscheinen Karten, die an Ladestationen vorgehalten wurden und nicht im Register sind.</translation>
    </message>
    <message>
        <source>{uid} enrolled as No. {number}.</source>
        <translation>{uid} als Nr. {number} aufgenommen.</translation>
    </message>
    <message>
        <source>{uid} blocked: every charger refuses it.</source>
        <translation>{uid} gesperrt: jede Ladestation lehnt sie ab.</translation>
    </message>
</context>
</TS>
