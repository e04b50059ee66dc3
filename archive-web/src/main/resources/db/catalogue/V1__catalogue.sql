-- The catalogue: people, works, sources, curated collections and their revision history.
-- Portable SQL: the same script runs on H2 (embedded default) and PostgreSQL.
-- Sequences advance by 50 so Hibernate's pooled ids let inserts batch.

CREATE SEQUENCE person_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE work_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE source_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE collection_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE revision_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE person (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL,
    revision          INTEGER       NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    sort_name         VARCHAR(200),
    sort_key          VARCHAR(200)  NOT NULL,
    born              VARCHAR(16),
    died              VARCHAR(16),
    viaf              VARCHAR(22),
    gnd               VARCHAR(12),
    wikidata          VARCHAR(16),
    notes             VARCHAR(4000),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    withdrawn_at      TIMESTAMP WITH TIME ZONE,
    withdrawn_by      VARCHAR(200),
    withdrawal_reason VARCHAR(1000)
);
CREATE INDEX person_sort_key ON person (sort_key, id);

CREATE TABLE person_name_variant (
    person_id BIGINT       NOT NULL REFERENCES person (id),
    position  INTEGER      NOT NULL,
    name      VARCHAR(200) NOT NULL,
    PRIMARY KEY (person_id, position)
);

CREATE TABLE work (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL,
    revision          INTEGER       NOT NULL,
    title             VARCHAR(300)  NOT NULL,
    sort_key          VARCHAR(300)  NOT NULL,
    catalogue_number  VARCHAR(60),
    genre             VARCHAR(100),
    musical_key       VARCHAR(40),
    date_text         VARCHAR(40),
    year_from         INTEGER,
    year_to           INTEGER,
    period            VARCHAR(20),
    language          VARCHAR(3),
    text_incipit      VARCHAR(500),
    notes             VARCHAR(10000),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    withdrawn_at      TIMESTAMP WITH TIME ZONE,
    withdrawn_by      VARCHAR(200),
    withdrawal_reason VARCHAR(1000)
);
CREATE INDEX work_sort_key ON work (sort_key, id);
CREATE INDEX work_year ON work (year_from, id);
CREATE INDEX work_catalogue_number ON work (catalogue_number, id);
CREATE INDEX work_updated ON work (updated_at, id);

CREATE TABLE work_alternative_title (
    work_id  BIGINT       NOT NULL REFERENCES work (id),
    position INTEGER      NOT NULL,
    title    VARCHAR(300) NOT NULL,
    PRIMARY KEY (work_id, position)
);

CREATE TABLE work_instrument (
    work_id    BIGINT       NOT NULL REFERENCES work (id),
    position   INTEGER      NOT NULL,
    instrument VARCHAR(100) NOT NULL,
    PRIMARY KEY (work_id, position)
);

CREATE TABLE work_composer (
    work_id   BIGINT  NOT NULL REFERENCES work (id),
    position  INTEGER NOT NULL,
    person_id BIGINT  NOT NULL REFERENCES person (id),
    PRIMARY KEY (work_id, position)
);
CREATE INDEX work_composer_person ON work_composer (person_id);

CREATE TABLE source (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    version             BIGINT        NOT NULL,
    revision            INTEGER       NOT NULL,
    work_id             BIGINT        NOT NULL REFERENCES work (id),
    kind                VARCHAR(20)   NOT NULL,
    title               VARCHAR(300)  NOT NULL,
    sort_key            VARCHAR(300)  NOT NULL,
    holding_institution VARCHAR(200),
    shelfmark           VARCHAR(100),
    date_text           VARCHAR(40),
    year_from           INTEGER,
    year_to             INTEGER,
    notes               VARCHAR(4000),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    withdrawn_at        TIMESTAMP WITH TIME ZONE,
    withdrawn_by        VARCHAR(200),
    withdrawal_reason   VARCHAR(1000)
);
CREATE INDEX source_work ON source (work_id);
CREATE INDEX source_sort_key ON source (sort_key, id);

CREATE TABLE curated_collection (
    id                BIGINT         NOT NULL PRIMARY KEY,
    version           BIGINT         NOT NULL,
    revision          INTEGER        NOT NULL,
    parent_id         BIGINT         REFERENCES curated_collection (id),
    title             VARCHAR(300)   NOT NULL,
    sort_key          VARCHAR(300)   NOT NULL,
    description       VARCHAR(10000),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    withdrawn_at      TIMESTAMP WITH TIME ZONE,
    withdrawn_by      VARCHAR(200),
    withdrawal_reason VARCHAR(1000)
);
CREATE INDEX curated_collection_parent ON curated_collection (parent_id);
CREATE INDEX curated_collection_sort_key ON curated_collection (sort_key, id);

CREATE TABLE collection_work (
    collection_id BIGINT  NOT NULL REFERENCES curated_collection (id),
    position      INTEGER NOT NULL,
    work_id       BIGINT  NOT NULL REFERENCES work (id),
    PRIMARY KEY (collection_id, position)
);
CREATE INDEX collection_work_work ON collection_work (work_id);

-- Every change to a catalogue record: who, when, what changed, and the state afterwards.
CREATE TABLE revision (
    id            BIGINT        NOT NULL PRIMARY KEY,
    record_kind   VARCHAR(20)   NOT NULL,
    record_id     BIGINT        NOT NULL,
    number        INTEGER       NOT NULL,
    action        VARCHAR(20)   NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id      VARCHAR(100)  NOT NULL,
    actor_name    VARCHAR(200)  NOT NULL,
    restored_from INTEGER,
    reason        VARCHAR(1000),
    changes       VARCHAR(200000) NOT NULL,
    snapshot      VARCHAR(200000) NOT NULL,
    CONSTRAINT revision_number_once UNIQUE (record_kind, record_id, number)
);
