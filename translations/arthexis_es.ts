<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Arthexis Desktop</source>
        <translation>Acerca de Arthexis Desktop</translation>
    </message>
    <message>
        <source>OCPP central system and control centre for EV charging.</source>
        <translation>Sistema central OCPP y centro de control para la recarga de vehículos eléctricos.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Carpeta de registros</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Archivo de ajustes</translation>
    </message>
    <message>
        <source>Window layout file</source>
        <translation>Archivo de distribución de ventanas</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Nueva cuenta</translation>
    </message>
    <message>
        <source>Account {name}</source>
        <translation>Cuenta {name}</translation>
    </message>
    <message>
        <source>phone, e-mail…</source>
        <translation>teléfono, correo electrónico…</translation>
    </message>
    <message>
        <source>Service account (may charge with no credit left)</source>
        <translation>Cuenta de servicio (puede cargar sin crédito)</translation>
    </message>
    <message>
        <source>Its cards may run several sessions at once</source>
        <translation>Sus tarjetas pueden tener varias sesiones a la vez</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>Una cuenta necesita un nombre.</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Consumido</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Concurrent</source>
        <translation>Simultáneas</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>Nueva cuenta…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Add credit…</source>
        <translation>Añadir crédito…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Cards of the selected account</source>
        <translation>Tarjetas de la cuenta seleccionada</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Permitida</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Cards of {name}</source>
        <translation>Tarjetas de {name}</translation>
    </message>
    <message>
        <source>Account {name} created.</source>
        <translation>Cuenta {name} creada.</translation>
    </message>
    <message>
        <source>Account {name} saved.</source>
        <translation>Cuenta {name} guardada.</translation>
    </message>
    <message>
        <source>Credit added to {name}.</source>
        <translation>Crédito añadido a {name}.</translation>
    </message>
    <message>
        <source>Account {name} deleted.</source>
        <translation>Cuenta {name} eliminada.</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Eliminar cuenta</translation>
    </message>
    <message numerus="yes">
        <source>Delete the account {name}? Its %n card(s) stay in the register without an account.</source>
        <translation>
            <numerusform>¿Eliminar la cuenta {name}? %n tarjeta seguirá en el registro sin cuenta.</numerusform>
            <numerusform>¿Eliminar la cuenta {name}? %n tarjetas seguirán en el registro sin cuenta.</numerusform>
        </translation>
    </message>
    <message>
        <source>not limited</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
</context>
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
    <name>AppearanceSection</name>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Both apply at once, without a restart.</source>
        <translation>Ambos se aplican al instante, sin reiniciar.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
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
    <name>AwgChoices</name>
    <message>
        <source>copper</source>
        <translation>cobre</translation>
    </message>
    <message>
        <source>aluminium</source>
        <translation>aluminio</translation>
    </message>
    <message>
        <source>EMT (thin-wall)</source>
        <translation>EMT (pared delgada)</translation>
    </message>
    <message>
        <source>IMC (intermediate)</source>
        <translation>IMC (intermedio)</translation>
    </message>
    <message>
        <source>RMC (heavy-wall)</source>
        <translation>RMC (pared gruesa)</translation>
    </message>
    <message>
        <source>FMC (flexible)</source>
        <translation>FMC (flexible)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>one per set</source>
        <translation>uno por juego</translation>
    </message>
    <message>
        <source>optional (counted)</source>
        <translation>opcional (contado)</translation>
    </message>
    <message>
        <source>1 (single-phase)</source>
        <translation>1 (monofásico)</translation>
    </message>
    <message>
        <source>2 (two-phase)</source>
        <translation>2 (bifásico)</translation>
    </message>
    <message>
        <source>3 (three-phase)</source>
        <translation>3 (trifásico)</translation>
    </message>
</context>
<context>
    <name>AwgPresets</name>
    <message>
        <source>EV charger — single vehicle residential</source>
        <translation>Cargador de VE — vivienda, un vehículo</translation>
    </message>
    <message>
        <source>7 kW wall box on a 40 A, 220 V two-phase circuit, copper.</source>
        <translation>Wallbox de 7 kW en un circuito bifásico de 40 A y 220 V, cobre.</translation>
    </message>
    <message>
        <source>EV charger — 32 A, 240 V single-phase</source>
        <translation>Cargador de VE — 32 A, 240 V monofásico</translation>
    </message>
    <message>
        <source>7.4 kW charger; continuous load, conductors sized for 40 A.</source>
        <translation>Cargador de 7,4 kW; carga continua, conductores dimensionados para 40 A.</translation>
    </message>
    <message>
        <source>EV charger — 32 A, 400 V three-phase</source>
        <translation>Cargador de VE — 32 A, 400 V trifásico</translation>
    </message>
    <message>
        <source>22 kW charger; continuous load, conductors sized for 40 A.</source>
        <translation>Cargador de 22 kW; carga continua, conductores dimensionados para 40 A.</translation>
    </message>
    <message>
        <source>DC fast charger feeder — 150 kW, 480 V three-phase</source>
        <translation>Alimentador de cargador rápido de CC — 150 kW, 480 V trifásico</translation>
    </message>
    <message>
        <source>Feeder to a 150 kW DC charger (200 A input, continuous); up to 2 parallel sets.</source>
        <translation>Alimentador de un cargador de CC de 150 kW (200 A de entrada, carga continua); hasta 2 juegos en paralelo.</translation>
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
        <translation>Auto: la columna de 60 °C hasta 100 A; por encima, 75 °C (NEC 110.14(C)).</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Continuous (125 %)</source>
        <translation>Continua (125 %)</translation>
    </message>
    <message>
        <source>A continuous load: size the conductors for 125 % of the current (EV charging, NEC 625.42).</source>
        <translation>Carga continua: dimensionar los conductores para el 125 % de la corriente (recarga de VE, NEC 625.42).</translation>
    </message>
    <message>
        <source>Gauge</source>
        <translation>Calibre</translation>
    </message>
    <message>
        <source>Parallel sets</source>
        <translation>Juegos en paralelo</translation>
    </message>
    <message>
        <source>Ampacity</source>
        <translation>Ampacidad</translation>
    </message>
    <message>
        <source>Voltage drop</source>
        <translation>Caída de tensión</translation>
    </message>
    <message>
        <source>End voltage</source>
        <translation>Tensión en el extremo</translation>
    </message>
    <message>
        <source>Cables (phases+ground)</source>
        <translation>Cables (fases + tierra)</translation>
    </message>
    <message>
        <source>Total length</source>
        <translation>Longitud total</translation>
    </message>
    <message>
        <source>Temperature column</source>
        <translation>Columna de temperatura</translation>
    </message>
    <message>
        <source>Conduit</source>
        <translation>Tubo conduit</translation>
    </message>
    <message>
        <source>Copy result</source>
        <translation>Copiar resultado</translation>
    </message>
    <message>
        <source>Length (one way)</source>
        <translation>Longitud (solo ida)</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Corriente</translation>
    </message>
    <message>
        <source>Voltage</source>
        <translation>Tensión</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fases</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Parallel sets (max)</source>
        <translation>Juegos en paralelo (máx.)</translation>
    </message>
    <message>
        <source>Max gauge</source>
        <translation>Calibre máximo</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Tierra</translation>
    </message>
    <message>
        <source>Drop limit</source>
        <translation>Límite de caída</translation>
    </message>
    <message>
        <source>Continuous load</source>
        <translation>Carga continua</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>Circuito</translation>
    </message>
    <message>
        <source>Cable</source>
        <translation>Cable</translation>
    </message>
    <message>
        <source>Correct the marked inputs to see the cable.</source>
        <translation>Corrija los datos marcados para ver el cable.</translation>
    </message>
    <message>
        <source>No cable</source>
        <translation>Ningún cable</translation>
    </message>
    <message>
        <source>No cable meets these inputs; see below.</source>
        <translation>Ningún cable cumple estos datos; vea abajo.</translation>
    </message>
    <message>
        <source>{ampacity} A (needs {needed} A)</source>
        <translation>{ampacity} A (se requieren {needed} A)</translation>
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
        <translation>{drop} % de {limit} %</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>ninguno elegido</translation>
    </message>
    <message>
        <source>no conduit data</source>
        <translation>sin datos del tubo</translation>
    </message>
    <message>
        <source>does not fit in any {conduit}</source>
        <translation>no cabe en ningún {conduit}</translation>
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
        <source>AWG cable calculator</source>
        <translation>Calculadora de cables AWG</translation>
    </message>
    <message>
        <source>Drop against the limit: {caption}</source>
        <translation>Caída frente al límite: {caption}</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Advertencias:</translation>
    </message>
    <message>
        <source>Result copied to the clipboard.</source>
        <translation>Resultado copiado al portapapeles.</translation>
    </message>
