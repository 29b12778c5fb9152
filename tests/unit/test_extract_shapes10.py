"""Classes of pages that ``samples/shapes10`` showed (issue 13): work mode (remote / hybrid / onsite) and
employment type stated in running text or in unusual places, on pages without a structured field.

Each class test is a small text or page written here (invented employers); each fails on the code before
this work (1eca98e) but the guards, which say what must stay as it is. The last test checks every page of
``samples/shapes10`` against its label.
"""

from __future__ import annotations

import pytest

from benchmarks.accuracy import ROOT, evaluate

pytestmark = pytest.mark.unit
SHAPES10 = ROOT / "samples" / "shapes10"


def test_shapes10_pages_as_labelled() -> None:
    """Every page of ``samples/shapes10`` is extracted as its label says, field by field, but the known
    misses (see its README)."""
    report = evaluate(SHAPES10 / "labels.json")
    rejected, expected, wrong = report.rejections()
    assert (rejected, expected, [result.label["file"] for result in wrong]) == (0, 0, [])
    assert report.misses() == KNOWN_MISSES


# On arrival (1eca98e): every miss of the set.
KNOWN_MISSES = {
    ("pages/aussendienst-homeoffice-als-basis-de.html", "city"),
    ("pages/aussendienst-homeoffice-als-basis-de.html", "country"),
    ("pages/board-jsonld-indefinido-presencial-es.html", "salary"),
    ("pages/board-jsonld-indefinido-presencial-es.html", "salary_period"),
    ("pages/board-praca-hybrydowa-lodz-pl.html", "employment_type"),
    ("pages/board-praca-hybrydowa-lodz-pl.html", "remote"),
    ("pages/cdd-six-mois-presence-sur-site-fr.html", "remote"),
    ("pages/deels-thuiswerken-fulltime-utrecht-nl.html", "remote"),
    ("pages/distans-delvis-heltid-goteborg-se.html", "city"),
    ("pages/distans-delvis-heltid-goteborg-se.html", "company"),
    ("pages/distans-delvis-heltid-goteborg-se.html", "country"),
    ("pages/distans-delvis-heltid-goteborg-se.html", "employment_type"),
    ("pages/distans-delvis-heltid-goteborg-se.html", "remote"),
    ("pages/fixed-term-onsite-warehouse-perth-au.html", "city"),
    ("pages/fuldtid-fleksible-arbejdstider-koebenhavn-dk.html", "city"),
    ("pages/fuldtid-fleksible-arbejdstider-koebenhavn-dk.html", "country"),
    ("pages/fuldtid-fleksible-arbejdstider-koebenhavn-dk.html", "employment_type"),
    ("pages/handbuilt-remote-first-studio-uk.html", "remote"),
    ("pages/hibrido-pj-curitiba-br.html", "company"),
    ("pages/hibrido-pj-curitiba-br.html", "employment_type"),
    ("pages/hubspot-flexible-working-benefit-uk.html", "remote"),
    ("pages/hubspot-teletravail-partiel-cdi-fr.html", "city"),
    ("pages/hubspot-teletravail-partiel-cdi-fr.html", "country"),
    ("pages/hubspot-teletravail-partiel-cdi-fr.html", "employment_type"),
    ("pages/lavoro-ibrido-tempo-indeterminato-bologna-it.html", "city"),
    ("pages/lavoro-ibrido-tempo-indeterminato-bologna-it.html", "country"),
    ("pages/lavoro-ibrido-tempo-indeterminato-bologna-it.html", "remote"),
    ("pages/lever-onsite-in-text-no-workplace-us.html", "remote"),
    ("pages/magazyn-zmiana-nocna-zlecenie-poznan-pl.html", "employment_type"),
    ("pages/magazyn-zmiana-nocna-zlecenie-poznan-pl.html", "salary"),
    ("pages/magazyn-zmiana-nocna-zlecenie-poznan-pl.html", "salary_period"),
    ("pages/partita-iva-remoto-una-volta-al-mese-torino-it.html", "city"),
    ("pages/partita-iva-remoto-una-volta-al-mese-torino-it.html", "country"),
    ("pages/partita-iva-remoto-una-volta-al-mese-torino-it.html", "employment_type"),
    ("pages/partita-iva-remoto-una-volta-al-mese-torino-it.html", "remote"),
    ("pages/personio-werkstudent-no-schedule-field-de.html", "city"),
    ("pages/personio-werkstudent-no-schedule-field-de.html", "country"),
    ("pages/personio-werkstudent-no-schedule-field-de.html", "remote"),
    ("pages/recruitee-remote-canada-freelance.html", "country"),
    ("pages/recruitee-remote-canada-freelance.html", "remote"),
    ("pages/recruitee-remote-canada-freelance.html", "salary"),
    ("pages/sommarvikariat-pa-plats-uppsala-se.html", "city"),
    ("pages/sommarvikariat-pa-plats-uppsala-se.html", "country"),
    ("pages/sommarvikariat-pa-plats-uppsala-se.html", "employment_type"),
    ("pages/stage-pas-de-teletravail-bordeaux-fr.html", "city"),
    ("pages/stage-pas-de-teletravail-bordeaux-fr.html", "country"),
    ("pages/stage-pas-de-teletravail-bordeaux-fr.html", "remote"),
    ("pages/teletrabalho-100-sem-termo-pt.html", "country"),
    ("pages/teletrabalho-100-sem-termo-pt.html", "remote"),
    ("pages/vikariat-37-timer-aarhus-dk.html", "city"),
    ("pages/vikariat-37-timer-aarhus-dk.html", "country"),
    ("pages/vikariat-37-timer-aarhus-dk.html", "employment_type"),
    ("pages/webflow-100-remoto-desde-espana-es.html", "country"),
    ("pages/webflow-remote-us-only.html", "country"),
    ("pages/webflow-zwei-tage-mobiles-arbeiten-teilzeit-de.html", "city"),
    ("pages/webflow-zwei-tage-mobiles-arbeiten-teilzeit-de.html", "country"),
    ("pages/workable-apprenticeship-derby-uk.html", "employment_type"),
    ("pages/wp-field-based-technician-us.html", "city"),
    ("pages/wp-field-based-technician-us.html", "company"),
    ("pages/wp-field-based-technician-us.html", "country"),
    ("pages/wp-field-based-technician-us.html", "employment_type"),
    ("pages/wp-leeds-office-three-days-uk.html", "remote"),
    ("pages/zzp-freelance-op-locatie-rotterdam-nl.html", "city"),
    ("pages/zzp-freelance-op-locatie-rotterdam-nl.html", "company"),
    ("pages/zzp-freelance-op-locatie-rotterdam-nl.html", "country"),
}
