<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Arthexis Desktop</source>
        <translation>Informazioni su Arthexis Desktop</translation>
    </message>
    <message>
        <source>OCPP central system and control centre for EV charging.</source>
        <translation>Sistema centrale OCPP e centro di controllo per la ricarica di veicoli elettrici.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Cartella dei dati</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Cartella dei log</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>File delle impostazioni</translation>
    </message>
    <message>
        <source>Window layout file</source>
        <translation>File del layout delle finestre</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Nuovo account</translation>
    </message>
    <message>
        <source>Account {name}</source>
        <translation>Account {name}</translation>
    </message>
    <message>
        <source>phone, e-mail…</source>
        <translation>telefono, e-mail…</translation>
    </message>
    <message>
        <source>Service account (may charge with no credit left)</source>
        <translation>Account di servizio (può ricaricare senza credito)</translation>
    </message>
    <message>
        <source>Its cards may run several sessions at once</source>
        <translation>Le sue tessere possono avere più sessioni contemporaneamente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>Un account deve avere un nome.</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Tessere</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credito</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Consumato</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Concurrent</source>
        <translation>Simultanee</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>Nuovo account…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Add credit…</source>
        <translation>Aggiungi credito…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>Cards of the selected account</source>
        <translation>Tessere dell&apos;account selezionato</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Consentita</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloccata</translation>
    </message>
    <message>
        <source>Cards of {name}</source>
        <translation>Tessere di {name}</translation>
    </message>
    <message>
        <source>Account {name} created.</source>
        <translation>Account {name} creato.</translation>
    </message>
    <message>
        <source>Account {name} saved.</source>
        <translation>Account {name} salvato.</translation>
    </message>
    <message>
        <source>Credit added to {name}.</source>
        <translation>Credito aggiunto a {name}.</translation>
    </message>
    <message>
        <source>Account {name} deleted.</source>
        <translation>Account {name} eliminato.</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Elimina account</translation>
    </message>
    <message numerus="yes">
        <source>Delete the account {name}? Its %n card(s) stay in the register without an account.</source>
        <translation>
            <numerusform>Eliminare l&apos;account {name}? %n tessera resterà nel registro senza account.</numerusform>
            <numerusform>Eliminare l&apos;account {name}? %n tessere resteranno nel registro senza account.</numerusform>
        </translation>
    </message>
    <message>
        <source>not limited</source>
        <translation>illimitato</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
</context>
<context>
    <name>Admission</name>
    <message>
        <source>Accepted</source>
        <translation>Accettata</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>In attesa di approvazione</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rifiutata</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuta</translation>
    </message>
</context>
<context>
    <name>AppearanceSection</name>
    <message>
        <source>Appearance</source>
        <translation>Aspetto</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Both apply at once, without a restart.</source>
        <translation>Entrambi si applicano subito, senza riavviare.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predefinita del sistema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
</context>
<context>
    <name>AuthorizationPolicy</name>
    <message>
        <source>Open</source>
        <translation>Aperta</translation>
    </message>
    <message>
        <source>Allow-list</source>
        <translation>Lista consentite</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Rigorosa</translation>
    </message>
</context>
<context>
    <name>AwgChoices</name>
    <message>
        <source>copper</source>
        <translation>rame</translation>
    </message>
    <message>
        <source>aluminium</source>
        <translation>alluminio</translation>
    </message>
    <message>
        <source>EMT (thin-wall)</source>
        <translation>EMT (parete sottile)</translation>
    </message>
    <message>
        <source>IMC (intermediate)</source>
        <translation>IMC (intermedio)</translation>
    </message>
    <message>
        <source>RMC (heavy-wall)</source>
        <translation>RMC (parete spessa)</translation>
    </message>
    <message>
        <source>FMC (flexible)</source>
        <translation>FMC (flessibile)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>one per set</source>
        <translation>uno per gruppo</translation>
    </message>
    <message>
        <source>optional (counted)</source>
        <translation>facoltativo (contato)</translation>
    </message>
    <message>
        <source>1 (single-phase)</source>
        <translation>1 (monofase)</translation>
    </message>
    <message>
        <source>2 (two-phase)</source>
        <translation>2 (bifase)</translation>
    </message>
    <message>
        <source>3 (three-phase)</source>
        <translation>3 (trifase)</translation>
    </message>
</context>
<context>
    <name>AwgPresets</name>
    <message>
        <source>EV charger — single vehicle residential</source>
        <translation>Colonnina di ricarica — residenziale, un veicolo</translation>
    </message>
    <message>
        <source>7 kW wall box on a 40 A, 220 V two-phase circuit, copper.</source>
        <translation>Wallbox da 7 kW su un circuito bifase da 40 A e 220 V, rame.</translation>
    </message>
    <message>
        <source>EV charger — 32 A, 240 V single-phase</source>
        <translation>Colonnina di ricarica — 32 A, 240 V monofase</translation>
    </message>
    <message>
        <source>7.4 kW charger; continuous load, conductors sized for 40 A.</source>
        <translation>Colonnina da 7,4 kW; carico continuo, conduttori dimensionati per 40 A.</translation>
    </message>
    <message>
        <source>EV charger — 32 A, 400 V three-phase</source>
        <translation>Colonnina di ricarica — 32 A, 400 V trifase</translation>
    </message>
    <message>
        <source>22 kW charger; continuous load, conductors sized for 40 A.</source>
        <translation>Colonnina da 22 kW; carico continuo, conduttori dimensionati per 40 A.</translation>
    </message>
    <message>
        <source>DC fast charger feeder — 150 kW, 480 V three-phase</source>
        <translation>Linea di alimentazione colonnina rapida DC — 150 kW, 480 V trifase</translation>
    </message>
    <message>
        <source>Feeder to a 150 kW DC charger (200 A input, continuous); up to 2 parallel sets.</source>
        <translation>Linea di alimentazione di una colonnina DC da 150 kW (200 A in ingresso, carico continuo); fino a 2 gruppi in parallelo.</translation>
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
        <translation>Auto: la colonna 60 °C fino a 100 A, oltre 75 °C (NEC 110.14(C)).</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Nessun limite</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>Continuous (125 %)</source>
        <translation>Continuo (125 %)</translation>
    </message>
    <message>
        <source>A continuous load: size the conductors for 125 % of the current (EV charging, NEC 625.42).</source>
        <translation>Carico continuo: dimensiona i conduttori per il 125 % della corrente (ricarica di veicoli elettrici, NEC 625.42).</translation>
    </message>
    <message>
        <source>Gauge</source>
        <translation>Sezione</translation>
    </message>
    <message>
        <source>Parallel sets</source>
        <translation>Gruppi in parallelo</translation>
    </message>
    <message>
        <source>Ampacity</source>
        <translation>Portata</translation>
    </message>
    <message>
        <source>Voltage drop</source>
        <translation>Caduta di tensione</translation>
    </message>
    <message>
        <source>End voltage</source>
        <translation>Tensione a fine linea</translation>
    </message>
    <message>
        <source>Cables (phases+ground)</source>
        <translation>Cavi (fasi + terra)</translation>
    </message>
    <message>
        <source>Total length</source>
        <translation>Lunghezza totale</translation>
    </message>
    <message>
        <source>Temperature column</source>
        <translation>Colonna di temperatura</translation>
    </message>
    <message>
        <source>Conduit</source>
        <translation>Tubo protettivo</translation>
    </message>
    <message>
        <source>Copy result</source>
        <translation>Copia risultato</translation>
    </message>
    <message>
        <source>Length (one way)</source>
        <translation>Lunghezza (sola andata)</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Corrente</translation>
    </message>
    <message>
        <source>Voltage</source>
        <translation>Tensione</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fasi</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Materiale</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Parallel sets (max)</source>
        <translation>Gruppi in parallelo (max)</translation>
    </message>
    <message>
        <source>Max gauge</source>
        <translation>Sezione massima</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Terra</translation>
    </message>
    <message>
        <source>Drop limit</source>
        <translation>Limite di caduta</translation>
    </message>
    <message>
        <source>Continuous load</source>
        <translation>Carico continuo</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>Circuito</translation>
    </message>
    <message>
        <source>Cable</source>
        <translation>Cavo</translation>
    </message>
    <message>
        <source>Correct the marked inputs to see the cable.</source>
        <translation>Correggi i dati evidenziati per vedere il cavo.</translation>
    </message>
    <message>
        <source>No cable</source>
        <translation>Nessun cavo</translation>
    </message>
    <message>
        <source>No cable meets these inputs; see below.</source>
        <translation>Nessun cavo soddisfa questi dati; vedi sotto.</translation>
    </message>
    <message>
        <source>{ampacity} A (needs {needed} A)</source>
        <translation>{ampacity} A (servono {needed} A)</translation>
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
        <translation>{drop} % su {limit} %</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>nessuno scelto</translation>
    </message>
    <message>
        <source>no conduit data</source>
        <translation>nessun dato sul tubo</translation>
    </message>
    <message>
        <source>does not fit in any {conduit}</source>
        <translation>non entra in nessun tubo {conduit}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>AWG cable calculator</source>
        <translation>Calcolatore di cavi AWG</translation>
    </message>
    <message>
        <source>Drop against the limit: {caption}</source>
        <translation>Caduta rispetto al limite: {caption}</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avvisi:</translation>
    </message>
    <message>
        <source>Result copied to the clipboard.</source>
        <translation>Risultato copiato negli appunti.</translation>
    </message>
</context>
<context>
    <name>AwgWarnings</name>
    <message>
        <source>No {material_name} conductor up to {largest} carries {current_a} A in the {temperature_c} °C column with up to {max_lines} parallel set(s).</source>
        <translation>Nessun conduttore in {material_name} fino a {largest} porta {current_a} A nella colonna {temperature_c} °C con al massimo {max_lines} gruppi in parallelo.</translation>
    </message>
    <message>
        <source>No size keeps the voltage drop within {limit_pct} %; the closest is {lines} × {size} with {drop_pct} %.</source>
        <translation>Nessuna sezione mantiene la caduta di tensione entro il {limit_pct} %; la più vicina è {lines} × {size} con {drop_pct} %.</translation>
    </message>
    <message>
        <source>The maximum gauge {max_gauge} is too small: {lines} × {size} would be needed.</source>
        <translation>La sezione massima {max_gauge} è troppo piccola: servirebbe {lines} × {size}.</translation>
    </message>
    <message>
        <source>Conductors are run in parallel only at 1/0 AWG and larger (NEC 310.10(G)).</source>
        <translation>I conduttori si posano in parallelo solo da 1/0 AWG in su (NEC 310.10(G)).</translation>
    </message>
    <message>
        <source>{lines} parallel sets in one raceway are {current_carrying} current-carrying conductors: ampacity × {factor} (NEC Table 310.15(C)(1)).</source>
        <translation>{lines} gruppi in parallelo nella stessa canalizzazione sono {current_carrying} conduttori attivi: portata × {factor} (NEC tabella 310.15(C)(1)).</translation>
    </message>
    <message>
        <source>Continuous load: conductors sized for 125 % of {current_a} A = {design_current_a} A.</source>
        <translation>Carico continuo: conduttori dimensionati per il 125 % di {current_a} A = {design_current_a} A.</translation>
    </message>
    <message>
        <source>90 °C column: terminations are usually rated 60 °C or 75 °C (NEC 110.14(C)); check the equipment.</source>
        <translation>Colonna 90 °C: i morsetti sono di solito dimensionati per 60 °C o 75 °C (NEC 110.14(C)); verifica l&apos;apparecchiatura.</translation>
    </message>
    <message>
        <source>The ground conductor is optional; the conduit is sized with it.</source>
        <translation>Il conduttore di terra è facoltativo; il tubo protettivo è dimensionato includendolo.</translation>
    </message>
    <message>
        <source>No conduit fill data for {size}: NEC Chapter 9 Table 5 lists no THHN conductor of that size.</source>
        <translation>Nessun dato di riempimento del tubo per {size}: la tabella 5 del capitolo 9 del NEC non elenca conduttori THHN di questa sezione.</translation>
    </message>
    <message>
        <source>{wires} conductors of {size} do not fit in the largest {conduit} ({trade}).</source>
        <translation>{wires} conduttori da {size} non entrano nel tubo {conduit} più grande ({trade}).</translation>
    </message>
    <message>
        <source>{trade}&quot; {conduit} is exactly at its fill limit with {wires} conductors; the next size up eases pulling.</source>
        <translation>Il tubo {conduit} da {trade}&quot; è esattamente al limite di riempimento con {wires} conduttori; la misura successiva facilita l&apos;infilaggio.</translation>
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
        <translation>In ascolto sull&apos;host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Ping interval</source>
        <translation>Intervallo di ping</translation>
    </message>
    <message>
        <source>Ping timeout</source>
        <translation>Timeout del ping</translation>
    </message>
    <message>
        <source>New chargers</source>
        <translation>Nuove colonnine</translation>
    </message>
    <message>
        <source>RFID authorization</source>
        <translation>Autorizzazione RFID</translation>
    </message>
    <message>
        <source>Message validation</source>
        <translation>Validazione dei messaggi</translation>
    </message>
    <message>
        <source>Chargers connect to ws://&lt;host&gt;:&lt;port&gt;/&lt;charger id&gt;. A new host or port applies at once: connected chargers stay connected, new connections use the new address.</source>
        <translation>Le colonnine si connettono a ws://&lt;host&gt;:&lt;porta&gt;/&lt;id colonnina&gt;. Un nuovo host o una nuova porta si applicano subito: le colonnine connesse restano connesse, le nuove connessioni usano il nuovo indirizzo.</translation>
    </message>
    <message>
        <source>Send WebSocket pings (switch off for chargers that do not answer them)</source>
        <translation>Invia ping WebSocket (disattiva per le colonnine che non rispondono)</translation>
    </message>
    <message>
        <source>Accept any charger</source>
        <translation>Accetta qualsiasi colonnina</translation>
    </message>
    <message>
        <source>Hold unknown chargers for approval</source>
        <translation>Trattieni le colonnine sconosciute in attesa di approvazione</translation>
    </message>
    <message>
        <source>Reject unknown chargers</source>
        <translation>Rifiuta le colonnine sconosciute</translation>
    </message>
    <message>
        <source>Strict: refuse messages that break the OCPP schema</source>
        <translation>Rigorosa: rifiuta i messaggi che violano lo schema OCPP</translation>
    </message>
    <message>
        <source>Lenient: accept them (quirky firmware)</source>
        <translation>Tollerante: accettali (firmware con stranezze)</translation>
    </message>
    <message>
        <source>The default for every charger; a charger&apos;s own settings can make it lenient.</source>
        <translation>Il valore predefinito per ogni colonnina; le impostazioni proprie di una colonnina possono renderla tollerante.</translation>
    </message>
