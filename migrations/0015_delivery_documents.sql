-- A file sent as a Telegram document (sendDocument): the outbox row is the message, its text the caption, and the
-- file rides beside it here so pacing, retries and exactly-once apply to it as to any message. The content is only
-- needed until the row is settled: once sent or failed it is dropped, so exports do not pile up in the database.
CREATE TABLE delivery_documents (
    delivery_id INTEGER PRIMARY KEY REFERENCES deliveries (id) ON DELETE CASCADE,
    file_name   TEXT    NOT NULL,
    size        INTEGER NOT NULL,
    content     BLOB    NOT NULL
);

CREATE TRIGGER delivery_documents_settled AFTER UPDATE OF state ON deliveries
WHEN new.state IN ('sent', 'failed') AND old.state <> new.state
BEGIN
    DELETE FROM delivery_documents WHERE delivery_id = new.id;
END;
