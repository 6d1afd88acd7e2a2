<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Admission</name>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrokerStatus</name>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Broker running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Broker not running: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n charger(s) connected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Broker: {url}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargersModel</name>
    <message>
        <source>booted {ago}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online ({protocol})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor / model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No heartbeat received yet; the time shown is since the charger connected or booted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargersPanel</name>
    <message>
        <source>Last command result: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the selected charger at its next boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by charger id…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a charger first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last command result: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n charger(s) waiting for approval: {ids}. Select one and click Approve.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandCatalog</name>
    <message>
        <source>Charger {charger} has no running transaction to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{command} — {charger}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} to {charger}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFID tag (idTag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the idTag to start with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any (charger decides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#{id} — connector {connector}, tag {tag}, {energy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft (restart the software)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard (reboot the charger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (whole charger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inoperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys (comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty = all keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the configuration key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the authorization cache of {charger}? Cached idTags will be checked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the vendor id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>GetConfiguration to {charger}: %n key(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandController</name>
    <message>
        <source>Charger {charger} is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving {charger}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejecting {charger}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending {action} to {charger}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{charger} approved; it is accepted at its next boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{charger} rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandStatus</name>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown vendor id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Remote start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote stop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock connector…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change availability…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data transfer…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigurationDialog</name>
    <message>
        <source>Configuration of {charger}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown keys: {keys}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectorStatus</name>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended by EV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended by charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Charger {charger} is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charger {charger} is connected but has not been accepted at boot yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} to {charger}: no reply within {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} to {charger} failed with error {code}: {description}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command cannot be sent: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration error: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>{seconds} s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} d ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Arthexis Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the central system…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Arthexis Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Arthexis Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arthexis Desktop {version}
OCPP central system and control centre for EV charging.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received from the charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent to the charger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageLogPanel</name>
    <message>
        <source>All chargers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected frames (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Chargers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransactionsModel</name>
    <message>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orphan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransactionsPanel</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load transactions: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
