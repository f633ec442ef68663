using BulletinBot.Chat;

namespace BulletinBot.Features.EventQueries;

/// <summary>One event in a list: its id (for its button) and its lines.</summary>
public sealed record ListEntry(long Id, Html Text);
