"""Generate the bundled corpus of scraped job pages and their labels.

Deterministic: one seeded ``random.Random`` drives every choice, so re-running writes byte-identical
``samples/pages/*.html``, ``samples/labels.json`` and ``samples/README.md``.
Standard library only; pages are built from plain string templates.

Run from the repository root: ``.venv/bin/python samples/generate.py``
"""

from __future__ import annotations

import html
import json
import random
import re
import uuid
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

SEED = 20250601
HERE = Path(__file__).resolve().parent
PAGES = HERE / "pages"
SCRAPED_ON = date(2025, 6, 1)

NDASH = "\u2013"
MDASH = "\u2014"
LSQUO, RSQUO, LDQUO, RDQUO = "\u2018", "\u2019", "\u201c", "\u201d"

N_CANONICAL = 168
N_EXACT = 15
N_NEAR = 20
N_SEMANTIC = 15

# --------------------------------------------------------------------------------------------------
# Reference data: places, pay, skills, companies, job families
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class City:
    """A place a job can be in, with the spellings pages use for it."""

    key: str
    name: str
    region: str | None
    region_name: str | None
    country: str
    country_name: str
    iso3: str


def _city(spec: str) -> City:
    key, name, region, region_name, country, country_name, iso3 = spec.split("|")
    return City(key, name, region or None, region_name or None, country, country_name, iso3)


CITIES: dict[str, City] = {
    c.key: c
    for c in map(
        _city,
        [
            "sf|San Francisco|CA|California|US|United States|USA",
            "ny|New York|NY|New York|US|United States|USA",
            "austin|Austin|TX|Texas|US|United States|USA",
            "seattle|Seattle|WA|Washington|US|United States|USA",
            "chicago|Chicago|IL|Illinois|US|United States|USA",
            "boston|Boston|MA|Massachusetts|US|United States|USA",
            "denver|Denver|CO|Colorado|US|United States|USA",
            "atlanta|Atlanta|GA|Georgia|US|United States|USA",
            "la|Los Angeles|CA|California|US|United States|USA",
            "raleigh|Raleigh|NC|North Carolina|US|United States|USA",
            "charlotte|Charlotte|NC|North Carolina|US|United States|USA",
            "columbus|Columbus|OH|Ohio|US|United States|USA",
            "phoenix|Phoenix|AZ|Arizona|US|United States|USA",
            "nashville|Nashville|TN|Tennessee|US|United States|USA",
            "memphis|Memphis|TN|Tennessee|US|United States|USA",
            "houston|Houston|TX|Texas|US|United States|USA",
            "pittsburgh|Pittsburgh|PA|Pennsylvania|US|United States|USA",
            "london|London||England|GB|United Kingdom|GBR",
            "manchester|Manchester||England|GB|United Kingdom|GBR",
            "edinburgh|Edinburgh||Scotland|GB|United Kingdom|GBR",
            "bristol|Bristol||England|GB|United Kingdom|GBR",
            "berlin|Berlin||Berlin|DE|Germany|DEU",
            "munich|Munich||Bavaria|DE|Germany|DEU",
            "hamburg|Hamburg||Hamburg|DE|Germany|DEU",
            "paris|Paris||Ile-de-France|FR|France|FRA",
            "amsterdam|Amsterdam||North Holland|NL|Netherlands|NLD",
            "dublin|Dublin||Leinster|IE|Ireland|IRL",
            "barcelona|Barcelona||Catalonia|ES|Spain|ESP",
            "lisbon|Lisbon||Lisbon|PT|Portugal|PRT",
            "warsaw|Warsaw||Masovia|PL|Poland|POL",
            "basel|Basel||Basel-Stadt|CH|Switzerland|CHE",
            "toronto|Toronto|ON|Ontario|CA|Canada|CAN",
            "vancouver|Vancouver|BC|British Columbia|CA|Canada|CAN",
            "montreal|Montreal|QC|Quebec|CA|Canada|CAN",
            "sydney|Sydney|NSW|New South Wales|AU|Australia|AUS",
            "melbourne|Melbourne|VIC|Victoria|AU|Australia|AUS",
            "bengaluru|Bengaluru|KA|Karnataka|IN|India|IND",
            "singapore|Singapore|||SG|Singapore|SGP",
        ],
    )
}

COUNTRY_SHORT = {"US": "US", "GB": "UK", "CA": "Canada", "DE": "Germany", "IN": "India", "AU": "Australia"}
COUNTRY_NAME = {c.country: c.country_name for c in CITIES.values()}

# country -> (currency, multiplier applied to a US annual figure, usual salary period)
COUNTRY_PAY: dict[str, tuple[str, float, str]] = {
    "US": ("USD", 1.0, "year"),
    "GB": ("GBP", 0.62, "year"),
    "DE": ("EUR", 0.6, "year"),
    "FR": ("EUR", 0.55, "year"),
    "NL": ("EUR", 0.62, "year"),
    "IE": ("EUR", 0.66, "year"),
    "ES": ("EUR", 0.45, "year"),
    "PT": ("EUR", 0.36, "year"),
    "PL": ("PLN", 1.6, "month"),
    "CH": ("CHF", 1.05, "year"),
    "CA": ("CAD", 1.05, "year"),
    "AU": ("AUD", 1.25, "year"),
    "IN": ("INR", 20.0, "year"),
    "SG": ("SGD", 1.0, "month"),
}

# canonical skill name -> spellings that pages use (all matched case-sensitively)
SKILLS: dict[str, tuple[str, ...]] = {
    "Python": ("Python",),
    "JavaScript": ("JavaScript", "JS", "Javascript"),
    "TypeScript": ("TypeScript",),
    "Kubernetes": ("Kubernetes", "k8s", "K8s"),
    "AWS": ("AWS", "Amazon Web Services"),
    "GCP": ("GCP", "Google Cloud"),
    "Azure": ("Azure", "Microsoft Azure"),
    "SQL": ("SQL",),
    "PostgreSQL": ("PostgreSQL", "Postgres"),
    "React": ("React", "React.js", "ReactJS"),
    "Go": ("Go", "Golang"),
    "Terraform": ("Terraform",),
    "Docker": ("Docker",),
    "Java": ("Java",),
    "Kotlin": ("Kotlin",),
    "Swift": ("Swift",),
    "Node.js": ("Node.js", "NodeJS"),
    "GraphQL": ("GraphQL",),
    "Apache Kafka": ("Kafka", "Apache Kafka"),
    "Redis": ("Redis",),
    "Apache Spark": ("Spark", "Apache Spark", "PySpark"),
    "Apache Airflow": ("Airflow", "Apache Airflow"),
    "dbt": ("dbt",),
    "Snowflake": ("Snowflake",),
    "Pandas": ("pandas", "Pandas"),
    "PyTorch": ("PyTorch",),
    "TensorFlow": ("TensorFlow",),
    "Machine Learning": ("machine learning", "ML"),
    "Tableau": ("Tableau",),
    "Power BI": ("Power BI", "PowerBI"),
    "Microsoft Excel": ("Excel", "Microsoft Excel", "MS Excel"),
    "Salesforce": ("Salesforce", "SFDC"),
    "HubSpot": ("HubSpot", "Hubspot"),
    "Figma": ("Figma",),
    "Adobe Creative Suite": ("Adobe Creative Suite", "Adobe CC"),
    "Linux": ("Linux",),
    "CI/CD": ("CI/CD",),
    "Prometheus": ("Prometheus",),
    "Jira": ("Jira", "JIRA"),
    "Zendesk": ("Zendesk",),
    "SAP": ("SAP",),
    "NetSuite": ("NetSuite",),
    "Google Analytics": ("Google Analytics", "GA4"),
    "SEO": ("SEO",),
    "Epic": ("Epic", "Epic EHR"),
    "Basic Life Support": ("BLS", "Basic Life Support"),
    "ACLS": ("ACLS",),
}
_SKILL_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (canonical, re.compile(r"(?<![\w.+#/-])" + re.escape(alias) + r"(?![\w+#/-])"))
    for canonical, aliases in SKILLS.items()
    for alias in aliases
]


@dataclass(frozen=True)
class Company:
    """A fictional employer, with the name spellings different boards use."""

    names: tuple[str, ...]
    slug: str
    domain: str
    tagline: str
    mission: str
    cities: tuple[str, ...]
    families: tuple[str, ...]
    ats: str
    founded: int
    size: int

    @property
    def canonical(self) -> str:
        """The name labels use."""
        return self.names[0]


def _company(spec: str, founded: int, size: int) -> Company:
    names, slug, domain, tagline, mission, cities, families, ats = (p.strip() for p in spec.split("|"))
    return Company(
        tuple(names.split(";")),
        slug,
        domain,
        tagline,
        mission,
        tuple(cities.split()),
        tuple(families.split()),
        ats,
        founded,
        size,
    )


COMPANIES: list[Company] = [
    _company(spec, 1995 + (i * 7) % 28, 60 + (i * 137) % 4900)
    for i, spec in enumerate(
        [
            "Acme Corp;ACME Corporation;Acme, Inc.|acme|acme-corp.com|builds workflow software for industrial"
            " manufacturers|help factories run smarter|sf austin chicago|backend frontend devops sales"
            " support"
            "|greenhouse",
            "Northwind Traders;Northwind Traders LLC;Northwind|northwind|northwindtraders.com|operates one"
            " of the"
            " largest specialty food distribution networks in North America|get great food from producers to"
            " kitchens faster|columbus memphis toronto|logistics ops finance data_science|workday",
            "Globex Corporation;Globex Corp.;GLOBEX|globex|globex.com|provides energy management software to"
            " utilities and large commercial sites|make the grid cleaner and more resilient|houston denver"
            " london"
            "|data_eng backend finance ops sales|workday",
            "Initech;Initech, Inc.;Initech Inc|initech|initech.io|makes accounting automation software for"
            " mid-sized businesses|take the busywork out of finance|austin ny|backend frontend finance sales"
            " support design|lever",
            "Umbrella Health;Umbrella Health Systems;Umbrella Health,"
            " LLC|umbrellahealth|umbrellahealth.org|operates"
            " a network of community hospitals and outpatient clinics|deliver high-quality care close to home"
            "|atlanta nashville raleigh|healthcare ops data_science hr|workday",
            "Hooli;Hooli Inc.;Hooli XYZ|hooli|hooli.xyz|builds consumer apps and cloud services used by"
            " millions"
            " of people|make technology that feels effortless|sf seattle ny london|backend frontend mobile"
            " devops"
            " data_science design|greenhouse",
            "Stark Logistics;Stark Logistics GmbH|starklogistics|stark-logistics.de|runs contract logistics"
            " and"
            " last-mile delivery across Central Europe|keep Europe's supply chains moving|hamburg berlin"
            " munich"
            " warsaw|logistics ops data_eng finance|workday",
            "Brightline Analytics;Brightline Analytics Ltd;BrightLine"
            " Analytics|brightline|brightline-analytics.co.uk"
            "|helps retailers understand their customers through data|turn messy data into confident"
            " decisions"
            "|london manchester edinburgh|data_eng data_science backend sales|lever",
            "Pinecrest Bank;Pinecrest Bank, N.A.;Pinecrest Financial|pinecrest|pinecrestbank.com|serves"
            " families"
            " and small businesses as a community-focused bank|make banking simple and fair|charlotte chicago"
            "|finance ops support backend data_science|workday",
            "Fernwood Design Studio;Fernwood Studio|fernwood|fernwood.studio|designs brands, websites and"
            " digital"
            " products for ambitious companies|make things people love to use|ny la london|design frontend"
            " marketing|greenhouse",
            "Kestrel Robotics;Kestrel Robotics Inc.|kestrel|kestrelrobotics.com|builds autonomous mobile"
            " robots for"
            " warehouses|take the heavy lifting out of warehouse work|boston pittsburgh|backend devops"
            " data_science"
            " ops logistics|lever",
            "Bluewater Insurance;Bluewater Insurance Group plc;Bluewater|bluewater|bluewater-insurance.co.uk"
            "|provides home, motor and small business insurance|make insurance clear and honest|london"
            " bristol"
            " manchester|data_science backend support finance marketing|workday",
            "Lumina Learning;Lumina Learning, Inc.|lumina|luminalearning.com|builds online learning tools for"
            " schools and universities|make great teaching available to every student|denver remote|frontend"
            " backend design support marketing|greenhouse",
            "St. Aldric Medical Center;Saint Aldric Medical Center;St Aldric"
            " Health|staldric|staldric.org|runs a"
            " 400-bed teaching hospital and Level I trauma center|heal, teach and"
            " discover|seattle|healthcare hr"
            " ops finance|workday",
            "Quantia Technologies;Quantia;Quantia Technologies Pvt. Ltd.|quantia|quantia.in|builds cloud"
            " software"
            " for logistics and retail companies|help businesses across India run on modern"
            " software|bengaluru"
            " remote|backend frontend data_eng devops support|lever",
            "Redwood Retail Group;Redwood Retail|redwoodretail|redwoodretail.com|operates 300 home and"
            " garden stores"
            " across the United States|help people make a house feel like home|phoenix atlanta"
            " chicago|logistics"
            " ops marketing data_science finance|workday",
            "Solenne Energy;Solenne Energy S.L.|solenne|solenne-energy.es|develops and operates"
            " utility-scale solar"
            " farms across Southern Europe|accelerate the transition to renewable power|barcelona"
            " lisbon|data_eng"
            " ops finance backend|greenhouse",
            "Tidewater Freight;Tidewater Freight Lines, Inc.|tidewater|tidewaterfreight.com|runs a regional"
            " less-than-truckload network with 40 terminals in the Southeast|deliver on every promise, on"
            " time"
            "|memphis atlanta nashville|logistics ops finance hr|workday",
            "Vantage Payments;Vantage Payments Ltd.|vantagepayments|vantagepay.io|builds payment"
            " infrastructure for"
            " online marketplaces|make moving money as easy as sending a message|dublin london remote|backend"
            " devops frontend sales finance|greenhouse",
            "Maplewood Software;Maplewood Software Inc.|maplewood|maplewoodsoftware.ca|makes scheduling"
            " software for"
            " clinics and salons|give small businesses their time back|toronto vancouver montreal|backend"
            " frontend"
            " mobile support sales|lever",
            "Cobalt Cloud;CobaltCloud;Cobalt Cloud, Inc.|cobaltcloud|cobaltcloud.dev|provides a developer"
            " platform"
            " for deploying and scaling containerised applications|let every developer ship like a platform"
            " team"
            "|sf berlin remote|devops backend frontend sales support|greenhouse",
            "Orlena Pharmaceuticals;Orlena Pharma;Orlena Pharmaceuticals AG|orlena|orlenapharma.com|develops"
            " specialty medicines for rare diseases|bring new treatments to patients who need them|basel"
            " boston"
            "|data_science healthcare finance ops|workday",
            "Zephyr Mobility;Zephyr Mobility B.V.|zephyr|zephyrmobility.nl|runs a shared e-bike and e-scooter"
            " network in 30 European cities|make cities cleaner and easier to move around|amsterdam paris"
            " berlin"
            "|backend mobile data_science ops marketing|lever",
            "Granite Peak Capital;Granite Peak Capital LP|granitepeak|granitepeakcap.com|invests in"
            " growth-stage"
            " technology companies|back founders building durable businesses|ny boston|finance data_science"
            " ops"
            "|greenhouse",
            "Nimbus Labs;Nimbus Labs Inc.|nimbuslabs|nimbuslabs.ai|builds tools that help teams deploy and"
            " monitor"
            " AI models|make AI dependable|sf ny remote|data_science backend devops frontend sales|lever",
            "Saffron Foods;Saffron Foods Co.|saffronfoods|saffronfoods.com|delivers chef-made meal kits to"
            " homes"
            " across the US|make home cooking easy and joyful|chicago ny la|logistics ops marketing"
            " data_science"
            " support|greenhouse",
            "Atlas Home Care;Atlas HomeCare|atlashomecare|atlashomecare.com|provides in-home nursing and"
            " personal"
            " care for older adults|help people live well at home|phoenix denver columbus|healthcare hr"
            " ops|lever",
            "Ironbark Security;Ironbark Security Pty Ltd|ironbark|ironbark.com.au|provides managed security"
            " services"
            " to banks and government agencies|keep critical systems safe|sydney melbourne|devops backend"
            " sales"
            " support|lever",
            "Copperline Communications;Copperline Telecom|copperline|copperline.net|provides fiber broadband"
            " and"
            " business connectivity|connect communities that others overlook|raleigh columbus"
            " nashville|support"
            " ops sales devops|workday",
            "Wildflower Media Group;Wildflower Media|wildflower|wildflowermedia.com|publishes podcasts,"
            " newsletters"
            " and video for a global audience|tell stories that matter|la ny london|marketing design frontend"
            " sales|greenhouse",
            "Polaris Shipping;Polaris Shipping Pte. Ltd.|polarisshipping|polarisshipping.sg|operates"
            " container"
            " shipping and freight forwarding across Asia-Pacific|connect Asian trade with the"
            " world|singapore"
            " sydney|logistics finance ops data_eng|workday",
            "Everfield Agritech;Everfield|everfield|everfield.ag|builds sensors and software that help"
            " farmers use"
            " less water|grow more food with fewer resources|denver remote|backend data_science mobile sales"
            " ops"
            "|lever",
            "Looma;Looma Inc.|looma|looma.app|makes a collaborative whiteboard for product teams|help teams"
            " think"
            " together|sf ny toronto remote|frontend backend design marketing support|greenhouse",
            "Bramble & Co.;Bramble and Co;Bramble & Co Ltd|brambleandco|brambleandco.co.uk|is an independent"
            " creative and performance marketing agency|build brands people remember|london"
            " manchester|marketing"
            " design sales ops|lever",
            "Vistula Software House;Vistula Software House sp. z o.o.|vistula|vistula.pl|builds custom"
            " software for"
            " clients in fintech and e-commerce|deliver software our clients are proud of|warsaw"
            " remote|backend"
            " frontend devops data_eng|greenhouse",
            "Tagus Digital;Tagus Digital, Lda.|tagusdigital|tagusdigital.pt|runs nearshore product teams for"
            " European scale-ups|build great products from Lisbon|lisbon remote|frontend backend design"
            " support"
            "|lever",
            "Meridian Travel Group;Meridian Travel|meridiantravel|meridiantravel.com|operates online travel"
            " brands in"
            " 25 markets|make travel planning effortless|london barcelona ny|marketing data_science support"
            " backend finance|workday",
            "Summit Ridge Clinics;Summit Ridge Health Clinics|summitridge|summitridgeclinics.com|runs 60"
            " primary and"
            " urgent care clinics across the Mountain West|make primary care easy to reach|denver phoenix"
            "|healthcare ops support hr|greenhouse",
            "Corvid Genomics;Corvid Genomics, Inc.|corvidgenomics|corvidgenomics.com|develops"
            " sequencing-based tests"
            " for early cancer detection|find cancer earlier, when it can be cured|boston sf|data_science"
            " data_eng"
            " backend ops healthcare|lever",
            "Paperkite;PaperKite Ltd;Paperkite Pty Ltd|paperkite|paperkite.com.au|builds invoicing and"
            " payroll"
            " software for tradespeople|help small businesses get paid on time|melbourne sydney"
            " remote|backend"
            " frontend mobile support finance|greenhouse",
        ]
    )
]
COMPANY_BY_SLUG = {c.slug: c for c in COMPANIES}


