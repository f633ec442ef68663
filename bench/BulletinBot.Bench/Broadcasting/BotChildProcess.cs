using System.Diagnostics;

namespace BulletinBot.Bench.Broadcasting;

/// <summary>
/// The real bot as a child process (<c>dotnet BulletinBot.dll</c> from this program's output folder), so it can be
/// killed as an operator's <c>kill -9</c> would, mid-send. Its output is drained so a full pipe never stalls it.
/// </summary>
public sealed class BotChildProcess : IDisposable
{
    private readonly Process process;

    private BotChildProcess(Process process) => this.process = process;

    public Process Process => process;

    public static BotChildProcess Start(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "BulletinBot.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                Console.Error.WriteLine($"[bot] {line}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new BotChildProcess(process);
    }

    /// <summary>Runs a one-shot command such as <c>migrate</c> and fails unless it exits with 0.</summary>
    public static async Task RunToEndAsync(IReadOnlyDictionary<string, string?> environment, CancellationToken ct, params string[] args)
    {
        using var child = Start(environment, args);
        await child.process.WaitForExitAsync(ct);
        if (child.process.ExitCode != 0)
        {
            throw new InvalidOperationException($"BulletinBot {string.Join(' ', args)} exited with {child.process.ExitCode}");
        }
    }

    /// <summary>No shutdown, no flush: whatever was in flight stays in flight.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
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
