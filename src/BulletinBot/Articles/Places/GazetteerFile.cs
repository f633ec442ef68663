namespace BulletinBot.Articles.Places;

/// <summary>The shape of the embedded `provinces-vn.json`.</summary>
internal sealed record GazetteerFile(IReadOnlyList<GazetteerFile.Unit> Provinces63, IReadOnlyList<GazetteerFile.Unit> Provinces34)
{
    internal sealed record Unit(
        string Name,
        IReadOnlyList<string> Aliases,
        string Region3,
        string? MergedInto,
        IReadOnlyList<string>? Cities,
        IReadOnlyList<string>? Ambiguous);
}