@dataclass(frozen=True)
class Family:
    """A kind of job: titles, bullet pools, skills and a typical pay level."""

    key: str
    department: str
    titles: tuple[str, ...]
    goal: str
    resp: tuple[str, ...]
    req: tuple[str, ...]
    core: tuple[str, ...]
    extra: tuple[str, ...]
    pay: float
    hourly: bool = False
    seniority: bool = True
    tech: bool = False


def _family(key: str, department: str, titles: str, goal: str, resp: str, req: str, **kw: Any) -> Family:
    return Family(
        key,
        department,
        tuple(titles.split("; ")),
        goal,
        tuple(resp.split("; ")),
        tuple(req.split("; ")),
        tuple(kw.pop("core").split(",")),
        tuple(kw.pop("extra").split(",")),
        **kw,
    )


FAMILIES: dict[str, Family] = {
    f.key: f
    for f in [
        _family(
            "backend",
            "Engineering",
            "Software Engineer; Backend Engineer; Software Engineer, Payments; Backend Engineer, Platform;"
            " Software Engineer, Core API",
            "build the systems that keep our product fast and reliable",
            "Design, build and operate the services that power our core product; Own features end to end,"
            " from"
            " technical design through deployment and monitoring; Collaborate with product managers and"
            " designers"
            " to scope and ship new functionality; Improve the reliability, performance and observability of"
            " our"
            " APIs; Review code and help raise the engineering bar across the team; Participate in a fair,"
            " well-supported on-call rotation; Mentor other engineers and contribute to our hiring process",
            "{years}+ years of professional software engineering experience; A track record of shipping and"
            " maintaining production systems; Solid understanding of distributed systems, data modelling and"
            " API"
            " design; Clear written communication and a collaborative approach",
            core="Python,Go,Java,PostgreSQL,AWS,SQL,Apache Kafka",
            extra="Kubernetes,Docker,Redis,Terraform,GraphQL",
            pay=150000,
            tech=True,
        ),
        _family(
            "frontend",
            "Engineering",
            "Frontend Engineer; Front-End Developer; Full Stack Engineer; Frontend Engineer, Growth",
            "build interfaces that our customers enjoy using every day",
            "Build fast, accessible and polished user interfaces for our web application; Work closely with"
            " designers to turn prototypes into production features; Own the quality of the frontend codebase"
            " through testing and thoughtful reviews; Improve page performance and load times across the"
            " product;"
            " Contribute to and maintain our shared component library; Collaborate with backend engineers on"
            " API"
            " contracts",
            "{years}+ years of experience building modern web applications; A keen eye for detail and a"
            " passion"
            " for great user experience; Experience with accessibility standards (WCAG); Comfort working in a"
            " fast-moving, iterative environment",
            core="JavaScript,TypeScript,React,Node.js",
            extra="GraphQL,Figma,AWS,Docker",
            pay=140000,
            tech=True,
        ),
        _family(
            "devops",
            "Infrastructure",
            "Site Reliability Engineer; DevOps Engineer; Platform Engineer; Cloud Infrastructure Engineer",
            "keep our platform secure, scalable and boring in the best possible way",
            "Design and maintain our cloud infrastructure using infrastructure as code; Build and improve the"
            " deployment pipelines that let engineers ship safely many times a day; Run and scale our"
            " container"
            " platform across multiple regions; Improve monitoring, alerting and incident response practices;"
            " Drive cost efficiency and capacity planning for production workloads; Lead blameless"
            " post-incident"
            " reviews and follow through on action items; Harden our systems against security threats and"
            " support"
            " compliance audits",
            "{years}+ years in an SRE, DevOps or infrastructure engineering role; Deep understanding of"
            " networking,"
            " DNS and load balancing; Experience operating production systems at scale; A calm, methodical"
            " approach"
            " to incidents",
            core="Kubernetes,Terraform,AWS,Docker,Linux,GCP",
            extra="Go,Python,Prometheus,CI/CD,Azure",
            pay=155000,
            tech=True,
        ),
        _family(
            "mobile",
            "Engineering",
            "iOS Engineer; Android Engineer; Mobile Engineer; Mobile Developer",
            "ship mobile features that millions of people rely on",
            "Build and ship new features for our mobile apps; Collaborate with design and product to craft"
            " delightful mobile experiences; Improve app stability, start-up time and crash rates; Write"
            " well-tested, maintainable code and review the work of peers; Work with backend engineers to"
            " define"
            " mobile-friendly APIs; Help shape our mobile release process",
            "{years}+ years of experience building native mobile applications; At least one app published on"
            " the"
            " App Store or Google Play; Understanding of mobile UI patterns and platform guidelines; Strong"
            " debugging and problem-solving skills",
            core="Swift,Kotlin,Java",
            extra="GraphQL,Figma,CI/CD",
            pay=145000,
            tech=True,
        ),
        _family(
            "data_eng",
            "Data",
            "Data Engineer; Analytics Engineer; Data Platform Engineer",
            "build the data foundations the whole company relies on",
            "Build and maintain reliable batch and streaming data pipelines; Model data in our warehouse so"
            " analysts and data scientists can self-serve; Own data quality checks, documentation and"
            " lineage;"
            " Partner with engineering teams to instrument new product events; Optimize query performance and"
            " warehouse costs; Support the business with trusted, well-tested datasets",
            "{years}+ years of experience in data engineering or analytics engineering; Strong data modelling"
            " skills (dimensional modelling, slowly changing dimensions); Experience building pipelines in a"
            " production environment; Ability to explain technical trade-offs to non-technical stakeholders",
            core="Python,SQL,Apache Spark,Apache Airflow,dbt,Snowflake",
            extra="Apache Kafka,AWS,Terraform,GCP",
            pay=150000,
            tech=True,
        ),
        _family(
            "data_science",
            "Data",
            "Data Scientist; Machine Learning Engineer; Data Analyst; Product Analyst",
            "turn data into decisions that move the business forward",
            "Analyse large datasets to uncover insights that shape product strategy; Design and evaluate"
            " experiments and A/B tests; Build predictive models and take them to production with"
            " engineering;"
            " Create dashboards and reports for leadership; Define and track key business metrics;"
            " Communicate"
            " findings clearly to technical and non-technical audiences",
            "{years}+ years of experience in an analytical or data science role; Strong foundation in"
            " statistics"
            " and experimental design; A degree in a quantitative field or equivalent experience; Curiosity"
            " and a"
            " bias toward action",
            core="Python,SQL,Pandas,Machine Learning,Tableau",
            extra="PyTorch,TensorFlow,Power BI,Apache Spark,dbt",
            pay=145000,
            tech=True,
        ),
        _family(
            "design",
            "Design",
            "Product Designer; UX Designer; UX Researcher; Visual Designer",
            "shape how people experience our product",
            "Lead design for key product areas from discovery to launch; Create user flows, wireframes,"
            " prototypes"
            " and high-fidelity visuals; Run usability tests and translate findings into design improvements;"
            " Contribute to and evolve our design system; Work closely with engineers to ensure a"
            " high-quality"
            " implementation; Present design work and rationale to stakeholders",
            "{years}+ years of product or UX design experience; A portfolio demonstrating strong interaction"
            " and"
            " visual design; Experience conducting user research; Excellent communication and storytelling"
            " skills",
            core="Figma,Adobe Creative Suite",
            extra="Jira,JavaScript",
            pay=125000,
        ),
        _family(
            "sales",
            "Sales",
            "Account Executive; Sales Development Representative; Enterprise Account Executive; Sales"
            " Manager",
            "win new customers and grow our footprint in key markets",
            "Manage the full sales cycle from prospecting to close; Build and maintain a healthy pipeline of"
            " qualified opportunities; Run discovery calls and tailored product demos; Negotiate contracts"
            " and close"
            " new business against a quarterly quota; Partner with marketing and customer success on account"
            " strategy; Keep accurate forecasts and activity records in our CRM",
            "{years}+ years of B2B sales experience, ideally selling SaaS; A consistent record of meeting or"
            " exceeding quota; Excellent presentation and negotiation skills; Self-motivated, organised and"
            " resilient",
            core="Salesforce,HubSpot",
            extra="Microsoft Excel",
            pay=110000,
        ),
        _family(
            "marketing",
            "Marketing",
            "Marketing Manager; Content Marketing Manager; Growth Marketer; Product Marketing Manager",
            "tell our story and grow demand for our products",
            "Plan and execute multi-channel campaigns that generate pipeline; Own our content calendar,"
            " including"
            " blog posts, webinars and case studies; Track campaign performance and report on key metrics;"
            " Collaborate with sales to develop messaging and enablement material; Manage agencies,"
            " freelancers and"
            " the marketing budget; Experiment with new channels and scale what works",
            "{years}+ years of experience in B2B marketing; Strong writing and editing skills; Data-driven"
            " mindset"
            " with experience measuring campaign ROI; Ability to manage several projects at once",
            core="HubSpot,Google Analytics,SEO",
            extra="Salesforce,Microsoft Excel,Figma",
            pay=105000,
        ),
        _family(
            "support",
            "Customer Experience",
            "Customer Success Manager; Customer Support Specialist; Technical Support Engineer; Customer"
            " Support"
            " Team Lead",
            "make sure every customer gets real value from our product",
            "Be the main point of contact for a portfolio of customers; Onboard new customers and help them"
            " get"
            " value quickly; Resolve support tickets by email, chat and phone; Identify expansion"
            " opportunities and"
            " renewal risks; Share customer feedback with product and engineering; Write and maintain"
            " help-center"
            " articles",
            "{years}+ years of experience in customer support or account management; Empathy and a genuine"
            " desire"
            " to help people; Excellent written and spoken English; Ability to explain technical concepts"
            " simply",
            core="Zendesk,Salesforce",
            extra="SQL,Jira",
            pay=68000,
            seniority=False,
        ),
        _family(
            "ops",
            "Operations",
            "Operations Manager; Business Operations Analyst; Project Manager; Office Manager",
            "keep the business running smoothly as we scale",
            "Oversee day-to-day operations and continuous improvement projects; Build processes and"
            " playbooks that"
            " scale with the business; Track operational KPIs and prepare weekly reports for leadership;"
            " Coordinate"
            " cross-functional projects and keep them on schedule; Manage vendor relationships and contracts;"
            " Identify bottlenecks and lead initiatives to remove them",
            "{years}+ years of experience in operations, consulting or project management; Strong analytical"
            " and"
            " problem-solving skills; Exceptional organisational skills and attention to detail; Comfortable"
            " working with ambiguity",
            core="Microsoft Excel,SQL,Jira",
            extra="Tableau,Salesforce",
            pay=92000,
            seniority=False,
        ),
        _family(
            "healthcare",
            "Nursing",
            "Registered Nurse - Med/Surg; ICU Registered Nurse; Medical Assistant; Clinical Pharmacist;"
            " Physical"
            " Therapist; Travel Nurse - ICU",
            "provide outstanding care to the patients and families we serve",
            "Provide safe, compassionate and evidence-based care to patients; Assess patient conditions and"
            " develop individualised care plans; Administer medications and treatments as prescribed;"
            " Document"
            " care accurately in the electronic health record; Educate patients and families on treatment and"
            " recovery; Collaborate with physicians and the wider care team",
            "Current, unrestricted state license or registration; {years}+ years of clinical experience in"
            " an acute"
            " care setting; Excellent communication and critical thinking skills; Ability to work 12-hour"
            " shifts,"
            " including nights and weekends",
            core="Basic Life Support,ACLS,Epic",
            extra="Microsoft Excel",
            pay=46,
            hourly=True,
            seniority=False,
        ),
        _family(
            "logistics",
            "Operations",
            "Warehouse Associate; Dispatcher; Supply Chain Analyst; Logistics Coordinator; CDL-A Truck"
            " Driver;"
            " Forklift Operator",
            "keep freight moving safely and on time",
            "Receive, pick, pack and ship orders accurately and on time; Coordinate inbound and outbound"
            " shipments"
            " with carriers; Maintain accurate inventory records and perform cycle counts; Follow all safety"
            " procedures and keep work areas organised; Track deliveries and resolve delays or exceptions;"
            " Support"
            " continuous improvement of warehouse processes",
            "High school diploma or equivalent; Ability to lift up to 50 lbs and stand for extended periods;"
            " {years}+ years of experience in warehousing, transportation or logistics; Reliable, punctual"
            " and"
            " safety-minded",
            core="Microsoft Excel,SAP",
            extra="SQL",
            pay=21,
            hourly=True,
            seniority=False,
        ),
        _family(
            "finance",
            "Finance",
            "Financial Analyst; Senior Accountant; Accounts Payable Specialist; FP&A Manager; Controller",
            "give leadership a clear, accurate picture of our finances",
            "Prepare monthly, quarterly and annual financial statements; Own the month-end close process and"
            " account reconciliations; Build financial models to support budgeting and forecasting; Analyse"
            " variances and explain drivers to business partners; Support external audits and tax filings;"
            " Improve"
            " financial controls and reporting processes",
            "{years}+ years of experience in accounting or finance; Bachelor's degree in Accounting, Finance"
            " or a"
            " related field; CPA or ACCA a plus; Strong attention to detail and high standards of accuracy;"
            " Ability"
            " to meet deadlines in a fast-paced environment",
            core="Microsoft Excel,NetSuite,SAP",
            extra="SQL,Power BI",
            pay=98000,
            seniority=False,
        ),
        _family(
            "hr",
            "People",
            "Technical Recruiter; HR Business Partner; People Operations Generalist; Talent Acquisition"
            " Partner",
            "help us hire and grow the people who make this place great",
            "Partner with hiring managers to define roles and hiring plans; Source, screen and interview"
            " candidates"
            " across a range of functions; Deliver an outstanding candidate experience from first contact to"
            " offer;"
            " Advise managers on performance, engagement and employee relations; Improve our people"
            " processes and"
            " HR policies; Use data to track hiring funnel and retention metrics",
            "{years}+ years of experience in recruiting or HR; Knowledge of employment law and HR best"
            " practices;"
            " Excellent interpersonal and influencing skills; Discretion and sound judgement with"
            " confidential"
            " information",
            core="Microsoft Excel",
            extra="Jira",
            pay=90000,
            seniority=False,
        ),
    ]
}