</context>
<context>
    <name>BrokerStatus</name>
    <message>
        <source>Starting…</source>
        <translation>Avvio…</translation>
    </message>
    <message>
        <source>● Broker running</source>
        <translation>● Broker attivo</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arresto…</translation>
    </message>
    <message>
        <source>● Broker not running: {reason}</source>
        <translation>● Broker non attivo: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n charger(s) connected</source>
        <translation>
            <numerusform>%n colonnina connessa</numerusform>
            <numerusform>%n colonnine connesse</numerusform>
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
        <translation>Id della colonnina in un URL OCPP</translation>
    </message>
    <message>
        <source>OCPP 1.6 error code</source>
        <translation>Codice di errore OCPP 1.6</translation>
    </message>
    <message>
        <source>Vehicle identification number (VIN)</source>
        <translation>Numero di identificazione del veicolo (VIN)</translation>
    </message>
    <message>
        <source>RFID UID</source>
        <translation>UID RFID</translation>
    </message>
</context>
<context>
    <name>CalculatorFields</name>
    <message>
        <source>A value is required.</source>
        <translation>È richiesto un valore.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Inserisci un numero.</translation>
    </message>
    <message>
        <source>Must be between {min} and {max}.</source>
        <translation>Deve essere compreso tra {min} e {max}.</translation>
    </message>
    <message>
        <source>Must be greater than 0.</source>
        <translation>Deve essere maggiore di 0.</translation>
    </message>
    <message>
        <source>Must not be negative.</source>
        <translation>Non può essere negativo.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Inserisci un numero intero.</translation>
    </message>
    <message>
        <source>Choose one of {choices}.</source>
        <translation>Scegli uno tra {choices}.</translation>
    </message>
    <message>
        <source>Unknown conductor size {value}; use e.g. 8, 1/0 or 250 kcmil.</source>
        <translation>Sezione del conduttore sconosciuta: {value}; usa ad es. 8, 1/0 o 250 kcmil.</translation>
    </message>
    <message>
        <source>The start charge must be below the target charge.</source>
        <translation>La carica iniziale deve essere inferiore alla carica obiettivo.</translation>
    </message>
    <message>
        <source>Must be at least {min}.</source>
        <translation>Deve essere almeno {min}.</translation>
    </message>
    <message>
        <source>Must be at most {max}.</source>
        <translation>Deve essere al massimo {max}.</translation>
    </message>
</context>
<context>
    <name>CalculatorsPanel</name>
    <message>
        <source>Cable (AWG)</source>
        <translation>Cavo (AWG)</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Potenza</translation>
    </message>
    <message>
        <source>Charging time &amp;&amp; cost</source>
        <translation>Tempo e costo di ricarica</translation>
    </message>
</context>
<context>
    <name>ChargerDetailPanel</name>
    <message>
        <source>The charger shown (double-click one in the Chargers panel)</source>
        <translation>La colonnina mostrata (fai doppio clic su una nel pannello Colonnine)</translation>
    </message>
    <message>
        <source>Double-click a charger in the Chargers panel, or pick one in the list above.</source>
        <translation>Fai doppio clic su una colonnina nel pannello Colonnine o scegline una nell&apos;elenco qui sopra.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errori</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configurazione</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Comandi</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Frame</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Codice QR</translation>
    </message>
    <message>
        <source>Errors ({count})</source>
        <translation>Errori ({count})</translation>
    </message>
    <message>
        <source>Online ({protocol})</source>
        <translation>Online ({protocol})</translation>
    </message>
    <message>
        <source>Unknown charger</source>
        <translation>Colonnina sconosciuta</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Choose a charger…</source>
        <translation>Scegli una colonnina…</translation>
    </message>
</context>
<context>
    <name>ChargerSettingsDialog</name>
    <message>
        <source>Charger settings — {charger}</source>
        <translation>Impostazioni della colonnina — {charger}</translation>
    </message>
    <message>
        <source>Authorization of RFID tags</source>
        <translation>Autorizzazione delle tessere RFID</translation>
    </message>
    <message>
        <source>Broker default ({policy})</source>
        <translation>Predefinita del broker ({policy})</translation>
    </message>
    <message>
        <source>Follow the policy set for the whole broker.</source>
        <translation>Usa la politica impostata per l&apos;intero broker.</translation>
    </message>
    <message>
        <source>Accept every tag that is not blocked; unknown tags are listed for enrolment.</source>
        <translation>Accetta ogni tessera non bloccata; quelle sconosciute sono elencate per la registrazione.</translation>
    </message>
    <message>
        <source>Accept only tags in the register that are allowed.</source>
        <translation>Accetta solo le tessere consentite nel registro.</translation>
    </message>
    <message>
        <source>Allow-list, and the tag must be released to an owner; one session per tag.</source>
        <translation>Come la lista consentite, e la tessera deve essere assegnata a un titolare; una sessione per tessera.</translation>
    </message>
    <message>
        <source>Messages from the charger</source>
        <translation>Messaggi dalla colonnina</translation>
    </message>
    <message>
        <source>Lenient schema validation</source>
        <translation>Validazione dello schema tollerante</translation>
    </message>
    <message>
        <source>Accept messages that break the OCPP schema, for known-quirky firmware.</source>
        <translation>Accetta messaggi che violano lo schema OCPP, per firmware con stranezze note.</translation>
    </message>
    <message>
        <source>Wh — OCPP default</source>
        <translation>Wh — predefinito OCPP</translation>
    </message>
    <message>
        <source>Energy values sent without a unit:</source>
        <translation>Valori di energia inviati senza unità:</translation>
    </message>
    <message>
        <source>Choose kWh only for firmware known to send kWh without saying so.</source>
        <translation>Scegli kWh solo per firmware noti per inviare kWh senza indicarlo.</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Ammissione</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <source>The charger is told a new state at its next BootNotification.</source>
        <translation>La colonnina riceve un nuovo stato alla sua prossima BootNotification.</translation>
    </message>
</context>
<context>
    <name>ChargerSettingsEditor</name>
    <message>
        <source>Charger settings</source>
        <translation>Impostazioni della colonnina</translation>
    </message>
    <message>
        <source>Settings of {charger} saved; its next message uses them.</source>
        <translation>Impostazioni di {charger} salvate; valgono dal suo prossimo messaggio.</translation>
    </message>
    <message>
        <source>{charger} is now {state}; it is told at its next boot.</source>
        <translation>{charger} ora è «{state}»; le viene comunicato al prossimo avvio.</translation>
    </message>
    <message>
        <source>Nothing changed for {charger}.</source>
        <translation>Nessuna modifica per {charger}.</translation>
    </message>
</context>
<context>
    <name>ChargersModel</name>
    <message>
        <source>booted {ago}</source>
        <translation>avviata {ago}</translation>
    </message>
    <message>
        <source>Auth: {policy}</source>
        <translation>Aut.: {policy}</translation>
    </message>
    <message>
        <source>Lenient</source>
        <translation>Tollerante</translation>
    </message>
    <message>
        <source>Unit-less: {unit}</source>
        <translation>Senza unità: {unit}</translation>
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
        <translation>Colonnina</translation>
    </message>
    <message>
        <source>Vendor / model</source>
        <translation>Produttore / modello</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Ammissione</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connessione</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Connettori</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>Ultimo heartbeat</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Potenza</translation>
    </message>
    <message>
        <source>Session energy</source>
        <translation>Energia sessione</translation>
    </message>
    <message>
        <source>Per-charger settings that differ from the broker defaults (right-click: Charger settings…).</source>
        <translation>Impostazioni della colonnina diverse da quelle predefinite del broker (clic destro: Impostazioni colonnina…).</translation>
    </message>
    <message>
        <source>No heartbeat received yet; the time shown is since the charger connected or booted.</source>
        <translation>Nessun heartbeat ricevuto finora; il tempo indicato parte dalla connessione o dall&apos;avvio della colonnina.</translation>
    </message>
</context>
<context>
    <name>ChargersPanel</name>
    <message>
        <source>Last command result: none yet</source>
        <translation>Esito dell&apos;ultimo comando: ancora nessuno</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approva</translation>
    </message>
    <message>
        <source>Accept the selected charger at its next boot</source>
        <translation>Accetta la colonnina selezionata al prossimo avvio</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rifiuta</translation>
    </message>
    <message>
        <source>Charger settings…</source>
        <translation>Impostazioni colonnina…</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configurazione</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Filter by charger id…</source>
        <translation>Filtra per id…</translation>
    </message>
    <message>
        <source>Select a charger first.</source>
        <translation>Seleziona prima una colonnina.</translation>
    </message>
    <message>
        <source>Last command result: {text}</source>
        <translation>Esito dell&apos;ultimo comando: {text}</translation>
    </message>
    <message numerus="yes">
        <source>%n charger(s) waiting for approval: {ids}. Select one and click Approve.</source>
        <translation>
            <numerusform>%n colonnina in attesa di approvazione: {ids}. Selezionala e fai clic su Approva.</numerusform>
            <numerusform>%n colonnine in attesa di approvazione: {ids}. Selezionane una e fai clic su Approva.</numerusform>
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
        <translation>per kWh</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facoltativa</translation>
    </message>
    <message>
        <source>Battery capacity</source>
        <translation>Capacità della batteria</translation>
    </message>
    <message>
        <source>Start charge</source>
        <translation>Carica iniziale</translation>
    </message>
    <message>
        <source>Target charge</source>
        <translation>Carica obiettivo</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Rendimento</translation>
    </message>
    <message>
        <source>Charger power</source>
        <translation>Potenza della colonnina</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Tariffa</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Ricarica</translation>
    </message>
    <message>
        <source>Energy into the battery</source>
        <translation>Energia nella batteria</translation>
    </message>
    <message>
        <source>Energy from the grid</source>
        <translation>Energia dalla rete</translation>
    </message>
    <message>
        <source>Duration (h:mm)</source>
        <translation>Durata (h:mm)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>At constant charger power (no taper near full). Cost = energy from the grid × tariff, in the tariff&apos;s currency.</source>
        <translation>A potenza di ricarica costante (senza riduzione vicino al pieno). Costo = energia dalla rete × tariffa, nella valuta della tariffa.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>no tariff given</source>
        <translation>nessuna tariffa indicata</translation>
    </message>
</context>
<context>
    <name>ClipboardPanel</name>
    <message>
        <source>Watch the clipboard</source>
        <translation>Osserva gli appunti</translation>
    </message>
    <message>
        <source>Keep every text you copy as a sample (never password-manager copies).</source>
        <translation>Conserva come campione ogni testo copiato (mai le copie dai gestori di password).</translation>
    </message>
    <message>
        <source>● Watching clipboard</source>
        <translation>● Appunti sotto osservazione</translation>
    </message>
    <message>
        <source>Scan latest sample</source>
        <translation>Analizza l&apos;ultimo campione</translation>
    </message>
    <message>
        <source>Test against clipboard</source>
        <translation>Prova con gli appunti</translation>
    </message>
    <message>
        <source>Check the selected patterns (or all) against the clipboard text.</source>
        <translation>Verifica i modelli selezionati (o tutti) sul testo degli appunti.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignora</translation>
    </message>
    <message>
        <source>Watching the clipboard: copied texts are kept as samples.</source>
        <translation>Appunti sotto osservazione: i testi copiati vengono conservati come campioni.</translation>
    </message>
    <message>
        <source>Clipboard watching is off.</source>
        <translation>L&apos;osservazione degli appunti è disattivata.</translation>
    </message>
    <message>
        <source>The sample is kept for this session only: {error}</source>
        <translation>Il campione è conservato solo per questa sessione: {error}</translation>
    </message>
    <message>
        <source>A concealed copy (from a password manager) was not kept.</source>
        <translation>Una copia nascosta (da un gestore di password) non è stata conservata.</translation>
    </message>
    <message>
        <source>A very long copy was not kept as a sample.</source>
        <translation>Una copia molto lunga non è stata conservata come campione.</translation>
    </message>
    <message>
        <source>No samples yet: switch on “Watch the clipboard” and copy some text.</source>
        <translation>Ancora nessun campione: attiva «Osserva gli appunti» e copia del testo.</translation>
    </message>
    <message>
        <source>No pattern matched the latest sample.</source>
        <translation>Nessun modello corrisponde all&apos;ultimo campione.</translation>
    </message>
    <message>
        <source>The clipboard holds a concealed (password) copy; it is not read.</source>
        <translation>Gli appunti contengono una copia nascosta (password); non viene letta.</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>Gli appunti non contengono testo.</translation>
    </message>
    <message>
        <source>✗ {pattern}: no match</source>
        <translation>✗ {pattern}: nessuna corrispondenza</translation>
    </message>
    <message>
        <source>✓ {pattern}: “{text}” ({values})</source>
        <translation>✓ {pattern}: «{text}» ({values})</translation>
    </message>
    <message>
        <source>{pattern} in the copied text: {value}</source>
        <translation>{pattern} nel testo copiato: {value}</translation>
    </message>
    <message>
        <source>Copied: {pattern}</source>
        <translation>Copiato: {pattern}</translation>
    </message>
    <message>
        <source>{value} — click to: {action}</source>
        <translation>{value} — clicca per: {action}</translation>
    </message>
    <message>
        <source>Copied: {text}</source>
        <translation>Copiato: {text}</translation>
    </message>
    <message>
        <source>no placeholders</source>
        <translation>nessun segnaposto</translation>
    </message>
</context>
<context>
    <name>CommandAnswer</name>
    <message>
        <source>unknown: {keys}</source>
        <translation>sconosciute: {keys}</translation>
    </message>
