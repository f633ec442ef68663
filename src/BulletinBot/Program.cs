using System.CommandLine;
using BulletinBot;
using BulletinBot.Data;
using BulletinBot.Http;
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
root.Subcommands.Add(BulletinBot.CommandLine.BackupVerbs.Backup());
root.Subcommands.Add(BulletinBot.CommandLine.BackupVerbs.Restore());
root.Subcommands.Add(BulletinBot.CommandLine.HealthcheckVerb.Create());

// SIGTERM and Ctrl+C belong to the host, which stops gracefully within HostOptions.ShutdownTimeout
// (BulletinBot:ShutdownTimeout); System.CommandLine would otherwise end the process 2 s after the signal.
return await root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });

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

        // Taken before migrating, so a restore in progress stops the start (and migrate) with one line.
        host.Services.GetRequiredService<DatabaseLease>().Take();

        // Migrating here rather than in the host's start turns a database SQLite refuses into the same one line.
        var applied = await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
        if (mode == BotMode.Migrate)
        {
            Console.WriteLine(applied.Count == 0 ? "Database is up to date." : $"Applied {applied.Count} migration(s): {string.Join(", ", applied)}");
            return 0;
        }

        // Listening before the host starts turns a port already taken into the same one line.
        if (host.Services.GetService<BotWebServer>() is { } web)
        {
            await web.ListenAsync(ct);
        }

        var databaseFile = host.Services.GetRequiredService<DatabaseFileWatch>();
        await host.RunAsync(ct);
        if (databaseFile.Problem is { } problem)
        {
            await Console.Error.WriteLineAsync(problem);
            return 3;
        }

        return 0;
    }
    catch (OptionsValidationException ex)
    {
        return await InvalidAsync(ex.Failures.FirstOrDefault() ?? ex.Message);
    }
    catch (AggregateException ex) when (ex.InnerExceptions.FirstOrDefault() is OptionsValidationException first)
    {
        return await InvalidAsync(first.Failures.FirstOrDefault() ?? first.Message);
    }
    catch (DatabaseUnavailableException ex)
    {
        return await InvalidAsync(ex.Message);
    }
    catch (HttpUnavailableException ex)
    {
        return await InvalidAsync(ex.Message);
    }
    catch (DatabaseLeaseException ex)
    {
        await Console.Error.WriteLineAsync(ex.Message);
        return 2;
    }
    catch (InvalidOperationException ex) when (ex.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal))
    {
        return await InvalidAsync(ex.Message);
    }
}

static async Task<int> InvalidAsync(string problem)
{
    await Console.Error.WriteLineAsync($"Invalid configuration: {problem.ReplaceLineEndings(" ")}");
    return 2;
}
