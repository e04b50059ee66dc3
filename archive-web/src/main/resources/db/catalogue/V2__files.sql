-- Scores in the archive: files on sources, their content-addressed blobs, fixity checks and bulk
-- imports; plus what extraction adds to a work (metre, movements, incipit) and the keys that
-- let an import recognise a work or a person it already holds.

ALTER TABLE work ADD COLUMN metre VARCHAR(20);
ALTER TABLE work ADD COLUMN incipit VARCHAR(2000);
ALTER TABLE work ADD COLUMN match_key VARCHAR(700);
CREATE INDEX work_match_key ON work (match_key);

ALTER TABLE person ADD COLUMN match_key VARCHAR(200);
CREATE INDEX person_match_key ON person (match_key);

CREATE TABLE work_movement (
    work_id  BIGINT       NOT NULL REFERENCES work (id),
    position INTEGER      NOT NULL,
    title    VARCHAR(300) NOT NULL,
    PRIMARY KEY (work_id, position)
);

-- One row per distinct content: the bytes live on disk under their SHA-256 and are never
-- overwritten. The last fixity check is kept here so audits can take the least recently checked.
CREATE TABLE blob (
    sha256        VARCHAR(64)  NOT NULL PRIMARY KEY,
    size          BIGINT    NOT NULL,
    stored_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    checked_at    TIMESTAMP WITH TIME ZONE,
    check_outcome VARCHAR(10),
    actual_sha256 VARCHAR(64)
);
CREATE INDEX blob_checked ON blob (checked_at);

CREATE SEQUENCE source_file_seq START WITH 1 INCREMENT BY 50;

-- A file attached to a source. A multi-tune ABC file or a MARCXML collection is attached once per
-- work it holds, each time with the locator of that work inside it.
CREATE TABLE source_file (
    id          BIGINT         NOT NULL PRIMARY KEY,
    source_id   BIGINT         NOT NULL REFERENCES source (id),
    sha256      VARCHAR(64)       NOT NULL REFERENCES blob (sha256),
    locator     VARCHAR(100)   NOT NULL,
    filename    VARCHAR(255)   NOT NULL,
    format      VARCHAR(10)    NOT NULL,
    size        BIGINT         NOT NULL,
    rights      VARCHAR(200)   NOT NULL,
    extracted   VARCHAR(20000),
    uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by VARCHAR(200)   NOT NULL,
    CONSTRAINT source_file_once UNIQUE (source_id, sha256, locator)
);
CREATE INDEX source_file_sha256 ON source_file (sha256);

CREATE SEQUENCE fixity_check_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE fixity_check (
    id              BIGINT      NOT NULL PRIMARY KEY,
    sha256          VARCHAR(64)    NOT NULL REFERENCES blob (sha256),
    checked_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome         VARCHAR(10) NOT NULL,
    actual_sha256   VARCHAR(64)
);
CREATE INDEX fixity_check_time ON fixity_check (checked_at, id);

CREATE SEQUENCE import_job_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE import_job (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    origin          VARCHAR(300)  NOT NULL,
    folder          VARCHAR(1000),
    rights          VARCHAR(200)  NOT NULL,
    state           VARCHAR(12)   NOT NULL,
    total_files     INTEGER,
    processed_files INTEGER       NOT NULL,
    imported        INTEGER       NOT NULL,
    duplicates      INTEGER       NOT NULL,
    merged          INTEGER       NOT NULL,
    rejected        INTEGER       NOT NULL,
    started_by      VARCHAR(200)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE,
    finished_at     TIMESTAMP WITH TIME ZONE,
    failure         VARCHAR(1000)
);
CREATE INDEX import_job_created ON import_job (created_at, id);

CREATE SEQUENCE import_item_seq START WITH 1 INCREMENT BY 50;

-- One row per file an import has finished with; a resumed import skips the paths listed here.
CREATE TABLE import_item (
    id       BIGINT        NOT NULL PRIMARY KEY,
    job_id   BIGINT        NOT NULL REFERENCES import_job (id),
    position INTEGER       NOT NULL,
    path     VARCHAR(1000) NOT NULL,
    outcome  VARCHAR(10)   NOT NULL,
    reason   VARCHAR(1000),
    file_id  BIGINT,
    work_ids VARCHAR(4000) NOT NULL,
    CONSTRAINT import_item_once UNIQUE (job_id, path)
);
CREATE INDEX import_item_job ON import_item (job_id, position);
