using System.Collections.Concurrent;
using System.Diagnostics;

namespace BulletinBot.Tests.Infrastructure;

/// <summary>
/// The real bot as a child process (<c>dotnet BulletinBot.dll</c> from the test output folder), so a test can kill it
/// as <c>kill -9</c> would. Its output is drained, so a full pipe never stalls it, and kept for failure messages.
/// </summary>
public sealed class BotProcess : IDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private BotProcess(Process process) => this.process = process;

    public string Output => string.Join('\n', output);

    public static BotProcess Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "BulletinBot.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var bot = new BotProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"));
        bot.process.OutputDataReceived += (_, e) => bot.Keep(e.Data);
        bot.process.ErrorDataReceived += (_, e) => bot.Keep(e.Data);
        bot.process.BeginOutputReadLine();
        bot.process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>Runs a one-shot command such as <c>migrate</c> and fails the test unless it exits with 0.</summary>
    public static async Task RunToEndAsync(IReadOnlyDictionary<string, string> environment, TimeSpan timeout, params string[] args)
    {
        using var bot = Start(environment, args);
        using var deadline = new CancellationTokenSource(timeout);
        await bot.process.WaitForExitAsync(deadline.Token);
        Assert.True(bot.process.ExitCode == 0, $"BulletinBot {string.Join(' ', args)} exited with {bot.process.ExitCode}:\n{bot.Output}");
    }

    /// <summary>No shutdown and no flush: whatever was in flight stays in flight.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > 200 && output.TryDequeue(out _))
        {
            // Only the tail helps explain a failure.
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }
}
