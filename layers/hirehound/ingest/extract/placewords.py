"""The place a sentence names as the job's, in the page's language: "join our team in Clifton, Bristol",
"Our Sheffield depot", "Für unsere Filiale in der Myliusstraße in Ludwigsburg", "til vores butik i Aarhus",
"pour notre agence de Nantes", "para nuestra tienda de Zaragoza", "voor onze vestiging in Utrecht", "per il
nostro punto vendita di Verona", "do naszego oddziału w Gdańsku", "para o nosso terminal em Santos".

One rule: a phrase that names one of the employer's own sites (a branch, store, office, depot ...), then
the preposition that introduces its town, then a capitalized name. The vocabulary of those phrases is per
language (:data:`PHRASES`); the name is read as German nouns allow (German capitalizes every noun, so only a
name's own particles join a second word: "Weil am Rhein", "Bad Homburg"). Values stay page text: the
normalizer keeps a name only when it is a place (a Polish locative, "w Gliwicach", is read there).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["PHRASES", "sentence_place", "site_line", "site_town"]

# Latin capitals and Latin Extended-A (Ł, Ś, Ż ...; its lower case letters never start a capitalized name)
_UPPER = "A-ZÀ-ÖØ-Þ\u0100-\u017f"
_CAP = rf"(?:St\. )?[{_UPPER}][\w'\u2019]*(?:-[\w'\u2019]+)*"
# A name of up to four words joined by spaces or particles ("Santa Cruz de Tenerife", "Stratford-upon-Avon"),
# then a city after a district ("Clifton, Bristol") when the sentence goes on in lower case or ends.
_PARTICLE = r"(?:de|del|de la|di|da|do|dos|das|du|des|la|le|les|am|an der|im|upon|sur|aan den|aan de|den)"
_NAME = rf"{_CAP}(?:(?:\s{_PARTICLE}\s|\s){_CAP}){{0,3}}"
_CITY = rf"(?P<city>{_NAME}(?:,\s{_NAME}(?=\s*(?:$|[.;:!?)]|\s[a-zà-ÿ])))?)"
# German: one word, its own particles ("Frankfurt am Main", "Halle an der Saale") and prefixes ("Bad Vilbel")
_GERMAN_PREFIX = r"(?:(?:Bad|Sankt|St\.|Neu|Groß|Klein|Hansestadt)\s)?"
_GERMAN_CITY = rf"(?P<city>{_GERMAN_PREFIX}{_CAP}(?:\s(?:am|an der|im|ob der|vor der)\s{_CAP})?)"

_SITES_EN = (
    r"(?:office|store|shop|branch|depot|warehouse|site|studio|clinic|restaurant|caf[eé]|hotel|salon|workshop"
    r"|plant|factory|centre|center|hub|practice|showroom|bakery|kitchen|yard|packhouse|pub|bar|garage"
    r"|surgery|pharmacy|nursery|school|location|distribution centre|distribution center)"
)
# Sites an "our <Name> site" sentence may not name: the kind of office, not its town ("our Main office").
_KINDS = (
    r"(?!(?:Central|Main|Head|Regional|Local|Global|Downtown|Corporate|Home|Flagship|Registered|Operations"
    r"|Support|Sales|New|Open|Shared|Own|Other|Two|Three|Four|Five|First|Second|Next|Busy|Friendly|Team"
    r"|Careers?|Jobs?|Back|All|Our|Your|The|This|Every|Each|Any)\b)"
)
_SITES_DE = (
    r"(?:Filiale|Niederlassung|Standort|Geschäftsstelle|Praxis|Kanzlei|Kita|Einrichtung|Werk|Lager|Büro"
    r"|Restaurant|Hotel|Klinik|Apotheke|Betrieb|Markt|Logistikzentrum|Salon|Backstube|Pflegeheim"
    r"|Seniorenzentrum|Autohaus|Werkstatt|Zweigstelle|Servicecenter|Verteilzentrum|Café|Team)"
)
_GERMAN_STREET = (
    r"(?:\s(?:in der|in|an der|am)\s\S+(?:straße|strasse|str\.|gasse|weg|platz|allee|ring|damm))?"
)
_SITES_NORDIC = (
    r"(?:butik|butikk|afdeling|avdeling|kontor|værksted|verksted|verkstad|lager|restaurant|restaurang|klinik"
    r"|hotel|hotell|salon|team|filial|vårdcentral|enhet|avdelning|butikken|afdelingen|kontoret)"
)
_SITES_FR = (
    r"(?:agence|magasin|boutique|restaurant|site|entrepôt|usine|établissement|bureau|hub|clinique|cabinet"
    r"|équipe|succursale|centre|hôtel|atelier|plateforme|pharmacie|salon|concession|crèche)s?"
)
_SITES_ES = (
    r"(?:tienda|oficina|centro|restaurante|almacén|sede|delegación|clínica|hotel|fábrica|planta|local"
    r"|equipo|sucursal|nave|plataforma|farmacia|taller|concesionario|residencia)s?"
)
_SITES_NL = (
    r"(?:vestiging|winkel|locatie|kantoor|filiaal|magazijn|praktijk|restaurant|afdeling|zaak|fabriek|hotel"
    r"|salon|team|werkplaats|distributiecentrum|apotheek|kliniek)s?"
)
_SITES_IT = (
    r"(?:punto vendita|punti vendita|negozio|sede|filiale|stabilimento|magazzino|ristorante|RSA|struttura"
    r"|ufficio|centro|hotel|salone|laboratorio|officina|cantiere|team|residenza|clinica|farmacia|showroom)"
)
_SITES_PL = (
    r"(?:oddziału|oddziale|sklepu|sklepie|biura|biurze|magazynu|magazynie|zakładu|zakładzie|restauracji"
    r"|centrum dystrybucyjnego|centrum dystrybucyjnym|centrum logistycznego|centrum logistycznym|salonu"
    r"|salonie|hotelu|fabryki|fabryce|zespołu|placówki|placówce|filii|apteki|aptece|hurtowni)"
)
_SITES_PT = (
    r"(?:loja|escritório|terminal|unidade|restaurante|armazém|fábrica|centro|hotel|equipa|equipe|filial"
    r"|clínica|oficina|cozinha|sede|farmácia|hospital|armazem|escritorio)s?"
)
_ADJECTIVE = r"(?:\s[a-zà-ÿ]+)?"  # "nosso terminal alfandegado em", "notre nouvelle agence de"

# language -> the phrases that end where a town's name starts (each is followed by the name)
PHRASES: dict[str, tuple[str, ...]] = {
    "en": (
        r"\bjoin (?:our|the) (?:[a-z]+ ){0,2}team (?:in|at) ",
        rf"\b(?:in|at|for|to) our (?:new |busy |main |friendly )?{_SITES_EN}s? (?:in|at|on) ",
        r"\b(?:role|position|job|post|vacancy) is (?:based|located) (?:in|at) ",
        r"\byou(?:'ll|\u2019ll| will) be based (?:in|at) ",
    ),
    "de": (
        rf"\b(?:für|in|zur Verstärkung) unsere[nrms]? (?:neue[nrms]? )?{_SITES_DE}{_GERMAN_STREET} in ",
        r"\bam Standort ",
    ),
    "nordic": (
        rf"\b(?:til|i|på|hos|till) (?:vores|vår|vårt|våra) (?:nye |nya |nyåpnede )?{_SITES_NORDIC} i ",
        rf"\b[Vv]älkommen till oss på (?:[{_UPPER}][\w-]*\s){{1,3}}i ",
    ),
    "fr": (
        r"\b(?:pour|dans|au sein de|rejoindre) (?:notre|nos|l'une de nos|l\u2019une de nos)"
        rf" (?:nouvel(?:le)? )?{_SITES_FR}{_ADJECTIVE} (?:de |d'|d\u2019|à |situé(?:e)? à |basé(?:e)? à )",
        r"\b[Pp]oste (?:basé|situé|à pourvoir) (?:à |au |sur )",
    ),
    "es": (
        rf"\b(?:para|en|a) (?:nuestr[oa]s?|una de nuestras|uno de nuestros) (?:nuev[oa] )?{_SITES_ES}"
        rf"{_ADJECTIVE} (?:de|en) ",
        # "ubicada en la Plataforma Logística PLAZA de Zaragoza", "situado en Getafe"
        rf"\b(?:ubicad|situad)[oa]s? en (?:(?:la|el) (?:[{_UPPER}][\w-]*\s){{1,4}}de )?",
    ),
    "nl": (rf"\b(?:voor|in|bij) onze (?:nieuwe )?{_SITES_NL} (?:in|te) ",),
    "it": (
        rf"\b(?:per|presso|nel|nella|in) (?:il |la |i |le |l')?(?:nostr[oaie]) {_SITES_IT}{_ADJECTIVE}"
        r" (?:di|a|in) ",
    ),
    "pl": (rf"\b(?:do|w|dla) (?:naszego|naszej|naszym|nasz[ae]?) (?:nowego |nowym )?{_SITES_PL} (?:w|we) ",),
    "pt": (
        rf"\b(?:para|em|n[oa]s?|à) (?:o |a )?(?:noss[oa]s?) {_SITES_PT}{_ADJECTIVE}"
        r" (?:em|de|no|na|do|da) ",
    ),
}
# "Our Sheffield depot", "three days a week in our Leeds office": the town before the site's word.
# A district before the site's word and the town after it ("our Breakwater depot in Geelong", "our Indiranagar
# office in Bengaluru"): both, district first, for normalization to read (a street may follow: "in Park
# Square").
_TOWN_FIRST = re.compile(
    rf"\b(?:[Oo]ur|OUR)\s+{_KINDS}(?P<city>{_NAME})\s+{_SITES_EN}s?\b"
    rf"(?:\s+in\s+(?P<town>{_NAME})(?=\s*(?:$|[,.;:!?)]|\s[a-zà-ÿ])))?"
)


def _compiled(language: str, phrases: Iterable[str]) -> re.Pattern[str]:
    city = _GERMAN_CITY if language == "de" else _CITY
    return re.compile(rf"(?i:{'|'.join(phrases)}){city}")  # "Voor onze vestiging", "voor onze vestiging"


_PATTERNS = tuple(_compiled(language, phrases) for language, phrases in PHRASES.items())


def sentence_place(lines: Iterable[str]) -> str | None:
    """The first town a sentence names as the site the job is at (page order), else ``None``."""
    for line in lines:
        found = [match for pattern in (*_PATTERNS, _TOWN_FIRST) if (match := pattern.search(line))]
        if found:
            first = min(found, key=lambda match: match.start())
            town = first.groupdict().get("town")
            return f"{first['city']}, {town}" if town else first["city"]
    return None


_SITE_LINE = re.compile(rf"^{_KINDS}(?P<city>{_NAME})\s+{_SITES_EN}$")


def site_line(line: str) -> str | None:
    """The town of a line that is a site's name alone ("Geelong workshop", "Leeds office"; not "Head
    office"): a kicker over a job's title."""
    match = _SITE_LINE.match(line)
    return match["city"] if match else None


_ALTERNATIVES = re.compile(r"\s+[/|]\s+")


def site_town(location: str) -> str | None:
    """The town of a location fact that names the site ("Bristol studio / home", "Leeds office"): the
    town alone, which normalization reads; ``None`` for any other value."""
    first = _ALTERNATIVES.split(location.strip(), maxsplit=1)[0]
    return site_line(first)
