using System.Collections.Concurrent;
using System.Diagnostics;

namespace BulletinBot.FakeBotApi;

/// <summary>
/// The real bot as a child process (<c>dotnet BulletinBot.dll</c> from the caller's output folder), so the crash test and
/// the benchmark can kill it as <c>kill -9</c> would, mid-send, or stop it as <c>kill -TERM</c> would. Its output is
/// drained, so a full pipe never stalls it, and kept, to explain a failure or to be searched.
/// </summary>
public sealed class BotProcess : IDisposable
{
    private readonly ConcurrentQueue<string> output = new();

    private BotProcess(Process process) => Process = process;

    public Process Process { get; }

    /// <summary>The last 200 lines, to explain a failure.</summary>
    public string Output => string.Join('\n', output.TakeLast(200));

    /// <summary>Every line kept so far (the last 100 000), for tests that read the whole console.</summary>
    public IReadOnlyList<string> Lines => [.. output];

    /// <summary>Whether any line the bot wrote so far contains <paramref name="text"/>.</summary>
    public bool Printed(string text) => output.Any(l => l.Contains(text, StringComparison.Ordinal));

    public static BotProcess Start(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };

        // Run with the caller's own dependency list and runtime config (the test project's or the benchmark's): they
        // cover BulletinBot and the ASP.NET Core framework this fake brings, which some of BulletinBot's dependencies
        // (Quartz's health checks) resolve to in this folder instead of being copied next to BulletinBot.dll.
        if (AppContext.GetData("APP_CONTEXT_DEPS_FILES") is string deps && deps.Split(';')[0] is { Length: > 0 } depsFile
            && depsFile.Replace(".deps.json", ".runtimeconfig.json", StringComparison.Ordinal) is var runtimeConfig && File.Exists(runtimeConfig))
        {
            start.ArgumentList.Add("exec");
            start.ArgumentList.Add("--depsfile");
            start.ArgumentList.Add(depsFile);
            start.ArgumentList.Add("--runtimeconfig");
            start.ArgumentList.Add(runtimeConfig);
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "BulletinBot.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Tests and benchmarks listen on loopback only, on a port of the system's choosing, unless told otherwise.
        start.Environment["BulletinBot__Http__Urls"] = "http://127.0.0.1:0";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var bot = new BotProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"));
        bot.Process.OutputDataReceived += (_, e) => bot.Keep(e.Data);
        bot.Process.ErrorDataReceived += (_, e) => bot.Keep(e.Data);
        bot.Process.BeginOutputReadLine();
        bot.Process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>Runs a one-shot command such as <c>migrate</c>; throws, with the bot's output, unless it exits with 0.</summary>
    public static async Task RunToEndAsync(IReadOnlyDictionary<string, string?> environment, CancellationToken ct, params string[] args)
    {
        using var bot = Start(environment, args);
        await bot.Process.WaitForExitAsync(ct);
        if (bot.Process.ExitCode != 0)
        {
            throw new InvalidOperationException($"BulletinBot {string.Join(' ', args)} exited with {bot.Process.ExitCode}:\n{bot.Output}");
        }
    }

    /// <summary>Sends SIGTERM, as <c>systemctl stop</c> or <c>docker stop</c> would, and waits for the exit code.</summary>
    public async Task<int> TerminateAsync(TimeSpan timeout)
    {
        var kill = new ProcessStartInfo("kill") { UseShellExecute = false };
        kill.ArgumentList.Add("-TERM");
        kill.ArgumentList.Add(Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using (var signal = Process.Start(kill) ?? throw new InvalidOperationException("kill did not start"))
        {
            await signal.WaitForExitAsync();
        }

        using var deadline = new CancellationTokenSource(timeout);
        await Process.WaitForExitAsync(deadline.Token);
        return Process.ExitCode;
    }

    /// <summary>No shutdown and no flush: whatever was in flight stays in flight.</summary>
    public async Task KillAsync()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
        }

        await Process.WaitForExitAsync();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > 100_000 && output.TryDequeue(out _))
        {
            // A long benchmark run keeps only its recent output.
        }
    }

    public void Dispose()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
        }

        Process.Dispose();
    }
}
