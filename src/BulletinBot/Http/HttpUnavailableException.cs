namespace BulletinBot.Http;

/// <summary>Kestrel could not listen where BulletinBot:Http:Urls says (the port is taken, or not this user's to open).</summary>
public sealed class HttpUnavailableException(string message, Exception inner) : Exception(message, inner);
