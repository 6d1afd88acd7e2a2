"""The Calculators panel: cable size (AWG), electrical power, EV charging time and cost."""

from arthexis_desktop.gui.panels.calculators.panel import CalculatorsPanel

__all__ = ["CalculatorsPanel"]
