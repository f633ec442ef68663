-- Every chat the bot has heard from: private chats and groups alike.
-- Instants are Unix milliseconds, UTC.
CREATE TABLE chats (
    chat_id         INTEGER PRIMARY KEY,
    kind            TEXT    NOT NULL CHECK (kind IN ('private', 'group')),
    title           TEXT,
    language        TEXT    NOT NULL DEFAULT 'vi' CHECK (language IN ('vi', 'en')),
    is_active       INTEGER NOT NULL DEFAULT 1,
    inactive_reason TEXT,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);

-- Telegram update ids already handled, written in the same transaction as the reply they produced,
-- so an update redelivered after a crash is recognised and skipped.
CREATE TABLE handled_updates (
    update_id  INTEGER PRIMARY KEY,
    handled_at INTEGER NOT NULL
);