</context>
<context>
    <name>CommandCatalog</name>
    <message>
        <source>Charger {charger} has no running transaction to stop.</source>
        <translation>La colonnina {charger} non ha alcuna transazione in corso da arrestare.</translation>
    </message>
    <message>
        <source>{command} — {charger}</source>
        <translation>{command} — {charger}</translation>
    </message>
    <message>
        <source>{action} to {charger}: {status}</source>
        <translation>{action} a {charger}: {status}</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connettore</translation>
    </message>
    <message>
        <source>RFID tag (idTag)</source>
        <translation>Tessera RFID (idTag)</translation>
    </message>
    <message>
        <source>Enter the idTag to start with.</source>
        <translation>Inserisci l&apos;idTag con cui avviare.</translation>
    </message>
    <message>
        <source>Any (charger decides)</source>
        <translation>Qualsiasi (decide la colonnina)</translation>
    </message>
    <message>
        <source>#{id} — connector {connector}, tag {tag}, {energy}</source>
        <translation>#{id} — connettore {connector}, tessera {tag}, {energy}</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transazione</translation>
    </message>
    <message>
        <source>Soft (restart the software)</source>
        <translation>Soft (riavvia il software)</translation>
    </message>
    <message>
        <source>Hard (reboot the charger)</source>
        <translation>Hard (riavvia la colonnina)</translation>
    </message>
    <message>
        <source>Reset type</source>
        <translation>Tipo di reset</translation>
    </message>
    <message>
        <source>0 (whole charger)</source>
        <translation>0 (intera colonnina)</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilità</translation>
    </message>
    <message>
        <source>Operative</source>
        <translation>Operativo</translation>
    </message>
    <message>
        <source>Inoperative</source>
        <translation>Non operativo</translation>
    </message>
    <message>
        <source>Keys (comma separated)</source>
        <translation>Chiavi (separate da virgole)</translation>
    </message>
    <message>
        <source>empty = all keys</source>
        <translation>vuoto = tutte le chiavi</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chiave</translation>
    </message>
    <message>
        <source>Enter the configuration key.</source>
        <translation>Inserisci la chiave di configurazione.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>Clear the authorization cache of {charger}? Cached idTags will be checked again.</source>
        <translation>Svuotare la cache di autorizzazione di {charger}? Gli idTag in cache verranno verificati di nuovo.</translation>
    </message>
    <message>
        <source>Vendor id</source>
        <translation>Id produttore</translation>
    </message>
    <message>
        <source>Enter the vendor id.</source>
        <translation>Inserisci l&apos;id del produttore.</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>Id messaggio</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
    <message numerus="yes">
        <source>GetConfiguration to {charger}: %n key(s)</source>
        <translation>
            <numerusform>GetConfiguration a {charger}: %n chiave</numerusform>
            <numerusform>GetConfiguration a {charger}: %n chiavi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandController</name>
    <message>
        <source>Charger {charger} is not known.</source>
        <translation>La colonnina {charger} non è nota.</translation>
    </message>
    <message>
        <source>Approving {charger}…</source>
        <translation>Approvazione di {charger}…</translation>
    </message>
    <message>
        <source>Rejecting {charger}…</source>
        <translation>Rifiuto di {charger}…</translation>
    </message>
    <message>
        <source>Sending {action} to {charger}…</source>
        <translation>Invio di {action} a {charger}…</translation>
    </message>
    <message>
        <source>{charger} approved; it is accepted at its next boot.</source>
        <translation>{charger} approvata; verrà accettata al prossimo avvio.</translation>
    </message>
    <message>
        <source>{charger} rejected.</source>
        <translation>{charger} rifiutata.</translation>
    </message>
    <message>
        <source>Command failed</source>
        <translation>Comando non riuscito</translation>
    </message>
</context>
<context>
    <name>CommandOutcome</name>
    <message>
        <source>waiting</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rifiutato</translation>
    </message>
    <message>
        <source>error</source>
        <translation>errore</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>nessuna risposta</translation>
    </message>
</context>
<context>
    <name>CommandStatus</name>
    <message>
        <source>Accepted</source>
        <translation>Accettato</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rifiutato</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Sbloccato</translation>
    </message>
    <message>
        <source>Unlock failed</source>
        <translation>Sblocco non riuscito</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Non supportato</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Pianificato</translation>
    </message>
    <message>
        <source>Reboot required</source>
        <translation>Riavvio necessario</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>Non implementato</translation>
    </message>
    <message>
        <source>Unknown message id</source>
        <translation>Id messaggio sconosciuto</translation>
    </message>
    <message>
        <source>Unknown vendor id</source>
        <translation>Id produttore sconosciuto</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Remote start…</source>
        <translation>Avvio remoto…</translation>
    </message>
    <message>
        <source>Remote stop…</source>
        <translation>Arresto remoto…</translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation>Reset…</translation>
    </message>
    <message>
        <source>Unlock connector…</source>
        <translation>Sblocca connettore…</translation>
    </message>
    <message>
        <source>Change availability…</source>
        <translation>Cambia disponibilità…</translation>
    </message>
    <message>
        <source>Get configuration…</source>
        <translation>Leggi configurazione…</translation>
    </message>
    <message>
        <source>Change configuration…</source>
        <translation>Modifica configurazione…</translation>
    </message>
    <message>
        <source>Trigger message…</source>
        <translation>Richiedi messaggio…</translation>
    </message>
    <message>
        <source>Clear cache…</source>
        <translation>Svuota cache…</translation>
    </message>
    <message>
        <source>Data transfer…</source>
        <translation>Trasferimento dati…</translation>
    </message>
</context>
<context>
    <name>CommandsTab</name>
    <message>
        <source>Last command result: none yet</source>
        <translation>Esito dell&apos;ultimo comando: ancora nessuno</translation>
    </message>
    <message>
        <source>Recent commands to this charger</source>
        <translation>Comandi recenti a questa colonnina</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviato</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Last command result: {text}</source>
        <translation>Esito dell&apos;ultimo comando: {text}</translation>
    </message>
</context>
<context>
    <name>ConfigurationDialog</name>
    <message>
        <source>Configuration of {charger}</source>
        <translation>Configurazione di {charger}</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chiave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Sola lettura</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Unknown keys: {keys}</source>
        <translation>Chiavi sconosciute: {keys}</translation>
    </message>
</context>
<context>
    <name>ConfigurationTab</name>
    <message>
        <source>Read configuration</source>
        <translation>Leggi configurazione</translation>
    </message>
    <message>
        <source>Ask the charger for all its keys (GetConfiguration)</source>
        <translation>Chiedi alla colonnina tutte le sue chiavi (GetConfiguration)</translation>
    </message>
    <message>
        <source>Filter keys…</source>
        <translation>Filtra chiavi…</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chiave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Sola lettura</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Double-click a value to change it; the charger&apos;s answer shows per key.</source>
        <translation>Fai doppio clic su un valore per modificarlo; la risposta della colonnina appare per ogni chiave.</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Non ancora letta.</translation>
    </message>
    <message>
        <source>Reading the configuration of {charger}…</source>
        <translation>Lettura della configurazione di {charger}…</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) reported</source>
        <translation>
            <numerusform>%n chiave segnalata</numerusform>
            <numerusform>%n chiavi segnalate</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown: {keys}</source>
        <translation>sconosciute: {keys}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Invio…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
</context>
<context>
    <name>ConnectorStatus</name>
    <message>
        <source>Available</source>
        <translation>Disponibile</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>In preparazione</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>In carica</translation>
    </message>
    <message>
        <source>Suspended by EV</source>
        <translation>Sospesa dal veicolo</translation>
    </message>
    <message>
        <source>Suspended by charger</source>
        <translation>Sospesa dalla colonnina</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>In chiusura</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Prenotato</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Non disponibile</translation>
    </message>
    <message>
        <source>Faulted</source>
        <translation>Guasto</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuto</translation>
    </message>
</context>
<context>
    <name>ConnectorsTable</name>
    <message>
        <source>Connector</source>
        <translation>Connettore</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Codice di errore</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Potenza</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energia</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transazione</translation>
    </message>
    <message>
        <source>0 (charger)</source>
        <translation>0 (colonnina)</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Errore imprevisto</translation>
    </message>
    <message>
        <source>Something went wrong inside Arthexis Desktop. It keeps running; chargers stay connected. The report below is also in the log file. Copy it when you ask for help.</source>
        <translation>Qualcosa è andato storto in Arthexis Desktop. L&apos;applicazione continua a funzionare e le colonnine restano connesse. Il rapporto qui sotto si trova anche nel file di log. Copialo quando chiedi assistenza.</translation>
    </message>
    <message numerus="yes">
        <source>%n unexpected error(s) so far. The app keeps running; the reports are below.</source>
        <translation>
            <numerusform>%n errore imprevisto finora. L&apos;applicazione continua a funzionare; il rapporto è qui sotto.</numerusform>
            <numerusform>%n errori imprevisti finora. L&apos;applicazione continua a funzionare; i rapporti sono qui sotto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copia rapporto</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Apri cartella dei log</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiato</translation>
    </message>
</context>
<context>
    <name>CreditDialog</name>
    <message>
        <source>Add credit to {name}</source>
        <translation>Aggiungi credito a {name}</translation>
    </message>
    <message>
        <source>e.g. invoice 2026-014</source>
        <translation>ad es. fattura 2026-014</translation>
    </message>
    <message>
        <source>A negative amount corrects an earlier top-up.</source>
        <translation>Un importo negativo corregge un accredito precedente.</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Enter an amount other than zero.</source>
        <translation>Inserisci un importo diverso da zero.</translation>
    </message>
</context>
<context>
    <name>DropBar</name>
    <message>
        <source>Voltage drop {drop} % of the {limit} % limit</source>
        <translation>Caduta di tensione {drop} % con un limite del {limit} %</translation>
    </message>
</context>
<context>
    <name>EnrollTab</name>
    <message>
        <source>Present a card, or type a number, name or UID and press Enter</source>
        <translation>Avvicina una tessera o digita numero, nome o UID e premi Invio</translation>
    </message>
    <message>
        <source>Enroll new cards</source>
        <translation>Registra nuove tessere</translation>
    </message>
    <message>
        <source>Off: a scan only shows the card if it is in the register</source>
        <translation>Disattivato: una lettura mostra la tessera solo se è nel registro</translation>
    </message>
    <message>
        <source>Present a card</source>
        <translation>Avvicina una tessera</translation>
    </message>
    <message>
        <source>Hold a card to a reader: new cards get the next label number.</source>
        <translation>Avvicina una tessera a un lettore: le nuove tessere ricevono il numero di etichetta successivo.</translation>
    </message>
    <message>
        <source>Enroll this card</source>
        <translation>Registra questa tessera</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>known, blocked</source>
        <translation>nota, bloccata</translation>
    </message>
    <message>
        <source>Scanned in this session</source>
        <translation>Lette in questa sessione</translation>
    </message>
    <message>
        <source>The same card again: scanned once.</source>
        <translation>Di nuovo la stessa tessera: letta una sola volta.</translation>
    </message>
    <message>
        <source>{uid} is not in the register.</source>
        <translation>{uid} non è nel registro.</translation>
    </message>
    <message>
        <source>New card enrolled as No. {number}. Name it and assign an account.</source>
        <translation>Nuova tessera registrata come n. {number}. Assegnale un nome e un account.</translation>
    </message>
    <message>
        <source>no account</source>
        <translation>nessun account</translation>
    </message>
    <message>
        <source>Known card No. {number}: {name} — {account}, owner {owner}; last seen {seen}.</source>
        <translation>Tessera nota n. {number}: {name} — {account}, titolare {owner}; vista l&apos;ultima volta {seen}.</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>senza nome</translation>
    </message>
    <message>
        <source>No card matches “{text}”.</source>
        <translation>Nessuna tessera corrisponde a «{text}».</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) match; showing the first.</source>
        <translation>
            <numerusform>%n tessera corrisponde.</numerusform>
            <numerusform>%n tessere corrispondono; viene mostrata la prima.</numerusform>
        </translation>
    </message>
    <message>
        <source>not in the register</source>
        <translation>non è nel registro</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>registrata</translation>
    </message>
    <message>
        <source>known</source>
        <translation>nota</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Charger {charger} is not connected.</source>
        <translation>La colonnina {charger} non è connessa.</translation>
    </message>
    <message>
        <source>Charger {charger} is connected but has not been accepted at boot yet.</source>
        <translation>La colonnina {charger} è connessa ma non è ancora stata accettata all&apos;avvio.</translation>
    </message>
    <message>
        <source>{action} to {charger}: no reply within {seconds} s.</source>
        <translation>{action} a {charger}: nessuna risposta entro {seconds} s.</translation>
    </message>
    <message>
        <source>{action} to {charger} failed with error {code}: {description}</source>
        <translation>{action} a {charger} non riuscito con errore {code}: {description}</translation>
    </message>
    <message>
        <source>The command cannot be sent: {detail}</source>
        <translation>Impossibile inviare il comando: {detail}</translation>
    </message>
    <message>
        <source>Not found: {detail}</source>
        <translation>Non trovato: {detail}</translation>
    </message>
    <message>
        <source>Database error: {detail}</source>
        <translation>Errore del database: {detail}</translation>
    </message>
    <message>
        <source>Configuration error: {detail}</source>
        <translation>Errore di configurazione: {detail}</translation>
    </message>
    <message>
        <source>Unexpected error: {detail}</source>
        <translation>Errore imprevisto: {detail}</translation>
    </message>
</context>
<context>
    <name>FetchingTab</name>
    <message>
        <source>Cannot load: {error}</source>
        <translation>Impossibile caricare: {error}</translation>
    </message>
</context>
<context>
    <name>FocusRequests</name>
    <message>
        <source>Charger {charger} requested</source>
        <translation>Richiesta la colonnina {charger}</translation>
    </message>
    <message>
        <source>RFID tag {uid} requested</source>
        <translation>Richiesta la tessera RFID {uid}</translation>
    </message>
    <message>
        <source>Transactions of tag {tag} requested</source>
        <translation>Richieste le transazioni della tessera {tag}</translation>
    </message>
    <message>
        <source>{kind} {value} requested</source>
        <translation>Richiesto: {kind} {value}</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>{seconds} s ago</source>
        <translation>{seconds} s fa</translation>
    </message>
    <message>
        <source>{minutes} min ago</source>
        <translation>{minutes} min fa</translation>
    </message>
    <message>
        <source>{hours} h ago</source>
        <translation>{hours} h fa</translation>
    </message>
    <message>
        <source>{days} d ago</source>
        <translation>{days} g fa</translation>
    </message>
