using System.CommandLine;

namespace BulletinBot.Bench.Scheduling;

public static class SchedulingCommands
{
    /// <summary><c>reminders --pending 100000 --due 10000 [--spread 0]</c>: start-up and lateness with a full reminder store.</summary>
    public static RootCommand Reminders()
    {
        var pending = new Option<int>("--pending") { Description = "Pending personal reminders in the store.", DefaultValueFactory = _ => 100_000 };
        var due = new Option<int>("--due") { Description = "How many of them fall due in one minute.", DefaultValueFactory = _ => 10_000 };
        var spread = new Option<int>("--spread") { Description = "Seconds the due ones are spread over (0: all at one instant, as /remind's whole minutes make them).", DefaultValueFactory = _ => 0 };
        var command = new RootCommand("Starts the bot on a store of pending personal reminders; prints how soon its scheduler is ready and how late one busy minute is queued.")
        {
            pending, due, spread,
        };
        command.SetAction((parsed, ct) => ReminderBenchmark.RunAsync(parsed.GetValue(pending), parsed.GetValue(due), TimeSpan.FromSeconds(parsed.GetValue(spread)), ct));
        return command;
    }

    /// <summary><c>quartz-store --shared|--separate [--writers 4] [--seconds 20]</c>: the bot's writes beside Quartz's.</summary>
    public static RootCommand Store()
    {
        var shared = new Option<bool>("--shared") { Description = "Quartz's tables in the bot's own database file (default: a file of its own)." };
        var writers = new Option<int>("--writers") { Description = "Concurrent writers of 20-row transactions.", DefaultValueFactory = _ => 4 };
        var seconds = new Option<int>("--seconds") { Description = "How long the load runs.", DefaultValueFactory = _ => 20 };
        var command = new RootCommand("Times the bot's write transactions while Quartz fires every second and triggers are scheduled and removed.")
        {
            shared, writers, seconds,
        };
        command.SetAction((parsed, ct) => StoreBenchmark.RunAsync(parsed.GetValue(shared), parsed.GetValue(writers), TimeSpan.FromSeconds(parsed.GetValue(seconds)), ct));
        return command;
    }
}
