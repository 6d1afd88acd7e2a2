"""CSMS -> charger commands as the window offers them: small forms, a catalogue, a controller."""