</context>
<context>
    <name>FramesTab</name>
    <message>
        <source>Last {count} frames</source>
        <translation>Ultimi {count} frame</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Frame</translation>
    </message>
    <message>
        <source>Cannot load frames: {error}</source>
        <translation>Impossibile caricare i frame: {error}</translation>
    </message>
    <message>
        <source>charger → central system</source>
        <translation>colonnina → sistema centrale</translation>
    </message>
    <message>
        <source>central system → charger</source>
        <translation>sistema centrale → colonnina</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s), newest first</source>
        <translation>
            <numerusform>%n frame, dal più recente</numerusform>
            <numerusform>%n frame, dal più recente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphControls</name>
    <message>
        <source>Site</source>
        <translation>Sito</translation>
    </message>
    <message>
        <source>Chargers</source>
        <translation>Colonnine</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Site: total power of all chargers · Chargers: live values · History: a transaction</source>
        <translation>Sito: potenza totale di tutte le colonnine · Colonnine: valori in tempo reale · Cronologia: una transazione</translation>
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
        <translation>Sessione</translation>
    </message>
    <message>
        <source>no limit line</source>
        <translation>nessuna linea limite</translation>
    </message>
    <message>
        <source>Site supply limit, drawn as a dashed line</source>
        <translation>Limite di fornitura del sito, tracciato come linea tratteggiata</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Per charger</source>
        <translation>Per colonnina</translation>
    </message>
    <message>
        <source>Stack the chargers&apos; shares under the total</source>
        <translation>Impila le quote delle colonnine sotto il totale</translation>
    </message>
    <message>
        <source>Follow live</source>
        <translation>Segui in diretta</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>Salva PNG…</translation>
    </message>
    <message>
        <source>Filter chargers</source>
        <translation>Filtra colonnine</translation>
    </message>
    <message>
        <source>All connectors</source>
        <translation>Tutti i connettori</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Connector {number}</source>
        <translation>Connettore {number}</translation>
    </message>
    <message>
        <source>Connector 0 (main meter)</source>
        <translation>Connettore 0 (contatore principale)</translation>
    </message>
    <message>
        <source>running</source>
        <translation>in corso</translation>
    </message>
    <message>
        <source>#{id} {charger} · {connector}
{start} – {end}</source>
        <translation>#{id} {charger} · {connector}
{start} – {end}</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Ripristina vista</translation>
    </message>
    <message>
        <source>Selected chargers are stacked under the total; none selected: the top 8.</source>
        <translation>Le colonnine selezionate sono impilate sotto il totale; se nessuna è selezionata, le prime 8.</translation>
    </message>
    <message>
        <source>Select one or more chargers (Ctrl/Shift for several).</source>
        <translation>Seleziona una o più colonnine (Ctrl/Maiusc per più di una).</translation>
    </message>
</context>
<context>
    <name>GraphSaver</name>
    <message>
        <source>Export graph data</source>
        <translation>Esporta i dati del grafico</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save graph as image</source>
        <translation>Salva il grafico come immagine</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Immagini PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>Impossibile salvare {path}: {error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Salvato: {path}</translation>
    </message>
</context>
<context>
    <name>GraphsPanel</name>
    <message>
        <source>Cannot load transactions: {error}</source>
        <translation>Impossibile caricare le transazioni: {error}</translation>
    </message>
    <message>
        <source>Select one or more chargers on the left.</source>
        <translation>Seleziona una o più colonnine a sinistra.</translation>
    </message>
    <message>
        <source>No running session on the chosen connectors: the last hour.</source>
        <translation>Nessuna sessione in corso sui connettori scelti: l&apos;ultima ora.</translation>
    </message>
    <message>
        <source>No “{measurand}” samples from the chosen chargers yet.</source>
        <translation>Ancora nessun campione «{measurand}» dalle colonnine scelte.</translation>
    </message>
    <message>
        <source>Site total</source>
        <translation>Totale del sito</translation>
    </message>
    <message>
        <source>Other chargers</source>
        <translation>Altre colonnine</translation>
    </message>
    <message>
        <source>Power (kW)</source>
        <translation>Potenza (kW)</translation>
    </message>
    <message>
        <source>limit {power}</source>
        <translation>limite {power}</translation>
    </message>
    <message>
        <source>No charger has reported power yet.</source>
        <translation>Nessuna colonnina ha ancora segnalato la potenza.</translation>
    </message>
    <message numerus="yes">
        <source>Now {power} · %n charger(s) drawing power</source>
        <translation>
            <numerusform>Ora {power} · %n colonnina assorbe potenza</numerusform>
            <numerusform>Ora {power} · %n colonnine assorbono potenza</numerusform>
        </translation>
    </message>
    <message>
        <source>{share} % of the limit</source>
        <translation>{share} % del limite</translation>
    </message>
    <message>
        <source>Choose a transaction on the left.</source>
        <translation>Scegli una transazione a sinistra.</translation>
    </message>
    <message>
        <source>Loading transaction {id}…</source>
        <translation>Caricamento della transazione {id}…</translation>
    </message>
    <message>
        <source>Cannot load transaction {id}: {error}</source>
        <translation>Impossibile caricare la transazione {id}: {error}</translation>
    </message>
    <message>
        <source>Transaction {id} has no stored “{measurand}” samples.</source>
        <translation>La transazione {id} non ha campioni «{measurand}» memorizzati.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Show every status change</source>
        <translation>Mostra ogni cambio di stato</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connettore</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Codice di errore</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Vendor error</source>
        <translation>Errore del produttore</translation>
    </message>
    <message>
        <source>Cannot load the history: {error}</source>
        <translation>Impossibile caricare la cronologia: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n status change(s), newest first</source>
        <translation>
            <numerusform>%n cambio di stato, dal più recente</numerusform>
            <numerusform>%n cambi di stato, dal più recente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n errore</numerusform>
            <numerusform>%n errori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) reported, newest first</source>
        <translation>
            <numerusform>%n errore segnalato, dal più recente</numerusform>
            <numerusform>%n errori segnalati, dal più recente</numerusform>
        </translation>
    </message>
    <message>
        <source>No errors reported.</source>
        <translation>Nessun errore segnalato.</translation>
    </message>