HEADER_STYLES: tuple[tuple[str, ...], ...] = (
    ("About us", "The role", "Responsibilities", "Requirements", "Nice to have", "Benefits"),
    (
        "About {company}",
        "About the role",
        "What you'll do",
        "What we're looking for",
        "Bonus points",
        "What we offer",
    ),
    (
        "Who we are",
        "The opportunity",
        "In this role, you will",
        "About you",
        "Preferred qualifications",
        "Perks & benefits",
    ),
    (
        "Our company",
        "Position overview",
        "Key responsibilities",
        "Qualifications",
        "It would be great if you have",
        "Why join us",
    ),
)
ABOUT_TEMPLATES = (
    "{name} {tagline}. Founded in {founded}, our mission is to {mission}. Today we are a team of more than"
    " {size} people across {offices} offices.",
    "At {name}, we {tagline_we}. Our goal since {founded} has been simple: {mission}. We're {size}+ people"
    " strong and still growing.",
    "We {tagline_we}. Since launching in {founded}, {name} has grown to {size} employees, all working to"
    " {mission}.",
)
INTRO_TEMPLATES = (
    "We are looking for {a_title} to join our {dept} team. You will help {goal}.",
    "As {a_title} at {name}, you'll {goal}. You will work with a small, experienced team and have real"
    " ownership from day one.",
    "{name} is hiring {a_title} for our {dept} team. In this role you will {goal}.",
    "Our {dept} team is growing and we need {a_title} who can {goal}. This is a great opportunity to have an"
    " outsized impact.",
)
ARRANGEMENT = {
    "remote": (
        "This is a fully remote position open to candidates based in {country}.",
        "This role is 100% remote within {country}.",
    ),
    "anywhere": (
        "This role is fully remote and can be done from anywhere.",
        "You can work from anywhere: this is a fully remote position.",
    ),
    "hybrid": (
        "This is a hybrid role based in {city}, with three days a week in the office.",
        "We work in a hybrid model: you'll be in our {city} office two to three days a week.",
    ),
    "onsite": (
        "This role is fully on-site at our {city} location.",
        "This position is based on-site in {city}.",
    ),
}
EMPLOYMENT_PHRASE = {
    "full_time": "full-time",
    "part_time": "part-time",
    "contract": "6-month contract",
    "temporary": "temporary",
    "internship": "paid internship",
}
BENEFITS_COMMON = (
    "Learning and development budget",
    "Home office stipend",
    "Paid parental leave",
    "Flexible working hours",
    "Annual team offsite",
    "Mental health support",
    "Equity in a growing company",
)
BENEFITS_BY_COUNTRY = {
    "US": (
        "Medical, dental and vision insurance",
        "401(k) with company match",
        "Flexible PTO",
        "Commuter benefits",
    ),
    "GB": (
        "25 days holiday plus bank holidays",
        "Private medical insurance",
        "Pension scheme with employer contribution",
        "Cycle to work scheme",
    ),
    "EU": ("30 days of paid vacation", "Public transport ticket", "Company pension plan", "Language classes"),
    "OTHER": (
        "Comprehensive health insurance",
        "Generous paid leave",
        "Retirement savings plan",
        "Wellness allowance",
    ),
}
EEO = (
    "{name} is an equal opportunity employer. We celebrate diversity and are committed to creating an"
    " inclusive environment for all employees. All qualified applicants will receive consideration for"
    " employment without regard to race, color, religion, sex, sexual orientation, gender identity, national"
    " origin, disability or veteran status."
)
TEAM_TEMPLATES = (
    "You will join a friendly, cross-functional team of {n} people. We value clear written communication,"
    " thoughtful feedback and a healthy pace: we plan in six-week cycles and protect time for focused work.",
    "The team you'll join is {n} people strong and reports to our Head of {dept}. We share context openly,"
    " make decisions in writing and celebrate learning from mistakes as much as wins.",
    "We are a small team of {n} with a big remit. Everyone here is trusted to manage their own time, and we"
    " care much more about outcomes than about hours spent online.",
    "Our {dept} group works closely with colleagues throughout the company. You'll have a dedicated"
    " onboarding"
    " buddy, regular one-to-ones with your manager and a clear path for growth.",
)
FIRST_90 = (
    "Get to know our customers, product and colleagues",
    "Take ownership of your first meaningful project",
    "Build relationships with your key stakeholders",
    "Identify one process you would change and share a plan for it",
    "Deliver visible results that the rest of the team can build on",
)
VALUES = (
    "Customers first: we start every decision by asking what is best for the people who rely on us",
    "Own the outcome: we take responsibility for results, not just for tasks, and we follow through",
    "Default to transparency: we share context, numbers and plans openly so everyone can decide well",
    "Keep it simple: we prefer clear, boring solutions that work over clever ones that need explaining",
    "Grow together: we give candid, kind feedback and invest in each other's development",
    "Act with integrity: we do the right thing, especially when nobody is watching",
)
PROCESS = (
    "A 30-minute introductory call with our recruiter",
    "A conversation with the hiring manager about your background",
    "A practical exercise that reflects the real work (we keep it under three hours)",
    "A final round with future teammates and a chance to ask us anything",
    "We aim to share a decision within two weeks of your first call",
)
SKILL_REQ_TECH = (
    "Strong proficiency in {a}",
    "Hands-on experience with {a} and {b}",
    "Professional experience with {a}",
    "Experience with {a}, {b} or similar technologies",
    "Comfortable working with {a} in production",
)
SKILL_REQ_OTHER = ("Proficiency in {a}", "Experience using {a}", "Working knowledge of {a} and {b}")
SKILL_NICE = ("Exposure to {a}", "Familiarity with {a}", "Experience with {a} is a plus")

# Rewrites used to paraphrase a posting when the same job is re-published through another channel.
PARAPHRASE = {
    "Design, build and operate": "Architect, develop and run",
    "Build and maintain": "Develop and look after",
    "Collaborate with": "Partner with",
    "collaborate with": "partner with",
    "Work closely with": "Team up with",
    "Own ": "Take ownership of ",
    "Improve ": "Strengthen ",
    "improve ": "strengthen ",
    "Strong ": "Solid ",
    "Excellent ": "Outstanding ",
    "Ability to ": "Able to ",
    "customers": "clients",
    "Manage ": "Run ",
    "Create ": "Produce ",
    "Support ": "Help with ",
    "Maintain ": "Keep ",
    "Prepare ": "Put together ",
    "key ": "core ",
    "Provide ": "Deliver ",
    "Lead ": "Drive ",
    "Track ": "Monitor ",
    "accurately": "precisely",
    "across": "throughout",
    "ensure": "make sure",
    "We are looking for": "We're hiring",
    "You will": "You'll",
    "you will": "you'll",
    "Hands-on experience with": "Practical knowledge of",
    "Strong proficiency in": "Deep familiarity with",
    "Professional experience with": "A background using",
    "Exposure to": "Some experience with",
    "Familiarity with": "Working knowledge of",
    "Flexible PTO": "Flexible paid time off",
    "Medical, dental and vision insurance": "Comprehensive health coverage (medical, dental, vision)",
    "Paid parental leave": "Generous parental leave",
    "Build ": "Develop ",
    "build ": "develop ",
    "reliable": "dependable",
    "Experience with": "Background in",
}
_PARAPHRASE_RE = re.compile(
    "|".join(
        rf"\b{re.escape(k)}" + (r"\b" if k[-1].isalnum() else "")
        for k in sorted(PARAPHRASE, key=len, reverse=True)
    )
)
_YEARS_RE = re.compile(r"^(\d+)\+ years of experience|^(\d+)\+ years")


def paraphrase(text: str) -> str:
    """Reword a sentence with the rewrite table (skill placeholders are left alone)."""
    text = _YEARS_RE.sub(
        lambda m: (
            f"At least {m.group(1)} years' experience" if m.group(1) else f"At least {m.group(2)} years"
        ),
        text,
    )
    return _PARAPHRASE_RE.sub(lambda m: PARAPHRASE[m.group(0)], text)


# --------------------------------------------------------------------------------------------------
# Salary
# --------------------------------------------------------------------------------------------------

CURRENCY_SYMBOL = {"USD": "$", "GBP": "\u00a3", "EUR": "\u20ac", "CAD": "CA$", "AUD": "A$", "INR": "\u20b9"}
UNIT_TEXT = {"hour": "HOUR", "day": "DAY", "week": "WEEK", "month": "MONTH", "year": "YEAR"}


@dataclass(frozen=True)
class Pay:
    """A salary as the label states it, plus which text format the page writes it in."""

    minimum: float
    maximum: float
    currency: str
    period: str
    style: int

    def label(self) -> dict[str, Any]:
        """The ``salary`` label."""
        return {
            "min": _num(self.minimum),
            "max": _num(self.maximum),
            "currency": self.currency,
            "period": self.period,
        }


def _num(x: float) -> int | float:
    return int(x) if float(x).is_integer() else round(x, 2)


def _n(x: float) -> str:
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,.2f}"


def _eu(x: float) -> str:
    return f"{int(x):,}".replace(",", ".")


def _k(x: float) -> str:
    return f"{int(x) // 1000}"


def _lakh(x: float) -> str:
    s = str(int(x))
    head, tail = s[:-3], s[-3:]
    groups: list[str] = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    return ",".join([*groups, tail])


def _salary_formats(p: Pay) -> list[str]:
    a, b, n, d = p.minimum, p.maximum, _n, NDASH
    if p.minimum == p.maximum:
        single = {
            ("USD", "year"): [f"${n(a)} per year", f"${n(a)}/yr"],
            ("USD", "hour"): [f"${n(a)}/hr", f"${n(a)} an hour"],
            ("USD", "week"): [f"${n(a)}/week", f"${n(a)} per week"],
            ("USD", "month"): [f"USD {n(a)} per month"],
            ("GBP", "year"): [f"\u00a3{n(a)} per annum"],
            ("GBP", "day"): [f"\u00a3{n(a)} per day"],
            ("EUR", "year"): [f"\u20ac{n(a)} p.a.", f"\u20ac{_eu(a)} per year"],
            ("INR", "year"): [f"\u20b9{_lakh(a)} per annum"],
        }
        key = (p.currency, p.period)
        if key in single:
            return single[key]
        return [f"{p.currency} {n(a)} per {p.period}"]
    ranged = {
        ("USD", "year"): [
            f"${n(a)} - ${n(b)} a year",
            f"${n(a)}{d}${n(b)} USD",
            f"${_k(a)}K - ${_k(b)}K",
            f"{_k(a)}k-{_k(b)}k USD",
            f"USD {n(a)} - {n(b)} per year",
            f"${n(a)} to ${n(b)} annually",
        ],
        ("USD", "hour"): [f"${n(a)} - ${n(b)} per hour", f"${n(a)}{d}${n(b)}/hr"],
        ("USD", "week"): [f"${n(a)} - ${n(b)} per week"],
        ("USD", "month"): [f"USD {n(a)}{d}{n(b)} monthly", f"${n(a)} - ${n(b)}/month"],
        ("EUR", "year"): [
            f"\u20ac{_k(a)}k{d}{_k(b)}k",
            f"\u20ac{_eu(a)} {d} \u20ac{_eu(b)} per year",
            f"EUR {n(a)} - {n(b)} gross per year",
            f"{_eu(a)} \u20ac - {_eu(b)} \u20ac p.a.",
        ],
        ("EUR", "day"): [f"\u20ac{n(a)} - \u20ac{n(b)} per day"],
        ("GBP", "year"): [
            f"\u00a3{n(a)} - \u00a3{n(b)} per annum",
            f"\u00a3{_k(a)}k-\u00a3{_k(b)}k per year",
        ],
        ("GBP", "day"): [f"\u00a3{n(a)} - \u00a3{n(b)} per day", f"\u00a3{n(a)}-{n(b)}/day (Outside IR35)"],
        ("GBP", "hour"): [f"\u00a3{n(a)} - \u00a3{n(b)} per hour"],
        ("CAD", "year"): [f"CA${n(a)} - CA${n(b)} per year", f"${n(a)} - ${n(b)} CAD annually"],
        ("CAD", "hour"): [f"CA${n(a)}{d}CA${n(b)}/hr"],
        ("AUD", "year"): [f"AU${n(a)} - AU${n(b)} + super", f"${_k(a)}k - ${_k(b)}k AUD per year"],
        ("AUD", "hour"): [f"AU${n(a)} - AU${n(b)} per hour"],
        ("INR", "year"): [
            f"\u20b9{_lakh(a)} - \u20b9{_lakh(b)} per annum",
            f"INR {int(a) // 100000}-{int(b) // 100000} LPA",
        ],
        ("SGD", "month"): [f"S${n(a)} - S${n(b)} per month", f"SGD {n(a)}{d}{n(b)}/month"],
        ("PLN", "month"): [f"PLN {n(a)} - {n(b)} per month (B2B)", f"{n(a)} {d} {n(b)} PLN/month gross"],
        ("CHF", "year"): [f"CHF {n(a)} - {n(b)} per year"],
    }
    return ranged.get((p.currency, p.period), [f"{p.currency} {n(a)} - {n(b)} per {p.period}"])


def salary_text(p: Pay) -> str:
    """The salary as the page writes it."""
    formats = _salary_formats(p)
    return formats[p.style % len(formats)]


STEP = {"year": 5000.0, "month": 500.0, "week": 50.0, "day": 25.0, "hour": 1.0}


def _round(x: float, period: str, currency: str) -> float:
    step = 100000.0 if currency == "INR" else STEP[period]
    return max(step, round(x / step) * step)


def make_pay(
    rng: random.Random, fam: Family, level: float, country: str | None, employment: str, title: str
) -> Pay:
    """Pick a plausible salary for a job."""
    currency, factor, period = COUNTRY_PAY.get(country or "US", COUNTRY_PAY["US"])
    if country is None:
        currency, factor, period = "USD", 0.8, "month" if employment == "contract" else "year"
    annual = fam.pay * level * (2080 if fam.hourly else 1) * factor
    if fam.hourly and country in {"US", "CA", "AU", "GB"}:
        period = "week" if "Travel" in title else "hour"
    elif employment == "contract" and country in {"US", "CA"}:
        period, annual = "hour", annual * 1.3
    elif employment == "contract" and country in {"GB", "DE", "NL", "FR", "IE"}:
        period, annual = "day", annual * 1.3
    per_period = {"year": 1, "month": 12, "week": 52, "day": 220, "hour": 2080}[period]
    mid = annual / per_period
    lo = _round(mid * 0.9, period, currency)
    hi = _round(mid * 1.12, period, currency)
    if hi <= lo or rng.random() < 0.12:
        hi = lo
    return Pay(lo, hi, currency, period, rng.randrange(1000))


def bump(p: Pay) -> Pay:
    """A small salary tweak, as when a posting is re-published with an adjusted range."""
    lo = _round(p.minimum * 1.06, p.period, p.currency)
    hi = _round(p.maximum * 1.06, p.period, p.currency)
    if lo == p.minimum:
        lo += STEP[p.period] if p.currency != "INR" else 100000
        hi += STEP[p.period] if p.currency != "INR" else 100000
    return replace(p, minimum=lo, maximum=max(lo, hi))


# --------------------------------------------------------------------------------------------------
# Jobs
# --------------------------------------------------------------------------------------------------

Section = tuple[str, str | tuple[str, ...]]


