-- The provenance ledger: an append-only hash chain of consequential events.
CREATE TABLE ledger_entry (
    seq            BIGINT        NOT NULL PRIMARY KEY,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(200)  NOT NULL,
    event_type     VARCHAR(100)  NOT NULL,
    subject        VARCHAR(200)  NOT NULL,
    payload        VARCHAR(65536) NOT NULL,
    payload_sha256 VARCHAR(64)   NOT NULL,
    previous_hash  VARCHAR(64)   NOT NULL,
    entry_hash     VARCHAR(64)   NOT NULL,
    CONSTRAINT ledger_entry_hash_unique UNIQUE (entry_hash)
);

CREATE INDEX ledger_entry_subject ON ledger_entry (subject, seq);

-- A single row that appenders lock, so the chain never forks.
CREATE TABLE ledger_head (
    id        INTEGER  NOT NULL PRIMARY KEY,
    last_seq  BIGINT   NOT NULL,
    last_hash VARCHAR(64) NOT NULL,
    CONSTRAINT ledger_head_single_row CHECK (id = 1)
);

INSERT INTO ledger_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
