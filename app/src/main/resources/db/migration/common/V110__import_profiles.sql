-- Mapping profiles (导入配置, docs/import-profiles.md): the YAML text as saved. Every save is a new version
-- (never overwritten, like rule_version); the newest version of a name is the one in use.
CREATE TABLE import_profile (
    name        VARCHAR(100) NOT NULL,
    version     INTEGER      NOT NULL,
    content     TEXT         NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    PRIMARY KEY (name, version)
);
