-- Training (reference §7, issue 7): courses with their sessions, the people enrolled (a manager of
-- a producer or a user of the district office, a commune or a council), attendance per session,
-- the outcome, completion and the completion certificate; the plan's coverage targets per year and
-- audience; the yearly counter of certificate numbers (DT-2019-0001).
-- Column names avoid words that H2 2.x reserves (year, result, day, mode, percent).

CREATE TABLE training_course (
    id              BIGINT        NOT NULL PRIMARY KEY,
    code            VARCHAR(30)   NOT NULL,
    title           VARCHAR(300)  NOT NULL,
    title_key       VARCHAR(300)  NOT NULL,
    topics          VARCHAR(500)  NOT NULL,
    audience        VARCHAR(30)   NOT NULL,
    organiser       VARCHAR(200)  NOT NULL,
    funding_source  VARCHAR(30)   NOT NULL,
    delivery        VARCHAR(30)   NOT NULL,
    start_date      DATE          NOT NULL,
    end_date        DATE          NOT NULL,
    hours           INTEGER,
    venue           VARCHAR(300),
    trainers        VARCHAR(500),
    capacity        INTEGER       NOT NULL,
    min_attendance  INTEGER       NOT NULL,
    pass_required   BOOLEAN       NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT uq_training_course_code UNIQUE (code)
);
CREATE SEQUENCE seq_training_course START WITH 50 INCREMENT BY 50;
CREATE INDEX ix_training_course_start ON training_course (start_date);

CREATE TABLE training_session (
    id          BIGINT        NOT NULL PRIMARY KEY,
    course_id   BIGINT        NOT NULL REFERENCES training_course (id),
    number      INTEGER       NOT NULL,
    held_on     DATE          NOT NULL,
    topic       VARCHAR(300),
    hours       INTEGER,
    CONSTRAINT uq_training_session UNIQUE (course_id, number)
);
CREATE SEQUENCE seq_training_session START WITH 50 INCREMENT BY 50;

-- One person in one course. A manager of a producer or a user account; the name, audience,
-- producer and unit are kept as they were at enrolment, so the record survives the removal of a
-- manager from a producer (the link is then cleared, the history stays).
CREATE TABLE training_enrolment (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    course_id           BIGINT        NOT NULL REFERENCES training_course (id),
    manager_id          BIGINT        REFERENCES producer_manager (id) ON DELETE SET NULL,
    user_id             BIGINT        REFERENCES user_account (id),
    audience            VARCHAR(30)   NOT NULL,
    name                VARCHAR(120)  NOT NULL,
    producer_id         BIGINT        REFERENCES producer (id),
    unit_id             BIGINT        REFERENCES administrative_unit (id),
    outcome             VARCHAR(10),
    completed           BOOLEAN       NOT NULL,
    certificate_number  VARCHAR(20),
    certified_on        DATE,
    enrolled_by         VARCHAR(60)   NOT NULL,
    enrolled_at         TIMESTAMP     NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT uq_training_enrolment_manager UNIQUE (course_id, manager_id),
    CONSTRAINT uq_training_enrolment_user UNIQUE (course_id, user_id),
    CONSTRAINT uq_training_certificate UNIQUE (certificate_number)
);
CREATE SEQUENCE seq_training_enrolment START WITH 50 INCREMENT BY 50;
CREATE INDEX ix_training_enrolment_course ON training_enrolment (course_id);
CREATE INDEX ix_training_enrolment_manager ON training_enrolment (manager_id);
CREATE INDEX ix_training_enrolment_user ON training_enrolment (user_id);

CREATE TABLE training_attendance (
    enrolment_id  BIGINT       NOT NULL REFERENCES training_enrolment (id),
    session_id    BIGINT       NOT NULL REFERENCES training_session (id),
    status        VARCHAR(10)  NOT NULL,
    PRIMARY KEY (enrolment_id, session_id)
);

-- The plan's targets: the share (in %) of an audience to be trained by the end of a year. A year
-- and audience without a row has the default target of 100 %.
CREATE TABLE training_target (
    id              BIGINT       NOT NULL PRIMARY KEY,
    plan_year       INTEGER      NOT NULL,
    audience        VARCHAR(30)  NOT NULL,
    target_percent  INTEGER      NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT uq_training_target UNIQUE (plan_year, audience)
);
CREATE SEQUENCE seq_training_target START WITH 100 INCREMENT BY 50;

-- The district's 2019 OCOP plan (reference §7): 100 % of the programme staff of the district and
-- of every commune, 100 % of the managers of the producers taking part.
INSERT INTO training_target (id, plan_year, audience, target_percent, version) VALUES
 (1, 2019, 'DISTRICT_STAFF', 100, 0),
 (2, 2019, 'COMMUNE_STAFF', 100, 0),
 (3, 2019, 'PRODUCER_MANAGER', 100, 0),
 (4, 2020, 'DISTRICT_STAFF', 100, 0),
 (5, 2020, 'COMMUNE_STAFF', 100, 0),
 (6, 2020, 'PRODUCER_MANAGER', 100, 0);

-- The last certificate number of each year, taken under a row lock: no gap, no duplicate.
CREATE TABLE training_certificate_counter (
    counter_year  INTEGER  NOT NULL PRIMARY KEY,
    last_number   INTEGER  NOT NULL
);
