"""What a page settles once (page.py): its numeric date order, from any date with a part above 12."""
from __future__ import annotations

import pytest
from conftest import records, run_pipeline

from opparse.model import Line
from opparse.page import date_order


@pytest.mark.parametrize("texts,dayfirst", [
    (["The Hill - 09/26/20"], False),
    (["Published on : 14 04 2011"], True),
    (["Posted 02/05/20", "Posted 26.09.2020"], True),
    (["Posted 02/05/20"], None),
    # no numeric date settles it: how the page writes dates in words does, when it does so twice
    (["The draft cleared on June 28 and the vote came on Aug. 1st.", "07/12/12 06:10"], False),
    (["The draft cleared on 28 June and the vote came on 1st August.", "07/12/12 06:10"], True),
    (["The draft cleared on June 28.", "07/12/12 06:10"], None),
    (["On June 28 and July 2, then on 3 August, 4 August and 5 August.", "07/12/12"], None),
])
def test_date_order_from_the_page(texts, dayfirst):
    found = date_order(Line(i, t) for i, t in enumerate(texts, 1))
    assert (found[0] if found else None) == dayfirst


def test_one_date_settles_the_others_on_its_page():
    items = [("Ferries are roads", "09/26/20"), ("The levy nobody voted for", "02/05/20"),
             ("Dredge less, plan more", "11/03/19"), ("Why tolls fail twice", "12/14/18")]
    text = "Op-eds\n" + "".join(f"{title}\nThe Hill - {date}\nThe council met and the fare went up again.\n" for title, date in items)
    assert [r["published"] for r in records(text)] == ["2020-09-26", "2020-02-05", "2019-11-03", "2018-12-14"]
    _, document = run_pipeline(text)
    assert document.date_order.startswith("month first: '09/26/20'")
