<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Admission</name>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>Pendiente de aprobación</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>AuthorizationPolicy</name>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Allow-list</source>
        <translation>Lista de permitidas</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Estricta</translation>
    </message>
</context>
<context>
    <name>BrokerStatus</name>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>● Broker running</source>
        <translation>● Broker en marcha</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>● Broker not running: {reason}</source>
        <translation>● El broker no está en marcha: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n charger(s) connected</source>
        <translation>
            <numerusform>%n cargador conectado</numerusform>
            <numerusform>%n cargadores conectados</numerusform>
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
        <translation>Ajustes del cargador — {charger}</translation>
    </message>
    <message>
        <source>Authorization of RFID tags</source>
        <translation>Autorización de tarjetas RFID</translation>
    </message>
    <message>
        <source>Broker default ({policy})</source>
        <translation>Predeterminada del broker ({policy})</translation>
    </message>
    <message>
        <source>Follow the policy set for the whole broker.</source>
        <translation>Usar la política definida para todo el broker.</translation>
    </message>
    <message>
        <source>Accept every tag that is not blocked; unknown tags are listed for enrolment.</source>
        <translation>Aceptar toda tarjeta no bloqueada; las desconocidas se listan para darlas de alta.</translation>
    </message>
    <message>
        <source>Accept only tags in the register that are allowed.</source>
        <translation>Aceptar solo las tarjetas permitidas en el registro.</translation>
    </message>
    <message>
        <source>Allow-list, and the tag must be released to an owner; one session per tag.</source>
        <translation>Como la lista de permitidas, y la tarjeta debe estar asignada a un titular; una sesión por tarjeta.</translation>
    </message>
    <message>
        <source>Messages from the charger</source>
        <translation>Mensajes del cargador</translation>
    </message>
    <message>
        <source>Lenient schema validation</source>
        <translation>Validación de esquema tolerante</translation>
    </message>
    <message>
        <source>Accept messages that break the OCPP schema, for known-quirky firmware.</source>
        <translation>Aceptar mensajes que incumplen el esquema OCPP, para firmware con peculiaridades conocidas.</translation>
    </message>
    <message>
        <source>Wh — OCPP default</source>
        <translation>Wh — predeterminado de OCPP</translation>
    </message>
    <message>
        <source>Energy values sent without a unit:</source>
        <translation>Valores de energía enviados sin unidad:</translation>
    </message>
    <message>
        <source>Choose kWh only for firmware known to send kWh without saying so.</source>
        <translation>Elija kWh solo para firmware que se sabe que envía kWh sin indicarlo.</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Admisión</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>The charger is told a new state at its next BootNotification.</source>
        <translation>El cargador conoce un nuevo estado en su próxima BootNotification.</translation>
    </message>
</context>
<context>
    <name>ChargerSettingsEditor</name>
    <message>
        <source>Charger settings</source>
        <translation>Ajustes del cargador</translation>
    </message>
    <message>
        <source>Settings of {charger} saved; its next message uses them.</source>
        <translation>Ajustes de {charger} guardados; se aplican desde su próximo mensaje.</translation>
    </message>
    <message>
        <source>{charger} is now {state}; it is told at its next boot.</source>
        <translation>{charger} está ahora en «{state}»; se le comunica en su próximo arranque.</translation>
    </message>
    <message>
        <source>Nothing changed for {charger}.</source>
        <translation>Nada cambió para {charger}.</translation>
    </message>
