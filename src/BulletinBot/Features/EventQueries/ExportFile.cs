namespace BulletinBot.Features.EventQueries;

/// <summary>One file of an export, ready to read from its start, and how many events it holds.</summary>
public sealed record ExportFile(Stream Content, int Events);
