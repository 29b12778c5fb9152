"""Japanese pay text -> amounts and period: "月給22万円", "年収400万円", "時給1,250円", "日給1万2000円".

The period is the word before the amount (月給/月収 month, 年収/年俸 year, 時給 hour, 日給 day, 週給 week);
万 multiplies by 10,000 (a trailing 万 also covers the lower end: "22-26万円"); 円 is JPY. Without a
period word, the size of the amount decides (>= 1,000,000 a year, >= 100,000 a month, < 10,000 an hour).
"""

from __future__ import annotations

import re

from hirehound.ingest.models import SalaryPeriod

_PERIODS = {
    "月給": SalaryPeriod.MONTH, "月収": SalaryPeriod.MONTH, "年収": SalaryPeriod.YEAR,
    "年俸": SalaryPeriod.YEAR, "時給": SalaryPeriod.HOUR, "日給": SalaryPeriod.DAY, "週給": SalaryPeriod.WEEK,
}  # fmt: skip
_AMOUNT = r"(\d[\d,]*(?:\.\d+)?)\s*(万)?\s*(\d{1,4})?\s*(円)?"
_PAY = re.compile(
    rf"(?:({'|'.join(_PERIODS)})[\s:\uff1a]*)?[\uffe5¥]?{_AMOUNT}"
    rf"(?:\s*[\uff5e\u301c~\-\uff0d\u30fc\u2013]\s*[\uffe5¥]?{_AMOUNT})?"
)


def has_yen(text: str) -> bool:
    return "円" in text


def parse_yen(text: str) -> tuple[float, float, SalaryPeriod] | None:
    """(low, high, period) of the first amount or range in yen that ``text`` states, else ``None``."""
    for match in _PAY.finditer(text):
        word, low_num, low_man, low_rest, low_yen, high_num, high_man, high_rest, high_yen = match.groups()
        if not (low_yen or high_yen or low_man or high_man):
            continue  # a bare number (a date, a head count), not pay
        high = _amount(high_num, high_man, high_rest) if high_num else None
        low = _amount(low_num, low_man or (high_man if high and not low_yen else None), low_rest)
        if low is None or low <= 0:
            continue
        top = high if high is not None and high >= low else low
        period = _PERIODS.get(word or "") or _by_size(low)
        return low, top, period
    return None


def _amount(number: str, man: str | None, rest: str | None) -> float | None:
    try:
        value = float(number.replace(",", ""))
    except ValueError:
        return None
    if man:
        value = value * 10_000 + (float(rest) if rest else 0.0)  # 1万2000円 = 12,000
    return value


def _by_size(amount: float) -> SalaryPeriod:
    if amount >= 1_000_000:
        return SalaryPeriod.YEAR
    if amount >= 100_000:
        return SalaryPeriod.MONTH
    return SalaryPeriod.HOUR if amount < 10_000 else SalaryPeriod.DAY
