"""arthexis_desktop: a desktop control centre for EV charging (OCPP central system + operator window)."""

__version__ = "0.1.0"
