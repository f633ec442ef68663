namespace BulletinBot.Links;

/// <summary>How links sent in chat are read (section BulletinBot:Articles, shared with the article settings).</summary>
public sealed class LinkOptions
{
    public const string Section = "BulletinBot:Articles";

    /// <summary>Lets links sent in chat reach private addresses, for an office whose news site is on its intranet.</summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>The policy the chat reads links under.</summary>
    public LinkPolicy ChatPolicy() => LinkPolicy.Chat with { AllowPrivateAddresses = AllowPrivateAddresses };
}