</context>
<context>
    <name>AwgWarnings</name>
    <message>
        <source>No {material_name} conductor up to {largest} carries {current_a} A in the {temperature_c} °C column with up to {max_lines} parallel set(s).</source>
        <translation>Ningún conductor de {material_name} hasta {largest} conduce {current_a} A en la columna de {temperature_c} °C con hasta {max_lines} juego(s) en paralelo.</translation>
    </message>
    <message>
        <source>No size keeps the voltage drop within {limit_pct} %; the closest is {lines} × {size} with {drop_pct} %.</source>
        <translation>Ningún calibre mantiene la caída de tensión dentro del {limit_pct} %; el más cercano es {lines} × {size} con {drop_pct} %.</translation>
    </message>
    <message>
        <source>The maximum gauge {max_gauge} is too small: {lines} × {size} would be needed.</source>
        <translation>El calibre máximo {max_gauge} es demasiado pequeño: se necesitaría {lines} × {size}.</translation>
    </message>
    <message>
        <source>Conductors are run in parallel only at 1/0 AWG and larger (NEC 310.10(G)).</source>
        <translation>Los conductores solo se instalan en paralelo a partir de 1/0 AWG (NEC 310.10(G)).</translation>
    </message>
    <message>
        <source>{lines} parallel sets in one raceway are {current_carrying} current-carrying conductors: ampacity × {factor} (NEC Table 310.15(C)(1)).</source>
        <translation>{lines} juegos en paralelo en una misma canalización son {current_carrying} conductores portadores de corriente: ampacidad × {factor} (NEC tabla 310.15(C)(1)).</translation>
    </message>
    <message>
        <source>Continuous load: conductors sized for 125 % of {current_a} A = {design_current_a} A.</source>
        <translation>Carga continua: conductores dimensionados para el 125 % de {current_a} A = {design_current_a} A.</translation>
    </message>
    <message>
        <source>90 °C column: terminations are usually rated 60 °C or 75 °C (NEC 110.14(C)); check the equipment.</source>
        <translation>Columna de 90 °C: los terminales suelen estar especificados para 60 °C o 75 °C (NEC 110.14(C)); verifique el equipo.</translation>
    </message>
    <message>
        <source>The ground conductor is optional; the conduit is sized with it.</source>
        <translation>El conductor de tierra es opcional; el tubo conduit se dimensiona incluyéndolo.</translation>
    </message>
    <message>
        <source>No conduit fill data for {size}: NEC Chapter 9 Table 5 lists no THHN conductor of that size.</source>
        <translation>No hay datos de ocupación del tubo para {size}: la tabla 5 del capítulo 9 del NEC no incluye ningún conductor THHN de ese calibre.</translation>
    </message>
    <message>
        <source>{wires} conductors of {size} do not fit in the largest {conduit} ({trade}).</source>
        <translation>{wires} conductores de {size} no caben en el {conduit} más grande ({trade}).</translation>
    </message>
    <message>
        <source>{trade}&quot; {conduit} is exactly at its fill limit with {wires} conductors; the next size up eases pulling.</source>
        <translation>El {conduit} de {trade}&quot; está justo en su límite de ocupación con {wires} conductores; el tamaño siguiente facilita el tendido.</translation>
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
        <translation>Escuchar en el host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Ping interval</source>
        <translation>Intervalo de ping</translation>
    </message>
    <message>
        <source>Ping timeout</source>
        <translation>Tiempo de espera del ping</translation>
    </message>
    <message>
        <source>New chargers</source>
        <translation>Cargadores nuevos</translation>
    </message>
    <message>
        <source>RFID authorization</source>
        <translation>Autorización RFID</translation>
    </message>
    <message>
        <source>Message validation</source>
        <translation>Validación de mensajes</translation>
    </message>
    <message>
        <source>Chargers connect to ws://&lt;host&gt;:&lt;port&gt;/&lt;charger id&gt;. A new host or port applies at once: connected chargers stay connected, new connections use the new address.</source>
        <translation>Los cargadores se conectan a ws://&lt;host&gt;:&lt;puerto&gt;/&lt;id del cargador&gt;. Un nuevo host o puerto se aplica al instante: los cargadores conectados siguen conectados y las nuevas conexiones usan la nueva dirección.</translation>
    </message>
    <message>
        <source>Send WebSocket pings (switch off for chargers that do not answer them)</source>
        <translation>Enviar pings de WebSocket (desactívelo para cargadores que no los responden)</translation>
    </message>
    <message>
        <source>Accept any charger</source>
        <translation>Aceptar cualquier cargador</translation>
    </message>
    <message>
        <source>Hold unknown chargers for approval</source>
        <translation>Retener los cargadores desconocidos hasta su aprobación</translation>
    </message>
    <message>
        <source>Reject unknown chargers</source>
        <translation>Rechazar los cargadores desconocidos</translation>
    </message>
    <message>
        <source>Strict: refuse messages that break the OCPP schema</source>
        <translation>Estricta: rechazar los mensajes que incumplen el esquema OCPP</translation>
    </message>
    <message>
        <source>Lenient: accept them (quirky firmware)</source>
        <translation>Tolerante: aceptarlos (firmware con peculiaridades)</translation>
    </message>
    <message>
        <source>The default for every charger; a charger&apos;s own settings can make it lenient.</source>
        <translation>El valor predeterminado para todos los cargadores; los ajustes propios de un cargador pueden hacerlo tolerante.</translation>
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
    <name>BuiltinPatterns</name>
    <message>
        <source>Charger id in an OCPP URL</source>
        <translation>Id del cargador en una URL OCPP</translation>
    </message>
    <message>
        <source>OCPP 1.6 error code</source>
        <translation>Código de error OCPP 1.6</translation>
    </message>
    <message>
        <source>Vehicle identification number (VIN)</source>
        <translation>Número de identificación del vehículo (VIN)</translation>
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
        <translation>Se requiere un valor.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Introduzca un número.</translation>
    </message>
    <message>
        <source>Must be between {min} and {max}.</source>
        <translation>Debe estar entre {min} y {max}.</translation>
    </message>
    <message>
        <source>Must be greater than 0.</source>
        <translation>Debe ser mayor que 0.</translation>
    </message>
    <message>
        <source>Must not be negative.</source>
        <translation>No puede ser negativo.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Introduzca un número entero.</translation>
    </message>
    <message>
        <source>Choose one of {choices}.</source>
        <translation>Elija uno de {choices}.</translation>
    </message>
    <message>
        <source>Unknown conductor size {value}; use e.g. 8, 1/0 or 250 kcmil.</source>
        <translation>Calibre de conductor desconocido: {value}; use p. ej. 8, 1/0 o 250 kcmil.</translation>
    </message>
    <message>
        <source>The start charge must be below the target charge.</source>
        <translation>La carga inicial debe ser menor que la carga objetivo.</translation>
    </message>
    <message>
        <source>Must be at least {min}.</source>
        <translation>Debe ser al menos {min}.</translation>
    </message>
    <message>
        <source>Must be at most {max}.</source>
        <translation>Debe ser como máximo {max}.</translation>
    </message>
</context>
<context>
    <name>CalculatorsPanel</name>
    <message>
        <source>Cable (AWG)</source>
        <translation>Cable (AWG)</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Potencia</translation>
    </message>
    <message>
        <source>Charging time &amp;&amp; cost</source>
        <translation>Tiempo y coste de carga</translation>
    </message>
</context>
<context>
    <name>ChargerDetailPanel</name>
    <message>
        <source>The charger shown (double-click one in the Chargers panel)</source>
        <translation>El cargador mostrado (haga doble clic en uno del panel Cargadores)</translation>
    </message>
    <message>
        <source>Double-click a charger in the Chargers panel, or pick one in the list above.</source>
        <translation>Haga doble clic en un cargador del panel Cargadores o elija uno de la lista de arriba.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Comandos</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Tramas</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
    <message>
        <source>Errors ({count})</source>
        <translation>Errores ({count})</translation>
    </message>
    <message>
        <source>Online ({protocol})</source>
        <translation>En línea ({protocol})</translation>
    </message>
    <message>
        <source>Unknown charger</source>
        <translation>Cargador desconocido</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Choose a charger…</source>
        <translation>Elija un cargador…</translation>
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
    <name>ChargingTab</name>
    <message>
        <source>(0–1)</source>
        <translation>(0–1)</translation>
    </message>
    <message>
        <source>per kWh</source>
        <translation>por kWh</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Battery capacity</source>
        <translation>Capacidad de la batería</translation>
    </message>
    <message>
        <source>Start charge</source>
        <translation>Carga inicial</translation>
    </message>
    <message>
        <source>Target charge</source>
        <translation>Carga objetivo</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Eficiencia</translation>
    </message>
    <message>
        <source>Charger power</source>
        <translation>Potencia del cargador</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>Energy into the battery</source>
        <translation>Energía a la batería</translation>
    </message>
    <message>
        <source>Energy from the grid</source>
        <translation>Energía de la red</translation>
    </message>
    <message>
        <source>Duration (h:mm)</source>
        <translation>Duración (h:mm)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>At constant charger power (no taper near full). Cost = energy from the grid × tariff, in the tariff&apos;s currency.</source>
        <translation>Con potencia de carga constante (sin reducción cerca del 100 %). Coste = energía de la red × tarifa, en la moneda de la tarifa.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>no tariff given</source>
        <translation>sin tarifa indicada</translation>
    </message>
</context>
<context>
    <name>ClipboardPanel</name>
    <message>
        <source>Watch the clipboard</source>
        <translation>Vigilar el portapapeles</translation>
    </message>
    <message>
        <source>Keep every text you copy as a sample (never password-manager copies).</source>
        <translation>Guardar como muestra cada texto que copie (nunca las copias de gestores de contraseñas).</translation>
    </message>
    <message>
        <source>● Watching clipboard</source>
        <translation>● Vigilando el portapapeles</translation>
    </message>
    <message>
        <source>Scan latest sample</source>
        <translation>Analizar la última muestra</translation>
    </message>
    <message>
        <source>Test against clipboard</source>
        <translation>Probar con el portapapeles</translation>
    </message>
    <message>
        <source>Check the selected patterns (or all) against the clipboard text.</source>
        <translation>Comprobar los patrones seleccionados (o todos) con el texto del portapapeles.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Watching the clipboard: copied texts are kept as samples.</source>
        <translation>Vigilando el portapapeles: los textos copiados se guardan como muestras.</translation>
    </message>
    <message>
        <source>Clipboard watching is off.</source>
        <translation>La vigilancia del portapapeles está desactivada.</translation>
    </message>
    <message>
        <source>The sample is kept for this session only: {error}</source>
        <translation>La muestra se guarda solo durante esta sesión: {error}</translation>
    </message>
    <message>
        <source>A concealed copy (from a password manager) was not kept.</source>
        <translation>No se guardó una copia oculta (de un gestor de contraseñas).</translation>
    </message>
    <message>
        <source>A very long copy was not kept as a sample.</source>
        <translation>Una copia muy larga no se guardó como muestra.</translation>
    </message>
    <message>
        <source>No samples yet: switch on “Watch the clipboard” and copy some text.</source>
        <translation>Aún no hay muestras: active «Vigilar el portapapeles» y copie algún texto.</translation>
    </message>
    <message>
        <source>No pattern matched the latest sample.</source>
        <translation>Ningún patrón coincide con la última muestra.</translation>
    </message>
    <message>
        <source>The clipboard holds a concealed (password) copy; it is not read.</source>
        <translation>El portapapeles contiene una copia oculta (contraseña); no se lee.</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>El portapapeles no contiene texto.</translation>
    </message>
    <message>
        <source>✗ {pattern}: no match</source>
        <translation>✗ {pattern}: sin coincidencia</translation>
    </message>
    <message>
        <source>✓ {pattern}: “{text}” ({values})</source>
        <translation>✓ {pattern}: «{text}» ({values})</translation>
    </message>
    <message>
        <source>{pattern} in the copied text: {value}</source>
        <translation>{pattern} en el texto copiado: {value}</translation>
    </message>
    <message>
        <source>Copied: {pattern}</source>
        <translation>Copiado: {pattern}</translation>
    </message>
    <message>
        <source>{value} — click to: {action}</source>
        <translation>{value} — haga clic para: {action}</translation>
    </message>
    <message>
        <source>Copied: {text}</source>
        <translation>Copiado: {text}</translation>
    </message>
    <message>
        <source>no placeholders</source>
        <translation>sin marcadores</translation>
    </message>