</context>
<context>
    <name>ChargersModel</name>
    <message>
        <source>booted {ago}</source>
        <translation>arrancó {ago}</translation>
    </message>
    <message>
        <source>Auth: {policy}</source>
        <translation>Aut.: {policy}</translation>
    </message>
    <message>
        <source>Lenient</source>
        <translation>Tolerante</translation>
    </message>
    <message>
        <source>Unit-less: {unit}</source>
        <translation>Sin unidad: {unit}</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Online ({protocol})</source>
        <translation>En línea ({protocol})</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Cargador</translation>
    </message>
    <message>
        <source>Vendor / model</source>
        <translation>Fabricante / modelo</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Admisión</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Conectores</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>Último latido</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Potencia</translation>
    </message>
    <message>
        <source>Session energy</source>
        <translation>Energía de la sesión</translation>
    </message>
    <message>
        <source>Per-charger settings that differ from the broker defaults (right-click: Charger settings…).</source>
        <translation>Ajustes propios del cargador que difieren de los predeterminados del broker (clic derecho: Ajustes del cargador…).</translation>
    </message>
    <message>
        <source>No heartbeat received yet; the time shown is since the charger connected or booted.</source>
        <translation>Aún no se ha recibido ningún latido; el tiempo se cuenta desde que el cargador se conectó o arrancó.</translation>
    </message>
</context>
<context>
    <name>ChargersPanel</name>
    <message>
        <source>Last command result: none yet</source>
        <translation>Resultado del último comando: ninguno todavía</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Accept the selected charger at its next boot</source>
        <translation>Aceptar el cargador seleccionado en su próximo arranque</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Charger settings…</source>
        <translation>Ajustes del cargador…</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>Filter by charger id…</source>
        <translation>Filtrar por id…</translation>
    </message>
    <message>
        <source>Select a charger first.</source>
        <translation>Seleccione primero un cargador.</translation>
    </message>
    <message>
        <source>Last command result: {text}</source>
        <translation>Resultado del último comando: {text}</translation>
    </message>
    <message numerus="yes">
        <source>%n charger(s) waiting for approval: {ids}. Select one and click Approve.</source>
        <translation>
            <numerusform>%n cargador espera aprobación: {ids}. Selecciónelo y pulse Aprobar.</numerusform>
            <numerusform>%n cargadores esperan aprobación: {ids}. Seleccione uno y pulse Aprobar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandCatalog</name>
    <message>
        <source>Charger {charger} has no running transaction to stop.</source>
        <translation>El cargador {charger} no tiene ninguna transacción en curso que detener.</translation>
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
        <translation>Conector</translation>
    </message>
    <message>
        <source>RFID tag (idTag)</source>
        <translation>Tarjeta RFID (idTag)</translation>
    </message>
    <message>
        <source>Enter the idTag to start with.</source>
        <translation>Introduzca el idTag con el que iniciar.</translation>
    </message>
    <message>
        <source>Any (charger decides)</source>
        <translation>Cualquiera (decide el cargador)</translation>
    </message>
    <message>
        <source>#{id} — connector {connector}, tag {tag}, {energy}</source>
        <translation>#{id} — conector {connector}, tarjeta {tag}, {energy}</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <source>Soft (restart the software)</source>
        <translation>Suave (reiniciar el software)</translation>
    </message>
    <message>
        <source>Hard (reboot the charger)</source>
        <translation>Completo (reiniciar el cargador)</translation>
    </message>
    <message>
        <source>Reset type</source>
        <translation>Tipo de reinicio</translation>
    </message>
    <message>
        <source>0 (whole charger)</source>
        <translation>0 (todo el cargador)</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <source>Operative</source>
        <translation>Operativo</translation>
    </message>
    <message>
        <source>Inoperative</source>
        <translation>Fuera de servicio</translation>
    </message>
    <message>
        <source>Keys (comma separated)</source>
        <translation>Claves (separadas por comas)</translation>
    </message>
    <message>
        <source>empty = all keys</source>
        <translation>vacío = todas las claves</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Enter the configuration key.</source>
        <translation>Introduzca la clave de configuración.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Clear the authorization cache of {charger}? Cached idTags will be checked again.</source>
        <translation>¿Vaciar la caché de autorización de {charger}? Los idTags en caché se volverán a comprobar.</translation>
    </message>
    <message>
        <source>Vendor id</source>
        <translation>Id del fabricante</translation>
    </message>
    <message>
        <source>Enter the vendor id.</source>
        <translation>Introduzca el id del fabricante.</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>Id del mensaje</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message numerus="yes">
        <source>GetConfiguration to {charger}: %n key(s)</source>
        <translation>
            <numerusform>GetConfiguration a {charger}: %n clave</numerusform>
            <numerusform>GetConfiguration a {charger}: %n claves</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandController</name>
    <message>
        <source>Charger {charger} is not known.</source>
        <translation>El cargador {charger} no es conocido.</translation>
    </message>
    <message>
        <source>Approving {charger}…</source>
        <translation>Aprobando {charger}…</translation>
    </message>
    <message>
        <source>Rejecting {charger}…</source>
        <translation>Rechazando {charger}…</translation>
    </message>
    <message>
        <source>Sending {action} to {charger}…</source>
        <translation>Enviando {action} a {charger}…</translation>
    </message>
    <message>
        <source>{charger} approved; it is accepted at its next boot.</source>
        <translation>{charger} aprobado; se aceptará en su próximo arranque.</translation>
    </message>
    <message>
        <source>{charger} rejected.</source>
        <translation>{charger} rechazado.</translation>
    </message>
    <message>
        <source>Command failed</source>
        <translation>El comando ha fallado</translation>
    </message>
