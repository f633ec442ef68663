namespace BulletinBot.Articles;

/// <summary>A province as named (<paramref name="Name"/>), the unit it belongs to since 2025, and its region (Bắc, Trung, Nam).</summary>
public sealed record ProvincePlace(string Name, string CurrentName, string Region);
