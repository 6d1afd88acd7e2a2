<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <source>Copied: {text}</source>
        <translation>Kopiert: {text}</translation>
    </message>
    <message>
        <source>no placeholders</source>
        <translation>keine Platzhalter</translation>
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
    <name>DropBar</name>
    <message>
        <source>Voltage drop {drop} % of the {limit} % limit</source>
        <translation>Spannungsfall {drop} % bei einer Grenze von {limit} %</translation>
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
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Arthexis Desktop</source>
        <translation>&amp;Über Arthexis Desktop</translation>
    </message>
    <message>
        <source>About Arthexis Desktop</source>
        <translation>Über Arthexis Desktop</translation>
    </message>
    <message>
        <source>Arthexis Desktop {version}
OCPP central system and control centre for EV charging.</source>
        <translation>Arthexis Desktop {version}
OCPP-Zentralsystem und Leitstand für das Laden von Elektrofahrzeugen.</translation>
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
        <source>Calculators</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Clipboard patterns</source>
        <translation>Muster der Zwischenablage</translation>
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
    <name>StartupDialogs</name>
    <message>
        <source>The central system is not running</source>
        <translation>Das Zentralsystem läuft nicht</translation>
    </message>
    <message>
        <source>Chargers cannot connect: {reason}

Close the other program using the port, or start Arthexis Desktop with another --port.</source>
        <translation>Ladestationen können sich nicht verbinden: {reason}

Beenden Sie das andere Programm, das den Port belegt, oder starten Sie Arthexis Desktop mit einem anderen --port.</translation>
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
</context>
</TS>
