namespace BulletinBot.Delivery;

/// <summary>
/// The states of an outbox row (the CHECK in migrations/0003_deliveries.sql): pending → sending → sent, or retry (at
/// not_before) and back to sending, or failed. SQL in this room spells them through these constants.
/// </summary>
public static class DeliveryState
{
    /// <summary>Queued and due at not_before.</summary>
    public const string Pending = "pending";

    /// <summary>Claimed by the worker: waiting for its chat, on the wire, or sent and not yet recorded.</summary>
    public const string Sending = "sending";

    public const string Sent = "sent";

    /// <summary>Failed for a reason that may pass; due again at not_before.</summary>
    public const string Retry = "retry";

    /// <summary>Given up; error says why.</summary>
    public const string Failed = "failed";
}
