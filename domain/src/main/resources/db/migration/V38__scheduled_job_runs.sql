-- The scheduled jobs that must run once per night for the whole portal, even when two or more application servers
-- serve it: each server's timer fires, and the one that first locks the job's row (SELECT … FOR UPDATE) and finds the
-- day not yet done runs it and notes the day, in the same transaction; the others wait for that lock, then find the
-- day done and skip it. A server that stops in the middle rolls back its transaction: the day is then still to do.
CREATE TABLE scheduled_job (
    job_name   VARCHAR(40) NOT NULL,
    last_run   DATE,
    last_by    VARCHAR(120),
    last_at    TIMESTAMP,
    CONSTRAINT pk_scheduled_job PRIMARY KEY (job_name)
);
INSERT INTO scheduled_job (job_name) VALUES ('certificate-expiry');