</context>
<context>
    <name>CommandStatus</name>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Desbloqueado</translation>
    </message>
    <message>
        <source>Unlock failed</source>
        <translation>Fallo al desbloquear</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>No admitido</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <source>Reboot required</source>
        <translation>Requiere reinicio</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>No implementado</translation>
    </message>
    <message>
        <source>Unknown message id</source>
        <translation>Id de mensaje desconocido</translation>
    </message>
    <message>
        <source>Unknown vendor id</source>
        <translation>Id de fabricante desconocido</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Remote start…</source>
        <translation>Inicio remoto…</translation>
    </message>
    <message>
        <source>Remote stop…</source>
        <translation>Parada remota…</translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation>Reiniciar…</translation>
    </message>
    <message>
        <source>Unlock connector…</source>
        <translation>Desbloquear conector…</translation>
    </message>
    <message>
        <source>Change availability…</source>
        <translation>Cambiar disponibilidad…</translation>
    </message>
    <message>
        <source>Get configuration…</source>
        <translation>Obtener configuración…</translation>
    </message>
    <message>
        <source>Change configuration…</source>
        <translation>Cambiar configuración…</translation>
    </message>
    <message>
        <source>Trigger message…</source>
        <translation>Solicitar mensaje…</translation>
    </message>
    <message>
        <source>Clear cache…</source>
        <translation>Vaciar caché…</translation>
    </message>
    <message>
        <source>Data transfer…</source>
        <translation>Transferencia de datos…</translation>
    </message>
</context>
<context>
    <name>ConfigurationDialog</name>
    <message>
        <source>Configuration of {charger}</source>
        <translation>Configuración de {charger}</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Unknown keys: {keys}</source>
        <translation>Claves desconocidas: {keys}</translation>
    </message>
