using System.CommandLine;
using BulletinBot;
using BulletinBot.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

var local = new Option<bool>("--local") { Description = "Chat with the bot in this terminal, as an admin; no Telegram token needed." };
var root = new RootCommand("BulletinBot: conference notices, digests and reminders for an office, over Telegram.") { local };
root.TreatUnmatchedTokensAsErrors = false;
root.SetAction((parsed, ct) => RunAsync([.. parsed.UnmatchedTokens], parsed.GetValue(local) ? BotMode.Local : BotMode.Telegram, ct));

var migrate = new Command("migrate", "Apply pending database migrations and exit.");
migrate.TreatUnmatchedTokensAsErrors = false;
migrate.SetAction((parsed, ct) => RunAsync([.. parsed.UnmatchedTokens], BotMode.Migrate, ct));
root.Subcommands.Add(migrate);
root.Subcommands.Add(BulletinBot.CommandLine.ExtractVerb.Create());

return await root.Parse(args).InvokeAsync();

static async Task<int> RunAsync(string[] hostArgs, BotMode mode, CancellationToken ct)
{
    try
    {
        using var host = BotHost.CreateBuilder(hostArgs, mode).Build();

        // Checked before the host starts, so a bad setting costs the operator one line, not the host's stack trace.
        if (host.Services.GetService<IAsyncStartupValidator>() is { } validator)
        {
            await validator.ValidateAsync(ct);
        }
        if (mode == BotMode.Migrate)
        {
            var applied = await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
            Console.WriteLine(applied.Count == 0 ? "Database is up to date." : $"Applied {applied.Count} migration(s): {string.Join(", ", applied)}");
            return 0;
        }

        await host.RunAsync(ct);
        return 0;
    }
    catch (OptionsValidationException ex)
    {
        await Console.Error.WriteLineAsync($"Invalid configuration: {ex.Failures.FirstOrDefault() ?? ex.Message}");
        return 2;
    }
    catch (InvalidOperationException ex) when (ex.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal))
    {
        await Console.Error.WriteLineAsync($"Invalid configuration: {ex.Message}");
        return 2;
    }
}
