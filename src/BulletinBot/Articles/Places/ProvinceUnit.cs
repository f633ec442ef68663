namespace BulletinBot.Articles.Places;

/// <summary>A province-level unit as an article may name it, with the unit it belongs to since the 2025 merger.</summary>
internal sealed record ProvinceUnit(string Name, string CurrentName, string Region);
