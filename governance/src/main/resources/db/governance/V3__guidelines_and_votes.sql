-- The UNESCO Recommendation on the Ethics of Artificial Intelligence (2021): the skeleton every
-- guideline hangs on. Read-only: nothing in the application writes these tables.
CREATE TABLE framework_value (
    position INT          NOT NULL PRIMARY KEY,
    name     VARCHAR(300) NOT NULL
);

CREATE TABLE framework_principle (
    code     VARCHAR(40)  NOT NULL PRIMARY KEY,
    position INT          NOT NULL UNIQUE,
    name     VARCHAR(200) NOT NULL
);

CREATE TABLE framework_policy_area (
    number INT          NOT NULL PRIMARY KEY,
    name   VARCHAR(200) NOT NULL
);

INSERT INTO framework_value (position, name) VALUES
    (1, 'Respect, protection and promotion of human rights and fundamental freedoms and human dignity'),
    (2, 'Environment and ecosystem flourishing'),
    (3, 'Ensuring diversity and inclusiveness'),
    (4, 'Living in peaceful, just, and interconnected societies');

INSERT INTO framework_principle (code, position, name) VALUES
    ('proportionality', 1, 'Proportionality and Do No Harm'),
    ('safety', 2, 'Safety and security'),
    ('fairness', 3, 'Fairness and non-discrimination'),
    ('sustainability', 4, 'Sustainability'),
    ('privacy', 5, 'Right to Privacy, and Data Protection'),
    ('human-oversight', 6, 'Human oversight and determination'),
    ('transparency', 7, 'Transparency and explainability'),
    ('responsibility', 8, 'Responsibility and accountability'),
    ('awareness', 9, 'Awareness and literacy'),
    ('governance', 10, 'Multi-stakeholder and adaptive governance and collaboration');

INSERT INTO framework_policy_area (number, name) VALUES
    (1, 'Ethical Impact Assessment'),
    (2, 'Ethical Governance and Stewardship'),
    (3, 'Data Policy'),
    (4, 'Development and International Cooperation'),
    (5, 'Environment and Ecosystems'),
    (6, 'Gender'),
    (7, 'Culture'),
    (8, 'Education and Research'),
    (9, 'Communication and Information'),
    (10, 'Economy and Labour'),
    (11, 'Health and Social Well-being');

CREATE SEQUENCE guideline_seq START WITH 1 INCREMENT BY 50;

-- A guideline: its working text moves draft -> frozen -> adopted or rejected; the version in
-- force (if any) is kept apart, so amending an adopted guideline leaves it in force until a vote
-- adopts the amended text.
CREATE TABLE guideline (
    id                BIGINT       NOT NULL PRIMARY KEY,
    title             VARCHAR(300) NOT NULL,
    state             VARCHAR(20)  NOT NULL,
    author_id         VARCHAR(100) NOT NULL,
    author_name       VARCHAR(200) NOT NULL,
    current_revision  INT          NOT NULL,
    next_clause       INT          NOT NULL,
    in_force_revision INT,
    in_force_since    TIMESTAMP WITH TIME ZONE,
    in_force_vote     BIGINT,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT       NOT NULL
);

CREATE INDEX guideline_state ON guideline (state, updated_at);

-- Revisions and their clauses are written once and never updated.
CREATE TABLE guideline_revision (
    id           BIGINT        NOT NULL PRIMARY KEY,
    guideline_id BIGINT        NOT NULL REFERENCES guideline (id),
    number       INT           NOT NULL,
    title        VARCHAR(300)  NOT NULL,
    purpose      VARCHAR(5000),
    author_id    VARCHAR(100)  NOT NULL,
    author_name  VARCHAR(200)  NOT NULL,
    note         VARCHAR(500),
    amendment_id BIGINT,
    credited_to  VARCHAR(200),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (guideline_id, number)
);

CREATE TABLE guideline_clause (
    id          BIGINT         NOT NULL PRIMARY KEY,
    revision_id BIGINT         NOT NULL REFERENCES guideline_revision (id),
    position    INT            NOT NULL,
    clause_key  VARCHAR(20)    NOT NULL,
    text        VARCHAR(5000)  NOT NULL,
    policy_area INT REFERENCES framework_policy_area (number),
    rule_json   VARCHAR(10000),
    UNIQUE (revision_id, position),
    UNIQUE (revision_id, clause_key)
);

