namespace BulletinBot.Chat;

/// <summary>
/// One row of the command table: it drives routing, role checks, /help and the Telegram command menu alike.
/// </summary>
public sealed record CommandInfo(
    string Name,
    Role Role,
    string Example,
    string DescriptionVi,
    string DescriptionEn,
    bool InMenu = true)
{
    public string Describe(Language language) => language.Pick(DescriptionVi, DescriptionEn);
}
