using System.Net;

namespace BulletinBot.Links;

/// <summary>Looks a host name up; <see cref="Dns"/> in the bot, a table of its own in tests.</summary>
public delegate ValueTask<IPAddress[]> HostResolver(string host, CancellationToken ct);
