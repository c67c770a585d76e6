-- One row per scheduled job (ShedLock): the node that runs it holds the row until the job ends or
-- lock_until passes, so a purge started on every node at the same moment runs on one. Times come
-- from the database's clock, not the nodes'.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    CONSTRAINT shedlock_pk PRIMARY KEY (name)
);
