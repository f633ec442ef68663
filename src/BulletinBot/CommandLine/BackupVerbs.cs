using System.CommandLine;
using BulletinBot.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BulletinBot.CommandLine;

/// <summary>"backup FILE" (while the bot runs) and "restore FILE" (while it does not), with the bot's own configuration.</summary>
public static class BackupVerbs
{
    public static Command Backup()
    {
        var file = new Argument<string>("FILE") { Description = "Where to write the copy, e.g. backups/bulletinbot-2026-12-01.db; other databases go beside it." };
        var command = new Command("backup", "Copy the live database (and the bot's other SQLite files) consistently, while the bot runs.") { file };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parsed, ct) => RunAsync([.. parsed.UnmatchedTokens], async backup =>
        {
            foreach (var line in await backup.BackupAsync(parsed.GetValue(file) ?? "", ct))
            {
                Console.WriteLine(line);
            }
        }));
        return command;
    }

    public static Command Restore()
    {
        var file = new Argument<string>("FILE") { Description = "A file written by backup; copies of other databases are looked for beside it." };
        var command = new Command("restore", "Put a backup in place of the database; refuses while the bot runs and checks the copy first.") { file };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parsed, _) => RunAsync([.. parsed.UnmatchedTokens], backup =>
        {
            foreach (var line in backup.Restore(parsed.GetValue(file) ?? ""))
            {
                Console.WriteLine(line);
            }

            return Task.CompletedTask;
        }));
        return command;
    }

    // The bot's whole composition, built and never started, so every room's BackedUpDatabase is known; only the
    // database settings are checked, so a backup needs no token.
    private static async Task<int> RunAsync(string[] hostArgs, Func<DatabaseBackup, Task> work)
    {
        try
        {
            using var host = BotHost.CreateBuilder(hostArgs, BotMode.Telegram).Build();
            _ = host.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            await work(host.Services.GetRequiredService<DatabaseBackup>());
            return 0;
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync($"Invalid configuration: {(ex.Failures.FirstOrDefault() ?? ex.Message).ReplaceLineEndings(" ")}");
            return 2;
        }
        catch (BackupException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message.ReplaceLineEndings(" "));
            return 1;
        }
    }
}
