-- A chat's open conversation with one feature (a guided form, an article being pasted in parts, a card being edited).
-- kind names the feature's handler; step and draft are that handler's own; draft is JSON.
CREATE TABLE conversations (
    chat_id         INTEGER PRIMARY KEY REFERENCES chats (chat_id) ON UPDATE CASCADE ON DELETE CASCADE,
    user_id         INTEGER NOT NULL,
    kind            TEXT    NOT NULL,
    step            TEXT    NOT NULL,
    draft           TEXT    NOT NULL DEFAULT '{}',
    card_message_id INTEGER,
    updated_at      INTEGER NOT NULL
);

CREATE INDEX conversations_by_kind ON conversations (kind, updated_at);
