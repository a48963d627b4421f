"""The invented child: name, pronouns, dates, age, year group, education stage."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from . import banks

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
# Age at plan date, weighted towards school age (most plans are for 5-16 year olds).
AGE_WEIGHTS = {2: 2, 3: 3, 4: 3, 5: 4, 6: 4, 7: 4, 8: 4, 9: 4, 10: 4, 11: 4, 12: 4, 13: 4, 14: 4,
               15: 4, 16: 3, 17: 3, 18: 2, 19: 2, 20: 2, 21: 1, 22: 1, 23: 1, 24: 1, 25: 1}


@dataclass
class Child:
    first: str
    surname: str
    pronouns: str  # "she" | "he" | "they"
    dob: dt.date
    plan_date: dt.date
    age: int
    year_group: str
    stage: str  # nursery | primary | secondary | college
    band: str  # early | primary | secondary | post16 (outcome bank)
    school_year: int | None  # 0 = Reception, 1..13; None for nursery / post-18

    @property
    def name(self) -> str:
        return f"{self.first} {self.surname}"

    @property
    def pfa_due(self) -> bool:
        """Preparation-for-adulthood outcomes are expected from Year 9 (CoP 8.9)."""
        return self.school_year is None and self.age >= 16 or (self.school_year or 0) >= 9


def age_on(dob: dt.date, day: dt.date) -> int:
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


def make_child(rng: random.Random, age: int | None = None, min_age: int = 2) -> Child:
    pronouns = rng.choices(["she", "he", "they"], weights=[45, 45, 10])[0]
    first = rng.choice(banks.FIRST_NAMES[pronouns])
    surname = rng.choice(banks.SURNAMES)
    if age is None:
        ages = [a for a in AGE_WEIGHTS if a >= min_age]
        age = rng.choices(ages, weights=[AGE_WEIGHTS[a] for a in ages])[0]
    # Plan dates between Jan 2025 and Oct 2026, never in May (keeps "may" out of clean text).
    plan_date = dt.date(2025, 1, 6) + dt.timedelta(days=rng.randrange(0, 640))
    if plan_date.month == 5:
        plan_date = plan_date.replace(day=min(plan_date.day, 28), month=6)
    dob = plan_date - dt.timedelta(days=int(age * 365.25) + rng.randrange(20, 340))
    age = age_on(dob, plan_date)
    # English school year: age on 31 August before the current academic year.
    ay_start = dt.date(plan_date.year if plan_date.month >= 9 else plan_date.year - 1, 8, 31)
    a = age_on(dob, ay_start)
    if a <= 3:
        year_group, stage, school_year = "Nursery", "nursery", None
    elif a == 4:
        year_group, stage, school_year = "Reception", "primary", 0
    elif a <= 17:
        school_year = a - 4
        year_group = f"Year {school_year}"
        stage = "primary" if school_year <= 6 else "secondary" if school_year <= 11 else "college"
    elif a <= 18:
        year_group, stage, school_year = "Post-16 (college year 3)", "college", None
    else:
        year_group, stage, school_year = "Post-19", "college", None
    if school_year is not None and school_year >= 12:
        year_group = f"Year {school_year}"
    band = ("early" if school_year is None and a <= 3 or school_year == 0 else
            "primary" if school_year is not None and school_year <= 6 else
            "secondary" if school_year is not None and school_year <= 11 else "post16")
    return Child(first, surname, pronouns, dob, plan_date, age, year_group, stage, band, school_year)


def fmt_date(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def time_bounds(child: Child, rng: random.Random) -> list[str]:
    """Future time bounds for outcomes (lower case, "by ..."), consistent with the year group."""
    y = child.plan_date.year
    nxt = y + 1 if child.plan_date.month >= 7 else y
    out = [f"by July {nxt + 1}", f"by July {nxt}", "within 12 months", f"by {{his}} next annual review",
           f"by the end of the summer term {nxt}", f"by December {y + 1}"]
    sy = child.school_year
    if sy is not None and 1 <= sy <= 6:
        ks_end = 2 if sy <= 2 else 6
        out.append(f"by the end of Key Stage {1 if ks_end == 2 else 2}")
        out.append(f"by the end of Year {min(sy + 1, 6)}")
    elif sy is not None and 7 <= sy <= 11:
        out.append(f"by the end of Year {min(sy + 1, 11)}")
        out.append("by the end of Key Stage 3" if sy <= 9 else "by the end of Key Stage 4")
    elif child.stage == "college":
        out.append("by the end of {his} first year at college")
    elif child.stage == "nursery":
        out.append("by the time {he} start{s} school")
    return out


def past_bound(child: Child) -> str:
    return f"by July {child.plan_date.year - 2}"
