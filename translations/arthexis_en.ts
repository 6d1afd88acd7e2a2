<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</context>
</TS>