@dataclass(frozen=True)
class Job:
    """Everything needed to render one posting in any page shape."""

    cluster: str
    shape: str
    company: Company
    company_name: str
    family: Family
    title: str
    employment: str
    city: City | None
    mode: str | None
    remote_country: str | None
    pay: Pay | None
    aliases: tuple[tuple[str, str], ...]
    about: str
    intro: str
    resp: tuple[str, ...]
    req: tuple[str, ...]
    nice: tuple[str, ...]
    benefits: tuple[str, ...]
    eeo: bool
    headers: int
    about_last: bool
    loc_style: int
    say_employment: bool
    ext_id: str
    posted: date
    fmt: int = 0
    url: str = ""
    custom: tuple[Section, ...] = ()
    team: str = ""
    first90: tuple[str, ...] = ()
    process: tuple[str, ...] = ()
    values: tuple[str, ...] = ()

    def resolve(self, text: str) -> str:
        """Replace ``[[Skill]]`` placeholders with this page's spelling of the skill."""
        spelled = dict(self.aliases)
        return re.sub(r"\[\[([^\]]+)\]\]", lambda m: spelled.get(m.group(1), m.group(1)), text)

    def header(self, i: int) -> str:
        """Section header ``i`` in this page's header style."""
        return HEADER_STYLES[self.headers][i].format(company=self.company_name)

    def location_label(self) -> dict[str, str | None] | None:
        """The ``location`` label."""
        if self.city is not None:
            return {"city": self.city.name, "country_code": self.city.country}
        if self.remote_country is not None:
            return {"city": None, "country_code": self.remote_country}
        return None

    def arrangement(self) -> str:
        """The sentence that states the work arrangement, if any."""
        if self.mode is None:
            return ""
        key = "anywhere" if self.mode == "remote" and self.remote_country is None else self.mode
        options = ARRANGEMENT[key]
        country = COUNTRY_NAME.get(self.remote_country or "", "")
        country = f"the {country}" if country.startswith(("United", "Netherlands")) else country
        return options[self.loc_style % 2].format(city=self.city.name if self.city else "", country=country)

    def sections(self) -> list[Section]:
        """The description as (header, paragraph-or-bullets) pairs."""
        if self.custom:
            return [
                (h, self.resolve(b) if isinstance(b, str) else tuple(map(self.resolve, b)))
                for h, b in self.custom
            ]
        intro = " ".join(x for x in (self.intro, self.arrangement()) if x)
        if self.say_employment:
            intro += f" This is a {EMPLOYMENT_PHRASE[self.employment]} position."
        out: list[Section] = [(self.header(1), intro)]
        if self.team:
            out.append(
                (["The team", "Your team", "Who you'll work with", "How we work"][self.headers], self.team)
            )
        out.append((self.header(2), self.resp))
        if self.first90:
            out.append((["In your first 90 days", "What success looks like"][self.headers % 2], self.first90))
        out.append((self.header(3), tuple(self.resolve(r) for r in self.req)))
        if self.nice:
            out.append((self.header(4), tuple(self.resolve(r) for r in self.nice)))
        out.append((self.header(5), self.benefits))
        if self.process:
            out.append((["Our hiring process", "Interview process"][self.headers % 2], self.process))
        about = (self.header(0), self.about)
        out.insert(len(out) if self.about_last else 0, about)
        if self.values:
            out.insert(
                out.index(about) + 1, (["Our values", "What we believe"][self.headers % 2], self.values)
            )
        if self.eeo:
            out.append(("", EEO.format(name=self.company_name)))
        return out

    def words(self) -> int:
        """Words in the description (for the 150-600 word check)."""
        n = 0
        for h, body in self.sections():
            n += len(h.split()) + sum(len(x.split()) for x in ([body] if isinstance(body, str) else body))
        return n


def city_text(c: City, style: int, workday: bool = False) -> str:
    """A city written the way a board writes it."""
    if c.country == "SG":
        return "Singapore"
    if workday:
        if c.country == "US":
            opts = [f"USA - {c.region_name} - {c.name}", f"US-{c.region}-{c.name}", f"{c.name}, {c.region}"]
        else:
            opts = [f"{c.iso3} - {c.name}", f"{c.name}, {c.country_name}"]
    elif c.country == "US":
        opts = [
            f"{c.name}, {c.region}",
            f"{c.name}, {c.region_name}",
            f"{c.name}, {c.region}, USA",
            f"{c.name}, {c.region}, United States",
        ]
    elif c.country in {"CA", "AU"}:
        opts = [
            f"{c.name}, {c.region}, {c.country_name}",
            f"{c.name}, {c.region_name}",
            f"{c.name}, {c.country_name}",
        ]
    elif c.country == "IN":
        opts = [f"{c.name}, {c.region_name}, India", f"{c.name}, India"]
    elif c.country == "GB":
        opts = [f"{c.name}, UK", f"{c.name}, United Kingdom", f"{c.name}, {c.region_name}"]
    else:
        opts = [f"{c.name}, {c.country_name}"]
    return opts[style % len(opts)]


def location_text(job: Job, badge: bool = True, workday: bool = False) -> str:
    """The location line of a page; ``badge`` folds the remote/hybrid mode into it."""
    style = job.loc_style
    if job.city is None:
        rc = job.remote_country
        if rc is None:
            return ["Remote", "Anywhere (Remote)", f"Remote {MDASH} Worldwide"][style % 3]
        name = COUNTRY_NAME[rc]
        short = COUNTRY_SHORT.get(rc, name)
        if workday:
            return [f"Remote, {name}", f"{name} - Remote"][style % 2]
        return [f"Remote - {short}", f"Remote ({short})", f"{short} (Remote)", f"Remote, {name}"][style % 4]
    base = city_text(job.city, style, workday)
    if badge and job.mode == "hybrid":
        return [f"Hybrid ({base})", f"{base} (Hybrid)", f"{base} - Hybrid"][style % 3]
    if badge and job.mode == "onsite" and style % 2 == 0:
        return f"{base} (On-site)"
    return base


def _article(title: str) -> str:
    first = title.split(maxsplit=1)[0]
    vowel = first[0].lower() in "aeio" or first.startswith(("HR", "iOS", "ICU", "FP&A"))
    return ("an " if vowel and not first.startswith("UX") else "a ") + title


PREFIXES: tuple[tuple[str, float, int], ...] = (
    ("", 1.0, 3),
    ("Senior ", 1.25, 5),
    ("Sr. ", 1.25, 5),
    ("Junior ", 0.75, 1),
    ("Lead ", 1.4, 7),
    ("Principal ", 1.6, 9),
)


def make_title(rng: random.Random, fam: Family, shape: str) -> tuple[str, float, int, str]:
    """Title, pay level, years of experience and employment type."""
    base = rng.choice(fam.titles)
    prefix, level, years = ("", 1.0, rng.randint(2, 4))
    if fam.seniority:
        prefix, level, years = rng.choices(PREFIXES, weights=(5, 3, 1, 1, 1, 0.6))[0]
    title, employment, r = prefix + base, "full_time", rng.random()
    if fam.tech and r < 0.04:
        title, level, years, employment = f"{base} Intern", 0.45, 0, "internship"
    elif fam.key in {"healthcare", "logistics", "support"} and r < 0.15:
        employment = "part_time"
    elif fam.key == "logistics" and r < 0.25:
        employment = "temporary"
    elif (fam.tech or fam.key in {"design", "finance", "marketing"}) and r < 0.12:
        employment = "contract"
    if shape == "workday" and employment not in {"full_time", "part_time"}:
        employment = "full_time"
    return title, level, years, employment


def skill_bullets(rng: random.Random, fam: Family, skills: list[str]) -> list[str]:
    """Requirement bullets that name the job's core skills (as ``[[Skill]]`` placeholders)."""
    ph = [f"[[{s}]]" for s in skills]
    if fam.key == "healthcare":
        certs = [p for s, p in zip(skills, ph, strict=True) if s in {"Basic Life Support", "ACLS"}]
        out = [f"Current {' and '.join(certs)} certification{'s' if len(certs) > 1 else ''}"] if certs else []
        out += [
            f"Experience documenting care in {p}" if s == "Epic" else f"Proficiency in {p}"
            for s, p in zip(skills, ph, strict=True)
            if s not in {"Basic Life Support", "ACLS"}
        ]
        return out
    templates = SKILL_REQ_TECH if fam.tech else SKILL_REQ_OTHER
    out, i, pool = [], 0, rng.sample(templates, len(templates))
    while i < len(ph):
        usable = [t for t in pool if "{b}" not in t or i + 1 < len(ph)]
        t = usable[0]
        pool = [*pool[pool.index(t) + 1 :], *pool[: pool.index(t) + 1]]
        out.append(t.format(a=ph[i], b=ph[i + 1] if i + 1 < len(ph) else ""))
        i += 2 if "{b}" in t else 1
    return out


def _tagline_we(tagline: str) -> str:
    verb, _, rest = tagline.partition(" ")
    verb = {"is": "are", "runs": "run", "does": "do"}.get(verb, verb[:-1] if verb.endswith("s") else verb)
    return f"{verb} {rest}"


def about_text(company: Company, name: str, style: int) -> str:
    """The 'About us' paragraph."""
    offices = len([c for c in company.cities if c != "remote"])
    words = ["one", "two", "three", "four", "five"]
    return ABOUT_TEMPLATES[style % len(ABOUT_TEMPLATES)].format(
        name=name,
        tagline=company.tagline,
        tagline_we=_tagline_we(company.tagline),
        founded=company.founded,
        mission=company.mission,
        size=f"{company.size:,}",
        offices=words[offices - 1],
    )


def benefits(rng: random.Random, country: str | None) -> tuple[str, ...]:
    """A handful of benefits suited to the country."""
    region = (
        country
        if country in {"US", "GB"}
        else "EU"
        if country in {"DE", "FR", "NL", "IE", "ES", "PT", "PL"}
        else "OTHER"
    )
    picks = rng.sample(BENEFITS_BY_COUNTRY[region], rng.randint(2, 3)) + rng.sample(BENEFITS_COMMON, 3)
    rng.shuffle(picks)
    return tuple(picks)


def external_id(rng: random.Random, shape: str) -> str:
    """The posting id as the source system writes it."""
    if shape == "greenhouse":
        return str(rng.randint(4_000_000, 7_999_999))
    if shape == "lever":
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))
    if shape == "workday":
        return rng.choice(["R-", "JR", "REQ-"]) + f"{rng.randint(10000, 99999):05d}"
    return str(rng.randint(10000, 999999))


def build_job(rng: random.Random, cluster: str, shape: str, company: Company) -> Job:
    """A fresh, unique posting for ``company`` in page shape ``shape``."""
    fam = FAMILIES[rng.choice(company.families)]
    title, level, years, employment = make_title(rng, fam, shape)
    cities = [c for c in company.cities if c != "remote"]
    city: City | None = CITIES[rng.choice(cities)]
    remote_country: str | None = None
    r = rng.random()
    if fam.key in {"healthcare", "logistics"}:
        mode = "onsite" if r < 0.5 else None
    elif ("remote" in company.cities and r < 0.45) or r < 0.15:
        mode, remote_country = "remote", CITIES[cities[0]].country
        city = None
        if rng.random() < 0.25:
            remote_country = None
    else:
        mode = rng.choice(["hybrid", "hybrid", "onsite", None, None, None])
    name = rng.choice(company.names)
    country = city.country if city else remote_country
    pay = make_pay(rng, fam, level, country, employment, title) if rng.random() < 0.72 else None
    core = rng.sample(fam.core, min(len(fam.core), rng.randint(2, 4)))
    extra = [s for s in fam.extra if s not in core]
    nice_skills = rng.sample(extra, rng.randint(0, min(2, len(extra))))
    reqs = [r.format(years=max(years, 1)) for r in fam.req]
    req = reqs[:1] + skill_bullets(rng, fam, core) + reqs[1:]
    nice = [rng.choice(SKILL_NICE).format(a=f"[[{s}]]") for s in nice_skills]
    intro = INTRO_TEMPLATES[rng.randrange(4)].format(
        a_title=_article(title),
        dept=fam.department.lower(),
        goal=fam.goal,
        name=name,
    )
    job = Job(
        cluster=cluster,
        shape=shape,
        company=company,
        company_name=name,
        family=fam,
        title=title,
        employment=employment,
        city=city,
        mode=mode,
        remote_country=remote_country,
        pay=pay,
        aliases=tuple((s, rng.choice(SKILLS[s])) for s in core + nice_skills),
        about=about_text(company, name, rng.randrange(3)),
        intro=intro,
        resp=tuple(rng.sample(fam.resp, rng.randint(4, len(fam.resp)))),
        req=tuple(req),
        nice=tuple(nice),
        benefits=benefits(rng, country),
        eeo=rng.random() < 0.45,
        headers=rng.randrange(4),
        about_last=rng.random() < 0.3,
        loc_style=rng.randrange(1000),
        say_employment=rng.random() < 0.5,
        ext_id=external_id(rng, shape),
        posted=SCRAPED_ON - timedelta(days=rng.randint(3, 80)),
        fmt=rng.randrange(2),
        team=TEAM_TEMPLATES[rng.randrange(4)].format(n=rng.randint(4, 30), dept=fam.department.lower())
        if rng.random() < 0.6
        else "",
        first90=tuple(rng.sample(FIRST_90, rng.randint(3, 4))) if rng.random() < 0.35 else (),
        process=PROCESS[: rng.randint(3, 5)] if rng.random() < 0.4 else (),
        values=tuple(rng.sample(VALUES, rng.randint(4, 6))) if rng.random() < 0.3 else (),
    )
    return pad(job)


def pad(job: Job) -> Job:
    """Add the optional sections until the description has at least ~180 words."""
    if job.words() < 180 and not job.team:
        job = replace(
            job, team=TEAM_TEMPLATES[job.loc_style % 4].format(n=8, dept=job.family.department.lower())
        )
    if job.words() < 180 and not job.process:
        job = replace(job, process=PROCESS[:4])
    if job.words() < 180 and not job.first90:
        job = replace(job, first90=FIRST_90[:3])
    return job


def near_duplicate(rng: random.Random, job: Job) -> tuple[Job, list[str]]:
    """The same posting re-published with small edits; returns the job and what changed."""
    edits = rng.sample(["sentence", "salary", "format"], rng.randint(1, 2))
    if "salary" in edits and job.pay is None:
        edits.remove("salary")
        edits.append("sentence") if "sentence" not in edits else None
    new = replace(job, posted=job.posted + timedelta(days=rng.randint(7, 20)))
    if "sentence" in edits:
        unused = [r for r in job.family.resp if r not in job.resp]
        if unused and rng.random() < 0.6:
            resp = list(job.resp)
            resp[rng.randrange(len(resp))] = rng.choice(unused)
            new = replace(new, resp=tuple(resp))
        else:
            extra = rng.choice(
                [
                    " We offer relocation support for the right candidate.",
                    " Applications are reviewed on a rolling basis.",
                    " Please include a short note about why this role interests you.",
                ]
            )
            new = replace(new, intro=job.intro + extra)
    if "salary" in edits and job.pay is not None:
        new = replace(new, pay=bump(job.pay))
    if "format" in edits:
        req = list(job.req)
        i = rng.randrange(len(req) - 1)
        req[i], req[i + 1] = req[i + 1], req[i]
        new = replace(new, req=tuple(req), fmt=2 if job.fmt != 2 else 1)
    if rng.random() < 0.7:
        new = replace(new, ext_id=external_id(rng, job.shape), url="")
    return new, edits


def _alt_title(title: str) -> str:
    if title.startswith("Senior "):
        return "Sr. " + title[7:]
    if title.startswith("Sr. "):
        return "Senior " + title[4:]
    if ", " in title:
        head, tail = title.split(", ", 1)
        return f"{head} - {tail}"
    if " - " in title:
        head, tail = title.split(" - ", 1)
        return f"{head} ({tail})"
    return title


def semantic_duplicate(rng: random.Random, job: Job, shape: str) -> Job:
    """The same job re-published through another channel, reworded."""
    company = job.company
    names = [n for n in company.names if n != job.company_name] or [job.company_name]
    name = rng.choice(names)
    resp = [paraphrase(r) for r in job.resp]
    resp.pop(rng.randrange(len(resp)))
    rng.shuffle(resp)
    req = [paraphrase(r) for r in job.req]
    rng.shuffle(req)
    bens = [paraphrase(b) for b in job.benefits][:-1]
    aliases = tuple(
        (s, rng.choice([a for a in SKILLS[s] if a != alias] or [alias])) for s, alias in job.aliases
    )
    pay = job.pay
    if pay is not None:
        pay = None if rng.random() < 0.2 else replace(pay, style=pay.style + 1)
    intro_idx = next(i for i, t in enumerate(INTRO_TEMPLATES) if t.split()[0] != job.intro.split()[0])
    fam = job.family
    intro = INTRO_TEMPLATES[intro_idx].format(
        a_title=_article(_alt_title(job.title)),
        dept=fam.department.lower(),
        goal=fam.goal,
        name=name,
    )
    employment = job.employment
    if shape == "workday" and employment not in {"full_time", "part_time"}:
        employment = "full_time"
    return pad(
        replace(
            job,
            shape=shape,
            company_name=name,
            title=_alt_title(job.title),
            about=paraphrase(about_text(company, name, rng.randrange(3))),
            intro=paraphrase(intro),
            resp=tuple(resp),
            req=tuple(req),
            nice=tuple(paraphrase(n) for n in job.nice),
            benefits=tuple(bens),
            aliases=aliases,
            team=paraphrase(job.team),
            first90=tuple(map(paraphrase, job.first90)),
            process=tuple(map(paraphrase, job.process)),
            values=tuple(map(paraphrase, job.values)),
            pay=pay,
            headers=(job.headers + 1 + rng.randrange(3)) % 4,
            about_last=not job.about_last,
            loc_style=job.loc_style + 1,
            ext_id=external_id(rng, shape),
            employment=employment,
            posted=job.posted + timedelta(days=rng.randint(-3, 3)),
            fmt=rng.randrange(2),
            url="",
            eeo=rng.random() < 0.5,
        )
    )


