-- Company identity keys besides the row's own columns, so that one employer seen under several names,
-- domains' pages and ATS boards stays one company (MatchCompany, hirehound.companies.identity):
-- the cleaned names a company was seen under with domain or board evidence, the domains it is known
-- by, and the ATS boards it posts on ("greenhouse.io/acme": one account, one employer). A key of a
-- company merged into another moves to the survivor; lookups also follow merged_into.
CREATE TABLE company_names (
    company_id       bigint NOT NULL REFERENCES companies (id),
    normalized_name  text   NOT NULL,
    blocking_key     text   NOT NULL,
    PRIMARY KEY (company_id, normalized_name)
);
CREATE INDEX company_names_blocking_key_idx ON company_names (blocking_key);

CREATE TABLE company_domains (
    domain      text   PRIMARY KEY,
    company_id  bigint NOT NULL REFERENCES companies (id)
);
CREATE INDEX company_domains_company_idx ON company_domains (company_id);

CREATE TABLE company_boards (
    board       text   PRIMARY KEY,
    company_id  bigint NOT NULL REFERENCES companies (id)
);
CREATE INDEX company_boards_company_idx ON company_boards (company_id);

INSERT INTO company_names (company_id, normalized_name, blocking_key)
SELECT id, normalized_name, blocking_key FROM companies;
INSERT INTO company_domains (domain, company_id)
SELECT domain, id FROM companies WHERE domain IS NOT NULL;
