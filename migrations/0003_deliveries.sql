-- A broadcast is one message to many chats; its key makes enqueuing it twice a no-op.
CREATE TABLE broadcasts (
    id                  INTEGER PRIMARY KEY,
    key                 TEXT    NOT NULL UNIQUE,
    kind                TEXT    NOT NULL,
    text                TEXT    NOT NULL,
    started_by_chat_id  INTEGER,
    progress_message_id INTEGER,
    total               INTEGER NOT NULL DEFAULT 0,
    created_at          INTEGER NOT NULL,
    completed_at        INTEGER
);

-- The outbox: one row per message to one chat. Replies have no broadcast and go first (priority 0).
-- state: pending -> sending -> sent | retry (at not_before) | failed (error says why).
-- A row left in 'sending' by a crash was in flight; it is sent again at start, which bounds duplicates to those rows.
CREATE TABLE deliveries (
    id              INTEGER PRIMARY KEY,
    broadcast_id    INTEGER REFERENCES broadcasts (id) ON DELETE CASCADE,
    chat_id         INTEGER NOT NULL REFERENCES chats (chat_id) ON UPDATE CASCADE ON DELETE CASCADE,
    priority        INTEGER NOT NULL,
    text            TEXT,
    buttons         TEXT,
    edit_message_id INTEGER,
    state           TEXT    NOT NULL DEFAULT 'pending'
                            CHECK (state IN ('pending', 'sending', 'sent', 'retry', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    parts_sent      INTEGER NOT NULL DEFAULT 0,
    not_before      INTEGER NOT NULL,
    message_id      INTEGER,
    error           TEXT,
    created_at      INTEGER NOT NULL,
    sent_at         INTEGER,
    UNIQUE (broadcast_id, chat_id)
);

CREATE INDEX deliveries_due ON deliveries (priority, id) WHERE state IN ('pending', 'retry');
CREATE INDEX deliveries_by_broadcast ON deliveries (broadcast_id, state);