BOARDS = (
    "www.hireloop.com",
    "jobs.talentharbor.io",
    "www.remotestack.io",
    "www.worknest.co.uk",
    "www.careerpilot.ca",
    "www.jobbridge.de",
)
MICRODATA_BOARDS = ("www.medjobsnetwork.com", "www.freightjobs.net", "www.localjobfinder.com")


def slugify(text: str) -> str:
    """URL slug."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def make_url(rng: random.Random, job: Job) -> str:
    """Where the page was scraped from."""
    c, slug = job.company, slugify(job.title)
    hosted = {
        "greenhouse": f"https://boards.greenhouse.io/{c.slug}/jobs/{job.ext_id}",
        "lever": f"https://jobs.lever.co/{c.slug}/{job.ext_id}",
    }
    if job.shape in hosted:
        return hosted[job.shape]
    if job.shape == "workday":
        site = ["External", f"{c.slug.capitalize()}Careers", "Careers"][len(c.slug) % 3]
        where = slugify(city_text(job.city, 0) if job.city else "Remote").title()
        return f"https://{c.slug}.wd5.myworkdayjobs.com/en-US/{site}/job/{where}/{slug.title()}_{job.ext_id}"
    if job.shape == "jsonld":
        if rng.random() < 0.5:
            return f"https://careers.{c.domain}/jobs/{job.ext_id}-{slug}"
        return f"https://{rng.choice(BOARDS)}/job/{slug}-{job.ext_id}"
    if job.shape == "microdata" and rng.random() < 0.5:
        return f"https://{rng.choice(MICRODATA_BOARDS)}/jobs/view/{job.ext_id}"
    return rng.choice(
        [f"https://www.{c.domain}/careers/{slug}", f"https://{c.domain}/jobs/{job.ext_id}/{slug}"]
    )


# --------------------------------------------------------------------------------------------------
# Page shapes
# --------------------------------------------------------------------------------------------------

esc = html.escape
COMMITMENT = {
    "full_time": "Full-time",
    "part_time": "Part-time",
    "contract": "Contract",
    "temporary": "Temporary",
    "internship": "Intern",
}
SCHEMA_EMPLOYMENT = {
    "full_time": "FULL_TIME",
    "part_time": "PART_TIME",
    "contract": "CONTRACTOR",
    "temporary": "TEMPORARY",
    "internship": "INTERN",
}
WORKPLACE = {"remote": "Remote", "hybrid": "Hybrid", "onsite": "On-site"}


def desc_html(job: Job, header: str = "h3", strong: bool = False, indent: str = "") -> str:
    """The description as HTML, headers as ``<header>`` or as bold paragraphs."""
    parts: list[str] = []
    for head, body in job.sections():
        if head:
            parts.append(
                f"<p><strong>{esc(head)}</strong></p>" if strong else f"<{header}>{esc(head)}</{header}>"
            )
        if isinstance(body, str):
            parts.append(f"<p>{esc(body)}</p>")
        else:
            items = "".join(f"\n{indent}  <li>{esc(x)}</li>" for x in body)
            parts.append(f"<ul>{items}\n{indent}</ul>")
    return "\n".join(indent + p for p in parts)


def salary_sentence(job: Job) -> str:
    """A paragraph stating the salary in running text ('' when the job has none)."""
    if job.pay is None:
        return ""
    text = esc(salary_text(job.pay))
    return [
        f"<p><strong>Salary:</strong> {text}</p>",
        f"<p>The pay range for this role is {text}, depending on experience.</p>",
        f"<p><strong>Compensation:</strong> {text}</p>",
    ][job.pay.style % 3]


def reformat(page: str, fmt: int) -> str:
    """Whitespace variants: as written, indentation stripped, or extra blank lines."""
    if fmt == 1:
        return re.sub(r"\n[ \t]+", "\n", page)
    if fmt == 2:
        return re.sub(r"(</(?:p|ul|h[1-4]|div)>)\n", r"\1\n\n", page).replace("<li>", "<li> ")
    return page


def render_greenhouse(job: Job) -> str:
    """A classic boards.greenhouse.io job page."""
    t, co, c = esc(job.title), esc(job.company_name), job.company
    desc = desc_html(job, strong=True, indent="          ")
    pay_block = ""
    p = job.pay
    if (
        p is not None
        and p.style % 2 == 0
        and p.currency in {"USD", "CAD", "GBP", "EUR"}
        and p.period in {"year", "hour"}
    ):
        sym = CURRENCY_SYMBOL[p.currency]
        caption = "Annual Base Salary Range" if p.period == "year" else "Hourly Pay Range"
        pay_block = f"""
          <div class="content-pay-transparency">
            <div class="pay-input">
              <div class="description"><p>The range below reflects the base pay we expect to offer. Final offers depend on experience and location.</p></div>
              <div class="title">{caption}</div>
              <div class="pay-range"><span>{sym}{_n(p.minimum)}</span><span class="divider">&mdash;</span><span>{sym}{_n(p.maximum)} {p.currency}</span></div>
            </div>
          </div>"""  # noqa: E501 - HTML template
    elif p is not None:
        desc += "\n          " + salary_sentence(job)
    return f"""<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <title>Job Application for {t} at {co}</title>
    <meta name="viewport" content="width=device-width">
    <meta property="og:title" content="{t}">
    <meta property="og:description" content="Come join our team!">
    <meta property="og:image" content="https://s3-recruiting.cdn.greenhouse.io/external_greenhouse_job_boards/logos/{c.slug}.png">
    <link rel="stylesheet" media="all" href="https://boards.cdn.greenhouse.io/assets/application-4f1c2b9e.css">
  </head>
  <body>
    <div id="wrapper">
      <div id="main">
        <div id="flash-wrapper"><div id="flash_pending"></div></div>
        <div id="app_body">
          <div id="header">
            <div id="logo"><a href="https://www.{c.domain}"><img alt="{co} Logo" src="https://s3-recruiting.cdn.greenhouse.io/external_greenhouse_job_boards/logos/{c.slug}.png"></a></div>
            <h1 class="app-title">{t}</h1>
            <div class="company-name">
              at {co}
            </div>
            <div class="location">
              {esc(location_text(job))}
            </div>
          </div>
          <div id="content">
{desc}{pay_block}
          </div>
          <div id="application">
            <form id="application_form" action="/{c.slug}/jobs/{job.ext_id}" method="post" enctype="multipart/form-data">
              <h2 class="heading">Apply for this Job</h2>
              <div class="field"><label for="first_name">First Name <span class="asterisk">*</span></label><input type="text" id="first_name" name="job_application[first_name]"></div>
              <div class="field"><label for="last_name">Last Name <span class="asterisk">*</span></label><input type="text" id="last_name" name="job_application[last_name]"></div>
              <div class="field"><label for="email">Email <span class="asterisk">*</span></label><input type="text" id="email" name="job_application[email]"></div>
              <div class="field"><label for="phone">Phone</label><input type="text" id="phone" name="job_application[phone]"></div>
              <div class="field"><label>Resume/CV <span class="asterisk">*</span></label><button type="button" data-source="attach">Attach</button></div>
              <div class="field"><label for="linkedin">LinkedIn Profile</label><input type="text" id="linkedin" name="job_application[answers_attributes][0][text_value]"></div>
              <input type="submit" id="submit_app" value="Submit Application">
            </form>
          </div>
        </div>
      </div>
      <div id="footer"><p>Powered by <a href="https://www.greenhouse.io/">Greenhouse</a> &middot; <a href="https://www.greenhouse.io/privacy-policy">Privacy Policy</a></p></div>
    </div>
  </body>
</html>
"""  # noqa: E501 - HTML/Markdown template


def render_lever(job: Job) -> str:
    """A jobs.lever.co posting page."""
    t, co, c = esc(job.title), esc(job.company_name), job.company
    sections = job.sections()
    lead = [(h, b) for h, b in sections if isinstance(b, str) and h != ""][:2]
    opening = "".join(f"<div><b>{esc(h)}</b></div><div>{esc(b)}</div><br>" for h, b in lead)
    blocks = []
    for head, body in sections:
        if (head, body) in lead:
            continue
        if isinstance(body, str):
            blocks.append(
                f'      <div class="section page-centered"><h3>{esc(head)}</h3><div>{esc(body)}</div></div>'
                if head
                else f'      <div class="section page-centered" data-qa="closing-description">'
                f"<div>{esc(body)}</div></div>"
            )
        else:
            items = "".join(f"<li>{esc(x)}</li>" for x in body)
            blocks.append(
                f'      <div class="section page-centered">\n        <h3>{esc(head)}</h3>\n'
                f'        <ul class="posting-requirements plain-list">{items}</ul>\n      </div>'
            )
    if job.pay is not None:
        blocks.append(
            f'      <div class="section page-centered" data-qa="salary-range"><h4>'
            f"{['Salary Range', 'Compensation'][job.pay.style % 2]}</h4>"
            f'<div class="salary-range">{esc(salary_text(job.pay))}</div></div>'
        )
    body = "\n".join(blocks)
    wt = ""
    if job.mode is not None:
        wt = (
            '\n              <div class="sort-by-time posting-category medium-category-label'
            f' capitalize-labels workplaceTypes">{WORKPLACE[job.mode]}</div>'
        )
    logo = uuid.uuid5(uuid.NAMESPACE_DNS, c.domain)
    return f"""<!DOCTYPE html>
<html>
<head>
  <meta charset="utf-8">
  <title>{co} - {t}</title>
  <meta name="twitter:title" content="{co} - {t}">
  <meta property="og:title" content="{co} - {t}">
  <meta property="og:description" content="{esc(job.about[:150])}">
  <meta property="og:url" content="{esc(job.url)}">
  <link rel="stylesheet" href="https://jobs.lever.co/css/posting.css">
</head>
<body>
<div class="page show">
  <div class="main-header page-full-width section-wrapper">
    <div class="main-header-content page-centered narrow-section page-full-width">
      <a href="https://jobs.lever.co/{c.slug}" class="main-header-logo"><img alt="{co} logo" src="https://lever-client-logos.s3.us-west-2.amazonaws.com/{logo}.png"></a>
    </div>
  </div>
  <div class="content-wrapper posting-page">
    <div class="content">
      <div class="section-wrapper accent-section page-full-width">
        <div class="section page-centered posting-header">
          <div class="posting-headline">
            <h2>{t}</h2>
            <div class="posting-categories">
              <div class="sort-by-time posting-category medium-category-label width-auto capitalize-labels location">{esc(location_text(job, badge=False))}</div>
              <div class="sort-by-team posting-category medium-category-label capitalize-labels department">{esc(job.family.department)}</div>
              <div class="sort-by-commitment posting-category medium-category-label capitalize-labels commitment">{COMMITMENT[job.employment]}</div>{wt}
            </div>
          </div>
          <div class="postings-btn-wrapper"><a class="postings-btn template-btn-submit hex-color" href="{esc(job.url)}/apply">Apply for this job</a></div>
        </div>
      </div>
      <div class="section-wrapper page-full-width">
        <div class="section page-centered" data-qa="job-description">{opening}</div>
{body}
        <div class="section page-centered last-section-apply"><a class="postings-btn template-btn-submit hex-color" href="{esc(job.url)}/apply">Apply for this job</a></div>
      </div>
    </div>
  </div>
  <div class="main-footer page-full-width">
    <div class="main-footer-text page-centered">
      <p><a href="https://www.{c.domain}">{co} Home Page</a></p>
      <p><a class="image-link" href="https://www.lever.co/job-seeker-support/">Jobs powered by <img alt="Lever logo" src="/img/lever-logo-full.svg"></a></p>
    </div>
  </div>
</div>
</body>
</html>
"""  # noqa: E501 - HTML/Markdown template


def _posted_ago(posted: date) -> str:
    days = (SCRAPED_ON - posted).days
    if days <= 0:
        return "Posted Today"
    if days == 1:
        return "Posted Yesterday"
    return "Posted 30+ Days Ago" if days > 30 else f"Posted {days} Days Ago"


def _dl(automation_id: str, term: str, value: str) -> str:
    return (
        f'<div data-automation-id="{automation_id}"><dl><dt class="css-y8qsrx">{term}</dt>'
        f'<dd class="css-129m7dg">{esc(value)}</dd></dl></div>'
    )


def render_workday(job: Job) -> str:
    """A rendered <company>.wd5.myworkdayjobs.com job page."""
    t, co, c = esc(job.title), esc(job.company_name), job.company
    desc = desc_html(job, strong=True)
    if job.pay is not None:
        desc += "\n" + salary_sentence(job)
    fields = [_dl("locations", "locations", location_text(job, badge=False, workday=True))]
    if job.mode in {"remote", "hybrid"}:
        fields.append(_dl("remoteType", "remote type", WORKPLACE[job.mode or ""]))
    fields.append(_dl("time", "time type", "Full time" if job.employment == "full_time" else "Part time"))
    fields.append(_dl("postedOn", "posted on", _posted_ago(job.posted)))
    fields.append(_dl("requisitionId", "job requisition id", job.ext_id))
    meta = "\n        ".join(fields)
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{t}</title>
<meta name="robots" content="index,follow">
<meta property="og:title" content="{t}">
<meta property="og:description" content="{esc(job.about[:160])}">
<meta property="og:image" content="https://{c.slug}.wd5.myworkdayjobs.com/assets/logo">
<link rel="canonical" href="{esc(job.url)}">
</head>
<body>
<div id="root">
  <div class="css-1q2dra3" data-automation-id="jobPostingPage">
    <header data-automation-id="header"><img data-automation-id="logo" alt="{co}" src="https://{c.slug}.wd5.myworkdayjobs.com/assets/logo"></header>
    <div class="css-11p01j8">
      <div data-automation-id="jobPostingHeaderContainer"><h2 class="css-1fj0z6v" data-automation-id="jobPostingHeader">{t}</h2></div>
      <div class="css-k008qs" data-automation-id="applyAdventureButton"><a role="button" data-uxi-element-id="Apply_adventureButton" href="{esc(job.url)}/apply">Apply</a></div>
      <div class="css-cygeeu">
        {meta}
      </div>
      <div class="css-oa138a" data-automation-id="jobPostingDescription">
{desc}
      </div>
    </div>
  </div>
  <footer data-automation-id="footer"><span>&copy; 2025 Workday, Inc. All rights reserved.</span> <a href="/privacy">Privacy</a></footer>
</div>
</body>
</html>
"""  # noqa: E501 - HTML/Markdown template


