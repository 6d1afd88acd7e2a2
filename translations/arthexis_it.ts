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
