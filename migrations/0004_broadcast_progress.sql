-- The outbox row of the status message shown to whoever started a broadcast; its message_id is what gets edited.
ALTER TABLE broadcasts ADD COLUMN progress_delivery_id INTEGER REFERENCES deliveries (id) ON DELETE SET NULL;

CREATE INDEX broadcasts_open ON broadcasts (id) WHERE completed_at IS NULL;