def jsonld(job: Job) -> str:
    """The schema.org JobPosting JSON-LD block."""
    c = job.company
    description = desc_html(job, header="h2")
    if job.pay is not None:
        description += "\n" + salary_sentence(job)
    posting: dict[str, Any] = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": job.title,
        "description": esc(description) if job.loc_style % 5 == 0 else description,
        "identifier": {"@type": "PropertyValue", "name": job.company_name, "value": job.ext_id},
        "datePosted": job.posted.isoformat(),
        "validThrough": f"{(job.posted + timedelta(days=45)).isoformat()}T23:59:59",
        "employmentType": SCHEMA_EMPLOYMENT[job.employment],
        "hiringOrganization": {
            "@type": "Organization",
            "name": job.company_name,
            "sameAs": f"https://www.{c.domain}",
            "logo": f"https://www.{c.domain}/logo.png",
        },
    }
    if job.city is not None:
        posting["jobLocation"] = {
            "@type": "Place",
            "address": {
                "@type": "PostalAddress",
                "addressLocality": job.city.name,
                "addressRegion": job.city.region or job.city.region_name or job.city.name,
                "addressCountry": job.city.country if job.loc_style % 2 else job.city.country_name,
            },
        }
    if job.mode == "remote":
        posting["jobLocationType"] = "TELECOMMUTE"
        if job.remote_country:
            posting["applicantLocationRequirements"] = {
                "@type": "Country",
                "name": COUNTRY_NAME[job.remote_country],
            }
    if job.pay is not None:
        p = job.pay
        value: dict[str, Any] = {"@type": "QuantitativeValue", "unitText": UNIT_TEXT[p.period]}
        if p.minimum == p.maximum:
            value["value"] = _num(p.minimum)
        else:
            value |= {"minValue": _num(p.minimum), "maxValue": _num(p.maximum)}
        posting["baseSalary"] = {"@type": "MonetaryAmount", "currency": p.currency, "value": value}
    wrapped: Any = posting
    if job.loc_style % 3 == 1:
        crumbs = {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": 1,
                    "name": "Jobs",
                    "item": f"https://{urlsplit(job.url).netloc}/jobs",
                },
                {"@type": "ListItem", "position": 2, "name": job.title},
            ],
        }
        wrapped = [crumbs, posting]
    elif job.loc_style % 3 == 2:
        del posting["@context"]
        wrapped = {
            "@context": "https://schema.org",
            "@graph": [{"@type": "WebPage", "@id": job.url, "url": job.url, "name": job.title}, posting],
        }
    return json.dumps(wrapped, indent=2, ensure_ascii=False).replace("</", "<\\/")


def render_jsonld(job: Job) -> str:
    """A job-board or careers-site page carrying JSON-LD plus the visible posting."""
    t, co, c = esc(job.title), esc(job.company_name), job.company
    host = urlsplit(job.url).netloc
    site = f"{co} Careers" if host.startswith("careers.") else host.removeprefix("www.").removeprefix("jobs.")
    salary = f'\n      <li class="salary">{esc(salary_text(job.pay))}</li>' if job.pay else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{t} at {co} | {esc(site)}</title>
  <meta property="og:title" content="{t} - {co}">
  <meta property="og:site_name" content="{esc(site)}">
  <link rel="canonical" href="{esc(job.url)}">
  <script type="application/ld+json">
{jsonld(job)}
  </script>
</head>
<body>
  <header class="site-header"><a class="brand" href="/">{esc(site)}</a>
    <nav><a href="/jobs">Find jobs</a> <a href="/companies">Companies</a> <a href="/employers">Post a job</a></nav>
  </header>
  <main class="job-page">
    <nav class="breadcrumbs"><a href="/jobs">Jobs</a> &rsaquo; <a href="/jobs/{slugify(job.family.department)}">{esc(job.family.department)}</a></nav>
    <h1 class="job-title">{t}</h1>
    <ul class="job-meta">
      <li class="company"><a href="/companies/{c.slug}">{co}</a></li>
      <li class="location">{esc(location_text(job))}</li>
      <li class="employment-type">{COMMITMENT[job.employment]}</li>{salary}
      <li class="posted">Posted {job.posted.strftime("%b %d, %Y")}</li>
    </ul>
    <section class="job-description">
{desc_html(job, header="h2", indent="      ")}
    </section>
    <a class="btn btn-apply" href="{esc(job.url)}/apply" rel="nofollow">Apply now</a>
  </main>
  <footer class="site-footer"><p>&copy; 2025 {esc(site)}. All rights reserved.</p></footer>
</body>
</html>
"""  # noqa: E501 - HTML/Markdown template


def render_generic(job: Job) -> str:
    """A company careers page: h1, Open Graph tags and a description div with the salary in the text."""
    t, co, c = esc(job.title), esc(job.company_name), job.company
    desc = desc_html(job, header="h2", indent="      ")
    if job.pay is not None:
        desc += "\n      " + salary_sentence(job)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{t} | Careers at {co}</title>
  <meta name="description" content="{esc(job.intro[:155])}">
  <meta property="og:type" content="website">
  <meta property="og:title" content="{t}">
  <meta property="og:site_name" content="{co} Careers">
  <link rel="stylesheet" href="/assets/site.css">
</head>
<body class="page-careers">
  <header><div class="container"><a href="/" class="logo">{co}</a>
    <nav><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/contact">Contact</a></nav></div>
  </header>
  <div class="container">
    <a href="/careers" class="back-link">&larr; All open positions</a>
    <article class="job-posting">
      <h1>{t}</h1>
      <p class="job-summary"><span class="job-location">{esc(location_text(job))}</span> &middot; <span class="job-dept">{esc(job.family.department)}</span></p>
      <div class="job-description">
{desc}
      </div>
      <p><a class="button" href="mailto:jobs@{c.domain}?subject={slugify(job.title)}">Apply for this position</a></p>
    </article>
  </div>
  <footer><div class="container">&copy; 2025 {co}. All rights reserved.</div></footer>
</body>
</html>
"""  # noqa: E501 - HTML/Markdown template


def render_microdata(job: Job) -> str:
    """A careers page marked up with schema.org JobPosting microdata."""
    t, co, c = esc(job.title), esc(job.company_name), job.company
    loc = ""
    if job.city is not None:
        region = job.city.region or job.city.region_name or ""
        loc = (
            f'<span itemprop="jobLocation" itemscope itemtype="http://schema.org/Place">'
            f'<span itemprop="address" itemscope itemtype="http://schema.org/PostalAddress">'
            f'<span itemprop="addressLocality">{esc(job.city.name)}</span>, '
            f'<span itemprop="addressRegion">{esc(region)}</span> '
            f'<meta itemprop="addressCountry" content="{job.city.country}"></span></span>'
        )
        if job.mode == "hybrid":
            loc += " (Hybrid)"
    else:
        loc = f'<meta itemprop="jobLocationType" content="TELECOMMUTE">{esc(location_text(job))}'
    salary = ""
    if job.pay is not None:
        p = job.pay
        values = (
            f'<meta itemprop="value" content="{_num(p.minimum)}">'
            if p.minimum == p.maximum
            else f'<meta itemprop="minValue" content="{_num(p.minimum)}">'
            f'<meta itemprop="maxValue" content="{_num(p.maximum)}">'
        )
        salary = (
            f'\n      <p class="salary" itemprop="baseSalary" itemscope itemtype="http://schema.org/MonetaryAmount">'
            f'<meta itemprop="currency" content="{p.currency}"><span itemprop="value" itemscope '
            f'itemtype="http://schema.org/QuantitativeValue">{values}<meta itemprop="unitText" '
            f'content="{UNIT_TEXT[p.period]}">Salary: {esc(salary_text(p))}</span></p>'
        )
    host = urlsplit(job.url).netloc
    site = host.removeprefix("www.") if host.endswith(MICRODATA_BOARDS) else f"{co} Careers"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{t} - {co}</title>
  <meta property="og:title" content="{t}">
  <meta property="og:site_name" content="{esc(site)}">
</head>
<body>
  <div id="page">
    <div class="job-detail" itemscope itemtype="http://schema.org/JobPosting">
      <h1 itemprop="title">{t}</h1>
      <div class="company" itemprop="hiringOrganization" itemscope itemtype="http://schema.org/Organization"><span itemprop="name">{co}</span><link itemprop="sameAs" href="https://www.{c.domain}"></div>
      <div class="location">{loc}</div>
      <div class="type"><span itemprop="employmentType">{COMMITMENT[job.employment]}</span> &middot; Posted <time itemprop="datePosted" datetime="{job.posted.isoformat()}">{job.posted.strftime("%d %B %Y")}</time></div>{salary}
      <div class="description" itemprop="description">
{desc_html(job, header="h3", indent="        ")}
      </div>
      <a class="apply" href="{esc(job.url)}#apply">Apply</a>
    </div>
  </div>
</body>
</html>
"""  # noqa: E501 - HTML/Markdown template


RENDERERS = {
    "greenhouse": render_greenhouse,
    "lever": render_lever,
    "workday": render_workday,
    "jsonld": render_jsonld,
    "generic": render_generic,
    "microdata": render_microdata,
}


def render(job: Job) -> str:
    """The page for ``job`` in its shape and whitespace variant."""
    return reformat(RENDERERS[job.shape](job), job.fmt)


# --------------------------------------------------------------------------------------------------
# Spam and scams
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scam:
    """A scam/spam posting template; ``{contact}``, ``{amount}`` and ``{company}`` are filled per page."""

    title: str
    company: str
    sections: tuple[Section, ...]
    pay: tuple[float, float, str, str] | None
    city: str | None = None
    remote_country: str | None = "US"
    mode: str | None = "remote"
    label_company: str | None = None


def _scam(title: str, company: str, text: str, pay: tuple[float, float, str, str] | None, **kw: Any) -> Scam:
    """Parse ``text``: blocks separated by blank lines; '# ' starts a header, '- ' lines are bullets."""
    sections: list[Section] = []
    for block in text.strip().split("\n\n"):
        lines = block.strip().splitlines()
        head = lines.pop(0)[2:] if lines[0].startswith("# ") else ""
        if lines and lines[0].startswith("- "):
            sections.append((head, tuple(x[2:] for x in lines)))
        else:
            sections.append((head, " ".join(lines)))
    return Scam(title, company, tuple(sections), pay, **kw)


SCAMS: list[Scam] = [
    _scam(
        "Work From Home Data Entry Clerk - ${amount}/hr, No Experience Needed!!!",
        "{company}",
        """
Are you looking for a flexible job you can do from the comfort of your home? We are URGENTLY hiring 50 data
entry clerks! No experience needed, no interview required. Full training is provided and you can start
TODAY.

# What we offer
- Earn ${amount} per hour, paid weekly
- Work only 2-3 hours a day on your own schedule
- All you need is a phone or laptop and an internet connection
- Must be 18+ and able to read English

# How to apply
Message our hiring manager Mrs. Janet Collins on Telegram: {contact}. Send your full name, home address and
phone number. Positions are filling fast, don't miss out!!""",
        (45, 45, "USD", "hour"),
    ),
    _scam(
        "Earn ${amount}/Week From Home - No Experience Required",
        "{company}",
        """
Tired of your 9-5? Our proven system has helped thousands of ordinary people earn ${amount} every week
working just a few hours a day from home. No experience, no degree, no boss!

- Guaranteed weekly income of ${amount} or more
- Work from anywhere in the world
- Step-by-step training videos included
- Limited spots available - only 12 positions left!

Click the link below and register now with a one-time activation fee of $97 to unlock your personal income
dashboard. 100% money-back guarantee! Questions? WhatsApp {contact}.""",
        (5000, 5000, "USD", "week"),
        remote_country=None,
    ),
    _scam(
        "Crypto Trading Assistant (Remote, Part-Time)",
        "BitNova Capital",
        """
BitNova Capital is expanding its global trading desk and needs part-time assistants to help execute trades
on our platform. You do not need any trading experience: our analysts send you signals every day and you
simply follow the instructions.

# Benefits
- Daily commission of 30% on every completed task
- Tasks take 30-60 minutes per day
- Payouts in USDT straight to your crypto wallet
- Bonus of $500 after your first week

To activate your trading account you must make an initial deposit of at least 100 USDT, which is fully
refunded with your first payout. Contact our team on WhatsApp at {contact} to get started.""",
        None,
        remote_country=None,
    ),
    _scam(
        "Brand Ambassador - Be Your Own Boss!",
        "Radiant Life Wellness",
        """
Join the Radiant Life family and start your own wellness business today! We are looking for motivated,
positive people who want financial freedom AND time freedom.

# Why Radiant Life?
- Unlimited income potential - our top ambassadors earn six figures
- Earn commissions on your sales and on the sales of everyone you recruit to your team
- Work from your phone, whenever you want
- Free trips, bonuses and a car program

Getting started is easy: purchase your Ambassador Starter Kit for just $199 and you're in business. DM me on
Instagram or WhatsApp {contact} for details!""",
        None,
    ),
    _scam(
        "Package Handling Coordinator (Work From Home)",
        "SwiftParcel Logistics Group",
        """
SwiftParcel Logistics Group is an international shipping company helping overseas customers buy products
from US stores. We are looking for reliable Package Handling Coordinators to receive parcels at their home
address.

# Responsibilities
- Receive packages at your home address
- Inspect the contents and take photos
- Replace the original shipping labels with the prepaid labels we email to you
- Ship packages out within 24 hours

# Compensation
$3,000 per month plus $30 for every package processed. No experience needed. Interviews are conducted by
email only. Please reply to {contact} with your full name, home address and date of birth.""",
        (3000, 3000, "USD", "month"),
    ),
    _scam(
        "Administrative Assistant (Remote)",
        "Pinecrest Financial",
        """
# About us
Pinecrest Financial is a leading financial services provider serving thousands of families and small
businesses. We are expanding our back-office team and are looking for a detail-oriented Administrative
Assistant to work remotely.

# Responsibilities
- Manage calendars and schedule meetings for senior staff
- Prepare documents and spreadsheets in Microsoft Excel
- Respond to emails and route customer inquiries
- Process incoming payments and update records

# Requirements
- High school diploma or equivalent
- Basic computer skills and a reliable internet connection
- Good written communication

# Compensation
$32/hr, paid weekly.

Selected candidates will complete an online interview via Telegram chat with our hiring manager. After
onboarding you will receive a check to purchase your home office equipment from our approved vendor. Please
send a copy of your driver's license and your bank details to {contact} to speed up the process.""",
        (32, 32, "USD", "hour"),
        label_company="Pinecrest Bank",
    ),
    _scam(
        "Mystery Shopper - Flexible Hours, Paid Weekly",
        "ShopRight Evaluation Services",
        """
Get paid to shop! We need mystery shoppers in your area to evaluate customer service at retail stores and
money transfer outlets.

- Earn $300-$500 per assignment
- Choose your own hours
- No experience required

For your first assignment you will receive a cashier's check for $2,450. Deposit it in your bank account,
keep $400 as your payment, and use the remaining funds to evaluate a money transfer service by sending the
balance to the recipient we provide. Email {contact} to receive your first assignment.""",
        None,
    ),
    _scam(
        "Payment Processing Agent - Part-Time, Remote",
        "EuroLink Trade Partners",
        """
EuroLink Trade Partners is an import/export company with clients across Europe. Because international
transfers take too long, we need local agents to receive payments from our customers and forward them to our
accounting department.

# Your tasks
- Receive payments from clients into your personal bank account
- Forward the funds via Western Union, MoneyGram or Bitcoin within 24 hours
- Keep 10% of every transaction as your commission
- Work only 1-2 hours a day

Requirements: a personal bank account, 18+ years old, honesty. Contact us: {contact}""",
        None,
        remote_country="GB",
    ),
    _scam(
        "Remote Customer Service Representative",
        "{company}",
        """
# About the role
{company} provides outsourced customer care for leading e-commerce brands. We are hiring remote Customer
Service Representatives to answer customer questions by chat and email.

# Responsibilities
- Respond to customer inquiries by chat and email
- Process returns, exchanges and order updates
- Escalate complex issues to a team lead

# Requirements
- Excellent written English
- A quiet place to work and a reliable computer
- Availability for at least 25 hours per week

# Pay
${amount} - $26 per hour.

# Onboarding
All new hires complete our certified training program. A one-time $89 fee covers your background check and
training materials and is fully refunded after your first paycheck. Payment can be made via Zelle, Cash App
or gift cards. Questions: {contact}""",
        (22, 26, "USD", "hour"),
    ),
    _scam(
        "Social Media Evaluator - Get Paid to Like Posts",
        "TrendBoost Media",
        """
Earn money simply by liking and following social media accounts! Each task takes seconds and pays $3-$30.
Many of our members make over $800 a day from their phone.

- No skills or experience needed
- Withdraw your earnings in USDT or via PayPal
- Upgrade to VIP level for $150 to unlock higher-paying tasks

Join our Telegram group {contact} and say "TASK" to receive your first 5 paid tasks for free.""",
        None,
        remote_country=None,
    ),
    _scam(
        "Financial Freedom Consultant - Forex Trading",
        "Prime Wealth Academy",
        """
Learn to trade forex and build passive income while helping others do the same. No finance background
needed!

- Earn up to 60% commission on every membership you sell
- Build a team and earn residual income from their sales
- Access our automated trading bot with a 97% win rate
- Become a Diamond Leader in 90 days

Membership is only $249/month. Text FREEDOM to {contact} on WhatsApp to book your free discovery call.""",
        None,
    ),
    _scam(
        "Junior Bookkeeper (Remote, Flexible Hours)",
        "Summit Ledger Partners",
        """
# About the job
Summit Ledger Partners is a growing accounting firm serving small businesses nationwide. We are looking for
a Junior Bookkeeper to reconcile accounts and prepare basic reports.

# Responsibilities
- Record daily transactions and reconcile bank statements
- Prepare monthly reports in Excel
- Communicate with clients about missing documents

# Requirements
- Basic knowledge of bookkeeping
- Attention to detail

Pay: $38/hr. To secure your position you must purchase a license for our accounting software ($149) through
our partner portal; the cost is reimbursed in your second paycheck. Contact our HR coordinator on WhatsApp
or at {contact}.""",
        (38, 38, "USD", "hour"),
    ),
    _scam(
        "Warehouse Order Picker - ${amount}/week, Start Tomorrow",
        "FastTrack Fulfillment Staffing",
        """
No experience! Start tomorrow! We are hiring 200 order pickers for a major fulfillment center. Earn
${amount} weekly plus free housing and meals.

- Weekly pay of ${amount}
- Free accommodation near the warehouse
- Overtime available every day

To reserve your spot, pay the $60 registration fee for your ID badge and safety gear via Cash App to
{contact}. Spots are limited!""",
        (2800, 2800, "USD", "week"),
        city="memphis",
        remote_country=None,
        mode=None,
    ),
    _scam(
        "Personal Assistant to CEO (Remote)",
        "{company}",
        """
I am a busy executive who travels abroad frequently and I need a trustworthy personal assistant to help with
errands, payments and scheduling while I am away.

- Pay: ${amount} per week
- Run errands and handle payments on my behalf
- Purchase gift cards for clients and send me the codes
- Flexible hours, only a few tasks per day

Contact me directly on WhatsApp at {contact}. Please include your full name, age and location.""",
        (650, 650, "USD", "week"),
    ),
]