</context>
<context>
    <name>CommandAnswer</name>
    <message>
        <source>unknown: {keys}</source>
        <translation>desconocidas: {keys}</translation>
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
    <name>CommandOutcome</name>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>sin respuesta</translation>
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
    <name>CommandsTab</name>
    <message>
        <source>Last command result: none yet</source>
        <translation>Resultado del último comando: ninguno todavía</translation>
    </message>
    <message>
        <source>Recent commands to this charger</source>
        <translation>Comandos recientes a este cargador</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Last command result: {text}</source>
        <translation>Resultado del último comando: {text}</translation>
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
    <name>ConfigurationTab</name>
    <message>
        <source>Read configuration</source>
        <translation>Leer configuración</translation>
    </message>
    <message>
        <source>Ask the charger for all its keys (GetConfiguration)</source>
        <translation>Pedir al cargador todas sus claves (GetConfiguration)</translation>
    </message>
    <message>
        <source>Filter keys…</source>
        <translation>Filtrar claves…</translation>
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
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Double-click a value to change it; the charger&apos;s answer shows per key.</source>
        <translation>Haga doble clic en un valor para cambiarlo; la respuesta del cargador se muestra por clave.</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Aún no leída.</translation>
    </message>
    <message>
        <source>Reading the configuration of {charger}…</source>
        <translation>Leyendo la configuración de {charger}…</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) reported</source>
        <translation>
            <numerusform>%n clave informada</numerusform>
            <numerusform>%n claves informadas</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown: {keys}</source>
        <translation>desconocidas: {keys}</translation>
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
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
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
    <name>ConnectorsTable</name>
    <message>
        <source>Connector</source>
        <translation>Conector</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Código de error</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Potencia</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <source>0 (charger)</source>
        <translation>0 (cargador)</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong inside Arthexis Desktop. It keeps running; chargers stay connected. The report below is also in the log file. Copy it when you ask for help.</source>
        <translation>Algo ha fallado dentro de Arthexis Desktop. La aplicación sigue en marcha y los cargadores siguen conectados. El informe de abajo también está en el archivo de registro. Cópielo cuando pida ayuda.</translation>
    </message>
    <message numerus="yes">
        <source>%n unexpected error(s) so far. The app keeps running; the reports are below.</source>
        <translation>
            <numerusform>%n error inesperado hasta ahora. La aplicación sigue en marcha; el informe está abajo.</numerusform>
            <numerusform>%n errores inesperados hasta ahora. La aplicación sigue en marcha; los informes están abajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copiar informe</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Abrir carpeta de registros</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>CreditDialog</name>
    <message>
        <source>Add credit to {name}</source>
        <translation>Añadir crédito a {name}</translation>
    </message>
    <message>
        <source>e.g. invoice 2026-014</source>
        <translation>p. ej. factura 2026-014</translation>
    </message>
    <message>
        <source>A negative amount corrects an earlier top-up.</source>
        <translation>Una cantidad negativa corrige un abono anterior.</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Enter an amount other than zero.</source>
        <translation>Introduzca una cantidad distinta de cero.</translation>
    </message>
</context>
<context>
    <name>DropBar</name>
    <message>
        <source>Voltage drop {drop} % of the {limit} % limit</source>
        <translation>Caída de tensión: {drop} % con un límite de {limit} %</translation>
    </message>
</context>
<context>
    <name>EnrollTab</name>
    <message>
        <source>Present a card, or type a number, name or UID and press Enter</source>
        <translation>Acerque una tarjeta o escriba un número, nombre o UID y pulse Intro</translation>
    </message>
    <message>
        <source>Enroll new cards</source>
        <translation>Dar de alta tarjetas nuevas</translation>
    </message>
    <message>
        <source>Off: a scan only shows the card if it is in the register</source>
        <translation>Desactivado: una lectura solo muestra la tarjeta si está en el registro</translation>
    </message>
    <message>
        <source>Present a card</source>
        <translation>Acerque una tarjeta</translation>
    </message>
    <message>
        <source>Hold a card to a reader: new cards get the next label number.</source>
        <translation>Acerque una tarjeta a un lector: las tarjetas nuevas reciben el siguiente número de etiqueta.</translation>
    </message>
    <message>
        <source>Enroll this card</source>
        <translation>Dar de alta esta tarjeta</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>known, blocked</source>
        <translation>conocida, bloqueada</translation>
    </message>
    <message>
        <source>Scanned in this session</source>
        <translation>Leídas en esta sesión</translation>
    </message>
    <message>
        <source>The same card again: scanned once.</source>
        <translation>La misma tarjeta otra vez: se cuenta una sola lectura.</translation>
    </message>
    <message>
        <source>{uid} is not in the register.</source>
        <translation>{uid} no está en el registro.</translation>
    </message>
    <message>
        <source>New card enrolled as No. {number}. Name it and assign an account.</source>
        <translation>Nueva tarjeta dada de alta como n.º {number}. Póngale un nombre y asígnele una cuenta.</translation>
    </message>
    <message>
        <source>no account</source>
        <translation>sin cuenta</translation>
    </message>
    <message>
        <source>Known card No. {number}: {name} — {account}, owner {owner}; last seen {seen}.</source>
        <translation>Tarjeta conocida n.º {number}: {name} — {account}, titular {owner}; vista por última vez {seen}.</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source>No card matches “{text}”.</source>
        <translation>Ninguna tarjeta coincide con «{text}».</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) match; showing the first.</source>
        <translation>
            <numerusform>%n tarjeta coincide.</numerusform>
            <numerusform>%n tarjetas coinciden; se muestra la primera.</numerusform>
        </translation>
    </message>
    <message>
        <source>not in the register</source>
        <translation>no está en el registro</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>dada de alta</translation>
    </message>
    <message>
        <source>known</source>
        <translation>conocida</translation>
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
    <name>FetchingTab</name>
    <message>
        <source>Cannot load: {error}</source>
        <translation>No se puede cargar: {error}</translation>
    </message>
</context>
<context>
    <name>FocusRequests</name>
    <message>
        <source>Charger {charger} requested</source>
        <translation>Cargador {charger} solicitado</translation>
    </message>
    <message>
        <source>RFID tag {uid} requested</source>
        <translation>Tarjeta RFID {uid} solicitada</translation>
    </message>
    <message>
        <source>Transactions of tag {tag} requested</source>
        <translation>Transacciones de la tarjeta {tag} solicitadas</translation>
    </message>
    <message>
        <source>{kind} {value} requested</source>
        <translation>{kind} {value} solicitado</translation>
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
    <name>FramesTab</name>
    <message>
        <source>Last {count} frames</source>
        <translation>Últimas {count} tramas</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Trama</translation>
    </message>
    <message>
        <source>Cannot load frames: {error}</source>
        <translation>No se pueden cargar las tramas: {error}</translation>
    </message>
    <message>
        <source>charger → central system</source>
        <translation>cargador → sistema central</translation>
    </message>
    <message>
        <source>central system → charger</source>
        <translation>sistema central → cargador</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s), newest first</source>
        <translation>
            <numerusform>%n trama, la más reciente primero</numerusform>
            <numerusform>%n tramas, las más recientes primero</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphControls</name>
    <message>
        <source>Site</source>
        <translation>Instalación</translation>
    </message>
    <message>
        <source>Chargers</source>
        <translation>Cargadores</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Site: total power of all chargers · Chargers: live values · History: a transaction</source>
        <translation>Instalación: potencia total de todos los cargadores · Cargadores: valores en directo · Historial: una transacción</translation>
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
        <translation>Sesión</translation>
    </message>
    <message>
        <source>no limit line</source>
        <translation>sin línea de límite</translation>
    </message>
    <message>
        <source>Site supply limit, drawn as a dashed line</source>
        <translation>Límite de suministro de la instalación, dibujado como línea discontinua</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Per charger</source>
        <translation>Por cargador</translation>
    </message>
    <message>
        <source>Stack the chargers&apos; shares under the total</source>
        <translation>Apilar la parte de cada cargador bajo el total</translation>
    </message>
    <message>
        <source>Follow live</source>
        <translation>Seguir en directo</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>Guardar PNG…</translation>
    </message>
    <message>
        <source>Filter chargers</source>
        <translation>Filtrar cargadores</translation>
    </message>
    <message>
        <source>All connectors</source>
        <translation>Todos los conectores</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Connector {number}</source>
        <translation>Conector {number}</translation>
    </message>
    <message>
        <source>Connector 0 (main meter)</source>
        <translation>Conector 0 (contador principal)</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>#{id} {charger} · {connector}
{start} – {end}</source>
        <translation>#{id} {charger} · {connector}
{start} – {end}</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Restablecer vista</translation>
    </message>
    <message>
        <source>Selected chargers are stacked under the total; none selected: the top 8.</source>
        <translation>Los cargadores seleccionados se apilan bajo el total; si no hay ninguno seleccionado, los 8 principales.</translation>
    </message>
    <message>
        <source>Select one or more chargers (Ctrl/Shift for several).</source>
        <translation>Seleccione uno o más cargadores (Ctrl/Mayús para varios).</translation>
    </message>
</context>
<context>
    <name>GraphSaver</name>
    <message>
        <source>Export graph data</source>
        <translation>Exportar datos del gráfico</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save graph as image</source>
        <translation>Guardar el gráfico como imagen</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>No se pudo guardar {path}: {error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
</context>
<context>
    <name>GraphsPanel</name>
    <message>
        <source>Cannot load transactions: {error}</source>
        <translation>No se pueden cargar las transacciones: {error}</translation>
    </message>
    <message>
        <source>Select one or more chargers on the left.</source>
        <translation>Seleccione uno o más cargadores a la izquierda.</translation>
    </message>
    <message>
        <source>No running session on the chosen connectors: the last hour.</source>
        <translation>No hay ninguna sesión en curso en los conectores elegidos: se muestra la última hora.</translation>
    </message>
    <message>
        <source>No “{measurand}” samples from the chosen chargers yet.</source>
        <translation>Aún no hay muestras de «{measurand}» de los cargadores elegidos.</translation>
    </message>
    <message>
        <source>Site total</source>
        <translation>Total de la instalación</translation>
    </message>
    <message>
        <source>Other chargers</source>
        <translation>Otros cargadores</translation>
    </message>
    <message>
        <source>Power (kW)</source>
        <translation>Potencia (kW)</translation>
    </message>
    <message>
        <source>limit {power}</source>
        <translation>límite {power}</translation>
    </message>
    <message>
        <source>No charger has reported power yet.</source>
        <translation>Ningún cargador ha informado todavía de su potencia.</translation>
    </message>
    <message numerus="yes">
        <source>Now {power} · %n charger(s) drawing power</source>
        <translation>
            <numerusform>Ahora {power} · %n cargador consumiendo</numerusform>
            <numerusform>Ahora {power} · %n cargadores consumiendo</numerusform>
        </translation>
    </message>
    <message>
        <source>{share} % of the limit</source>
        <translation>{share} % del límite</translation>
    </message>
    <message>
        <source>Choose a transaction on the left.</source>
        <translation>Elija una transacción a la izquierda.</translation>
    </message>
    <message>
        <source>Loading transaction {id}…</source>
        <translation>Cargando la transacción {id}…</translation>
    </message>
    <message>
        <source>Cannot load transaction {id}: {error}</source>
        <translation>No se puede cargar la transacción {id}: {error}</translation>
    </message>
    <message>
        <source>Transaction {id} has no stored “{measurand}” samples.</source>
        <translation>La transacción {id} no tiene muestras de «{measurand}» guardadas.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Show every status change</source>
        <translation>Mostrar todos los cambios de estado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Conector</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Código de error</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Vendor error</source>
        <translation>Error del fabricante</translation>
    </message>
    <message>
        <source>Cannot load the history: {error}</source>
        <translation>No se puede cargar el historial: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n status change(s), newest first</source>
        <translation>
            <numerusform>%n cambio de estado, el más reciente primero</numerusform>
            <numerusform>%n cambios de estado, los más recientes primero</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) reported, newest first</source>
        <translation>
            <numerusform>%n error informado, el más reciente primero</numerusform>
            <numerusform>%n errores informados, los más recientes primero</numerusform>
        </translation>
    </message>
    <message>
        <source>No errors reported.</source>
        <translation>No se han informado errores.</translation>
    </message>
