-- /recent <province> lists the events held in one province (as it is now, after the 2025 merger), newest first.
CREATE INDEX events_by_place ON events (current_province, status, starts_on);
