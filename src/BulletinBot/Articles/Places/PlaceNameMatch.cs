namespace BulletinBot.Articles.Places;

/// <summary>A province or provincial city found in text; <paramref name="IsCity"/> when only a city of it was named.</summary>
internal sealed record PlaceNameMatch(int Index, int Length, ProvinceUnit Unit, bool IsCity, bool IsAmbiguous);
