namespace BulletinBot.Tests.Articles;

/// <summary>What a careful reader takes from one fixture article; <see cref="People"/> are names only.</summary>
public sealed record FixtureExpectation(
    string File,
    string? Title,
    string? Date,
    string? Time,
    string? Location,
    string? Province,
    string? CurrentProvince,
    string? Region,
    int? Attendees,
    bool AttendeesAtLeast,
    int? Provinces,
    string[] Topics,
    string[] People,
    string[] Organizers);
