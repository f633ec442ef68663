-- A chat's queue and its row in hand, for claiming one row per chat at a time and in order (DeliveryStore.ClaimDueAsync).
CREATE INDEX deliveries_chat_queue ON deliveries (chat_id, priority, id) WHERE state IN ('pending', 'retry');
CREATE INDEX deliveries_chat_in_hand ON deliveries (chat_id) WHERE state = 'sending';
