-- Events whose subscribers are reminded, as the Events feature last described them when it published, edited or
-- cancelled one: Reminders keeps this copy so that it never reads the events table. starts_on is yyyy-MM-dd and
-- starts_at HH:mm (NULL for an event known only by its day) in the office's time zone; offsets is a JSON array of
-- seconds before the start; planned_at is when the reminders were last planned (Unix ms).
CREATE TABLE reminder_events (
    event_id         INTEGER PRIMARY KEY,
    title            TEXT    NOT NULL,
    starts_on        TEXT    NOT NULL,
    starts_at        TEXT,
    place            TEXT    NOT NULL,
    place_en         TEXT    NOT NULL,
    current_province TEXT,
    region           TEXT,
    topic_text       TEXT    NOT NULL DEFAULT '',
    offsets          TEXT    NOT NULL DEFAULT '[]',
    cancelled        INTEGER NOT NULL DEFAULT 0,
    planned_at       INTEGER NOT NULL
);

CREATE INDEX reminder_events_active ON reminder_events (starts_on) WHERE cancelled = 0;

-- Reminder times an organizer chose on an event's card (JSON array of seconds); without a row the configured ones apply.
CREATE TABLE reminder_choices (
    event_id INTEGER PRIMARY KEY,
    offsets  TEXT NOT NULL
);

-- What became of each event reminder: queued in the outbox ('sent') or skipped, and why. One row per reminder of one
-- start time, so a reminder is never done twice while an event moved to a new time is reminded again.
CREATE TABLE event_reminder_log (
    event_id    INTEGER NOT NULL,
    offset_key  TEXT    NOT NULL,
    starts      TEXT    NOT NULL,
    outcome     TEXT    NOT NULL CHECK (outcome IN ('sent', 'skipped')),
    reason      TEXT,
    due_at      INTEGER NOT NULL,
    recorded_at INTEGER NOT NULL,
    PRIMARY KEY (event_id, offset_key, starts)
);

CREATE INDEX event_reminder_log_skipped ON event_reminder_log (recorded_at) WHERE outcome = 'skipped';

-- Chats that turned event reminders off in /settings.
CREATE TABLE reminder_opt_outs (
    chat_id    INTEGER PRIMARY KEY REFERENCES chats (chat_id) ON UPDATE CASCADE ON DELETE CASCADE,
    created_at INTEGER NOT NULL
);

-- Personal reminders (/remind, ⏰ Nhắc tôi): pending until due_at (Unix ms, on a whole minute), then sent or skipped
-- (reason says why), or deleted by the person who set it.
CREATE TABLE personal_reminders (
    id         INTEGER PRIMARY KEY,
    chat_id    INTEGER NOT NULL REFERENCES chats (chat_id) ON UPDATE CASCADE ON DELETE CASCADE,
    event_id   INTEGER NOT NULL REFERENCES reminder_events (event_id),
    due_at     INTEGER NOT NULL,
    state      TEXT    NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'skipped', 'deleted')),
    reason     TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

-- The sweep reads pending reminders by (due_at, id) without sorting; a chat's pending ones (/reminders) come from the
-- uniqueness index, which also keeps a chat from setting the same reminder twice.
CREATE INDEX personal_reminders_due ON personal_reminders (due_at, id) WHERE state = 'pending';
CREATE UNIQUE INDEX personal_reminders_once ON personal_reminders (chat_id, event_id, due_at) WHERE state = 'pending';
CREATE INDEX personal_reminders_skipped ON personal_reminders (updated_at) WHERE state = 'skipped';