# (template index, company, contact, amount) for each spam page
SCAM_PAGES: list[tuple[int, str, str, str]] = [
    (0, "Global Data Solutions", "@hr_janet_recruit", "45"),
    (0, "Apex Remote Staffing", "@apex_hiring_desk", "45"),
    (1, "Wealth Freedom Network", "+1 (302) 555-0148", "5,000"),
    (1, "Passive Income Pros", "+44 7700 900123", "5,000"),
    (2, "", "+1 (415) 555-0199", ""),
    (3, "", "+1 (786) 555-0110", ""),
    (4, "", "careers@swiftparcel-logistics.net", ""),
    (5, "", "pinecrest.hr.department@gmail.com", ""),
    (6, "", "assignments@shopright-eval.com", ""),
    (7, "", "agents@eurolinktrade.biz", ""),
    (8, "ClearPath Support Services", "hr@clearpath-support.co", "22"),
    (8, "BrightDesk Customer Care", "onboarding@brightdesk-care.com", "22"),
    (9, "", "t.me/trendboost_tasks", ""),
    (10, "", "+1 (305) 555-0177", ""),
    (11, "", "summitledger.hiring@outlook.com", ""),
    (12, "", "$FastTrackHR", "2,800"),
    (13, "Richard Holloway (Private Office)", "+1 (646) 555-0102", "650"),
]


def scam_job(
    rng: random.Random, cluster: str, shape: str, scam: Scam, company: str, contact: str, amount: str
) -> tuple[Job, str]:
    """A spam posting as a ``Job`` with custom sections; also returns the label's company name."""

    def fill(s: str) -> str:
        return s.replace("{company}", company).replace("{contact}", contact).replace("{amount}", amount)

    name = fill(scam.company)
    sections = tuple(
        (fill(h), fill(b) if isinstance(b, str) else tuple(map(fill, b))) for h, b in scam.sections
    )
    pay = None
    if scam.pay is not None:
        lo, hi, cur, period = scam.pay
        lo = float(amount.replace(",", "")) if amount and scam.pay[0] == scam.pay[1] else lo
        pay = Pay(lo, max(lo, hi) if scam.pay[0] != scam.pay[1] else lo, cur, period, rng.randrange(1000))
    domain = slugify(name).replace("-", "") + rng.choice([".net", ".com", ".co", ".biz"])
    comp = Company((name,), slugify(name), domain, "", "", (), ("ops",), "none", 2024, 10)
    job = Job(
        cluster=cluster,
        shape=shape,
        company=comp,
        company_name=name,
        family=FAMILIES["ops"],
        title=fill(scam.title),
        employment="part_time" if "Part-Time" in scam.title else "full_time",
        city=CITIES[scam.city] if scam.city else None,
        mode=scam.mode,
        remote_country=scam.remote_country,
        pay=pay,
        aliases=(),
        about="",
        intro=sections[0][1] if isinstance(sections[0][1], str) else "",
        resp=(),
        req=(),
        nice=(),
        benefits=(),
        eeo=False,
        headers=0,
        about_last=False,
        loc_style=rng.randrange(1000),
        say_employment=False,
        ext_id=external_id(rng, shape),
        posted=SCRAPED_ON - timedelta(days=rng.randint(1, 20)),
        fmt=rng.randrange(2),
        custom=sections,
    )
    return job, scam.label_company or name


# --------------------------------------------------------------------------------------------------
# Broken pages
# --------------------------------------------------------------------------------------------------

DUSSELDORF = City("dusseldorf", "D\u00fcsseldorf", None, "North Rhine-Westphalia", "DE", "Germany", "DEU")
MULLER = Company(
    ("M\u00fcller & S\u00f6hne Logistik", "M\u00fcller & S\u00f6hne Logistik GmbH"),
    "mueller-soehne",
    "mueller-soehne-logistik.de",
    "runs contract logistics for the Rhine-Ruhr region",
    "keep the region's shelves stocked",
    ("dusseldorf",),
    ("logistics",),
    "none",
    1962,
    850,
)
CAFE = Company(
    ("Caf\u00e9 M\u00e9lange", "Caf\u00e9 M\u00e9lange Ltd"),
    "cafe-melange",
    "cafemelange.co.uk",
    "runs three neighbourhood caf\u00e9s and a p\u00e2tisserie in north London",
    "serve honest food with a smile",
    ("london",),
    ("ops",),
    "none",
    2009,
    45,
)


def charset_jobs() -> list[tuple[Job, str, str]]:
    """Pages whose bytes do not match their declared charset: (job, python codec, declared charset)."""
    logistics, ops = FAMILIES["logistics"], FAMILIES["ops"]
    muller = Job(
        cluster="",
        shape="generic",
        company=MULLER,
        company_name=MULLER.names[1],
        family=logistics,
        title=f"Warehouse Team Lead {NDASH} D\u00fcsseldorf",
        employment="full_time",
        city=DUSSELDORF,
        mode="onsite",
        remote_country=None,
        pay=Pay(38000, 44000, "EUR", "year", 1),
        aliases=(("SAP", "SAP"),),
        about="M\u00fcller & S\u00f6hne Logistik has moved goods along the Rhine since 1962. Today our 850"
        " colleagues run six warehouses for retailers, pharma companies and automotive suppliers.",
        intro=f"We{RSQUO}re looking for a Warehouse Team Lead for our {LDQUO}Rhein-Ruhr{RDQUO} hub in"
        f" D\u00fcsseldorf. You{RSQUO}ll lead a team of 25 colleagues across two shifts and make sure"
        " every order leaves on time.",
        resp=logistics.resp,
        req=(*(r.format(years=3) for r in logistics.req[:3]), "Experience with [[SAP]] or a similar WMS"),
        nice=(),
        benefits=BENEFITS_BY_COUNTRY["EU"],
        eeo=False,
        headers=0,
        about_last=False,
        loc_style=0,
        say_employment=True,
        ext_id="48213",
        posted=SCRAPED_ON - timedelta(days=12),
        url="https://www.mueller-soehne-logistik.de/karriere/warehouse-team-lead-duesseldorf",
    )
    cafe = Job(
        cluster="",
        shape="microdata",
        company=CAFE,
        company_name=CAFE.names[1],
        family=ops,
        title="Caf\u00e9 Team Supervisor",
        employment="full_time",
        city=CITIES["london"],
        mode="onsite",
        remote_country=None,
        pay=Pay(28000, 28000, "GBP", "year", 0),
        aliases=(("Microsoft Excel", "Excel"),),
        about=about_text(CAFE, CAFE.names[0], 0),
        intro="We are looking for a Caf\u00e9 Team Supervisor to run the floor at our Islington caf\u00e9."
        " You will lead a small team of baristas and waiting staff, look after our regulars and keep the"
        " p\u00e2tisserie"
        " counter looking its best.",
        resp=(
            "Open and close the caf\u00e9 and run each shift smoothly",
            "Train and coach baristas and waiting staff",
            "Manage stock, orders and deliveries from our p\u00e2tisserie",
            "Handle cash-up and daily reports in [[Microsoft Excel]]",
            "Make sure food safety standards are met every day",
        ),
        req=(
            "2+ years of experience in a busy caf\u00e9 or restaurant",
            "Previous supervisory experience",
            "Level 2 Food Hygiene certificate",
            "A warm, calm manner with customers",
        ),
        nice=(),
        benefits=("28 days holiday", "Free meals on shift", "Staff discount", "Pension scheme"),
        eeo=False,
        headers=1,
        about_last=False,
        loc_style=0,
        say_employment=True,
        ext_id="2231",
        posted=SCRAPED_ON - timedelta(days=9),
        url="https://www.cafemelange.co.uk/jobs/cafe-team-supervisor",
    )
    zephyr = COMPANY_BY_SLUG["zephyr"]
    ds = FAMILIES["data_science"]
    zeph = Job(
        cluster="",
        shape="jsonld",
        company=zephyr,
        company_name=zephyr.names[0],
        family=ds,
        title=f"Senior Data Scientist {NDASH} Pricing",
        employment="full_time",
        city=CITIES["amsterdam"],
        mode="hybrid",
        remote_country=None,
        pay=Pay(75000, 90000, "EUR", "year", 0),
        aliases=(("Python", "Python"), ("SQL", "SQL"), ("Machine Learning", "ML")),
        about=about_text(zephyr, zephyr.names[0], 1),
        intro=f"Our pricing team is growing and we{RSQUO}re looking for a Senior Data Scientist who can"
        f" design the models behind our {LDQUO}dynamic fares{RDQUO}. You{RSQUO}ll move us beyond"
        " na\u00efve rules of thumb"
        f" {NDASH} and you{RSQUO}ll own the results.",
        resp=ds.resp,
        req=(
            "5+ years of experience in an analytical or data science role",
            "Strong proficiency in [[Python]] and [[SQL]]",
            "Experience shipping [[Machine Learning]] models for pricing or forecasting",
            "Strong foundation in statistics and experimental design",
        ),
        nice=(),
        benefits=BENEFITS_BY_COUNTRY["EU"],
        eeo=True,
        headers=2,
        about_last=False,
        loc_style=0,
        say_employment=False,
        ext_id="77120",
        posted=SCRAPED_ON - timedelta(days=5),
        url="https://careers.zephyrmobility.nl/jobs/77120-senior-data-scientist-pricing",
    )
    return [(muller, "cp1252", "utf-8"), (cafe, "latin-1", "utf-8"), (zeph, "utf-8", "windows-1252")]


@dataclass
class Page:
    """One output file: its label, its bytes and its correctly decoded text."""

    label: dict[str, Any]
    body: bytes
    text: str
    words: int = 0


class _Visible(HTMLParser):
    """Collects the text a browser would show (no script, style or head title)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"script", "style", "title"}:
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style", "title"} and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def visible_text(page: str) -> str:
    """The page's visible text."""
    parser = _Visible()
    parser.feed(page)
    parser.close()
    return " ".join(" ".join(parser.parts).split())


def detect_skills(text: str) -> list[str]:
    """Canonical names of the skills the text mentions, in ``SKILLS`` order."""
    found = {canonical for canonical, pattern in _SKILL_PATTERNS if pattern.search(text)}
    return [s for s in SKILLS if s in found]


def make_label(
    job: Job,
    kind: str | None,
    expect: str,
    *,
    spam: bool = False,
    broken: str | None = None,
    company: str | None = None,
) -> dict[str, Any]:
    """The label of a page rendered from ``job`` (``skills`` and ``file`` are filled in later)."""
    return {
        "file": "",
        "url": job.url,
        "source": urlsplit(job.url).netloc,
        "shape": job.shape,
        "company": company or job.company.canonical,
        "title": job.title,
        "cluster": job.cluster,
        "duplicate_kind": kind,
        "spam": spam,
        "broken": broken,
        "expect": expect,
        "salary": job.pay.label() if job.pay else None,
        "location": job.location_label(),
        "remote": job.mode,
        "skills": [],
    }


def page_of(job: Job, label: dict[str, Any], body: str | None = None, codec: str = "utf-8") -> Page:
    """Render (unless ``body`` is given), encode and detect skills."""
    text = render(job) if body is None else body
    label["skills"] = detect_skills(visible_text(text))
    missing = {s for s, _ in job.aliases} - set(label["skills"])
    if missing and label["broken"] != "truncated":
        raise ValueError(f"{job.url}: skills {sorted(missing)} not found on the page")
    return Page(label, text.encode(codec), text, job.words())


def exact_url(rng: random.Random, job: Job) -> str:
    """The URL a second scrape of the same page came from: the same, or with tracking parameters."""
    r = rng.randrange(3)
    if r == 0:
        return job.url
    params = {"greenhouse": "gh_src=8a2f1c0e1", "lever": "lever-source=LinkedIn", "workday": "source=Indeed"}
    extra = (
        params.get(job.shape, "ref=rss")
        if r == 1
        else "utm_source=linkedin&utm_medium=jobs&utm_campaign=feed"
    )
    return f"{job.url}{'&' if '?' in job.url else '?'}{extra}"


ATS = ("greenhouse", "lever", "workday")


def company_for(rng: random.Random, shape: str) -> Company:
    """A company that would publish a page of this shape."""
    return rng.choice([c for c in COMPANIES if c.ats == shape] if shape in ATS else COMPANIES)


