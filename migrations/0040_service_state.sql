-- Small facts the service keeps about itself, by name: the webhook's secret token (generated once, so a restart
-- keeps Telegram's registration valid) and the readiness check's last write. Instants are Unix milliseconds, UTC.
CREATE TABLE service_state (
    name       TEXT    PRIMARY KEY,
    value      TEXT    NOT NULL,
    updated_at INTEGER NOT NULL
);
