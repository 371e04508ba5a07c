<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Swedish is the source language, so Qt has no catalogue to take its singular from: a text counted
     with %n ("%n klienter") reads "1 klienter" without one. Only those texts are here, with their two
     forms; tests/ui/test_plurals.py checks that every counted text of the code has its entry. -->
<TS version="2.1" language="sv_SE" sourcelanguage="sv_SE">
<context>
    <name>AssessmentForm</name>
    <message numerus="yes">
        <source> · lämnades med %n obedömda påståenden</source>
        <translation><numerusform> · lämnades med %n obedömt påstående</numerusform><numerusform> · lämnades med %n obedömda påståenden</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> · %n påståenden kvar att bedöma</source>
        <translation><numerusform> · %n påstående kvar att bedöma</numerusform><numerusform> · %n påståenden kvar att bedöma</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n mål finns nu i utvecklingsplanen</source>
        <translation><numerusform>%n mål finns nu i utvecklingsplanen</numerusform><numerusform>%n mål finns nu i utvecklingsplanen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> (version %1, %n delmål).</source>
        <translation><numerusform> (version %1, %n delmål).</numerusform><numerusform> (version %1, %n delmål).</numerusform></translation>
    </message>
</context>
<context>
    <name>BackupCounts</name>
    <message numerus="yes">
        <source>%n klienter</source>
        <translation><numerusform>%n klient</numerusform><numerusform>%n klienter</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n ärenden</source>
        <translation><numerusform>%n ärende</numerusform><numerusform>%n ärenden</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n anteckningar</source>
        <translation><numerusform>%n anteckning</numerusform><numerusform>%n anteckningar</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n användare</source>
        <translation><numerusform>%n användare</numerusform><numerusform>%n användare</numerusform></translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message numerus="yes">
        <source>(%n gånger)</source>
        <translation><numerusform>(%n gång)</numerusform><numerusform>(%n gånger)</numerusform></translation>
    </message>
</context>
<context>
    <name>LogReviewPage</name>
    <message numerus="yes">
        <source>%n rader, äldst först</source>
        <translation><numerusform>%n rad, äldst först</numerusform><numerusform>%n rader, äldst först</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rader, senast först</source>
        <translation><numerusform>%n rad, senast först</numerusform><numerusform>%n rader, senast först</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n klienter</source>
        <translation><numerusform>%n klient</numerusform><numerusform>%n klienter</numerusform></translation>
    </message>
</context>
<context>
    <name>UnsignedDialog</name>
    <message numerus="yes">
        <source>%n poster signerade.</source>
        <translation><numerusform>%n post signerad.</numerusform><numerusform>%n poster signerade.</numerusform></translation>
    </message>
</context>
</TS>
