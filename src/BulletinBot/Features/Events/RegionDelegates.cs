namespace BulletinBot.Features.Events;

/// <summary>Events held in one region and the delegates they counted; <see cref="Region"/> is empty where the place was not known.</summary>
public sealed record RegionDelegates
{
    public string Region { get; init; } = "";

    public long Events { get; init; }

    public long Delegates { get; init; }
}
