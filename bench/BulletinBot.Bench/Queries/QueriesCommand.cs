using System.CommandLine;

namespace BulletinBot.Bench.Queries;

public static class QueriesCommand
{
    public static RootCommand Create()
    {
        var events = new Option<int>("--events") { Description = "Published events in the database.", DefaultValueFactory = _ => 100_000 };
        var subscribers = new Option<int>("--subscribers") { Description = "Subscribed chats in the database.", DefaultValueFactory = _ => 10_000 };
        var runs = new Option<int>("--runs") { Description = "Timed runs of each query, after warm-up.", DefaultValueFactory = _ => 300 };
        var command = new RootCommand("Times the /search, /recent, /stats and /export handlers of the real host over a large database.")
        {
            events, subscribers, runs,
        };
        command.SetAction(async (parsed, ct) =>
        {
            var report = await QueriesBenchmark.RunAsync(parsed.GetValue(events), parsed.GetValue(subscribers), parsed.GetValue(runs), Console.Out, ct);
            return report ? 0 : 1;
        });
        return command;
    }
}
