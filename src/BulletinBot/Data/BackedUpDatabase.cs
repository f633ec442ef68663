namespace BulletinBot.Data;

/// <summary>
/// A SQLite file of the bot's besides its database, which <c>backup</c> copies and <c>restore</c> puts back with it.
/// A room that keeps one registers it with one line, e.g.
/// <c>builder.Services.AddSingleton(new BackedUpDatabase("scheduler", sp => SchedulerFile.PathOf(…)))</c>; its copy
/// lies beside the backup file as <c>name.scheduler.db</c>.
/// </summary>
/// <param name="Name">Short, lower case, a part of the copy's file name.</param>
/// <param name="PathOf">Where the file is, from the configured options.</param>
public sealed record BackedUpDatabase(string Name, Func<IServiceProvider, string> PathOf);