CREATE TABLE guideline_clause_principle (
    clause_id BIGINT      NOT NULL REFERENCES guideline_clause (id),
    principle VARCHAR(40) NOT NULL REFERENCES framework_principle (code),
    PRIMARY KEY (clause_id, principle)
);

CREATE INDEX guideline_clause_principle_by_principle ON guideline_clause_principle (principle);

-- A frozen revision: the SHA-256 of its canonical text. Its own table, so that revisions are never
-- updated; one freeze per revision.
CREATE TABLE guideline_freeze (
    revision_id  BIGINT       NOT NULL PRIMARY KEY REFERENCES guideline_revision (id),
    content_hash VARCHAR(64)  NOT NULL,
    frozen_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    frozen_by    VARCHAR(200) NOT NULL
);

CREATE TABLE guideline_comment (
    id           BIGINT        NOT NULL PRIMARY KEY,
    guideline_id BIGINT        NOT NULL REFERENCES guideline (id),
    clause_key   VARCHAR(20)   NOT NULL,
    revision     INT           NOT NULL,
    parent_id    BIGINT REFERENCES guideline_comment (id),
    author_id    VARCHAR(100)  NOT NULL,
    author_name  VARCHAR(200)  NOT NULL,
    body         VARCHAR(5000) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX guideline_comment_by_guideline ON guideline_comment (guideline_id, id);

CREATE TABLE guideline_amendment (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    guideline_id       BIGINT        NOT NULL REFERENCES guideline (id),
    clause_key         VARCHAR(20)   NOT NULL,
    revision           INT           NOT NULL,
    text               VARCHAR(5000) NOT NULL,
    rationale          VARCHAR(5000) NOT NULL,
    proposer_id        VARCHAR(100)  NOT NULL,
    proposer_name      VARCHAR(200)  NOT NULL,
    state              VARCHAR(20)   NOT NULL,
    decided_by         VARCHAR(200),
    decided_at         TIMESTAMP WITH TIME ZONE,
    reason             VARCHAR(2000),
    resulting_revision INT,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT        NOT NULL
);

CREATE INDEX guideline_amendment_by_guideline ON guideline_amendment (guideline_id, id);

CREATE SEQUENCE vote_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE vote (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    guideline_id       BIGINT       NOT NULL REFERENCES guideline (id),
    revision_id        BIGINT       NOT NULL REFERENCES guideline_freeze (revision_id),
    kind               VARCHAR(10)  NOT NULL,
    state              VARCHAR(10)  NOT NULL,
    opens_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    closes_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    quorum_percent     INT          NOT NULL CHECK (quorum_percent BETWEEN 0 AND 100),
    threshold          VARCHAR(20)  NOT NULL,
    ballot_list        VARCHAR(20)  NOT NULL,
    electorate         INT          NOT NULL,
    opened_by          VARCHAR(200) NOT NULL,
    closed_at          TIMESTAMP WITH TIME ZONE,
    yes_count          INT,
    no_count           INT,
    abstain_count      INT,
    outcome            VARCHAR(20),
    list_hash          VARCHAR(64)
);

CREATE INDEX vote_due ON vote (state, closes_at);
CREATE INDEX vote_opening ON vote (state, opens_at);
CREATE INDEX vote_by_guideline ON vote (guideline_id);

-- The electorate, snapshotted when the vote opens (at once, or at its scheduled opening time).
-- The pseudonym is random per vote and voter.
CREATE TABLE vote_elector (
    vote_id   BIGINT       NOT NULL REFERENCES vote (id),
    member_id VARCHAR(100) NOT NULL,
    username  VARCHAR(200) NOT NULL,
    pseudonym VARCHAR(40)  NOT NULL,
    PRIMARY KEY (vote_id, member_id),
    UNIQUE (vote_id, pseudonym)
);

CREATE SEQUENCE ballot_seq START WITH 1 INCREMENT BY 50;

-- One member, one ballot: the unique key, not application code, guarantees it; and only an elector
-- of the vote can hold one.
CREATE TABLE ballot (
    id       BIGINT       NOT NULL PRIMARY KEY,
    vote_id  BIGINT       NOT NULL,
    voter_id VARCHAR(100) NOT NULL,
    choice   VARCHAR(10)  NOT NULL,
    receipt  VARCHAR(40)  NOT NULL UNIQUE,
    cast_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ballot_one_per_voter UNIQUE (vote_id, voter_id),
    CONSTRAINT ballot_by_elector FOREIGN KEY (vote_id, voter_id)
        REFERENCES vote_elector (vote_id, member_id)
);
