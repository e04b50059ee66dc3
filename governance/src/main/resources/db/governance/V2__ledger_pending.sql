-- Events wait here from the transaction that records them until the sealer chains them onto
-- ledger_entry. Writing here takes no lock, so concurrent transactions commit side by side; the
-- sealer then extends the chain in commit order, many events per transaction.
CREATE SEQUENCE ledger_pending_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE ledger_pending (
    id          BIGINT        NOT NULL PRIMARY KEY,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(200)  NOT NULL,
    event_type  VARCHAR(100)  NOT NULL,
    subject     VARCHAR(200)  NOT NULL,
    payload     VARCHAR(65536) NOT NULL
);

CREATE INDEX ledger_pending_subject ON ledger_pending (subject);
