namespace BulletinBot.Links;

/// <summary>What one reading of a link may do: which addresses it may reach and how much time and data it may spend.</summary>
/// <param name="AllowPrivateAddresses">Reach loopback, private and link-local addresses too (the operator's own command, an intranet).</param>
/// <param name="Timeout">For the whole reading: connection, every redirect hop and the body.</param>
/// <param name="MaxBytes">The most of a body read; a larger page is refused, a declared larger one before its body is read.</param>
/// <param name="MaxRedirects">Redirects followed before the link is given up.</param>
public sealed record LinkPolicy(bool AllowPrivateAddresses, TimeSpan Timeout, long MaxBytes, int MaxRedirects)
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    public const long DefaultMaxBytes = 3 * 1024 * 1024;

    public const int DefaultMaxRedirects = 5;

    /// <summary>A link someone sent in chat: public addresses only.</summary>
    public static LinkPolicy Chat { get; } = new(false, DefaultTimeout, DefaultMaxBytes, DefaultMaxRedirects);

    /// <summary>The operator's `extract URL`: any address, the machine's own included.</summary>
    public static LinkPolicy Operator { get; } = Chat with { AllowPrivateAddresses = true };
}
