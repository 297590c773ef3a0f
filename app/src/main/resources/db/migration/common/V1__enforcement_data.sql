-- Enforcement data as imported (the interchange format of docs/data-format.md), shared by H2 (PostgreSQL mode)
-- and PostgreSQL.
--
-- Conventions: natural keys as primary keys (re-importing a record updates it); enumerations stored by their
-- English constant names (CourtLevel, StaffRole, CaseType …); 流程节点 by the 节点 text of the interchange
-- format; amounts in fen; seq = position in the import that last wrote the row, so that reading back in seq
-- order gives the order of the files (court and staff order decide the order of results). Column names avoid
-- words H2 reserves (year, value, day). Foreign keys come after the primary key, so that H2 plans lookups by
-- key on the primary-key index rather than on the foreign key's court_code index.

CREATE TABLE court (
    code          VARCHAR(32)  PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    court_level   VARCHAR(16)  NOT NULL,
    parent_code   VARCHAR(32),
    municipality  BOOLEAN      NOT NULL,
    key_city      BOOLEAN      NOT NULL,
    seq           BIGINT       NOT NULL
);

CREATE TABLE staff (
    code                    VARCHAR(64)  PRIMARY KEY,
    name                    VARCHAR(100) NOT NULL,
    court_code              VARCHAR(32)  NOT NULL,
    role                    VARCHAR(16)  NOT NULL,
    team                    VARCHAR(100),
    birth_date              DATE,
    political_establishment BOOLEAN      NOT NULL,
    enforcement_bureau      BOOLEAN      NOT NULL,
    joined_on               DATE,
    left_on                 DATE,
    seq                     BIGINT       NOT NULL,
    FOREIGN KEY (court_code) REFERENCES court(code)
);

-- case_id: a number given to a case when it is first imported and kept on every re-import; steps refer to it
-- (a number indexes much faster than the two texts of the natural key). The two big tables, cases and steps,
-- have no foreign keys: the import checks every court and case reference against the files and the database
-- before anything is committed, and a per-row check would cost a million-row import about a third of its time.
CREATE TABLE enforcement_case (
    court_code     VARCHAR(32)  NOT NULL,
    case_number    VARCHAR(80)  NOT NULL,
    case_type      VARCHAR(32)  NOT NULL,
    filed_on       DATE         NOT NULL,
    closed_on      DATE,
    closing_method VARCHAR(32),
    category       VARCHAR(32),
    applied_fen    BIGINT,
    delivered_fen  BIGINT,
    judge_code     VARCHAR(64),
    assistant_code VARCHAR(64),
    clerk_code     VARCHAR(64),
    whereabouts_unknown      BOOLEAN NOT NULL,
    dishonest_not_applicable BOOLEAN NOT NULL,
    outside_system           BOOLEAN NOT NULL,
    seq            BIGINT       NOT NULL,
    case_id        BIGINT       NOT NULL,
    PRIMARY KEY (court_code, case_number),
    CONSTRAINT enforcement_case_id UNIQUE (case_id)
);

-- A steps file replaces all stored steps of each case it mentions, so a step needs no natural key: its
-- position (unique, ever increasing) is its key, which also keeps the table in file order; the index by case
-- serves the replacement.
CREATE TABLE case_step (
    seq         BIGINT       PRIMARY KEY,
    case_id     BIGINT       NOT NULL,
    step        VARCHAR(32)  NOT NULL,
    at_time     TIMESTAMP    NOT NULL,
    end_time    TIMESTAMP,
    flag        VARCHAR(200),
    amount_fen  BIGINT,
    note        VARCHAR(500)
);
CREATE INDEX case_step_case ON case_step(case_id);

CREATE TABLE termination_override (
    court_code  VARCHAR(32)   NOT NULL,
    case_number VARCHAR(80)   NOT NULL,
    compliant   BOOLEAN       NOT NULL,
    reason      VARCHAR(2000) NOT NULL,
    assessor    VARCHAR(100),
    seq         BIGINT        NOT NULL,
    PRIMARY KEY (court_code, case_number),
    FOREIGN KEY (court_code, case_number) REFERENCES enforcement_case(court_code, case_number)
);

CREATE TABLE petition (
    court_code      VARCHAR(32) NOT NULL,
    petition_id     VARCHAR(64) NOT NULL,
    registered_on   DATE        NOT NULL,
    source          VARCHAR(32) NOT NULL,
    case_number     VARCHAR(80),
    to_beijing      BOOLEAN     NOT NULL,
    concluded_on    DATE,
    resolved        BOOLEAN     NOT NULL,
    caused_by_misconduct BOOLEAN NOT NULL,
    staff_code      VARCHAR(64),
    seq             BIGINT      NOT NULL,
    PRIMARY KEY (court_code, petition_id),
    FOREIGN KEY (court_code) REFERENCES court(code)
);

CREATE TABLE matter (
    court_code   VARCHAR(32) NOT NULL,
    matter_id    VARCHAR(64) NOT NULL,
    matter_type  VARCHAR(32) NOT NULL,
    received_on  DATE        NOT NULL,
    deadline_on  DATE        NOT NULL,
    done_on      DATE,
    case_number  VARCHAR(80),
    staff_code   VARCHAR(64),
    seq          BIGINT      NOT NULL,
    PRIMARY KEY (court_code, matter_id),
    FOREIGN KEY (court_code) REFERENCES court(code)
);

CREATE TABLE state_compensation (
    court_code   VARCHAR(32) NOT NULL,
    case_number  VARCHAR(80) NOT NULL,
    decided_on   DATE        NOT NULL,
    caused_by_enforcement BOOLEAN NOT NULL,
    staff_code   VARCHAR(64),
    seq          BIGINT      NOT NULL,
    PRIMARY KEY (court_code, case_number),
    FOREIGN KEY (court_code) REFERENCES court(code)
);

-- No number of its own: court, person ('' when none), day and 处理类型 identify a discipline record.
CREATE TABLE discipline (
    court_code   VARCHAR(32) NOT NULL,
    staff_code   VARCHAR(64) NOT NULL,
    happened_on  DATE        NOT NULL,
    kind         VARCHAR(64) NOT NULL,
    caused_by_enforcement BOOLEAN NOT NULL,
    seq          BIGINT      NOT NULL,
    PRIMARY KEY (court_code, staff_code, happened_on, kind),
    FOREIGN KEY (court_code) REFERENCES court(code)
);

CREATE TABLE evidence (
    court_code     VARCHAR(32) NOT NULL,
    report_year    INTEGER     NOT NULL,
    indicator_code VARCHAR(32) NOT NULL,
    status         VARCHAR(32) NOT NULL,
    count_value    INTEGER,
    partial_score  DOUBLE PRECISION,
    reason         VARCHAR(2000),
    attachment     VARCHAR(500),
    seq            BIGINT      NOT NULL,
    PRIMARY KEY (court_code, report_year, indicator_code),
    FOREIGN KEY (court_code) REFERENCES court(code)
);

CREATE TABLE court_statistic (
    court_code  VARCHAR(32) NOT NULL,
    report_year INTEGER     NOT NULL,
    item        VARCHAR(64) NOT NULL,
    item_value  DOUBLE PRECISION NOT NULL,
    source      VARCHAR(200),
    seq         BIGINT      NOT NULL,
    PRIMARY KEY (court_code, report_year, item),
    FOREIGN KEY (court_code) REFERENCES court(code)
);

CREATE TABLE holiday (
    holiday_on DATE PRIMARY KEY,
    off_day BOOLEAN NOT NULL,
    name    VARCHAR(50),
    seq     BIGINT  NOT NULL
);
