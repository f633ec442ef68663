-- People who have written to the bot: a @username given to /grant resolves only through this table.
CREATE TABLE users (
    user_id      INTEGER PRIMARY KEY,
    username     TEXT,
    first_name   TEXT,
    last_seen_at INTEGER NOT NULL
);

CREATE INDEX users_by_username ON users (username COLLATE NOCASE) WHERE username IS NOT NULL;

-- Roles granted in chat. Admins are named in configuration and never stored here.
CREATE TABLE user_roles (
    user_id    INTEGER PRIMARY KEY,
    role       TEXT    NOT NULL CHECK (role IN ('organizer')),
    granted_by INTEGER NOT NULL,
    granted_at INTEGER NOT NULL
);

-- Who changed whose role, and when; shown to admins by /roles.
CREATE TABLE role_changes (
    id             INTEGER PRIMARY KEY,
    actor_user_id  INTEGER NOT NULL,
    target_user_id INTEGER NOT NULL,
    change         TEXT    NOT NULL CHECK (change IN ('grant', 'revoke')),
    role           TEXT    NOT NULL,
    at             INTEGER NOT NULL
);