def broken_pages(rng: random.Random) -> list[Page]:
    """Truncated, title-less, empty, not-a-job and mis-encoded pages."""
    pages: list[Page] = []
    n = 0

    def cluster() -> str:
        nonlocal n
        n += 1
        return f"broken-{n:02d}"

    def fresh(shape: str) -> Job:
        company = company_for(rng, shape)
        job = build_job(rng, cluster(), shape, company)
        city = job.city or CITIES[next(c for c in company.cities if c != "remote")]
        job = replace(job, pay=None, mode=None, remote_country=None, city=city)
        return replace(job, url=make_url(rng, job))

    markers = {
        "greenhouse": '<div id="content">',
        "lever": 'data-qa="job-description"',
        "jsonld": '<section class="job-description">',
    }
    for shape, marker in markers.items():
        job = fresh(shape)
        full = render(job)
        start = full.index(marker)
        cut = full[: start + (len(full) - start) // 3]
        label = make_label(job, None, "published", broken="truncated")
        page = page_of(job, label, cut)
        if shape == "jsonld":  # the JSON-LD in <head> survived, so the full description is still there
            label["skills"] = detect_skills(visible_text(full))
        pages.append(page)

    for shape in ("generic", "lever"):
        job = fresh(shape)
        body = re.sub(r'\n\s*<meta (?:property|name)="(?:og|twitter):title"[^>]*>', "", render(job))
        if shape == "generic":
            body = re.sub(r"\n\s*<title>.*?</title>", "", body)
            body = re.sub(r"\n\s*<h1>.*?</h1>", "", body)
        else:
            body = re.sub(r"<title>.*?</title>", "<title></title>", body)
            body = re.sub(r"<h2>.*?</h2>", "<h2></h2>", body, count=1)
        label = make_label(job, None, "dead_letter", broken="no title")
        label["title"] = None
        pages.append(page_of(job, label, body))

    lever_co = company_for(rng, "lever")
    wd_co = company_for(rng, "workday")
    empties = [
        (
            "lever",
            f"https://jobs.lever.co/{lever_co.slug}/{uuid.UUID(int=rng.getrandbits(128), version=4)}",
            "",
        ),
        (
            "workday",
            f"https://{wd_co.slug}.wd5.myworkdayjobs.com/en-US/External/job/Remote/Account-Executive_R-"
            f"{rng.randint(10000, 99999)}",
            WORKDAY_SHELL.format(slug=wd_co.slug),
        ),
    ]
    for shape, url, body in empties:
        pages.append(Page(_bare_label(url, shape, cluster(), "empty", None), body.encode(), body))

    gone = company_for(rng, "generic")
    board = company_for(rng, "greenhouse")
    openings = "\n".join(
        f'      <div class="opening"><a href="/{board.slug}/jobs/{rng.randint(4_000_000, 7_999_999)}">'
        f'{esc(t)}</a>\n        <span class="location">{esc(loc)}</span></div>'
        for t, loc in [
            ("Senior Backend Engineer", "San Francisco, CA"),
            ("Product Designer", "Remote - US"),
            ("Account Executive", "New York, NY"),
            ("Site Reliability Engineer", "Hybrid (Seattle, WA)"),
            ("Customer Success Manager", "London, UK"),
        ]
    )
    not_jobs = [
        (
            "generic",
            f"https://www.{gone.domain}/careers/senior-operations-manager",
            GONE_PAGE.format(company=esc(gone.names[0])),
            gone.canonical,
        ),
        (
            "greenhouse",
            f"https://boards.greenhouse.io/{board.slug}/jobs/{rng.randint(4_000_000, 7_999_999)}",
            BOARD_PAGE.format(company=esc(board.names[0]), openings=openings),
            board.canonical,
        ),
    ]
    for shape, url, body, company in not_jobs:
        pages.append(Page(_bare_label(url, shape, cluster(), "not a job page", company), body.encode(), body))

    for template, codec, declared in charset_jobs():
        job = replace(template, cluster=cluster())
        body = render(job)
        if declared != "utf-8":
            body = body.replace(
                '<meta charset="utf-8">',
                f'<meta http-equiv="Content-Type" content="text/html; charset={declared}">',
            )
        label = make_label(job, None, "published", broken="bad charset")
        pages.append(page_of(job, label, body, codec))
    return pages


def _bare_label(url: str, shape: str, cluster: str, broken: str, company: str | None) -> dict[str, Any]:
    return {
        "file": "",
        "url": url,
        "source": urlsplit(url).netloc,
        "shape": shape,
        "company": company,
        "title": None,
        "cluster": cluster,
        "duplicate_kind": None,
        "spam": False,
        "broken": broken,
        "expect": "dead_letter",
        "salary": None,
        "location": None,
        "remote": None,
        "skills": [],
    }


WORKDAY_SHELL = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title></title>
<script type="text/javascript" src="https://{slug}.wd5.myworkdayjobs.com/wday/cxs/static/js/main.8f2c1a.js"></script>
</head>
<body>
<noscript>You need to enable JavaScript to run this app.</noscript>
<div id="root"></div>
</body>
</html>
"""
GONE_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Job no longer available | {company} Careers</title>
  <meta name="robots" content="noindex">
</head>
<body>
  <header><a href="/" class="logo">{company}</a></header>
  <main class="error-page">
    <h1>Sorry, this job is no longer available</h1>
    <p>The position you are looking for has been filled or is no longer accepting applications.</p>
    <p><a href="/careers">See all open positions</a></p>
  </main>
  <footer>&copy; 2025 {company}</footer>
</body>
</html>
"""
BOARD_PAGE = """<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <title>Jobs at {company}</title>
  </head>
  <body>
    <div id="wrapper">
      <div id="flash-wrapper"><div id="flash_error">The job you are looking for is no longer open.</div></div>
      <div id="board_title"><h1>Current openings at {company}</h1></div>
      <section class="level-0">
{openings}
      </section>
      <div id="footer"><p>Powered by <a href="https://www.greenhouse.io/">Greenhouse</a></p></div>
    </div>
  </body>
</html>
"""


# --------------------------------------------------------------------------------------------------
# Corpus
# --------------------------------------------------------------------------------------------------


def canonical_shapes(rng: random.Random) -> list[str]:
    """An even mix of the five shapes; 40% of the generic ones carry microdata."""
    buckets = ("jsonld", "greenhouse", "lever", "workday", "generic")
    shapes = []
    for i in range(N_CANONICAL):
        shape = buckets[i % 5]
        shapes.append("microdata" if shape == "generic" and (i // 5) % 5 in {1, 3} else shape)
    rng.shuffle(shapes)
    return shapes


def build_corpus(rng: random.Random) -> list[Page]:
    """Every page with its label, in generation order (canonical pages first)."""
    pages: list[Page] = []
    canon: list[Job] = []
    by_cluster: dict[str, Page] = {}
    seen: set[tuple[str, str, str]] = set()
    for i, shape in enumerate(canonical_shapes(rng)):
        while True:
            job = build_job(rng, f"job-{i + 1:03d}", shape, company_for(rng, shape))
            key = (job.company.slug, job.title, job.city.key if job.city else "remote")
            if key not in seen:
                seen.add(key)
                break
        job = replace(job, url=make_url(rng, job))
        canon.append(job)
        page = page_of(job, make_label(job, None, "published"))
        by_cluster[job.cluster] = page
        pages.append(page)

    for job in rng.sample(canon, N_EXACT):
        original = by_cluster[job.cluster]
        label = dict(original.label, url=exact_url(rng, job), duplicate_kind="exact", expect="duplicate")
        pages.append(Page(label, original.body, original.text, original.words))

    for job in rng.sample(canon, N_NEAR):
        new, _ = near_duplicate(rng, job)
        new = new if new.url else replace(new, url=make_url(rng, new))
        pages.append(page_of(new, make_label(new, "near", "duplicate")))

    for job in rng.sample(canon, N_SEMANTIC):
        others = ("jsonld", "generic", "microdata", "jsonld")
        shape = rng.choice(others) if job.shape in ATS else job.company.ats
        new = semantic_duplicate(rng, job, shape)
        new = replace(new, url=make_url(rng, new))
        pages.append(page_of(new, make_label(new, "semantic", "duplicate")))

    spam_shapes = ("generic", "jsonld", "microdata")
    spam: list[tuple[Job, str]] = []
    for k, (template, company, contact, amount) in enumerate(SCAM_PAGES):
        job, name = scam_job(
            rng, f"spam-{k + 1:02d}", spam_shapes[k % 3], SCAMS[template], company, contact, amount
        )
        job = replace(job, url=make_url(rng, job))
        spam.append((job, name))
        pages.append(page_of(job, make_label(job, None, "rejected", spam=True, company=name)))
    # scams get reposted: one identical copy, two with the amount or the contact changed
    first = next(p for p in pages if p.label["cluster"] == "spam-01")
    pages.append(
        Page(
            dict(first.label, url=exact_url(rng, spam[0][0]), duplicate_kind="exact"), first.body, first.text
        )
    )
    for k, template, company, contact, amount in (
        (2, 1, "Wealth Freedom Network", "+1 (302) 555-0163", "5,500"),
        (7, 5, "", "pinecrest.careers.team@gmail.com", ""),
    ):
        job, name = scam_job(
            rng, spam[k][0].cluster, spam[k][0].shape, SCAMS[template], company, contact, amount
        )
        job = replace(job, url=make_url(rng, job))
        pages.append(page_of(job, make_label(job, "near", "rejected", spam=True, company=name)))

    pages += broken_pages(rng)
    return pages


def order(rng: random.Random, pages: list[Page]) -> list[Page]:
    """Shuffle, keeping each cluster's canonical member ahead of its duplicates; assign file names."""
    shuffled = list(range(len(pages)))
    rng.shuffle(shuffled)
    slots: dict[str, list[int]] = {}
    for pos, i in enumerate(shuffled):
        slots.setdefault(pages[i].label["cluster"], []).append(pos)
    members: dict[str, list[int]] = {}
    for i, page in enumerate(pages):
        members.setdefault(page.label["cluster"], []).append(i)
    final: list[Page | None] = [None] * len(pages)
    for cluster, positions in slots.items():
        ranked = sorted(members[cluster], key=lambda i: (pages[i].label["duplicate_kind"] is not None, i))
        for pos, i in zip(sorted(positions), ranked, strict=True):
            final[pos] = pages[i]
    out = [p for p in final if p is not None]
    for pos, page in enumerate(out):
        page.label["file"] = f"pages/page-{pos + 1:03d}.html"
    return out


def check(pages: list[Page]) -> list[str]:
    """Consistency problems in the corpus (empty when fine)."""
    problems = []
    for p in pages:
        lb = p.label
        if not lb["spam"] and not lb["broken"] and not 150 <= p.words <= 600:
            problems.append(f"{lb['file']}: description has {p.words} words")
        if lb["expect"] not in {"published", "duplicate", "rejected", "dead_letter"}:
            problems.append(f"{lb['file']}: bad expect")
    return problems


def summary(pages: list[Page]) -> dict[str, Counter[str]]:
    """Counts per shape, planted category and expected outcome."""
    labels = [p.label for p in pages]
    category: Counter[str] = Counter()
    for lb in labels:
        if lb["spam"]:
            category["spam" + (f" ({lb['duplicate_kind']} repost)" if lb["duplicate_kind"] else "")] += 1
        elif lb["broken"]:
            category[f"broken: {lb['broken']}"] += 1
        elif lb["duplicate_kind"]:
            category[f"duplicate: {lb['duplicate_kind']}"] += 1
        else:
            category["unique / canonical posting"] += 1
    return {
        "shape": Counter(lb["shape"] for lb in labels),
        "category": category,
        "expect": Counter(lb["expect"] for lb in labels),
    }


README = """# Sample job pages

`pages/` holds {total} scraped job pages and `labels.json` says what each one is and what the ingestion
pipeline should end with. Everything here is written by `generate.py` (standard library only, seeded,
byte-identical on every run); the companies, people, phone numbers and addresses are fictional.
`pages/manifest.jsonl` names each page's file and URL the way a scraper's manifest does (one
`{{"url", "path"}}` per line, in label order), so `hirehound ingest samples/pages` reads the pages as
`demo` does.

Regenerate (from the repository root): `.venv/bin/python samples/generate.py`

`measure_dedup.py` prints the semantic-duplicate signals (embedding cosine, skill overlap, the deep
check's verdict) on the ingested corpus, i.e. where the thresholds in `hirehound.ingest.dedup` come from:
run `hirehound demo` first, then `.venv/bin/python samples/measure_dedup.py`.

## Page shapes

| shape | what it looks like | pages |
| --- | --- | --- |
| `jsonld` | job board / careers site with a schema.org `JobPosting` in `<script type="application/ld+json">` (plain, in a list with a `BreadcrumbList`, or in an `@graph`; some with an entity-escaped description) plus the visible posting | {jsonld} |
| `greenhouse` | `boards.greenhouse.io/<company>/jobs/<id>`: `#app_body`, `h1.app-title`, `.company-name` ("at ..."), `.location`, `#content`, sometimes a `.pay-range` block | {greenhouse} |
| `lever` | `jobs.lever.co/<company>/<uuid>`: `.posting-headline h2`, `.posting-categories` (`.location`, `.commitment`, `.workplaceTypes`), `[data-qa=job-description]`, `[data-qa=salary-range]` | {lever} |
| `workday` | rendered `<company>.wd5.myworkdayjobs.com` page: `data-automation-id` = `jobPostingHeader`, `locations`, `remoteType`, `time`, `postedOn`, `jobPostingDescription` | {workday} |
| `generic` | company careers page: `h1`, `og:title` / `og:site_name`, a description div, salary in running text | {generic} |
| `microdata` | careers page with `itemscope itemtype="http://schema.org/JobPosting"` microdata | {microdata} |

## Planted cases

| category | pages | expected outcome |
| --- | --- | --- |
{categories}

By expected outcome: {expects}.

- **exact**: the same bytes scraped again, from the same URL or with tracking parameters added.
- **near**: the posting re-published with small edits (a bullet or sentence changed, salary nudged up ~6%,
  bullets reordered, whitespace changed), usually under a new id.
- **semantic**: the same job at the same company re-published through another channel (another page shape),
  reworded: company name spelled differently, title variant (Senior/Sr.), other headers, paraphrased bullets,
  other skill spellings (Kubernetes/k8s, JavaScript/JS ...), sometimes without the salary.
- **spam**: get-rich-quick, fees to start, Telegram/WhatsApp contact, crypto, MLM, reshipping, money mules,
  fake checks; some subtle (a normal-looking admin job that asks for bank details, a "refundable" training fee).
  Reposted scams keep their cluster and stay `rejected`.
- **broken**: `truncated` (cut mid-description; the title survives, so it still publishes), `no title`, `empty`
  (zero bytes, an unrendered Workday shell), `not a job page` (a "no longer available" page, a Greenhouse board
  listing), `bad charset` (cp1252 or latin-1 bytes declared utf-8, utf-8 declared windows-1252; still publishes).

## labels.json

A list, one object per page:

| field | meaning |
| --- | --- |
| `file`, `url`, `source` | the page, where it was scraped from, and that URL's host |
| `shape` | `jsonld`, `greenhouse`, `lever`, `workday`, `generic` or `microdata` |
| `company` | canonical company name (the page may spell it differently: "ACME Corporation", "Acme, Inc.") |
| `title` | the job title as the page states it; `null` when the page has none |
| `cluster` | shared by every page that is the same real job |
| `duplicate_kind` | `null` for the first (canonical) page of a cluster, else `exact`, `near` or `semantic`; files are numbered so the canonical page comes first |
| `spam`, `broken` | scam flag; `null` or `truncated` / `no title` / `empty` / `not a job page` / `bad charset` |
| `expect` | `published`, `duplicate`, `rejected` (spam wins over duplicate) or `dead_letter` |
| `salary` | `{{min, max, currency, period}}` as stated (a single figure has min = max; "k" amounts with no period are annual; `LPA` = lakh per annum) or `null` |
| `location` | `{{city, country_code}}`; remote-within-a-country has `city: null`; "Remote - Worldwide" is `null` |
| `remote` | `remote`, `hybrid`, `onsite` when the page says so, else `null` (never inferred) |
| `skills` | canonical names of the skills the page's visible text mentions (aliases such as k8s, JS, Golang, Postgres are folded) |
"""  # noqa: E501 - HTML/Markdown template


def readme(pages: list[Page]) -> str:
    """``samples/README.md``."""
    s = summary(pages)
    outcome = {
        "unique / canonical posting": "published",
        "duplicate: exact": "duplicate",
        "duplicate: near": "duplicate",
        "duplicate: semantic": "duplicate",
    }
    rows = []
    for name, count in sorted(s["category"].items()):
        expects = sorted({p.label["expect"] for p in pages if _category(p.label) == name})
        rows.append(f"| {name} | {count} | {outcome.get(name, ' / '.join(expects))} |")
    return README.format(
        total=len(pages),
        categories="\n".join(rows),
        expects=", ".join(f"{k} {v}" for k, v in sorted(s["expect"].items())),
        **{k: s["shape"][k] for k in RENDERERS},
    )


def _category(lb: dict[str, Any]) -> str:
    if lb["spam"]:
        return "spam" + (f" ({lb['duplicate_kind']} repost)" if lb["duplicate_kind"] else "")
    if lb["broken"]:
        return f"broken: {lb['broken']}"
    return f"duplicate: {lb['duplicate_kind']}" if lb["duplicate_kind"] else "unique / canonical posting"


def main() -> None:
    """Write pages, labels and README, then print the counts."""
    rng = random.Random(SEED)  # noqa: S311 - reproducible sample data, not security
    pages = order(rng, build_corpus(rng))
    problems = check(pages)
    if problems:
        raise SystemExit("\n".join(problems))
    PAGES.mkdir(exist_ok=True)
    for old in PAGES.glob("*.html"):
        old.unlink()
    for page in pages:
        (HERE / page.label["file"]).write_bytes(page.body)
    manifest = "".join(
        json.dumps({"url": p.label["url"], "path": Path(p.label["file"]).name}) + "\n" for p in pages
    )
    (PAGES / "manifest.jsonl").write_text(manifest, encoding="utf-8", newline="\n")
    labels = json.dumps([p.label for p in pages], indent=2, ensure_ascii=False) + "\n"
    (HERE / "labels.json").write_text(labels, encoding="utf-8", newline="\n")
    (HERE / "README.md").write_text(readme(pages), encoding="utf-8", newline="\n")
    counts = summary(pages)
    size = sum(len(p.body) for p in pages)
    print(f"{len(pages)} pages, {size / 1e6:.2f} MB, {len({p.label['cluster'] for p in pages})} clusters")
    for name, counter in counts.items():
        print(f"{name}: " + ", ".join(f"{k}={v}" for k, v in sorted(counter.items())))


if __name__ == "__main__":
    main()
