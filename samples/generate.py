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
COUNTRY_NAME = {"US": "United States", "GB": "United Kingdom", "CA": "Canada", "DE": "Germany"}
COUNTRY_NAME |= {"IN": "India", "AU": "Australia", "PL": "Poland", "PT": "Portugal", "IE": "Ireland"}

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
    "Kafka": ("Kafka", "Apache Kafka"),
    "Redis": ("Redis",),
    "Spark": ("Spark", "Apache Spark", "PySpark"),
    "Airflow": ("Airflow", "Apache Airflow"),
    "dbt": ("dbt",),
    "Snowflake": ("Snowflake",),
    "pandas": ("pandas",),
    "PyTorch": ("PyTorch",),
    "TensorFlow": ("TensorFlow",),
    "Machine Learning": ("machine learning", "ML"),
    "Tableau": ("Tableau",),
    "Power BI": ("Power BI", "PowerBI"),
    "Excel": ("Excel", "Microsoft Excel", "MS Excel"),
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
    "BLS": ("BLS",),
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
            " manufacturers|help factories run smarter|sf austin chicago|backend frontend devops sales support"
            "|greenhouse",
            "Northwind Traders;Northwind Traders LLC;Northwind|northwind|northwindtraders.com|operates one of the"
            " largest specialty food distribution networks in North America|get great food from producers to"
            " kitchens faster|columbus memphis toronto|logistics ops finance data_science|workday",
            "Globex Corporation;Globex Corp.;GLOBEX|globex|globex.com|provides energy management software to"
            " utilities and large commercial sites|make the grid cleaner and more resilient|houston denver london"
            "|data_eng backend finance ops sales|workday",
            "Initech;Initech, Inc.;Initech Inc|initech|initech.io|makes accounting automation software for"
            " mid-sized businesses|take the busywork out of finance|austin ny|backend frontend finance sales"
            " support design|lever",
            "Umbrella Health;Umbrella Health Systems;Umbrella Health, LLC|umbrellahealth|umbrellahealth.org|operates"
            " a network of community hospitals and outpatient clinics|deliver high-quality care close to home"
            "|atlanta nashville raleigh|healthcare ops data_science hr|workday",
            "Hooli;Hooli Inc.;Hooli XYZ|hooli|hooli.xyz|builds consumer apps and cloud services used by millions"
            " of people|make technology that feels effortless|sf seattle ny london|backend frontend mobile devops"
            " data_science design|greenhouse",
            "Stark Logistics;Stark Logistics GmbH|starklogistics|stark-logistics.de|runs contract logistics and"
            " last-mile delivery across Central Europe|keep Europe's supply chains moving|hamburg berlin munich"
            " warsaw|logistics ops data_eng finance|workday",
            "Brightline Analytics;Brightline Analytics Ltd;BrightLine Analytics|brightline|brightline-analytics.co.uk"
            "|helps retailers understand their customers through data|turn messy data into confident decisions"
            "|london manchester edinburgh|data_eng data_science backend sales|lever",
            "Pinecrest Bank;Pinecrest Bank, N.A.;Pinecrest Financial|pinecrest|pinecrestbank.com|serves families"
            " and small businesses as a community-focused bank|make banking simple and fair|charlotte chicago"
            "|finance ops support backend data_science|workday",
            "Fernwood Design Studio;Fernwood Studio|fernwood|fernwood.studio|designs brands, websites and digital"
            " products for ambitious companies|make things people love to use|ny la london|design frontend"
            " marketing|greenhouse",
            "Kestrel Robotics;Kestrel Robotics Inc.|kestrel|kestrelrobotics.com|builds autonomous mobile robots for"
            " warehouses|take the heavy lifting out of warehouse work|boston pittsburgh|backend devops data_science"
            " ops logistics|lever",
            "Bluewater Insurance;Bluewater Insurance Group plc;Bluewater|bluewater|bluewater-insurance.co.uk"
            "|provides home, motor and small business insurance|make insurance clear and honest|london bristol"
            " manchester|data_science backend support finance marketing|workday",
            "Lumina Learning;Lumina Learning, Inc.|lumina|luminalearning.com|builds online learning tools for"
            " schools and universities|make great teaching available to every student|denver remote|frontend"
            " backend design support marketing|greenhouse",
            "St. Aldric Medical Center;Saint Aldric Medical Center;St Aldric Health|staldric|staldric.org|runs a"
            " 400-bed teaching hospital and Level I trauma center|heal, teach and discover|seattle|healthcare hr"
            " ops finance|workday",
            "Quantia Technologies;Quantia;Quantia Technologies Pvt. Ltd.|quantia|quantia.in|builds cloud software"
            " for logistics and retail companies|help businesses across India run on modern software|bengaluru"
            " remote|backend frontend data_eng devops support|lever",
            "Redwood Retail Group;Redwood Retail|redwoodretail|redwoodretail.com|operates 300 home and garden stores"
            " across the United States|help people make a house feel like home|phoenix atlanta chicago|logistics"
            " ops marketing data_science finance|workday",
            "Solenne Energy;Solenne Energy S.L.|solenne|solenne-energy.es|develops and operates utility-scale solar"
            " farms across Southern Europe|accelerate the transition to renewable power|barcelona lisbon|data_eng"
            " ops finance backend|greenhouse",
            "Tidewater Freight;Tidewater Freight Lines, Inc.|tidewater|tidewaterfreight.com|runs a regional"
            " less-than-truckload network with 40 terminals in the Southeast|deliver on every promise, on time"
            "|memphis atlanta nashville|logistics ops finance hr|workday",
            "Vantage Payments;Vantage Payments Ltd.|vantagepayments|vantagepay.io|builds payment infrastructure for"
            " online marketplaces|make moving money as easy as sending a message|dublin london remote|backend"
            " devops frontend sales finance|greenhouse",
            "Maplewood Software;Maplewood Software Inc.|maplewood|maplewoodsoftware.ca|makes scheduling software for"
            " clinics and salons|give small businesses their time back|toronto vancouver montreal|backend frontend"
            " mobile support sales|lever",
            "Cobalt Cloud;CobaltCloud;Cobalt Cloud, Inc.|cobaltcloud|cobaltcloud.dev|provides a developer platform"
            " for deploying and scaling containerised applications|let every developer ship like a platform team"
            "|sf berlin remote|devops backend frontend sales support|greenhouse",
            "Orlena Pharmaceuticals;Orlena Pharma;Orlena Pharmaceuticals AG|orlena|orlenapharma.com|develops"
            " specialty medicines for rare diseases|bring new treatments to patients who need them|basel boston"
            "|data_science healthcare finance ops|workday",
            "Zephyr Mobility;Zephyr Mobility B.V.|zephyr|zephyrmobility.nl|runs a shared e-bike and e-scooter"
            " network in 30 European cities|make cities cleaner and easier to move around|amsterdam paris berlin"
            "|backend mobile data_science ops marketing|lever",
            "Granite Peak Capital;Granite Peak Capital LP|granitepeak|granitepeakcap.com|invests in growth-stage"
            " technology companies|back founders building durable businesses|ny boston|finance data_science ops"
            "|greenhouse",
            "Nimbus Labs;Nimbus Labs Inc.|nimbuslabs|nimbuslabs.ai|builds tools that help teams deploy and monitor"
            " AI models|make AI dependable|sf ny remote|data_science backend devops frontend sales|lever",
            "Saffron Foods;Saffron Foods Co.|saffronfoods|saffronfoods.com|delivers chef-made meal kits to homes"
            " across the US|make home cooking easy and joyful|chicago ny la|logistics ops marketing data_science"
            " support|greenhouse",
            "Atlas Home Care;Atlas HomeCare|atlashomecare|atlashomecare.com|provides in-home nursing and personal"
            " care for older adults|help people live well at home|phoenix denver columbus|healthcare hr ops|lever",
            "Ironbark Security;Ironbark Security Pty Ltd|ironbark|ironbark.com.au|provides managed security services"
            " to banks and government agencies|keep critical systems safe|sydney melbourne|devops backend sales"
            " support|lever",
            "Copperline Communications;Copperline Telecom|copperline|copperline.net|provides fiber broadband and"
            " business connectivity|connect communities that others overlook|raleigh columbus nashville|support"
            " ops sales devops|workday",
            "Wildflower Media Group;Wildflower Media|wildflower|wildflowermedia.com|publishes podcasts, newsletters"
            " and video for a global audience|tell stories that matter|la ny london|marketing design frontend"
            " sales|greenhouse",
            "Polaris Shipping;Polaris Shipping Pte. Ltd.|polarisshipping|polarisshipping.sg|operates container"
            " shipping and freight forwarding across Asia-Pacific|connect Asian trade with the world|singapore"
            " sydney|logistics finance ops data_eng|workday",
            "Everfield Agritech;Everfield|everfield|everfield.ag|builds sensors and software that help farmers use"
            " less water|grow more food with fewer resources|denver remote|backend data_science mobile sales ops"
            "|lever",
            "Looma;Looma Inc.|looma|looma.app|makes a collaborative whiteboard for product teams|help teams think"
            " together|sf ny toronto remote|frontend backend design marketing support|greenhouse",
            "Bramble & Co.;Bramble and Co;Bramble & Co Ltd|brambleandco|brambleandco.co.uk|is an independent"
            " creative and performance marketing agency|build brands people remember|london manchester|marketing"
            " design sales ops|lever",
            "Vistula Software House;Vistula Software House sp. z o.o.|vistula|vistula.pl|builds custom software for"
            " clients in fintech and e-commerce|deliver software our clients are proud of|warsaw remote|backend"
            " frontend devops data_eng|greenhouse",
            "Tagus Digital;Tagus Digital, Lda.|tagusdigital|tagusdigital.pt|runs nearshore product teams for"
            " European scale-ups|build great products from Lisbon|lisbon remote|frontend backend design support"
            "|lever",
            "Meridian Travel Group;Meridian Travel|meridiantravel|meridiantravel.com|operates online travel brands in"
            " 25 markets|make travel planning effortless|london barcelona ny|marketing data_science support"
            " backend finance|workday",
            "Summit Ridge Clinics;Summit Ridge Health Clinics|summitridge|summitridgeclinics.com|runs 60 primary and"
            " urgent care clinics across the Mountain West|make primary care easy to reach|denver phoenix"
            "|healthcare ops support hr|greenhouse",
            "Corvid Genomics;Corvid Genomics, Inc.|corvidgenomics|corvidgenomics.com|develops sequencing-based tests"
            " for early cancer detection|find cancer earlier, when it can be cured|boston sf|data_science data_eng"
            " backend ops healthcare|lever",
            "Paperkite;PaperKite Ltd;Paperkite Pty Ltd|paperkite|paperkite.com.au|builds invoicing and payroll"
            " software for tradespeople|help small businesses get paid on time|melbourne sydney remote|backend"
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
            "Design, build and operate the services that power our core product; Own features end to end, from"
            " technical design through deployment and monitoring; Collaborate with product managers and designers"
            " to scope and ship new functionality; Improve the reliability, performance and observability of our"
            " APIs; Review code and help raise the engineering bar across the team; Participate in a fair,"
            " well-supported on-call rotation; Mentor other engineers and contribute to our hiring process",
            "{years}+ years of professional software engineering experience; A track record of shipping and"
            " maintaining production systems; Solid understanding of distributed systems, data modelling and API"
            " design; Clear written communication and a collaborative approach",
            core="Python,Go,Java,PostgreSQL,AWS,SQL,Kafka",
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
            " through testing and thoughtful reviews; Improve page performance and load times across the product;"
            " Contribute to and maintain our shared component library; Collaborate with backend engineers on API"
            " contracts",
            "{years}+ years of experience building modern web applications; A keen eye for detail and a passion"
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
            " deployment pipelines that let engineers ship safely many times a day; Run and scale our container"
            " platform across multiple regions; Improve monitoring, alerting and incident response practices;"
            " Drive cost efficiency and capacity planning for production workloads; Lead blameless post-incident"
            " reviews and follow through on action items; Harden our systems against security threats and support"
            " compliance audits",
            "{years}+ years in an SRE, DevOps or infrastructure engineering role; Deep understanding of networking,"
            " DNS and load balancing; Experience operating production systems at scale; A calm, methodical approach"
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
            " well-tested, maintainable code and review the work of peers; Work with backend engineers to define"
            " mobile-friendly APIs; Help shape our mobile release process",
            "{years}+ years of experience building native mobile applications; At least one app published on the"
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
            " analysts and data scientists can self-serve; Own data quality checks, documentation and lineage;"
            " Partner with engineering teams to instrument new product events; Optimize query performance and"
            " warehouse costs; Support the business with trusted, well-tested datasets",
            "{years}+ years of experience in data engineering or analytics engineering; Strong data modelling"
            " skills (dimensional modelling, slowly changing dimensions); Experience building pipelines in a"
            " production environment; Ability to explain technical trade-offs to non-technical stakeholders",
            core="Python,SQL,Spark,Airflow,dbt,Snowflake",
            extra="Kafka,AWS,Terraform,GCP",
            pay=150000,
            tech=True,
        ),
        _family(
            "data_science",
            "Data",
            "Data Scientist; Machine Learning Engineer; Data Analyst; Product Analyst",
            "turn data into decisions that move the business forward",
            "Analyse large datasets to uncover insights that shape product strategy; Design and evaluate"
            " experiments and A/B tests; Build predictive models and take them to production with engineering;"
            " Create dashboards and reports for leadership; Define and track key business metrics; Communicate"
            " findings clearly to technical and non-technical audiences",
            "{years}+ years of experience in an analytical or data science role; Strong foundation in statistics"
            " and experimental design; A degree in a quantitative field or equivalent experience; Curiosity and a"
            " bias toward action",
            core="Python,SQL,pandas,Machine Learning,Tableau",
            extra="PyTorch,TensorFlow,Power BI,Spark,dbt",
            pay=145000,
            tech=True,
        ),
        _family(
            "design",
            "Design",
            "Product Designer; UX Designer; UX Researcher; Visual Designer",
            "shape how people experience our product",
            "Lead design for key product areas from discovery to launch; Create user flows, wireframes, prototypes"
            " and high-fidelity visuals; Run usability tests and translate findings into design improvements;"
            " Contribute to and evolve our design system; Work closely with engineers to ensure a high-quality"
            " implementation; Present design work and rationale to stakeholders",
            "{years}+ years of product or UX design experience; A portfolio demonstrating strong interaction and"
            " visual design; Experience conducting user research; Excellent communication and storytelling skills",
            core="Figma,Adobe Creative Suite",
            extra="Jira,JavaScript",
            pay=125000,
        ),
        _family(
            "sales",
            "Sales",
            "Account Executive; Sales Development Representative; Enterprise Account Executive; Sales Manager",
            "win new customers and grow our footprint in key markets",
            "Manage the full sales cycle from prospecting to close; Build and maintain a healthy pipeline of"
            " qualified opportunities; Run discovery calls and tailored product demos; Negotiate contracts and close"
            " new business against a quarterly quota; Partner with marketing and customer success on account"
            " strategy; Keep accurate forecasts and activity records in our CRM",
            "{years}+ years of B2B sales experience, ideally selling SaaS; A consistent record of meeting or"
            " exceeding quota; Excellent presentation and negotiation skills; Self-motivated, organised and"
            " resilient",
            core="Salesforce,HubSpot",
            extra="Excel",
            pay=110000,
        ),
        _family(
            "marketing",
            "Marketing",
            "Marketing Manager; Content Marketing Manager; Growth Marketer; Product Marketing Manager",
            "tell our story and grow demand for our products",
            "Plan and execute multi-channel campaigns that generate pipeline; Own our content calendar, including"
            " blog posts, webinars and case studies; Track campaign performance and report on key metrics;"
            " Collaborate with sales to develop messaging and enablement material; Manage agencies, freelancers and"
            " the marketing budget; Experiment with new channels and scale what works",
            "{years}+ years of experience in B2B marketing; Strong writing and editing skills; Data-driven mindset"
            " with experience measuring campaign ROI; Ability to manage several projects at once",
            core="HubSpot,Google Analytics,SEO",
            extra="Salesforce,Excel,Figma",
            pay=105000,
        ),
        _family(
            "support",
            "Customer Experience",
            "Customer Success Manager; Customer Support Specialist; Technical Support Engineer; Customer Support"
            " Team Lead",
            "make sure every customer gets real value from our product",
            "Be the main point of contact for a portfolio of customers; Onboard new customers and help them get"
            " value quickly; Resolve support tickets by email, chat and phone; Identify expansion opportunities and"
            " renewal risks; Share customer feedback with product and engineering; Write and maintain help-center"
            " articles",
            "{years}+ years of experience in customer support or account management; Empathy and a genuine desire"
            " to help people; Excellent written and spoken English; Ability to explain technical concepts simply",
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
            "Oversee day-to-day operations and continuous improvement projects; Build processes and playbooks that"
            " scale with the business; Track operational KPIs and prepare weekly reports for leadership; Coordinate"
            " cross-functional projects and keep them on schedule; Manage vendor relationships and contracts;"
            " Identify bottlenecks and lead initiatives to remove them",
            "{years}+ years of experience in operations, consulting or project management; Strong analytical and"
            " problem-solving skills; Exceptional organisational skills and attention to detail; Comfortable"
            " working with ambiguity",
            core="Excel,SQL,Jira",
            extra="Tableau,Salesforce",
            pay=92000,
            seniority=False,
        ),
        _family(
            "healthcare",
            "Nursing",
            "Registered Nurse - Med/Surg; ICU Registered Nurse; Medical Assistant; Clinical Pharmacist; Physical"
            " Therapist; Travel Nurse - ICU",
            "provide outstanding care to the patients and families we serve",
            "Provide safe, compassionate and evidence-based care to patients; Assess patient conditions and"
            " develop individualised care plans; Administer medications and treatments as prescribed; Document"
            " care accurately in the electronic health record; Educate patients and families on treatment and"
            " recovery; Collaborate with physicians and the wider care team",
            "Current, unrestricted state license or registration; {years}+ years of clinical experience in an acute"
            " care setting; Excellent communication and critical thinking skills; Ability to work 12-hour shifts,"
            " including nights and weekends",
            core="BLS,ACLS,Epic",
            extra="Excel",
            pay=46,
            hourly=True,
            seniority=False,
        ),
        _family(
            "logistics",
            "Operations",
            "Warehouse Associate; Dispatcher; Supply Chain Analyst; Logistics Coordinator; CDL-A Truck Driver;"
            " Forklift Operator",
            "keep freight moving safely and on time",
            "Receive, pick, pack and ship orders accurately and on time; Coordinate inbound and outbound shipments"
            " with carriers; Maintain accurate inventory records and perform cycle counts; Follow all safety"
            " procedures and keep work areas organised; Track deliveries and resolve delays or exceptions; Support"
            " continuous improvement of warehouse processes",
            "High school diploma or equivalent; Ability to lift up to 50 lbs and stand for extended periods;"
            " {years}+ years of experience in warehousing, transportation or logistics; Reliable, punctual and"
            " safety-minded",
            core="Excel,SAP",
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
            " variances and explain drivers to business partners; Support external audits and tax filings; Improve"
            " financial controls and reporting processes",
            "{years}+ years of experience in accounting or finance; Bachelor's degree in Accounting, Finance or a"
            " related field; CPA or ACCA a plus; Strong attention to detail and high standards of accuracy; Ability"
            " to meet deadlines in a fast-paced environment",
            core="Excel,NetSuite,SAP",
            extra="SQL,Power BI",
            pay=98000,
            seniority=False,
        ),
        _family(
            "hr",
            "People",
            "Technical Recruiter; HR Business Partner; People Operations Generalist; Talent Acquisition Partner",
            "help us hire and grow the people who make this place great",
            "Partner with hiring managers to define roles and hiring plans; Source, screen and interview candidates"
            " across a range of functions; Deliver an outstanding candidate experience from first contact to offer;"
            " Advise managers on performance, engagement and employee relations; Improve our people processes and"
            " HR policies; Use data to track hiring funnel and retention metrics",
            "{years}+ years of experience in recruiting or HR; Knowledge of employment law and HR best practices;"
            " Excellent interpersonal and influencing skills; Discretion and sound judgement with confidential"
            " information",
            core="Excel",
            extra="Jira",
            pay=90000,
            seniority=False,
        ),
    ]
}
