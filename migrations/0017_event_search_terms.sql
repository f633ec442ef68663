-- Words someone searched for, as typed ("Hà Giang"), so the ◀ ▶ buttons under a result list can name them by a short id
-- within Telegram's 64 bytes of callback data. The same words searched again reuse their row.
CREATE TABLE event_search_terms (
    id         INTEGER PRIMARY KEY,
    terms      TEXT    NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
);
