"""Simulated OCPP 1.6 charge points (client side of the ``ocpp`` library).

Used by ``arthexis-desktop simulate``, by ``--demo`` and the self-test (chargers on the broker's own
loop) and by the tests. Depends only on ``core``, ``ocpp`` and ``websockets``.
"""

from arthexis_desktop.simulator.charger import (
    ChargerState,
    ChargerStats,
    SimulatedCharger,
    SimulatorConnectionError,
)
from arthexis_desktop.simulator.config import (
    FaultPlan,
    ReconnectPolicy,
    SessionPlan,
    SimulatorConfig,
    charger_id_for,
)
from arthexis_desktop.simulator.fleet import (
    FleetStats,
    SimulatedFleet,
    demo_configs,
    demo_fleet,
    fleet_configs,
    run_fleet,
)

__all__ = [
    "ChargerState",
    "ChargerStats",
    "FaultPlan",
    "FleetStats",
    "ReconnectPolicy",
    "SessionPlan",
    "SimulatedCharger",
    "SimulatedFleet",
    "SimulatorConfig",
    "SimulatorConnectionError",
    "charger_id_for",
    "demo_configs",
    "demo_fleet",
    "fleet_configs",
    "run_fleet",
]
