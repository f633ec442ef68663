-- The day and hour a chat wants its weekly digest, in the office's time zone (weekday 1 = Monday … 7 = Sunday), or
-- off = 1 for none. A chat without a row gets it at the Digest:Cron slot.
CREATE TABLE digest_slots (
    chat_id    INTEGER PRIMARY KEY REFERENCES chats (chat_id) ON UPDATE CASCADE ON DELETE CASCADE,
    weekday    INTEGER,
    hour       INTEGER,
    off        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    CHECK (off = 1 OR (weekday BETWEEN 1 AND 7 AND hour BETWEEN 0 AND 23))
);

CREATE INDEX digest_slots_by_slot ON digest_slots (weekday, hour) WHERE off = 0;

-- Each scheduled digest run of a slot ('default' or e.g. 'd1h08') in an ISO week (2026-W33): how many chats it reached,
-- or that it was skipped and why (the bot was down past the grace period).
CREATE TABLE digest_runs (
    slot        TEXT    NOT NULL,
    week        TEXT    NOT NULL,
    outcome     TEXT    NOT NULL CHECK (outcome IN ('sent', 'skipped')),
    reason      TEXT,
    chats       INTEGER NOT NULL DEFAULT 0,
    due_at      INTEGER NOT NULL,
    recorded_at INTEGER NOT NULL,
    PRIMARY KEY (slot, week)
);
