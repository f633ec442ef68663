namespace BulletinBot.Chat;

/// <summary>
/// One row of the command table: it drives routing, role checks, /help, /start and the Telegram command menu alike.
/// </summary>
public sealed record CommandInfo(
    string Name,
    Role Role,
    string Example,
    string DescriptionVi,
    string DescriptionEn)
{
    /// <summary>Position in menus and /help, lowest first, within the commands of one role.</summary>
    public int Order { get; init; } = 100;

    public bool InMenu { get; init; } = true;

    /// <summary>Shown first to newcomers (/start) and in hints, so a lost user sees a few useful commands.</summary>
    public bool Featured { get; init; }

    /// <summary>Works only in a private chat with the bot (forms, drafts, anything personal).</summary>
    public bool PrivateOnly { get; init; }

    /// <summary>Changes what a whole chat receives: in a group only the group's administrators may use it.</summary>
    public bool ChangesChat { get; init; }

    public string Describe(Language language) => language.Pick(DescriptionVi, DescriptionEn);
}
