"""The toast policy with a fake clock: coalescing, rate limits, flap debouncing, pause."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arthexis_desktop.core.app_settings import NotificationKind as K
from arthexis_desktop.core.notify import Delivery, Notice, NotificationPolicy, RateLimits

pytestmark = pytest.mark.timeout(30)

LIMITS = RateLimits(quiet_s=1.5, max_wait_s=10.0, burst=3, refill_s=30.0, flap_s=10.0)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make(limits: RateLimits = LIMITS) -> tuple[NotificationPolicy, FakeClock]:
    clock = FakeClock()
    return NotificationPolicy(clock, limits), clock


def run_until(policy: NotificationPolicy, clock: FakeClock, end: float) -> list[tuple[float, Delivery]]:
    """Jump from due time to due time (what the Qt timer does) until ``end``."""
    out: list[tuple[float, Delivery]] = []
    while True:
        due = policy.next_due()
        if due is None or due > end:
            break
        clock.now = max(clock.now, due)
        out += [(clock.now, d) for d in policy.poll()]
    clock.now = max(clock.now, end)
    return out


def connected(charger: str) -> Notice:
    return Notice(K.CHARGER_CONNECTED, charger, charger)


def disconnected(charger: str) -> Notice:
    return Notice(K.CHARGER_DISCONNECTED, charger, charger)


def test_one_event_is_one_toast_after_the_quiet_time() -> None:
    policy, clock = make()
    policy.offer(connected("CP-1"))
    assert policy.poll() == []  # not yet: more may follow
    assert policy.next_due() == pytest.approx(clock.now + 1.5)
    [(at, delivery)] = run_until(policy, clock, clock.now + 60)
    assert at == pytest.approx(1001.5)
    assert delivery.count == 1 and not delivery.is_summary and delivery.charger_id == "CP-1"
    assert policy.next_due() is None


def test_a_storm_of_500_connections_is_one_summary() -> None:
    policy, clock = make()
    start = clock.now
    for i in range(500):  # 500 chargers within 5 s
        clock.now = start + i * 0.01
        policy.offer(connected(f"CP-{i:04d}"))
        assert policy.poll() == []
    deliveries = run_until(policy, clock, start + 120)
    assert len(deliveries) == 1
    delivery = deliveries[0][1]
    assert delivery.is_summary and delivery.count == 500 and delivery.kind is K.CHARGER_CONNECTED
    assert delivery.charger_id is None  # a click cannot pick one charger


def test_a_long_burst_is_cut_at_max_wait() -> None:
    policy, clock = make()
    start = clock.now
    deliveries = []
    for i in range(150):  # one every 0.1 s for 15 s: never quiet
        clock.now = start + i * 0.1
        policy.offer(connected(f"CP-{i}"))
        deliveries += policy.poll()
    deliveries += [d for _at, d in run_until(policy, clock, start + 60)]
    counts = [d.count for d in deliveries]
    assert len(counts) == 2 and sum(counts) == 150 and counts[0] in (100, 101)  # cut at 10 s


def test_the_same_subject_twice_in_a_burst_counts_once_latest_wins() -> None:
    policy, clock = make()
    policy.offer(Notice(K.CONNECTOR_FAULTED, "CP-1 #1", "CP-1", {"error_code": "A"}))
    policy.offer(Notice(K.CONNECTOR_FAULTED, "CP-1 #1", "CP-1", {"error_code": "B"}))
    [(_at, delivery)] = run_until(policy, clock, clock.now + 60)
    assert delivery.count == 1 and delivery.notices[0].details["error_code"] == "B"


def test_a_disconnect_and_reconnect_within_10_s_show_nothing() -> None:
    policy, clock = make()
    policy.offer(disconnected("CP-1"))
    clock.now += 9.0
    policy.offer(connected("CP-1"))
    assert run_until(policy, clock, clock.now + 120) == []
    assert policy.flaps == 1


def test_a_disconnect_that_lasts_is_shown_after_the_flap_time() -> None:
    policy, clock = make()
    start = clock.now
    policy.offer(disconnected("CP-1"))
    [(at, delivery)] = run_until(policy, clock, start + 60)
    assert delivery.kind is K.CHARGER_DISCONNECTED and at == pytest.approx(start + 10 + 1.5)
    clock.now = start + 70
    policy.offer(connected("CP-1"))  # back much later: its own toast
    [(_at, back)] = run_until(policy, clock, start + 200)
    assert back.kind is K.CHARGER_CONNECTED


def test_a_network_blip_of_500_chargers_shows_nothing_if_they_return_in_time() -> None:
    policy, clock = make()
    start = clock.now
    for i in range(500):
        policy.offer(disconnected(f"CP-{i}"))
    clock.now = start + 5
    for i in range(490):
        policy.offer(connected(f"CP-{i}"))
    deliveries = run_until(policy, clock, start + 120)
    assert [(d.kind, d.count) for _at, d in deliveries] == [(K.CHARGER_DISCONNECTED, 10)]


def test_the_token_bucket_bounds_toasts_per_kind() -> None:
    policy, clock = make()
    start = clock.now
    shown = []
    for i in range(60):  # one isolated event every 2 s for 2 minutes
        clock.now = start + i * 2.0
        policy.offer(Notice(K.TRANSACTION_STARTED, str(i), "CP-1"))
        shown += [(clock.now, d) for d in policy.poll()]
    shown += run_until(policy, clock, start + 600)
    # 3 at once, then one per 30 s: at most 3 + 120/30 (+1 for the tail) in 2 minutes
    in_window = [d for at, d in shown if at <= start + 120]
    assert len(in_window) <= 3 + 4 + 1
    assert sum(d.count for _at, d in shown) == 60  # nothing lost, only grouped


def test_other_kinds_have_their_own_bucket() -> None:
    policy, clock = make(RateLimits(quiet_s=0.5, max_wait_s=1, burst=1, refill_s=60, flap_s=10))
    policy.offer(Notice(K.TRANSACTION_STARTED, "1", "CP-1"))
    policy.offer(Notice(K.BROKER_FAILED, "0.0.0.0:9000", None, {"reason": "in use"}))
    kinds = {d.kind for _at, d in run_until(policy, clock, clock.now + 5)}
    assert kinds == {K.TRANSACTION_STARTED, K.BROKER_FAILED}


def test_pause_for_an_hour_drops_and_then_resumes_by_itself() -> None:
    policy, clock = make()
    policy.offer(connected("CP-1"))
    policy.pause(clock.now + 3600)
    assert policy.paused and policy.dropped == 1
    policy.offer(connected("CP-2"))
    assert run_until(policy, clock, clock.now + 3599) == []
    assert policy.dropped == 2
    clock.now += 2
    assert not policy.paused
    policy.offer(connected("CP-3"))
    [(_at, delivery)] = run_until(policy, clock, clock.now + 60)
    assert delivery.notices[0].subject == "CP-3"  # nothing from the pause comes back


def test_pause_until_resumed() -> None:
    policy, clock = make()
    policy.pause()
    clock.now += 10 * 24 * 3600
    assert policy.paused and policy.next_due() is None
    policy.offer(connected("CP-1"))
    policy.resume()
    policy.offer(connected("CP-2"))
    [(_at, delivery)] = run_until(policy, clock, clock.now + 60)
    assert [n.subject for n in delivery.notices] == ["CP-2"]


def test_discard_forgets_a_kind_switched_off() -> None:
    policy, clock = make()
    policy.offer(connected("CP-1"))
    policy.offer(disconnected("CP-2"))
    policy.offer(Notice(K.TAG_SCANNED, "04AABB", None, {"status": "accepted"}))
    assert policy.discard(K.CHARGER_CONNECTED) == 1
    assert policy.discard(K.CHARGER_DISCONNECTED) == 1
    kinds = [d.kind for _at, d in run_until(policy, clock, clock.now + 60)]
    assert kinds == [K.TAG_SCANNED]


def test_limits_are_checked() -> None:
    with pytest.raises(ValueError):
        RateLimits(burst=0)
    with pytest.raises(ValueError):
        RateLimits(quiet_s=-1)


# -- properties ------------------------------------------------------------------------------------

KINDS = [k for k in K if k not in (K.CHARGER_CONNECTED, K.CHARGER_DISCONNECTED)]
offers = st.lists(
    st.tuples(st.floats(min_value=0, max_value=5, allow_nan=False), st.sampled_from(KINDS)),
    max_size=200,
)


@settings(max_examples=60, deadline=None)
@given(offers)
def test_every_notice_is_delivered_once_and_bursts_are_bounded(steps: list[tuple[float, K]]) -> None:
    policy, clock = make()
    start = clock.now
    delivered: list[tuple[float, Delivery]] = []
    offered: dict[K, list[float]] = {}
    for index, (gap, kind) in enumerate(steps):
        delivered += run_until(policy, clock, clock.now + gap)
        policy.offer(Notice(kind, f"s{index}", "CP-1"))
        offered.setdefault(kind, []).append(clock.now)
    delivered += run_until(policy, clock, clock.now + 3600)
    subjects = [n.subject for _at, d in delivered for n in d.notices]
    assert sorted(subjects) == sorted(f"s{i}" for i in range(len(steps)))  # each once, none lost
    for kind in K:
        times = [at for at, d in delivered if d.kind is kind]
        assert times == sorted(times)
        for at in times:  # the bucket: in any span T at most burst + T / refill_s deliveries
            in_span = [t for t in times if at <= t <= at + 60]
            assert len(in_span) <= LIMITS.burst + 60 / LIMITS.refill_s
    assert policy.next_due() is None
    assert clock.now >= start


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["CP-1", "CP-2", "CP-3"]), st.booleans(), st.floats(0, 15)), max_size=60
    )
)
def test_flapping_never_shows_a_pair_within_the_flap_time(steps: list[tuple[str, bool, float]]) -> None:
    policy, clock = make()
    delivered: list[tuple[float, Delivery]] = []
    down_at: dict[str, float] = {}
    cancelled: set[tuple[str, float]] = set()
    for charger, up, gap in steps:
        delivered += run_until(policy, clock, clock.now + gap)
        if up:
            if charger in down_at and clock.now - down_at[charger] < LIMITS.flap_s:
                cancelled.add((charger, down_at.pop(charger)))
            policy.offer(connected(charger))
        else:
            down_at[charger] = clock.now
            policy.offer(disconnected(charger))
    delivered += run_until(policy, clock, clock.now + 3600)
    shown_down = sum(1 for _at, d in delivered if d.kind is K.CHARGER_DISCONNECTED for _n in d.notices)
    assert shown_down <= sum(1 for _c, up, _g in steps if not up) - len(cancelled)
