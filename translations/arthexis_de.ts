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
