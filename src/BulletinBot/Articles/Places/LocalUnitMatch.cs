namespace BulletinBot.Articles.Places;

/// <summary>A district or commune found in text with every province a unit of that name and kind lies in.</summary>
internal sealed record LocalUnitMatch(int Index, int Length, string Name, IReadOnlyList<ProvinceUnit> Provinces);
