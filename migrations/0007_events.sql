-- Conference events: a draft while its organizer looks at the preview card, then published, possibly edited, or cancelled.
-- starts_on is yyyy-MM-dd in the office's time zone; starts_at is HH:mm or NULL for an event known only by its day.
-- date_confirmed is 0 while a date read without a year, or one in the past, waits for the organizer's confirmation.
-- topics, people (name and role) and organizers are JSON arrays.
CREATE TABLE events (
    id                 INTEGER PRIMARY KEY,
    status             TEXT    NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'cancelled')),
    title              TEXT    NOT NULL,
    starts_on          TEXT,
    starts_at          TEXT,
    date_confirmed     INTEGER NOT NULL DEFAULT 1,
    venue              TEXT,
    province           TEXT,
    current_province   TEXT,
    region             TEXT,
    attendees          INTEGER,
    attendees_at_least INTEGER NOT NULL DEFAULT 0,
    provinces_count    INTEGER,
    topics             TEXT    NOT NULL DEFAULT '[]',
    people             TEXT    NOT NULL DEFAULT '[]',
    organizers         TEXT    NOT NULL DEFAULT '[]',
    summary            TEXT,
    source_url         TEXT,
    origin             TEXT    NOT NULL CHECK (origin IN ('form', 'article')),
    author_user_id     INTEGER NOT NULL,
    author_chat_id     INTEGER NOT NULL,
    revision           INTEGER NOT NULL DEFAULT 0,
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    published_at       INTEGER,
    edited_at          INTEGER,
    cancelled_at       INTEGER
);

CREATE INDEX events_by_start ON events (status, starts_on, starts_at);
