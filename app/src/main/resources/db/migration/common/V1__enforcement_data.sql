-- Enforcement data as imported (the interchange format of docs/data-format.md), keyed by natural keys so
-- that importing the same records again updates them. Shared by H2 (PostgreSQL mode) and PostgreSQL.

CREATE TABLE court (
    code          VARCHAR(32)  PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    level         VARCHAR(16)  NOT NULL,
    parent_code   VARCHAR(32),
    municipality  BOOLEAN      NOT NULL DEFAULT FALSE,
    key_city      BOOLEAN      NOT NULL DEFAULT FALSE
);

CREATE TABLE staff (
    code                    VARCHAR(64)  PRIMARY KEY,
    name                    VARCHAR(100) NOT NULL,
    court_code              VARCHAR(32)  NOT NULL REFERENCES court(code),
    role                    VARCHAR(16)  NOT NULL,
    team                    VARCHAR(100),
    birth_date              DATE,
    political_establishment BOOLEAN      NOT NULL DEFAULT FALSE,
    enforcement_bureau      BOOLEAN      NOT NULL DEFAULT TRUE,
    joined_on               DATE,
    left_on                 DATE
);

CREATE TABLE enforcement_case (
    court_code     VARCHAR(32)  NOT NULL REFERENCES court(code),
    case_number    VARCHAR(80)  NOT NULL,
    case_type      VARCHAR(8)   NOT NULL,
    filed_on       DATE         NOT NULL,
    closed_on      DATE,
    closing_method VARCHAR(32),
    category       VARCHAR(16),
    applied_fen    BIGINT,
    delivered_fen  BIGINT,
    judge_code     VARCHAR(64),
    assistant_code VARCHAR(64),
    clerk_code     VARCHAR(64),
    whereabouts_unknown      BOOLEAN NOT NULL DEFAULT FALSE,
    dishonest_not_applicable BOOLEAN NOT NULL DEFAULT FALSE,
    outside_system           BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (court_code, case_number)
);

CREATE TABLE case_step (
    court_code  VARCHAR(32)  NOT NULL,
    case_number VARCHAR(80)  NOT NULL,
    step        VARCHAR(32)  NOT NULL,
    seq         INTEGER      NOT NULL,
    at_time     TIMESTAMP    NOT NULL,
    end_time    TIMESTAMP,
    flag        VARCHAR(100),
    amount_fen  BIGINT,
    note        VARCHAR(500),
    PRIMARY KEY (court_code, case_number, step, seq),
    FOREIGN KEY (court_code, case_number) REFERENCES enforcement_case(court_code, case_number)
);

CREATE TABLE petition (
    court_code      VARCHAR(32) NOT NULL REFERENCES court(code),
    petition_id     VARCHAR(64) NOT NULL,
    registered_on   DATE        NOT NULL,
    source          VARCHAR(16) NOT NULL,
    case_number     VARCHAR(80),
    to_beijing      BOOLEAN     NOT NULL DEFAULT FALSE,
    concluded_on    DATE,
    resolved        BOOLEAN     NOT NULL DEFAULT FALSE,
    caused_by_misconduct BOOLEAN NOT NULL DEFAULT FALSE,
    staff_code      VARCHAR(64),
    PRIMARY KEY (court_code, petition_id)
);

CREATE TABLE matter (
    court_code   VARCHAR(32) NOT NULL REFERENCES court(code),
    matter_id    VARCHAR(64) NOT NULL,
    matter_type  VARCHAR(16) NOT NULL,
    received_on  DATE        NOT NULL,
    deadline_on  DATE        NOT NULL,
    done_on      DATE,
    case_number  VARCHAR(80),
    staff_code   VARCHAR(64),
    PRIMARY KEY (court_code, matter_id)
);

CREATE TABLE state_compensation (
    court_code   VARCHAR(32) NOT NULL REFERENCES court(code),
    case_number  VARCHAR(80) NOT NULL,
    decided_on   DATE        NOT NULL,
    caused_by_enforcement BOOLEAN NOT NULL DEFAULT TRUE,
    staff_code   VARCHAR(64),
    PRIMARY KEY (court_code, case_number)
);

CREATE TABLE discipline (
    court_code   VARCHAR(32) NOT NULL REFERENCES court(code),
    staff_code   VARCHAR(64),
    happened_on  DATE        NOT NULL,
    kind         VARCHAR(64) NOT NULL,
    caused_by_enforcement BOOLEAN NOT NULL DEFAULT TRUE,
    PRIMARY KEY (court_code, happened_on, kind, staff_code)
);

CREATE TABLE evidence (
    court_code     VARCHAR(32) NOT NULL REFERENCES court(code),
    year           INTEGER     NOT NULL,
    indicator_code VARCHAR(32) NOT NULL,
    status         VARCHAR(16) NOT NULL,
    count_value    INTEGER,
    partial_score  DOUBLE PRECISION,
    reason         VARCHAR(2000),
    attachment     VARCHAR(500),
    PRIMARY KEY (court_code, year, indicator_code)
);

CREATE TABLE court_statistic (
    court_code  VARCHAR(32) NOT NULL REFERENCES court(code),
    year        INTEGER     NOT NULL,
    item        VARCHAR(64) NOT NULL,
    value       DOUBLE PRECISION NOT NULL,
    source      VARCHAR(200),
    PRIMARY KEY (court_code, year, item)
);

CREATE TABLE termination_override (
    court_code  VARCHAR(32) NOT NULL,
    case_number VARCHAR(80) NOT NULL,
    compliant   BOOLEAN     NOT NULL,
    reason      VARCHAR(2000) NOT NULL,
    assessor    VARCHAR(100),
    PRIMARY KEY (court_code, case_number)
);

CREATE TABLE holiday (
    day     DATE PRIMARY KEY,
    off_day BOOLEAN NOT NULL,
    name    VARCHAR(50)
);
