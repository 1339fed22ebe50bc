<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CatalogueUpdate</name>
    <message numerus="yes">
        <source>The catalogue was NOT changed: %n record(s) have problems.</source>
        <translation>
            <numerusform>The catalogue was NOT changed: %n record has problems.</numerusform>
            <numerusform>The catalogue was NOT changed: %n records have problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftsView</name>
    <message numerus="yes">
        <source>%n application(s) shown</source>
        <translation>
            <numerusform>%n application shown</numerusform>
            <numerusform>%n applications shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n follow-up(s) overdue</source>
        <translation>
            <numerusform>; %n follow-up overdue</numerusform>
            <numerusform>; %n follow-ups overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activity log saved: %n entry(s)</source>
        <translation>
            <numerusform>Activity log saved: %n entry</numerusform>
            <numerusform>Activity log saved: %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) saved</source>
        <translation>
            <numerusform>%n draft saved</numerusform>
            <numerusform>%n drafts saved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message numerus="yes">
        <source>This session ends in %n second(s).</source>
        <translation>
            <numerusform>This session ends in %n second.</numerusform>
            <numerusform>This session ends in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>The catalogue holds %n position(s). Positions whose source is &quot;Sample data&quot; are examples; the others come from employers of the 助残逐梦 campaign or from files your service centre imported.</source>
        <translation>
            <numerusform>The catalogue holds %n position. Positions whose source is &quot;Sample data&quot; are examples; the others come from employers of the 助残逐梦 campaign or from files your service centre imported.</numerusform>
            <numerusform>The catalogue holds %n positions. Positions whose source is &quot;Sample data&quot; are examples; the others come from employers of the 助残逐梦 campaign or from files your service centre imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinWords</name>
    <message numerus="yes">
        <source>Wrong PIN. %n more wrong PIN(s) will lock this profile for a while.</source>
        <translation>
            <numerusform>Wrong PIN. %n more wrong PIN will lock this profile for a while.</numerusform>
            <numerusform>Wrong PIN. %n more wrong PINs will lock this profile for a while.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetPinDialog</name>
    <message numerus="yes">
        <source>Too many wrong staff PINs. Please wait %n second(s).</source>
        <translation>
            <numerusform>Too many wrong staff PINs. Please wait %n second.</numerusform>
            <numerusform>Too many wrong staff PINs. Please wait %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message numerus="yes">
        <source>Found %n position(s), page %1 of %2</source>
        <translation>
            <numerusform>Found %n position, page %1 of %2</numerusform>
            <numerusform>Found %n positions, page %1 of %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffPinDialog</name>
    <message numerus="yes">
        <source>Too many wrong PINs. Please wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Too many wrong PINs. Please wait %n second and try again.</numerusform>
            <numerusform>Too many wrong PINs. Please wait %n seconds and try again.</numerusform>
        </translation>
    </message>
</context>
</TS>