</context>
<context>
    <name>IdentityBox</name>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Remote address</source>
        <translation>Dirección remota</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Conectado desde</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Admisión</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>Último latido</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Contador</translation>
    </message>
    <message>
        <source>{time} ({ago})</source>
        <translation>{time} ({ago})</translation>
    </message>
    <message>
        <source>Offline, never seen</source>
        <translation>Desconectado, nunca visto</translation>
    </message>
    <message>
        <source>Offline, last seen {ago}</source>
        <translation>Desconectado, visto por última vez {ago}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import the register — {file}</source>
        <translation>Importar el registro — {file}</translation>
    </message>
    <message>
        <source>Update existing cards with the file&apos;s values</source>
        <translation>Actualizar las tarjetas existentes con los valores del archivo</translation>
    </message>
    <message>
        <source>Off: a card registered with other values is reported as a conflict</source>
        <translation>Desactivado: una tarjeta registrada con otros valores se informa como conflicto</translation>
    </message>
    <message>
        <source>Create missing accounts</source>
        <translation>Crear las cuentas que falten</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <source>Conflicts (9999)</source>
        <translation>Conflictos (9999)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Comprobando {file}…</translation>
    </message>
    <message numerus="yes">
        <source>Import %n good row(s)</source>
        <translation>
            <numerusform>Importar %n fila correcta</numerusform>
            <numerusform>Importar %n filas correctas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Errors (%n)</source>
        <translation>
            <numerusform>Errores (%n)</numerusform>
            <numerusform>Errores (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>Conflictos (%n)</numerusform>
            <numerusform>Conflictos (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>created</source>
        <translation>creada</translation>
    </message>
    <message>
        <source>to create</source>
        <translation>por crear</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>actualizada</translation>
    </message>
    <message>
        <source>to update</source>
        <translation>por actualizar</translation>
    </message>
    <message numerus="yes">
        <source>New cards (%n)</source>
        <translation>
            <numerusform>Tarjetas nuevas (%n)</numerusform>
            <numerusform>Tarjetas nuevas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated cards (%n)</source>
        <translation>
            <numerusform>Tarjetas actualizadas (%n)</numerusform>
            <numerusform>Tarjetas actualizadas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged (%n)</source>
        <translation>
            <numerusform>Sin cambios (%n)</numerusform>
            <numerusform>Sin cambios (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New accounts (%n)</source>
        <translation>
            <numerusform>Cuentas nuevas (%n)</numerusform>
            <numerusform>Cuentas nuevas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warnings (%n)</source>
        <translation>
            <numerusform>Advertencias (%n)</numerusform>
            <numerusform>Advertencias (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nueva</numerusform>
            <numerusform>%n nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizada</numerusform>
            <numerusform>%n actualizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run of {file}: {counts}. Nothing has been written yet.</source>
        <translation>Simulación de {file}: {counts}. Todavía no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Imported {file}: {counts}. Rows with errors or conflicts were not imported.</source>
        <translation>{file} importado: {counts}. Las filas con errores o conflictos no se importaron.</translation>
    </message>
    <message>
        <source>Nothing to import from {file}: {counts}.</source>
        <translation>Nada que importar de {file}: {counts}.</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>N.º {number}</translation>
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
        <translation>Operación</translation>
    </message>
    <message>
        <source>Installer</source>
        <translation>Instalador</translation>
    </message>
    <message>
        <source>Kiosk preview</source>
        <translation>Vista de quiosco</translation>
    </message>
</context>
<context>
    <name>ListsTab</name>
    <message>
        <source>Chargers with the local list on get every released card (Full first, then only the changes) a few seconds after the register changes.</source>
        <translation>Los cargadores con la lista local activada reciben todas las tarjetas asignadas (primero Full, después solo los cambios) unos segundos después de que cambie el registro.</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Cargador</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Local list</source>
        <translation>Lista local</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Último resultado</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Charger says</source>
        <translation>Respuesta del cargador</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activada</translation>
    </message>
    <message>
        <source>Keep this charger&apos;s local list in step</source>
        <translation>Mantener sincronizada la lista local de este cargador</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Send the whole list (Full update) now</source>
        <translation>Enviar ahora la lista completa (actualización Full)</translation>
    </message>
    <message>
        <source>Check version</source>
        <translation>Comprobar versión</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>Vaciar caché</translation>
    </message>
    <message>
        <source>Clear the charger&apos;s authorization cache (the local list stays)</source>
        <translation>Vaciar la caché de autorización del cargador (la lista local se mantiene)</translation>
    </message>
    <message>
        <source>{charger}: local list on; it is sent in a few seconds.</source>
        <translation>{charger}: lista local activada; se envía en unos segundos.</translation>
    </message>
    <message>
        <source>{charger}: local list off; the charger keeps what it has.</source>
        <translation>{charger}: lista local desactivada; el cargador conserva lo que tiene.</translation>
    </message>
    <message>
        <source>{charger}: list version {version} ({count} entries): {status}</source>
        <translation>{charger}: versión de lista {version} ({count} entradas): {status}</translation>
    </message>
    <message>
        <source>{charger} holds list version {version}.</source>
        <translation>{charger} tiene la versión de lista {version}.</translation>
    </message>
    <message>
        <source>{charger}: ClearCache {status}</source>
        <translation>{charger}: ClearCache {status}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>version {version}, {when}</source>
        <translation>versión {version}, {when}</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
</context>
<context>
    <name>LocalList</name>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>No admitida</translation>
    </message>
    <message>
        <source>Version mismatch</source>
        <translation>Versión no coincidente</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Actualizada</translation>
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
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
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
        <source>&amp;Layouts</source>
        <translation>&amp;Diseños</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Restablecer diseño</translation>
    </message>
    <message>
        <source>Put every panel back where it starts and restore column widths</source>
        <translation>Devolver cada panel a su posición inicial y restaurar el ancho de las columnas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>&amp;About Arthexis Desktop</source>
        <translation>&amp;Acerca de Arthexis Desktop</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Click on the map to place {charger} (Esc cancels)</source>
        <translation>Haga clic en el mapa para colocar {charger} (Esc cancela)</translation>
    </message>
    <message>
        <source>Editing locations: drag a marker to move its charger</source>
        <translation>Edición de ubicaciones: arrastre un marcador para mover su cargador</translation>
    </message>
    <message>
        <source>No tile source: showing the graticule only</source>
        <translation>Sin fuente de teselas: solo se muestra la retícula</translation>
    </message>
    <message>
        <source>Tile server unreachable: {error}</source>
        <translation>Servidor de teselas inaccesible: {error}</translation>
    </message>
    <message>
        <source>Tile server unreachable: no answer within {seconds} s</source>
        <translation>Servidor de teselas inaccesible: sin respuesta en {seconds} s</translation>
    </message>
    <message>
        <source>Offline: showing cached tiles</source>
        <translation>Sin conexión: se muestran las teselas en caché</translation>
    </message>
    <message>
        <source>Tile server error: {error}</source>
        <translation>Error del servidor de teselas: {error}</translation>
    </message>
    <message>
        <source>MBTiles file cannot be used: {error}</source>
        <translation>No se puede usar el archivo MBTiles: {error}</translation>
    </message>
    <message>
        <source>Tile server sent something that is not an image; check the URL template</source>
        <translation>El servidor de teselas envió algo que no es una imagen; revise la plantilla de URL</translation>
    </message>
    <message>
        <source>No tiles below zoom {zoom} in this source</source>
        <translation>Esta fuente no tiene teselas por debajo del zoom {zoom}</translation>
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
        <translation>Potencia: {power}</translation>
    </message>
    <message>
        <source>{count} chargers here: {statuses}
Click to zoom in.</source>
        <translation>{count} cargadores aquí: {statuses}
Haga clic para acercar.</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Map settings not saved: {error}</source>
        <translation>No se guardaron los ajustes del mapa: {error}</translation>
    </message>
    <message>
        <source>Not a valid position: {error}</source>
        <translation>Posición no válida: {error}</translation>
    </message>
    <message>
        <source>{charger} placed at {latitude}, {longitude}</source>
        <translation>{charger} colocado en {latitude}, {longitude}</translation>
    </message>
    <message>
        <source>{charger} removed from the map</source>
        <translation>{charger} quitado del mapa</translation>
    </message>
</context>
<context>
    <name>MapSection</name>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>Teselas</translation>
    </message>
    <message>
        <source>URL template</source>
        <translation>Plantilla de URL</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Atribución</translation>
    </message>
    <message>
        <source>Disk cache</source>
        <translation>Caché en disco</translation>
    </message>
    <message>
        <source>MBTiles file</source>
        <translation>Archivo MBTiles</translation>
    </message>
    <message>
        <source>Use {z}, {x} and {y} in the template. Tiles are cached and never downloaded in bulk; for a site without internet choose an MBTiles file.</source>
        <translation>Use {z}, {x} e {y} en la plantilla. Las teselas se guardan en caché y nunca se descargan en masa; para una instalación sin internet, elija un archivo MBTiles.</translation>
    </message>
    <message>
        <source>Online (XYZ URL template)</source>
        <translation>En línea (plantilla de URL XYZ)</translation>
    </message>
    <message>
        <source>MBTiles file (offline)</source>
        <translation>Archivo MBTiles (sin conexión)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
</context>
<context>
    <name>MapSide</name>
    <message>
        <source>Edit locations</source>
        <translation>Editar ubicaciones</translation>
    </message>
    <message>
        <source>Drag markers to move chargers (off: markers cannot be moved by accident)</source>
        <translation>Arrastre los marcadores para mover los cargadores (desactivado: no se pueden mover por accidente)</translation>
    </message>
    <message>
        <source>Selected charger</source>
        <translation>Cargador seleccionado</translation>
    </message>
    <message>
        <source>Click a marker or a charger below.</source>
        <translation>Haga clic en un marcador o en un cargador de abajo.</translation>
    </message>
    <message>
        <source>Save location</source>
        <translation>Guardar ubicación</translation>
    </message>
    <message>
        <source>Remove from map</source>
        <translation>Quitar del mapa</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Place on map</source>
        <translation>Colocar en el mapa</translation>
    </message>
    <message>
        <source>Then click on the map where the charger is</source>
        <translation>Después haga clic en el mapa donde está el cargador</translation>
    </message>
    <message>
        <source>Tile source…</source>
        <translation>Fuente de teselas…</translation>
    </message>
    <message>
        <source>{charger} — not on the map yet</source>
        <translation>{charger} — aún no está en el mapa</translation>
    </message>
    <message>
        <source>Without a location ({count})</source>
        <translation>Sin ubicación ({count})</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Charger map</source>
        <translation>Mapa de cargadores</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Acercar (+)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Alejar (-)</translation>
    </message>
    <message>
        <source>Show all chargers (Home)</source>
        <translation>Mostrar todos los cargadores (Inicio)</translation>
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
    <name>NotesLocationBox</name>
    <message>
        <source>Notes and location</source>
        <translation>Notas y ubicación</translation>
    </message>
    <message>
        <source>Where it is, who to call, quirks of its firmware…</source>
        <translation>Dónde está, a quién llamar, peculiaridades de su firmware…</translation>
    </message>
    <message>
        <source>e.g. 25.686600</source>
        <translation>p. ej. 25.686600</translation>
    </message>
    <message>
        <source>e.g. -100.316100</source>
        <translation>p. ej. -100.316100</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation>Notas guardadas.</translation>
    </message>
    <message>
        <source>Location saved.</source>
        <translation>Ubicación guardada.</translation>
    </message>
    <message>
        <source>Location removed.</source>
        <translation>Ubicación eliminada.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>NotificationsSection</name>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Show a notification when:</source>
        <translation>Mostrar una notificación cuando:</translation>
    </message>
    <message>
        <source>a charger connects</source>
        <translation>un cargador se conecta</translation>
    </message>
    <message>
        <source>a charger disconnects</source>
        <translation>un cargador se desconecta</translation>
    </message>
    <message>
        <source>an unknown charger waits for approval</source>
        <translation>un cargador desconocido espera aprobación</translation>
    </message>
    <message>
        <source>a charger&apos;s BootNotification is rejected</source>
        <translation>se rechaza la BootNotification de un cargador</translation>
    </message>
    <message>
        <source>a connector reports Faulted (with its error code)</source>
        <translation>un conector informa Faulted (con su código de error)</translation>
    </message>
    <message>
        <source>a charging session starts</source>
        <translation>empieza una sesión de carga</translation>
    </message>
    <message>
        <source>a charging session stops (energy and duration)</source>
        <translation>termina una sesión de carga (energía y duración)</translation>
    </message>
    <message>
        <source>an RFID card is presented (accepted, blocked or unknown)</source>
        <translation>se presenta una tarjeta RFID (aceptada, bloqueada o desconocida)</translation>
    </message>
    <message>
        <source>the broker cannot listen on its port</source>
        <translation>el broker no puede escuchar en su puerto</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Charging on connector {connector}: {power}, {energy} in {duration} — tag {tag}, transaction #{id}</source>
        <translation>Cargando en el conector {connector}: {power}, {energy} en {duration} — tarjeta {tag}, transacción #{id}</translation>
    </message>
    <message>
        <source>No transaction running.</source>
        <translation>Ninguna transacción en curso.</translation>
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
    <message>
        <source>RFID cards</source>
        <translation>Tarjetas RFID</translation>
    </message>
    <message>
        <source>Calculators</source>
        <translation>Calculadoras</translation>
    </message>
    <message>
        <source>Clipboard patterns</source>
        <translation>Patrones del portapapeles</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Meter graphs</source>
        <translation>Gráficos de medición</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Cargador</translation>
    </message>
</context>
<context>
    <name>PatternActions</name>
    <message>
        <source>No action</source>
        <translation>Sin acción</translation>
    </message>
    <message>
        <source>Open charger</source>
        <translation>Abrir cargador</translation>
    </message>
    <message>
        <source>Find RFID tag</source>
        <translation>Buscar tarjeta RFID</translation>
    </message>
    <message>
        <source>Search transactions of a tag</source>
        <translation>Buscar transacciones de una tarjeta</translation>
    </message>
    <message>
        <source>Copy formatted text</source>
        <translation>Copiar texto con formato</translation>
    </message>
    <message>
        <source>Open charger {value}</source>
        <translation>Abrir cargador {value}</translation>
    </message>
    <message>
        <source>Find RFID {value}</source>
        <translation>Buscar RFID {value}</translation>
    </message>
    <message>
        <source>Transactions of {value}</source>
        <translation>Transacciones de {value}</translation>
    </message>
    <message>
        <source>Copy “{value}”</source>
        <translation>Copiar «{value}»</translation>
    </message>
</context>
<context>
    <name>PatternEditor</name>
    <message>
        <source>e.g. Charger [charger] reported [error]</source>
        <translation>p. ej. Cargador [charger] informó [error]</translation>
    </message>
    <message>
        <source>Higher priorities are tried first.</source>
        <translation>Las prioridades más altas se prueban primero.</translation>
    </message>
    <message>
        <source>e.g. [charger]</source>
        <translation>p. ej. [charger]</translation>
    </message>
    <message>
        <source>Save pattern</source>
        <translation>Guardar patrón</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Máscara</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Action text</source>
        <translation>Texto de la acción</translation>
    </message>
    <message>
        <source>New pattern</source>
        <translation>Nuevo patrón</translation>
    </message>
    <message>
        <source>Edit pattern</source>
        <translation>Editar patrón</translation>
    </message>
    <message>
        <source>The pattern could not be saved: {error}</source>
        <translation>No se pudo guardar el patrón: {error}</translation>
    </message>
</context>
<context>
    <name>PatternErrors</name>
    <message>
        <source>The “[” at character {position} is never closed.</source>
        <translation>El «[» del carácter {position} nunca se cierra.</translation>
    </message>
    <message>
        <source>The “]” at character {position} has no “[”.</source>
        <translation>El «]» del carácter {position} no tiene su «[».</translation>
    </message>
    <message>
        <source>The placeholder at character {position} contains another “[”.</source>
        <translation>El marcador del carácter {position} contiene otro «[».</translation>
    </message>
    <message>
        <source>The placeholder at character {position} has no name.</source>
        <translation>El marcador del carácter {position} no tiene nombre.</translation>
    </message>
    <message>
        <source>[{name}] is used twice (character {position}); give each placeholder its own name.</source>
        <translation>[{name}] se usa dos veces (carácter {position}); dé a cada marcador su propio nombre.</translation>
    </message>
    <message>
        <source>Enter a mask, e.g. “ws://[host]/ocpp/[charger]”.</source>
        <translation>Introduzca una máscara, p. ej. «ws://[host]/ocpp/[charger]».</translation>
    </message>
    <message>
        <source>The action uses [{name}], which the mask does not capture.</source>
        <translation>La acción usa [{name}], que la máscara no captura.</translation>
    </message>
    <message>
        <source>No value for [{name}].</source>
        <translation>No hay valor para [{name}].</translation>
    </message>
    <message>
        <source>Write \[ or \] for a literal bracket.</source>
        <translation>Escriba \[ o \] para un corchete literal.</translation>
    </message>
</context>
<context>
    <name>PatternsView</name>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Máscara</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Action text</source>
        <translation>Texto de la acción</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>My patterns</source>
        <translation>Mis patrones</translation>
    </message>
    <message>
        <source>Built-in patterns are tried after yours (their priorities are negative).</source>
        <translation>Los patrones integrados se prueban después de los suyos (sus prioridades son negativas).</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Integrados</translation>
    </message>
    <message>
        <source>This mask is not valid and is not scanned; edit it.</source>
        <translation>Esta máscara no es válida y no se analiza; edítela.</translation>
    </message>
    <message>
        <source>The pattern could not be deleted: {error}</source>
        <translation>No se pudo eliminar el patrón: {error}</translation>
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
        <translation>Tensión (entre fases)</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Corriente</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fases</translation>
    </message>
    <message>
        <source>Power factor</source>
        <translation>Factor de potencia</translation>
    </message>
    <message>
        <source>Breaker ratings</source>
        <translation>Calibres de interruptor</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>Apparent power</source>
        <translation>Potencia aparente</translation>
    </message>
    <message>
        <source>Active power</source>
        <translation>Potencia activa</translation>
    </message>
    <message>
        <source>Reactive power</source>
        <translation>Potencia reactiva</translation>
    </message>
    <message>
        <source>Breaker at least (125 %)</source>
        <translation>Interruptor de al menos (125 %)</translation>
    </message>
    <message>
        <source>Suggested breaker</source>
        <translation>Interruptor sugerido</translation>
    </message>
    <message>
        <source>kVA = V × I (× √3 for three-phase); kW = kVA × power factor; kVAr = √(kVA² − kW²).</source>
        <translation>kVA = V × I (× √3 en trifásica); kW = kVA × factor de potencia; kVAr = √(kVA² − kW²).</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>above the largest standard rating ({largest} A)</source>
        <translation>por encima del mayor valor normalizado ({largest} A)</translation>
    </message>
</context>
<context>
    <name>PresetBar</name>
    <message>
        <source>Choose a preset…</source>
        <translation>Elija un preajuste…</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Guardar como preajuste…</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Eliminar preajuste</translation>
    </message>
    <message>
        <source>Name of the preset</source>
        <translation>Nombre del preajuste</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Preajuste:</translation>
    </message>
    <message>
        <source>Save the inputs (without the length) as:</source>
        <translation>Guardar los datos (sin la longitud) como:</translation>
    </message>
    <message>
        <source>Correct the marked inputs before saving them as a preset.</source>
        <translation>Corrija los datos marcados antes de guardarlos como preajuste.</translation>
    </message>
    <message>
        <source>Enter a name for the preset.</source>
        <translation>Introduzca un nombre para el preajuste.</translation>
    </message>
    <message>
        <source>The preset could not be saved: {error}</source>
        <translation>No se pudo guardar el preajuste: {error}</translation>
    </message>
    <message>
        <source>Preset “{name}” replaced.</source>
        <translation>Preajuste «{name}» reemplazado.</translation>
    </message>
    <message>
        <source>Preset “{name}” saved.</source>
        <translation>Preajuste «{name}» guardado.</translation>
    </message>
    <message>
        <source>The preset could not be deleted: {error}</source>
        <translation>No se pudo eliminar el preajuste: {error}</translation>
    </message>
    <message>
        <source>Preset “{name}” deleted.</source>
        <translation>Preajuste «{name}» eliminado.</translation>
    </message>
</context>
<context>
    <name>PrintButton</name>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>A card label or a handover form with the QR code of the UID</source>
        <translation>Una etiqueta de tarjeta o un formulario de entrega con el código QR del UID</translation>
    </message>
    <message>
        <source>Save card label as PDF…</source>
        <translation>Guardar etiqueta de tarjeta como PDF…</translation>
    </message>
    <message>
        <source>Save handover form as PDF…</source>
        <translation>Guardar formulario de entrega como PDF…</translation>
    </message>
    <message>
        <source>Print card label…</source>
        <translation>Imprimir etiqueta de tarjeta…</translation>
    </message>
    <message>
        <source>Print handover form…</source>
        <translation>Imprimir formulario de entrega…</translation>
    </message>
    <message>
        <source>No printer is installed</source>
        <translation>No hay ninguna impresora instalada</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>No se puede escribir {path}: {error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
    <message>
        <source>Sent to {printer}</source>
        <translation>Enviado a {printer}</translation>
    </message>
</context>
<context>
    <name>QrTab</name>
    <message>
        <source>Encoded URL</source>
        <translation>URL codificada</translation>
    </message>
    <message>
        <source>Use the broker&apos;s URL</source>
        <translation>Usar la URL del broker</translation>
    </message>
    <message>
        <source>Encode the OCPP URL the charger should connect to</source>
        <translation>Codificar la URL OCPP a la que debe conectarse el cargador</translation>
    </message>
    <message>
        <source>{charger_id} stands for the charger&apos;s id. Empty: the OCPP URL the charger should use. A public page works too, e.g. https://example.com/c/{charger_id}</source>
        <translation>{charger_id} representa el id del cargador. Vacío: la URL OCPP que debe usar el cargador. También sirve una página pública, p. ej. https://example.com/c/{charger_id}</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>Guardar PNG…</translation>
    </message>
    <message>
        <source>Save SVG…</source>
        <translation>Guardar SVG…</translation>
    </message>
    <message>
        <source>Sticker sheet (PDF)…</source>
        <translation>Hoja de pegatinas (PDF)…</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>Plantilla guardada.</translation>
    </message>
    <message>
        <source>Save the QR code</source>
        <translation>Guardar el código QR</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <source>Cannot save {path}: {error}</source>
        <translation>No se puede guardar {path}: {error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
</context>
<context>
    <name>QuitDialog</name>
    <message>
        <source>Quit Arthexis Desktop?</source>
        <translation>¿Salir de Arthexis Desktop?</translation>
    </message>
    <message>
        <source>The central system stops: chargers lose their connection until it runs again.</source>
        <translation>El sistema central se detiene: los cargadores pierden la conexión hasta que vuelva a estar en marcha.</translation>
    </message>
</context>
<context>
    <name>QuitTexts</name>
    <message numerus="yes">
        <source>%n transaction(s) are active; quit anyway?</source>
        <translation>
            <numerusform>%n transacción está activa; ¿salir de todos modos?</numerusform>
            <numerusform>%n transacciones están activas; ¿salir de todos modos?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReaderStatusView</name>
    <message>
        <source>Keyboard readers: scan into the field below.</source>
        <translation>Lectores de teclado: lea en el campo de abajo.</translation>
    </message>
    <message>
        <source>PC/SC readers are not watched (started with --no-readers).</source>
        <translation>Los lectores PC/SC no se vigilan (iniciado con --no-readers).</translation>
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
        <translation>Aún no se ha leído ninguna tarjeta.</translation>
    </message>
    <message>
        <source>Last scan: {uid} on {reader}, {ago}</source>
        <translation>Última lectura: {uid} en {reader}, {ago}</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>Search number, UID, name, owner, account, notes</source>
        <translation>Buscar número, UID, nombre, titular, cuenta, notas</translation>
    </message>
    <message>
        <source>Allowed and blocked</source>
        <translation>Permitidas y bloqueadas</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Permitida</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Released or not</source>
        <translation>Asignadas o no</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Asignada</translation>
    </message>
    <message>
        <source>Not released</source>
        <translation>No asignada</translation>
    </message>
    <message>
        <source>Any expiry</source>
        <translation>Cualquier caducidad</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Not expired</source>
        <translation>No caducada</translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation>Cualquier color</translation>
    </message>
    <message>
        <source>Any account</source>
        <translation>Cualquier cuenta</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última vez</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Permitir</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Mark the selected cards as handed over to their holders</source>
        <translation>Marcar las tarjetas seleccionadas como entregadas a sus titulares</translation>
    </message>
    <message>
        <source>Mark the selected cards as returned (not released)</source>
        <translation>Marcar las tarjetas seleccionadas como devueltas (no asignadas)</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) listed</source>
        <translation>
            <numerusform>%n tarjeta en la lista</numerusform>
            <numerusform>%n tarjetas en la lista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionada</numerusform>
            <numerusform>%n seleccionadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) allowed.</source>
        <translation>
            <numerusform>%n tarjeta permitida.</numerusform>
            <numerusform>%n tarjetas permitidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) blocked.</source>
        <translation>
            <numerusform>%n tarjeta bloqueada.</numerusform>
            <numerusform>%n tarjetas bloqueadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) released.</source>
        <translation>
            <numerusform>%n tarjeta asignada.</numerusform>
            <numerusform>%n tarjetas asignadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) taken back.</source>
        <translation>
            <numerusform>%n tarjeta retirada.</numerusform>
            <numerusform>%n tarjetas retiradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete cards</source>
        <translation>Eliminar tarjetas</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s) from the register? Chargers will no longer accept them; their history stays.</source>
        <translation>
            <numerusform>¿Eliminar %n tarjeta del registro? Los cargadores dejarán de aceptarla; su historial se conserva.</numerusform>
            <numerusform>¿Eliminar %n tarjetas del registro? Los cargadores dejarán de aceptarlas; su historial se conserva.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) deleted.</source>
        <translation>
            <numerusform>%n tarjeta eliminada.</numerusform>
            <numerusform>%n tarjetas eliminadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
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
        <translation>Esperando al cargador</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usada</translation>
    </message>
</context>
<context>
    <name>ReservationsBox</name>
    <message>
        <source>Reservations</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <source>Cancel reservation</source>
        <translation>Cancelar reserva</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Conector</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Charger&apos;s answer</source>
        <translation>Respuesta del cargador</translation>
    </message>
    <message>
        <source>Reservations cannot be loaded: {error}</source>
        <translation>No se pueden cargar las reservas: {error}</translation>
    </message>
    <message>
        <source>No reservations. Reserve a connector for a card in RFID cards → Reservations.</source>
        <translation>Sin reservas. Reserve un conector para una tarjeta en Tarjetas RFID → Reservas.</translation>
    </message>
    <message numerus="yes">
        <source>%n active reservation(s)</source>
        <translation>
            <numerusform>%n reserva activa</numerusform>
            <numerusform>%n reservas activas</numerusform>
        </translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>Reservation {number} not cancelled: {error}</source>
        <translation>Reserva {number} no cancelada: {error}</translation>
    </message>
    <message>
        <source>Reservation {number}: {state}</source>
        <translation>Reserva {number}: {state}</translation>
    </message>
</context>
<context>
    <name>ReservationsTab</name>
    <message>
        <source>Active only</source>
        <translation>Solo activas</translation>
    </message>
    <message>
        <source>Reserve…</source>
        <translation>Reservar…</translation>
    </message>
    <message>
        <source>Cancel reservation</source>
        <translation>Cancelar reserva</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Cargador</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Conector</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Charger&apos;s answer</source>
        <translation>Respuesta del cargador</translation>
    </message>
    <message>
        <source>Reservation {number} on {charger} connector {connector}: {state} ({answer})</source>
        <translation>Reserva {number} en {charger}, conector {connector}: {state} ({answer})</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
</context>
<context>
    <name>ReserveDialog</name>
    <message>
        <source>Reserve a connector</source>
        <translation>Reservar un conector</translation>
    </message>
    <message>
        <source>any (0)</source>
        <translation>cualquiera (0)</translation>
    </message>
    <message>
        <source>{uid} — No. {number}</source>
        <translation>{uid} — n.º {number}</translation>
    </message>
    <message>
        <source>OCPP 1.6 has no start time: the connector is held from now until the expiry.</source>
        <translation>OCPP 1.6 no tiene hora de inicio: el conector queda reservado desde ahora hasta la caducidad.</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Cargador</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Conector</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Choose a charger.</source>
        <translation>Elija un cargador.</translation>
    </message>
    <message>
        <source>Choose a card.</source>
        <translation>Elija una tarjeta.</translation>
    </message>
</context>
<context>
    <name>RfidLabel</name>
    <message>
        <source>No number</source>
        <translation>Sin número</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>N.º {number}</translation>
    </message>
    <message>
        <source>no account</source>
        <translation>sin cuenta</translation>
    </message>
    <message>
        <source>RFID card handover</source>
        <translation>Entrega de tarjeta RFID</translation>
    </message>
    <message>
        <source>Label number</source>
        <translation>Número de etiqueta</translation>
    </message>
    <message>
        <source>Card UID</source>
        <translation>UID de la tarjeta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>Entregada el</translation>
    </message>
    <message>
        <source>Received by (name, signature)</source>
        <translation>Recibida por (nombre, firma)</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Entregada por</translation>
    </message>
</context>
<context>
    <name>RfidPanel</name>
    <message>
        <source>Enroll</source>
        <translation>Dar de alta</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Unknown tags</source>
        <translation>Tarjetas desconocidas</translation>
    </message>
    <message>
        <source>Local lists</source>
        <translation>Listas locales</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Export register…</source>
        <translation>Exportar registro…</translation>
    </message>
    <message>
        <source>Import register…</source>
        <translation>Importar registro…</translation>
    </message>
    <message>
        <source>Export transactions…</source>
        <translation>Exportar transacciones…</translation>
    </message>
    <message>
        <source>The tag register is not available in this window.</source>
        <translation>El registro de tarjetas no está disponible en esta ventana.</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Exportar el registro</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) written to {path}.</source>
        <translation>
            <numerusform>%n tarjeta escrita en {path}.</numerusform>
            <numerusform>%n tarjetas escritas en {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the register</source>
        <translation>Importar el registro</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>RfidReaders</name>
    <message>
        <source>Reader watch stopped</source>
        <translation>Vigilancia de lectores detenida</translation>
    </message>
    <message>
        <source>Looking for readers…</source>
        <translation>Buscando lectores…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>No PC/SC reader connected</source>
        <translation>Ningún lector PC/SC conectado</translation>
    </message>
    <message>
        <source>PC/SC service not running</source>
        <translation>El servicio PC/SC no está en marcha</translation>
    </message>
    <message>
        <source>The PC/SC service refuses this user</source>
        <translation>El servicio PC/SC rechaza a este usuario</translation>
    </message>
    <message>
        <source>pyscard not available</source>
        <translation>pyscard no disponible</translation>
    </message>
    <message>
        <source>PC/SC error</source>
        <translation>Error de PC/SC</translation>
    </message>
    <message>
        <source>waiting for a card</source>
        <translation>esperando una tarjeta</translation>
    </message>
    <message>
        <source>card present</source>
        <translation>tarjeta presente</translation>
    </message>
    <message>
        <source>card gives no UID</source>
        <translation>la tarjeta no da UID</translation>
    </message>
    <message>
        <source>Start the Windows “Smart Card” service (services.msc → Smart Card → Start, startup type Automatic). Windows stops it while no reader is plugged in: plug the reader in.</source>
        <translation>Inicie el servicio «Tarjeta inteligente» de Windows (services.msc → Tarjeta inteligente → Iniciar, tipo de inicio Automático). Windows lo detiene mientras no hay ningún lector conectado: conecte el lector.</translation>
    </message>
    <message>
        <source>PC/SC is built into macOS: unplug and re-plug the reader.</source>
        <translation>PC/SC está integrado en macOS: desconecte y vuelva a conectar el lector.</translation>
    </message>
    <message>
        <source>Install and start the PC/SC daemon: sudo apt install pcscd, then sudo systemctl enable --now pcscd.socket (without systemd: sudo pcscd). It is picked up without a restart.</source>
        <translation>Instale e inicie el demonio PC/SC: sudo apt install pcscd y después sudo systemctl enable --now pcscd.socket (sin systemd: sudo pcscd). Se detecta sin reiniciar.</translation>
    </message>
    <message>
        <source>Plug in a PC/SC (CCID) reader such as an ACR122U; it is picked up without a restart.</source>
        <translation>Conecte un lector PC/SC (CCID), como un ACR122U; se detecta sin reiniciar.</translation>
    </message>
    <message>
        <source>pcscd refuses this user (polkit). Install packaging/linux/50-arthexis-pcscd.rules into /etc/polkit-1/rules.d/, add the user to group pcscd, then log in again.</source>
        <translation>pcscd rechaza a este usuario (polkit). Instale packaging/linux/50-arthexis-pcscd.rules en /etc/polkit-1/rules.d/, añada el usuario al grupo pcscd y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Install pyscard into the app&apos;s environment (sh packaging/bootstrap.sh install); keyboard readers work without it.</source>
        <translation>Instale pyscard en el entorno de la aplicación (sh packaging/bootstrap.sh install); los lectores de teclado funcionan sin él.</translation>
    </message>
    <message>
        <source>Unplug and re-plug the reader; see the log for details.</source>
        <translation>Desconecte y vuelva a conectar el lector; consulte el registro para más detalles.</translation>
    </message>
</context>
<context>
    <name>SamplesView</name>
    <message>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <source>Search samples…</source>
        <translation>Buscar muestras…</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Veces</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete all…</source>
        <translation>Eliminar todas…</translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>{shown} de {total} mostradas</translation>
    </message>
    <message>
        <source>Samples kept: {count}</source>
        <translation>Muestras guardadas:&#xa0;{count}</translation>
    </message>
    <message>
        <source>Delete all samples</source>
        <translation>Eliminar todas las muestras</translation>
    </message>
    <message>
        <source>Delete every clipboard sample ({count})? This cannot be undone.</source>
        <translation>¿Eliminar todas las muestras del portapapeles ({count})? No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Cannot connect to {url}: {reason}</source>
        <translation>No se puede conectar a {url}: {reason}</translation>
    </message>
    <message>
        <source>{url} does not exist yet; it will be created at the next start.</source>
        <translation>{url} aún no existe; se creará en el próximo inicio.</translation>
    </message>
    <message>
        <source>Connected to {url} ({backend} {version}).</source>
        <translation>Conectado a {url} ({backend} {version}).</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>No ha cambiado nada.</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>No se pudieron guardar los ajustes: {error}</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Ajustes guardados.</translation>
    </message>
    <message>
        <source>Storage changes apply at the next start.</source>
        <translation>Los cambios de almacenamiento se aplican en el próximo inicio.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>This run uses {value} from {source}; a change here is saved for later starts.</source>
        <translation>Esta ejecución usa {value} de {source}; un cambio aquí se guarda para los siguientes inicios.</translation>
    </message>
    <message>
        <source>Correct the marked values; nothing was saved.</source>
        <translation>Corrija los valores marcados; no se ha guardado nada.</translation>
    </message>
</context>
<context>
    <name>SettingsProblems</name>
    <message>
        <source>Enter a host name or IP address without spaces (0.0.0.0 listens on every interface).</source>
        <translation>Introduzca un nombre de host o una dirección IP sin espacios (0.0.0.0 escucha en todas las interfaces).</translation>
    </message>
    <message>
        <source>The port must be a whole number from {min} to {max} (0 picks a free port).</source>
        <translation>El puerto debe ser un número entero de {min} a {max} (0 elige un puerto libre).</translation>
    </message>
    <message>
        <source>Enter a number of seconds greater than 0, or switch the pings off.</source>
        <translation>Introduzca un número de segundos mayor que 0 o desactive los pings.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Introduzca un número entero.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Introduzca un número.</translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation>Se requiere un valor.</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>Elija uno de: {choices}.</translation>
    </message>
    <message>
        <source>Enter a whole number from {min} to {max}.</source>
        <translation>Introduzca un número entero de {min} a {max}.</translation>
    </message>
    <message>
        <source>The broker settings cannot be used: {detail}</source>
        <translation>No se pueden usar los ajustes del broker: {detail}</translation>
    </message>
    <message>
        <source>Enter a database URL such as postgresql://user@host/arthexis, or leave it empty for SQLite.</source>
        <translation>Introduzca una URL de base de datos como postgresql://user@host/arthexis, o déjela vacía para SQLite.</translation>
    </message>
    <message>
        <source>Choose a language from the list.</source>
        <translation>Elija un idioma de la lista.</translation>
    </message>
    <message>
        <source>The URL template must start with http:// or https://.</source>
        <translation>La plantilla de URL debe empezar por http:// o https://.</translation>
    </message>
    <message>
        <source>The broker cannot listen there: {reason}</source>
        <translation>El broker no puede escuchar ahí: {reason}</translation>
    </message>
    <message>
        <source>Starting with the system could not be changed: {reason}</source>
        <translation>No se pudo cambiar el inicio con el sistema: {reason}</translation>
    </message>
    <message>
        <source>The URL template needs {z}, {x} and {y}.</source>
        <translation>La plantilla de URL necesita {z}, {x} e {y}.</translation>
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

Close the other program using the port, or choose another port in File → Settings → Broker (the broker starts there at once).</source>
        <translation>Los cargadores no pueden conectarse: {reason}

Cierre el otro programa que usa el puerto o elija otro puerto en Archivo → Ajustes → Broker (el broker se inicia allí al instante).</translation>
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
    <name>StartupSection</name>
    <message>
        <source>Startup</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>The broker runs whenever the app runs, also while the window is minimised.</source>
        <translation>El broker funciona siempre que la aplicación está en marcha, también con la ventana minimizada.</translation>
    </message>
    <message>
        <source>Start minimised to the tray</source>
        <translation>Iniciar minimizado en la bandeja del sistema</translation>
    </message>
    <message>
        <source>Start when I log in to this computer</source>
        <translation>Iniciar al iniciar sesión en este equipo</translation>
    </message>
    <message>
        <source>Closing the window keeps the broker running in the tray</source>
        <translation>Al cerrar la ventana, el broker sigue en marcha en la bandeja del sistema</translation>
    </message>
    <message>
        <source>No system tray here: closing the window quits, start minimised uses the taskbar.</source>
        <translation>No hay bandeja del sistema: cerrar la ventana cierra la aplicación y el inicio minimizado usa la barra de tareas.</translation>
    </message>
    <message>
        <source>Not available on this operating system; use its own start-up settings.</source>
        <translation>No disponible en este sistema operativo; use sus propios ajustes de inicio.</translation>
    </message>
</context>
<context>
    <name>StickerDialog</name>
    <message>
        <source>QR sticker sheet</source>
        <translation>Hoja de pegatinas QR</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Vendor and model</source>
        <translation>Fabricante y modelo</translation>
    </message>
    <message>
        <source>The encoded URL</source>
        <translation>La URL codificada</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Labels per row</source>
        <translation>Etiquetas por fila</translation>
    </message>
    <message>
        <source>Under the id</source>
        <translation>Bajo el id</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Chargers</source>
        <translation>Cargadores</translation>
    </message>
    <message numerus="yes">
        <source>%n sticker(s)</source>
        <translation>
            <numerusform>%n pegatina</numerusform>
            <numerusform>%n pegatinas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>QR code {size} mm</source>
        <translation>Código QR de {size} mm</translation>
    </message>
    <message>
        <source>Save the sticker sheet</source>
        <translation>Guardar la hoja de pegatinas</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>QR stickers</source>
        <translation>Pegatinas QR</translation>
    </message>
    <message>
        <source>Cannot write {path}.</source>
        <translation>No se puede escribir {path}.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to {path}</source>
        <translation>
            <numerusform>%n página escrita en {path}</numerusform>
            <numerusform>%n páginas escritas en {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageSection</name>
    <message>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>URL de la base de datos</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Chargers, sessions and tags are kept in this database. Changes here apply at the next start; the database of the running app stays open until then.</source>
        <translation>Los cargadores, las sesiones y las tarjetas se guardan en esta base de datos. Los cambios aquí se aplican en el próximo inicio; hasta entonces, la base de datos de la aplicación en marcha sigue abierta.</translation>
    </message>
    <message>
        <source>Empty: the SQLite file in the data folder</source>
        <translation>Vacío: el archivo SQLite de la carpeta de datos</translation>
    </message>
    <message>
        <source>Empty: the per-user data folder</source>
        <translation>Vacío: la carpeta de datos del usuario</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>For several desktops on one fleet: postgresql://user:password@host/arthexis</source>
        <translation>Para varios equipos de una misma flota: postgresql://user:password@host/arthexis</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Elegir la carpeta de datos</translation>
    </message>
</context>
<context>
    <name>TagColour</name>
    <message>
        <source>Black</source>
        <translation>Negro</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Blanco</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rojo</translation>
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
    <message>
        <source>its account has no credit left</source>
        <translation>su cuenta no tiene crédito</translation>
    </message>
    <message>
        <source>a session is running and its account allows only one</source>
        <translation>ya hay una sesión en curso y su cuenta solo permite una</translation>
    </message>
</context>
<context>
    <name>TagDetail</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation>Autorización</translation>
    </message>
    <message>
        <source>History: {error}</source>
        <translation>Historial: {error}</translation>
    </message>
    <message numerus="yes">
        <source>History (%n event(s))</source>
        <translation>
            <numerusform>Historial (%n evento)</numerusform>
            <numerusform>Historial (%n eventos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>read</source>
        <translation>leída</translation>
    </message>
    <message>
        <source>not in the register then</source>
        <translation>entonces no estaba en el registro</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorización</translation>
    </message>
    <message>
        <source>{why} (policy {policy})</source>
        <translation>{why} (política {policy})</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>{uid}: {error}</source>
        <translation>{uid}: {error}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nueva cuenta</translation>
    </message>
    <message>
        <source>Name of the new account for this card:</source>
        <translation>Nombre de la nueva cuenta para esta tarjeta:</translation>
    </message>
</context>
<context>
    <name>TagForm</name>
    <message>
        <source>e.g. Van 3, Alice</source>
        <translation>p. ej. Furgoneta 3, Alice</translation>
    </message>
    <message>
        <source>who holds the card</source>
        <translation>quién tiene la tarjeta</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>Nueva cuenta…</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Permitida</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Released (handed over to its holder)</source>
        <translation>Asignada (entregada a su titular)</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <source>Label no.</source>
        <translation>N.º de etiqueta</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validez</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>(no account)</source>
        <translation>(sin cuenta)</translation>
    </message>
    <message>
        <source>No card selected</source>
        <translation>Ninguna tarjeta seleccionada</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>N.º {number}</translation>
    </message>
    <message>
        <source>No number</source>
        <translation>Sin número</translation>
    </message>
    <message>
        <source>{number} · {uid}</source>
        <translation>{number} · {uid}</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>first seen {when}</source>
        <translation>vista por primera vez: {when}</translation>
    </message>
    <message>
        <source>last seen {when}</source>
        <translation>vista por última vez: {when}</translation>
    </message>
    <message>
        <source>in the register since {when}</source>
        <translation>en el registro desde {when}</translation>
    </message>
</context>
<context>
    <name>TagHistory</name>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation>Autorización</translation>
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
    <name>TileSettingsDialog</name>
    <message>
        <source>Map tile source</source>
        <translation>Fuente de teselas del mapa</translation>
    </message>
    <message>
        <source>Online tiles (XYZ URL template)</source>
        <translation>Teselas en línea (plantilla de URL XYZ)</translation>
    </message>
    <message>
        <source>MBTiles file (offline)</source>
        <translation>Archivo MBTiles (sin conexión)</translation>
    </message>
    <message>
        <source>No tiles (graticule only)</source>
        <translation>Sin teselas (solo retícula)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>URL template</source>
        <translation>Plantilla de URL</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Atribución</translation>
    </message>
    <message>
        <source>Disk cache</source>
        <translation>Caché en disco</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Use {z}, {x} and {y} in the template. OpenStreetMap&apos;s servers are for light use: tiles are cached and never downloaded in bulk. For a kiosk without internet, choose an MBTiles file.</source>
        <translation>Use {z}, {x} e {y} en la plantilla. Los servidores de OpenStreetMap son para un uso ligero: las teselas se guardan en caché y nunca se descargan en masa. Para un quiosco sin internet, elija un archivo MBTiles.</translation>
    </message>
    <message>
        <source>Choose an MBTiles file</source>
        <translation>Elegir un archivo MBTiles</translation>
    </message>
    <message>
        <source>MBTiles files (*.mbtiles)</source>
        <translation>Archivos MBTiles (*.mbtiles)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The URL template needs {z}, {x} and {y}.</source>
        <translation>La plantilla de URL necesita {z}, {x} e {y}.</translation>
    </message>
    <message>
        <source>The URL template must start with http:// or https://.</source>
        <translation>La plantilla de URL debe empezar por http:// o https://.</translation>
    </message>
    <message>
        <source>Choose an MBTiles file.</source>
        <translation>Elija un archivo MBTiles.</translation>
    </message>
</context>
<context>
    <name>ToastTexts</name>
    <message>
        <source>{charger} connected</source>
        <translation>{charger} conectado</translation>
    </message>
    <message>
        <source>From {remote} ({protocol})</source>
        <translation>Desde {remote} ({protocol})</translation>
    </message>
    <message>
        <source>Connection closed: {reason}</source>
        <translation>Conexión cerrada: {reason}</translation>
    </message>
    <message>
        <source>Connection closed (code {code})</source>
        <translation>Conexión cerrada (código {code})</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Conexión perdida</translation>
    </message>
    <message>
        <source>{charger} disconnected</source>
        <translation>{charger} desconectado</translation>
    </message>
    <message>
        <source>{charger} waits for approval</source>
        <translation>{charger} espera aprobación</translation>
    </message>
    <message>
        <source>Unknown charger ({model}). Accept or reject it in the Chargers panel.</source>
        <translation>Cargador desconocido ({model}). Acéptelo o recházelo en el panel Cargadores.</translation>
    </message>
    <message>
        <source>{charger} was rejected</source>
        <translation>{charger} fue rechazado</translation>
    </message>
    <message>
        <source>Its BootNotification was rejected ({model}).</source>
        <translation>Su BootNotification fue rechazada ({model}).</translation>
    </message>
    <message>
        <source>Error code: {code}</source>
        <translation>Código de error: {code}</translation>
    </message>
    <message>
        <source>{charger}: connector {connector} faulted</source>
        <translation>{charger}: conector {connector} averiado</translation>
    </message>
    <message>
        <source>Connector {connector}, card {tag}</source>
        <translation>Conector {connector}, tarjeta {tag}</translation>
    </message>
    <message>
        <source>Connector {connector}</source>
        <translation>Conector {connector}</translation>
    </message>
    <message>
        <source>Charging started on {charger}</source>
        <translation>Carga iniciada en {charger}</translation>
    </message>
    <message>
        <source>Charging stopped on {charger}</source>
        <translation>Carga finalizada en {charger}</translation>
    </message>
    <message>
        <source>{energy} in {duration}</source>
        <translation>{energy} en {duration}</translation>
    </message>
    <message>
        <source>The central system is not running</source>
        <translation>El sistema central no está en marcha</translation>
    </message>
    <message>
        <source>Chargers cannot connect: {reason}</source>
        <translation>Los cargadores no pueden conectarse: {reason}</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>modelo desconocido</translation>
    </message>
    <message>
        <source>Card {uid} accepted</source>
        <translation>Tarjeta {uid} aceptada</translation>
    </message>
    <message>
        <source>Card {uid} blocked</source>
        <translation>Tarjeta {uid} bloqueada</translation>
    </message>
    <message>
        <source>Card {uid} unknown</source>
        <translation>Tarjeta {uid} desconocida</translation>
    </message>
    <message>
        <source>Card {uid} scanned</source>
        <translation>Tarjeta {uid} leída</translation>
    </message>
    <message>
        <source>At charger {charger}</source>
        <translation>En el cargador {charger}</translation>
    </message>
    <message>
        <source>On reader {reader}</source>
        <translation>En el lector {reader}</translation>
    </message>
    <message numerus="yes">
        <source>%n charger(s) connected</source>
        <translation>
            <numerusform>%n cargador conectado</numerusform>
            <numerusform>%n cargadores conectados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n charger(s) disconnected</source>
        <translation>
            <numerusform>%n cargador desconectado</numerusform>
            <numerusform>%n cargadores desconectados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n charger(s) wait for approval</source>
        <translation>
            <numerusform>%n cargador espera aprobación</numerusform>
            <numerusform>%n cargadores esperan aprobación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n charger(s) rejected at boot</source>
        <translation>
            <numerusform>%n cargador rechazado en el arranque</numerusform>
            <numerusform>%n cargadores rechazados en el arranque</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connector(s) faulted</source>
        <translation>
            <numerusform>%n conector averiado</numerusform>
            <numerusform>%n conectores averiados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n charging session(s) started</source>
        <translation>
            <numerusform>%n sesión de carga iniciada</numerusform>
            <numerusform>%n sesiones de carga iniciadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n charging session(s) stopped</source>
        <translation>
            <numerusform>%n sesión de carga finalizada</numerusform>
            <numerusform>%n sesiones de carga finalizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) presented</source>
        <translation>
            <numerusform>%n tarjeta presentada</numerusform>
            <numerusform>%n tarjetas presentadas</numerusform>
        </translation>
    </message>
    <message>
        <source>{energy} in total: {names}</source>
        <translation>{energy} en total: {names}</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} y %n más</numerusform>
            <numerusform>{names} y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransactionsExportDialog</name>
    <message>
        <source>Export transactions</source>
        <translation>Exportar transacciones</translation>
    </message>
    <message>
        <source>All chargers</source>
        <translation>Todos los cargadores</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Cargador</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export transactions to CSV</source>
        <translation>Exportar transacciones a CSV</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>any tag (uid or idTag)</source>
        <translation>cualquier tarjeta (uid o idTag)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>The transaction export is not available in this window.</source>
        <translation>La exportación de transacciones no está disponible en esta ventana.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Cannot export: {error}</source>
        <translation>No se puede exportar: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) written to {path}</source>
        <translation>
            <numerusform>%n transacción escrita en {path}</numerusform>
            <numerusform>%n transacciones escritas en {path}</numerusform>
        </translation>
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
        <source>Charger or tag…</source>
        <translation>Id o tarjeta…</translation>
    </message>
    <message>
        <source>Show only the transactions of a charger or tag</source>
        <translation>Mostrar solo las transacciones de un cargador o una tarjeta</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export transactions by charger, date range and tag</source>
        <translation>Exportar transacciones por cargador, intervalo de fechas y tarjeta</translation>
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
    <message numerus="yes">
        <source>filtered from %n</source>
        <translation>
            <numerusform>filtradas de %n</numerusform>
            <numerusform>filtradas de %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>&amp;Show window</source>
        <translation>&amp;Mostrar ventana</translation>
    </message>
    <message>
        <source>&amp;Pause notifications</source>
        <translation>&amp;Pausar notificaciones</translation>
    </message>
    <message>
        <source>For 1 &amp;hour</source>
        <translation>Durante &amp;1 hora</translation>
    </message>
    <message>
        <source>&amp;Until resumed</source>
        <translation>&amp;Hasta reanudarlas</translation>
    </message>
    <message>
        <source>&amp;Resume notifications</source>
        <translation>&amp;Reanudar notificaciones</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Broker running</source>
        <translation>Broker en marcha</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Broker not running: {reason}</source>
        <translation>El broker no está en marcha: {reason}</translation>
    </message>
    <message>
        <source>Arthexis Desktop</source>
        <translation>Arthexis Desktop</translation>
    </message>
    <message numerus="yes">
        <source>%n charger(s) connected</source>
        <translation>
            <numerusform>%n cargador conectado</numerusform>
            <numerusform>%n cargadores conectados</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications paused until {time}</source>
        <translation>Notificaciones en pausa hasta las {time}</translation>
    </message>
    <message>
        <source>Notifications paused</source>
        <translation>Notificaciones en pausa</translation>
    </message>
    <message>
        <source>Arthexis Desktop is still running</source>
        <translation>Arthexis Desktop sigue en marcha</translation>
    </message>
    <message>
        <source>The broker keeps serving the chargers. Open the window from the tray icon; quit from its menu.</source>
        <translation>El broker sigue atendiendo a los cargadores. Abra la ventana desde el icono de la bandeja del sistema; salga desde su menú.</translation>
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
        <source>Name (optional), e.g. Van 3</source>
        <translation>Nombre (opcional), p. ej. Furgoneta 3</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Dar de alta</translation>
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
    <message numerus="yes">
        <source>%n tag(s) presented at chargers are not in the register.</source>
        <translation>
            <numerusform>%n tarjeta presentada en los cargadores no está en el registro.</numerusform>
            <numerusform>%n tarjetas presentadas en los cargadores no están en el registro.</numerusform>
        </translation>
    </message>
    <message>
        <source>No unknown tags. Tags presented at chargers that are not in the register show here.</source>
        <translation>No hay tarjetas desconocidas. Aquí aparecen las tarjetas presentadas en cargadores que no están en el registro.</translation>
    </message>
    <message>
        <source>{uid} enrolled as No. {number}.</source>
        <translation>{uid} dada de alta como n.º {number}.</translation>
    </message>
    <message>
        <source>{uid} blocked: every charger refuses it.</source>
        <translation>{uid} bloqueada: todos los cargadores la rechazan.</translation>
    </message>
</context>
</TS>
