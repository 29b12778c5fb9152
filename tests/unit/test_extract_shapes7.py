"""Where the job is on company career sites, the class ``samples/shapes7`` holds (issue 13): the city and
country stated by the title, in a fact list, a label row, a sentence, an address block or the ``<title>``,
beside head offices, clients, events and other branches that are not the job's place.

The last tests check every page of ``samples/shapes7`` against its label.
"""

from __future__ import annotations

import pytest

from benchmarks.accuracy import ROOT, evaluate

pytestmark = pytest.mark.unit
SHAPES7 = ROOT / "samples" / "shapes7"


# ------------------------------------------------------------------------------ the full pages


def test_shapes7_pages_as_labelled() -> None:
    """Every page of ``samples/shapes7`` is extracted as its label says, field by field, but the known
    misses (see its README)."""
    report = evaluate(SHAPES7 / "labels.json")
    rejected, expected, wrong = report.rejections()
    assert (rejected, expected) == (0, 0)
    assert [result.label["file"] for result in wrong] == WRONGLY_REJECTED
    assert report.misses() == KNOWN_MISSES


WRONGLY_REJECTED: list[
    str
] = []  # the Squarespace oyster bar, rejected on arrival, kept since the classifier work
# On arrival (74da721) every miss of the baseline; since merged beside the pay and classifier work, these.
KNOWN_MISSES = {
    ("pages/agencia-cliente-zaragoza-es.html", "city"),
    ("pages/agencia-cliente-zaragoza-es.html", "company"),
    ("pages/baeckerei-filiale-satz-de.html", "city"),
    ("pages/baeckerei-filiale-satz-de.html", "country"),
    ("pages/cooperativa-rsa-cremona-it.html", "city"),
    ("pages/cooperativa-rsa-cremona-it.html", "company"),
    ("pages/cooperativa-rsa-cremona-it.html", "country"),
    ("pages/cooperativa-rsa-cremona-it.html", "title"),
    ("pages/depot-branch-address-sheffield-uk.html", "city"),
    ("pages/depot-branch-address-sheffield-uk.html", "country"),
    ("pages/divi-sede-merida-com-es.html", "employment_type"),
    ("pages/elementor-lista-ciudad-madrid-es.html", "company"),
    ("pages/elementor-lista-ciudad-madrid-es.html", "remote"),
    ("pages/elementor-sede-lavoro-bergamo-it.html", "employment_type"),
    ("pages/elementor-sede-lavoro-bergamo-it.html", "remote"),
    ("pages/elementor-standplaats-amersfoort-nl.html", "company"),
    ("pages/hubspot-eyebrow-toronto-ca.html", "city"),
    ("pages/hubspot-eyebrow-toronto-ca.html", "country"),
    ("pages/hubspot-kicker-geelong-au.html", "city"),
    ("pages/hubspot-kicker-geelong-au.html", "country"),
    ("pages/hubspot-kicker-geelong-au.html", "remote"),
    ("pages/jimdo-title-stadt-koch-de.html", "employment_type"),
    ("pages/jsonld-org-hq-paris-job-nantes-fr.html", "city"),
    ("pages/jsonld-org-hq-paris-job-nantes-fr.html", "country"),
    ("pages/magazyn-gliwice-meta-pl.html", "company"),
    ("pages/ngo-pantry-boulder-event-denver-us.html", "city"),
    ("pages/ngo-pantry-boulder-event-denver-us.html", "country"),
    ("pages/ngo-warehouse-nanaimo-ca.html", "company"),
    ("pages/shopify-butik-aarhus-dk.html", "city"),
    ("pages/shopify-butik-aarhus-dk.html", "country"),
    ("pages/shopify-store-card-toowoomba-au.html", "city"),
    ("pages/shopify-store-card-toowoomba-au.html", "company"),
    ("pages/shopify-store-card-toowoomba-au.html", "country"),
    ("pages/shopify-store-card-toowoomba-au.html", "employment_type"),
    ("pages/squarespace-studio-galway-ie.html", "city"),
    ("pages/squarespace-studio-galway-ie.html", "country"),
    ("pages/squarespace-studio-galway-ie.html", "salary"),
    ("pages/squarespace-studio-galway-ie.html", "salary_period"),
    ("pages/squarespace-tasca-porto-pt.html", "city"),
    ("pages/squarespace-tasca-porto-pt.html", "company"),
    ("pages/squarespace-tasca-porto-pt.html", "country"),
    ("pages/terminal-santos-com-br.html", "city"),
    ("pages/terminal-santos-com-br.html", "country"),
    ("pages/transport-breadcrumb-tilburg-nl.html", "city"),
    ("pages/transport-breadcrumb-tilburg-nl.html", "country"),
    ("pages/vardcentral-ingress-vasteras-se.html", "city"),
    ("pages/vardcentral-ingress-vasteras-se.html", "country"),
    ("pages/webflow-eyebrow-campinas-br.html", "city"),
    ("pages/webflow-eyebrow-campinas-br.html", "country"),
    ("pages/webflow-remote-first-uk.html", "country"),
    ("pages/wix-packhouse-hastings-nz.html", "city"),
    ("pages/wix-packhouse-hastings-nz.html", "company"),
    ("pages/wix-packhouse-hastings-nz.html", "country"),
    ("pages/wordpress-cafe-clifton-uk.html", "city"),
    ("pages/wordpress-cafe-clifton-uk.html", "country"),
}