</context>
<context>
    <name>IdentityBox</name>
    <message>
        <source>Identity</source>
        <translation>Identità</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Produttore</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numero di serie</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocollo</translation>
    </message>
    <message>
        <source>Remote address</source>
        <translation>Indirizzo remoto</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Connessa da</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Ammissione</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>Ultimo heartbeat</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Contatore</translation>
    </message>
    <message>
        <source>{time} ({ago})</source>
        <translation>{time} ({ago})</translation>
    </message>
    <message>
        <source>Offline, never seen</source>
        <translation>Offline, mai vista</translation>
    </message>
    <message>
        <source>Offline, last seen {ago}</source>
        <translation>Offline, vista l&apos;ultima volta {ago}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import the register — {file}</source>
        <translation>Importa il registro — {file}</translation>
    </message>
    <message>
        <source>Update existing cards with the file&apos;s values</source>
        <translation>Aggiorna le tessere esistenti con i valori del file</translation>
    </message>
    <message>
        <source>Off: a card registered with other values is reported as a conflict</source>
        <translation>Disattivato: una tessera registrata con altri valori viene segnalata come conflitto</translation>
    </message>
    <message>
        <source>Create missing accounts</source>
        <translation>Crea gli account mancanti</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Cosa succede</translation>
    </message>
    <message>
        <source>Conflicts (9999)</source>
        <translation>Conflitti (9999)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Verifica di {file}…</translation>
    </message>
    <message numerus="yes">
        <source>Import %n good row(s)</source>
        <translation>
            <numerusform>Importa %n riga valida</numerusform>
            <numerusform>Importa %n righe valide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Errors (%n)</source>
        <translation>
            <numerusform>Errori (%n)</numerusform>
            <numerusform>Errori (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>Conflitti (%n)</numerusform>
            <numerusform>Conflitti (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>created</source>
        <translation>creata</translation>
    </message>
    <message>
        <source>to create</source>
        <translation>da creare</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aggiornata</translation>
    </message>
    <message>
        <source>to update</source>
        <translation>da aggiornare</translation>
    </message>
    <message numerus="yes">
        <source>New cards (%n)</source>
        <translation>
            <numerusform>Nuove tessere (%n)</numerusform>
            <numerusform>Nuove tessere (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated cards (%n)</source>
        <translation>
            <numerusform>Tessere aggiornate (%n)</numerusform>
            <numerusform>Tessere aggiornate (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged (%n)</source>
        <translation>
            <numerusform>Invariate (%n)</numerusform>
            <numerusform>Invariate (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New accounts (%n)</source>
        <translation>
            <numerusform>Nuovi account (%n)</numerusform>
            <numerusform>Nuovi account (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warnings (%n)</source>
        <translation>
            <numerusform>Avvisi (%n)</numerusform>
            <numerusform>Avvisi (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nuova</numerusform>
            <numerusform>%n nuove</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aggiornata</numerusform>
            <numerusform>%n aggiornate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n invariata</numerusform>
            <numerusform>%n invariate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflitto</numerusform>
            <numerusform>%n conflitti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n errore</numerusform>
            <numerusform>%n errori</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run of {file}: {counts}. Nothing has been written yet.</source>
        <translation>Prova di {file}: {counts}. Non è stato ancora scritto nulla.</translation>
    </message>
    <message>
        <source>Imported {file}: {counts}. Rows with errors or conflicts were not imported.</source>
        <translation>{file} importato: {counts}. Le righe con errori o conflitti non sono state importate.</translation>
    </message>
    <message>
        <source>Nothing to import from {file}: {counts}.</source>
        <translation>Niente da importare da {file}: {counts}.</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>N. {number}</translation>
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
        <translation>Operatività</translation>
    </message>
    <message>
        <source>Installer</source>
        <translation>Installatore</translation>
    </message>
    <message>
        <source>Kiosk preview</source>
        <translation>Anteprima kiosk</translation>
    </message>
</context>
<context>
    <name>ListsTab</name>
    <message>
        <source>Chargers with the local list on get every released card (Full first, then only the changes) a few seconds after the register changes.</source>
        <translation>Le colonnine con la lista locale attiva ricevono ogni tessera assegnata (prima Full, poi solo le modifiche) pochi secondi dopo la modifica del registro.</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Colonnina</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connessa</translation>
    </message>
    <message>
        <source>Local list</source>
        <translation>Lista locale</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Ultimo esito</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviata</translation>
    </message>
    <message>
        <source>Charger says</source>
        <translation>Risposta della colonnina</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>on</source>
        <translation>attiva</translation>
    </message>
    <message>
        <source>Keep this charger&apos;s local list in step</source>
        <translation>Mantieni sincronizzata la lista locale di questa colonnina</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <source>Send the whole list (Full update) now</source>
        <translation>Invia ora l&apos;intera lista (aggiornamento Full)</translation>
    </message>
    <message>
        <source>Check version</source>
        <translation>Verifica versione</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>Svuota cache</translation>
    </message>
    <message>
        <source>Clear the charger&apos;s authorization cache (the local list stays)</source>
        <translation>Svuota la cache di autorizzazione della colonnina (la lista locale resta)</translation>
    </message>
    <message>
        <source>{charger}: local list on; it is sent in a few seconds.</source>
        <translation>{charger}: lista locale attiva; viene inviata tra pochi secondi.</translation>
    </message>
    <message>
        <source>{charger}: local list off; the charger keeps what it has.</source>
        <translation>{charger}: lista locale disattivata; la colonnina conserva ciò che ha.</translation>
    </message>
    <message>
        <source>{charger}: list version {version} ({count} entries): {status}</source>
        <translation>{charger}: versione della lista {version} ({count} voci): {status}</translation>
    </message>
    <message>
        <source>{charger} holds list version {version}.</source>
        <translation>{charger} ha la versione della lista {version}.</translation>
    </message>
    <message>
        <source>{charger}: ClearCache {status}</source>
        <translation>{charger}: ClearCache {status}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fatto</translation>
    </message>
    <message>
        <source>version {version}, {when}</source>
        <translation>versione {version}, {when}</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>off</source>
        <translation>disattiva</translation>
    </message>
</context>
<context>
    <name>LocalList</name>
    <message>
        <source>Accepted</source>
        <translation>Accettata</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscita</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Non supportata</translation>
    </message>
    <message>
        <source>Version mismatch</source>
        <translation>Versione non corrispondente</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Nessuna risposta</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aggiornata</translation>
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
        <translation>Avvio del sistema centrale…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Layouts</source>
        <translation>&amp;Layout</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Ripristina layout</translation>
    </message>
    <message>
        <source>Put every panel back where it starts and restore column widths</source>
        <translation>Riporta ogni pannello nella posizione iniziale e ripristina la larghezza delle colonne</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Apri cartella dei &amp;log</translation>
    </message>
    <message>
        <source>&amp;About Arthexis Desktop</source>
        <translation>&amp;Informazioni su Arthexis Desktop</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Click on the map to place {charger} (Esc cancels)</source>
        <translation>Fai clic sulla mappa per posizionare {charger} (Esc annulla)</translation>
    </message>
    <message>
        <source>Editing locations: drag a marker to move its charger</source>
        <translation>Modifica delle posizioni: trascina un indicatore per spostare la sua colonnina</translation>
    </message>
    <message>
        <source>No tile source: showing the graticule only</source>
        <translation>Nessuna sorgente di tile: viene mostrato solo il reticolo</translation>
    </message>
    <message>
        <source>Tile server unreachable: {error}</source>
        <translation>Server delle tile non raggiungibile: {error}</translation>
    </message>
    <message>
        <source>Tile server unreachable: no answer within {seconds} s</source>
        <translation>Server delle tile non raggiungibile: nessuna risposta entro {seconds} s</translation>
    </message>
    <message>
        <source>Offline: showing cached tiles</source>
        <translation>Offline: vengono mostrate le tile in cache</translation>
    </message>
    <message>
        <source>Tile server error: {error}</source>
        <translation>Errore del server delle tile: {error}</translation>
    </message>
    <message>
        <source>MBTiles file cannot be used: {error}</source>
        <translation>Impossibile usare il file MBTiles: {error}</translation>
    </message>
    <message>
        <source>Tile server sent something that is not an image; check the URL template</source>
        <translation>Il server delle tile ha inviato qualcosa che non è un&apos;immagine; controlla il modello di URL</translation>
    </message>
    <message>
        <source>No tiles below zoom {zoom} in this source</source>
        <translation>Nessuna tile sotto lo zoom {zoom} in questa sorgente</translation>
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
        <translation>Potenza: {power}</translation>
    </message>
    <message>
        <source>{count} chargers here: {statuses}
Click to zoom in.</source>
        <translation>{count} colonnine qui: {statuses}
Fai clic per ingrandire.</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Map settings not saved: {error}</source>
        <translation>Impostazioni della mappa non salvate: {error}</translation>
    </message>
    <message>
        <source>Not a valid position: {error}</source>
        <translation>Posizione non valida: {error}</translation>
    </message>
    <message>
        <source>{charger} placed at {latitude}, {longitude}</source>
        <translation>{charger} posizionata in {latitude}, {longitude}</translation>
    </message>
    <message>
        <source>{charger} removed from the map</source>
        <translation>{charger} rimossa dalla mappa</translation>
    </message>
</context>
<context>
    <name>MapSection</name>
    <message>
        <source>Map</source>
        <translation>Mappa</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>Tile</translation>
    </message>
    <message>
        <source>URL template</source>
        <translation>Modello di URL</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Attribuzione</translation>
    </message>
    <message>
        <source>Disk cache</source>
        <translation>Cache su disco</translation>
    </message>
    <message>
        <source>MBTiles file</source>
        <translation>File MBTiles</translation>
    </message>
    <message>
        <source>Use {z}, {x} and {y} in the template. Tiles are cached and never downloaded in bulk; for a site without internet choose an MBTiles file.</source>
        <translation>Usa {z}, {x} e {y} nel modello. Le tile vengono memorizzate in cache e mai scaricate in blocco; per un sito senza internet scegli un file MBTiles.</translation>
    </message>
    <message>
        <source>Online (XYZ URL template)</source>
        <translation>Online (modello di URL XYZ)</translation>
    </message>
    <message>
        <source>MBTiles file (offline)</source>
        <translation>File MBTiles (offline)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuna</translation>
    </message>
</context>
<context>
    <name>MapSide</name>
    <message>
        <source>Edit locations</source>
        <translation>Modifica posizioni</translation>
    </message>
    <message>
        <source>Drag markers to move chargers (off: markers cannot be moved by accident)</source>
        <translation>Trascina gli indicatori per spostare le colonnine (disattivato: non si possono spostare per errore)</translation>
    </message>
    <message>
        <source>Selected charger</source>
        <translation>Colonnina selezionata</translation>
    </message>
    <message>
        <source>Click a marker or a charger below.</source>
        <translation>Fai clic su un indicatore o su una colonnina qui sotto.</translation>
    </message>
    <message>
        <source>Save location</source>
        <translation>Salva posizione</translation>
    </message>
    <message>
        <source>Remove from map</source>
        <translation>Rimuovi dalla mappa</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitudine</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitudine</translation>
    </message>
    <message>
        <source>Place on map</source>
        <translation>Posiziona sulla mappa</translation>
    </message>
    <message>
        <source>Then click on the map where the charger is</source>
        <translation>Poi fai clic sulla mappa nel punto in cui si trova la colonnina</translation>
    </message>
    <message>
        <source>Tile source…</source>
        <translation>Sorgente delle tile…</translation>
    </message>
    <message>
        <source>{charger} — not on the map yet</source>
        <translation>{charger} — non ancora sulla mappa</translation>
    </message>
    <message>
        <source>Without a location ({count})</source>
        <translation>Senza posizione ({count})</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Charger map</source>
        <translation>Mappa delle colonnine</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Ingrandisci (+)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Riduci (-)</translation>
    </message>
    <message>
        <source>Show all chargers (Home)</source>
        <translation>Mostra tutte le colonnine (Home)</translation>
    </message>
</context>
<context>
    <name>MessageLogModel</name>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Colonnina</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>received from the charger</source>
        <translation>ricevuto dalla colonnina</translation>
    </message>
    <message>
        <source>sent to the charger</source>
        <translation>inviato alla colonnina</translation>
    </message>
</context>
<context>
    <name>MessageLogPanel</name>
    <message>
        <source>All chargers</source>
        <translation>Tutte le colonnine</translation>
    </message>
    <message>
        <source>Filter text…</source>
        <translation>Filtra testo…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Auto-scroll</source>
        <translation>Scorrimento automatico</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy the selected frames (Ctrl+C)</source>
        <translation>Copia i frame selezionati (Ctrl+C)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Svuota</translation>
    </message>
</context>
<context>
    <name>NotesLocationBox</name>
    <message>
        <source>Notes and location</source>
        <translation>Note e posizione</translation>
    </message>
    <message>
        <source>Where it is, who to call, quirks of its firmware…</source>
        <translation>Dove si trova, chi chiamare, stranezze del firmware…</translation>
    </message>
    <message>
        <source>e.g. 25.686600</source>
        <translation>ad es. 25.686600</translation>
    </message>
    <message>
        <source>e.g. -100.316100</source>
        <translation>ad es. -100.316100</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitudine</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitudine</translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation>Note salvate.</translation>
    </message>
    <message>
        <source>Location saved.</source>
        <translation>Posizione salvata.</translation>
    </message>
    <message>
        <source>Location removed.</source>
        <translation>Posizione rimossa.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
</context>
<context>
    <name>NotificationsSection</name>
    <message>
        <source>Notifications</source>
        <translation>Notifiche</translation>
    </message>
    <message>
        <source>Show a notification when:</source>
        <translation>Mostra una notifica quando:</translation>
    </message>
    <message>
        <source>a charger connects</source>
        <translation>una colonnina si connette</translation>
    </message>
    <message>
        <source>a charger disconnects</source>
        <translation>una colonnina si disconnette</translation>
    </message>
    <message>
        <source>an unknown charger waits for approval</source>
        <translation>una colonnina sconosciuta attende l&apos;approvazione</translation>
    </message>
    <message>
        <source>a charger&apos;s BootNotification is rejected</source>
        <translation>la BootNotification di una colonnina viene rifiutata</translation>
    </message>
    <message>
        <source>a connector reports Faulted (with its error code)</source>
        <translation>un connettore segnala Faulted (con il codice di errore)</translation>
    </message>
    <message>
        <source>a charging session starts</source>
        <translation>inizia una sessione di ricarica</translation>
    </message>
    <message>
        <source>a charging session stops (energy and duration)</source>
        <translation>termina una sessione di ricarica (energia e durata)</translation>
    </message>
    <message>
        <source>an RFID card is presented (accepted, blocked or unknown)</source>
        <translation>viene presentata una tessera RFID (accettata, bloccata o sconosciuta)</translation>
    </message>
    <message>
        <source>the broker cannot listen on its port</source>
        <translation>il broker non può restare in ascolto sulla sua porta</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Charging on connector {connector}: {power}, {energy} in {duration} — tag {tag}, transaction #{id}</source>
        <translation>In carica sul connettore {connector}: {power}, {energy} in {duration} — tessera {tag}, transazione #{id}</translation>
    </message>
    <message>
        <source>No transaction running.</source>
        <translation>Nessuna transazione in corso.</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Chargers</source>
        <translation>Colonnine</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transazioni</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>Registro messaggi</translation>
    </message>
    <message>
        <source>RFID tags seen</source>
        <translation>Tessere RFID viste</translation>
    </message>
    <message>
        <source>RFID cards</source>
        <translation>Tessere RFID</translation>
    </message>
    <message>
        <source>Calculators</source>
        <translation>Calcolatori</translation>
    </message>
    <message>
        <source>Clipboard patterns</source>
        <translation>Modelli degli appunti</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mappa</translation>
    </message>
    <message>
        <source>Meter graphs</source>
        <translation>Grafici delle misure</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Colonnina</translation>
    </message>
</context>
<context>
    <name>PatternActions</name>
    <message>
        <source>No action</source>
        <translation>Nessuna azione</translation>
    </message>
    <message>
        <source>Open charger</source>
        <translation>Apri colonnina</translation>
    </message>
    <message>
        <source>Find RFID tag</source>
        <translation>Cerca tessera RFID</translation>
    </message>
    <message>
        <source>Search transactions of a tag</source>
        <translation>Cerca le transazioni di una tessera</translation>
    </message>
    <message>
        <source>Copy formatted text</source>
        <translation>Copia testo formattato</translation>
    </message>
    <message>
        <source>Open charger {value}</source>
        <translation>Apri colonnina {value}</translation>
    </message>
    <message>
        <source>Find RFID {value}</source>
        <translation>Cerca RFID {value}</translation>
    </message>
    <message>
        <source>Transactions of {value}</source>
        <translation>Transazioni di {value}</translation>
    </message>
    <message>
        <source>Copy “{value}”</source>
        <translation>Copia «{value}»</translation>
    </message>
</context>
<context>
    <name>PatternEditor</name>
    <message>
        <source>e.g. Charger [charger] reported [error]</source>
        <translation>ad es. Colonnina [charger] ha segnalato [error]</translation>
    </message>
    <message>
        <source>Higher priorities are tried first.</source>
        <translation>Le priorità più alte vengono provate per prime.</translation>
    </message>
    <message>
        <source>e.g. [charger]</source>
        <translation>ad es. [charger]</translation>
    </message>
    <message>
        <source>Save pattern</source>
        <translation>Salva modello</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Maschera</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Action text</source>
        <translation>Testo dell&apos;azione</translation>
    </message>
    <message>
        <source>New pattern</source>
        <translation>Nuovo modello</translation>
    </message>
    <message>
        <source>Edit pattern</source>
        <translation>Modifica modello</translation>
    </message>
    <message>
        <source>The pattern could not be saved: {error}</source>
        <translation>Impossibile salvare il modello: {error}</translation>
    </message>
</context>
<context>
    <name>PatternErrors</name>
    <message>
        <source>The “[” at character {position} is never closed.</source>
        <translation>La «[» al carattere {position} non viene mai chiusa.</translation>
    </message>
    <message>
        <source>The “]” at character {position} has no “[”.</source>
        <translation>La «]» al carattere {position} non ha una «[» corrispondente.</translation>
    </message>
    <message>
        <source>The placeholder at character {position} contains another “[”.</source>
        <translation>Il segnaposto al carattere {position} contiene un&apos;altra «[».</translation>
    </message>
    <message>
        <source>The placeholder at character {position} has no name.</source>
        <translation>Il segnaposto al carattere {position} non ha un nome.</translation>
    </message>
    <message>
        <source>[{name}] is used twice (character {position}); give each placeholder its own name.</source>
        <translation>[{name}] è usato due volte (carattere {position}); dai a ogni segnaposto un nome diverso.</translation>
    </message>
    <message>
        <source>Enter a mask, e.g. “ws://[host]/ocpp/[charger]”.</source>
        <translation>Inserisci una maschera, ad es. «ws://[host]/ocpp/[charger]».</translation>
    </message>
    <message>
        <source>The action uses [{name}], which the mask does not capture.</source>
        <translation>L&apos;azione usa [{name}], che la maschera non cattura.</translation>
    </message>
    <message>
        <source>No value for [{name}].</source>
        <translation>Nessun valore per [{name}].</translation>
    </message>
    <message>
        <source>Write \[ or \] for a literal bracket.</source>
        <translation>Scrivi \[ o \] per una parentesi quadra letterale.</translation>
    </message>
</context>
<context>
    <name>PatternsView</name>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Maschera</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Action text</source>
        <translation>Testo dell&apos;azione</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Aggiungi…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>My patterns</source>
        <translation>I miei modelli</translation>
    </message>
    <message>
        <source>Built-in patterns are tried after yours (their priorities are negative).</source>
        <translation>I modelli predefiniti vengono provati dopo i tuoi (le loro priorità sono negative).</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Predefiniti</translation>
    </message>
    <message>
        <source>This mask is not valid and is not scanned; edit it.</source>
        <translation>Questa maschera non è valida e non viene analizzata; modificala.</translation>
    </message>
    <message>
        <source>The pattern could not be deleted: {error}</source>
        <translation>Impossibile eliminare il modello: {error}</translation>
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
        <translation>Tensione (concatenata)</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Corrente</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fasi</translation>
    </message>
    <message>
        <source>Power factor</source>
        <translation>Fattore di potenza</translation>
    </message>
    <message>
        <source>Breaker ratings</source>
        <translation>Taglie degli interruttori</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carico</translation>
    </message>
    <message>
        <source>Apparent power</source>
        <translation>Potenza apparente</translation>
    </message>
    <message>
        <source>Active power</source>
        <translation>Potenza attiva</translation>
    </message>
    <message>
        <source>Reactive power</source>
        <translation>Potenza reattiva</translation>
    </message>
    <message>
        <source>Breaker at least (125 %)</source>
        <translation>Interruttore di almeno (125 %)</translation>
    </message>
    <message>
        <source>Suggested breaker</source>
        <translation>Interruttore consigliato</translation>
    </message>
    <message>
        <source>kVA = V × I (× √3 for three-phase); kW = kVA × power factor; kVAr = √(kVA² − kW²).</source>
        <translation>kVA = V × I (× √3 in trifase); kW = kVA × fattore di potenza; kVAr = √(kVA² − kW²).</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>above the largest standard rating ({largest} A)</source>
        <translation>oltre la taglia normalizzata più grande ({largest} A)</translation>
    </message>
</context>
<context>
    <name>PresetBar</name>
    <message>
        <source>Choose a preset…</source>
        <translation>Scegli un preset…</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Salva come preset…</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Elimina preset</translation>
    </message>
    <message>
        <source>Name of the preset</source>
        <translation>Nome del preset</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Preset:</translation>
    </message>
    <message>
        <source>Save the inputs (without the length) as:</source>
        <translation>Salva i dati (senza la lunghezza) come:</translation>
    </message>
    <message>
        <source>Correct the marked inputs before saving them as a preset.</source>
        <translation>Correggi i dati evidenziati prima di salvarli come preset.</translation>
    </message>
    <message>
        <source>Enter a name for the preset.</source>
        <translation>Inserisci un nome per il preset.</translation>
    </message>
    <message>
        <source>The preset could not be saved: {error}</source>
        <translation>Impossibile salvare il preset: {error}</translation>
    </message>
    <message>
        <source>Preset “{name}” replaced.</source>
        <translation>Preset «{name}» sostituito.</translation>
    </message>
    <message>
        <source>Preset “{name}” saved.</source>
        <translation>Preset «{name}» salvato.</translation>
    </message>
    <message>
        <source>The preset could not be deleted: {error}</source>
        <translation>Impossibile eliminare il preset: {error}</translation>
    </message>
    <message>
        <source>Preset “{name}” deleted.</source>
        <translation>Preset «{name}» eliminato.</translation>
    </message>
</context>
<context>
    <name>PrintButton</name>
    <message>
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <source>A card label or a handover form with the QR code of the UID</source>
        <translation>Un&apos;etichetta per la tessera o un modulo di consegna con il codice QR dell&apos;UID</translation>
    </message>
    <message>
        <source>Save card label as PDF…</source>
        <translation>Salva etichetta della tessera come PDF…</translation>
    </message>
    <message>
        <source>Save handover form as PDF…</source>
        <translation>Salva modulo di consegna come PDF…</translation>
    </message>
    <message>
        <source>Print card label…</source>
        <translation>Stampa etichetta della tessera…</translation>
    </message>
    <message>
        <source>Print handover form…</source>
        <translation>Stampa modulo di consegna…</translation>
    </message>
    <message>
        <source>No printer is installed</source>
        <translation>Nessuna stampante installata</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Salva come PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>Impossibile scrivere {path}: {error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Salvato: {path}</translation>
    </message>
    <message>
        <source>Sent to {printer}</source>
        <translation>Inviato a {printer}</translation>
    </message>
</context>
<context>
    <name>QrTab</name>
    <message>
        <source>Encoded URL</source>
        <translation>URL codificato</translation>
    </message>
    <message>
        <source>Use the broker&apos;s URL</source>
        <translation>Usa l&apos;URL del broker</translation>
    </message>
    <message>
        <source>Encode the OCPP URL the charger should connect to</source>
        <translation>Codifica l&apos;URL OCPP a cui la colonnina deve connettersi</translation>
    </message>
    <message>
        <source>{charger_id} stands for the charger&apos;s id. Empty: the OCPP URL the charger should use. A public page works too, e.g. https://example.com/c/{charger_id}</source>
        <translation>{charger_id} indica l&apos;id della colonnina. Vuoto: l&apos;URL OCPP che la colonnina deve usare. Va bene anche una pagina pubblica, ad es. https://example.com/c/{charger_id}</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>Salva PNG…</translation>
    </message>
    <message>
        <source>Save SVG…</source>
        <translation>Salva SVG…</translation>
    </message>
    <message>
        <source>Sticker sheet (PDF)…</source>
        <translation>Foglio di adesivi (PDF)…</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>Modello salvato.</translation>
    </message>
    <message>
        <source>Save the QR code</source>
        <translation>Salva il codice QR</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Immagine PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Immagine SVG (*.svg)</translation>
    </message>
    <message>
        <source>Cannot save {path}: {error}</source>
        <translation>Impossibile salvare {path}: {error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Salvato: {path}</translation>
    </message>
</context>
<context>
    <name>QuitDialog</name>
    <message>
        <source>Quit Arthexis Desktop?</source>
        <translation>Uscire da Arthexis Desktop?</translation>
    </message>
    <message>
        <source>The central system stops: chargers lose their connection until it runs again.</source>
        <translation>Il sistema centrale si arresta: le colonnine perdono la connessione finché non torna attivo.</translation>
    </message>
</context>
<context>
    <name>QuitTexts</name>
    <message numerus="yes">
        <source>%n transaction(s) are active; quit anyway?</source>
        <translation>
            <numerusform>%n transazione è attiva; uscire comunque?</numerusform>
            <numerusform>%n transazioni sono attive; uscire comunque?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReaderStatusView</name>
    <message>
        <source>Keyboard readers: scan into the field below.</source>
        <translation>Lettori a tastiera: esegui la lettura nel campo qui sotto.</translation>
    </message>
    <message>
        <source>PC/SC readers are not watched (started with --no-readers).</source>
        <translation>I lettori PC/SC non sono monitorati (avviato con --no-readers).</translation>
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
        <translation>Nessuna tessera ancora letta.</translation>
    </message>
    <message>
        <source>Last scan: {uid} on {reader}, {ago}</source>
        <translation>Ultima lettura: {uid} su {reader}, {ago}</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>Search number, UID, name, owner, account, notes</source>
        <translation>Cerca numero, UID, nome, titolare, account, note</translation>
    </message>
    <message>
        <source>Allowed and blocked</source>
        <translation>Consentite e bloccate</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Consentita</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloccata</translation>
    </message>
    <message>
        <source>Released or not</source>
        <translation>Assegnate o no</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Assegnata</translation>
    </message>
    <message>
        <source>Not released</source>
        <translation>Non assegnata</translation>
    </message>
    <message>
        <source>Any expiry</source>
        <translation>Qualsiasi scadenza</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Scaduta</translation>
    </message>
    <message>
        <source>Not expired</source>
        <translation>Non scaduta</translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation>Qualsiasi colore</translation>
    </message>
    <message>
        <source>Any account</source>
        <translation>Qualsiasi account</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Ultima volta</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Titolare</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colore</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Consenti</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blocca</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Assegna</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Ritira</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>Mark the selected cards as handed over to their holders</source>
        <translation>Segna le tessere selezionate come consegnate ai titolari</translation>
    </message>
    <message>
        <source>Mark the selected cards as returned (not released)</source>
        <translation>Segna le tessere selezionate come restituite (non assegnate)</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) listed</source>
        <translation>
            <numerusform>%n tessera elencata</numerusform>
            <numerusform>%n tessere elencate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selezionata</numerusform>
            <numerusform>%n selezionate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) allowed.</source>
        <translation>
            <numerusform>%n tessera consentita.</numerusform>
            <numerusform>%n tessere consentite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) blocked.</source>
        <translation>
            <numerusform>%n tessera bloccata.</numerusform>
            <numerusform>%n tessere bloccate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) released.</source>
        <translation>
            <numerusform>%n tessera assegnata.</numerusform>
            <numerusform>%n tessere assegnate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) taken back.</source>
        <translation>
            <numerusform>%n tessera ritirata.</numerusform>
            <numerusform>%n tessere ritirate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete cards</source>
        <translation>Elimina tessere</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s) from the register? Chargers will no longer accept them; their history stays.</source>
        <translation>
            <numerusform>Eliminare %n tessera dal registro? Le colonnine non la accetteranno più; la sua cronologia resta.</numerusform>
            <numerusform>Eliminare %n tessere dal registro? Le colonnine non le accetteranno più; la loro cronologia resta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) deleted.</source>
        <translation>
            <numerusform>%n tessera eliminata.</numerusform>
            <numerusform>%n tessere eliminate.</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>Reservation</name>
    <message>
        <source>Waiting for the charger</source>
        <translation>In attesa della colonnina</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Prenotata</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rifiutata</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscita</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Scaduta</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilizzata</translation>
    </message>
</context>
<context>
    <name>ReservationsBox</name>
    <message>
        <source>Reservations</source>
        <translation>Prenotazioni</translation>
    </message>
    <message>
        <source>Cancel reservation</source>
        <translation>Annulla prenotazione</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connettore</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Charger&apos;s answer</source>
        <translation>Risposta della colonnina</translation>
    </message>
    <message>
        <source>Reservations cannot be loaded: {error}</source>
        <translation>Impossibile caricare le prenotazioni: {error}</translation>
    </message>
    <message>
        <source>No reservations. Reserve a connector for a card in RFID cards → Reservations.</source>
        <translation>Nessuna prenotazione. Prenota un connettore per una tessera in Tessere RFID → Prenotazioni.</translation>
    </message>
    <message numerus="yes">
        <source>%n active reservation(s)</source>
        <translation>
            <numerusform>%n prenotazione attiva</numerusform>
            <numerusform>%n prenotazioni attive</numerusform>
        </translation>
    </message>
    <message>
        <source>any</source>
        <translation>qualsiasi</translation>
    </message>
    <message>
        <source>Reservation {number} not cancelled: {error}</source>
        <translation>Prenotazione {number} non annullata: {error}</translation>
    </message>
    <message>
        <source>Reservation {number}: {state}</source>
        <translation>Prenotazione {number}: {state}</translation>
    </message>
</context>
<context>
    <name>ReservationsTab</name>
    <message>
        <source>Active only</source>
        <translation>Solo attive</translation>
    </message>
    <message>
        <source>Reserve…</source>
        <translation>Prenota…</translation>
    </message>
    <message>
        <source>Cancel reservation</source>
        <translation>Annulla prenotazione</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Colonnina</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connettore</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Fino a</translation>
    </message>
    <message>
        <source>Charger&apos;s answer</source>
        <translation>Risposta della colonnina</translation>
    </message>
    <message>
        <source>Reservation {number} on {charger} connector {connector}: {state} ({answer})</source>
        <translation>Prenotazione {number} su {charger}, connettore {connector}: {state} ({answer})</translation>
    </message>
    <message>
        <source>any</source>
        <translation>qualsiasi</translation>
    </message>
</context>
<context>
    <name>ReserveDialog</name>
    <message>
        <source>Reserve a connector</source>
        <translation>Prenota un connettore</translation>
    </message>
    <message>
        <source>any (0)</source>
        <translation>qualsiasi (0)</translation>
    </message>
    <message>
        <source>{uid} — No. {number}</source>
        <translation>{uid} — n. {number}</translation>
    </message>
    <message>
        <source>OCPP 1.6 has no start time: the connector is held from now until the expiry.</source>
        <translation>OCPP 1.6 non prevede un orario di inizio: il connettore resta prenotato da ora fino alla scadenza.</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Colonnina</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connettore</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Fino a</translation>
    </message>
    <message>
        <source>Choose a charger.</source>
        <translation>Scegli una colonnina.</translation>
    </message>
    <message>
        <source>Choose a card.</source>
        <translation>Scegli una tessera.</translation>
    </message>
</context>
<context>
    <name>RfidLabel</name>
    <message>
        <source>No number</source>
        <translation>Senza numero</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>N. {number}</translation>
    </message>
    <message>
        <source>no account</source>
        <translation>nessun account</translation>
    </message>
    <message>
        <source>RFID card handover</source>
        <translation>Consegna della tessera RFID</translation>
    </message>
    <message>
        <source>Label number</source>
        <translation>Numero di etichetta</translation>
    </message>
    <message>
        <source>Card UID</source>
        <translation>UID della tessera</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Titolare</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>Consegnata il</translation>
    </message>
    <message>
        <source>Received by (name, signature)</source>
        <translation>Ricevuta da (nome, firma)</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Consegnata da</translation>
    </message>
</context>
<context>
    <name>RfidPanel</name>
    <message>
        <source>Enroll</source>
        <translation>Registrazione</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Unknown tags</source>
        <translation>Tessere sconosciute</translation>
    </message>
    <message>
        <source>Local lists</source>
        <translation>Liste locali</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Prenotazioni</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
    <message>
        <source>Export register…</source>
        <translation>Esporta registro…</translation>
    </message>
    <message>
        <source>Import register…</source>
        <translation>Importa registro…</translation>
    </message>
    <message>
        <source>Export transactions…</source>
        <translation>Esporta transazioni…</translation>
    </message>
    <message>
        <source>The tag register is not available in this window.</source>
        <translation>Il registro delle tessere non è disponibile in questa finestra.</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Esporta il registro</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) written to {path}.</source>
        <translation>
            <numerusform>%n tessera scritta in {path}.</numerusform>
            <numerusform>%n tessere scritte in {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the register</source>
        <translation>Importa il registro</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>File CSV (*.csv *.txt);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>RfidReaders</name>
    <message>
        <source>Reader watch stopped</source>
        <translation>Monitoraggio dei lettori arrestato</translation>
    </message>
    <message>
        <source>Looking for readers…</source>
        <translation>Ricerca dei lettori…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>No PC/SC reader connected</source>
        <translation>Nessun lettore PC/SC collegato</translation>
    </message>
    <message>
        <source>PC/SC service not running</source>
        <translation>Servizio PC/SC non attivo</translation>
    </message>
    <message>
        <source>The PC/SC service refuses this user</source>
        <translation>Il servizio PC/SC rifiuta questo utente</translation>
    </message>
    <message>
        <source>pyscard not available</source>
        <translation>pyscard non disponibile</translation>
    </message>
    <message>
        <source>PC/SC error</source>
        <translation>Errore PC/SC</translation>
    </message>
    <message>
        <source>waiting for a card</source>
        <translation>in attesa di una tessera</translation>
    </message>
    <message>
        <source>card present</source>
        <translation>tessera presente</translation>
    </message>
    <message>
        <source>card gives no UID</source>
        <translation>la tessera non fornisce un UID</translation>
    </message>
    <message>
        <source>Start the Windows “Smart Card” service (services.msc → Smart Card → Start, startup type Automatic). Windows stops it while no reader is plugged in: plug the reader in.</source>
        <translation>Avvia il servizio di Windows «Smart card» (services.msc → Smart card → Avvia, tipo di avvio Automatico). Windows lo arresta finché non è collegato alcun lettore: collega il lettore.</translation>
    </message>
    <message>
        <source>PC/SC is built into macOS: unplug and re-plug the reader.</source>
        <translation>PC/SC è integrato in macOS: scollega e ricollega il lettore.</translation>
    </message>
    <message>
        <source>Install and start the PC/SC daemon: sudo apt install pcscd, then sudo systemctl enable --now pcscd.socket (without systemd: sudo pcscd). It is picked up without a restart.</source>
        <translation>Installa e avvia il demone PC/SC: sudo apt install pcscd, poi sudo systemctl enable --now pcscd.socket (senza systemd: sudo pcscd). Viene rilevato senza riavviare.</translation>
    </message>
    <message>
        <source>Plug in a PC/SC (CCID) reader such as an ACR122U; it is picked up without a restart.</source>
        <translation>Collega un lettore PC/SC (CCID) come un ACR122U; viene rilevato senza riavviare.</translation>
    </message>
    <message>
        <source>pcscd refuses this user (polkit). Install packaging/linux/50-arthexis-pcscd.rules into /etc/polkit-1/rules.d/, add the user to group pcscd, then log in again.</source>
        <translation>pcscd rifiuta questo utente (polkit). Installa packaging/linux/50-arthexis-pcscd.rules in /etc/polkit-1/rules.d/, aggiungi l&apos;utente al gruppo pcscd, poi accedi di nuovo.</translation>
    </message>
    <message>
        <source>Install pyscard into the app&apos;s environment (sh packaging/bootstrap.sh install); keyboard readers work without it.</source>
        <translation>Installa pyscard nell&apos;ambiente dell&apos;applicazione (sh packaging/bootstrap.sh install); i lettori a tastiera funzionano anche senza.</translation>
    </message>
    <message>
        <source>Unplug and re-plug the reader; see the log for details.</source>
        <translation>Scollega e ricollega il lettore; vedi il log per i dettagli.</translation>
    </message>
</context>
<context>
    <name>SamplesView</name>
    <message>
        <source>Samples</source>
        <translation>Campioni</translation>
    </message>
    <message>
        <source>Search samples…</source>
        <translation>Cerca campioni…</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiato</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Volte</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Delete all…</source>
        <translation>Elimina tutti…</translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>{shown} di {total} mostrati</translation>
    </message>
    <message>
        <source>Samples kept: {count}</source>
        <translation>Campioni conservati:&#xa0;{count}</translation>
    </message>
    <message>
        <source>Delete all samples</source>
        <translation>Elimina tutti i campioni</translation>
    </message>
    <message>
        <source>Delete every clipboard sample ({count})? This cannot be undone.</source>
        <translation>Eliminare tutti i campioni degli appunti ({count})? L&apos;operazione non può essere annullata.</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <source>Connecting…</source>
        <translation>Connessione…</translation>
    </message>
    <message>
        <source>Cannot connect to {url}: {reason}</source>
        <translation>Impossibile connettersi a {url}: {reason}</translation>
    </message>
    <message>
        <source>{url} does not exist yet; it will be created at the next start.</source>
        <translation>{url} non esiste ancora; verrà creato al prossimo avvio.</translation>
    </message>
    <message>
        <source>Connected to {url} ({backend} {version}).</source>
        <translation>Connesso a {url} ({backend} {version}).</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nessuna modifica.</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>Impossibile salvare le impostazioni: {error}</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Impostazioni salvate.</translation>
    </message>
    <message>
        <source>Storage changes apply at the next start.</source>
        <translation>Le modifiche all&apos;archiviazione si applicano al prossimo avvio.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>This run uses {value} from {source}; a change here is saved for later starts.</source>
        <translation>Questa esecuzione usa {value} da {source}; una modifica qui viene salvata per gli avvii successivi.</translation>
    </message>
    <message>
        <source>Correct the marked values; nothing was saved.</source>
        <translation>Correggi i valori evidenziati; non è stato salvato nulla.</translation>
    </message>
</context>
<context>
    <name>SettingsProblems</name>
    <message>
        <source>Enter a host name or IP address without spaces (0.0.0.0 listens on every interface).</source>
        <translation>Inserisci un nome host o un indirizzo IP senza spazi (0.0.0.0 ascolta su tutte le interfacce).</translation>
    </message>
    <message>
        <source>The port must be a whole number from {min} to {max} (0 picks a free port).</source>
        <translation>La porta deve essere un numero intero da {min} a {max} (0 sceglie una porta libera).</translation>
    </message>
    <message>
        <source>Enter a number of seconds greater than 0, or switch the pings off.</source>
        <translation>Inserisci un numero di secondi maggiore di 0 o disattiva i ping.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Inserisci un numero intero.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Inserisci un numero.</translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation>È richiesto un valore.</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>Scegli uno tra: {choices}.</translation>
    </message>
    <message>
        <source>Enter a whole number from {min} to {max}.</source>
        <translation>Inserisci un numero intero da {min} a {max}.</translation>
    </message>
    <message>
        <source>The broker settings cannot be used: {detail}</source>
        <translation>Impossibile usare le impostazioni del broker: {detail}</translation>
    </message>
    <message>
        <source>Enter a database URL such as postgresql://user@host/arthexis, or leave it empty for SQLite.</source>
        <translation>Inserisci un URL di database come postgresql://user@host/arthexis, oppure lascialo vuoto per SQLite.</translation>
    </message>
    <message>
        <source>Choose a language from the list.</source>
        <translation>Scegli una lingua dall&apos;elenco.</translation>
    </message>
    <message>
        <source>The URL template must start with http:// or https://.</source>
        <translation>Il modello di URL deve iniziare con http:// o https://.</translation>
    </message>
    <message>
        <source>The broker cannot listen there: {reason}</source>
        <translation>Il broker non può restare in ascolto lì: {reason}</translation>
    </message>
    <message>
        <source>Starting with the system could not be changed: {reason}</source>
        <translation>Impossibile modificare l&apos;avvio con il sistema: {reason}</translation>
    </message>
    <message>
        <source>The URL template needs {z}, {x} and {y}.</source>
        <translation>Il modello di URL richiede {z}, {x} e {y}.</translation>
    </message>
</context>
<context>
    <name>StartupDialogs</name>
    <message>
        <source>The central system is not running</source>
        <translation>Il sistema centrale non è attivo</translation>
    </message>
    <message>
        <source>Chargers cannot connect: {reason}

Close the other program using the port, or choose another port in File → Settings → Broker (the broker starts there at once).</source>
        <translation>Le colonnine non possono connettersi: {reason}

Chiudi l&apos;altro programma che usa la porta oppure scegli un&apos;altra porta in File → Impostazioni → Broker (il broker si avvia lì subito).</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Impossibile aprire il database</translation>
    </message>
    <message>
        <source>{detail}

Arthexis Desktop will close. Check --db / --data-dir and the log file.</source>
        <translation>{detail}

Arthexis Desktop verrà chiuso. Controlla --db / --data-dir e il file di log.</translation>
    </message>
</context>
<context>
    <name>StartupSection</name>
    <message>
        <source>Startup</source>
        <translation>Avvio</translation>
    </message>
    <message>
        <source>The broker runs whenever the app runs, also while the window is minimised.</source>
        <translation>Il broker è attivo finché l&apos;applicazione è in esecuzione, anche con la finestra ridotta a icona.</translation>
    </message>
    <message>
        <source>Start minimised to the tray</source>
        <translation>Avvia ridotto a icona nell&apos;area di notifica</translation>
    </message>
    <message>
        <source>Start when I log in to this computer</source>
        <translation>Avvia all&apos;accesso a questo computer</translation>
    </message>
    <message>
        <source>Closing the window keeps the broker running in the tray</source>
        <translation>Chiudendo la finestra il broker resta attivo nell&apos;area di notifica</translation>
    </message>
    <message>
        <source>No system tray here: closing the window quits, start minimised uses the taskbar.</source>
        <translation>Nessuna area di notifica: chiudere la finestra termina l&apos;applicazione, l&apos;avvio ridotto a icona usa la barra delle applicazioni.</translation>
    </message>
    <message>
        <source>Not available on this operating system; use its own start-up settings.</source>
        <translation>Non disponibile su questo sistema operativo; usa le sue impostazioni di avvio.</translation>
    </message>
</context>
<context>
    <name>StickerDialog</name>
    <message>
        <source>QR sticker sheet</source>
        <translation>Foglio di adesivi QR</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutte</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuna</translation>
    </message>
    <message>
        <source>Vendor and model</source>
        <translation>Produttore e modello</translation>
    </message>
    <message>
        <source>The encoded URL</source>
        <translation>L&apos;URL codificato</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Niente</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Labels per row</source>
        <translation>Etichette per riga</translation>
    </message>
    <message>
        <source>Under the id</source>
        <translation>Sotto l&apos;id</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Salva PDF…</translation>
    </message>
    <message>
        <source>Chargers</source>
        <translation>Colonnine</translation>
    </message>
    <message numerus="yes">
        <source>%n sticker(s)</source>
        <translation>
            <numerusform>%n adesivo</numerusform>
            <numerusform>%n adesivi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagine</numerusform>
        </translation>
    </message>
    <message>
        <source>QR code {size} mm</source>
        <translation>Codice QR da {size} mm</translation>
    </message>
    <message>
        <source>Save the sticker sheet</source>
        <translation>Salva il foglio di adesivi</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>QR stickers</source>
        <translation>Adesivi QR</translation>
    </message>
    <message>
        <source>Cannot write {path}.</source>
        <translation>Impossibile scrivere {path}.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to {path}</source>
        <translation>
            <numerusform>%n pagina scritta in {path}</numerusform>
            <numerusform>%n pagine scritte in {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageSection</name>
    <message>
        <source>Storage</source>
        <translation>Archiviazione</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>URL del database</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Cartella dei dati</translation>
    </message>
    <message>
        <source>Chargers, sessions and tags are kept in this database. Changes here apply at the next start; the database of the running app stays open until then.</source>
        <translation>Colonnine, sessioni e tessere sono conservate in questo database. Le modifiche qui si applicano al prossimo avvio; fino ad allora resta aperto il database dell&apos;applicazione in esecuzione.</translation>
    </message>
    <message>
        <source>Empty: the SQLite file in the data folder</source>
        <translation>Vuoto: il file SQLite nella cartella dei dati</translation>
    </message>
    <message>
        <source>Empty: the per-user data folder</source>
        <translation>Vuoto: la cartella dei dati dell&apos;utente</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Prova connessione</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>For several desktops on one fleet: postgresql://user:password@host/arthexis</source>
        <translation>Per più postazioni della stessa flotta: postgresql://user:password@host/arthexis</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Scegli la cartella dei dati</translation>
    </message>
</context>
<context>
    <name>TagColour</name>
    <message>
        <source>Black</source>
        <translation>Nero</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Bianco</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blu</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rosso</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
</context>
<context>
    <name>TagDecision</name>
    <message>
        <source>Accepted</source>
        <translation>Accettata</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloccata</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Scaduta</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Non valida</translation>
    </message>
    <message>
        <source>Already charging</source>
        <translation>Già in carica</translation>
    </message>
    <message>
        <source>empty idTag</source>
        <translation>idTag vuoto</translation>
    </message>
    <message>
        <source>not in the register</source>
        <translation>non è nel registro</translation>
    </message>
    <message>
        <source>not in the register; open policy</source>
        <translation>non è nel registro; politica aperta</translation>
    </message>
    <message>
        <source>in the register; open policy</source>
        <translation>nel registro; politica aperta</translation>
    </message>
    <message>
        <source>allowed in the register</source>
        <translation>consentita nel registro</translation>
    </message>
    <message>
        <source>released to its owner</source>
        <translation>assegnata al titolare</translation>
    </message>
    <message>
        <source>blocked in the register</source>
        <translation>bloccata nel registro</translation>
    </message>
    <message>
        <source>expired in the register</source>
        <translation>scaduta nel registro</translation>
    </message>
    <message>
        <source>strict policy: not released to an owner</source>
        <translation>politica rigorosa: non assegnata a un titolare</translation>
    </message>
    <message>
        <source>strict policy: a session is running</source>
        <translation>politica rigorosa: una sessione è già in corso</translation>
    </message>
    <message>
        <source>its account has no credit left</source>
        <translation>il suo account non ha più credito</translation>
    </message>
    <message>
        <source>a session is running and its account allows only one</source>
        <translation>una sessione è già in corso e il suo account ne consente una sola</translation>
    </message>
</context>
<context>
    <name>TagDetail</name>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation>Autorizzazione</translation>
    </message>
    <message>
        <source>History: {error}</source>
        <translation>Cronologia: {error}</translation>
    </message>
    <message numerus="yes">
        <source>History (%n event(s))</source>
        <translation>
            <numerusform>Cronologia (%n evento)</numerusform>
            <numerusform>Cronologia (%n eventi)</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Lettura</translation>
    </message>
    <message>
        <source>read</source>
        <translation>letta</translation>
    </message>
    <message>
        <source>not in the register then</source>
        <translation>allora non era nel registro</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorizzazione</translation>
    </message>
    <message>
        <source>{why} (policy {policy})</source>
        <translation>{why} (politica {policy})</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>{uid}: {error}</source>
        <translation>{uid}: {error}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvato</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nuovo account</translation>
    </message>
    <message>
        <source>Name of the new account for this card:</source>
        <translation>Nome del nuovo account per questa tessera:</translation>
    </message>
</context>
<context>
    <name>TagForm</name>
    <message>
        <source>e.g. Van 3, Alice</source>
        <translation>ad es. Furgone 3, Alice</translation>
    </message>
    <message>
        <source>who holds the card</source>
        <translation>chi ha la tessera</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>Nuovo account…</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Consentita</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloccata</translation>
    </message>
    <message>
        <source>Released (handed over to its holder)</source>
        <translation>Assegnata (consegnata al titolare)</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Label no.</source>
        <translation>N. etichetta</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colore</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Titolare</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validità</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>(no account)</source>
        <translation>(nessun account)</translation>
    </message>
    <message>
        <source>No card selected</source>
        <translation>Nessuna tessera selezionata</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>N. {number}</translation>
    </message>
    <message>
        <source>No number</source>
        <translation>Senza numero</translation>
    </message>
    <message>
        <source>{number} · {uid}</source>
        <translation>{number} · {uid}</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Scaduta</translation>
    </message>
    <message>
        <source>first seen {when}</source>
        <translation>vista la prima volta: {when}</translation>
    </message>
    <message>
        <source>last seen {when}</source>
        <translation>vista l&apos;ultima volta: {when}</translation>
    </message>
    <message>
        <source>in the register since {when}</source>
        <translation>nel registro da {when}</translation>
    </message>
</context>
<context>
    <name>TagHistory</name>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation>Autorizzazione</translation>
    </message>
</context>
<context>
    <name>TagsSeen</name>
    <message>
        <source>Tag</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>Times seen</source>
        <translation>Volte</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Prima volta</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Ultima volta</translation>
    </message>
    <message>
        <source>Last charger</source>
        <translation>Ultima colonnina</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Colonnina</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>TagsSeenPanel</name>
    <message>
        <source>Enrol…</source>
        <translation>Registra…</translation>
    </message>
    <message>
        <source>Add the selected tag to the register as allowed</source>
        <translation>Aggiungi la tessera selezionata al registro come consentita</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blocca</translation>
    </message>
    <message>
        <source>Add the selected tag to the register as blocked</source>
        <translation>Aggiungi la tessera selezionata al registro come bloccata</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Recent presentations (last {count})</source>
        <translation>Presentazioni recenti (ultime {count})</translation>
    </message>
    <message>
        <source>Label (optional), e.g. Van 3</source>
        <translation>Etichetta (facoltativa), ad es. Furgone 3</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Registra</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Select a tag first.</source>
        <translation>Seleziona prima una tessera.</translation>
    </message>
    <message>
        <source>Enrol {uid} as an allowed tag:</source>
        <translation>Registra {uid} come tessera consentita:</translation>
    </message>
    <message>
        <source>{uid} enrolled as “{label}”: it is in the register as allowed.</source>
        <translation>{uid} registrata come «{label}»: è nel registro come consentita.</translation>
    </message>
    <message>
        <source>{uid} enrolled: it is in the register as allowed.</source>
        <translation>{uid} registrata: è nel registro come consentita.</translation>
    </message>
    <message>
        <source>{uid} blocked: every charger refuses it.</source>
        <translation>{uid} bloccata: ogni colonnina la rifiuta.</translation>
    </message>
    <message>
        <source>Copy tag</source>
        <translation>Copia tessera</translation>
    </message>
    <message>
        <source>Cannot load the tags: {error}</source>
        <translation>Impossibile caricare le tessere: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n unknown tag(s): select one to enrol or block it.</source>
        <translation>
            <numerusform>%n tessera sconosciuta: selezionala per registrarla o bloccarla.</numerusform>
            <numerusform>%n tessere sconosciute: selezionane una per registrarla o bloccarla.</numerusform>
        </translation>
    </message>
    <message>
        <source>No unknown tags. Tags presented at chargers that are not in the register show here.</source>
        <translation>Nessuna tessera sconosciuta. Qui compaiono le tessere presentate alle colonnine che non sono nel registro.</translation>
    </message>
</context>
<context>
    <name>TileSettingsDialog</name>
    <message>
        <source>Map tile source</source>
        <translation>Sorgente delle tile della mappa</translation>
    </message>
    <message>
        <source>Online tiles (XYZ URL template)</source>
        <translation>Tile online (modello di URL XYZ)</translation>
    </message>
    <message>
        <source>MBTiles file (offline)</source>
        <translation>File MBTiles (offline)</translation>
    </message>
    <message>
        <source>No tiles (graticule only)</source>
        <translation>Nessuna tile (solo reticolo)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>URL template</source>
        <translation>Modello di URL</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Attribuzione</translation>
    </message>
    <message>
        <source>Disk cache</source>
        <translation>Cache su disco</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Use {z}, {x} and {y} in the template. OpenStreetMap&apos;s servers are for light use: tiles are cached and never downloaded in bulk. For a kiosk without internet, choose an MBTiles file.</source>
        <translation>Usa {z}, {x} e {y} nel modello. I server di OpenStreetMap sono pensati per un uso leggero: le tile vengono memorizzate in cache e mai scaricate in blocco. Per un kiosk senza internet scegli un file MBTiles.</translation>
    </message>
    <message>
        <source>Choose an MBTiles file</source>
        <translation>Scegli un file MBTiles</translation>
    </message>
    <message>
        <source>MBTiles files (*.mbtiles)</source>
        <translation>File MBTiles (*.mbtiles)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>The URL template needs {z}, {x} and {y}.</source>
        <translation>Il modello di URL richiede {z}, {x} e {y}.</translation>
    </message>
    <message>
        <source>The URL template must start with http:// or https://.</source>
        <translation>Il modello di URL deve iniziare con http:// o https://.</translation>
    </message>
    <message>
        <source>Choose an MBTiles file.</source>
        <translation>Scegli un file MBTiles.</translation>
    </message>
</context>
<context>
    <name>ToastTexts</name>
    <message>
        <source>{charger} connected</source>
        <translation>{charger} connessa</translation>
    </message>
    <message>
        <source>From {remote} ({protocol})</source>
        <translation>Da {remote} ({protocol})</translation>
    </message>
    <message>
        <source>Connection closed: {reason}</source>
        <translation>Connessione chiusa: {reason}</translation>
    </message>
    <message>
        <source>Connection closed (code {code})</source>
        <translation>Connessione chiusa (codice {code})</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Connessione persa</translation>
    </message>
    <message>
        <source>{charger} disconnected</source>
        <translation>{charger} disconnessa</translation>
    </message>
    <message>
        <source>{charger} waits for approval</source>
        <translation>{charger} attende l&apos;approvazione</translation>
    </message>
    <message>
        <source>Unknown charger ({model}). Accept or reject it in the Chargers panel.</source>
        <translation>Colonnina sconosciuta ({model}). Accettala o rifiutala nel pannello Colonnine.</translation>
    </message>
    <message>
        <source>{charger} was rejected</source>
        <translation>{charger} è stata rifiutata</translation>
    </message>
    <message>
        <source>Its BootNotification was rejected ({model}).</source>
        <translation>La sua BootNotification è stata rifiutata ({model}).</translation>
    </message>
    <message>
        <source>Error code: {code}</source>
        <translation>Codice di errore: {code}</translation>
    </message>
    <message>
        <source>{charger}: connector {connector} faulted</source>
        <translation>{charger}: connettore {connector} guasto</translation>
    </message>
    <message>
        <source>Connector {connector}, card {tag}</source>
        <translation>Connettore {connector}, tessera {tag}</translation>
    </message>
    <message>
        <source>Connector {connector}</source>
        <translation>Connettore {connector}</translation>
    </message>
    <message>
        <source>Charging started on {charger}</source>
        <translation>Ricarica avviata su {charger}</translation>
    </message>
    <message>
        <source>Charging stopped on {charger}</source>
        <translation>Ricarica terminata su {charger}</translation>
    </message>
    <message>
        <source>{energy} in {duration}</source>
        <translation>{energy} in {duration}</translation>
    </message>
    <message>
        <source>The central system is not running</source>
        <translation>Il sistema centrale non è attivo</translation>
    </message>
    <message>
        <source>Chargers cannot connect: {reason}</source>
        <translation>Le colonnine non possono connettersi: {reason}</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>modello sconosciuto</translation>
    </message>
    <message>
        <source>Card {uid} accepted</source>
        <translation>Tessera {uid} accettata</translation>
    </message>
    <message>
        <source>Card {uid} blocked</source>
        <translation>Tessera {uid} bloccata</translation>
    </message>
    <message>
        <source>Card {uid} unknown</source>
        <translation>Tessera {uid} sconosciuta</translation>
    </message>
    <message>
        <source>Card {uid} scanned</source>
        <translation>Tessera {uid} letta</translation>
    </message>
    <message>
        <source>At charger {charger}</source>
        <translation>Alla colonnina {charger}</translation>
    </message>
    <message>
        <source>On reader {reader}</source>
        <translation>Sul lettore {reader}</translation>
    </message>
    <message numerus="yes">
        <source>%n charger(s) connected</source>
        <translation>
            <numerusform>%n colonnina connessa</numerusform>
            <numerusform>%n colonnine connesse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n charger(s) disconnected</source>
        <translation>
            <numerusform>%n colonnina disconnessa</numerusform>
            <numerusform>%n colonnine disconnesse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n charger(s) wait for approval</source>
        <translation>
            <numerusform>%n colonnina in attesa di approvazione</numerusform>
            <numerusform>%n colonnine in attesa di approvazione</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n charger(s) rejected at boot</source>
        <translation>
            <numerusform>%n colonnina rifiutata all&apos;avvio</numerusform>
            <numerusform>%n colonnine rifiutate all&apos;avvio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connector(s) faulted</source>
        <translation>
            <numerusform>%n connettore guasto</numerusform>
            <numerusform>%n connettori guasti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n charging session(s) started</source>
        <translation>
            <numerusform>%n sessione di ricarica avviata</numerusform>
            <numerusform>%n sessioni di ricarica avviate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n charging session(s) stopped</source>
        <translation>
            <numerusform>%n sessione di ricarica terminata</numerusform>
            <numerusform>%n sessioni di ricarica terminate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) presented</source>
        <translation>
            <numerusform>%n tessera presentata</numerusform>
            <numerusform>%n tessere presentate</numerusform>
        </translation>
    </message>
    <message>
        <source>{energy} in total: {names}</source>
        <translation>{energy} in totale: {names}</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} e %n altro</numerusform>
            <numerusform>{names} e altri %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransactionsExportDialog</name>
    <message>
        <source>Export transactions</source>
        <translation>Esporta transazioni</translation>
    </message>
    <message>
        <source>All chargers</source>
        <translation>Tutte le colonnine</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Colonnina</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Export transactions to CSV</source>
        <translation>Esporta transazioni in CSV</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>any tag (uid or idTag)</source>
        <translation>qualsiasi tessera (uid o idTag)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data di inizio</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>The transaction export is not available in this window.</source>
        <translation>L&apos;esportazione delle transazioni non è disponibile in questa finestra.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Esportazione…</translation>
    </message>
    <message>
        <source>Cannot export: {error}</source>
        <translation>Impossibile esportare: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) written to {path}</source>
        <translation>
            <numerusform>%n transazione scritta in {path}</numerusform>
            <numerusform>%n transazioni scritte in {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransactionsModel</name>
    <message>
        <source>Connector</source>
        <translation>Connettore</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Colonnina</translation>
    </message>
    <message>
        <source>Conn.</source>
        <translation>Conn.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energia</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Potenza</translation>
    </message>
    <message>
        <source>Stop reason</source>
        <translation>Motivo fine</translation>
    </message>
    <message>
        <source>active</source>
        <translation>attiva</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>conclusa</translation>
    </message>
    <message>
        <source>orphan</source>
        <translation>orfana</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rifiutata</translation>
    </message>
</context>
<context>
    <name>TransactionsPanel</name>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Charger or tag…</source>
        <translation>Colonnina/tessera…</translation>
    </message>
    <message>
        <source>Show only the transactions of a charger or tag</source>
        <translation>Mostra solo le transazioni di una colonnina o di una tessera</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <source>Export transactions by charger, date range and tag</source>
        <translation>Esporta le transazioni per colonnina, intervallo di date e tessera</translation>
    </message>
    <message>
        <source>Cannot load transactions: {error}</source>
        <translation>Impossibile caricare le transazioni: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) shown</source>
        <translation>
            <numerusform>%n transazione mostrata</numerusform>
            <numerusform>%n transazioni mostrate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n attiva</numerusform>
            <numerusform>%n attive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>filtered from %n</source>
        <translation>
            <numerusform>filtrate da %n</numerusform>
            <numerusform>filtrate da %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>&amp;Show window</source>
        <translation>&amp;Mostra finestra</translation>
    </message>
    <message>
        <source>&amp;Pause notifications</source>
        <translation>&amp;Sospendi notifiche</translation>
    </message>
    <message>
        <source>For 1 &amp;hour</source>
        <translation>Per 1 &amp;ora</translation>
    </message>
    <message>
        <source>&amp;Until resumed</source>
        <translation>&amp;Fino alla ripresa</translation>
    </message>
    <message>
        <source>&amp;Resume notifications</source>
        <translation>&amp;Riprendi notifiche</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Avvio…</translation>
    </message>
    <message>
        <source>Broker running</source>
        <translation>Broker attivo</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arresto…</translation>
    </message>
    <message>
        <source>Broker not running: {reason}</source>
        <translation>Broker non attivo: {reason}</translation>
    </message>
    <message>
        <source>Arthexis Desktop</source>
        <translation>Arthexis Desktop</translation>
    </message>
    <message numerus="yes">
        <source>%n charger(s) connected</source>
        <translation>
            <numerusform>%n colonnina connessa</numerusform>
            <numerusform>%n colonnine connesse</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications paused until {time}</source>
        <translation>Notifiche sospese fino alle {time}</translation>
    </message>
    <message>
        <source>Notifications paused</source>
        <translation>Notifiche sospese</translation>
    </message>
    <message>
        <source>Arthexis Desktop is still running</source>
        <translation>Arthexis Desktop è ancora in esecuzione</translation>
    </message>
    <message>
        <source>The broker keeps serving the chargers. Open the window from the tray icon; quit from its menu.</source>
        <translation>Il broker continua a servire le colonnine. Apri la finestra dall&apos;icona nell&apos;area di notifica; esci dal suo menu.</translation>
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
        <translation>Volte</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Prima volta</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Ultima volta</translation>
    </message>
    <message>
        <source>Last charger</source>
        <translation>Ultima colonnina</translation>
    </message>
    <message>
        <source>Name (optional), e.g. Van 3</source>
        <translation>Nome (facoltativo), ad es. Furgone 3</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Registra</translation>
    </message>
    <message>
        <source>Add the selected tag to the register as allowed</source>
        <translation>Aggiungi la tessera selezionata al registro come consentita</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blocca</translation>
    </message>
    <message>
        <source>Add the selected tag to the register as blocked</source>
        <translation>Aggiungi la tessera selezionata al registro come bloccata</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) presented at chargers are not in the register.</source>
        <translation>
            <numerusform>%n tessera presentata alle colonnine non è nel registro.</numerusform>
            <numerusform>%n tessere presentate alle colonnine non sono nel registro.</numerusform>
        </translation>
    </message>
    <message>
        <source>No unknown tags. Tags presented at chargers that are not in the register show here.</source>
        <translation>Nessuna tessera sconosciuta. Qui compaiono le tessere presentate alle colonnine che non sono nel registro.</translation>
    </message>
    <message>
        <source>{uid} enrolled as No. {number}.</source>
        <translation>{uid} registrata come n. {number}.</translation>
    </message>
    <message>
        <source>{uid} blocked: every charger refuses it.</source>
        <translation>{uid} bloccata: ogni colonnina la rifiuta.</translation>
    </message>
</context>
</TS>
