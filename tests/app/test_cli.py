"""The command line as a user meets it: help texts, option checks, clear errors."""

import subprocess
import sys

import pytest

from arthexis_desktop.cli import build_parser, main, options_from
from arthexis_desktop.core.model import AdmissionPolicy, AuthorizationPolicy


def run_cli(*args: str, timeout_s: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "arthexis_desktop", *args],
        capture_output=True,
        text=True,
        timeout=timeout_s,
        stdin=subprocess.DEVNULL,
    )


@pytest.mark.timeout(60)
def test_help_explains_every_common_option() -> None:
    out = run_cli("--help").stdout
    for option in (
        "--host",
        "--port",
        "--db",
        "--data-dir",
        "--log-level",
        "--demo",
        "--admission",
        "--auth-policy",
        "--ping-interval",
        "--self-test",
        "serve",
        "simulate",
    ):
        assert option in out, option
    assert "ws://<this-host>:<port>/<anything>/<chargerId>" in out.replace("\n", " ").replace("  ", " ")


@pytest.mark.timeout(60)
def test_serve_and_simulate_have_their_own_help() -> None:
    assert "--port" in run_cli("serve", "--help").stdout
    simulate = run_cli("simulate", "--help").stdout
    assert "--url" in simulate and "--chargers" in simulate


def test_defaults() -> None:
    options = options_from(build_parser().parse_args([]))
    assert options.broker.port == 9000
    assert options.broker.host == "0.0.0.0"
    assert options.db_url is None and options.data_dir is None
    assert options.broker.admission_policy is AdmissionPolicy.ACCEPT_KNOWN
    assert options.broker.authorization_policy is AuthorizationPolicy.ALLOWLIST
    assert options.broker.ping_interval_s == 20.0


def test_options_given_before_or_after_serve_both_count() -> None:
    before = options_from(build_parser().parse_args(["--port", "9100", "serve"]))
    after = options_from(build_parser().parse_args(["serve", "--port", "9100", "--ping-interval", "off"]))
    assert before.broker.port == after.broker.port == 9100
    assert after.broker.ping_interval_s is None


@pytest.mark.parametrize(
    "args",
    [["--port", "70000"], ["--port", "x"], ["--ping-interval", "-3"], ["--admission", "maybe"]],
)
def test_bad_options_exit_2_with_a_message(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        build_parser().parse_args(args)
    assert exc.value.code == 2
    assert "error:" in capsys.readouterr().err


def test_demo_charger_count_is_checked(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--demo-chargers", "500"]) == 2
    assert "--demo-chargers" in capsys.readouterr().err
