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
        <source>Copied: {text}</source>
        <translation>Copiado: {text}</translation>
    </message>
    <message>
        <source>no placeholders</source>
        <translation>sin marcadores</translation>
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
    <name>DropBar</name>
    <message>
        <source>Voltage drop {drop} % of the {limit} % limit</source>
        <translation>Caída de tensión: {drop} % con un límite de {limit} %</translation>
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
    <message>
        <source>Calculators</source>
        <translation>Calculadoras</translation>
    </message>
    <message>
        <source>Clipboard patterns</source>
        <translation>Patrones del portapapeles</translation>
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
