namespace BulletinBot.Delivery;

public enum SendOutcomeKind
{
    /// <summary>Delivered; the message id is known.</summary>
    Sent,

    /// <summary>Telegram asked us to slow down (429).</summary>
    SlowDown,

    /// <summary>The chat blocked us, left, was deleted or deactivated: never write to it again until it writes to us.</summary>
    ChatGone,

    /// <summary>A group became a supergroup with a new id.</summary>
    ChatMoved,

    /// <summary>A network fault, timeout or 5xx: try again later.</summary>
    Transient,

    /// <summary>
    /// The transport refused the bot's own credentials (Telegram: 401, the token was revoked): no send can succeed,
    /// so all sending waits until one gets through again.
    /// </summary>
    Unauthorized,

    /// <summary>Telegram refused the message itself (e.g. bad HTML): sending it again cannot help.</summary>
    Rejected,

    /// <summary>
    /// The message to replace is gone or too old to edit (a button pressed on a stale card): expected, not a fault;
    /// the text goes out as a new message instead.
    /// </summary>
    CannotEdit,
}
