-- /stats and /deliveries count the messages of the last 7 days; without this they would read every message ever queued.
CREATE INDEX deliveries_by_created ON deliveries (created_at);
