-- A chat's subscriptions. filter '' means everything; other filters name a province, region or topic.
CREATE TABLE subscriptions (
    chat_id    INTEGER NOT NULL REFERENCES chats (chat_id) ON UPDATE CASCADE ON DELETE CASCADE,
    filter     TEXT    NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    PRIMARY KEY (chat_id, filter)
);
