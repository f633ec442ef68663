namespace BulletinBot.Articles.Places;

/// <summary>The venue as written and, when it names one, the province it lies in.</summary>
internal sealed record EventPlace(string Location, string? Province, string? CurrentProvince, string? Region);