</context>
<context>
    <name>ConnectorStatus</name>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Preparando</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Suspended by EV</source>
        <translation>Suspendido por el VE</translation>
    </message>
    <message>
        <source>Suspended by charger</source>
        <translation>Suspendido por el cargador</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Finalizando</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>Faulted</source>
        <translation>Averiado</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Charger {charger} is not connected.</source>
        <translation>El cargador {charger} no está conectado.</translation>
    </message>
    <message>
        <source>Charger {charger} is connected but has not been accepted at boot yet.</source>
        <translation>El cargador {charger} está conectado pero aún no ha sido aceptado en el arranque.</translation>
    </message>
    <message>
        <source>{action} to {charger}: no reply within {seconds} s.</source>
        <translation>{action} a {charger}: sin respuesta en {seconds} s.</translation>
    </message>
    <message>
        <source>{action} to {charger} failed with error {code}: {description}</source>
        <translation>{action} a {charger} falló con el error {code}: {description}</translation>
    </message>
    <message>
        <source>The command cannot be sent: {detail}</source>
        <translation>No se puede enviar el comando: {detail}</translation>
    </message>
    <message>
        <source>Not found: {detail}</source>
        <translation>No encontrado: {detail}</translation>
    </message>
    <message>
        <source>Database error: {detail}</source>
        <translation>Error de base de datos: {detail}</translation>
    </message>
    <message>
        <source>Configuration error: {detail}</source>
        <translation>Error de configuración: {detail}</translation>
    </message>
    <message>
        <source>Unexpected error: {detail}</source>
        <translation>Error inesperado: {detail}</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>{seconds} s ago</source>
        <translation>hace {seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min ago</source>
        <translation>hace {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h ago</source>
        <translation>hace {hours} h</translation>
    </message>
    <message>
        <source>{days} d ago</source>
        <translation>hace {days} d</translation>
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
        <translation>Iniciando el sistema central…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Arthexis Desktop</source>
        <translation>&amp;Acerca de Arthexis Desktop</translation>
    </message>
    <message>
        <source>About Arthexis Desktop</source>
        <translation>Acerca de Arthexis Desktop</translation>
    </message>
    <message>
        <source>Arthexis Desktop {version}
OCPP central system and control centre for EV charging.</source>
        <translation>Arthexis Desktop {version}
Sistema central OCPP y centro de control para la recarga de vehículos eléctricos.</translation>
    </message>
</context>
<context>
    <name>MessageLogModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Cargador</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>received from the charger</source>
        <translation>recibido del cargador</translation>
    </message>
    <message>
        <source>sent to the charger</source>
        <translation>enviado al cargador</translation>
    </message>
</context>
<context>
    <name>MessageLogPanel</name>
    <message>
        <source>All chargers</source>
        <translation>Todos los cargadores</translation>
    </message>
    <message>
        <source>Filter text…</source>
        <translation>Filtrar texto…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Auto-scroll</source>
        <translation>Desplazamiento automático</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the selected frames (Ctrl+C)</source>
        <translation>Copiar las tramas seleccionadas (Ctrl+C)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Chargers</source>
        <translation>Cargadores</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transacciones</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>Registro de mensajes</translation>
    </message>
    <message>
        <source>RFID tags seen</source>
        <translation>Tarjetas RFID vistas</translation>
    </message>
</context>
<context>
    <name>StartupDialogs</name>
    <message>
        <source>The central system is not running</source>
        <translation>El sistema central no está en marcha</translation>
    </message>
    <message>
        <source>Chargers cannot connect: {reason}

Close the other program using the port, or start Arthexis Desktop with another --port.</source>
        <translation>Los cargadores no pueden conectarse: {reason}

Cierre el otro programa que usa el puerto o inicie Arthexis Desktop con otro --port.</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>{detail}

Arthexis Desktop will close. Check --db / --data-dir and the log file.</source>
        <translation>{detail}

Arthexis Desktop se cerrará. Revise --db / --data-dir y el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>TagDecision</name>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>No válida</translation>
    </message>
    <message>
        <source>Already charging</source>
        <translation>Ya está cargando</translation>
    </message>
    <message>
        <source>empty idTag</source>
        <translation>idTag vacío</translation>
    </message>
    <message>
        <source>not in the register</source>
        <translation>no está en el registro</translation>
    </message>
    <message>
        <source>not in the register; open policy</source>
        <translation>no está en el registro; política abierta</translation>
    </message>
    <message>
        <source>in the register; open policy</source>
        <translation>en el registro; política abierta</translation>
    </message>
    <message>
        <source>allowed in the register</source>
        <translation>permitida en el registro</translation>
    </message>
    <message>
        <source>released to its owner</source>
        <translation>asignada a su titular</translation>
    </message>
    <message>
        <source>blocked in the register</source>
        <translation>bloqueada en el registro</translation>
    </message>
    <message>
        <source>expired in the register</source>
        <translation>caducada en el registro</translation>
    </message>
    <message>
        <source>strict policy: not released to an owner</source>
        <translation>política estricta: no asignada a un titular</translation>
    </message>
    <message>
        <source>strict policy: a session is running</source>
        <translation>política estricta: ya hay una sesión en curso</translation>
    </message>
</context>
<context>
    <name>TagsSeen</name>
    <message>
        <source>Tag</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Times seen</source>
        <translation>Veces</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Primera vez</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última vez</translation>
    </message>
    <message>
        <source>Last charger</source>
        <translation>Último cargador</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Cargador</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
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
        <translation>Dar de alta…</translation>
    </message>
    <message>
        <source>Add the selected tag to the register as allowed</source>
        <translation>Añadir la tarjeta seleccionada al registro como permitida</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Add the selected tag to the register as blocked</source>
        <translation>Añadir la tarjeta seleccionada al registro como bloqueada</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Recent presentations (last {count})</source>
        <translation>Presentaciones recientes (últimas {count})</translation>
    </message>
    <message>
        <source>Label (optional), e.g. Van 3</source>
        <translation>Etiqueta (opcional), p. ej. Furgoneta 3</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Dar de alta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Select a tag first.</source>
        <translation>Seleccione primero una tarjeta.</translation>
    </message>
    <message>
        <source>Enrol {uid} as an allowed tag:</source>
        <translation>Dar de alta {uid} como tarjeta permitida:</translation>
    </message>
    <message>
        <source>{uid} enrolled as “{label}”: it is in the register as allowed.</source>
        <translation>{uid} dada de alta como «{label}»: está en el registro como permitida.</translation>
    </message>
    <message>
        <source>{uid} enrolled: it is in the register as allowed.</source>
        <translation>{uid} dada de alta: está en el registro como permitida.</translation>
    </message>
    <message>
        <source>{uid} blocked: every charger refuses it.</source>
        <translation>{uid} bloqueada: todos los cargadores la rechazan.</translation>
    </message>
    <message>
        <source>Copy tag</source>
        <translation>Copiar tarjeta</translation>
    </message>
    <message>
        <source>Cannot load the tags: {error}</source>
        <translation>No se pueden cargar las tarjetas: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n unknown tag(s): select one to enrol or block it.</source>
        <translation>
            <numerusform>%n tarjeta desconocida: selecciónela para darla de alta o bloquearla.</numerusform>
            <numerusform>%n tarjetas desconocidas: seleccione una para darla de alta o bloquearla.</numerusform>
        </translation>
    </message>
    <message>
        <source>No unknown tags. Tags presented at chargers that are not in the register show here.</source>
        <translation>No hay tarjetas desconocidas. Aquí aparecen las tarjetas presentadas en cargadores que no están en el registro.</translation>
    </message>
</context>
<context>
    <name>TransactionsModel</name>
    <message>
        <source>Connector</source>
        <translation>Conector</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Cargador</translation>
    </message>
    <message>
        <source>Conn.</source>
        <translation>Con.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Potencia</translation>
    </message>
    <message>
        <source>Stop reason</source>
        <translation>Motivo de fin</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finalizada</translation>
    </message>
    <message>
        <source>orphan</source>
        <translation>huérfana</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
</context>
<context>
    <name>TransactionsPanel</name>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Cannot load transactions: {error}</source>
        <translation>No se pueden cargar las transacciones: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) shown</source>
        <translation>
            <numerusform>%n transacción mostrada</numerusform>
            <numerusform>%n transacciones mostradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n activa</numerusform>
            <numerusform>%n activas</numerusform>
        </translation>
    </message>
</context>
</TS>
