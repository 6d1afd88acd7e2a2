<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountsTab</name>
    <message numerus="yes">
        <source>Delete the account {name}? Its %n card(s) stay in the register without an account.</source>
        <translation>
            <numerusform>Delete the account {name}? Its %n card stays in the register without an account.</numerusform>
            <numerusform>Delete the account {name}? Its %n cards stay in the register without an account.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrokerStatus</name>
    <message numerus="yes">
        <source>%n charger(s) connected</source>
        <translation>
            <numerusform>%n charger connected</numerusform>
            <numerusform>%n chargers connected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChargersPanel</name>
    <message numerus="yes">
        <source>%n charger(s) waiting for approval: {ids}. Select one and click Approve.</source>
        <translation>
            <numerusform>%n charger waiting for approval: {ids}. Select one and click Approve.</numerusform>
            <numerusform>%n chargers waiting for approval: {ids}. Select one and click Approve.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandCatalog</name>
    <message numerus="yes">
        <source>GetConfiguration to {charger}: %n key(s)</source>
        <translation>
            <numerusform>GetConfiguration to {charger}: %n key</numerusform>
            <numerusform>GetConfiguration to {charger}: %n keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfigurationTab</name>
    <message numerus="yes">
        <source>%n key(s) reported</source>
        <translation>
            <numerusform>%n key reported</numerusform>
            <numerusform>%n keys reported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message numerus="yes">
        <source>%n unexpected error(s) so far. The app keeps running; the reports are below.</source>
        <translation>
            <numerusform>%n unexpected error so far. The app keeps running; the report is below.</numerusform>
            <numerusform>%n unexpected errors so far. The app keeps running; the reports are below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrollTab</name>
    <message numerus="yes">
        <source>%n card(s) match; showing the first.</source>
        <translation>
            <numerusform>%n card matches.</numerusform>
            <numerusform>%n cards match; showing the first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FramesTab</name>
    <message numerus="yes">
        <source>%n frame(s), newest first</source>
        <translation>
            <numerusform>%n frame, newest first</numerusform>
            <numerusform>%n frames, newest first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphsPanel</name>
    <message numerus="yes">
        <source>Now {power} · %n charger(s) drawing power</source>
        <translation>
            <numerusform>Now {power} · %n charger drawing power</numerusform>
            <numerusform>Now {power} · %n chargers drawing power</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message numerus="yes">
        <source>%n status change(s), newest first</source>
        <translation>
            <numerusform>%n status change, newest first</numerusform>
            <numerusform>%n status changes, newest first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) reported, newest first</source>
        <translation>
            <numerusform>%n error reported, newest first</numerusform>
            <numerusform>%n errors reported, newest first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Import %n good row(s)</source>
        <translation>
            <numerusform>Import %n good row</numerusform>
            <numerusform>Import %n good rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Errors (%n)</source>
        <translation>
            <numerusform>Errors (%n)</numerusform>
            <numerusform>Errors (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>Conflicts (%n)</numerusform>
            <numerusform>Conflicts (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New cards (%n)</source>
        <translation>
            <numerusform>New cards (%n)</numerusform>
            <numerusform>New cards (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated cards (%n)</source>
        <translation>
            <numerusform>Updated cards (%n)</numerusform>
            <numerusform>Updated cards (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged (%n)</source>
        <translation>
            <numerusform>Unchanged (%n)</numerusform>
            <numerusform>Unchanged (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New accounts (%n)</source>
        <translation>
            <numerusform>New accounts (%n)</numerusform>
            <numerusform>New accounts (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warnings (%n)</source>
        <translation>
            <numerusform>Warnings (%n)</numerusform>
            <numerusform>Warnings (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuitTexts</name>
    <message numerus="yes">
        <source>%n transaction(s) are active; quit anyway?</source>
        <translation>
            <numerusform>%n transaction is active; quit anyway?</numerusform>
            <numerusform>%n transactions are active; quit anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message numerus="yes">
        <source>%n card(s) listed</source>
        <translation>
            <numerusform>%n card listed</numerusform>
            <numerusform>%n cards listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) allowed.</source>
        <translation>
            <numerusform>%n card allowed.</numerusform>
            <numerusform>%n cards allowed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) blocked.</source>
        <translation>
            <numerusform>%n card blocked.</numerusform>
            <numerusform>%n cards blocked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) released.</source>
        <translation>
            <numerusform>%n card released.</numerusform>
            <numerusform>%n cards released.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) taken back.</source>
        <translation>
            <numerusform>%n card taken back.</numerusform>
            <numerusform>%n cards taken back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s) from the register? Chargers will no longer accept them; their history stays.</source>
        <translation>
            <numerusform>Delete %n card from the register? Chargers will no longer accept it; its history stays.</numerusform>
            <numerusform>Delete %n cards from the register? Chargers will no longer accept them; their history stays.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) deleted.</source>
        <translation>
            <numerusform>%n card deleted.</numerusform>
            <numerusform>%n cards deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReservationsBox</name>
    <message numerus="yes">
        <source>%n active reservation(s)</source>
        <translation>
            <numerusform>%n active reservation</numerusform>
            <numerusform>%n active reservations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RfidPanel</name>
    <message numerus="yes">
        <source>%n card(s) written to {path}.</source>
        <translation>
            <numerusform>%n card written to {path}.</numerusform>
            <numerusform>%n cards written to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StickerDialog</name>
    <message numerus="yes">
        <source>%n sticker(s)</source>
        <translation>
            <numerusform>%n sticker</numerusform>
            <numerusform>%n stickers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to {path}</source>
        <translation>
            <numerusform>%n page written to {path}</numerusform>
            <numerusform>%n pages written to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagDetail</name>
    <message numerus="yes">
        <source>History (%n event(s))</source>
        <translation>
            <numerusform>History (%n event)</numerusform>
            <numerusform>History (%n events)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagsSeenPanel</name>
    <message numerus="yes">
        <source>%n unknown tag(s): select one to enrol or block it.</source>
        <translation>
            <numerusform>%n unknown tag: select one to enrol or block it.</numerusform>
            <numerusform>%n unknown tags: select one to enrol or block it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToastTexts</name>
    <message numerus="yes">
        <source>%n charger(s) connected</source>
        <translation>
            <numerusform>%n charger connected</numerusform>
            <numerusform>%n chargers connected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n charger(s) disconnected</source>
        <translation>
            <numerusform>%n charger disconnected</numerusform>
            <numerusform>%n chargers disconnected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n charger(s) wait for approval</source>
        <translation>
            <numerusform>%n charger waits for approval</numerusform>
            <numerusform>%n chargers wait for approval</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n charger(s) rejected at boot</source>
        <translation>
            <numerusform>%n charger rejected at boot</numerusform>
            <numerusform>%n chargers rejected at boot</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connector(s) faulted</source>
        <translation>
            <numerusform>%n connector faulted</numerusform>
            <numerusform>%n connectors faulted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n charging session(s) started</source>
        <translation>
            <numerusform>%n charging session started</numerusform>
            <numerusform>%n charging sessions started</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n charging session(s) stopped</source>
        <translation>
            <numerusform>%n charging session stopped</numerusform>
            <numerusform>%n charging sessions stopped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) presented</source>
        <translation>
            <numerusform>%n card presented</numerusform>
            <numerusform>%n cards presented</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} and %n more</numerusform>
            <numerusform>{names} and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransactionsExportDialog</name>
    <message numerus="yes">
        <source>%n transaction(s) written to {path}</source>
        <translation>
            <numerusform>%n transaction written to {path}</numerusform>
            <numerusform>%n transactions written to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransactionsPanel</name>
    <message numerus="yes">
        <source>%n transaction(s) shown</source>
        <translation>
            <numerusform>%n transaction shown</numerusform>
            <numerusform>%n transactions shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n active</numerusform>
            <numerusform>%n active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>filtered from %n</source>
        <translation>
            <numerusform>filtered from %n</numerusform>
            <numerusform>filtered from %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message numerus="yes">
        <source>%n charger(s) connected</source>
        <translation>
            <numerusform>%n charger connected</numerusform>
            <numerusform>%n chargers connected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnknownTab</name>
    <message numerus="yes">
        <source>%n tag(s) presented at chargers are not in the register.</source>
        <translation>
            <numerusform>%n tag presented at a charger is not in the register.</numerusform>
            <numerusform>%n tags presented at chargers are not in the register.</numerusform>
        </translation>
    </message>
</context>
</TS>
