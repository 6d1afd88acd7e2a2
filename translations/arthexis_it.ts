<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
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
        <source>Copied: {text}</source>
        <translation>Copiato: {text}</translation>
    </message>
    <message>
        <source>no placeholders</source>
        <translation>nessun segnaposto</translation>
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
    <name>DropBar</name>
    <message>
        <source>Voltage drop {drop} % of the {limit} % limit</source>
        <translation>Caduta di tensione {drop} % con un limite del {limit} %</translation>
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
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About Arthexis Desktop</source>
        <translation>&amp;Informazioni su Arthexis Desktop</translation>
    </message>
    <message>
        <source>About Arthexis Desktop</source>
        <translation>Informazioni su Arthexis Desktop</translation>
    </message>
    <message>
        <source>Arthexis Desktop {version}
OCPP central system and control centre for EV charging.</source>
        <translation>Arthexis Desktop {version}
Sistema centrale OCPP e centro di controllo per la ricarica dei veicoli elettrici.</translation>
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
        <source>Calculators</source>
        <translation>Calcolatori</translation>
    </message>
    <message>
        <source>Clipboard patterns</source>
        <translation>Modelli degli appunti</translation>
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
    <name>StartupDialogs</name>
    <message>
        <source>The central system is not running</source>
        <translation>Il sistema centrale non è attivo</translation>
    </message>
    <message>
        <source>Chargers cannot connect: {reason}

Close the other program using the port, or start Arthexis Desktop with another --port.</source>
        <translation>Le colonnine non possono connettersi: {reason}

Chiudi l&apos;altro programma che usa la porta oppure avvia Arthexis Desktop con un&apos;altra --port.</translation>
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
</context>
</TS>
